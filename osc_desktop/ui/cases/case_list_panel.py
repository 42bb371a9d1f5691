"""The "All cases" tab: the search box and filters (`case_list_filters`), how many cases match,
and the list (or, when none match, what to do about it).

Search as you type, once typing pauses; Down from the search box goes into the list, Enter
opens the selected case, Up from the first row goes back to the search box.

Nothing is read until the list is first shown: each search is itself recorded in the audit
trail ("cases searched"), so building the workspace must not count as a look.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, SessionEnded
from osc_desktop.services.cases.dto import CasePage, CaseQuery
from osc_desktop.services.cases.vocabulary import CaseStatus
from osc_desktop.services.core.dto import Actor
from osc_desktop.ui.cases.case_list_filters import CaseFilterBar
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.item_models.case_table_model import CaseTableModel, status_label
from osc_desktop.ui.service_calls import call_service
from osc_desktop.ui.widgets.record_table import make_record_table
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

T = TypeVar("T")

SEARCH_DELAY_MS = 250  # search as you type, once typing pauses
MAX_COLUMN_WIDTH = 280


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

        self.filters = CaseFilterBar()
        self.filters.text_changed.connect(self._on_search_edit_text_changed)
        self.filters.filters_changed.connect(self._on_filters_changed)
        # The filter bar's fields by the names they have always had here.
        self.search_edit = self.filters.search_edit
        self.status_combo = self.filters.status_combo
        self.violence_combo = self.filters.violence_combo
        self.period_combo = self.filters.period_combo
        self.from_date = self.filters.from_date
        self.to_date = self.filters.to_date
        self.dates_box = self.filters.dates_box
        self.worker_combo = self.filters.worker_combo
        self.search_edit.installEventFilter(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search)

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
        layout.addWidget(self.filters)
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
        self.filters.set_today(today)

    def current_query(self) -> CaseQuery:
        """The search text and filters as the fields now stand, sorted as the list is."""
        return self.filters.query(self.model.query)

    def filters_in_use(self) -> bool:
        return self.filters.filters_in_use()

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
        self.filters.reset()
        self.search()
        self.search_edit.setFocus()

    def _load_page(self, query: CaseQuery, offset: int, limit: int) -> CasePage | None:
        from osc_desktop.services.cases import search as case_search

        return self._call(
            lambda uow: case_search.search_cases(
                uow, query, offset=offset, limit=limit, by=self.actor, today=self.filters.today()
            )
        )

    def _load_case_workers(self) -> None:
        from osc_desktop.services.cases import record as case_record

        workers = self._call(lambda uow: case_record.list_case_workers(uow, by=self.actor))
        if workers is not None:
            self.filters.set_case_workers(workers)

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

    def _on_search_edit_text_changed(self) -> None:
        if self._loaded:
            self._debounce.start()

    def _on_filters_changed(self) -> None:
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
