"""What the `backup` commands share: the exit code of an error, the recovery key as given."""

from __future__ import annotations

import sys
from pathlib import Path

from osc_desktop.cli.exit_codes import (
    EXIT_BACKUP_DAMAGED,
    EXIT_BACKUP_IO,
    EXIT_BACKUP_TOO_NEW,
    EXIT_BACKUP_WRONG_KEY,
    EXIT_CANNOT_OPEN,
)
from osc_desktop.cli.headless import BadArgument, CannotOpen


def backup_exit_code(error: Exception) -> int:
    """The exit code for an error met by a `backup` command (see BACKUP_EXIT_CODES)."""
    from osc_desktop.errors import (
        BackupDamaged,
        BackupFromAnotherCentre,
        BackupTargetFull,
        BackupTargetMissing,
        BackupTooNew,
        BackupWrongKey,
        DiskFull,
        WrongKey,
    )

    if isinstance(error, BackupDamaged):
        return EXIT_BACKUP_DAMAGED
    if isinstance(error, BackupWrongKey | BackupFromAnotherCentre | WrongKey):
        return EXIT_BACKUP_WRONG_KEY
    if isinstance(error, BackupTargetMissing | BackupTargetFull | DiskFull):
        return EXIT_BACKUP_IO
    if isinstance(error, BackupTooNew):
        return EXIT_BACKUP_TOO_NEW
    return EXIT_CANNOT_OPEN


def read_recovery_key_file(path: Path) -> str:
    """The recovery key in a file (its first non-empty line). Raises CannotOpen."""
    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines()]
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not readable text"
        raise BadArgument(f"the recovery key file cannot be read: {reason}") from None
    return next((line for line in lines if line), "")


def read_recovery_key_stdin() -> str:
    """The recovery key typed on standard input (hidden when it is a terminal)."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("Recovery key (14 groups of 4, from the printed sheet): ")
    return sys.stdin.readline().strip()


def parse_key(typed: str) -> bytes:
    """The database key in a typed recovery key. Raises CannotOpen when mistyped."""
    from osc_desktop.security.recovery_key import RecoveryKeyFormatError, parse_recovery_key

    try:
        return parse_recovery_key(typed)
    except RecoveryKeyFormatError as problem:
        raise CannotOpen(f"the recovery key is mistyped ({problem.reason})") from None
