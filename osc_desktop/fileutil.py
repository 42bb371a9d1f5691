"""Small file-system helpers shared by settings, the key store, the audit anchor and backups.

**Held temporary files.** A temporary file (a backup's snapshot, the half-written copy of a
settings file) is held by the process writing it for as long as it exists: on POSIX by an
exclusive `flock` on the file, which the system drops when the process dies, however it dies;
on Windows by the open handle itself, since a file open without delete sharing cannot be
removed. Another process sharing the data folder can then tell a file being written now from
one a killed process left behind (`remove_unless_held`), whatever their ages. `flock` locks
belong to the open file, not the process, so SQLite closing its own descriptors of the same
file never drops them (and they never meet SQLite's fcntl locks). Where a file system has no
`flock` (some network shares) the hold cannot be tested, and only files older than the given
age are taken for left behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path

if os.name != "nt":
    import fcntl

# Attempts at a new held file before giving up (each loses only to a cleaner's race).
_HOLD_ATTEMPTS = 5


class HeldFile:
    """A new, empty, private file that this process holds until `release` or `remove`."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def fileno(self) -> int:
        """The held descriptor (open for reading and writing at offset 0)."""
        if self._fd is None:
            raise ValueError("the file is no longer held")
        return self._fd

    def release(self) -> None:
        """Let go of the file (it stays); needed on Windows before it is renamed or removed."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def remove(self) -> None:
        """Remove the file, then let go of it (POSIX: removed while still held)."""
        if os.name == "nt":
            self.release()
        with contextlib.suppress(OSError):
            self.path.unlink()
        self.release()


def create_held_file(folder: Path, prefix: str, suffix: str) -> HeldFile:
    """A new, empty file (mode 600) with a random name in `folder`, held by this process.

    Raises:
        OSError: the file cannot be made (folder missing or read-only, disk full).
    """
    for _ in range(_HOLD_ATTEMPTS):
        path = folder / f"{prefix}{secrets.token_hex(8)}{suffix}"
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        if _hold(fd, path):
            return HeldFile(path, fd)
        os.close(fd)
    raise OSError("could not hold a new temporary file")


def _hold(fd: int, path: Path) -> bool:
    """Hold the file just made at `path` through `fd`; False when another process removed it
    first (a cleaner may take a new, not yet held file for a left one)."""
    if os.name == "nt":
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # a cleaner holds it for a moment, and is removing it
    except OSError:
        return True  # no flock here: cleaners fall back to the file's age
    return _same_file(fd, path)


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def remove_unless_held(path: Path, *, older_than_s: float) -> bool:
    """Remove a temporary file unless a living process holds it (see the module docstring);
    where holds cannot be tested, only if it is older than `older_than_s`. True if removed.
    Never raises."""
    if os.name == "nt":
        try:
            path.unlink()  # fails while the writer has it open
        except OSError:
            return False
        return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # being written now
        except OSError:
            if time.time() - os.fstat(fd).st_mtime < older_than_s:
                return False
        if not _same_file(fd, path):
            return False
        path.unlink()
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def remove_left_temp_files(path: Path, *, older_than_s: float) -> None:
    """Remove the temporary files `write_atomically(path, ...)` left when interrupted, unless
    a living process is writing them now. Never raises."""
    with contextlib.suppress(OSError):
        for candidate in path.parent.glob(f".{path.name}-*.tmp"):
            remove_unless_held(candidate, older_than_s=older_than_s)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so a reader sees either the old or the new file, never half.

    Writes a held temporary file (`.<name>-<random>.tmp`) in the same folder, fsyncs it, then
    renames it over `path`. Raises OSError (the old file, if any, is left as it was).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    held = create_held_file(path.parent, f".{path.name}-", ".tmp")
    try:
        with os.fdopen(os.dup(held.fileno()), "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "nt":  # Windows renames no file that is open
            held.release()
        os.replace(held.path, path)  # POSIX: still held, so no cleaner can take it first
        held.release()
    except BaseException:
        held.remove()
        raise
