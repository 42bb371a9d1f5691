"""Make, check, list and restore the centre's encrypted backups (issue 5; format in
`backup_format` and docs/backup-format.md).

**The snapshot.** The database file is already encrypted page by page with the database key K
(SQLCipher), so the snapshot is the file's own bytes, copied while a read transaction pins a
state that lives wholly in that file (`_raw_snapshot`):

1. A guard connection takes the write lock (`BEGIN IMMEDIATE`, waiting at most
   `GUARD_TIMEOUT_S` for a writer to finish): from now on no transaction can commit, so no
   frame can be added to the WAL.
2. A second connection runs `PRAGMA wal_checkpoint(PASSIVE)`. Only if it reports not busy and
   as many frames checkpointed as the WAL holds is every committed page in the main file.
3. That connection begins a read transaction (`BEGIN` and one read). With the WAL wholly
   checkpointed SQLite's reader takes WAL_READ_LOCK(0) and ignores the WAL: its snapshot is the
   main file. A checkpoint needs that lock exclusively before it writes a page into the main
   file, so while this read lasts nothing writes the file (writers go on appending to, or
   restarting, the WAL, which this reader never looks at). See wal.c (walTryBeginRead,
   walCheckpoint) and sqlite.org/wal.html.
4. The guard rolls back (writers go on), the first `page_count * page_size` bytes of the file
   are copied into a new file in the data folder, the row counts of the manifest are taken in
   the same read transaction, and it ends.

The guard is what makes step 3 safe: without it a writer could commit between the checkpoint
and the read, the reader would then need WAL frames, and a checkpoint could write into the file
during the copy (a stress test that waited 10 ms there got a torn copy). The copy is SQLCipher
ciphertext, exactly as on disk: it opens only with K (a test checks that plain sqlite3 cannot
read it, another that snapshots taken while a writer commits without pause pass
`integrity_check` and `cipher_integrity_check` and hold the counted rows). On POSIX the file is
read through one descriptor per file kept open for the life of the process, because closing
any descriptor of a file drops every fcntl lock the process holds on it, SQLite's included.

When another reader still needs WAL frames (the checkpoint cannot finish), a writer holds the
lock longer than the guard waits, or the database is not in WAL mode, nothing is copied and
the snapshot falls back to the SQLite online backup API (sqlcipher3's `Connection.backup`, one
step under one read lock, into a new file keyed with K before the first page: SQLCipher refuses
to copy encrypted pages into a target without a key, so that copy can never come out as plain
SQLite either). It decrypts and re-encrypts every page, about 5 s for 264 MiB against about
0.3 s for the raw copy. Either snapshot lives in the data folder (never the system temp dir)
and is removed in `finally`. It is held while it exists (`fileutil.create_held_file`), so
what a killed backup left is removed at the next start or backup (`leftovers`), and a backup
running in another process on the same folder keeps its own.

**The file.** The row count of every table is taken in the snapshot's own read transaction (or
from the snapshot, after the fallback), so it matches the payload exactly. The snapshot is then
stream-encrypted into `<folder>/.osc-backup-*.partial`, fsynced and renamed to
`osc-<centre code>-<UTC yyyymmddThhmmssZ>.oscbackup`; the folder is fsynced too. A file that is
not complete never has the `.oscbackup` suffix, and a partial one is removed on any error. No
survivor data is in the name, the header or any log.

**Verify** decrypts into a temporary file in the system temp dir. That is acceptable only because
the payload is itself the SQLCipher-encrypted database: the plaintext of the backup is
ciphertext. It then opens that file with K and runs `PRAGMA integrity_check`,
`PRAGMA cipher_integrity_check` (every page's HMAC) and compares the row counts with the
manifest.

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
import errno
import logging
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from osc_desktop import __version__
from osc_desktop.db.audit_anchor import AuditAnchor
from osc_desktop.db.engine import classify_database_error, classify_os_error, open_database
from osc_desktop.db.erased_cases import ErasedCases
from osc_desktop.db.migrate import upgrade_to_head
from osc_desktop.db.schema_version import KNOWN_REVISIONS
from osc_desktop.db.unit_of_work import Database
from osc_desktop.errors import (
    AlreadyRunning,
    BackupDamaged,
    BackupError,
    BackupFromAnotherCentre,
    BackupInUse,
    BackupOfAnotherCentre,
    BackupTargetFull,
    BackupTargetMissing,
    BackupTooNew,
    BackupWrongKey,
    KeyMissing,
    KeyringUnavailable,
    StorageError,
)
from osc_desktop.fileutil import HeldFile, create_held_file
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.paths import DataPaths, ensure_private_dir, make_dir_private
from osc_desktop.security.keystore import KeyStorage, KeyStore, secure_keyring_available
from osc_desktop.services.backups.format import (
    BACKUP_SUFFIX,
    DEFAULT_CHUNK_SIZE,
    BackupHeader,
    decrypt_backup,
    read_header,
    write_backup,
)
from osc_desktop.services.cases.erasure import reapply_erasures
from osc_desktop.services.centre.leftovers import (
    PARTIAL_PREFIX,
    PARTIAL_SUFFIX,
    SNAPSHOT_PREFIX,
    SNAPSHOT_SUFFIX,
    remove_left_partials,
    remove_leftovers,
)
from osc_desktop.services.centre.setup import get_centre_profile
from osc_desktop.services.centre.storage import OpenCentre
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require

log = logging.getLogger(__name__)

BACKUP_PREFIX = "osc-"
RESTORING_SUFFIX = ".restoring"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
CHUNK_SIZE = DEFAULT_CHUNK_SIZE  # 1 MiB of payload per authenticated chunk
_SIDECARS = ("-wal", "-shm", "-journal")
# A raw snapshot waits this long for a writer to finish, then uses the backup API instead.
GUARD_TIMEOUT_S = 0.5
RAW_COPY_CHUNK = 8 * 1024 * 1024

# VerifyResult.problem values, and what the app shows for each ("backups" context).
PROBLEM_OK = ""
PROBLEM_DAMAGED = "damaged"
PROBLEM_WRONG_KEY = "wrong_key"
PROBLEM_OTHER_CENTRE = "other_centre"
PROBLEM_TOO_NEW = "too_new"
PROBLEM_INTEGRITY = "integrity"
PROBLEM_MANIFEST = "manifest"
PROBLEM_MESSAGES: dict[str, str] = {
    PROBLEM_OK: QT_TRANSLATE_NOOP("backups", "The backup is complete and can be restored."),
    PROBLEM_DAMAGED: QT_TRANSLATE_NOOP(
        "backups", "The backup file is damaged, incomplete or has been altered."
    ),
    PROBLEM_WRONG_KEY: QT_TRANSLATE_NOOP(
        "backups", "The key does not open this backup: a wrong key, or another centre's backup."
    ),
    PROBLEM_OTHER_CENTRE: QT_TRANSLATE_NOOP("backups", "This backup belongs to another centre."),
    PROBLEM_TOO_NEW: QT_TRANSLATE_NOOP(
        "backups", "This backup was made by a newer version of OSC Desktop."
    ),
    PROBLEM_INTEGRITY: QT_TRANSLATE_NOOP(
        "backups", "The database inside the backup fails its integrity check."
    ),
    PROBLEM_MANIFEST: QT_TRANSLATE_NOOP(
        "backups", "The database inside the backup does not hold the records its label lists."
    ),
}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as its header describes it (counts and codes only)."""

    path: Path
    created_at: datetime
    centre_code: str
    schema_revision: str
    app_version: str
    size: int
    manifest: dict[str, int]


@dataclass(frozen=True)
class VerifyResult:
    """Whether a backup can be restored; `problem` is one of the PROBLEM_* codes ("" when ok)."""

    path: Path
    ok: bool
    problem: str


# --------------------------------------------------------------------------- create


def create_backup(
    centre: OpenCentre,
    folder: Path,
    *,
    by: Actor | None,
    now: datetime | None = None,
    make_parents: bool = False,
) -> BackupInfo:
    """Back up the open centre's database into `folder` as one encrypted `.oscbackup` file.

    With `by` the actor needs MANAGE_BACKUPS; the command line runs as the machine (`by`
    None, audited with no user). `folder` is made (private, 700) if only its last part is
    missing (a new folder on a plugged-in drive), or with `make_parents` (a folder typed on
    the command line) with every missing parent too; a missing drive is an error either way
    (see `_prepare_folder`). The scheduled backup keeps the strict rule: its folder was
    there when chosen, so a missing parent means a drive that is gone. Existing files in
    `folder` are never changed; an unfinished file is removed.

    Raises:
        PermissionDenied, SessionEnded: see `permissions.require`.
        BackupTargetMissing: the folder or its drive is gone (USB drive removed).
        BackupTargetFull: the backup drive ran out of space.
        DiskFull, DataFolderNotWritable, DatabaseDamaged, DatabaseWriteFailed: making the
            snapshot in the data folder failed.
        ValueError: `centre` carries no database key (a programming error).
    """
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    key = _key_of(centre)
    if by is not None:
        with centre.database.unit_of_work() as uow:
            require(uow, by, Permission.MANAGE_BACKUPS)
    _prepare_folder(folder, make_parents)
    remove_leftovers(centre.paths)
    remove_left_partials(folder)
    try:
        # Held while it exists, so a cleaner in another process never takes it for a left one.
        held = create_held_file(centre.paths.root, SNAPSHOT_PREFIX, SNAPSHOT_SUFFIX)
    except OSError as exc:
        raise classify_os_error(exc) from None
    snapshot = held.path
    try:
        manifest = _snapshot(centre, snapshot, key)
        header = BackupHeader.new(
            created_at=moment,
            app_version=__version__,
            schema_revision=centre.schema_revision,
            centre_code=centre.profile.code,
            manifest=manifest,
            payload_bytes=snapshot.stat().st_size,
            chunk_size=CHUNK_SIZE,
        )
        final = _write_into_folder(snapshot, folder, key, header, moment)
    finally:
        _remove_database_files(snapshot, held)
    size = final.stat().st_size
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        record_event(
            uow.session,
            user_id=by.user_id if by is not None else None,
            action=AuditAction.BACKUP_CREATED,
            details={"tables": len(manifest), "bytes": size},
            now=moment,
        )
        uow.commit()
    log.info("backup made: %d tables, %d bytes", len(manifest), size)
    return BackupInfo(
        final,
        header.created_at,
        header.centre_code,
        header.schema_revision,
        header.app_version,
        size,
        dict(manifest),
    )


def backup_file_name(centre_code: str, created_at: datetime) -> str:
    """`osc-<centre code>-<UTC yyyymmddThhmmssZ>.oscbackup`: no survivor data, sorts by time."""
    safe_code = re.sub(r"[^A-Za-z0-9_-]", "_", centre_code)[:40] or "centre"
    return f"{BACKUP_PREFIX}{safe_code}-{created_at.astimezone(UTC).strftime(STAMP_FORMAT)}"


def _key_of(centre: OpenCentre) -> bytes:
    if len(centre.database_key) != 32:
        raise ValueError("the open centre carries no database key")
    return centre.database_key


def _prepare_folder(folder: Path, make_parents: bool) -> None:
    """Make `folder` (with `make_parents`, its missing parents too), each private (700),
    unless its drive is missing: on Windows a drive letter that does not exist, elsewhere a
    folder right under a mount root (`/media/<user>`, `/run/media/<user>`, `/mnt`,
    `/Volumes`), where an unplugged drive leaves only its empty mount root. Writing there
    would fill the system disk instead."""
    try:
        if folder.is_dir():
            make_dir_private(folder)  # one that existed open to others (755); never raises
            return
        missing: list[Path] = []
        existing = folder
        while not existing.exists():
            if existing.parent == existing:
                raise BackupTargetMissing("drive")  # a Windows drive letter not plugged in
            missing.append(existing)
            existing = existing.parent
        if not existing.is_dir():
            raise BackupTargetMissing("a file, not a folder")
        if len(missing) > 1 and (not make_parents or _is_mount_root(existing)):
            raise BackupTargetMissing("drive")
        for part in reversed(missing):
            part.mkdir(mode=0o700)
    except OSError as exc:
        raise _target_error(exc) from None


def _media_roots() -> list[Path]:
    """Folders under which the system mounts removable drives (none on Windows: drive
    letters)."""
    if os.name == "nt":
        return []
    return [Path("/media"), Path("/run/media"), Path("/mnt"), Path("/Volumes")]


def _is_mount_root(folder: Path) -> bool:
    """Whether `folder` is where drives get mounted (a media root, or a user's folder in one)
    rather than a mounted drive itself."""
    folder = folder.absolute()
    if os.path.ismount(folder):
        return False
    return any(folder in (root, root / folder.name) for root in _media_roots())


def _snapshot(centre: OpenCentre, snapshot: Path, key: bytes) -> dict[str, int]:
    """Copy the live database into `snapshot` (encrypted with `key`); its table row counts.

    The raw copy of the file when the WAL can be emptied (see the module docstring), else the
    online backup API."""
    try:
        manifest = _raw_snapshot(centre.paths.database, snapshot, key)
        if manifest is None:
            manifest = _online_snapshot(centre, snapshot, key)
    except (sqlcipher.Error, DBAPIError) as exc:
        raise classify_database_error(exc, True, in_use=True) from None
    except OSError as exc:
        raise classify_os_error(exc) from None
    return manifest


def _online_snapshot(centre: OpenCentre, snapshot: Path, key: bytes) -> dict[str, int]:
    """The fallback: sqlcipher3's `Connection.backup` into `snapshot`, keyed with `key`."""
    target = _connect(snapshot, key)
    try:
        with centre.database.engine.connect() as conn:
            source = conn.connection.driver_connection
            # One step (-1: all pages) under one read lock: a consistent snapshot.
            source.backup(target, pages=-1)  # type: ignore[union-attr]
        return _row_counts(target)
    finally:
        target.close()


def _raw_snapshot(database: Path, snapshot: Path, key: bytes) -> dict[str, int] | None:
    """Copy the database file byte for byte into `snapshot` under a read transaction that
    reads no WAL frame; its row counts, from inside that transaction. None (nothing copied)
    when a writer or a reader keeps the WAL from being emptied: then use the backup API."""
    guard = sqlcipher.connect(str(database), isolation_level=None, timeout=GUARD_TIMEOUT_S)
    reader: sqlcipher.Connection | None = None
    try:
        guard.execute("PRAGMA cipher_log_level = NONE")
        guard.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            # The write lock: no transaction commits (no WAL frame appears) until we let go.
            guard.execute("BEGIN IMMEDIATE")
        except sqlcipher.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                return None
            raise
        reader = _connect(database, key)
        busy, log_frames, done = reader.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if busy or log_frames < 0 or log_frames != done:
            return None  # a reader still needs WAL frames, or the database is not in WAL mode
        # Every WAL frame is in the file now, so this read ignores the WAL (WAL_READ_LOCK(0)),
        # and while it lasts no checkpoint can write into the file.
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        guard.execute("ROLLBACK")
        page_count = int(reader.execute("PRAGMA page_count").fetchone()[0])
        page_size = int(reader.execute("PRAGMA page_size").fetchone()[0])
        _copy_file_prefix(database, snapshot, page_count * page_size)
        manifest = _row_counts(reader)
        reader.execute("COMMIT")
        return manifest
    finally:
        if reader is not None:
            reader.close()
        guard.close()


# Descriptors of database files opened for raw copies, by (device, inode). On POSIX, closing any
# descriptor of a file drops every fcntl lock this process holds on it, SQLite's included (see
# "How To Corrupt An SQLite Database File", 2.2), so they stay open while the process lives.
_RAW_DESCRIPTORS: dict[tuple[int, int], int] = {}
_RAW_LOCK = threading.Lock()


def _copy_file_prefix(source: Path, target: Path, size: int) -> None:
    """Copy the first `size` bytes of `source` into `target`."""
    with target.open("wb") as out:
        if os.name == "nt":  # Windows locks belong to a handle: closing ours drops none
            with source.open("rb") as handle:
                copied = 0
                while copied < size and (data := handle.read(min(RAW_COPY_CHUNK, size - copied))):
                    out.write(data)
                    copied += len(data)
        else:
            fd = _raw_descriptor(source)
            copied = 0
            while copied < size and (
                data := os.pread(fd, min(RAW_COPY_CHUNK, size - copied), copied)
            ):
                out.write(data)
                copied += len(data)
    if copied != size:
        raise OSError(errno.EIO, "the database file is shorter than its page count")


def _raw_descriptor(path: Path) -> int:
    """A read-only descriptor of the file at `path`, opened once per file and process."""
    with _RAW_LOCK:
        ident = os.stat(path)
        key = (ident.st_dev, ident.st_ino)
        fd = _RAW_DESCRIPTORS.get(key)
        if fd is None:
            fd = os.open(path, os.O_RDONLY)
            opened = os.fstat(fd)
            # Kept whatever it is: closing it could drop SQLite's locks on that file.
            _RAW_DESCRIPTORS[(opened.st_dev, opened.st_ino)] = fd
            if (opened.st_dev, opened.st_ino) != key:
                raise OSError(errno.EAGAIN, "the database file was replaced while copying")
        return fd


def _write_into_folder(
    snapshot: Path, folder: Path, key: bytes, header: BackupHeader, moment: datetime
) -> Path:
    """Encrypt `snapshot` into `folder`: temporary name, fsync, rename, fsync the folder."""
    partial: HeldFile | None = None
    try:
        partial = create_held_file(folder, PARTIAL_PREFIX, PARTIAL_SUFFIX)
        with snapshot.open("rb") as source, open(os.dup(partial.fileno()), "r+b") as target:
            write_backup(source, target, database_key=key, header=header)
            target.flush()
            os.fsync(target.fileno())
        final = _free_name(folder, backup_file_name(header.centre_code, moment))
        if os.name == "nt":  # Windows renames no file that is open
            partial.release()
        os.replace(partial.path, final)
        partial.release()
        partial = None
        _fsync_folder(folder)
        return final
    except OSError as exc:
        raise _target_error(exc) from None
    finally:
        if partial is not None:
            partial.remove()


def _free_name(folder: Path, stem: str) -> Path:
    """`stem.oscbackup`, or `stem-2.oscbackup`... if a backup of that second exists already."""
    candidate = folder / f"{stem}{BACKUP_SUFFIX}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{BACKUP_SUFFIX}"
    return candidate


def _target_error(exc: OSError) -> BackupError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return BackupTargetFull("disk")
    return BackupTargetMissing(f"os error {exc.errno}")


# --------------------------------------------------------------------------- verify, list


def verify_backup(
    path: Path, *, database_key: bytes, expected_centre: str | None = None
) -> VerifyResult:
    """Check that a backup is whole, opens with `database_key` and holds what its label says.

    Decrypts into a temporary file (in the system temp dir: the payload is itself the
    SQLCipher-encrypted database), opens it with the key, runs `integrity_check` and
    `cipher_integrity_check`, and compares each table's row count with the manifest.

    `expected_centre` is for the running centre checking its own backups with its own key: a
    backup labelled with another centre code then fails as "other_centre", and one labelled
    with this centre's code that the key does not open as "damaged". AES-GCM cannot tell a
    wrong key from an altered first chunk, but this key is known to be the centre's (it opened
    the database), so alteration is the one explanation left (short of an earlier set-up of a
    centre with the same code, whose backups are unusable either way). Without it, such a
    backup fails as "wrong_key".

    Raises:
        BackupTargetMissing: the file cannot be read (missing, drive removed).
        BackupTargetFull: no room in the temp dir for the decrypted copy.
    """
    fd, name = tempfile.mkstemp(prefix="osc-verify-", suffix=".db")
    temporary = Path(name)
    labelled: str | None = None
    try:
        with os.fdopen(fd, "wb") as target, path.open("rb") as source:
            labelled = read_header(source).centre_code
            source.seek(0)
            header = decrypt_backup(source, target, database_key=database_key)
        problem = _problem_of_header(header, expected_centre)
        if not problem:
            problem = _check_database(temporary, database_key, header.manifest)
    except BackupTooNew:
        problem = PROBLEM_TOO_NEW
    except BackupWrongKey:
        problem = first_chunk_problem(labelled, expected_centre)
    except BackupDamaged:
        problem = PROBLEM_DAMAGED
    except OSError as exc:
        raise _target_error(exc) from None
    finally:
        _remove_database_files(temporary)
    return VerifyResult(path, not problem, problem)


def first_chunk_problem(labelled: str | None, own_centre: str | None) -> str:
    """What a backup whose first chunk does not authenticate means: the one diagnosis that
    verify and restore share.

    AES-GCM cannot tell a wrong key from an altered header (salt) or first chunk. When the key
    is known to be the centre's own (it opened the centre `own_centre`), a backup labelled with
    that code is damaged (PROBLEM_DAMAGED) and one labelled otherwise is another centre's
    (PROBLEM_OTHER_CENTRE); with a key of unknown origin (a typed recovery key) it is
    PROBLEM_WRONG_KEY.
    """
    if own_centre is None:
        return PROBLEM_WRONG_KEY
    return PROBLEM_DAMAGED if labelled == own_centre else PROBLEM_OTHER_CENTRE


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder` (not its subfolders), newest first.

    Only the headers are read (no key needed; their values are unauthenticated until
    verified). Files that are not backups, or that this version cannot read, are skipped.

    Raises:
        BackupTargetMissing: the folder cannot be read.
    """
    try:
        candidates = [p for p in folder.iterdir() if p.name.endswith(BACKUP_SUFFIX)]
    except OSError as exc:
        raise _target_error(exc) from None
    found: list[BackupInfo] = []
    for path in candidates:
        try:
            with path.open("rb") as source:
                header = read_header(source)
            size = path.stat().st_size
        except (BackupDamaged, BackupTooNew, OSError):
            continue
        found.append(_info(path, header, size))
    found.sort(key=lambda info: (info.created_at, info.path.name), reverse=True)
    return found


def read_backup_info(path: Path) -> BackupInfo:
    """What the backup at `path` says about itself (unauthenticated; no key needed).

    Raises:
        BackupDamaged, BackupTooNew: see `backup_format.read_header`.
        BackupTargetMissing: the file cannot be read.
    """
    try:
        with path.open("rb") as source:
            header = read_header(source)
        return _info(path, header, path.stat().st_size)
    except OSError as exc:
        raise _target_error(exc) from None


def _info(path: Path, header: BackupHeader, size: int) -> BackupInfo:
    return BackupInfo(
        path,
        header.created_at,
        header.centre_code,
        header.schema_revision,
        header.app_version,
        size,
        dict(header.manifest),
    )


def _problem_of_header(header: BackupHeader, expected_centre: str | None) -> str:
    if header.schema_revision not in KNOWN_REVISIONS:
        return PROBLEM_TOO_NEW
    if expected_centre is not None and header.centre_code != expected_centre:
        return PROBLEM_OTHER_CENTRE
    return PROBLEM_OK


def _check_database(path: Path, key: bytes, manifest: dict[str, int]) -> str:
    """PROBLEM_OK, PROBLEM_INTEGRITY or PROBLEM_MANIFEST for the decrypted database at `path`."""
    try:
        conn = _connect(path, key)
        try:
            conn.execute("PRAGMA query_only = ON")
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check(10)")]
            if integrity != ["ok"]:
                return PROBLEM_INTEGRITY
            with contextlib.suppress(sqlcipher.OperationalError):  # older SQLCipher
                if conn.execute("PRAGMA cipher_integrity_check").fetchone() is not None:
                    return PROBLEM_INTEGRITY
            counts = _row_counts(conn)
        finally:
            conn.close()
    except sqlcipher.Error:
        return PROBLEM_INTEGRITY
    return PROBLEM_OK if counts == manifest else PROBLEM_MANIFEST


# --------------------------------------------------------------------------- restore


def restore_backup(
    paths: DataPaths,
    backup: Path,
    *,
    database_key: bytes,
    by_user_id: int | None,
    allow_other_centre: bool = False,
    new_passphrase: str | None = None,
    lock_held: bool = False,
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

    Raises:
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
            paths, backup, database_key, by_user_id, allow_other_centre, new_passphrase
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
            header = _decrypt_into(backup, restoring, key)
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


def _decrypt_into(backup: Path, restoring: Path, key: bytes) -> BackupHeader:
    try:
        source = backup.open("rb")
    except OSError as exc:
        raise _target_error(exc) from None
    with source, restoring.open("wb") as target:
        header = decrypt_backup(source, target, database_key=key)
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


# --------------------------------------------------------------------------- helpers


def _connect(path: Path, key: bytes) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    except BaseException:
        conn.close()
        raise
    return conn


def _row_counts(conn: sqlcipher.Connection) -> dict[str, int]:
    """The row count of every ordinary table (FTS5 shadow tables included, virtual not)."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    counts: dict[str, int] = {}
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    return counts


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows cannot open folders and needs none)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_database_files(path: Path, held: HeldFile | None = None) -> None:
    """Remove a database file and its SQLite sidecars; `held`: this process's hold on it."""
    if held is not None:
        held.remove()
    for candidate in (path, *(path.with_name(path.name + s) for s in _SIDECARS)):
        with contextlib.suppress(OSError):
            candidate.unlink()
