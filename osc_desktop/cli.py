"""Command line: `osc-desktop [options]` starts the app; subcommands run headless.

Subcommands (`osc-desktop audit verify`, and later `backup ...`) never import Qt: they open the
centre with the key this computer keeps (the OS keyring, or the centre passphrase from a file)
and print one line, never any survivor data.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from osc_desktop import __version__
from osc_desktop.paths import (
    DATA_DIR_ENV,
    PASSPHRASE_FILE_ENV,
    make_files_private,
    read_passphrase_file,
    resolve_data_dir,
)

if TYPE_CHECKING:
    from osc_desktop.services.storage import OpenCentre

# Exit codes of the headless subcommands.
EXIT_OK = 0
EXIT_CANNOT_OPEN = 2  # also argparse's code for a usage error
EXIT_AUDIT_BROKEN = 3


@dataclass(frozen=True)
class Options:
    data_dir: str | None
    passphrase_file: Path | None
    language: str | None
    smoke_test: bool
    kiosk: bool = False
    # The subcommand and its action, e.g. ("audit", "verify"); () starts the app.
    command: tuple[str, ...] = ()


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
        type=Path,
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
        f"{EXIT_CANNOT_OPEN} the records could not be opened.",
    )
    # SUPPRESS: given after the subcommand they count; if not, the top-level values stand.
    _add_folder_options(verify, default=argparse.SUPPRESS)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> Options:
    """The options of a command line (argparse exits with code 2 on a usage error)."""
    args = build_parser().parse_args(argv)
    passphrase_file = args.passphrase_file
    if passphrase_file is None and os.environ.get(PASSPHRASE_FILE_ENV):
        passphrase_file = Path(os.environ[PASSPHRASE_FILE_ENV])
    command = (args.command, args.action) if args.command else ()
    return Options(
        args.data_dir, passphrase_file, args.language, args.smoke_test, args.kiosk, command
    )


class CannotOpen(Exception):
    """The records cannot be opened without asking anyone; the message says why, in one line."""


def open_centre_headless(options: Options) -> OpenCentre:
    """Open the centre without a window: with the OS keyring if the folder keeps its key
    there, else with the passphrase from `--passphrase-file` (or $OSC_DESKTOP_PASSPHRASE_FILE).

    Raises:
        CannotOpen: no centre, no usable key, or the database cannot be read.
    """
    from osc_desktop.errors import StorageError
    from osc_desktop.services import storage

    make_files_private()
    paths = resolve_data_dir(options.data_dir)
    try:
        state = storage.folder_state(paths)
        if state is storage.FolderState.NEW:
            raise CannotOpen(f"there is no centre in {paths.root}")
        if state is storage.FolderState.RECOVERY:
            raise CannotOpen(
                "the key settings (keystore.json) are missing or damaged; "
                "start OSC Desktop and open the records with the printed recovery key"
            )
        if state is storage.FolderState.KEYRING:
            return storage.open_with_keyring(paths)
        if options.passphrase_file is None:
            raise CannotOpen(
                "the records are locked with the centre passphrase; give --passphrase-file "
                f"or set ${PASSPHRASE_FILE_ENV}"
            )
        try:
            passphrase = read_passphrase_file(options.passphrase_file)
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not readable text"
            raise CannotOpen(f"the passphrase file cannot be read: {reason}") from None
        return storage.open_with_passphrase(paths, passphrase)
    except StorageError as error:
        raise CannotOpen(error.message) from None


def audit_verify(options: Options) -> int:
    """`osc-desktop audit verify`: print whether the audit trail's hash chain is intact.

    Runs without a staff sign-in: opening the database needs its key, which is full access
    already, so the check is neither permission-checked nor recorded (see `verify_chain`).
    Returns 0 (intact), 3 (broken) or 2 (the records could not be opened).
    """
    from sqlalchemy.exc import DBAPIError

    from osc_desktop.db.engine import classify_database_error
    from osc_desktop.services.audit_trail import verify_chain

    try:
        centre = open_centre_headless(options)
    except CannotOpen as reason:
        print(f"osc-desktop: {reason}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    try:
        with centre.database.unit_of_work() as uow:
            report = verify_chain(uow, None)
    except DBAPIError as exc:
        print(f"osc-desktop: {classify_database_error(exc, True).message}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    finally:
        centre.close()
    if report.ok:
        print(f"audit trail: ok ({report.rows_checked} rows)")
        return EXIT_OK
    print(
        f"audit trail: BROKEN at row {report.first_broken_id} ({report.problem}), "
        f"{report.rows_checked} rows checked"
    )
    return EXIT_AUDIT_BROKEN


COMMANDS: dict[tuple[str, ...], Callable[[Options], int]] = {
    ("audit", "verify"): audit_verify,
}


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    if options.command:
        return COMMANDS[options.command](options)
    if options.smoke_test:
        from osc_desktop.smoke import run_smoke_test

        return run_smoke_test(options.data_dir)
    from osc_desktop.app import run_gui

    return run_gui(options)


if __name__ == "__main__":
    sys.exit(main())
