"""Automatic backups: where they go, when one is due, and which old ones are kept (issue 5).

**Where.** `MachineSettings.backup_folder`, or `<data folder>/backups` when it is empty (or not
a full path). A folder on another drive is far safer; when that drive is unplugged the status
says so ("folder_missing") and the backup fails with BackupTargetMissing, never silently.

**When.** `backup_status` says a backup is `due` when there is none of this centre in the
folder or the newest is `backup_every_hours` old, and `stale` (the warning everyone sees) when
there is none or the newest is more than 24 hours old. The UI's timer asks and then calls
`run_scheduled_backup`.

**Which are kept** (grandfather-father-son, by the computer's local date): the newest backup
of each of the last `keep_daily` days that have backups, of each of the last `keep_weekly` ISO
weeks and of each of the last `keep_monthly` months that have backups; the newest backup is
always kept. Backups dated after `now` (a clock that was, or is, set wrong: a flat CMOS battery
puts it back to 1970 or 2000) are never deleted and take no place in the count. Retention
deletes only files it can be sure are this centre's automatic backups: a `.oscbackup` file
whose header carries this centre's code *and* whose name is the one `create_backup` gives it
(`osc-<code>-<UTC stamp>[-n].oscbackup`). A backup the manager renamed to keep it, another
centre's, a `.partial` file or anything else in the folder is never touched.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from osc_desktop.errors import BackupError
from osc_desktop.paths import DataPaths
from osc_desktop.services.backups.common import BackupInfo, backup_file_name
from osc_desktop.services.backups.create import create_backup
from osc_desktop.services.backups.format import BACKUP_SUFFIX
from osc_desktop.services.backups.verify import list_backups
from osc_desktop.services.centre.storage import OpenCentre
from osc_desktop.services.core.clock import local_moment
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.progress import Progress, no_progress
from osc_desktop.settings import MachineSettings

log = logging.getLogger(__name__)

# The newest backup older than this makes the status `stale` (a warning shown to everyone).
STALE_AFTER = timedelta(hours=24)


@dataclass(frozen=True)
class BackupStatus:
    """This centre's backups in the backup folder, as the status bar and Backups tab show them.

    `last_backup_at` is UTC (aware). `folder_missing`: the folder and the folder it would be
    made in are both gone (the backup drive is unplugged). `stale`: no backup, or the newest is
    more than 24 hours old. `due`: no backup, or the newest is `backup_every_hours` old.
    """

    last_backup_at: datetime | None
    last_backup_path: Path | None
    folder_missing: bool
    stale: bool
    due: bool


def backup_folder(paths: DataPaths, settings: MachineSettings) -> Path:
    """The folder backups go into: the chosen one, or `<data folder>/backups`."""
    chosen = settings.backup_folder.strip()
    if chosen:
        folder = Path(chosen).expanduser()
        if folder.is_absolute():
            return folder
        log.warning("backup folder is not a full path; using the default")
    return paths.backups_dir


def retention_keep(
    backups: list[BackupInfo], *, daily: int, weekly: int, monthly: int, now: datetime
) -> set[Path]:
    """The paths among `backups` to keep (grandfather-father-son by local date).

    Of the backups dated at or before `now`: the newest of each of the `daily` newest local
    days that have backups, of each of the `weekly` newest ISO weeks and of each of the
    `monthly` newest months, plus the newest of all. Backups dated after `now` are all kept
    (the clock is or was wrong). At most `daily + weekly + monthly + 1` of the backups dated at
    or before `now` are kept. The same input always gives the same answer (ties in time are
    broken by the file name).
    """
    moment = now.astimezone(UTC)
    ordered = sorted(
        backups, key=lambda info: (info.created_at.astimezone(UTC), str(info.path)), reverse=True
    )
    keep = {info.path for info in ordered if info.created_at.astimezone(UTC) > moment}
    placed = [info for info in ordered if info.created_at.astimezone(UTC) <= moment]
    if ordered:
        keep.add(ordered[0].path)
    if placed:
        keep.add(placed[0].path)

    def local(info: BackupInfo) -> datetime:
        return local_moment(info.created_at)  # the centre's days, weeks and months

    keep |= _newest_per_period(placed, daily, lambda info: local(info).date())
    keep |= _newest_per_period(placed, weekly, lambda info: local(info).isocalendar()[:2])
    keep |= _newest_per_period(placed, monthly, lambda info: (local(info).year, local(info).month))
    return keep


def _newest_per_period(
    newest_first: Iterable[BackupInfo], count: int, period: Callable[[BackupInfo], Hashable]
) -> set[Path]:
    """The first (newest) backup of each of the first `count` distinct periods."""
    seen: set[Hashable] = set()
    kept: set[Path] = set()
    for info in newest_first:
        if len(seen) >= count:
            break
        key = period(info)
        if key not in seen:
            seen.add(key)
            kept.add(info.path)
    return kept


def apply_retention(
    folder: Path, *, centre_code: str, settings: MachineSettings, now: datetime | None = None
) -> list[Path]:
    """Delete this centre's automatic backups in `folder` that `retention_keep` does not keep.

    Only files named as `create_backup` names this centre's backups and whose header carries
    `centre_code` are considered (see the module docstring); a file that cannot be deleted is
    logged (by error type) and left. Returns the deleted paths, oldest first.

    Raises:
        BackupTargetMissing: the folder cannot be read.
    """
    moment = now or datetime.now(UTC)
    ours = [
        info
        for info in list_backups(folder)
        if info.centre_code == centre_code and _is_automatic_name(info.path, centre_code)
    ]
    keep = retention_keep(
        ours,
        daily=settings.keep_daily,
        weekly=settings.keep_weekly,
        monthly=settings.keep_monthly,
        now=moment,
    )
    deleted: list[Path] = []
    for info in sorted(ours, key=lambda i: (i.created_at.astimezone(UTC), str(i.path))):
        if info.path in keep:
            continue
        try:
            info.path.unlink()
        except OSError as exc:
            log.warning("could not delete an old backup: %s", type(exc).__name__)
            continue
        deleted.append(info.path)
    if deleted:
        log.info("retention deleted %d old backups", len(deleted))
    return deleted


def _is_automatic_name(path: Path, centre_code: str) -> bool:
    """Whether `path` is named as `create_backup` names a backup of `centre_code`."""
    stem = backup_file_name(centre_code, datetime(2000, 1, 1, tzinfo=UTC))
    prefix = stem[: -len("20000101T000000Z")]
    pattern = re.escape(prefix) + r"\d{8}T\d{6}Z(-\d+)?" + re.escape(BACKUP_SUFFIX)
    return re.fullmatch(pattern, path.name) is not None


def backup_status(
    paths: DataPaths,
    settings: MachineSettings,
    *,
    centre_code: str,
    now: datetime | None = None,
) -> BackupStatus:
    """How this centre's backups stand (reads the backup headers only; never raises for a
    missing or unreadable folder: that is `folder_missing`, or no backup)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    folder = backup_folder(paths, settings)
    missing = not _folder_usable(folder)
    newest: BackupInfo | None = None
    if not missing:
        with contextlib.suppress(BackupError):
            newest = next(
                (info for info in list_backups(folder) if info.centre_code == centre_code), None
            )
    if newest is None:
        return BackupStatus(None, None, missing, True, True)
    at = newest.created_at.astimezone(UTC)
    age = moment - at
    return BackupStatus(
        last_backup_at=at,
        last_backup_path=newest.path,
        folder_missing=missing,
        stale=age > STALE_AFTER,
        due=age >= timedelta(hours=settings.backup_every_hours),
    )


def _folder_usable(folder: Path) -> bool:
    """The folder exists, or can be made (its parent exists), as `create_backup` needs."""
    try:
        return folder.is_dir() or folder.parent.is_dir()
    except OSError:
        return False


def run_scheduled_backup(
    centre: OpenCentre,
    settings: MachineSettings,
    *,
    by: Actor | None,
    now: datetime | None = None,
    progress: Progress = no_progress,
) -> BackupInfo:
    """Make a backup into the backup folder, then delete old ones (`apply_retention`).

    A retention failure is logged (by error type only) and never fails the backup.

    Raises: as `backups.create_backup` (BackupTargetMissing when the drive is unplugged,
    BackupTargetFull, PermissionDenied for an actor without MANAGE_BACKUPS...).
    """
    moment = now or datetime.now(UTC)
    folder = backup_folder(centre.paths, settings)
    info = create_backup(centre, folder, by=by, now=moment, progress=progress)
    try:
        apply_retention(folder, centre_code=centre.profile.code, settings=settings, now=moment)
    except Exception as exc:  # the backup is made; retention can wait for the next one
        log.warning("backup retention failed: %s", type(exc).__name__)
    return info
