"""What is wrong with a path given on the command line, in a few words (no Qt, no key).

Each function returns None when the path can be used as asked, else a short reason such as
"no such file" or "a file, not a folder", which the commands print after the path.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

WILDCARDS = frozenset("*?[")


def os_error_reason(exc: OSError) -> str:
    """A short reason for an OSError met on a path the user gave."""
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is a file, not a folder"
    if exc.errno == errno.EISDIR:
        return "a folder, not a file"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full"
    return exc.strerror or "cannot be used"


def file_problem(path: Path, kind: str = "file") -> str | None:
    """Why `path` cannot be read as a `kind` of file, or None when it can."""
    try:
        if path.is_dir():
            return f"a folder, not a {kind}"
        if not path.exists():
            return "no such file" if _parent_is_folder(path) else _bad_parent(path)
        with path.open("rb"):
            pass
    except OSError as exc:
        return os_error_reason(exc)
    return None


def folder_problem(path: Path, *, may_be_missing: bool, must_write: bool = False) -> str | None:
    """Why `path` cannot be used as a folder, or None. A missing folder is fine when
    `may_be_missing` (it is made), as long as no part of the path is a file; `must_write`
    asks that files can be made in it too."""
    try:
        if path.is_dir():
            wanted = os.R_OK | os.X_OK | (os.W_OK if must_write else 0)
            if not os.access(path, wanted):
                return "permission denied"
            return None
        if path.exists():
            return "a file, not a folder"
        if not _nearest_existing(path).is_dir():
            return _bad_parent(path)
        return None if may_be_missing else "no such folder"
    except OSError as exc:
        return os_error_reason(exc)


def has_wildcards(name: str) -> bool:
    return any(char in WILDCARDS for char in name)


def _parent_is_folder(path: Path) -> bool:
    return _nearest_existing(path).is_dir()


def _nearest_existing(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def _bad_parent(path: Path) -> str:
    return f"{_nearest_existing(path)} is a file, not a folder"
