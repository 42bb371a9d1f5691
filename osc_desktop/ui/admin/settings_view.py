"""Settings: this computer's idle lock and kiosk mode; the centre's follow-up schedule and time
zone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, ValidationError
from osc_desktop.services.cases import follow_up_plan
from osc_desktop.services.centre import settings as machine_settings
from osc_desktop.services.centre import setup as centre_setup
from osc_desktop.services.core.dto import Actor
from osc_desktop.settings import MachineSettings
from osc_desktop.ui import tasks
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.language import tr_field_problem
from osc_desktop.ui.widgets.form_field import FieldError
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.time_zone_box import TimeZoneBox

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre


class SettingsView(Retranslating, QWidget):
    settings_saved = Signal(MachineSettings)

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        current = machine_settings.read_settings(centre.paths)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(
            machine_settings.MIN_IDLE_MINUTES, machine_settings.MAX_IDLE_MINUTES
        )
        self.idle_minutes.setValue(current.idle_minutes)
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_error = FieldError()
        self.kiosk = QCheckBox()
        self.kiosk.setChecked(current.kiosk)
        self.kiosk_hint = QLabel()
        self.kiosk_hint.setWordWrap(True)
        months, profile = tasks.call(
            centre,
            lambda uow: (
                follow_up_plan.follow_up_months(uow),
                centre_setup.get_centre_profile(uow),
            ),
        )
        self.follow_up_months = QLineEdit(", ".join(str(m) for m in months))
        self.follow_up_months.setObjectName("follow_up_months")
        self.follow_up_months.setMaximumWidth(280)
        self.follow_up_label = QLabel()
        self.follow_up_label.setBuddy(self.follow_up_months)
        self.follow_up_error = FieldError()
        self.follow_up_hint = QLabel()
        self.follow_up_hint.setWordWrap(True)
        self.time_zone = TimeZoneBox(profile.time_zone if profile else centre.profile.time_zone)
        self.time_zone.setObjectName("time_zone")
        self.time_zone.setMinimumWidth(280)
        self.time_zone_label = QLabel()
        self.time_zone_label.setBuddy(self.time_zone)
        self.time_zone_error = FieldError()
        self.time_zone_hint = QLabel()
        self.time_zone_hint.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._on_save_clicked)
        self.saved = QLabel()
        self.idle_label = QLabel()
        self.idle_label.setBuddy(self.idle_minutes)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_minutes.setMinimumWidth(280)
        form.addRow(self.idle_label, self.idle_minutes)
        form.addRow("", self.idle_error)
        form.addRow("", self.kiosk)
        form.addRow("", self.kiosk_hint)
        form.addRow(self.follow_up_label, self.follow_up_months)
        form.addRow("", self.follow_up_error)
        form.addRow("", self.follow_up_hint)
        form.addRow(self.time_zone_label, self.time_zone)
        form.addRow("", self.time_zone_error)
        form.addRow("", self.time_zone_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.idle_label.setText(self.tr("&Lock the screen after"))
        self.idle_minutes.setSuffix(self.tr(" minutes without use"))
        self.kiosk.setText(self.tr("&Kiosk mode: full screen, only a manager can close it"))
        self.kiosk_hint.setText(
            self.tr("Kiosk mode takes effect the next time OSC Desktop starts.")
        )
        self.follow_up_label.setText(self.tr("&Follow-ups after disposal, at months"))
        self.follow_up_hint.setText(
            self.tr(
                "For the whole centre: when a case is disposed, follow-ups fall due this many "
                "months later (for example 1, 3, 6). Cases already disposed keep their dates."
            )
        )
        self.time_zone_label.setText(self.tr("Centre's &time zone"))
        self.time_zone_hint.setText(
            self.tr(
                "For the whole centre: case numbers, today's date and every time shown or "
                "printed follow this zone, whatever this computer's clock is set to. Other "
                "computers of the centre take a change when they next open it."
            )
        )
        self.save_button.setText(self.tr("&Save settings"))

    def _on_save_clicked(self) -> None:
        # The centre's schedule first: it is the one that can be refused, and then nothing is
        # saved at all.
        months_text = self.follow_up_months.text()
        try:
            months = tasks.call(
                self.centre,
                lambda uow: follow_up_plan.set_follow_up_months(uow, months_text, by=self.actor),
                parent=self,
            )
        except ValidationError as error:
            self.follow_up_error.show_message(
                tr_field_problem(error.field_errors["follow_up_months"])
            )
            self.follow_up_months.setFocus()
            return
        except OscError as error:
            show_service_error(self, error)
            return
        self.follow_up_error.show_message("")
        self.follow_up_months.setText(", ".join(str(m) for m in months))
        zone = self.time_zone.zone_name()
        try:
            tasks.call(
                self.centre,
                lambda uow: centre_setup.set_centre_time_zone(uow, zone, by=self.actor),
                parent=self,
            )
        except ValidationError as error:
            self.time_zone_error.show_message(tr_field_problem(error.field_errors["time_zone"]))
            self.time_zone.setFocus()
            return
        except OscError as error:
            show_service_error(self, error)
            return
        self.time_zone_error.show_message("")
        idle_minutes, kiosk = self.idle_minutes.value(), self.kiosk.isChecked()
        try:
            saved = tasks.call(
                self.centre,
                lambda uow: machine_settings.update_settings(
                    uow, self.actor, self.centre.paths, idle_minutes=idle_minutes, kiosk=kiosk
                ),
                parent=self,
            )
        except ValidationError as error:
            self.idle_error.show_message(tr_field_problem(error.field_errors["idle_minutes"]))
            return
        except OscError as error:
            show_service_error(self, error)
            return
        except OSError:
            self.saved.setText(
                self.tr("The settings could not be saved: the data folder is not writable.")
            )
            return
        self.idle_error.show_message("")
        self.saved.setText(self.tr("Saved."))
        self.settings_saved.emit(saved)
