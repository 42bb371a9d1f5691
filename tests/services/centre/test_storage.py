"""Creating and opening a centre, whichever way its key is kept; faults never touch the file."""

from __future__ import annotations

import contextlib
import json

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import func, select

from osc_desktop.db.engine import open_database
from osc_desktop.errors import (
    AlreadySetUp,
    DatabaseDamaged,
    DatabaseMissing,
    KeyMissing,
    KeyringUnavailable,
    KeyStoreDamaged,
    ValidationError,
    WrongKey,
    WrongPassphrase,
)
from osc_desktop.models import StaffUser
from osc_desktop.paths import read_passphrase_file
from osc_desktop.security.keystore import KEYRING_SERVICE, KeyStorage, KeyStore
from osc_desktop.security.recovery_key import format_recovery_key, new_database_key
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.setup import clean_centre_profile
from osc_desktop.services.centre.storage import FolderState, folder_state
from tests.conftest import PASSPHRASE
from tests.helpers import folder_fingerprint, sha256_of

PAGE = 4096
NEW_PASSPHRASE = "a new passphrase for this PC"


def _typed_badly(printable: str) -> str:
    """The recovery key as someone types it from paper: lower case, spaces for dashes."""
    return "  " + printable.lower().replace("-", " ") + " "


@pytest.fixture
def closed_centre(centre):
    """A centre set up with its key in the keyring, then closed: the files are at rest."""
    centre.close()
    return centre


@pytest.fixture
def passphrase_centre(data_paths, recovery, profile, manager):
    opened = storage.create_centre(data_paths, recovery, profile, manager, passphrase=PASSPHRASE)
    opened.close()
    return opened


def _assert_no_database_left(data_paths):
    leftovers = (
        sorted(p.name for p in data_paths.root.iterdir()) if data_paths.root.exists() else []
    )
    assert leftovers == []


# -- folder_state ------------------------------------------------------------------------------


def test_folder_state_new(data_paths):
    assert folder_state(data_paths) is FolderState.NEW  # the folder does not even exist
    data_paths.root.mkdir()
    assert folder_state(data_paths) is FolderState.NEW
    data_paths.settings.write_text("{}")
    assert folder_state(data_paths) is FolderState.NEW


def test_folder_state_keyring(data_paths, closed_centre):
    assert folder_state(data_paths) is FolderState.KEYRING


def test_folder_state_passphrase(data_paths, passphrase_centre):
    assert folder_state(data_paths) is FolderState.PASSPHRASE


def test_folder_state_recovery_when_the_key_file_is_gone(data_paths, closed_centre):
    data_paths.keystore.unlink()
    assert folder_state(data_paths) is FolderState.RECOVERY


def test_folder_state_recovery_when_the_key_file_is_damaged(data_paths, closed_centre):
    data_paths.keystore.write_text("{ damaged")
    assert folder_state(data_paths) is FolderState.RECOVERY


def test_folder_state_database_missing(data_paths, closed_centre):
    data_paths.database.unlink()
    with pytest.raises(DatabaseMissing):
        folder_state(data_paths)


# -- create_centre -----------------------------------------------------------------------------


def test_create_centre_with_the_keyring(data_paths, centre, profile, memory_keyring):
    assert centre.storage is KeyStorage.KEYRING
    assert centre.key_in_keyring is True
    expected = clean_centre_profile(profile)
    for field in ("name", "code", "district", "state", "address", "phone"):
        assert getattr(centre.profile, field) == getattr(expected, field)
    assert centre.profile.women_helpline == "181"
    assert centre.profile.emergency_number == "112"
    assert centre.profile.created_at.tzinfo is not None
    assert data_paths.database.exists()
    assert not list(data_paths.root.glob("*.setup*"))
    ((service, _entry),) = memory_keyring.entries
    assert service == KEYRING_SERVICE
    with centre.database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(StaffUser)) == 1


def test_create_centre_with_a_passphrase(data_paths, recovery, profile, manager, memory_keyring):
    opened = storage.create_centre(data_paths, recovery, profile, manager, passphrase=PASSPHRASE)
    try:
        assert opened.storage is KeyStorage.PASSPHRASE
        assert opened.key_in_keyring is False
        assert opened.profile.code == "PAT"
    finally:
        opened.close()
    assert memory_keyring.entries == {}
    assert "passphrase_slot" in json.loads(data_paths.keystore.read_text())


@pytest.mark.usefixtures("no_secure_keyring")
def test_create_centre_with_a_passphrase_needs_no_keyring(data_paths, recovery, profile, manager):
    opened = storage.create_centre(data_paths, recovery, profile, manager, passphrase=PASSPHRASE)
    opened.close()
    assert folder_state(data_paths) is FolderState.PASSPHRASE


def test_create_centre_twice_is_already_set_up(data_paths, closed_centre, profile, manager):
    before = folder_fingerprint(data_paths.root)
    with pytest.raises(AlreadySetUp):
        storage.create_centre(data_paths, storage.new_recovery_key(), profile, manager)
    assert folder_fingerprint(data_paths.root) == before


def test_create_centre_over_a_database_without_key_file_is_already_set_up(
    data_paths, closed_centre, profile, manager
):
    data_paths.keystore.unlink()
    before = folder_fingerprint(data_paths.root)
    with pytest.raises(AlreadySetUp):
        storage.create_centre(
            data_paths, storage.new_recovery_key(), profile, manager, passphrase=PASSPHRASE
        )
    assert folder_fingerprint(data_paths.root) == before


@pytest.mark.parametrize(
    "bad",
    [
        {"name": ""},
        {"code": "1X"},
        {"district": "a\x00b"},
        {"state": "x" * 101},
        {"phone": "12345"},
    ],
)
def test_create_centre_with_an_invalid_profile_leaves_nothing(
    data_paths, recovery, make_profile, manager, memory_keyring, bad
):
    with pytest.raises(ValidationError) as caught:
        storage.create_centre(data_paths, recovery, make_profile(**bad), manager)
    assert set(caught.value.field_errors) == set(bad)
    _assert_no_database_left(data_paths)
    assert memory_keyring.entries == {}


def test_create_centre_with_an_invalid_manager_leaves_nothing(
    data_paths, recovery, profile, make_manager
):
    with pytest.raises(ValidationError) as caught:
        storage.create_centre(
            data_paths, recovery, profile, make_manager(password_repeat="something else")
        )
    assert set(caught.value.field_errors) == {"password_repeat"}
    _assert_no_database_left(data_paths)


def test_a_half_made_database_from_an_interrupted_set_up_is_replaced(
    data_paths, recovery, profile, manager
):
    data_paths.root.mkdir()
    building = data_paths.database.with_name(data_paths.database.name + ".setup")
    building.write_bytes(b"half a database")
    opened = storage.create_centre(data_paths, recovery, profile, manager)
    opened.close()
    assert not building.exists()
    assert folder_state(data_paths) is FolderState.KEYRING


@pytest.mark.usefixtures("no_secure_keyring")
def test_create_centre_without_a_secure_keyring_needs_a_passphrase(
    data_paths, recovery, profile, manager
):
    with pytest.raises(KeyringUnavailable):
        storage.create_centre(data_paths, recovery, profile, manager, passphrase=None)
    _assert_no_database_left(data_paths)
    assert folder_state(data_paths) is FolderState.NEW


# -- opening -----------------------------------------------------------------------------------


def test_open_with_keyring(data_paths, closed_centre):
    opened = storage.open_with_keyring(data_paths)
    try:
        assert opened.profile == closed_centre.profile
        assert opened.storage is KeyStorage.KEYRING
    finally:
        opened.close()


def test_open_with_passphrase(data_paths, passphrase_centre):
    opened = storage.open_with_passphrase(data_paths, PASSPHRASE)
    try:
        assert opened.profile == passphrase_centre.profile
        assert opened.storage is KeyStorage.PASSPHRASE
    finally:
        opened.close()


def test_open_with_recovery_key_typed_loosely(data_paths, closed_centre, recovery):
    opened = storage.open_with_recovery_key(data_paths, _typed_badly(recovery.printable))
    try:
        assert opened.profile == closed_centre.profile
    finally:
        opened.close()


def test_new_recovery_key_is_printable_form_of_its_key():
    made = storage.new_recovery_key()
    assert made.printable == format_recovery_key(made.key)
    assert made.key != storage.new_recovery_key().key


def test_recovery_key_puts_the_key_back_in_the_keyring(
    data_paths, closed_centre, recovery, memory_keyring
):
    memory_keyring.entries.clear()
    with pytest.raises(KeyMissing):
        storage.open_with_keyring(data_paths)
    storage.open_with_recovery_key(data_paths, _typed_badly(recovery.printable)).close()
    assert len(memory_keyring.entries) == 1
    opened = storage.open_with_keyring(data_paths)
    opened.close()
    assert opened.profile == closed_centre.profile


@pytest.mark.parametrize("damage", ["deleted", "corrupted"])
def test_recovery_key_after_the_key_file_is_lost(data_paths, closed_centre, recovery, damage):
    if damage == "deleted":
        data_paths.keystore.unlink()
    else:
        data_paths.keystore.write_bytes(b'{"format": 1, "storage": "keyr')
    database_before = sha256_of(data_paths.database)
    assert folder_state(data_paths) is FolderState.RECOVERY

    opened = storage.open_with_recovery_key(data_paths, recovery.printable)
    try:
        assert opened.profile == closed_centre.profile
        assert opened.storage is KeyStorage.KEYRING
    finally:
        opened.close()
    assert sha256_of(data_paths.database) == database_before
    assert folder_state(data_paths) is FolderState.KEYRING
    storage.open_with_keyring(data_paths).close()


@pytest.mark.usefixtures("no_secure_keyring")
def test_recovery_without_a_secure_keyring_rewraps_with_a_new_passphrase(
    data_paths, passphrase_centre, recovery
):
    opened = storage.open_with_recovery_key(data_paths, recovery.printable, NEW_PASSPHRASE)
    try:
        assert opened.storage is KeyStorage.PASSPHRASE
    finally:
        opened.close()
    storage.open_with_passphrase(data_paths, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        storage.open_with_passphrase(data_paths, PASSPHRASE)


@pytest.mark.usefixtures("no_secure_keyring")
def test_recovery_without_a_secure_keyring_or_new_passphrase_keeps_the_old_one(
    data_paths, passphrase_centre, recovery
):
    keystore_before = data_paths.keystore.read_bytes()
    storage.open_with_recovery_key(data_paths, recovery.printable).close()
    assert data_paths.keystore.read_bytes() == keystore_before
    storage.open_with_passphrase(data_paths, PASSPHRASE).close()


@pytest.mark.parametrize("made_with", ["keyring", "passphrase-then-file-lost"])
def test_recovery_on_a_computer_without_a_keyring_keeps_the_key_behind_a_new_passphrase(
    data_paths, recovery, profile, manager, made_with
):
    passphrase = None if made_with == "keyring" else PASSPHRASE
    storage.create_centre(data_paths, recovery, profile, manager, passphrase=passphrase).close()
    if made_with != "keyring":
        data_paths.keystore.unlink()
    # The data folder is now on a computer with no secure keyring (a headless Linux, say).
    keyring.set_keyring(keyring.backends.fail.Keyring())

    opened = storage.open_with_recovery_key(data_paths, recovery.printable, NEW_PASSPHRASE)
    opened.close()
    assert opened.storage is KeyStorage.PASSPHRASE
    storage.open_with_passphrase(data_paths, NEW_PASSPHRASE).close()


# -- the recovery key typed wrongly --------------------------------------------------------------


def _mistypes(printable: str) -> list[str]:
    groups = printable.split("-")
    substituted = groups[3][:2] + ("X" if groups[3][2] != "X" else "Y") + groups[3][3:]
    return [
        "-".join(groups[:-1]),  # a group missing
        "-".join(groups) + "-0",  # a character too many
        printable[:10] + "#" + printable[11:],  # not in the alphabet
        "-".join([*groups[:3], substituted, *groups[4:]]),  # one character misread
        "",
    ]


def test_a_mistyped_recovery_key_is_a_validation_error_and_touches_nothing(
    data_paths, closed_centre, recovery
):
    before = folder_fingerprint(data_paths.root)
    for typed in _mistypes(recovery.printable):
        with pytest.raises(ValidationError) as caught:
            storage.open_with_recovery_key(data_paths, typed)
        assert set(caught.value.field_errors) == {"recovery_key"}
        message = caught.value.field_errors["recovery_key"].message
        assert message in storage.RECOVERY_KEY_MESSAGES.values()
    assert folder_fingerprint(data_paths.root) == before


def test_a_mistyped_recovery_key_is_caught_before_the_files_are_looked_at(data_paths):
    with pytest.raises(ValidationError):
        storage.open_with_recovery_key(data_paths, "not a key")  # no data folder at all


def test_a_well_formed_but_wrong_recovery_key(data_paths, closed_centre):
    before = folder_fingerprint(data_paths.root)
    other = format_recovery_key(new_database_key())
    with pytest.raises(WrongKey) as caught:
        storage.open_with_recovery_key(data_paths, other)
    assert not isinstance(caught.value, WrongPassphrase)
    assert folder_fingerprint(data_paths.root) == before


def test_a_wrong_recovery_key_without_key_file_is_wrong_key(data_paths, closed_centre):
    data_paths.keystore.unlink()
    before = folder_fingerprint(data_paths.root)
    try:
        with pytest.raises(WrongKey):
            storage.open_with_recovery_key(data_paths, format_recovery_key(new_database_key()))
    finally:
        assert folder_fingerprint(data_paths.root) == before


def test_recovery_key_with_the_database_missing(data_paths, closed_centre, recovery):
    data_paths.database.unlink()
    with pytest.raises(DatabaseMissing):
        storage.open_with_recovery_key(data_paths, recovery.printable)


# -- failures never change the files ----------------------------------------------------------


def test_wrong_passphrase_changes_nothing(data_paths, passphrase_centre):
    before = folder_fingerprint(data_paths.root)
    with pytest.raises(WrongPassphrase) as caught:
        storage.open_with_passphrase(data_paths, "not the passphrase")
    assert caught.value.recovery_key_helps
    assert folder_fingerprint(data_paths.root) == before


@pytest.mark.parametrize("opener", ["keyring", "passphrase"])
def test_damaged_key_file_changes_nothing(data_paths, closed_centre, opener):
    data_paths.keystore.write_bytes(b"\x00\x01 not json")
    before = folder_fingerprint(data_paths.root)
    with pytest.raises(KeyStoreDamaged):
        if opener == "keyring":
            storage.open_with_keyring(data_paths)
        else:
            storage.open_with_passphrase(data_paths, PASSPHRASE)
    assert folder_fingerprint(data_paths.root) == before


def test_missing_keyring_entry_changes_nothing(data_paths, closed_centre, memory_keyring):
    memory_keyring.entries.clear()
    before = folder_fingerprint(data_paths.root)
    with pytest.raises(KeyMissing):
        storage.open_with_keyring(data_paths)
    assert folder_fingerprint(data_paths.root) == before


def test_keyring_gone_changes_nothing(data_paths, closed_centre, no_secure_keyring):
    before = folder_fingerprint(data_paths.root)
    with pytest.raises(KeyringUnavailable) as caught:
        storage.open_with_keyring(data_paths)
    assert caught.value.recovery_key_helps
    assert folder_fingerprint(data_paths.root) == before


def test_database_missing_when_opening(data_paths, closed_centre):
    data_paths.database.unlink()
    with pytest.raises(DatabaseMissing):
        storage.open_with_keyring(data_paths)
    assert not data_paths.database.exists(), "nothing new is made in its place"


def _damage(path, offset, length=64):
    data = bytearray(path.read_bytes())
    data[offset : offset + length] = bytes(b ^ 0xA5 for b in data[offset : offset + length])
    path.write_bytes(bytes(data))


def test_damaged_first_page_is_database_damaged_and_left_as_it_is(data_paths, closed_centre):
    _damage(data_paths.database, PAGE // 2)
    damaged = sha256_of(data_paths.database)
    with pytest.raises(DatabaseDamaged):
        storage.open_with_keyring(data_paths)
    assert sha256_of(data_paths.database) == damaged


def test_truncated_database_is_damaged_and_left_as_it_is(data_paths, closed_centre):
    data = data_paths.database.read_bytes()
    data_paths.database.write_bytes(data[: len(data) - 1000])
    with pytest.raises(DatabaseDamaged):
        storage.open_with_keyring(data_paths)
    assert len(data_paths.database.read_bytes()) == len(data) - 1000


def test_emptied_database_is_damaged_and_left_as_it_is(data_paths, closed_centre):
    data_paths.database.write_bytes(b"")
    with pytest.raises(DatabaseDamaged):
        storage.open_with_keyring(data_paths)
    assert data_paths.database.read_bytes() == b""


def test_damage_on_any_page_is_database_damaged(data_paths, closed_centre):
    pristine = data_paths.database.read_bytes()
    pages = len(pristine) // PAGE
    assert pages >= 3
    for page in range(1, pages):  # 0-based: every page after the first
        data_paths.database.write_bytes(pristine)
        _damage(data_paths.database, page * PAGE + PAGE // 2)
        damaged = sha256_of(data_paths.database)
        with contextlib.suppress(DatabaseDamaged):
            storage.open_with_keyring(data_paths).close()  # opens when this page is not read
        assert sha256_of(data_paths.database) == damaged, page


def test_a_database_with_no_centre_is_damaged(data_paths, closed_centre, recovery):
    engine = open_database(data_paths.database, recovery.key)
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM centre")
    engine.dispose()
    with pytest.raises(DatabaseDamaged):
        storage.open_with_keyring(data_paths)


def test_read_passphrase_file(tmp_path):
    path = tmp_path / "passphrase.txt"
    path.write_text(f"{PASSPHRASE}\nsecond line\n", encoding="utf-8")
    assert read_passphrase_file(path) == PASSPHRASE
    path.write_text("केंद्र का पासफ़्रेज़ २०२६", encoding="utf-8")
    assert read_passphrase_file(path) == "केंद्र का पासफ़्रेज़ २०२६"
    path.write_bytes(b"")
    assert read_passphrase_file(path) == ""
    with pytest.raises(OSError):
        read_passphrase_file(tmp_path / "absent.txt")


def test_keyring_is_secure_follows_the_installed_keyring(no_secure_keyring):
    assert storage.keyring_is_secure() is False


def test_keyring_is_secure_with_the_memory_keyring():
    assert storage.keyring_is_secure() is True


def test_the_key_file_belongs_to_the_new_database(data_paths, closed_centre, recovery):
    assert KeyStore(data_paths.keystore).recognises(recovery.key) is True


def test_a_passphrase_file_saved_by_notepad_with_a_bom_reads_right(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_bytes("\ufeffcentre passphrase 2026\r\n".encode())
    assert read_passphrase_file(path) == "centre passphrase 2026"
