"""Command line: `osc-desktop [options]` starts the app; subcommands run headless.

Subcommands (`osc-desktop audit verify`, `osc-desktop backup create|verify|restore|list`) never
import Qt: they open the centre with the key this computer keeps (the OS keyring, or the centre
passphrase from a file) and print one line per result, never any survivor data or key.
`backup restore` also takes the printed recovery key, so it works on a new computer.
`osc-desktop demo-data` sets up a new centre filled with made-up cases instead, and prints a
summary of counts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from osc_desktop.cli.checks import first_bad_path
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
from osc_desktop.cli.headless import BadArgument, CannotOpen, fail, open_centre_headless
from osc_desktop.cli.parser import build_parser, options_from, parse_args
from osc_desktop.options import Options
from osc_desktop.paths import (
    DATA_DIR_ENV,
    PASSPHRASE_FILE_ENV,
    make_files_private,
    read_passphrase_file,
    resolve_data_dir,
)

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
    from osc_desktop.services.demo.generate import make_demo_centre

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
    from osc_desktop.services.backups.operations import create_backup

    try:
        centre = open_centre_headless(options)
    except CannotOpen as reason:
        return fail(reason.exit_code, str(reason))
    folder = Path(options.backup_to).expanduser() if options.backup_to else None
    folder = (folder or centre.paths.backups_dir).absolute()
    try:
        info = create_backup(centre, folder, by=None, make_parents=True)
    except OscError as error:
        return fail(_backup_exit_code(error), f"no backup made: {error.message}")
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
    from osc_desktop.services.backups.operations import verify_backup

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
        return fail(reason.exit_code, str(reason))
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

    from osc_desktop.cli.paths import file_problem, has_wildcards

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
    from osc_desktop.cli.paths import file_problem
    from osc_desktop.errors import (
        BackupInUse,
        KeyringUnavailable,
        OscError,
        StorageError,
        WrongKey,
    )
    from osc_desktop.services.backups.operations import read_backup_info, restore_backup

    make_files_private()
    paths = resolve_data_dir(options.data_dir)
    backup = Path(options.files[0]).expanduser().absolute()
    problem = file_problem(backup, "backup file")
    if problem is not None:
        return fail(EXIT_BACKUP_IO, f"nothing restored: {options.files[0]}: {problem}")
    try:
        info = read_backup_info(backup)
    except OscError as error:
        return fail(_backup_exit_code(error), f"nothing restored: {error.message}")
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
                    return fail(reason.exit_code, f"nothing restored: {reason}")
                except CannotOpen:
                    pass  # the key is lost here (keyring reset): ask for the recovery key
                else:
                    key = centre.database_key
                    centre.close()
            if key is None:
                key = _parse_key(_read_recovery_key_stdin())
        passphrase = _new_passphrase_for_restore(options)
    except CannotOpen as reason:
        return fail(reason.exit_code, str(reason))
    if has_centre and not options.yes:
        if not sys.stdin.isatty():
            return fail(
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
            return fail(EXIT_CANNOT_OPEN, "nothing restored")
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
        return fail(EXIT_CANNOT_OPEN, f"nothing restored: {error.message}")
    except KeyringUnavailable:
        return fail(
            EXIT_CANNOT_OPEN,
            "nothing restored: this computer has no secure key store; give --passphrase-file "
            "with a new centre passphrase (at least 12 characters)",
        )
    except OscError as error:
        message = error.message
        if isinstance(error, StorageError) and not isinstance(error, WrongKey):
            message = f"{message} {error.advice}"
        return fail(_backup_exit_code(error), f"nothing restored: {message}")
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
    from osc_desktop.services.backups.operations import list_backups

    folder = Path(options.files[0]).expanduser() if options.files else None
    folder = (folder or _default_backup_folder(options)).absolute()
    try:
        found = list_backups(folder)
    except OscError as error:
        return fail(_backup_exit_code(error), f"{folder}: {error.message}")
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
        return fail(bad.exit_code, bad.message)
    options = options_from(args)
    if options.command:
        return COMMANDS[options.command](options)
    if options.smoke_test:
        from osc_desktop.smoke import run_smoke_test

        return run_smoke_test(options.data_dir)
    from osc_desktop.app import run_gui

    return run_gui(options)
