"""The exit codes of the command line, and how `backup --help` lists them (README's table)."""

from __future__ import annotations

# Exit codes of the headless subcommands.
EXIT_OK = 0
EXIT_CANNOT_OPEN = 2  # also argparse's code for a usage error
EXIT_AUDIT_BROKEN = 3
EXIT_BACKUP_DAMAGED = 3  # damaged or altered backup
EXIT_BACKUP_WRONG_KEY = 4  # wrong key, or another centre's backup
EXIT_BACKUP_IO = 5  # backup folder or file missing, disk full
EXIT_BACKUP_TOO_NEW = 6  # made by a newer version of OSC Desktop
EXIT_WRONG_PASSPHRASE = 7  # the passphrase in --passphrase-file is not the centre's
EXIT_AUDIT_NOT_ANCHORED = 8  # rows intact, but audit-head.json missing or unreadable

BACKUP_EXIT_CODES = (
    f"Exit codes: {EXIT_OK} ok, {EXIT_CANNOT_OPEN} the records cannot be opened (or a usage "
    f"error, or OSC Desktop is open on the folder), {EXIT_BACKUP_DAMAGED} damaged or altered "
    f"backup, {EXIT_BACKUP_WRONG_KEY} wrong key or another centre's backup, {EXIT_BACKUP_IO} "
    f"I/O error (folder or drive missing, disk full), {EXIT_BACKUP_TOO_NEW} made by a newer "
    f"version of OSC Desktop, {EXIT_WRONG_PASSPHRASE} the passphrase in --passphrase-file is "
    "wrong."
)
