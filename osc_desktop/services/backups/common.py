"""What making, checking and restoring backups share: the file names, the result types, the
problem codes and the SQLCipher helpers (the file format itself is `format`, see
docs/backup-format.md)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from osc_desktop.errors import BackupError, BackupTargetFull, BackupTargetMissing
from osc_desktop.fileutil import HeldFile
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.services.backups.format import BackupHeader

BACKUP_PREFIX = "osc-"
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_SIDECARS = ("-wal", "-shm", "-journal")

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


def backup_file_name(centre_code: str, created_at: datetime) -> str:
    """`osc-<centre code>-<UTC yyyymmddThhmmssZ>.oscbackup`: no survivor data, sorts by time."""
    safe_code = re.sub(r"[^A-Za-z0-9_-]", "_", centre_code)[:40] or "centre"
    return f"{BACKUP_PREFIX}{safe_code}-{created_at.astimezone(UTC).strftime(STAMP_FORMAT)}"


def _target_error(exc: OSError) -> BackupError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return BackupTargetFull("disk")
    return BackupTargetMissing(f"os error {exc.errno}")


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
