"""The filter fields of the audit trail view: staff, action, from and to dates, case number.

Laid out in one row, each label above its field (labels in Hindi run longer). Their words are
set by `AuditView.retranslate_ui`, so they stay in the AuditView translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton

from osc_desktop.services.audit.dto import AuditFilter
from osc_desktop.services.core.audit_log import AuditAction
from osc_desktop.ui.formats import centre_today
from osc_desktop.ui.item_models.audit_table_model import action_label
from osc_desktop.ui.widgets.date_edit import make_date_edit

DEFAULT_DAYS = 30


class AuditFilterFields:
    """The filter widgets and their grid (`layout`); `on_search` runs on Search or Enter."""

    def __init__(self, on_search: Callable[[], None]) -> None:
        self.user_label = QLabel()
        self.user_combo = QComboBox()
        self.user_combo.addItem("", None)
        self.action_label = QLabel()
        self.action_combo = QComboBox()
        self.action_combo.addItem("", None)
        for action in AuditAction:
            self.action_combo.addItem("", action.value)
        # Sized for typical entries, not the longest: the popup list shows names in full.
        for combo, letters in ((self.user_combo, 12), (self.action_combo, 14)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        # The centre's date, not the PC's: they differ near midnight on a PC set to UTC.
        centre_date = centre_today()
        today = QDate(centre_date.year, centre_date.month, centre_date.day)
        self.from_label = QLabel()
        self.from_date = make_date_edit(today.addDays(-DEFAULT_DAYS))
        self.to_label = QLabel()
        self.to_date = make_date_edit(today)
        self.record_label = QLabel()
        self.record_edit = QLineEdit()
        self.record_edit.setMaxLength(60)
        self.record_edit.setClearButtonEnabled(True)
        self.record_edit.setMinimumWidth(110)
        self.search_button = QPushButton()
        self.search_button.setDefault(True)
        self.user_label.setBuddy(self.user_combo)
        self.action_label.setBuddy(self.action_combo)
        self.from_label.setBuddy(self.from_date)
        self.to_label.setBuddy(self.to_date)
        self.record_label.setBuddy(self.record_edit)
        self.record_edit.returnPressed.connect(on_search)
        self.search_button.clicked.connect(on_search)

        self.layout = QGridLayout()
        self.layout.setHorizontalSpacing(10)
        self.layout.setVerticalSpacing(2)
        for column, (label, field) in enumerate(
            (
                (self.user_label, self.user_combo),
                (self.action_label, self.action_combo),
                (self.from_label, self.from_date),
                (self.to_label, self.to_date),
                (self.record_label, self.record_edit),
            )
        ):
            self.layout.addWidget(label, 0, column)
            self.layout.addWidget(field, 1, column)
        self.layout.addWidget(self.search_button, 1, 5)
        self.layout.setColumnStretch(4, 1)

    def retranslate_actions(self) -> None:
        """Name each action in the current language (the first item, all actions, excepted)."""
        for index in range(1, self.action_combo.count()):
            self.action_combo.setItemText(index, action_label(self.action_combo.itemData(index)))

    def set_staff_choices(self, choices: Sequence[tuple[int, str]]) -> None:
        """List the staff as (id, label) after "all staff", keeping the one chosen if listed."""
        chosen = self.user_combo.currentData()
        while self.user_combo.count() > 1:
            self.user_combo.removeItem(1)
        for user_id, label in choices:
            self.user_combo.addItem(label, user_id)
        self.user_combo.setCurrentIndex(max(self.user_combo.findData(chosen), 0))

    def current_filter(self) -> AuditFilter:
        """The filter as the fields now stand (the dates put in order if given backwards)."""
        first = self.from_date.date().toPython()
        last = self.to_date.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        if first > last:
            first, last = last, first
        return AuditFilter(
            user_id=self.user_combo.currentData(),
            action=self.action_combo.currentData(),
            date_from=first,
            date_to=last,
            entity_id=self.record_edit.text().strip() or None,
        )
