"""Create and open the centre's encrypted database, whichever way its key is kept.

The files in the data folder are never overwritten or deleted here, except the half-made ones
of a set-up that did not finish.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from osc_desktop.db.audit_anchor import AuditAnchor
from osc_desktop.db.engine import classify_database_error, classify_os_error, open_database
from osc_desktop.db.erased_cases import ErasedCases
from osc_desktop.db.migrate import MigrationResult, upgrade_to_head
from osc_desktop.db.schema_version import HEAD_REVISION
from osc_desktop.db.unit_of_work import Database
from osc_desktop.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    FieldInvalid,
    KeyStoreDamaged,
    StorageError,
    ValidationError,
    WrongKey,
)
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.paths import DataPaths, ensure_private_dir, make_dir_private
from osc_desktop.security.keystore import KeyStorage, KeyStore, secure_keyring_available
from osc_desktop.security.recovery_key import (
    RecoveryKeyFormatError,
    format_recovery_key,
    new_database_key,
    parse_recovery_key,
)
from osc_desktop.services.centre.setup import (
    CentreProfileInput,
    ManagerAccountInput,
    get_centre_profile,
    record_centre,
)
from osc_desktop.services.core.audit_log import note_missing_anchor
from osc_desktop.services.core.clock import use_centre_time_zone
from osc_desktop.services.core.dto import CentreProfile

RECOVERY_KEY_MESSAGES = {
    "length": QT_TRANSLATE_NOOP(
        "validation", "A recovery key has 14 groups of 4 letters and digits; some are missing."
    ),
    "character": QT_TRANSLATE_NOOP(
        "validation", "A recovery key has only English capital letters and digits."
    ),
    "checksum": QT_TRANSLATE_NOOP(
        "validation", "This recovery key has a typing mistake; compare each group with the paper."
    ),
}


class FolderState(Enum):
    """What the data folder holds, deciding the first screen."""

    NEW = "new"  # nothing yet: run the set-up
    KEYRING = "keyring"  # key in the OS keyring
    PASSPHRASE = "passphrase"  # key behind the centre passphrase
    RECOVERY = "recovery"  # a database whose key settings are gone: the recovery key opens it


@dataclass(frozen=True)
class OpenCentre:
    """A centre whose database is open and at this version's schema."""

    database: Database
    paths: DataPaths
    profile: CentreProfile
    storage: KeyStorage
    migration: MigrationResult
    # The 32-byte database key (= the printed recovery key), for backups. Never shown, logged
    # or compared: repr=False keeps it out of tracebacks and debug output.
    database_key: bytes = field(default=b"", repr=False, compare=False)

    @property
    def schema_revision(self) -> str:
        return HEAD_REVISION

    @property
    def key_in_keyring(self) -> bool:
        """True when the key is in the OS keyring, False when behind the centre passphrase."""
        return self.storage is KeyStorage.KEYRING

    def close(self) -> None:
        self.database.close()


@dataclass(frozen=True)
class NewRecoveryKey:
    """A fresh database key and its printable form, made before the set-up is confirmed."""

    key: bytes = field(repr=False)
    printable: str = field(repr=False)


def keyring_is_secure() -> bool:
    """Whether this computer has a secure key store; if not, set-up asks for a passphrase."""
    return secure_keyring_available()


def new_recovery_key() -> NewRecoveryKey:
    key = new_database_key()
    return NewRecoveryKey(key, format_recovery_key(key))


def folder_state(paths: DataPaths) -> FolderState:
    """What the data folder holds.

    Raises:
        DatabaseMissing: key settings without a database (a wrong or unplugged folder).
    """
    keystore = KeyStore(paths.keystore)
    has_db = paths.database.exists()
    if not keystore.exists():
        return FolderState.RECOVERY if has_db else FolderState.NEW
    if not has_db:
        raise DatabaseMissing()
    try:
        storage = keystore.read().storage
    except KeyStoreDamaged:
        return FolderState.RECOVERY
    return FolderState.KEYRING if storage is KeyStorage.KEYRING else FolderState.PASSPHRASE


def create_centre(
    paths: DataPaths,
    recovery: NewRecoveryKey,
    profile: CentreProfileInput,
    manager: ManagerAccountInput,
    passphrase: str | None = None,
) -> OpenCentre:
    """Set up a new centre: encrypted database, schema, profile, first manager, key kept.

    With `passphrase` None the key goes to the OS keyring; otherwise it is kept behind the
    passphrase. The database is built under a temporary name and renamed into place only when
    complete, so an interrupted set-up leaves nothing that looks like a centre.

    Raises:
        ValidationError: a field of the profile or the account.
        AlreadySetUp: the folder already holds a database.
        KeyringUnavailable, DataFolderNotWritable, DiskFull.
    """
    from osc_desktop.errors import AlreadySetUp

    if paths.database.exists():
        raise AlreadySetUp()
    ensure_private_dir(paths.root)
    building = paths.database.with_name(paths.database.name + ".setup")
    _remove_database_files(building)
    keystore = KeyStore(paths.keystore)
    try:
        engine = open_database(building, recovery.key)
        try:
            upgrade_to_head(engine, building, paths.pre_migration_dir)
            paths.audit_anchor.unlink(missing_ok=True)  # a new trail starts
            database = Database(engine, AuditAnchor(paths.audit_anchor))
            with database.unit_of_work() as uow:
                record_centre(uow, profile, manager)
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        os.replace(building, paths.database)
        storage = KeyStorage.KEYRING if passphrase is None else KeyStorage.PASSPHRASE
        try:
            keystore.create(recovery.key, storage, passphrase)
        except BaseException:
            _remove_database_files(paths.database)
            paths.audit_anchor.unlink(missing_ok=True)
            raise
    except (ValidationError, StorageError):
        _remove_database_files(building)
        paths.audit_anchor.unlink(missing_ok=True)
        raise
    except DBAPIError as exc:
        _remove_database_files(building)
        paths.audit_anchor.unlink(missing_ok=True)
        raise classify_database_error(exc, True) from None
    except OSError as exc:
        _remove_database_files(building)
        paths.audit_anchor.unlink(missing_ok=True)
        raise classify_os_error(exc) from None
    return _open(paths, recovery.key, storage)


def open_with_keyring(paths: DataPaths) -> OpenCentre:
    """Open with the key kept in the OS keyring.

    Raises:
        KeyMissing, KeyringUnavailable, KeyStoreDamaged, DatabaseDamaged, SchemaTooNew,
        DataFolderNotWritable, DiskFull.
    """
    key = KeyStore(paths.keystore).load_from_keyring()
    return _open(paths, key, KeyStorage.KEYRING)


def open_with_passphrase(paths: DataPaths, passphrase: str) -> OpenCentre:
    """Open with the centre passphrase.

    Raises:
        WrongPassphrase, KeyStoreDamaged, DatabaseDamaged, SchemaTooNew, DataFolderNotWritable,
        DiskFull.
    """
    key = KeyStore(paths.keystore).unlock_with_passphrase(passphrase)
    return _open(paths, key, KeyStorage.PASSPHRASE)


def open_with_recovery_key(
    paths: DataPaths, typed_key: str, new_passphrase: str | None = None
) -> OpenCentre:
    """Open with the printed recovery key, then keep the key on this computer again.

    The key goes back into the OS keyring where there is a secure one; otherwise it is kept
    behind `new_passphrase` when given (or the existing passphrase slot is left as it was).

    Raises:
        ValidationError: field "recovery_key" is mistyped (checked before any decryption).
        WrongKey: a well-formed key that does not open this database.
        DatabaseDamaged, DatabaseMissing, SchemaTooNew, DataFolderNotWritable, DiskFull,
        KeyringUnavailable.
    """
    try:
        key = parse_recovery_key(typed_key)
    except RecoveryKeyFormatError as problem:
        message = RECOVERY_KEY_MESSAGES[problem.reason]
        raise ValidationError({"recovery_key": FieldInvalid(message)}) from None
    if not paths.database.exists():
        raise DatabaseMissing()
    keystore = KeyStore(paths.keystore)
    recognised = keystore.recognises(key) if keystore.exists() else None
    if recognised is False:
        raise WrongKey("key check")
    opened = _open(paths, key, KeyStorage.KEYRING, key_recognised=recognised)
    try:
        keystore.remember(key, new_passphrase)
    except BaseException:
        opened.close()
        raise
    storage = keystore.read().storage
    return OpenCentre(
        opened.database, paths, opened.profile, storage, opened.migration, database_key=key
    )


def _open(
    paths: DataPaths, key: bytes, storage: KeyStorage, key_recognised: bool | None = True
) -> OpenCentre:
    if not paths.database.exists():
        raise DatabaseMissing()
    make_dir_private(paths.root)  # a folder made open to others (755) before: private again
    engine = open_database(paths.database, key, key_recognised)
    try:
        migration = upgrade_to_head(engine, paths.database, paths.pre_migration_dir)
        database = Database(
            engine, AuditAnchor(paths.audit_anchor), ErasedCases(paths.erased_cases)
        )
        with database.unit_of_work() as uow:
            profile = get_centre_profile(uow)
        with database.unit_of_work() as uow:
            note_missing_anchor(uow)
    except DBAPIError as exc:
        # Page 1 opened, but a page read later (schema version, centre) is damaged.
        engine.dispose()
        raise classify_database_error(exc, True) from None
    except BaseException:
        engine.dispose()
        raise
    if profile is None:
        engine.dispose()
        raise DatabaseDamaged("no centre")
    use_centre_time_zone(profile.time_zone)
    return OpenCentre(database, paths, profile, storage, migration, database_key=key)


def _remove_database_files(database: Path) -> None:
    for path in (database, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
