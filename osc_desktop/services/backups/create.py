"""Make the centre's encrypted backups (issue 5; format in `format` and docs/backup-format.md).

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
"""

from __future__ import annotations

import errno
import logging
import os
import threading
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.exc import DBAPIError

from osc_desktop import __version__
from osc_desktop.db.engine import classify_database_error, classify_os_error
from osc_desktop.errors import BackupTargetMissing
from osc_desktop.fileutil import HeldFile, create_held_file
from osc_desktop.paths import make_dir_private
from osc_desktop.services.backups.common import (
    BackupInfo,
    _connect,
    _fsync_folder,
    _remove_database_files,
    _row_counts,
    _target_error,
    backup_file_name,
)
from osc_desktop.services.backups.format import (
    BACKUP_SUFFIX,
    DEFAULT_CHUNK_SIZE,
    BackupHeader,
    write_backup,
)
from osc_desktop.services.centre.leftovers import (
    PARTIAL_PREFIX,
    PARTIAL_SUFFIX,
    SNAPSHOT_PREFIX,
    SNAPSHOT_SUFFIX,
    remove_left_partials,
    remove_leftovers,
)
from osc_desktop.services.centre.storage import OpenCentre
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.services.core.progress import Progress, no_progress

log = logging.getLogger(__name__)

CHUNK_SIZE = DEFAULT_CHUNK_SIZE  # 1 MiB of payload per authenticated chunk
# A raw snapshot waits this long for a writer to finish, then uses the backup API instead.
GUARD_TIMEOUT_S = 0.5
RAW_COPY_CHUNK = 8 * 1024 * 1024


def create_backup(
    centre: OpenCentre,
    folder: Path,
    *,
    by: Actor | None,
    now: datetime | None = None,
    make_parents: bool = False,
    progress: Progress = no_progress,
) -> BackupInfo:
    """Back up the open centre's database into `folder` as one encrypted `.oscbackup` file.

    With `by` the actor needs MANAGE_BACKUPS; the command line runs as the machine (`by`
    None, audited with no user). `folder` is made (private, 700) if only its last part is
    missing (a new folder on a plugged-in drive), or with `make_parents` (a folder typed on
    the command line) with every missing parent too; a missing drive is an error either way
    (see `_prepare_folder`). The scheduled backup keeps the strict rule: its folder was
    there when chosen, so a missing parent means a drive that is gone. Existing files in
    `folder` are never changed; an unfinished file is removed.

    `progress` hears (bytes encrypted, bytes in all) after each chunk; when it raises
    Cancelled, the unfinished file and the snapshot are removed and nothing is recorded.

    Raises:
        Cancelled: from `progress`.
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
        final = _write_into_folder(snapshot, folder, key, header, moment, progress)
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
    snapshot: Path,
    folder: Path,
    key: bytes,
    header: BackupHeader,
    moment: datetime,
    progress: Progress = no_progress,
) -> Path:
    """Encrypt `snapshot` into `folder`: temporary name, fsync, rename, fsync the folder."""
    partial: HeldFile | None = None
    try:
        partial = create_held_file(folder, PARTIAL_PREFIX, PARTIAL_SUFFIX)
        with snapshot.open("rb") as source, open(os.dup(partial.fileno()), "r+b") as target:
            write_backup(source, target, database_key=key, header=header, progress=progress)
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
