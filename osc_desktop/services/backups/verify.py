"""Check, list and read the centre's encrypted backups (issue 5).

**Verify** decrypts into a temporary file in the system temp dir. That is acceptable only because
the payload is itself the SQLCipher-encrypted database: the plaintext of the backup is
ciphertext. It then opens that file with the database key K and runs `PRAGMA integrity_check`,
`PRAGMA cipher_integrity_check` (every page's HMAC) and compares the row counts with the
manifest.

Listing and reading a backup's information need no key: only the header is read, and its
values are unauthenticated until verified.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from osc_desktop.db.schema_version import KNOWN_REVISIONS
from osc_desktop.errors import BackupDamaged, BackupTooNew, BackupWrongKey
from osc_desktop.services.backups.common import (
    PROBLEM_DAMAGED,
    PROBLEM_OK,
    PROBLEM_OTHER_CENTRE,
    PROBLEM_TOO_NEW,
    PROBLEM_WRONG_KEY,
    BackupInfo,
    VerifyResult,
    _check_database,
    _info,
    _remove_database_files,
    _target_error,
)
from osc_desktop.services.backups.format import (
    BACKUP_SUFFIX,
    BackupHeader,
    decrypt_backup,
    read_header,
)
from osc_desktop.services.core.progress import Progress, no_progress


def verify_backup(
    path: Path,
    *,
    database_key: bytes,
    expected_centre: str | None = None,
    progress: Progress = no_progress,
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

    `progress` hears (bytes decrypted, bytes in all) after each chunk; the temporary copy is
    removed whether it finishes or raises.

    Raises:
        Cancelled: from `progress`.
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
            header = decrypt_backup(source, target, database_key=database_key, progress=progress)
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
        BackupDamaged, BackupTooNew: see `format.read_header`.
        BackupTargetMissing: the file cannot be read.
    """
    try:
        with path.open("rb") as source:
            header = read_header(source)
        return _info(path, header, path.stat().st_size)
    except OSError as exc:
        raise _target_error(exc) from None


def _problem_of_header(header: BackupHeader, expected_centre: str | None) -> str:
    if header.schema_revision not in KNOWN_REVISIONS:
        return PROBLEM_TOO_NEW
    if expected_centre is not None and header.centre_code != expected_centre:
        return PROBLEM_OTHER_CENTRE
    return PROBLEM_OK
