"""The Cases area: find a case (search as you type, filters, sorting), follow-ups due, and
each opened case in its own closable tab beside the list.

Tabs: "All cases" and "Follow-ups" stay; every case opened gets one tab titled with its case
number (opening it again brings that tab forward). Ctrl+F goes to the search box, Down from
there into the list, Enter opens the selected case, Ctrl+W closes the case tab in front.

Nothing is read until the list is first shown: each search is itself recorded in the audit
trail ("cases searched"), so building the workspace must not count as a look.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedLayout,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, SessionEnded
from osc_desktop.services.cases.dto import CasePage, CaseQuery
from osc_desktop.services.cases.vocabulary import CaseStatus, ViolenceKind
from osc_desktop.services.core.calendar import financial_year_start
from osc_desktop.services.core.dto import Actor
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.formats import centre_today
from osc_desktop.ui.item_models.case_table_model import (
    CaseTableModel,
    status_label,
    violence_label,
)
from osc_desktop.ui.service_calls import call_service
from osc_desktop.ui.widgets.date_edit import make_date_edit
from osc_desktop.ui.widgets.record_table import make_record_table
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre
    from osc_desktop.ui.cases.case_record_view import CaseRecordView

T = TypeVar("T")

SEARCH_DELAY_MS = 250  # search as you type, once typing pauses
MAX_SEARCH_LENGTH = 100
MAX_COLUMN_WIDTH = 280
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


class CaseListPanel(Retranslating, QWidget):
    """Search box and filters in a row, how many cases match, and the list (or what to do)."""

    open_case_requested = Signal(int)
    session_ended = Signal()

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        self._loaded = False
        self._stale = False
        self._today: Callable[[], date] = centre_today

        # Search box: as you type, after a short pause
        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("case_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(MAX_SEARCH_LENGTH)
        self.search_edit.setMinimumWidth(260)
        self.search_label.setBuddy(self.search_edit)
        self.search_edit.installEventFilter(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)

        # Filters, each label above its field (labels in Hindi run longer)
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
        self.from_date.dateChanged.connect(self._on_search_edit_text_changed)
        self.to_date.dateChanged.connect(self._on_search_edit_text_changed)
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

        filters = QGridLayout()
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

        # The list, or a word on what to do
        self.model = CaseTableModel(self._load_page, self)
        self.table = make_record_table(self.model, "case_table")
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        for column in (CaseTableModel.Column.AGE, CaseTableModel.Column.REGISTERED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CaseTableModel.Column.VIOLENCE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.installEventFilter(self)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("cases_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_filters)
        empty_box = QVBoxLayout()
        empty_box.addStretch(1)
        empty_box.addWidget(self.empty_label)
        empty_box.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_box.addStretch(2)
        self.empty_state = QWidget()
        self.empty_state.setObjectName("cases_empty_state")
        self.empty_state.setLayout(empty_box)
        self.empty_state.setStyleSheet(
            "QWidget#cases_empty_state { background: palette(base);"
            " border: 1px solid palette(mid); }"
            "QLabel#cases_empty { color: palette(placeholder-text); font-size: 11pt; }"
        )
        self.results = QStackedLayout()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty_state)

        self.count_label = QLabel()
        self.count_label.setObjectName("cases_count")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addLayout(self.results, 1)
        self.setTabOrder(self.search_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.violence_combo)
        self.setTabOrder(self.violence_combo, self.period_combo)
        self.setTabOrder(self.period_combo, self.from_date)
        self.setTabOrder(self.from_date, self.to_date)
        self.setTabOrder(self.to_date, self.worker_combo)
        self.setTabOrder(self.worker_combo, self.table)
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
        self.clear_button.setText(self.tr("&Clear the search and filters"))
        self.model.retranslate()
        self._fit_columns()
        self._show_outcome()

    # -- searching ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self._load_case_workers()
            self.search()
        elif self._stale:
            self.refresh()

    def set_today(self, today: Callable[[], date]) -> None:
        """Where "this month" and "this financial year" count from (for tests)."""
        self._today = today

    def current_query(self) -> CaseQuery:
        """The search text and filters as the fields now stand, sorted as the list is."""
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
        sorted_as = self.model.query
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

    def search(self) -> None:
        """Show the first page of cases matching the search text and filters."""
        self._debounce.stop()
        self._stale = False
        if self.model.set_query(self.current_query()):
            self.table.scrollToTop()
            self._fit_columns()
        self._show_outcome()

    def refresh(self) -> None:
        """Ask again (a case changed or was registered); later if the list is not on screen."""
        if not self._loaded:
            return
        if not self.isVisible():
            self._stale = True
            return
        selected = self.selected_case_id()
        self.search()
        if selected is not None:
            self.select_case(selected)

    def clear_filters(self) -> None:
        """Empty the search box and put every filter back to "all"."""
        for combo in (self.status_combo, self.violence_combo, self.period_combo, self.worker_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._period = Period.ANY
        self.dates_box.hide()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.search()
        self.search_edit.setFocus()

    def _custom_dates(self) -> tuple[date, date]:
        first = self.from_date.date().toPython()
        last = self.to_date.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return first, last

    def _load_page(self, query: CaseQuery, offset: int, limit: int) -> CasePage | None:
        from osc_desktop.services.cases import search as case_search

        return self._call(
            lambda uow: case_search.search_cases(
                uow, query, offset=offset, limit=limit, by=self.actor, today=self._today()
            )
        )

    def _load_case_workers(self) -> None:
        from osc_desktop.services.cases import record as case_record

        workers = self._call(lambda uow: case_record.list_case_workers(uow, by=self.actor))
        if workers is None:
            return
        chosen = self.worker_combo.currentData()
        self.worker_combo.blockSignals(True)
        while self.worker_combo.count() > 1:
            self.worker_combo.removeItem(1)
        for worker in workers:
            self.worker_combo.addItem(worker.full_name, worker.id)
        self.worker_combo.setCurrentIndex(max(self.worker_combo.findData(chosen), 0))
        self.worker_combo.blockSignals(False)

    def _fit_columns(self) -> None:
        """Size the columns to what they hold (the rows loaded, capped; every status and the
        incomplete mark, which later pages may bring); the kinds of violence take the rest."""
        Column = CaseTableModel.Column
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        padding = 2 * metrics.horizontalAdvance("M")
        indicator = metrics.height()  # room for the sort arrow

        def heading(column: Column) -> int:
            text = self.model.headerData(column, Qt.Orientation.Horizontal)
            return metrics.horizontalAdvance(str(text)) + padding + indicator

        for column in (Column.CASE_NUMBER, Column.NAME, Column.CASE_WORKER, Column.PHONE):
            self.table.resizeColumnToContents(column)
            width = max(self.table.columnWidth(column), heading(column))
            self.table.setColumnWidth(column, min(width, MAX_COLUMN_WIDTH))
        cells = self.table.fontMetrics()
        fixed = {
            Column.STATUS: [status_label(status) for status in CaseStatus],
            Column.INCOMPLETE: [self.model.incomplete_text()],
        }
        for column, texts in fixed.items():
            widest = max(cells.horizontalAdvance(text) for text in texts) + padding
            self.table.setColumnWidth(column, max(widest, heading(column)))

    def _show_outcome(self) -> None:
        """The count above the list, or in place of the list what to do about none."""
        if not self._loaded:
            self.count_label.clear()
            self.results.setCurrentWidget(self.table)
            return
        total = self.model.total
        if total == 1:
            self.count_label.setText(self.tr("1 case"))
        else:
            self.count_label.setText(self.tr("%1 cases").replace("%1", QLocale().toString(total)))
        if total:
            self.results.setCurrentWidget(self.table)
            return
        query = self.model.query
        text = query.text
        filtered = self.filters_in_use()
        if not text and not filtered:
            self.empty_label.setText(
                self.tr("No cases yet.\nRegister a woman from Intake: her case will appear here.")
            )
            self.clear_button.hide()
        else:
            if text and filtered:
                first = self.tr("No case matches “%1” with these filters.").replace("%1", text)
            elif text:
                first = self.tr("No case matches “%1”.").replace("%1", text)
            else:
                first = self.tr("No case matches these filters.")
            hint = self.tr(
                "Try part of the name, the last digits of her phone or case number, "
                "or fewer filters."
            )
            self.empty_label.setText(f"{first}\n{hint}")
            self.clear_button.show()
        self.results.setCurrentWidget(self.empty_state)

    # -- the list -------------------------------------------------------------------------

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def focus_list(self) -> None:
        """Move the keyboard into the list, on the first row if none is chosen yet."""
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_edit:
                if key == Qt.Key.Key_Down:
                    if self._debounce.isActive():
                        self.search()
                    self.focus_list()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.search()
                    self.focus_list()
                    return True
                if key == Qt.Key.Key_Escape and self.search_edit.text():
                    self.search_edit.clear()
                    return True
            elif watched is self.table:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    case_id = self.selected_case_id()
                    if case_id is not None:
                        self.open_case_requested.emit(case_id)
                    return True
                if key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
                    self.focus_search()
                    return True
        return super().eventFilter(watched, event)

    def _on_search_edit_text_changed(self, *_args: object) -> None:
        if self._loaded:
            self._debounce.start()

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
        if self._loaded:
            self.search()

    def _on_table_double_clicked(self, index: Any) -> None:
        if index.isValid():
            self.open_case_requested.emit(self.model.row_at(index.row()).id)

    def _on_header_sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column in CaseTableModel.SORT_OF:
            self.model.sort(column, order)
            self.table.scrollToTop()
        # Unsortable columns (or a failed search) put the indicator back where the list is.
        query = self.model.query
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)

    # -- helpers --------------------------------------------------------------------------

    def _call(self, action: Callable[[Any], T]) -> T | None:
        """Run `action(uow)`; a refusal is explained and gives None."""
        return call_service(self.centre, action, self._refused)

    def _refused(self, error: OscError) -> None:
        show_service_error(self, error)
        if isinstance(error, SessionEnded):
            self.session_ended.emit()


class CasesView(Retranslating, QWidget):
    """The Cases area: the list, the follow-ups, and a tab for each case opened."""

    session_ended = Signal()
    # A case was changed in its tab (the dashboard's counts may differ now).
    case_changed = Signal(int)

    FIXED_TABS = 2  # "All cases" and "Follow-ups" cannot be closed

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from osc_desktop.ui.cases.follow_ups_view import FollowUpsView

        self.centre = centre
        self.actor = actor
        self.list_panel = CaseListPanel(centre, actor)
        self.list_panel.open_case_requested.connect(self.open_case)
        self.list_panel.session_ended.connect(self.session_ended)
        self.follow_ups = FollowUpsView(centre, actor)
        self.follow_ups.open_case_requested.connect(self.open_case)
        self.follow_ups.session_ended.connect(self.session_ended)
        self._case_tabs: dict[int, CaseRecordView] = {}

        self.tabs = QTabWidget()
        self.tabs.setObjectName("cases_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.addTab(self.list_panel, "")
        self.tabs.addTab(self.follow_ups, "")
        for index in range(self.FIXED_TABS):
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.LeftSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        close = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.close_current_case)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("All cases"))
        self.tabs.setTabText(1, self.tr("Follow-ups"))
        self.tabs.setTabToolTip(0, self.tr("Find a case (Ctrl+F)"))
        self.tabs.setTabToolTip(1, self.tr("Follow-ups due in the coming week, and overdue ones"))
        for index in range(self.FIXED_TABS, self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tr("Close with Ctrl+W"))

    # -- cases in tabs --------------------------------------------------------------------

    def open_case(self, case_id: int) -> CaseRecordView | None:
        """Bring case `case_id`'s tab forward, opening it first if it is not open."""
        record = self._case_tabs.get(case_id)
        if record is None:
            record = self._make_record_view(case_id)
            if record is None:
                return None
            self._case_tabs[case_id] = record
            index = self.tabs.addTab(record, self._case_number_of(record))
            self.tabs.setTabToolTip(index, self.tr("Close with Ctrl+W"))
        self.tabs.setCurrentWidget(record)
        record.setFocus(Qt.FocusReason.OtherFocusReason)
        return record

    def case_tab(self, case_id: int) -> CaseRecordView | None:
        """The open tab of case `case_id`, if any."""
        return self._case_tabs.get(case_id)

    def open_case_ids(self) -> list[int]:
        """The cases open in tabs, left to right."""
        ids = {id(widget): case_id for case_id, widget in self._case_tabs.items()}
        return [
            ids[id(self.tabs.widget(index))]
            for index in range(self.FIXED_TABS, self.tabs.count())
            if id(self.tabs.widget(index)) in ids
        ]

    def close_tab(self, index: int) -> None:
        """Close the case tab at `index` (the list and follow-ups tabs stay)."""
        if index < self.FIXED_TABS or index >= self.tabs.count():
            return
        widget = self.tabs.widget(index)
        if getattr(widget, "editing", False) and not self._confirm_discard(index):
            return  # the unsaved changes stay
        self.tabs.removeTab(index)
        for case_id, open_widget in list(self._case_tabs.items()):
            if open_widget is widget:
                del self._case_tabs[case_id]
        widget.deleteLater()
        if self.tabs.currentIndex() == 0:
            self.list_panel.table.setFocus()

    def _confirm_discard(self, index: int) -> bool:
        self.tabs.setCurrentIndex(index)
        answer = QMessageBox.question(
            self,
            self.tr("Close the case"),
            self.tr("The changes to case %1 are not saved. Close it and lose them?").replace(
                "%1", self.tabs.tabText(index)
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def close_current_case(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def focus_search(self) -> None:
        """Ctrl+F: the list tab, cursor in the search box."""
        self.tabs.setCurrentIndex(0)
        self.list_panel.focus_search()

    def focus_first_field(self) -> None:
        """The area was chosen from the navigation: the cursor to the search box, unless a
        case tab is in front (then it stays as its user left it)."""
        if self.tabs.currentIndex() == 0:
            self.list_panel.focus_search()

    def show_follow_ups(self) -> None:
        self.tabs.setCurrentWidget(self.follow_ups)

    def refresh(self) -> None:
        """Something changed: the list and the follow-ups ask again (now if on screen)."""
        self.list_panel.refresh()
        self.follow_ups.refresh()

    def _make_record_view(self, case_id: int) -> CaseRecordView | None:
        from osc_desktop.ui.cases.case_record_view import CaseRecordView

        record = CaseRecordView(self.centre, self.actor, case_id)
        if record.detail is None:
            record.deleteLater()  # it said why (no such case, or not allowed)
            return None
        record.case_changed.connect(self._on_record_case_changed)
        record.open_case_requested.connect(self.open_case)
        record.session_ended.connect(self.session_ended)
        return record

    @staticmethod
    def _case_number_of(record: CaseRecordView) -> str:
        return record.detail.case_number if record.detail is not None else ""

    def _on_record_case_changed(self, case_id: int) -> None:
        self.refresh()
        self.case_changed.emit(case_id)
