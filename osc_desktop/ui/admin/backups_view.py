"""Backups (manager only): where and how often, how many to keep, the status, the backups in
the folder, checking them, and asking for a restore.

The restore itself is the main window's: it must sign everyone out and close the database
first. This screen only confirms twice and emits `restore_requested(path)`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, SessionEnded
from osc_desktop.services.backups import schedule as backup_schedule
from osc_desktop.services.backups.common import BackupInfo
from osc_desktop.services.backups.verify import list_backups
from osc_desktop.services.centre import settings as machine_settings
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.progress import Cancelled, Progress
from osc_desktop.settings import MachineSettings
from osc_desktop.ui import tasks
from osc_desktop.ui.admin.backup_checks import OK_STYLE, BackupChecks, BackupColumn
from osc_desktop.ui.admin.backup_settings_form import BackupSettingsForm
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.formats import format_moment
from osc_desktop.ui.widgets.form_field import ERROR_STYLE
from osc_desktop.ui.widgets.outcome_label import OutcomeLabel
from osc_desktop.ui.widgets.record_table import make_record_table
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

T = TypeVar("T")


class BackupsView(BackupSettingsForm, BackupChecks, Retranslating, QWidget):
    """The backup settings, the status with "Back up now", and the backups in the folder."""

    # A manager confirmed (twice) restoring this backup file: the main window does it.
    restore_requested = Signal(Path)
    # The backup settings were saved (the automatic backups follow them).
    settings_saved = Signal(MachineSettings)
    # The signed-in account was deactivated meanwhile: the session should end.
    session_ended = Signal()

    Column = BackupColumn

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        self.settings = machine_settings.read_settings(centre.paths)
        self.status: backup_schedule.BackupStatus | None = None
        self.backups: list[BackupInfo] = []
        # Results of "Verify all", by file: a PROBLEM_* code, or UNREADABLE.
        self.checks: dict[Path, str] = {}
        self._loaded = False
        self.settings_box = self._build_settings_box()

        # -- the status and "Back up now" -------------------------------------------------
        self.status_label = QLabel()
        self.status_label.setObjectName("backup_status")
        self.status_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("backup_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.warning_label.hide()
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        status_text = QVBoxLayout()
        status_text.addWidget(self.status_label)
        status_text.addWidget(self.warning_label)
        status_row = QHBoxLayout()
        status_row.addLayout(status_text, 1)
        status_row.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignTop)

        # -- the backups in the folder ----------------------------------------------------
        self.list_label = QLabel()
        self.model = QStandardItemModel(0, self.Column.COUNT, self)
        self.table = make_record_table(self.model, "backups_table")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("backups_empty")
        self.empty_label.setStyleSheet(
            "QLabel#backups_empty { color: palette(placeholder-text); background: palette(base);"
            " border: 1px solid palette(mid); }"
        )
        # The list, or a word that there is nothing in it, in the same place.
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        actions = QHBoxLayout()
        actions.addWidget(self.verify_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)
        self.outcome_label = OutcomeLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.settings_box)
        layout.addLayout(status_row)
        layout.addWidget(self.list_label)
        layout.addWidget(self.list_stack, 1)
        layout.addLayout(actions)
        layout.addWidget(self.outcome_label)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self._retranslate_settings()
        self.backup_button.setText(self.tr("&Back up now"))
        self.list_label.setText(self.tr("Backups in the folder:"))
        self.empty_label.setText(self.tr("There are no backups in the folder yet."))
        self.verify_button.setText(self.tr("&Verify all"))
        self.verify_button.setToolTip(
            self.tr("Checks that each backup is complete and can be restored with this key.")
        )
        self.restore_button.setText(self.tr("&Restore from this backup…"))
        self.refresh_button.setText(self.tr("Refres&h"))
        self.model.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("Size"), self.tr("Centre"), self.tr("Check")]
        )
        self._show_status()
        self._fill_table()
        self.outcome_label.refresh()

    # -- reading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        # Each time the tab is opened: an automatic backup may have been made meanwhile.
        self.reload()

    def folder(self) -> Path:
        """The folder the saved settings name (the data folder's backups/ when none)."""
        return backup_schedule.backup_folder(self.centre.paths, self.settings)

    def reload(self) -> None:
        """Read the status and the list of backups again (the checks of files still there
        are kept)."""
        self._loaded = True
        paths, settings, code = self.centre.paths, self.settings, self.centre.profile.code
        folder = self.folder()

        def read(progress: Progress) -> tuple[backup_schedule.BackupStatus, list[BackupInfo]]:
            # A USB drive or a network share can take seconds to answer: off the GUI thread.
            status = backup_schedule.backup_status(
                paths, settings, centre_code=code, now=datetime.now(UTC)
            )
            if status.folder_missing:
                return status, []
            try:
                return status, list_backups(folder)
            except OscError:
                return status, []  # the drive went away meanwhile: the status says so next time

        self.status, found = tasks.run(
            read, title=self.tr("Reading the backup folder…"), parent=self
        )
        self.backups = found
        present = {info.path for info in found}
        self.checks = {path: code for path, code in self.checks.items() if path in present}
        self._show_status()
        self._fill_table()
        self._update_buttons()

    def _show_status(self) -> None:
        status = self.status
        if status is None:
            self.status_label.clear()
            self.warning_label.hide()
            return
        folder = str(self.folder())
        if status.last_backup_at is None:
            self.status_label.setText(self.tr("Backups go to %1.").replace("%1", folder))
        else:
            self.status_label.setText(
                self.tr("Last backup: %1, in %2.")
                .replace("%1", format_moment(status.last_backup_at))
                .replace("%2", folder)
            )
        warnings = []
        if status.folder_missing:
            warnings.append(self.tr("Backup folder not found: plug in the backup drive."))
        if status.last_backup_at is None:
            warnings.append(self.tr("No backup has been made yet."))
        elif status.stale:
            warnings.append(self.tr("No backup for more than 24 hours."))
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    def _fill_table(self) -> None:
        selected = self.selected()
        self.model.removeRows(0, self.model.rowCount())
        locale = QLocale()
        for info in self.backups:
            made = QStandardItem(format_moment(info.created_at))
            made.setData(info.path, Qt.ItemDataRole.UserRole)
            made.setToolTip(info.path.name)
            size = QStandardItem(
                locale.formattedDataSize(
                    info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                )
            )
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            centre = QStandardItem(info.centre_code)
            check = QStandardItem()
            self._show_check(check, self.checks.get(info.path))
            self.model.appendRow([made, size, centre, check])
        self._fit_columns()
        self.list_stack.setCurrentWidget(
            self.empty_label if not self.backups and self._loaded else self.table
        )
        if selected is not None:
            self.select_path(selected.path)

    def _fit_columns(self) -> None:
        """Widen the columns to their contents (the check, last, takes the rest); the user
        can still drag them."""
        for column in (self.Column.MADE, self.Column.SIZE, self.Column.CENTRE):
            self.table.resizeColumnToContents(column)

    # -- the selection ----------------------------------------------------------------------

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]

    def select_path(self, path: Path) -> None:
        for row, info in enumerate(self.backups):
            if info.path == path:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_args: object) -> None:
        self.verify_button.setEnabled(bool(self.backups))
        self.restore_button.setEnabled(self.selected() is not None)

    # -- backing up -------------------------------------------------------------------------

    def _on_backup_button_clicked(self) -> None:
        settings = self.settings
        info = self._busy(
            lambda progress: backup_schedule.run_scheduled_backup(
                self.centre, settings, by=self.actor, now=datetime.now(UTC), progress=progress
            ),
            self.tr("Making a backup…"),
        )
        self.reload()
        if info is not None:
            self.select_path(info.path)
            moment = info.created_at
            name = info.path.name
            self.outcome_label.set_outcome(
                lambda: (
                    self.tr("Backup made: %1 (%2).")
                    .replace("%1", name)
                    .replace("%2", format_moment(moment)),
                    OK_STYLE,
                )
            )

    # -- helpers ----------------------------------------------------------------------------

    def _set_enabled(self, enabled: bool) -> None:
        for button in (
            self.save_button,
            self.backup_button,
            self.verify_button,
            self.restore_button,
            self.refresh_button,
        ):
            button.setEnabled(enabled)
        if enabled:
            self._update_buttons()

    def _busy(self, action: Callable[[Progress], T], title: str) -> T | None:
        """Run `action(progress)` on the task runner with a progress dialog titled `title`
        and Cancel; a refusal is explained and gives None, a cancelled one just None."""
        refusal: OscError | None = None
        self._set_enabled(False)
        try:
            return tasks.run(action, title=title, cancellable=True, parent=self)
        except Cancelled:
            return None
        except OscError as error:
            refusal = error
            return None
        finally:
            self._set_enabled(True)
            if refusal is not None:
                self._refused(refusal)

    def _refused(self, error: OscError) -> None:
        show_service_error(self, error)
        if isinstance(error, SessionEnded):
            self.session_ended.emit()
