"""`osc-desktop backup restore FILE`: replace the records with a backup (also on a new computer)."""

from __future__ import annotations

import sys
from pathlib import Path

from osc_desktop.cli.backup_common import (
    backup_exit_code,
    parse_key,
    read_recovery_key_file,
    read_recovery_key_stdin,
)
from osc_desktop.cli.exit_codes import EXIT_BACKUP_IO, EXIT_CANNOT_OPEN, EXIT_OK
from osc_desktop.cli.headless import BadArgument, CannotOpen, fail, open_centre_headless
from osc_desktop.options import Options
from osc_desktop.paths import make_files_private, read_passphrase_file, resolve_data_dir


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
    from osc_desktop.services.backups.restore import restore_backup
    from osc_desktop.services.backups.verify import read_backup_info

    make_files_private()
    paths = resolve_data_dir(options.data_dir)
    backup = Path(options.files[0]).expanduser().absolute()
    problem = file_problem(backup, "backup file")
    if problem is not None:
        return fail(EXIT_BACKUP_IO, f"nothing restored: {options.files[0]}: {problem}")
    try:
        info = read_backup_info(backup)
    except OscError as error:
        return fail(backup_exit_code(error), f"nothing restored: {error.message}")
    has_centre = paths.database.exists()
    try:
        if options.recovery_key_file is not None:
            key = parse_key(read_recovery_key_file(options.recovery_key_file))
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
                key = parse_key(read_recovery_key_stdin())
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
        return fail(backup_exit_code(error), f"nothing restored: {message}")
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
