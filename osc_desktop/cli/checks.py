"""The path arguments of each command, checked before the command runs (no Qt, no key).

A wrong path (a file where a folder belongs, a folder where a file belongs, missing, not
readable, or an empty value) is said in one line naming the argument, with the exit code the
README lists: 2 for the centre's own folder and key files and for an empty value, 5 for where a
backup is read or written. The commands themselves then never meet these as tracebacks.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from osc_desktop.cli.exit_codes import EXIT_BACKUP_IO, EXIT_CANNOT_OPEN
from osc_desktop.cli.paths import file_problem, folder_problem
from osc_desktop.paths import DATA_DIR_ENV, PASSPHRASE_FILE_ENV


class Kind(Enum):
    FILE = "file"
    FOLDER = "folder"  # must exist
    NEW_FOLDER = "new folder"  # made when missing, so only its parents must be right


@dataclass(frozen=True)
class PathArgument:
    """One path argument: as the user types it, where argparse keeps it, what it must be."""

    name: str  # "--data-dir", or the metavar of a positional ("FILE")
    attribute: str
    kind: Kind
    what: str  # "passphrase file": said in "a folder, not a passphrase file"
    exit_code: int = EXIT_CANNOT_OPEN
    environment: str | None = None  # the variable used when the option is not given
    checked: bool = True  # False: only an empty value is refused; the command reports the rest


@dataclass(frozen=True)
class BadPath:
    exit_code: int
    message: str


DATA_DIR = PathArgument(
    "--data-dir", "data_dir", Kind.NEW_FOLDER, "data folder", environment=DATA_DIR_ENV
)
PASSPHRASE_FILE = PathArgument(
    "--passphrase-file",
    "passphrase_file",
    Kind.FILE,
    "passphrase file",
    environment=PASSPHRASE_FILE_ENV,
)
RECOVERY_KEY_FILE = PathArgument(
    "--recovery-key-file", "recovery_key_file", Kind.FILE, "recovery key file"
)
CENTRE = (DATA_DIR, PASSPHRASE_FILE)

PATH_ARGUMENTS: dict[tuple[str, ...], tuple[PathArgument, ...]] = {
    (): CENTRE,
    ("audit", "verify"): CENTRE,
    ("demo-data",): CENTRE,
    ("backup", "create"): (
        *CENTRE,
        PathArgument("--to", "backup_to", Kind.NEW_FOLDER, "backup folder", EXIT_BACKUP_IO),
    ),
    # verify reports each FILE on its own line (one bad file does not stop the others);
    # restore says its FILE's problem as "nothing restored: ...".
    ("backup", "verify"): (
        *CENTRE,
        RECOVERY_KEY_FILE,
        PathArgument("FILE", "files", Kind.FILE, "backup file", EXIT_BACKUP_IO, checked=False),
    ),
    ("backup", "restore"): (
        *CENTRE,
        RECOVERY_KEY_FILE,
        PathArgument("FILE", "files", Kind.FILE, "backup file", EXIT_BACKUP_IO, checked=False),
    ),
    ("backup", "list"): (
        *CENTRE,
        PathArgument("FOLDER", "files", Kind.FOLDER, "backup folder", EXIT_BACKUP_IO),
    ),
}


def command_of(args: argparse.Namespace) -> tuple[str, ...]:
    """The subcommand and its action in parsed arguments, e.g. ("backup", "create")."""
    if not getattr(args, "command", None):
        return ()
    action = getattr(args, "action", None)
    return (args.command, action) if action else (args.command,)


def first_bad_path(args: argparse.Namespace) -> BadPath | None:
    """The first path argument of the parsed command line that cannot be used, or None."""
    for argument in PATH_ARGUMENTS.get(command_of(args), CENTRE):
        for label, value in _given(argument, getattr(args, argument.attribute, None)):
            problem = _problem(argument, label, value)
            if problem is not None:
                return problem
    return None


def _given(argument: PathArgument, value: object) -> list[tuple[str, str]]:
    """(how to name it, the text given) for each value of `argument`: the command line's, or
    the environment variable's when the option is absent (an empty variable counts as unset,
    as it always has)."""
    if value is None and argument.environment and os.environ.get(argument.environment):
        return [(f"${argument.environment}", os.environ[argument.environment])]
    if value is None:
        return []
    values: Sequence[object] = value if isinstance(value, list | tuple) else [value]
    return [(argument.name, os.fspath(v)) for v in values]  # type: ignore[call-overload]


def _problem(argument: PathArgument, label: str, text: str) -> BadPath | None:
    if not text.strip():
        return BadPath(EXIT_CANNOT_OPEN, f"{label} is empty: give a {argument.what}")
    if not argument.checked:
        return None
    path = Path(text).expanduser()
    if argument.kind is Kind.FILE:
        reason = file_problem(path, argument.what)
    else:
        reason = folder_problem(
            path,
            may_be_missing=argument.kind is Kind.NEW_FOLDER,
            must_write=argument.kind is Kind.NEW_FOLDER,
        )
    if reason is None:
        return None
    return BadPath(argument.exit_code, f"{label} {text}: {reason}")
