"""`osc-desktop backup verify FILE...`: whether each backup is complete, unaltered, restorable."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from osc_desktop.cli.backup_common import backup_exit_code, parse_key, read_recovery_key_file
from osc_desktop.cli.exit_codes import (
    EXIT_BACKUP_DAMAGED,
    EXIT_BACKUP_IO,
    EXIT_BACKUP_TOO_NEW,
    EXIT_BACKUP_WRONG_KEY,
    EXIT_OK,
)
from osc_desktop.cli.headless import BadArgument, CannotOpen, fail, open_centre_headless
from osc_desktop.options import Options


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
            key = parse_key(read_recovery_key_file(options.recovery_key_file))
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
            code, line = backup_exit_code(error), f"{path}: FAILED ({error.message})"
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
