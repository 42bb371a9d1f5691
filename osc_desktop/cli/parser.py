"""The command line's grammar: the app's options, the subcommands and their --help texts.

`parse_args` turns a command line into the `Options` the app and the commands are given; the
path arguments are kept as typed (`checks.first_bad_path` looks at them before any command).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from osc_desktop import __version__
from osc_desktop.cli.checks import command_of
from osc_desktop.cli.exit_codes import (
    BACKUP_EXIT_CODES,
    EXIT_AUDIT_BROKEN,
    EXIT_AUDIT_NOT_ANCHORED,
    EXIT_CANNOT_OPEN,
    EXIT_OK,
    EXIT_WRONG_PASSPHRASE,
)
from osc_desktop.options import Options
from osc_desktop.paths import DATA_DIR_ENV, PASSPHRASE_FILE_ENV


def _add_folder_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        default=default,
        help=f"the centre's data folder (default: ${DATA_DIR_ENV}, else the user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        default=default,
        help=f"read the centre passphrase from this file (or ${PASSPHRASE_FILE_ENV})",
    )


def build_parser() -> argparse.ArgumentParser:
    """The parser of the whole command line: the app's options, then the subcommands."""
    parser = argparse.ArgumentParser(
        prog="osc-desktop",
        description="OSC Desktop: case records, shelter beds, court video hearings and "
        "registers for a One Stop Centre. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_folder_options(parser)
    parser.add_argument("--language", choices=["en", "hi"], help="interface language")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="full screen; only a manager can close the window (also a setting)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="set up a throw-away centre, build the main window offscreen, render a PDF, exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    audit = commands.add_parser("audit", help="the audit trail", description="The audit trail.")
    audit_actions = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = audit_actions.add_parser(
        "verify",
        help="check that no audit event was changed, removed or slipped in",
        description="Walk the audit trail's hash chain and report the first broken link. "
        f"Exit codes: {EXIT_OK} intact, {EXIT_AUDIT_BROKEN} broken, "
        f"{EXIT_AUDIT_NOT_ANCHORED} not anchored (the rows are intact but audit-head.json, "
        "which shows whether the newest were removed, is missing or unreadable), "
        f"{EXIT_CANNOT_OPEN} the records could not be opened, {EXIT_WRONG_PASSPHRASE} the "
        "passphrase in --passphrase-file is wrong.",
    )
    # SUPPRESS: given after the subcommand they count; if not, the top-level values stand.
    _add_folder_options(verify, default=argparse.SUPPRESS)

    demo = commands.add_parser(
        "demo-data",
        help="set up a demo centre filled with made-up cases (benchmarks, training)",
        description="Set up a new centre in an empty data folder and fill it with synthetic "
        "cases: staff accounts with the demo passwords listed in the README, Hindi and English "
        "names, every kind of violence, services, referrals and follow-ups over several "
        "financial years. The key is kept behind the passphrase in --passphrase-file, or in "
        "this computer's key store without it. --data-dir (or $"
        f"{DATA_DIR_ENV}) is required: never the default data folder. "
        f"Exit codes: {EXIT_OK} made, {EXIT_CANNOT_OPEN} no folder given, the folder already "
        "holds a centre, or the centre could not be made (nothing is left behind).",
    )
    _add_folder_options(demo, default=argparse.SUPPRESS)
    demo.add_argument(
        "--cases", type=_case_count, required=True, metavar="N", help="how many cases to make"
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2026,
        metavar="S",
        help="the random generator's seed: the same seed gives the same cases (default 2026)",
    )
    _add_backup_parser(commands)
    return parser


def _add_backup_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser(
        "backup",
        help="encrypted backups: create, verify, restore, list",
        description="Encrypted backups of the centre's records, readable only with the "
        "centre's key (the printed recovery key). " + BACKUP_EXIT_CODES,
    )
    actions = backup.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create",
        help="back up the records into a folder (a USB drive, a second disk, a network share)",
        description="Make one encrypted backup file, osc-<centre>-<UTC time>.oscbackup, in "
        "FOLDER (default: the 'backups' folder inside the data folder; a backup on another "
        "drive is far safer). Missing folders are made (private), but not a drive that is not "
        "plugged in. " + BACKUP_EXIT_CODES,
    )
    _add_folder_options(create, default=argparse.SUPPRESS)
    create.add_argument("--to", metavar="FOLDER", dest="backup_to", help="the backup folder")
    verify = actions.add_parser(
        "verify",
        help="check that backups are complete, unaltered and can be restored",
        description="Decrypt each backup to a temporary file, open it, run the integrity "
        "checks and compare it with the record counts in its label. Uses the key this "
        "computer keeps, or the recovery key from --recovery-key-file. Prints one line per "
        "file; the exit code is that of the first file that fails. FILE may hold wildcards "
        "(E:\\OSC-backups\\*.oscbackup). " + BACKUP_EXIT_CODES,
    )
    _add_folder_options(verify, default=argparse.SUPPRESS)
    verify.add_argument("files", nargs="+", metavar="FILE", help="backup files")
    _add_recovery_key_option(verify)
    restore = actions.add_parser(
        "restore",
        help="replace the records with a backup (also on a new computer)",
        description="Restore FILE into the data folder. The key is this computer's (when the "
        "records open) or the printed recovery key, read from --recovery-key-file or typed "
        "on standard input; an empty data folder needs only the recovery key (and "
        "--passphrase-file where the computer has no secure key store: the new centre "
        "passphrase). The current database is kept in before-restore/ inside the data folder, "
        "never deleted. Asks for confirmation unless --yes. OSC Desktop must be closed. "
        + BACKUP_EXIT_CODES,
    )
    _add_folder_options(restore, default=argparse.SUPPRESS)
    restore.add_argument("files", nargs=1, metavar="FILE", help="the backup file")
    _add_recovery_key_option(restore)
    restore.add_argument(
        "--yes", action="store_true", help="do not ask before replacing the current records"
    )
    restore.add_argument(
        "--other-centre",
        action="store_true",
        help="restore even though the backup belongs to another centre",
    )
    listing = actions.add_parser(
        "list",
        help="list the backups in a folder, newest first",
        description="List the backups in FOLDER (default: the 'backups' folder inside the data "
        "folder), newest first, from their labels (no key needed; not a check: use verify). "
        + BACKUP_EXIT_CODES,
    )
    _add_folder_options(listing, default=argparse.SUPPRESS)
    listing.add_argument("files", nargs="?", metavar="FOLDER", help="the backup folder")


def _add_recovery_key_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--recovery-key-file",
        metavar="PATH",
        help="read the printed recovery key (14 groups of 4) from this file",
    )


MAX_DEMO_CASES = 1_000_000


def _case_count(value: str) -> int:
    try:
        count = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 0 <= count <= MAX_DEMO_CASES:
        raise argparse.ArgumentTypeError(f"give 0 to {MAX_DEMO_CASES:,} cases")
    return count


def parse_args(argv: Sequence[str] | None = None) -> Options:
    """The options of a command line (argparse exits with code 2 on a usage error)."""
    return options_from(build_parser().parse_args(argv))


def options_from(args: argparse.Namespace) -> Options:
    """The options in parsed arguments (paths as given; see `checks.first_bad_path`)."""
    passphrase_file = args.passphrase_file or os.environ.get(PASSPHRASE_FILE_ENV) or None
    recovery_key_file = getattr(args, "recovery_key_file", None)
    return Options(
        args.data_dir,
        Path(passphrase_file) if passphrase_file else None,
        args.language,
        args.smoke_test,
        args.kiosk,
        command_of(args),
        cases=getattr(args, "cases", 0),
        seed=getattr(args, "seed", 2026),
        files=_as_tuple(getattr(args, "files", None)),
        backup_to=getattr(args, "backup_to", None),
        recovery_key_file=Path(recovery_key_file) if recovery_key_file else None,
        yes=getattr(args, "yes", False),
        other_centre=getattr(args, "other_centre", False),
    )


def _as_tuple(value: str | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)
