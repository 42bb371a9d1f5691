"""Remove what an interrupted backup or write left in the data folder (at start, and before
each backup), never a file that a backup or write running now in another process holds.

A killed backup leaves its snapshot, `.snapshot-<random>.db` (the whole encrypted database,
hundreds of MiB at a large centre), and a killed atomic write leaves `.<name>-<random>.tmp`
beside audit-head.json, keystore.json or settings.json. Both are held while being written
(`fileutil.create_held_file`), so a left one is told from a live one by its hold, not its age.
Imports nothing heavy: the app calls this before its window shows.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import timedelta
from pathlib import Path

from osc_desktop.fileutil import remove_left_temp_files, remove_unless_held
from osc_desktop.paths import DataPaths

log = logging.getLogger(__name__)

SNAPSHOT_PREFIX = ".snapshot-"
SNAPSHOT_SUFFIX = ".db"
PARTIAL_PREFIX = ".osc-backup-"
PARTIAL_SUFFIX = ".partial"
# Where a file system cannot tell whether a file is held (no flock), a temporary file older
# than this is taken for one a power cut left, not one being written now.
STALE_AFTER = timedelta(days=1)
_SIDECARS = ("-journal", "-wal", "-shm")


def remove_leftovers(paths: DataPaths) -> None:
    """Remove left snapshots (and their SQLite sidecars) and left temporary copies of the
    data folder's small files. Never raises."""
    stale_s = STALE_AFTER.total_seconds()
    removed = 0
    with contextlib.suppress(OSError):
        candidates = sorted(paths.root.glob(f"{SNAPSHOT_PREFIX}*"))
        for path in candidates:
            if path.name.endswith(SNAPSHOT_SUFFIX):
                if remove_unless_held(path, older_than_s=stale_s):
                    removed += 1
                    _remove_sidecars(path)
            elif not _main_file_of(path).exists():
                # A sidecar whose snapshot is gone: its owner is done with it, or dead.
                with contextlib.suppress(OSError):
                    path.unlink()
    for kept in (paths.audit_anchor, paths.keystore, paths.settings):
        remove_left_temp_files(kept, older_than_s=stale_s)
    if removed:
        log.info("removed %d snapshot(s) left by interrupted backups", removed)


def remove_left_partials(folder: Path) -> None:
    """Remove unfinished backup files that interrupted backups left in a backup folder, unless
    a backup running now holds them. Never raises."""
    with contextlib.suppress(OSError):
        for path in folder.glob(f"{PARTIAL_PREFIX}*{PARTIAL_SUFFIX}"):
            remove_unless_held(path, older_than_s=STALE_AFTER.total_seconds())


def _main_file_of(sidecar: Path) -> Path:
    for suffix in _SIDECARS:
        if sidecar.name.endswith(suffix):
            return sidecar.with_name(sidecar.name[: -len(suffix)])
    return sidecar


def _remove_sidecars(snapshot: Path) -> None:
    for suffix in _SIDECARS:
        with contextlib.suppress(OSError):
            snapshot.with_name(snapshot.name + suffix).unlink()
