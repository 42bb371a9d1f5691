"""The backups screen's settings: the folder, how often, how many to keep, and saving them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, ValidationError
from osc_desktop.services.centre import settings as machine_settings
from osc_desktop.ui import tasks
from osc_desktop.ui.language import tr_field_problem
from osc_desktop.ui.widgets.form_field import FormField

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre
    from osc_desktop.services.core.dto import Actor
    from osc_desktop.settings import MachineSettings

# Fields of update_backup_settings, in the order they are shown.
FIELDS = ("backup_folder", "backup_every_hours", "keep_daily", "keep_weekly", "keep_monthly")


class BackupSettingsForm:
    """Mixin for the backups screen: the "Automatic backups" box and saving what it holds.

    The screen provides `centre`, `actor`, `settings`, `settings_saved`, `reload()` and
    `_refused()`.
    """

    centre: OpenCentre
    actor: Actor
    settings: MachineSettings
    settings_saved: Signal

    def _build_settings_box(self) -> QGroupBox:
        """Make the box of the settings (read from `settings`) with its Save button."""
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
        return self.settings_box

    @staticmethod
    def _spin(name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setMinimumWidth(150)
        return spin

    def _retranslate_settings(self) -> None:
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
