"""`osc-desktop backup create [--to FOLDER]`: one encrypted backup of the records."""

from __future__ import annotations

from pathlib import Path

from osc_desktop.cli.backup_common import backup_exit_code
from osc_desktop.cli.exit_codes import EXIT_OK
from osc_desktop.cli.headless import CannotOpen, fail, open_centre_headless
from osc_desktop.options import Options


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
        return fail(reason.exit_code, str(reason))
    folder = Path(options.backup_to).expanduser() if options.backup_to else None
    folder = (folder or centre.paths.backups_dir).absolute()
    try:
        info = create_backup(centre, folder, by=None, make_parents=True)
    except OscError as error:
        return fail(backup_exit_code(error), f"no backup made: {error.message}")
    finally:
        centre.close()
    tables = len(info.manifest)
    print(f"backup made: {info.path} ({info.size:,} bytes, {tables} tables)")
    return EXIT_OK
