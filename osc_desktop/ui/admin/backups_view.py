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

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, SessionEnded, ValidationError
from osc_desktop.services.backups import schedule as backup_schedule
from osc_desktop.services.backups.common import (
    PROBLEM_DAMAGED,
    PROBLEM_INTEGRITY,
    PROBLEM_MANIFEST,
    PROBLEM_MESSAGES,
    PROBLEM_OK,
    PROBLEM_OTHER_CENTRE,
    PROBLEM_TOO_NEW,
    PROBLEM_WRONG_KEY,
    BackupInfo,
    VerifyResult,
)
from osc_desktop.services.backups.verify import list_backups, verify_backup
from osc_desktop.services.centre import settings as machine_settings
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.progress import Cancelled, Progress
from osc_desktop.settings import MachineSettings
from osc_desktop.ui import tasks
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.formats import format_moment
from osc_desktop.ui.language import tr_field_problem
from osc_desktop.ui.widgets.form_field import ERROR_STYLE, FormField
from osc_desktop.ui.widgets.outcome_label import OutcomeLabel
from osc_desktop.ui.widgets.record_table import make_record_table
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

T = TypeVar("T")

OK_COLOUR = "#1b5e20"
BAD_COLOUR = "#b3261e"
OK_STYLE = f"color: {OK_COLOUR};"
# The result of a check that could not be made (the file could not be read).
UNREADABLE = "unreadable"
# Fields of update_backup_settings, in the order they are shown.
FIELDS = ("backup_folder", "backup_every_hours", "keep_daily", "keep_weekly", "keep_monthly")


class BackupsView(Retranslating, QWidget):
    """The backup settings, the status with "Back up now", and the backups in the folder."""

    # A manager confirmed (twice) restoring this backup file: the main window does it.
    restore_requested = Signal(Path)
    # The backup settings were saved (the automatic backups follow them).
    settings_saved = Signal(MachineSettings)
    # The signed-in account was deactivated meanwhile: the session should end.
    session_ended = Signal()

    class Column:
        MADE = 0
        SIZE = 1
        CENTRE = 2
        CHECK = 3
        COUNT = 4

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
        # The last outcome shown under the buttons, re-worded on a language switch.

        # -- where and how often ----------------------------------------------------------
        self.settings_box = QGroupBox()
        self.folder_edit = QLineEdit(self.settings.backup_folder)
        self.folder_edit.setObjectName("backup_folder")
        self.folder_edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.every_hours = self._spin(
            "backup_every_hours", 1, 168, self.settings.backup_every_hours
        )
        self.keep_daily = self._spin("keep_daily", 0, 99, self.settings.keep_daily)
        self.keep_weekly = self._spin("keep_weekly", 0, 99, self.settings.keep_weekly)
        self.keep_monthly = self._spin("keep_monthly", 0, 99, self.settings.keep_monthly)
        editors: dict[str, QWidget] = {
            "backup_folder": self.folder_edit,
            "backup_every_hours": self.every_hours,
            "keep_daily": self.keep_daily,
            "keep_weekly": self.keep_weekly,
            "keep_monthly": self.keep_monthly,
        }
        self.fields: dict[str, FormField] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name in FIELDS:
            field = FormField(editors[name])
            label = QLabel()
            label.setBuddy(editors[name])
            label.setContentsMargins(0, 4, 0, 0)
            self.fields[name] = field
            self.labels[name] = label
            if name == "backup_folder":
                # The field, its Choose… button, and the hint under them.
                self.folder_hint = QLabel()
                self.folder_hint.setWordWrap(True)
                row = QWidget()
                row_layout = QGridLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                row_layout.setVerticalSpacing(2)
                row_layout.addWidget(field, 0, 0)
                row_layout.addWidget(self.choose_button, 0, 1, Qt.AlignmentFlag.AlignTop)
                row_layout.addWidget(self.folder_hint, 1, 0, 1, 2)
                row_layout.setColumnStretch(0, 1)
                form.addRow(label, row)
            else:
                # A spin box need not stretch across the page: its field stays small.
                field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
                form.addRow(label, field)
        self.keep_hint = QLabel()
        self.keep_hint.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.saved_label = QLabel()
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)
        settings_layout = QVBoxLayout(self.settings_box)
        settings_layout.addLayout(form)
        # Under the form, not in it: a wrapped label in a form row keeps room for lines it
        # does not use.
        settings_layout.addWidget(self.keep_hint)
        settings_layout.addLayout(save_row)

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

    @staticmethod
    def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setMinimumWidth(150)
        return spin

    def retranslate_ui(self) -> None:
        self.settings_box.setTitle(self.tr("Automatic backups"))
        self.labels["backup_folder"].setText(self.tr("Backup &folder:"))
        self.folder_edit.setPlaceholderText(str(self.centre.paths.backups_dir))
        self.choose_button.setText(self.tr("Ch&oose…"))
        self.folder_hint.setText(
            self.tr(
                "Leave it empty to keep the backups in the data folder. A USB drive or another "
                "computer is safer: a backup on this computer is lost with it."
            )
        )
        self.labels["backup_every_hours"].setText(self.tr("Back up &every:"))
        self.every_hours.setSuffix(self.tr(" hours"))
        self.labels["keep_daily"].setText(self.tr("Keep &daily backups for:"))
        self.keep_daily.setSuffix(self.tr(" days"))
        self.labels["keep_weekly"].setText(self.tr("Keep &weekly backups for:"))
        self.keep_weekly.setSuffix(self.tr(" weeks"))
        self.labels["keep_monthly"].setText(self.tr("Keep &monthly backups for:"))
        self.keep_monthly.setSuffix(self.tr(" months"))
        self.keep_hint.setText(
            self.tr(
                "Older backups in the folder are deleted after each backup; the newest one is "
                "always kept. Other files in the folder are never touched."
            )
        )
        self.save_button.setText(self.tr("&Save backup settings"))
        if self.saved_label.text():
            self.saved_label.setText(self.tr("Saved."))
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

    def _show_check(self, item: QStandardItem, code: str | None) -> None:
        """The check column of one backup: its result in words (green when it can be
        restored, red otherwise), explained in the tooltip; empty while not checked."""
        if code is None:
            return
        item.setText(self.check_text(code))
        item.setToolTip(self.check_explanation(code))
        item.setForeground(QBrush(QColor(OK_COLOUR if not code else BAD_COLOUR)))

    def _fit_columns(self) -> None:
        """Widen the columns to their contents (the check, last, takes the rest); the user
        can still drag them."""
        for column in (self.Column.MADE, self.Column.SIZE, self.Column.CENTRE):
            self.table.resizeColumnToContents(column)

    def check_text(self, code: str) -> str:
        """The verify result of one backup, in a few clear words."""
        words = {
            PROBLEM_OK: self.tr("OK: can be restored"),
            PROBLEM_DAMAGED: self.tr("Damaged"),
            PROBLEM_WRONG_KEY: self.tr("Wrong key"),
            PROBLEM_OTHER_CENTRE: self.tr("Another centre's backup"),
            PROBLEM_TOO_NEW: self.tr("Made by a newer version"),
            PROBLEM_INTEGRITY: self.tr("Damaged"),
            PROBLEM_MANIFEST: self.tr("Damaged: records missing"),
            UNREADABLE: self.tr("Could not be read"),
        }
        return words.get(code, self.tr("Damaged"))

    def check_explanation(self, code: str) -> str:
        if code == UNREADABLE:
            return self.tr("The file could not be read: check the drive and try again.")
        message = PROBLEM_MESSAGES.get(code, PROBLEM_MESSAGES["damaged"])
        return QCoreApplication.translate("backups", message)

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

    # -- settings ---------------------------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        start = self.folder_edit.text().strip() or str(self.centre.paths.backups_dir)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), start)
        if chosen:
            self.folder_edit.setText(str(Path(chosen)))
            self.fields["backup_folder"].set_error("")

    def _on_save_button_clicked(self) -> None:
        self.saved_label.clear()

        folder, every_hours = self.folder_edit.text().strip(), self.every_hours.value()
        keep = (self.keep_daily.value(), self.keep_weekly.value(), self.keep_monthly.value())
        try:
            saved = tasks.call(
                self.centre,
                lambda uow: machine_settings.update_backup_settings(
                    uow,
                    self.actor,
                    self.centre.paths,
                    folder=folder,
                    every_hours=every_hours,
                    keep_daily=keep[0],
                    keep_weekly=keep[1],
                    keep_monthly=keep[2],
                ),
                parent=self,
            )
        except ValidationError as error:
            first: FormField | None = None
            for name in FIELDS:
                problem = error.field_errors.get(name)
                self.fields[name].set_error(tr_field_problem(problem) if problem else "")
                if problem is not None and first is None:
                    first = self.fields[name]
            if first is not None:
                first.editor.setFocus()
            return
        except OscError as error:
            self._refused(error)
            return
        except OSError:
            self.fields["backup_folder"].set_error("")
            self.saved_label.setText(
                self.tr("The settings could not be saved: the data folder is not writable.")
            )
            return
        for field in self.fields.values():
            field.set_error("")
        self.settings = saved
        self.folder_edit.setText(saved.backup_folder)
        self.saved_label.setText(self.tr("Saved."))
        self.settings_saved.emit(saved)
        self.reload()

    # -- backing up and checking ------------------------------------------------------------

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

    def _on_verify_button_clicked(self) -> None:
        """Check every backup in the list with this centre's key, one after the other."""
        if not self.backups:
            return
        self._set_enabled(False)
        total = len(self.backups)
        try:
            for row, info in enumerate(list(self.backups)):
                title = (
                    self.tr("Checking backup %1 of %2…")
                    .replace("%1", QLocale().toString(row + 1))
                    .replace("%2", QLocale().toString(total))
                )
                try:
                    self.checks[info.path] = self._verify(info.path, title).problem
                except Cancelled:
                    break  # the ones checked keep their result; the rest stay unchecked
                item = self.model.item(row, self.Column.CHECK)
                if item is not None:
                    self._show_check(item, self.checks[info.path])  # each result as it comes
        finally:
            self._set_enabled(True)
        self._fill_table()
        bad = sum(1 for info in self.backups if self.checks.get(info.path))
        total = len(self.backups)
        self.outcome_label.set_outcome(lambda: self._verify_summary(total, bad))

    def _verify(self, path: Path, title: str) -> VerifyResult:
        """Check one backup (on the task runner, with Cancel). Raises Cancelled."""
        key, code = self.centre.database_key, self.centre.profile.code
        try:
            return tasks.run(
                lambda progress: verify_backup(
                    path, database_key=key, expected_centre=code, progress=progress
                ),
                title=title,
                cancellable=True,
                parent=self,
            )
        except Cancelled:
            raise
        except OscError:
            return VerifyResult(path, False, UNREADABLE)

    def _verify_summary(self, total: int, bad: int) -> tuple[str, str]:
        if not bad:
            text = (
                self.tr("The backup is complete and can be restored.")
                if total == 1
                else self.tr("All %1 backups are complete and can be restored.").replace(
                    "%1", QLocale().toString(total)
                )
            )
            return text, OK_STYLE
        text = self.tr("%1 of %2 backups cannot be restored: see the Check column.")
        return (
            text.replace("%1", QLocale().toString(bad)).replace("%2", QLocale().toString(total)),
            ERROR_STYLE,
        )

    # -- restore ----------------------------------------------------------------------------

    def _on_restore_button_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        code = self.checks.get(info.path)
        if code:
            QMessageBox.warning(
                self,
                self.tr("Restore from a backup"),
                self.tr("This backup cannot be restored: %1").replace(
                    "%1", self.check_explanation(code)
                ),
            )
            return
        if info.centre_code != self.centre.profile.code:
            QMessageBox.warning(
                self,
                self.tr("Restore from a backup"),
                self.tr(
                    "This backup belongs to another centre (%1). Only this centre's backups can "
                    "be restored here."
                ).replace("%1", info.centre_code),
            )
            return
        made = format_moment(info.created_at)
        first = self._confirm(
            self.tr("Restore from a backup"),
            self.tr(
                "Replace the records on this computer with the backup of %1?\n\n"
                "Everything recorded after that backup was made will no longer be in the "
                "records. The current records are not deleted: they are kept aside, in the "
                "before-restore folder inside the data folder.\n\n"
                "Everyone is signed out, and you will need the printed recovery key."
            ).replace("%1", made),
        )
        if not first:
            return
        second = self._confirm(
            self.tr("Restore from a backup"),
            self.tr(
                "Are you sure? The records will go back to how they were on %1.\n\nRestore now?"
            ).replace("%1", made),
        )
        if second:
            self.restore_requested.emit(info.path)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
