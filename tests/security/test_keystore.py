"""Where the database key is kept: keyring or passphrase slot, never in a plain file."""

from __future__ import annotations

import base64
import json

import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from osc_desktop.errors import KeyMissing, KeyringUnavailable, KeyStoreDamaged, WrongPassphrase
from osc_desktop.security.keystore import (
    KEYRING_SERVICE,
    Argon2Params,
    KeyStorage,
    KeyStore,
    key_check_value,
    secure_keyring_available,
)
from osc_desktop.security.recovery_key import format_recovery_key, new_database_key
from tests.conftest import PASSPHRASE, MemoryKeyring

# Cheap Argon2 for tests that seal several slots; the defaults are checked separately.
FAST = Argon2Params(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture
def key() -> bytes:
    return new_database_key()


@pytest.fixture
def store(tmp_path) -> KeyStore:
    return KeyStore(tmp_path / "keystore.json")


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but refuses every request (a locked or crashed store)."""

    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringLocked("locked")


def _secret_spellings(key: bytes) -> list[str]:
    return [
        key.hex(),
        key.hex().upper(),
        base64.b64encode(key).decode(),
        base64.urlsafe_b64encode(key).decode(),
        base64.b64encode(key).decode().rstrip("="),
        base64.b32encode(key).decode().rstrip("="),
        format_recovery_key(key),
        format_recovery_key(key).replace("-", ""),
    ]


def test_keyring_round_trip(store, key, memory_keyring):
    store.create(key, KeyStorage.KEYRING)
    assert store.read().storage is KeyStorage.KEYRING
    assert KeyStore(store.path).load_from_keyring() == key
    ((service, _entry),) = memory_keyring.entries
    assert service == KEYRING_SERVICE


def test_passphrase_round_trip_with_the_default_argon2_cost(store, key, memory_keyring):
    store.create(key, KeyStorage.PASSPHRASE, PASSPHRASE)
    record = store.read()
    assert record.storage is KeyStorage.PASSPHRASE
    assert record.passphrase_slot is not None
    assert record.passphrase_slot.params == Argon2Params()
    assert record.passphrase_slot.params.memory_kib >= 19 * 1024
    assert KeyStore(store.path).unlock_with_passphrase(PASSPHRASE) == key
    assert memory_keyring.entries == {}, "a passphrase store must not use the keyring"


def test_wrong_passphrase(tmp_path, key):
    store = KeyStore(tmp_path / "keystore.json", argon2=FAST)
    store.create(key, KeyStorage.PASSPHRASE, PASSPHRASE)
    for wrong in ("", PASSPHRASE.upper(), PASSPHRASE + " ", "centre passphrase 2025"):
        with pytest.raises(WrongPassphrase):
            store.unlock_with_passphrase(wrong)


def test_a_passphrase_store_needs_a_passphrase(store, key):
    with pytest.raises(ValueError):
        store.create(key, KeyStorage.PASSPHRASE, None)
    assert not store.exists()


@pytest.mark.parametrize("size", [16, 31, 33])
def test_only_256_bit_keys_are_kept(store, size):
    with pytest.raises(ValueError):
        store.create(bytes(size), KeyStorage.KEYRING)
    assert not store.exists()


@pytest.mark.parametrize("storage", list(KeyStorage))
def test_the_key_file_never_holds_the_key(tmp_path, storage):
    for attempt in range(3):
        key = new_database_key()
        path = tmp_path / f"keystore-{attempt}.json"
        KeyStore(path, argon2=FAST).create(key, storage, PASSPHRASE)
        text = path.read_text(encoding="utf-8")
        json.loads(text)  # it is JSON
        for spelling in _secret_spellings(key):
            assert spelling not in text
        assert PASSPHRASE not in text
        if storage is KeyStorage.PASSPHRASE:
            slot = json.loads(text)["passphrase_slot"]
            assert base64.b64decode(slot["wrapped_key"]) != key


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[]",
        b"null",
        b'{"format": 1}',
        b'{"format": 2, "install_id": "x", "storage": "keyring", "key_check": "00"}',
        b'{"format": 1, "install_id": "x", "storage": "floppy", "key_check": "00"}',
        b'{"format": 1, "install_id": "x", "storage": "passphrase", "key_check": "00"}',
        b'{"format": 1, "install_id": "x", "storage": "passphrase", "key_check": "00", '
        b'"passphrase_slot": {"kdf": "scrypt"}}',
        b'{"format": 1, "install_id": "x", "storage": "passphrase", "key_check": "00", '
        b'"passphrase_slot": {"kdf": "argon2id", "memory_kib": 1024, "iterations": 1, '
        b'"lanes": 1, "salt": "!!not base64!!", "nonce": "AAAA", "wrapped_key": "AAAA"}}',
        b'{"format": 1, "install_id": "x", "storage": "passphrase", "key_check": "00", '
        b'"passphrase_slot": {"kdf": "argon2id", "memory_kib": "lots", "iterations": 1, '
        b'"lanes": 1, "salt": "AAAA", "nonce": "AAAA", "wrapped_key": "AAAA"}}',
    ],
)
def test_a_damaged_key_file(store, content):
    store.path.write_bytes(content)
    with pytest.raises(KeyStoreDamaged):
        store.read()
    with pytest.raises(KeyStoreDamaged):
        store.load_from_keyring()
    with pytest.raises(KeyStoreDamaged):
        store.unlock_with_passphrase(PASSPHRASE)
    assert store.path.read_bytes() == content, "reading never rewrites the file"


def test_a_key_file_cut_short(tmp_path, key):
    store = KeyStore(tmp_path / "keystore.json", argon2=FAST)
    store.create(key, KeyStorage.PASSPHRASE, PASSPHRASE)
    whole = store.path.read_bytes()
    store.path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(KeyStoreDamaged):
        store.unlock_with_passphrase(PASSPHRASE)


def test_a_missing_key_file_reads_as_damaged(store):
    with pytest.raises(KeyStoreDamaged):
        store.read()


def test_a_slot_whose_key_fails_the_check_is_damaged(tmp_path, key):
    """The slot opens, but what it holds is not the key the file names."""
    store = KeyStore(tmp_path / "keystore.json", argon2=FAST)
    store.create(key, KeyStorage.PASSPHRASE, PASSPHRASE)
    body = json.loads(store.path.read_text(encoding="utf-8"))
    body["key_check"] = key_check_value(new_database_key())
    store.path.write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(KeyStoreDamaged):
        store.unlock_with_passphrase(PASSPHRASE)


def test_missing_keyring_entry(store, key, memory_keyring):
    store.create(key, KeyStorage.KEYRING)
    memory_keyring.entries.clear()
    with pytest.raises(KeyMissing) as caught:
        store.load_from_keyring()
    assert caught.value.recovery_key_helps


@pytest.mark.parametrize(
    "stored",
    ["", "not base64 at all", base64.b64encode(b"short").decode()],
)
def test_a_garbled_keyring_entry_counts_as_missing(store, key, memory_keyring, stored):
    store.create(key, KeyStorage.KEYRING)
    (entry,) = memory_keyring.entries
    memory_keyring.entries[entry] = stored
    with pytest.raises(KeyMissing):
        store.load_from_keyring()


def test_another_key_in_the_keyring_entry_counts_as_missing(store, key, memory_keyring):
    store.create(key, KeyStorage.KEYRING)
    (entry,) = memory_keyring.entries
    memory_keyring.entries[entry] = base64.b64encode(new_database_key()).decode()
    with pytest.raises(KeyMissing):
        store.load_from_keyring()


def test_keyring_error_on_read_is_keyring_unavailable(tmp_path, key):
    KeyStore(tmp_path / "keystore.json", MemoryKeyring()).create(key, KeyStorage.KEYRING)
    with pytest.raises(KeyringUnavailable):
        KeyStore(tmp_path / "keystore.json", LockedKeyring()).load_from_keyring()


def test_keyring_error_on_write_is_keyring_unavailable_and_writes_nothing(tmp_path, key):
    store = KeyStore(tmp_path / "keystore.json", LockedKeyring())
    with pytest.raises(KeyringUnavailable):
        store.create(key, KeyStorage.KEYRING)
    assert not store.exists()


@pytest.mark.usefixtures("no_secure_keyring")
def test_no_secure_keyring_refuses_keyring_storage(store, key):
    with pytest.raises(KeyringUnavailable):
        store.create(key, KeyStorage.KEYRING)
    assert not store.exists()


def test_the_default_backend_is_the_installed_keyring(store, key, memory_keyring):
    store.create(key, KeyStorage.KEYRING)
    assert len(memory_keyring.entries) == 1


class _Chainer(ChainerBackend):
    """A chainer over a given list of backends (the real one discovers them)."""

    def __init__(self, members: list[KeyringBackend]) -> None:
        super().__init__()
        self._members = members

    @property
    def backends(self):
        return self._members


PlaintextKeyring = type(
    "PlaintextKeyring",
    (MemoryKeyring,),
    {"__module__": "keyrings.alt.file", "__qualname__": "PlaintextKeyring"},
)


def test_secure_keyring_available():
    fail, null = keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()
    assert secure_keyring_available(MemoryKeyring()) is True
    assert secure_keyring_available(fail) is False
    assert secure_keyring_available(null) is False
    assert secure_keyring_available(PlaintextKeyring()) is False
    assert secure_keyring_available(_Chainer([fail, null])) is False
    assert secure_keyring_available(_Chainer([])) is False
    assert secure_keyring_available(_Chainer([null, PlaintextKeyring()])) is False
    assert secure_keyring_available(_Chainer([fail, MemoryKeyring()])) is True


def test_secure_keyring_available_asks_the_installed_keyring(memory_keyring):
    assert secure_keyring_available() is True
    keyring.set_keyring(keyring.backends.null.Keyring())
    assert secure_keyring_available() is False


def test_recognises(tmp_path, key):
    store = KeyStore(tmp_path / "keystore.json", argon2=FAST)
    assert store.recognises(key) is None, "no file yet"
    store.create(key, KeyStorage.PASSPHRASE, PASSPHRASE)
    assert store.recognises(key) is True
    assert store.recognises(new_database_key()) is False
    store.path.write_bytes(b"{damaged")
    assert store.recognises(key) is None


def test_key_check_value_identifies_without_revealing():
    key = new_database_key()
    check = key_check_value(key)
    assert len(check) == 16
    assert check == key_check_value(key)
    assert check != key_check_value(new_database_key())
    assert check not in key.hex()


def test_remember_after_the_keyring_entry_was_lost(store, key, memory_keyring):
    store.create(key, KeyStorage.KEYRING)
    install_id = store.read().install_id
    memory_keyring.entries.clear()
    store.remember(key)
    assert store.load_from_keyring() == key
    assert store.read().install_id == install_id


def test_remember_rewrites_a_damaged_key_file(store, key):
    store.path.write_bytes(b"{damaged")
    store.remember(key)
    assert store.read().storage is KeyStorage.KEYRING
    assert store.load_from_keyring() == key


@pytest.mark.usefixtures("no_secure_keyring")
def test_remember_keeps_the_passphrase_slot_without_a_keyring_or_a_new_passphrase(tmp_path, key):
    store = KeyStore(tmp_path / "keystore.json", argon2=FAST)
    store.create(key, KeyStorage.PASSPHRASE, PASSPHRASE)
    before = store.path.read_bytes()
    store.remember(key)
    assert store.path.read_bytes() == before


@pytest.mark.usefixtures("no_secure_keyring")
def test_remember_with_a_new_passphrase_rewraps(tmp_path, key):
    store = KeyStore(tmp_path / "keystore.json", argon2=FAST)
    store.create(key, KeyStorage.PASSPHRASE, PASSPHRASE)
    store.remember(key, "a brand new passphrase")
    assert store.unlock_with_passphrase("a brand new passphrase") == key
    with pytest.raises(WrongPassphrase):
        store.unlock_with_passphrase(PASSPHRASE)


def test_forget_removes_the_entry_and_the_file(store, key, memory_keyring):
    store.create(key, KeyStorage.KEYRING)
    store.forget()
    assert memory_keyring.entries == {}
    assert not store.exists()
