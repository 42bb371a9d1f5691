"""Restoring encrypted backups, and each fault of issue 5 during a restore.

Faults: a power cut at every step (the old or the new database in place, never half), a wrong
key, another centre's backup, one flipped byte, a truncated file, a backup made by a newer
version, restoring while OSC Desktop holds the folder, a full data disk.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from sqlalchemy import func, select

from osc_desktop.errors import (
    BackupDamaged,
    BackupFromAnotherCentre,
    BackupInUse,
    BackupTooNew,
    BackupWrongKey,
    DiskFull,
    KeyringUnavailable,
)
from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.paths import DataPaths
from osc_desktop.security.keystore import KeyStore
from osc_desktop.security.recovery_key import (
    format_recovery_key,
    new_database_key,
    parse_recovery_key,
)
from osc_desktop.services.audit.chain import verify_chain
from osc_desktop.services.backups import restore
from osc_desktop.services.backups.create import create_backup
from osc_desktop.services.backups.restore import restore_backup
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.instance_lock import InstanceLock
from tests.case_factory import actor_of
from tests.conftest import PASSPHRASE
from tests.services.backups.backup_support import (
    T0,
    PowerCut,
    _fingerprint,
    _flip,
    _newest_event,
    _rewrite,
    _staff_names,
)


@pytest.fixture
def changed_after_backup(centre, backup, make_staff) -> Path:
    """The centre with one account added after `backup` was made; the centre closed."""
    make_staff("after.backup", "operator")
    centre.close()
    return backup


def test_restore_into_an_empty_folder_needs_only_the_recovery_key(
    centre, backup, tmp_path, memory_keyring
) -> None:
    key = centre.database_key
    printed = format_recovery_key(key)
    centre.close()
    memory_keyring.entries.clear()  # a new computer: nothing kept
    new_pc = DataPaths(tmp_path / "new-pc")

    info = restore_backup(new_pc, backup, database_key=parse_recovery_key(printed), by_user_id=None)
    assert info.centre_code == "PAT" and info.created_at == T0
    assert storage.folder_state(new_pc) is storage.FolderState.KEYRING
    opened = storage.open_with_keyring(new_pc)
    try:
        assert _staff_names(opened.database) == {"asha.kumari"}
        with opened.database.unit_of_work() as uow:
            assert verify_chain(uow, None).ok
        action, user_id, _, event_id, row_hash = _newest_event(opened.database)
        assert (action, user_id) == ("backup_restored", None)
        assert opened.database.anchor.read() == (event_id, row_hash)
    finally:
        opened.close()
    assert not (new_pc.root / "before-restore").exists()  # nothing was there to keep
    assert sorted(p.name for p in new_pc.root.iterdir()) == [
        "audit-head.json",
        "instance.lock",
        "keystore.json",
        "osc-desktop.db",
    ]


def test_restore_on_a_computer_without_a_keyring_keeps_the_key_behind_a_passphrase(
    centre, backup, tmp_path, no_secure_keyring
) -> None:
    key = centre.database_key
    centre.close()
    new_pc = DataPaths(tmp_path / "new-pc")
    with pytest.raises(KeyringUnavailable):
        restore_backup(new_pc, backup, database_key=key, by_user_id=None)
    assert not new_pc.database.exists() and not new_pc.keystore.exists()

    restore_backup(new_pc, backup, database_key=key, by_user_id=None, new_passphrase=PASSPHRASE)
    opened = storage.open_with_passphrase(new_pc, PASSPHRASE)
    try:
        assert _staff_names(opened.database) == {"asha.kumari"}
    finally:
        opened.close()


def test_restore_replaces_the_records_and_keeps_the_old_database_aside(
    centre, changed_after_backup
) -> None:
    paths = centre.paths
    old_db = paths.database.read_bytes()
    manager_id = actor_of(centre.database, "asha.kumari").user_id
    restore_backup(
        paths, changed_after_backup, database_key=centre.database_key, by_user_id=manager_id
    )

    opened = storage.open_with_keyring(paths)
    try:
        assert _staff_names(opened.database) == {"asha.kumari"}
        with opened.database.unit_of_work() as uow:
            assert verify_chain(uow, None).ok
        assert _newest_event(opened.database)[:2] == ("backup_restored", manager_id)
    finally:
        opened.close()
    (aside,) = (paths.root / "before-restore").iterdir()
    assert {p.name for p in aside.iterdir()} >= {"osc-desktop.db", "keystore.json"}
    assert (aside / "osc-desktop.db").read_bytes() == old_db  # the WAL was folded in first
    kept = DataPaths(aside)
    kept_db = storage.open_with_keyring(kept)  # the copy's key settings name the same key
    try:
        assert "after.backup" in _staff_names(kept_db.database)
    finally:
        kept_db.close()


def test_a_restore_by_an_account_the_backup_does_not_hold_is_recorded_without_a_user(
    centre, changed_after_backup
) -> None:
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        newer_id = uow.session.scalar(
            select(StaffUser.id).where(StaffUser.username == "after.backup")
        )
    restore_backup(
        centre.paths, changed_after_backup, database_key=centre.database_key, by_user_id=newer_id
    )
    opened = storage.open_with_keyring(centre.paths)
    try:
        action, user_id, details, _, _ = _newest_event(opened.database)
    finally:
        opened.close()
    assert (action, user_id) == ("backup_restored", None)
    assert '"by_account_not_in_backup": true' in details


def test_restore_with_a_wrong_key_changes_nothing(centre, changed_after_backup) -> None:
    before = _fingerprint(centre.paths.root)
    with pytest.raises(BackupWrongKey):
        restore_backup(
            centre.paths,
            changed_after_backup,
            database_key=new_database_key(),
            by_user_id=None,
            allow_other_centre=True,
        )
    assert _fingerprint(centre.paths.root) == before


@pytest.mark.parametrize("keep", [10, -1])
def test_restore_of_a_damaged_or_truncated_backup_changes_nothing(
    centre, changed_after_backup, keep
) -> None:
    before = _fingerprint(centre.paths.root)
    data = changed_after_backup.read_bytes()
    changed_after_backup.write_bytes(data[:keep])
    with pytest.raises(BackupDamaged):
        restore_backup(
            centre.paths, changed_after_backup, database_key=centre.database_key, by_user_id=None
        )
    assert _fingerprint(centre.paths.root) == before


def test_restore_of_a_flipped_byte_changes_nothing(
    centre, folder, small_chunks, make_staff
) -> None:
    path = create_backup(centre, folder, by=None, now=T0).path
    centre.close()
    _flip(path, path.stat().st_size // 2)
    before = _fingerprint(centre.paths.root)
    with pytest.raises(BackupDamaged):
        restore_backup(centre.paths, path, database_key=centre.database_key, by_user_id=None)
    assert _fingerprint(centre.paths.root) == before


def test_restore_of_a_backup_from_a_newer_version_changes_nothing(
    centre, changed_after_backup, tmp_path
) -> None:
    newer = _rewrite(
        changed_after_backup,
        centre.database_key,
        tmp_path / "newer.oscbackup",
        schema_revision="0099",
    )
    before = _fingerprint(centre.paths.root)
    with pytest.raises(BackupTooNew):
        restore_backup(centre.paths, newer, database_key=centre.database_key, by_user_id=None)
    assert _fingerprint(centre.paths.root) == before


def test_another_centres_backup_is_restored_only_when_confirmed(
    centre, backup, tmp_path, recovery, make_profile, manager
) -> None:
    other_paths = DataPaths(tmp_path / "gaya")
    other = storage.create_centre(
        other_paths, storage.new_recovery_key(), make_profile(code="GAY"), manager
    )
    other_key = other.database_key
    other_backup = create_backup(other, tmp_path / "gaya-backups", by=None, now=T0).path
    other.close()
    centre.close()
    before = _fingerprint(centre.paths.root)

    # With Patna's key, Gaya's backup does not open; with Gaya's key, it is another centre.
    with pytest.raises(BackupWrongKey):
        restore_backup(
            centre.paths, other_backup, database_key=centre.database_key, by_user_id=None
        )
    with pytest.raises(BackupFromAnotherCentre):
        restore_backup(centre.paths, other_backup, database_key=other_key, by_user_id=None)
    assert _fingerprint(centre.paths.root) == before

    restore_backup(
        centre.paths,
        other_backup,
        database_key=other_key,
        by_user_id=None,
        allow_other_centre=True,
    )
    opened = storage.open_with_keyring(centre.paths)
    try:
        assert opened.profile.code == "GAY"
    finally:
        opened.close()
    assert KeyStore(centre.paths.keystore).recognises(other_key) is True
    (aside,) = (centre.paths.root / "before-restore").iterdir()
    assert KeyStore(aside / "keystore.json").recognises(centre.database_key) is True


def test_a_backup_with_the_same_key_but_another_centre_code_needs_confirmation(
    centre, changed_after_backup, tmp_path
) -> None:
    renamed = _rewrite(
        changed_after_backup, centre.database_key, tmp_path / "x.oscbackup", centre_code="GAY"
    )
    with pytest.raises(BackupFromAnotherCentre):
        restore_backup(centre.paths, renamed, database_key=centre.database_key, by_user_id=None)


def test_restore_is_refused_while_osc_desktop_holds_the_folder(
    centre, changed_after_backup
) -> None:
    other_copy = InstanceLock(centre.paths)
    other_copy.acquire()
    try:
        before = _fingerprint(centre.paths.root)
        with pytest.raises(BackupInUse):
            restore_backup(
                centre.paths,
                changed_after_backup,
                database_key=centre.database_key,
                by_user_id=None,
            )
        assert _fingerprint(centre.paths.root) == before
    finally:
        other_copy.release()


def test_a_full_data_disk_while_keeping_the_old_database_aside_changes_nothing(
    centre, changed_after_backup, monkeypatch
) -> None:
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(restore.shutil, "copyfile", full)
    with pytest.raises(DiskFull):
        restore_backup(
            centre.paths, changed_after_backup, database_key=centre.database_key, by_user_id=None
        )
    monkeypatch.undo()
    assert not (centre.paths.root / "osc-desktop.db.restoring").exists()
    opened = storage.open_with_keyring(centre.paths)
    try:
        assert "after.backup" in _staff_names(opened.database)
    finally:
        opened.close()


RESTORE_STEPS = ["cleared", "decrypted", "recorded", "kept aside", "sidecars removed", "swapped"]


@pytest.mark.parametrize("step", RESTORE_STEPS)
@pytest.mark.parametrize("finally_runs", [True, False], ids=["cleanup", "no-cleanup"])
def test_a_power_cut_at_any_step_of_a_restore_leaves_the_old_or_the_new_database(
    centre, changed_after_backup, monkeypatch, step, finally_runs
) -> None:
    paths, key = centre.paths, centre.database_key

    def reached(name: str) -> None:
        if name == step:
            raise PowerCut

    monkeypatch.setattr(restore, "_reached", reached)
    if not finally_runs:  # a real power cut runs no clean-up code
        monkeypatch.setattr(restore, "_remove_database_files", lambda _path: None)
    with pytest.raises(PowerCut):
        restore_backup(paths, changed_after_backup, database_key=key, by_user_id=None)
    monkeypatch.undo()

    # After the power comes back: the database in place is whole, old or new.
    opened = storage.open_with_keyring(paths)  # same key: its settings are never touched
    try:
        names = _staff_names(opened.database)
        with opened.database.unit_of_work() as uow:
            report = verify_chain(uow, None)
            # The anchor file is removed before the swap and written after it: a power cut in
            # between leaves the trail intact but unanchored (said once, never "tampered").
            anchor_gone = step in ("sidecars removed", "swapped")
            assert (report.ok, report.problem) == (
                (False, "not_anchored") if anchor_gone else (True, "")
            )
            assert uow.session.scalar(select(func.count()).select_from(AuditEvent)) > 0
    finally:
        opened.close()
    swapped = step == "swapped"
    assert ("after.backup" not in names) is swapped
    assert names >= {"asha.kumari"}

    # ...and the restore can simply be run again.
    restore_backup(paths, changed_after_backup, database_key=key, by_user_id=None)
    opened = storage.open_with_keyring(paths)
    try:
        assert _staff_names(opened.database) == {"asha.kumari"}
        with opened.database.unit_of_work() as uow:
            uow.lock_for_writing()
            assert verify_chain(uow, None).ok
    finally:
        opened.close()


def test_the_recovery_key_typed_opens_a_folder_left_without_key_settings(
    centre, tmp_path, make_profile, manager, folder
) -> None:
    """A power cut between the swap and writing the key settings (a new key): the printed
    recovery key opens the restored database, as after a lost keystore.json."""
    other = storage.create_centre(
        DataPaths(tmp_path / "gaya"), storage.new_recovery_key(), make_profile(code="GAY"), manager
    )
    other_key = other.database_key
    other_backup = create_backup(other, folder, by=None, now=T0).path
    other.close()
    centre.close()

    def cut(name: str) -> None:
        if name == "swapped":
            raise PowerCut

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(restore, "_reached", cut)
        with pytest.raises(PowerCut):
            restore_backup(
                centre.paths,
                other_backup,
                database_key=other_key,
                by_user_id=None,
                allow_other_centre=True,
            )
    assert storage.folder_state(centre.paths) is storage.FolderState.RECOVERY
    opened = storage.open_with_recovery_key(centre.paths, format_recovery_key(other_key))
    try:
        assert opened.profile.code == "GAY"
    finally:
        opened.close()
