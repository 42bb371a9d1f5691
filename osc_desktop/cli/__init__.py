"""Command line: `osc-desktop [options]` starts the app; subcommands run headless.

Subcommands (`osc-desktop audit verify`, `osc-desktop backup create|verify|restore|list`) never
import Qt: they open the centre with the key this computer keeps (the OS keyring, or the centre
passphrase from a file) and print one line per result, never any survivor data or key.
`backup restore` also takes the printed recovery key, so it works on a new computer.
`osc-desktop demo-data` sets up a new centre filled with made-up cases instead, and prints a
summary of counts.
"""

from __future__ import annotations

from osc_desktop.cli.dispatch import COMMANDS, main
from osc_desktop.cli.exit_codes import (
    EXIT_AUDIT_BROKEN,
    EXIT_AUDIT_NOT_ANCHORED,
    EXIT_BACKUP_DAMAGED,
    EXIT_BACKUP_IO,
    EXIT_BACKUP_TOO_NEW,
    EXIT_BACKUP_WRONG_KEY,
    EXIT_CANNOT_OPEN,
    EXIT_OK,
    EXIT_WRONG_PASSPHRASE,
)
from osc_desktop.cli.parser import parse_args

__all__ = [
    "COMMANDS",
    "EXIT_AUDIT_BROKEN",
    "EXIT_AUDIT_NOT_ANCHORED",
    "EXIT_BACKUP_DAMAGED",
    "EXIT_BACKUP_IO",
    "EXIT_BACKUP_TOO_NEW",
    "EXIT_BACKUP_WRONG_KEY",
    "EXIT_CANNOT_OPEN",
    "EXIT_OK",
    "EXIT_WRONG_PASSPHRASE",
    "main",
    "parse_args",
]
