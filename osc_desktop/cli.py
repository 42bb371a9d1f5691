"""Command line: `osc-desktop [options]` starts the app; subcommands run headless.

Subcommands (`osc-desktop audit verify`, `osc-desktop backup create|verify|restore|list`) never
import Qt: they open the centre with the key this computer keeps (the OS keyring, or the centre
passphrase from a file) and print one line per result, never any survivor data or key.
`backup restore` also takes the printed recovery key, so it works on a new computer.
`osc-desktop demo-data` sets up a new centre filled with made-up cases instead, and prints a
summary of counts.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from osc_desktop import __version__
from osc_desktop.cli_checks import command_of, first_bad_path
from osc_desktop.options import Options
from osc_desktop.paths import (
    DATA_DIR_ENV,
    PASSPHRASE_FILE_ENV,
    make_files_private,
    read_passphrase_file,
    resolve_data_dir,
)

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

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
    """The options in parsed arguments (paths as given; see `cli_checks.first_bad_path`)."""
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


class CannotOpen(Exception):
    """The records cannot be opened without asking anyone; the message says why, in one line."""

    exit_code = EXIT_CANNOT_OPEN


class BadArgument(CannotOpen):
    """What the command line gave cannot be used (a file, a passphrase): never worked around
    by asking for something else."""


class WrongPassphraseGiven(BadArgument):
    exit_code = EXIT_WRONG_PASSPHRASE


def open_centre_headless(options: Options) -> OpenCentre:
    """Open the centre without a window: with the OS keyring if the folder keeps its key
    there, else with the passphrase from `--passphrase-file` (or $OSC_DESKTOP_PASSPHRASE_FILE).

    Raises:
        WrongPassphraseGiven: the passphrase in the file is not the centre's.
        BadArgument: the passphrase file cannot be read.
        CannotOpen: no centre, no usable key, or the database cannot be read.
    """
    from osc_desktop.errors import StorageError, WrongPassphrase
    from osc_desktop.services.centre import storage

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
            raise BadArgument(f"the passphrase file cannot be read: {reason}") from None
        try:
            return storage.open_with_passphrase(paths, passphrase)
        except WrongPassphrase:
            raise WrongPassphraseGiven(
                f"the passphrase in --passphrase-file ({options.passphrase_file}) is not correct"
            ) from None
    except StorageError as error:
        raise CannotOpen(error.message) from None


def audit_verify(options: Options) -> int:
    """`osc-desktop audit verify`: print whether the audit trail's hash chain is intact.

    Runs without a staff sign-in: opening the database needs its key, which is full access
    already, so the check is neither permission-checked nor recorded (see `verify_chain`).
    Returns 0 (intact), 3 (broken), 8 (not anchored: intact rows, but audit-head.json missing
    or unreadable, now or when the records were opened), 2 (the records could not be opened)
    or 7 (wrong passphrase).
    """
    from sqlalchemy.exc import DBAPIError

    from osc_desktop.db.engine import classify_database_error
    from osc_desktop.services.audit.trail import verify_chain

    try:
        centre = open_centre_headless(options)
    except CannotOpen as reason:
        print(f"osc-desktop: {reason}", file=sys.stderr)
        return reason.exit_code
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
    if report.problem == "not_anchored":
        print(
            f"audit trail: NOT ANCHORED ({report.rows_checked} rows intact, but audit-head.json "
            "is missing or unreadable: removed newest events would not be noticed)"
        )
        return EXIT_AUDIT_NOT_ANCHORED
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
    from osc_desktop.services.centre import storage
    from osc_desktop.services.centre.setup import clean_new_passphrase
    from osc_desktop.services.demo import make_demo_centre

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


# --------------------------------------------------------------------------- backup


def _fail(code: int, reason: str) -> int:
    print(f"osc-desktop: {reason}", file=sys.stderr)
    return code


def _backup_exit_code(error: Exception) -> int:
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


def _default_backup_folder(options: Options) -> Path:
    return resolve_data_dir(options.data_dir).backups_dir


def backup_create(options: Options) -> int:
    """`osc-desktop backup create [--to FOLDER]`: one encrypted backup; prints its file name.

    Runs as the machine (no staff sign-in; audited with no user). Returns 0, 2 (records cannot
    be opened), 5 (folder or drive missing, disk full).
    """
    from osc_desktop.errors import OscError
    from osc_desktop.services.backups.create import create_backup

    try:
        centre = open_centre_headless(options)
    except CannotOpen as reason:
        return _fail(reason.exit_code, str(reason))
    folder = Path(options.backup_to).expanduser() if options.backup_to else None
    folder = (folder or centre.paths.backups_dir).absolute()
    try:
        info = create_backup(centre, folder, by=None, make_parents=True)
    except OscError as error:
        return _fail(_backup_exit_code(error), f"no backup made: {error.message}")
    finally:
        centre.close()
    tables = len(info.manifest)
    print(f"backup made: {info.path} ({info.size:,} bytes, {tables} tables)")
    return EXIT_OK


def _read_recovery_key_file(path: Path) -> str:
    """The recovery key in a file (its first non-empty line). Raises CannotOpen."""
    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines()]
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not readable text"
        raise BadArgument(f"the recovery key file cannot be read: {reason}") from None
    return next((line for line in lines if line), "")


def _read_recovery_key_stdin() -> str:
    """The recovery key typed on standard input (hidden when it is a terminal)."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("Recovery key (14 groups of 4, from the printed sheet): ")
    return sys.stdin.readline().strip()


def _parse_key(typed: str) -> bytes:
    """The database key in a typed recovery key. Raises CannotOpen when mistyped."""
    from osc_desktop.security.recovery_key import RecoveryKeyFormatError, parse_recovery_key

    try:
        return parse_recovery_key(typed)
    except RecoveryKeyFormatError as problem:
        raise CannotOpen(f"the recovery key is mistyped ({problem.reason})") from None


def backup_verify(options: Options) -> int:
    """`osc-desktop backup verify FILE...`: one line per file, `ok` or `FAILED (why)`.

    The key is this computer's (the records are opened, and a backup of another centre code
    fails) or the recovery key from `--recovery-key-file`. Returns 0 when every file is ok,
    else the code of the first that fails: 3 damaged or altered, 4 wrong key or another
    centre's, 5 file missing, 6 made by a newer version; 2 the key cannot be had.
    """
    from osc_desktop.errors import OscError
    from osc_desktop.services.backups.verify import verify_backup

    expected: str | None = None
    try:
        if options.recovery_key_file is not None:
            key = _parse_key(_read_recovery_key_file(options.recovery_key_file))
        else:
            try:
                centre = open_centre_headless(options)
            except BadArgument:
                raise
            except CannotOpen as reason:
                raise CannotOpen(f"{reason} (or give --recovery-key-file)") from None
            key, expected = centre.database_key, centre.profile.code
            centre.close()
    except CannotOpen as reason:
        return _fail(reason.exit_code, str(reason))
    problems = {
        "damaged": (EXIT_BACKUP_DAMAGED, "damaged, incomplete or altered"),
        "integrity": (EXIT_BACKUP_DAMAGED, "the database inside fails its integrity check"),
        "manifest": (EXIT_BACKUP_DAMAGED, "the record counts differ from its label"),
        "wrong_key": (
            EXIT_BACKUP_WRONG_KEY,
            "the key does not open it: wrong key, another centre's backup, or altered at its start",
        ),
        "other_centre": (EXIT_BACKUP_WRONG_KEY, "it belongs to another centre"),
        "too_new": (EXIT_BACKUP_TOO_NEW, "made by a newer version of OSC Desktop"),
    }
    result_code = EXIT_OK
    for path, problem in _expand_files(options.files):
        if problem is not None:
            print(f"{path}: FAILED ({problem})")
            result_code = result_code or EXIT_BACKUP_IO
            continue
        try:
            result = verify_backup(path, database_key=key, expected_centre=expected)
        except OscError as error:
            code, line = _backup_exit_code(error), f"{path}: FAILED ({error.message})"
        else:
            if result.ok:
                print(f"{path}: ok")
                continue
            code, why = problems[result.problem]
            line = f"{path}: FAILED ({why})"
        print(line)
        if result_code == EXIT_OK:
            result_code = code
    return result_code


def _expand_files(names: Sequence[str]) -> list[tuple[Path, str | None]]:
    """The files named, with wildcards expanded (Windows' Command Prompt leaves `*` to us),
    each with what is wrong with it (None when it can be read)."""
    import glob

    from osc_desktop.cli_paths import file_problem, has_wildcards

    files: list[tuple[Path, str | None]] = []
    for name in names:
        path = Path(name).expanduser()
        if not path.exists() and has_wildcards(name):
            matches = sorted(glob.glob(os.path.expanduser(name)))
            if not matches:
                files.append((Path(name), "no file matches this pattern"))
            for match in matches:
                files.append((Path(match).absolute(), file_problem(Path(match), "backup file")))
        else:
            files.append((path.absolute(), file_problem(path, "backup file")))
    return files


def backup_restore(options: Options) -> int:
    """`osc-desktop backup restore FILE`: replace the records with a backup.

    The key: the recovery key from `--recovery-key-file`; else, when the folder holds a centre
    this computer can open, its key; else the recovery key typed on standard input. Replacing
    existing records needs `--yes` or a typed "yes". Returns 0, 2 (no usable key, not
    confirmed, OSC Desktop open on the folder), 3, 4, 5, 6 (see BACKUP_EXIT_CODES).
    """
    from osc_desktop.cli_paths import file_problem
    from osc_desktop.errors import (
        BackupInUse,
        KeyringUnavailable,
        OscError,
        StorageError,
        WrongKey,
    )
    from osc_desktop.services.backups.restore import restore_backup
    from osc_desktop.services.backups.verify import read_backup_info

    make_files_private()
    paths = resolve_data_dir(options.data_dir)
    backup = Path(options.files[0]).expanduser().absolute()
    problem = file_problem(backup, "backup file")
    if problem is not None:
        return _fail(EXIT_BACKUP_IO, f"nothing restored: {options.files[0]}: {problem}")
    try:
        info = read_backup_info(backup)
    except OscError as error:
        return _fail(_backup_exit_code(error), f"nothing restored: {error.message}")
    has_centre = paths.database.exists()
    try:
        if options.recovery_key_file is not None:
            key = _parse_key(_read_recovery_key_file(options.recovery_key_file))
        else:
            key = None
            if has_centre:
                try:
                    centre = open_centre_headless(options)
                except BadArgument as reason:
                    return _fail(reason.exit_code, f"nothing restored: {reason}")
                except CannotOpen:
                    pass  # the key is lost here (keyring reset): ask for the recovery key
                else:
                    key = centre.database_key
                    centre.close()
            if key is None:
                key = _parse_key(_read_recovery_key_stdin())
        passphrase = _new_passphrase_for_restore(options)
    except CannotOpen as reason:
        return _fail(reason.exit_code, str(reason))
    if has_centre and not options.yes:
        if not sys.stdin.isatty():
            return _fail(
                EXIT_CANNOT_OPEN,
                f"{paths.root} already holds records; give --yes to replace them "
                "(they are kept in before-restore/)",
            )
        print(
            f"This replaces the records in {paths.root} with the backup of centre "
            f"{info.centre_code} made {info.created_at:%Y-%m-%d %H:%M} UTC. The current "
            "records are kept in before-restore/.",
            file=sys.stderr,
        )
        if input("Type yes to restore: ").strip().lower() != "yes":
            return _fail(EXIT_CANNOT_OPEN, "nothing restored")
    try:
        restored = restore_backup(
            paths,
            backup,
            database_key=key,
            by_user_id=None,
            allow_other_centre=options.other_centre,
            new_passphrase=passphrase,
        )
    except BackupInUse as error:
        return _fail(EXIT_CANNOT_OPEN, f"nothing restored: {error.message}")
    except KeyringUnavailable:
        return _fail(
            EXIT_CANNOT_OPEN,
            "nothing restored: this computer has no secure key store; give --passphrase-file "
            "with a new centre passphrase (at least 12 characters)",
        )
    except OscError as error:
        message = error.message
        if isinstance(error, StorageError) and not isinstance(error, WrongKey):
            message = f"{message} {error.advice}"
        return _fail(_backup_exit_code(error), f"nothing restored: {message}")
    print(
        f"restored: backup of centre {restored.centre_code} made "
        f"{restored.created_at:%Y-%m-%d %H:%M:%S} UTC into {paths.root}"
    )
    return EXIT_OK


def _new_passphrase_for_restore(options: Options) -> str | None:
    """The passphrase from `--passphrase-file`, if given: it keeps the key on a computer with
    no secure key store. Raises CannotOpen when the file is unreadable or too short."""
    from osc_desktop.errors import ValidationError
    from osc_desktop.services.centre.setup import clean_new_passphrase

    if options.passphrase_file is None:
        return None
    try:
        passphrase = read_passphrase_file(options.passphrase_file)
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not readable text"
        raise BadArgument(f"the passphrase file cannot be read: {reason}") from None
    try:
        clean_new_passphrase(passphrase, passphrase)
    except ValidationError:
        raise BadArgument(
            "the passphrase in the file is too short: use at least 12 characters"
        ) from None
    return passphrase


def backup_list(options: Options) -> int:
    """`osc-desktop backup list [FOLDER]`: the backups in a folder, newest first (labels only).

    Returns 0, or 5 when the folder cannot be read.
    """
    from osc_desktop.errors import OscError
    from osc_desktop.services.backups.verify import list_backups

    folder = Path(options.files[0]).expanduser() if options.files else None
    folder = (folder or _default_backup_folder(options)).absolute()
    try:
        found = list_backups(folder)
    except OscError as error:
        return _fail(_backup_exit_code(error), f"{folder}: {error.message}")
    for info in found:
        print(
            f"{info.path.name}  {info.created_at:%Y-%m-%d %H:%M:%S} UTC  centre "
            f"{info.centre_code}  {info.size:,} bytes  schema {info.schema_revision}  "
            f"app {info.app_version}"
        )
    print(f"{len(found)} backup{'s' if len(found) != 1 else ''} in {folder}")
    return EXIT_OK


COMMANDS: dict[tuple[str, ...], Callable[[Options], int]] = {
    ("audit", "verify"): audit_verify,
    ("demo-data",): demo_data,
    ("backup", "create"): backup_create,
    ("backup", "verify"): backup_verify,
    ("backup", "restore"): backup_restore,
    ("backup", "list"): backup_list,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    bad = first_bad_path(args)
    if bad is not None:
        return _fail(bad.exit_code, bad.message)
    options = options_from(args)
    if options.command:
        return COMMANDS[options.command](options)
    if options.smoke_test:
        from osc_desktop.smoke import run_smoke_test

        return run_smoke_test(options.data_dir)
    from osc_desktop.app import run_gui

    return run_gui(options)


if __name__ == "__main__":
    sys.exit(main())
