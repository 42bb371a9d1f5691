"""`osc-desktop backup list [FOLDER]`: the backups in a folder, newest first, from their labels."""

from __future__ import annotations

from pathlib import Path

from osc_desktop.cli.backup_common import backup_exit_code
from osc_desktop.cli.exit_codes import EXIT_OK
from osc_desktop.cli.headless import fail
from osc_desktop.options import Options
from osc_desktop.paths import resolve_data_dir


def _default_backup_folder(options: Options) -> Path:
    return resolve_data_dir(options.data_dir).backups_dir


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
        return fail(backup_exit_code(error), f"{folder}: {error.message}")
    for info in found:
        print(
            f"{info.path.name}  {info.created_at:%Y-%m-%d %H:%M:%S} UTC  centre "
            f"{info.centre_code}  {info.size:,} bytes  schema {info.schema_revision}  "
            f"app {info.app_version}"
        )
    print(f"{len(found)} backup{'s' if len(found) != 1 else ''} in {folder}")
    return EXIT_OK
