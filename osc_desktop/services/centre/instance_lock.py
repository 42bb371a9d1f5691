"""One running copy of the app per data folder."""

from __future__ import annotations

from filelock import FileLock, Timeout

from osc_desktop.errors import AlreadyRunning, DataFolderNotWritable
from osc_desktop.paths import DataPaths, ensure_private_dir


class InstanceLock:
    """Held while the app runs; the operating system frees it if the process dies."""

    def __init__(self, paths: DataPaths) -> None:
        self._lock = FileLock(str(paths.instance_lock), timeout=0, is_singleton=False)
        self._paths = paths

    def acquire(self) -> None:
        """Raises AlreadyRunning when another copy holds the folder, DataFolderNotWritable."""
        try:
            ensure_private_dir(self._paths.root)
            self._lock.acquire()
        except Timeout:
            raise AlreadyRunning() from None
        except OSError:
            raise DataFolderNotWritable("lock") from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()
