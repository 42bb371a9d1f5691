"""The first screen after opening: the centre, today, and the state of this computer's data."""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from osc_desktop.services.calendar import financial_year_label
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.storage import OpenCentre


def _key_store_name() -> str:
    if sys.platform == "win32":
        return "Windows Credential Locker"
    if sys.platform == "darwin":
        return "macOS Keychain"
    return "Secret Service"


def _card() -> tuple[QFrame, QLabel, QFormLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    frame.setStyleSheet(
        "QFrame#card { background: palette(base); border: 1px solid palette(mid); "
        "border-radius: 6px; }"
    )
    title = QLabel()
    font = title.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    title.setFont(font)
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.addWidget(title)
    layout.addLayout(form)
    return frame, title, form


class DashboardView(Retranslating, QWidget):
    def __init__(self, centre: OpenCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.today = QLabel()

        centre_card, self.centre_title, centre_form = _card()
        self.centre_rows = self._rows(
            centre_form, ["code", "district", "state", "address", "phone", "helplines"]
        )
        data_card, self.data_title, data_form = _card()
        self.data_rows = self._rows(data_form, ["database", "key", "folder"])
        self.data_rows["folder"][1].setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.today)
        layout.addWidget(centre_card)
        layout.addWidget(data_card)
        layout.addStretch(1)
        self.retranslate_ui()

    @staticmethod
    def _rows(form: QFormLayout, names: list[str]) -> dict[str, tuple[QLabel, QLabel]]:
        rows = {}
        for name in names:
            label, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setObjectName(f"dashboard_{name}")
            form.addRow(label, value)
            rows[name] = (label, value)
        return rows

    def retranslate_ui(self) -> None:
        profile = self.centre.profile
        today = date.today()
        self.heading.setText(profile.name)
        self.today.setText(
            self.tr("Today: %1 · financial year %2")
            .replace("%1", QLocale().toString(today, QLocale.FormatType.LongFormat))
            .replace("%2", financial_year_label(today))
        )
        self.centre_title.setText(self.tr("Centre"))
        values = {
            "code": (self.tr("Short code:"), profile.code),
            "district": (self.tr("District:"), profile.district),
            "state": (self.tr("State:"), profile.state),
            "address": (self.tr("Address:"), profile.address or "—"),
            "phone": (self.tr("Phone:"), profile.phone or "—"),
            "helplines": (
                self.tr("Helplines:"),
                self.tr("Women helpline %1 · Emergency %2")
                .replace("%1", profile.women_helpline)
                .replace("%2", profile.emergency_number),
            ),
        }
        for name, (label, value) in values.items():
            self.centre_rows[name][0].setText(label)
            self.centre_rows[name][1].setText(value)
        self.data_title.setText(self.tr("Records on this computer"))
        key_place = (
            self.tr("the computer's secure key store (%1)").replace("%1", _key_store_name())
            if self.centre.key_in_keyring
            else self.tr("locked with the centre passphrase")
        )
        data_values = {
            "database": (
                self.tr("Database:"),
                self.tr("encrypted (SQLCipher, AES-256), schema %1").replace(
                    "%1", self.centre.schema_revision
                ),
            ),
            "key": (self.tr("Key kept in:"), key_place),
            "folder": (self.tr("Data folder:"), str(self.centre.paths.root)),
        }
        for name, (label, value) in data_values.items():
            self.data_rows[name][0].setText(label)
            self.data_rows[name][1].setText(value)
