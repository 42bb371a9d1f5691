"""Command line: `osc-desktop [options]` starts the app; subcommands run headless.

Subcommands (`osc-desktop audit verify`, and later `backup ...`) never import Qt: they open the
centre with the key this computer keeps (the OS keyring, or the centre passphrase from a file)
and print one line, never any survivor data. `osc-desktop demo-data` sets up a new centre filled
with made-up cases instead, and prints a summary of counts.
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
    # `demo-data`: how many cases, and the seed of the generator.
    cases: int = 0
    seed: int = 2026


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
    return parser


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
    args = build_parser().parse_args(argv)
    passphrase_file = args.passphrase_file
    if passphrase_file is None and os.environ.get(PASSPHRASE_FILE_ENV):
        passphrase_file = Path(os.environ[PASSPHRASE_FILE_ENV])
    command: tuple[str, ...] = ()
    if args.command:
        action = getattr(args, "action", None)
        command = (args.command, action) if action else (args.command,)
    return Options(
        args.data_dir,
        passphrase_file,
        args.language,
        args.smoke_test,
        args.kiosk,
        command,
        cases=getattr(args, "cases", 0),
        seed=getattr(args, "seed", 2026),
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


def demo_data(options: Options) -> int:
    """`osc-desktop demo-data`: set up a demo centre with `options.cases` synthetic cases.

    Progress goes to stderr; a summary (counts, financial years, the demo accounts) to stdout.
    Returns 0 (made) or 2 (the folder already holds a centre, the passphrase file is not
    usable, or the centre could not be made; a half-made centre is removed again).
    """
    from osc_desktop.errors import AlreadySetUp, StorageError, ValidationError
    from osc_desktop.services import storage
    from osc_desktop.services.centre_setup import clean_new_passphrase
    from osc_desktop.services.demo_data import make_demo_centre

    def fail(reason: str) -> int:
        print(f"osc-desktop: {reason}", file=sys.stderr)
        return EXIT_CANNOT_OPEN

    if not (options.data_dir or os.environ.get(DATA_DIR_ENV)):
        # Never in the default data folder, where the centre's real records belong.
        return fail("give --data-dir: a demo centre is made only in a folder named for it")
    make_files_private()
    paths = resolve_data_dir(options.data_dir)
    passphrase: str | None = None
    if options.passphrase_file is not None:
        try:
            passphrase = read_passphrase_file(options.passphrase_file)
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not readable text"
            return fail(f"the passphrase file cannot be read: {reason}")
        try:
            clean_new_passphrase(passphrase, passphrase)
        except ValidationError:
            return fail("the passphrase in the file is too short: use at least 12 characters")
    elif not storage.keyring_is_secure():
        return fail(
            "this computer has no secure key store; give --passphrase-file "
            f"or set ${PASSPHRASE_FILE_ENV}"
        )

    shown = -1

    def progress(done: int, total: int) -> None:
        nonlocal shown
        percent = 100 if total == 0 else done * 100 // total
        if percent // 10 != shown // 10 or done == total:
            shown = percent
            print(f"demo-data: {done:,} of {total:,} cases written", file=sys.stderr, flush=True)
        if done == total:
            print("demo-data: building the search index", file=sys.stderr, flush=True)

    print(f"demo-data: setting up a demo centre in {paths.root}", file=sys.stderr, flush=True)
    try:
        summary = make_demo_centre(
            paths,
            cases=options.cases,
            seed=options.seed,
            passphrase=passphrase,
            progress=progress,
        )
    except AlreadySetUp:
        return fail(f"{paths.root} already holds a centre; give an empty or new folder")
    except StorageError as error:
        return fail(f"the demo centre could not be made: {error.message}")
    years = ", ".join(f"{year}: {count:,}" for year, count in summary.financial_years)
    lines = [
        f"demo centre {summary.centre_code} made in {paths.root} ({summary.seconds:.0f} s)",
        f"cases: {summary.cases:,} ({years or 'none'})",
        f"linked returns: {summary.linked_pairs:,}; quick-registered, incomplete: "
        f"{summary.incomplete:,}; disposed: {summary.disposed:,}",
        f"children: {summary.children:,}; services given: {summary.services:,}; "
        f"referrals: {summary.referrals:,}; follow-ups: {summary.follow_ups:,}",
        f"search index: {summary.indexed:,} cases",
        "key kept: "
        + ("behind the passphrase" if passphrase is not None else "in the OS key store"),
        "staff accounts (user name, role, demo password):",
        *(f"  {a.username:<12} {a.role:<11} {a.password}" for a in summary.accounts),
    ]
    print("\n".join(lines))
    return EXIT_OK


COMMANDS: dict[tuple[str, ...], Callable[[Options], int]] = {
    ("audit", "verify"): audit_verify,
    ("demo-data",): demo_data,
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
