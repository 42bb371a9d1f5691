"""What the headless commands share: opening the centre without a window, and saying in one
line why something cannot be done.

The key is the one this computer keeps (the OS keyring) or the centre passphrase from
`--passphrase-file`; opening never asks anyone for anything.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from osc_desktop.cli.exit_codes import EXIT_CANNOT_OPEN, EXIT_WRONG_PASSPHRASE
from osc_desktop.options import Options
from osc_desktop.paths import (
    PASSPHRASE_FILE_ENV,
    make_files_private,
    read_passphrase_file,
    resolve_data_dir,
)

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre


class CannotOpen(Exception):
    """The records cannot be opened without asking anyone; the message says why, in one line."""

    exit_code = EXIT_CANNOT_OPEN


class BadArgument(CannotOpen):
    """What the command line gave cannot be used (a file, a passphrase): never worked around
    by asking for something else."""


class WrongPassphraseGiven(BadArgument):
    """The passphrase in `--passphrase-file` is not the centre's."""

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


def fail(code: int, reason: str) -> int:
    """Say `reason` on stderr, in one line after "osc-desktop: "; return `code`, the exit code."""
    print(f"osc-desktop: {reason}", file=sys.stderr)
    return code
