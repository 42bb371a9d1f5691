"""Restore the centre's encrypted backups (issue 5).

**Restore** never leaves a half database in place: it decrypts and checks the backup as
`<data>/osc-desktop.db.restoring`, records BACKUP_RESTORED there, erases there again the cases
erased on this computer since the backup was made (`erased-cases.json`, see `erasure`), copies
the current database (and its -wal/-shm, keystore.json, audit-head.json) into
`<data>/before-restore/<UTC stamp>/` (never deleted), and only then swaps the new file in with
one `os.replace`. At every instant the database path holds either the old or the new database,
whole.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from osc_desktop.db.audit_anchor import AuditAnchor
from osc_desktop.db.engine import classify_database_error, classify_os_error, open_database
from osc_desktop.db.erased_cases import ErasedCases
from osc_desktop.db.migrate import upgrade_to_head
from osc_desktop.db.schema_version import KNOWN_REVISIONS
from osc_desktop.db.unit_of_work import Database
from osc_desktop.errors import (
    AlreadyRunning,
    BackupDamaged,
    BackupFromAnotherCentre,
    BackupInUse,
    BackupOfAnotherCentre,
    BackupTooNew,
    BackupWrongKey,
    KeyMissing,
    KeyringUnavailable,
    StorageError,
)
from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.paths import DataPaths, ensure_private_dir
from osc_desktop.security.keystore import KeyStorage, KeyStore, secure_keyring_available
from osc_desktop.services.backups.common import (
    PROBLEM_DAMAGED,
    PROBLEM_OTHER_CENTRE,
    STAMP_FORMAT,
    BackupInfo,
    _check_database,
    _fsync_folder,
    _info,
    _remove_database_files,
    _target_error,
)
from osc_desktop.services.backups.format import BackupHeader, decrypt_backup
from osc_desktop.services.backups.verify import first_chunk_problem, read_backup_info
from osc_desktop.services.cases.erasure import reapply_erasures
from osc_desktop.services.centre.setup import get_centre_profile
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.progress import Progress, no_progress

log = logging.getLogger(__name__)

RESTORING_SUFFIX = ".restoring"


def restore_backup(
    paths: DataPaths,
    backup: Path,
    *,
    database_key: bytes,
    by_user_id: int | None,
    allow_other_centre: bool = False,
    new_passphrase: str | None = None,
    lock_held: bool = False,
    progress: Progress = no_progress,
) -> BackupInfo:
    """Replace the centre's database in `paths` with the one in `backup`.

    The backup is fully decrypted and checked (as `verify_backup` does) before anything in the
    data folder changes. The current database, its -wal/-shm, keystore.json and
    audit-head.json are copied into `before-restore/<UTC stamp>/` (never deleted) and the
    restored file is swapped in with one rename; BACKUP_RESTORED (user `by_user_id`, counts
    only; with no user when that account is not in the backup) is recorded in the restored
    database and audit-head.json is rewritten from it.

    Works on an empty data folder with only the key (the printed recovery key): the key is then
    kept as at first run, in the OS keyring, or behind `new_passphrase` when this computer has
    no secure keyring. The same happens when the folder's key settings do not know the key
    (another centre's database, or settings lost). The caller must have closed any database
    open on `paths`; `lock_held` says the caller already holds the folder's instance lock (the
    app); otherwise it is taken here, so no other copy of the app can be using the folder.

    `progress` hears (bytes decrypted, bytes in all) while the backup is decrypted and
    checked; it may raise Cancelled only then, before anything in the data folder changed.

    Raises:
        Cancelled: from `progress`, with the current database unchanged.
        BackupInUse: OSC Desktop is open on this data folder.
        BackupDamaged, BackupWrongKey, BackupTooNew: the backup cannot be used. When `key`
            opens the centre now in `paths`, a backup it does not open is BackupDamaged
            (labelled with this centre's code) or BackupOfAnotherCentre, as in
            `verify_backup` (see `first_chunk_problem`).
        BackupFromAnotherCentre: the backup's centre code differs from the current centre's,
            or the folder's key settings belong to another key, and `allow_other_centre` is
            False.
        KeyringUnavailable: the key must be kept anew, there is no secure keyring and no
            `new_passphrase` (checked before anything changes; a keyring failing after the
            swap is only logged: the recovery key then opens the restored records).
        BackupTargetMissing: the backup file cannot be read.
        DiskFull, DataFolderNotWritable: the data folder ran out of space or is read-only;
            the current database is then unchanged.
    """
    from osc_desktop.services.centre.instance_lock import InstanceLock

    # What this restore makes, so that a failed one removes it again (and only it).
    missing = _missing_folders(paths.root)
    lock_was_there = paths.instance_lock.exists()
    lock = None if lock_held else InstanceLock(paths)
    if lock is not None:
        try:
            lock.acquire()
        except AlreadyRunning:
            raise BackupInUse("instance lock") from None
    restored = False
    try:
        info = _restore_locked(
            paths, backup, database_key, by_user_id, allow_other_centre, new_passphrase, progress
        )
        restored = True
        return info
    finally:
        if not restored and lock is not None and not lock_was_there:
            # Removed while still held: no other process can have taken it meanwhile.
            with contextlib.suppress(OSError):
                paths.instance_lock.unlink()
        if lock is not None:
            lock.release()
        if not restored:
            _remove_made(paths, missing)


def _restore_locked(
    paths: DataPaths,
    backup: Path,
    key: bytes,
    by_user_id: int | None,
    allow_other_centre: bool,
    new_passphrase: str | None,
    progress: Progress,
) -> BackupInfo:
    info = read_backup_info(backup)  # BackupDamaged / BackupTooNew before any decryption
    if info.schema_revision not in KNOWN_REVISIONS:
        raise BackupTooNew("schema revision")
    keystore = KeyStore(paths.keystore)
    recognised = keystore.recognises(key) if keystore.exists() else None
    other_key = recognised is False and paths.database.exists()
    current_code = _current_centre_code(paths, key, recognised)
    rekey = recognised is not True
    if rekey and new_passphrase is None and not secure_keyring_available():
        raise KeyringUnavailable("no secure keyring and no passphrase")

    restoring = paths.database.with_name(paths.database.name + RESTORING_SUFFIX)
    try:
        ensure_private_dir(paths.root)
        _remove_database_files(restoring)  # left by a restore the power cut short
        _reached("cleared")
        try:
            header = _decrypt_into(backup, restoring, key, progress)
        except BackupWrongKey:
            # The key opened the centre here: the same diagnosis as `verify_backup`.
            problem = first_chunk_problem(info.centre_code, current_code)
            if problem == PROBLEM_DAMAGED:
                raise BackupDamaged("first chunk, the centre's own key") from None
            if problem == PROBLEM_OTHER_CENTRE:
                raise BackupOfAnotherCentre("first chunk, another centre's label") from None
            raise
        _reached("decrypted")
        # Checked once the header is authenticated (and the key known to open the backup).
        if not allow_other_centre and (
            other_key or (current_code is not None and current_code != header.centre_code)
        ):
            raise BackupFromAnotherCentre("centre code")
        if _check_database(restoring, key, header.manifest):
            raise BackupDamaged("restored database fails its checks")
        head = _record_restore(paths, restoring, key, by_user_id, header)
        _reached("recorded")
        if paths.database.exists():
            if recognised is not False:
                _fold_wal(paths, key)
            _keep_aside(paths)
        _reached("kept aside")
        # The anchor and (for a new key) the key settings describe the old database: remove
        # them before the swap, so a power cut never pairs them with the restored one. So do
        # its -wal/-shm: SQLite would apply a stale WAL to the new file. Its WAL was folded in
        # above when the key opens it; otherwise (another key) the full set is kept aside.
        paths.audit_anchor.unlink(missing_ok=True)
        if rekey:
            paths.keystore.unlink(missing_ok=True)
        for sidecar in paths.database_sidecars():
            sidecar.unlink(missing_ok=True)
        _reached("sidecars removed")
        os.replace(restoring, paths.database)
        _fsync_folder(paths.root)
        _reached("swapped")
    except OSError as exc:
        raise classify_os_error(exc) from None
    finally:
        _remove_database_files(restoring)
    AuditAnchor(paths.audit_anchor).write(*head)
    _keep_key(paths, key, new_passphrase, rekey)
    log.info("backup restored: %d tables", len(header.manifest))
    return _info(backup, header, info.size)


def _missing_folders(folder: Path) -> list[Path]:
    """`folder` and those of its parents that do not exist yet, deepest first."""
    missing: list[Path] = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    return missing


def _remove_made(paths: DataPaths, folders: list[Path]) -> None:
    """Remove the folders a failed restore made (`folders`, deepest first), where they hold
    nothing else. Never raises."""
    if folders:
        with contextlib.suppress(OSError):
            paths.pre_migration_dir.rmdir()  # an empty leftover of the schema check
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty: never anything another process put there


def _keep_key(paths: DataPaths, key: bytes, new_passphrase: str | None, rekey: bool) -> None:
    """Keep the key of the restored database on this computer.

    With `rekey` (an empty folder, lost or another key's settings) as at first run; should
    the keyring fail now, the restored database is in place without key settings and the
    recovery key opens it (FolderState.RECOVERY). Otherwise the settings already know the
    key; if the OS keyring lost it (a Windows account reset), it is saved there again.

    Raises:
        DiskFull, DataFolderNotWritable: keystore.json could not be written.
    """
    keystore = KeyStore(paths.keystore)
    try:
        if rekey:
            keystore.remember(key, new_passphrase)
            return
        if keystore.read().storage is KeyStorage.KEYRING:
            try:
                keystore.load_from_keyring()
            except (KeyMissing, KeyringUnavailable):
                keystore.remember(key, new_passphrase)
    except KeyringUnavailable:
        # The restore itself is done: the next start asks for the recovery key, which opens
        # the restored database and saves the key again.
        log.warning("could not save the key on this computer after a restore")
    except OSError as exc:
        raise classify_os_error(exc) from None


def _reached(step: str) -> None:
    """A named point of the restore (tests simulate a power cut at each one)."""


def _current_centre_code(paths: DataPaths, key: bytes, recognised: bool | None) -> str | None:
    """The code of the centre now in `paths`, if its database opens with `key`; else None."""
    if recognised is False or not paths.database.exists():
        return None
    try:
        engine = open_database(paths.database, key, recognised)
    except StorageError:
        return None
    try:
        with Database(engine).unit_of_work() as uow:
            profile = get_centre_profile(uow)
    except (StorageError, DBAPIError):
        return None
    finally:
        engine.dispose()
    return None if profile is None else profile.code


def _decrypt_into(
    backup: Path, restoring: Path, key: bytes, progress: Progress = no_progress
) -> BackupHeader:
    try:
        source = backup.open("rb")
    except OSError as exc:
        raise _target_error(exc) from None
    with source, restoring.open("wb") as target:
        header = decrypt_backup(source, target, database_key=key, progress=progress)
        target.flush()
        os.fsync(target.fileno())
    return header


def _record_restore(
    paths: DataPaths, restoring: Path, key: bytes, by_user_id: int | None, header: BackupHeader
) -> tuple[int, str]:
    """Bring the restored file to this version's schema, record BACKUP_RESTORED in it, erase
    again the cases erased on this computer (erased-cases.json), fold its WAL into the file;
    the newest audit event's (id, hash)."""
    try:
        engine = open_database(restoring, key, True)
        try:
            upgrade_to_head(engine, restoring, paths.pre_migration_dir)
            database = Database(engine)
            with database.unit_of_work() as uow:
                uow.lock_for_writing()
                details: dict[str, object] = {"tables": len(header.manifest)}
                user_id = by_user_id
                if user_id is not None and uow.session.get(StaffUser, user_id) is None:
                    # An account made after this backup (or another centre's): not in it.
                    user_id, details["by_account_not_in_backup"] = None, True
                record_event(
                    uow.session,
                    user_id=user_id,
                    action=AuditAction.BACKUP_RESTORED,
                    details=details,
                )
                # Erased since the backup was made: she must not come back with it.
                reapply_erasures(uow.session, ErasedCases(paths.erased_cases).read())
                uow.commit()
            with database.unit_of_work() as uow:
                newest = uow.session.execute(
                    select(AuditEvent.id, AuditEvent.row_hash)
                    .order_by(AuditEvent.id.desc())
                    .limit(1)
                ).one()
            with engine.connect() as conn:
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        finally:
            engine.dispose()
    except DBAPIError as exc:
        raise classify_database_error(exc, True, in_use=True) from None
    return int(newest[0]), str(newest[1])


def _fold_wal(paths: DataPaths, key: bytes) -> None:
    """Fold the current database's WAL into its file, when it opens; a failure is left alone
    (the -wal file is kept aside with it either way)."""
    try:
        engine = open_database(paths.database, key, None)
    except StorageError:
        return
    try:
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    except DBAPIError:
        log.warning("could not fold the WAL before a restore")
    finally:
        engine.dispose()


def _keep_aside(paths: DataPaths) -> Path:
    """Copy the current database files into `before-restore/<UTC stamp>/`, fsynced."""
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    aside = paths.before_restore_dir / stamp
    number = 1
    while aside.exists():
        number += 1
        aside = paths.before_restore_dir / f"{stamp}-{number}"
    ensure_private_dir(aside)
    for path in (
        paths.database,
        *paths.database_sidecars(),
        paths.keystore,
        paths.audit_anchor,
    ):
        if path.exists():
            copied = aside / path.name
            shutil.copyfile(path, copied)
            with copied.open("rb+") as handle:
                os.fsync(handle.fileno())
    _fsync_folder(aside)
    _fsync_folder(aside.parent)
    return aside
