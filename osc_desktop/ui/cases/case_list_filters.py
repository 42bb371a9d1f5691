"""The search box and filters above the cases list: status, kind of violence, when registered
(a period of the financial year, or between two dates), and case worker.

The bar only says what is asked (`query()`) and when that changed; the list panel searches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from osc_desktop.services.cases.dto import CaseQuery
from osc_desktop.services.cases.vocabulary import CaseStatus, ViolenceKind
from osc_desktop.services.core.calendar import financial_year_start
from osc_desktop.services.core.dto import StaffSummary
from osc_desktop.ui.formats import centre_today
from osc_desktop.ui.item_models.case_table_model import status_label, violence_label
from osc_desktop.ui.widgets.date_edit import make_date_edit
from osc_desktop.ui.widgets.retranslating import Retranslating

MAX_SEARCH_LENGTH = 100
# "Open" in the status filter: every case not disposed.
OPEN_STATUSES = frozenset({CaseStatus.REGISTERED, CaseStatus.IN_PROGRESS, CaseStatus.REOPENED})
OPEN_CHOICE = "open"


class Period(StrEnum):
    """The registered-in filter's choices."""

    ANY = "any"
    THIS_MONTH = "this_month"
    THIS_FINANCIAL_YEAR = "this_fy"
    LAST_FINANCIAL_YEAR = "last_fy"
    CUSTOM = "custom"


def period_dates(
    period: Period, today: date, custom: tuple[date, date] | None = None
) -> tuple[date | None, date | None]:
    """The first and last local dates (inclusive) of `period` as seen on `today`."""
    if period == Period.THIS_MONTH:
        return today.replace(day=1), today
    if period == Period.THIS_FINANCIAL_YEAR:
        return date(financial_year_start(today), 4, 1), today
    if period == Period.LAST_FINANCIAL_YEAR:
        start = financial_year_start(today) - 1
        return date(start, 4, 1), date(start + 1, 3, 31)
    if period == Period.CUSTOM and custom is not None:
        first, last = custom
        return (first, last) if first <= last else (last, first)
    return None, None


class CaseFilterBar(Retranslating, QWidget):
    """Search box and filters in a row, each label above its field (labels in Hindi run
    longer)."""

    # A filter was chosen: search now.
    filters_changed = Signal()
    # The search text or a date is being typed: search once the typing pauses.
    text_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today: Callable[[], date] = centre_today

        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("case_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(MAX_SEARCH_LENGTH)
        self.search_edit.setMinimumWidth(260)
        self.search_label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self.text_changed)

        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.addItem("", None)
        self.status_combo.addItem("", OPEN_CHOICE)
        for status in CaseStatus:
            self.status_combo.addItem("", status.value)
        self.violence_label = QLabel()
        self.violence_combo = QComboBox()
        self.violence_combo.addItem("", None)
        for kind in ViolenceKind:
            self.violence_combo.addItem("", kind.value)
        self.period_label = QLabel()
        self.period_combo = QComboBox()
        for period in Period:
            self.period_combo.addItem("", period.value)
        # The centre's date, not the PC's: they differ near midnight on a PC set to UTC.
        today = self._today()
        self.from_date = make_date_edit(QDate(today.year, today.month, 1))
        self.to_date = make_date_edit(QDate(today.year, today.month, today.day))
        self.dates_dash = QLabel("–")
        self.worker_label = QLabel()
        self.worker_combo = QComboBox()
        self.worker_combo.addItem("", None)
        for combo, letters in (
            (self.status_combo, 19),
            (self.violence_combo, 18),
            (self.period_combo, 12),
            (self.worker_combo, 12),
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
            combo.currentIndexChanged.connect(self._on_filter_changed)
        for label, field in (
            (self.status_label, self.status_combo),
            (self.violence_label, self.violence_combo),
            (self.period_label, self.period_combo),
            (self.worker_label, self.worker_combo),
        ):
            label.setBuddy(field)
        # A date is typed digit by digit: search once the typing pauses.
        self.from_date.dateChanged.connect(self.text_changed)
        self.to_date.dateChanged.connect(self.text_changed)
        self._period = Period.ANY

        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.setSpacing(4)
        dates.addWidget(self.from_date)
        dates.addWidget(self.dates_dash)
        dates.addWidget(self.to_date)
        self.dates_box = QWidget()
        self.dates_box.setLayout(dates)
        self.dates_box.hide()

        filters = QGridLayout(self)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setHorizontalSpacing(10)
        filters.setVerticalSpacing(2)
        filters.addWidget(self.search_label, 0, 0)
        filters.addWidget(self.search_edit, 1, 0)
        for column, (label, field) in enumerate(
            (
                (self.status_label, self.status_combo),
                (self.violence_label, self.violence_combo),
                (self.period_label, self.period_combo),
            ),
            start=1,
        ):
            filters.addWidget(label, 0, column)
            filters.addWidget(field, 1, column)
        filters.addWidget(self.dates_box, 1, 4)
        filters.addWidget(self.worker_label, 0, 5)
        filters.addWidget(self.worker_combo, 1, 5)
        filters.setColumnStretch(0, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search_edit.setPlaceholderText(
            self.tr("Case number, name, alias, phone or FIR number")
        )
        self.search_edit.setToolTip(
            self.tr(
                "Finds as you type. A name finds its other spellings and its Devanagari or "
                "Latin form; the last digits find a phone or case number. Ctrl+F comes back "
                "here, Down goes to the list."
            )
        )
        self.status_label.setText(self.tr("S&tatus:"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        self.status_combo.setItemText(1, self.tr("Open (not disposed)"))
        for index in range(2, self.status_combo.count()):
            self.status_combo.setItemText(index, status_label(self.status_combo.itemData(index)))
        self.violence_label.setText(self.tr("&Kind of violence:"))
        self.violence_combo.setItemText(0, self.tr("All kinds"))
        for index in range(1, self.violence_combo.count()):
            self.violence_combo.setItemText(
                index, violence_label(self.violence_combo.itemData(index))
            )
        self.period_label.setText(self.tr("&Registered:"))
        periods = {
            Period.ANY: self.tr("Any time"),
            Period.THIS_MONTH: self.tr("This month"),
            Period.THIS_FINANCIAL_YEAR: self.tr("This financial year"),
            Period.LAST_FINANCIAL_YEAR: self.tr("Last financial year"),
            Period.CUSTOM: self.tr("Between dates…"),
        }
        for index in range(self.period_combo.count()):
            self.period_combo.setItemText(index, periods[Period(self.period_combo.itemData(index))])
        self.from_date.setToolTip(self.tr("Registered on or after"))
        self.to_date.setToolTip(self.tr("Registered on or before"))
        self.worker_label.setText(self.tr("Case &worker:"))
        self.worker_combo.setItemText(0, self.tr("All case workers"))

    def set_today(self, today: Callable[[], date]) -> None:
        """Where "this month" and "this financial year" count from (for tests)."""
        self._today = today

    def today(self) -> date:
        return self._today()

    def query(self, sorted_as: CaseQuery) -> CaseQuery:
        """The search text and filters as the fields now stand, sorted as `sorted_as`."""
        status = self.status_combo.currentData()
        if status is None:
            statuses: frozenset[str] = frozenset()
        elif status == OPEN_CHOICE:
            statuses = frozenset(s.value for s in OPEN_STATUSES)
        else:
            statuses = frozenset({status})
        first, last = period_dates(
            Period(self.period_combo.currentData()), self._today(), self._custom_dates()
        )
        return CaseQuery(
            text=self.search_edit.text().strip(),
            statuses=statuses,
            violence=self.violence_combo.currentData(),
            registered_from=first,
            registered_to=last,
            case_worker_id=self.worker_combo.currentData(),
            sort=sorted_as.sort,
            descending=sorted_as.descending,
        )

    def filters_in_use(self) -> bool:
        return any(
            combo.currentIndex() > 0
            for combo in (
                self.status_combo,
                self.violence_combo,
                self.period_combo,
                self.worker_combo,
            )
        )

    def reset(self) -> None:
        """Empty the search box and put every filter back to "all" (saying nothing)."""
        for combo in (self.status_combo, self.violence_combo, self.period_combo, self.worker_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._period = Period.ANY
        self.dates_box.hide()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)

    def set_case_workers(self, workers: Sequence[StaffSummary]) -> None:
        """The case workers to filter by (the one chosen stays chosen if still listed)."""
        chosen = self.worker_combo.currentData()
        self.worker_combo.blockSignals(True)
        while self.worker_combo.count() > 1:
            self.worker_combo.removeItem(1)
        for worker in workers:
            self.worker_combo.addItem(worker.full_name, worker.id)
        self.worker_combo.setCurrentIndex(max(self.worker_combo.findData(chosen), 0))
        self.worker_combo.blockSignals(False)

    def _custom_dates(self) -> tuple[date, date]:
        first = self.from_date.date().toPython()
        last = self.to_date.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return first, last

    def _on_filter_changed(self, *_args: object) -> None:
        period = Period(self.period_combo.currentData())
        if period == Period.CUSTOM and self._period != Period.CUSTOM:
            # Start from the period chosen before ("this month" -> its first day to today).
            first, last = period_dates(self._period, self._today())
            if first is not None and last is not None:
                for edit, day in ((self.from_date, first), (self.to_date, last)):
                    edit.blockSignals(True)
                    edit.setDate(day)
                    edit.blockSignals(False)
        self._period = period
        self.dates_box.setVisible(period == Period.CUSTOM)
        self.filters_changed.emit()
