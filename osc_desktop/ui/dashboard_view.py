"""The first screen after opening: the centre, today, and the state of this computer's data."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from osc_desktop.errors import OscError
from osc_desktop.services.cases.counts import TodayCounts, today_counts
from osc_desktop.services.core.calendar import financial_year_label
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, role_allows
from osc_desktop.ui import tasks
from osc_desktop.ui.formats import centre_today
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre


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
    def __init__(
        self, centre: OpenCentre, actor: Actor | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.today = QLabel()
        self.counts: TodayCounts | None = None
        self._counts_stale = True

        # Today's figures, for those who may see cases: counts only, never a name.
        self.today_card, self.today_title, today_form = _card()
        self.today_rows = self._rows(today_form, ["registered", "open", "follow_ups"])
        for _label, value in self.today_rows.values():
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.today_card.setVisible(
            actor is not None and role_allows(actor.role, Permission.VIEW_CASES)
        )

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
        layout.addWidget(self.today_card)
        layout.addWidget(centre_card)
        layout.addWidget(data_card)
        layout.addStretch(1)
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._counts_stale:
            self.load_counts()

    def refresh(self) -> None:
        """A case was registered or changed: count again now if on screen, else when shown."""
        if self.isVisible():
            self.load_counts()
        else:
            self._counts_stale = True

    def load_counts(self) -> None:
        """Read today's counts (cases registered, open, follow-ups due or overdue)."""
        self._counts_stale = False
        if self.actor is None or not self.today_card.isVisibleTo(self):
            return
        actor = self.actor
        try:
            self.counts = tasks.call(self.centre, lambda uow: today_counts(uow, by=actor))
        except OscError:
            self.counts = None  # the figures are a convenience: say nothing rather than nag
        self._show_counts()

    def _show_counts(self) -> None:
        locale = QLocale()
        values = {
            "registered": (
                self.tr("Registered today:"),
                self.counts.registered_today if self.counts else None,
            ),
            "open": (self.tr("Open cases:"), self.counts.open_cases if self.counts else None),
            "follow_ups": (
                self.tr("Follow-ups due or overdue:"),
                self.counts.follow_ups_due if self.counts else None,
            ),
        }
        for name, (label, number) in values.items():
            self.today_rows[name][0].setText(label)
            self.today_rows[name][1].setText("—" if number is None else locale.toString(number))

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
        today = centre_today()
        self.heading.setText(profile.name)
        self.today.setText(
            self.tr("Today: %1 · financial year %2")
            .replace("%1", QLocale().toString(today, QLocale.FormatType.LongFormat))
            .replace("%2", financial_year_label(today))
        )
        self.today_title.setText(self.tr("Today at the centre"))
        self._show_counts()
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
