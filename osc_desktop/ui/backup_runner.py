"""Automatic backups while the records are open, and the backup line of the status bar.

`BackupRunner` belongs to the main window while a centre is open. A timer looks every
10 minutes (the first time 1 minute after opening) whether a backup is due by the machine
settings (`backup_schedule.backup_status(...).due`) and then makes one with
`run_scheduled_backup` (backup plus retention). The backup is the machine's (`by=None`,
audited with no user), whoever is signed in. At exit (`run_at_exit`) one more is made if it
is due or the last one is older than an hour. A failure never ends or blocks the app: it is
logged by type only and shown in the status bar (`last_error`) until a backup succeeds.

The backup runs on the task runner's worker thread (`ui/tasks.py`): the window stays alive,
and a backup that takes more than half a second shows a progress dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from osc_desktop.errors import OscError
from osc_desktop.settings import MachineSettings, load_settings
from osc_desktop.ui import tasks
from osc_desktop.ui.formats import format_moment
from osc_desktop.ui.language import tr_error
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.backups.schedule import BackupStatus
    from osc_desktop.services.centre.storage import OpenCentre

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
CHECK_EVERY_MS = 10 * MINUTE_MS
FIRST_CHECK_MS = MINUTE_MS
# At exit a backup is made if one is due or the last is older than this.
EXIT_BACKUP_AFTER = timedelta(hours=1)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class BackupRunner(QObject):
    """Makes the scheduled backups of an open centre; says how the backups stand."""

    status_changed = Signal(object)  # BackupStatus (no survivor data)

    def __init__(
        self,
        centre: OpenCentre,
        *,
        check_every_ms: int = CHECK_EVERY_MS,
        first_check_ms: int = FIRST_CHECK_MS,
        clock: Callable[[], datetime] = _utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.centre = centre
        self.clock = clock
        self.check_every_ms = check_every_ms
        self.status: BackupStatus | None = None
        self.last_error: OscError | None = None
        self.unexpected_failure = False  # a failure that is not an OscError (a bug)
        self.backups_made = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self._first_check_ms = first_check_ms

    # --- timing -----------------------------------------------------------------------------

    def start(self) -> None:
        """Show the status now; look whether a backup is due after `first_check_ms`."""
        self.refresh_status()
        self.timer.start(self._first_check_ms)

    def stop(self) -> None:
        self.timer.stop()

    def _on_timer_timeout(self) -> None:
        try:
            self.check()
        finally:
            self.timer.start(self.check_every_ms)

    # --- backing up -------------------------------------------------------------------------

    def settings(self) -> MachineSettings:
        """The machine settings as saved now (the Backups tab may have changed them)."""
        return load_settings(self.centre.paths.settings)

    def check(self) -> bool:
        """Make a backup if one is due; True when one was made."""
        status = self.refresh_status()
        if status is None or not status.due:
            return False
        return self.back_up_now()

    def run_at_exit(self) -> bool:
        """At exit: back up if due or the last backup is older than an hour."""
        self.stop()
        status = self.refresh_status()
        if status is None:
            return False
        recent = (
            status.last_backup_at is not None
            and self.clock() - status.last_backup_at < EXIT_BACKUP_AFTER
        )
        if recent and not status.due:
            return False
        return self.back_up_now()

    def back_up_now(self) -> bool:
        """Make a backup (with retention) now; a failure is kept in `last_error`, never raised."""
        from osc_desktop.services.backups.schedule import run_scheduled_backup

        settings, now = self.settings(), self.clock()
        try:
            # On the task runner: the window stays alive, with a progress dialog if it is slow.
            tasks.run(
                lambda progress: run_scheduled_backup(
                    self.centre, settings, by=None, now=now, progress=progress
                ),
                title=self.tr("Making the scheduled backup…"),
            )
        except OscError as error:
            log.warning("the scheduled backup failed (%s)", type(error).__name__)
            self.last_error = error
            self.unexpected_failure = False
            made = False
        except Exception as exc:  # never crash the app for a backup
            log.error("the scheduled backup failed unexpectedly (%s)", type(exc).__name__)
            self.last_error = None
            self.unexpected_failure = True
            made = False
        else:
            self.last_error = None
            self.unexpected_failure = False
            self.backups_made += 1
            made = True
        self.refresh_status()
        return made

    def refresh_status(self) -> BackupStatus | None:
        """Read the backup folder and emit `status_changed`; None if it cannot be read."""
        from osc_desktop.services.backups.schedule import backup_status

        paths, settings, code, now = (
            self.centre.paths,
            self.settings(),
            self.centre.profile.code,
            self.clock(),
        )
        try:
            status = tasks.run(
                lambda progress: backup_status(paths, settings, centre_code=code, now=now)
            )
        except Exception as exc:  # a status that cannot be read is not worth a crash
            log.warning("could not read the backup status (%s)", type(exc).__name__)
            return None
        self.status = status
        self.status_changed.emit(status)
        return status

    @property
    def failed(self) -> bool:
        return self.last_error is not None or self.unexpected_failure


class BackupStatusLabel(Retranslating, QLabel):
    """The status bar's backup line: last backup, or a red warning. No survivor data."""

    WARNING_STYLE = "color: #b71c1c; font-weight: bold;"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner: BackupRunner | None = None
        self.warning = False

    def follow(self, runner: BackupRunner | None) -> None:
        """Show `runner`'s status from now on (None: the records are closed)."""
        if self.runner is not None:
            self.runner.status_changed.disconnect(self._on_runner_status_changed)
        self.runner = runner
        if runner is not None:
            runner.status_changed.connect(self._on_runner_status_changed)
        self.retranslate_ui()

    def _on_runner_status_changed(self, _status: object) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        runner = self.runner
        status = runner.status if runner is not None else None
        if runner is None or (status is None and not runner.failed):
            self._show("", warning=False)
            return
        parts: list[str] = []
        warning = False
        if status is not None:
            if status.last_backup_at is None:
                parts.append(self.tr("No backup yet"))
            else:
                when = format_moment(status.last_backup_at)
                parts.append(self.tr("Last backup: %1").replace("%1", when))
            if status.folder_missing:
                parts.append(self.tr("Backup folder not found: plug in the backup drive"))
                warning = True
            elif status.last_backup_at is None:
                warning = True  # "No backup yet" already says it
            elif status.stale:
                parts.append(self.tr("No backup for more than 24 hours"))
                warning = True
        if status is not None and status.folder_missing:
            pass  # the failure is the missing folder, said above
        elif runner.last_error is not None:
            parts.append(
                self.tr("The automatic backup failed: %1").replace(
                    "%1", tr_error(runner.last_error)
                )
            )
            warning = True
        elif runner.unexpected_failure:
            parts.append(self.tr("The automatic backup failed."))
            warning = True
        self._show(" — ".join(parts), warning=warning)

    def _show(self, text: str, *, warning: bool) -> None:
        self.warning = warning
        self.setText(text)
        self.setStyleSheet(self.WARNING_STYLE if warning else "")
