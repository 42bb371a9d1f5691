"""Where the database key is kept between sessions.

Two ways, chosen at set-up and written in `keystore.json` (which never holds the key itself):

* `keyring`: the raw key in the operating system's secure store (Windows Credential Locker,
  macOS Keychain, Secret Service), under an entry named after this data folder's install id.
* `passphrase`: where no secure store exists (a headless Linux, say), the key is encrypted with
  AES-256-GCM under a key derived from the centre passphrase by Argon2id; only that wrapped key,
  the salt and the KDF parameters are in the file.

Either way the printed recovery key is the database key itself, so it always opens the database.
A short key check value (an HMAC of a fixed label under the key) tells a wrong key from a damaged
database without revealing anything about the key.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from keyring.backend import KeyringBackend

from osc_desktop.errors import (
    KeyMissing,
    KeyringUnavailable,
    KeyStoreDamaged,
    WrongPassphrase,
)
from osc_desktop.fileutil import write_atomically
from osc_desktop.security.recovery_key import KEY_BYTES

KEYRING_SERVICE = "OSC Desktop"
KEYSTORE_FORMAT = 1
MIN_PASSPHRASE_LENGTH = 12
_INSECURE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class KeyStorage(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost: 64 MiB, 3 passes, 4 lanes (about 0.1 s on the centre's PC)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


def derive_passphrase_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """A 256-bit key-encryption key from the centre passphrase."""
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def key_check_value(key: bytes) -> str:
    """16 hex digits that identify a key without revealing it."""
    return hmac.new(key, b"osc-desktop key check v1", hashlib.sha256).hexdigest()[:16]


def secure_keyring_available(backend: KeyringBackend | None = None) -> bool:
    """Whether the keyring backend really protects secrets (not fail, null or plain text)."""
    backend = backend or keyring.get_keyring()
    inner = getattr(backend, "backends", None)
    if inner is not None:  # a ChainerBackend: secure if any of its members is
        return any(secure_keyring_available(b) for b in inner)
    module = type(backend).__module__
    return not module.startswith(_INSECURE_BACKEND_MODULES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class PassphraseSlot:
    params: Argon2Params
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    @classmethod
    def seal(cls, key: bytes, passphrase: str, params: Argon2Params) -> PassphraseSlot:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        kek = derive_passphrase_key(passphrase, salt, params)
        return cls(params, salt, nonce, AESGCM(kek).encrypt(nonce, key, b"osc-desktop key v1"))

    def open(self, passphrase: str) -> bytes:
        kek = derive_passphrase_key(passphrase, self.salt, self.params)
        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped_key, b"osc-desktop key v1")
        except InvalidTag:
            raise WrongPassphrase() from None

    def to_json(self) -> dict[str, Any]:
        return {
            "kdf": "argon2id",
            "memory_kib": self.params.memory_kib,
            "iterations": self.params.iterations,
            "lanes": self.params.lanes,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, raw: Any) -> PassphraseSlot:
        if not isinstance(raw, dict) or raw.get("kdf") != "argon2id":
            raise ValueError("unknown key derivation")
        params = Argon2Params(int(raw["memory_kib"]), int(raw["iterations"]), int(raw["lanes"]))
        return cls(params, _unb64(raw["salt"]), _unb64(raw["nonce"]), _unb64(raw["wrapped_key"]))


@dataclass(frozen=True)
class KeyStoreRecord:
    """What `keystore.json` says: how the key is kept and how to recognise it."""

    install_id: str
    storage: KeyStorage
    key_check: str
    passphrase_slot: PassphraseSlot | None = None

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": KEYSTORE_FORMAT,
            "install_id": self.install_id,
            "storage": self.storage.value,
            "key_check": self.key_check,
        }
        if self.passphrase_slot is not None:
            body["passphrase_slot"] = self.passphrase_slot.to_json()
        return json.dumps(body, indent=2).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyStoreRecord:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != KEYSTORE_FORMAT:
            raise ValueError("unknown key store format")
        storage = KeyStorage(raw["storage"])
        slot = raw.get("passphrase_slot")
        passphrase_slot = PassphraseSlot.from_json(slot) if slot is not None else None
        if storage is KeyStorage.PASSPHRASE and passphrase_slot is None:
            raise ValueError("passphrase storage without a slot")
        return cls(str(raw["install_id"]), storage, str(raw["key_check"]), passphrase_slot)


class KeyStore:
    """The key settings of one data folder. `backend` is the keyring to use (tests pass one)."""

    def __init__(
        self,
        path: Path,
        backend: KeyringBackend | None = None,
        argon2: Argon2Params | None = None,
    ) -> None:
        self.path = path
        self._backend = backend
        self._argon2 = argon2 or Argon2Params()

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    def exists(self) -> bool:
        return self.path.exists()

    def read(self) -> KeyStoreRecord:
        """The record on disk. Raises KeyStoreDamaged when it cannot be parsed."""
        try:
            return KeyStoreRecord.from_bytes(self.path.read_bytes())
        except (OSError, ValueError, KeyError, TypeError, binascii.Error):
            raise KeyStoreDamaged() from None

    def create(self, key: bytes, storage: KeyStorage, passphrase: str | None = None) -> None:
        """Keep a new database key. Raises KeyringUnavailable, OSError."""
        self._save(key, storage, passphrase, install_id=uuid.uuid4().hex)

    def remember(self, key: bytes, passphrase: str | None = None) -> None:
        """Keep `key` again after it was recovered.

        A new `passphrase` is used where the folder kept its key behind one, or where this
        computer has no secure keyring; otherwise the key goes to the keyring. With neither a
        passphrase nor a secure keyring, an intact passphrase slot is left as it was (the key
        opened it), and nothing is kept. Raises KeyringUnavailable, OSError.
        """
        try:
            record: KeyStoreRecord | None = self.read()
        except KeyStoreDamaged:
            record = None
        install_id = record.install_id if record else uuid.uuid4().hex
        secure = secure_keyring_available(self.backend)
        wanted_passphrase = record is not None and record.storage is KeyStorage.PASSPHRASE
        if passphrase is not None and (wanted_passphrase or not secure):
            self._save(key, KeyStorage.PASSPHRASE, passphrase, install_id=install_id)
        elif secure:
            self._save(key, KeyStorage.KEYRING, None, install_id=install_id)

    def _save(
        self, key: bytes, storage: KeyStorage, passphrase: str | None, *, install_id: str
    ) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("a database key is 32 bytes")
        slot = None
        if storage is KeyStorage.PASSPHRASE:
            if passphrase is None:
                raise ValueError("a passphrase is needed")
            slot = PassphraseSlot.seal(key, passphrase, self._argon2)
        else:
            self._keyring_set(install_id, key)
        record = KeyStoreRecord(install_id, storage, key_check_value(key), slot)
        write_atomically(self.path, record.to_bytes())

    def load_from_keyring(self) -> bytes:
        """The key kept in the OS keyring.

        Raises KeyMissing, KeyringUnavailable, KeyStoreDamaged.
        """
        record = self.read()
        try:
            stored = self.backend.get_password(KEYRING_SERVICE, _entry_name(record.install_id))
        except keyring.errors.KeyringError:
            raise KeyringUnavailable() from None
        if stored is None:
            raise KeyMissing()
        try:
            key = _unb64(stored)
        except (ValueError, binascii.Error):
            raise KeyMissing() from None
        if len(key) != KEY_BYTES or key_check_value(key) != record.key_check:
            raise KeyMissing()
        return key

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        """The key opened with the centre passphrase. Raises WrongPassphrase, KeyStoreDamaged."""
        record = self.read()
        if record.passphrase_slot is None:
            raise KeyStoreDamaged()
        key = record.passphrase_slot.open(passphrase)
        if key_check_value(key) != record.key_check:
            raise KeyStoreDamaged()
        return key

    def recognises(self, key: bytes) -> bool | None:
        """Whether `key` is this folder's key: True, False, or None when the file is unreadable."""
        try:
            return hmac.compare_digest(key_check_value(key), self.read().key_check)
        except KeyStoreDamaged:
            return None

    def forget(self) -> None:
        """Remove the keyring entry and the key file (undoing a set-up that did not finish)."""
        try:
            record = self.read()
        except KeyStoreDamaged:
            record = None
        if record and record.storage is KeyStorage.KEYRING:
            with contextlib.suppress(keyring.errors.KeyringError):
                self.backend.delete_password(KEYRING_SERVICE, _entry_name(record.install_id))
        self.path.unlink(missing_ok=True)

    def _keyring_set(self, install_id: str, key: bytes) -> None:
        if not secure_keyring_available(self.backend):
            raise KeyringUnavailable()
        try:
            self.backend.set_password(KEYRING_SERVICE, _entry_name(install_id), _b64(key))
        except keyring.errors.KeyringError:
            raise KeyringUnavailable() from None


def _entry_name(install_id: str) -> str:
    return f"database-key/{install_id}"
