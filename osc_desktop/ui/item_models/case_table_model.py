"""The cases list: one row per case, a page at a time, sorted by the query, not in memory.

The model holds the current `CaseQuery` and asks a loader the view gives it for pages:
`load(query, offset, limit) -> CasePage | None` (None: the loader failed and said so). The
first page comes with `set_query()` or `reload()`, the next ones through `fetchMore` as the
user scrolls, so 100,000 cases open at once. Clicking a header sorts through the query
(`sort()`), which asks the database again. `data()` never reads anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from osc_desktop.services.cases.dto import CaseListRow, CasePage, CaseQuery, CaseSort
from osc_desktop.services.cases.vocabulary import (
    CASE_CONTEXT,
    STATUS_LABELS,
    VIOLENCE_LABELS,
    CaseStatus,
    ViolenceKind,
)
from osc_desktop.ui.formats import format_date, local_date
from osc_desktop.ui.item_models.rows_table_model import ModelIndex, RowsTableModel

LoadPage = Callable[[CaseQuery, int, int], "CasePage | None"]

INCOMPLETE_COLOUR = "#a04e00"


def status_label(status: str) -> str:
    """A status in the interface language ("In progress" / "प्रगति पर")."""
    try:
        return QCoreApplication.translate(CASE_CONTEXT, STATUS_LABELS[CaseStatus(status)])
    except ValueError:
        return status  # written by a newer version of the app


def violence_label(kind: str) -> str:
    """A kind of violence in the interface language."""
    try:
        return QCoreApplication.translate(CASE_CONTEXT, VIOLENCE_LABELS[ViolenceKind(kind)])
    except ValueError:
        return kind


class CaseTableModel(RowsTableModel):
    """Rows of `CaseListRow` for the current query, fetched a page at a time."""

    class Column(IntEnum):
        CASE_NUMBER = 0
        NAME = 1
        AGE = 2
        STATUS = 3
        VIOLENCE = 4
        REGISTERED = 5
        CASE_WORKER = 6
        PHONE = 7
        INCOMPLETE = 8

    PAGE_SIZE = 100
    # The columns a click on the header sorts by, and how the query says so.
    SORT_OF: ClassVar[dict[int, CaseSort]] = {
        Column.CASE_NUMBER: CaseSort.CASE_NUMBER,
        Column.NAME: CaseSort.NAME,
        Column.STATUS: CaseSort.STATUS,
        Column.REGISTERED: CaseSort.REGISTERED_AT,
    }

    def __init__(self, load: LoadPage | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseListRow] = []
        self._load = load
        self._query = CaseQuery()
        self._total = 0
        self._has_more = False

    # -- filling --------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def total(self) -> int:
        """Cases matching the query over all pages (as the last first page counted them)."""
        return self._total

    def set_loader(self, load: LoadPage | None) -> None:
        self._load = load

    def set_query(self, query: CaseQuery) -> bool:
        """Show the first page of `query`; False (and nothing changed) if the loader failed."""
        if self._load is None:
            return False
        page = self._load(query, 0, self.PAGE_SIZE)
        if page is None:
            return False
        self._query = query
        self.set_rows(page.rows, total=page.total)
        return True

    def reload(self) -> bool:
        """Ask again for the first page of the current query (after a case changed)."""
        return self.set_query(self._query)

    def set_rows(self, rows: list[CaseListRow] | tuple[CaseListRow, ...], *, total: int) -> None:
        """Show `rows`, the first page of `total` matching cases, instead of what was shown."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self._has_more = len(self._rows) < total
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], total=0)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and self._load is not None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._load is not None
        self._has_more = False  # no second fetch while this one runs
        page = self._load(self._query, len(self._rows), self.PAGE_SIZE)
        if page is None or not page.rows:
            return  # a failure was explained; scrolling again will not hammer the database
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()
        self._has_more = len(self._rows) < page.total

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` through the query (the database sorts); other columns are ignored."""
        by = self.SORT_OF.get(column)
        if by is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if by == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=by, descending=descending))

    def sort_column(self) -> int:
        """The column the current query sorts by (for the header's indicator)."""
        return next(
            (column for column, by in self.SORT_OF.items() if by == self._query.sort),
            self.Column.REGISTERED,
        )

    def row_of(self, case_id: int) -> int:
        """The row number of case `case_id` among the rows fetched so far, or -1."""
        return next((n for n, row in enumerate(self._rows) if row.id == case_id), -1)

    # -- Qt's model interface -------------------------------------------------------------

    def header_labels(self) -> dict[Any, str]:
        return {
            self.Column.CASE_NUMBER: self.tr("Case number"),
            self.Column.NAME: self.tr("Name"),
            self.Column.AGE: self.tr("Age"),
            self.Column.STATUS: self.tr("Status"),
            self.Column.VIOLENCE: self.tr("Kind of violence"),
            self.Column.REGISTERED: self.tr("Registered on"),
            self.Column.CASE_WORKER: self.tr("Case worker"),
            self.Column.PHONE: self.tr("Phone"),
            self.Column.INCOMPLETE: self.tr("Intake form"),
        }

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and 0 <= section < len(self.Column)
        ):
            if section in self.SORT_OF:
                return self.tr("Click to sort by this column; click again to reverse.")
            return None
        return super().headerData(section, orientation, role)

    def cell_data(self, row: CaseListRow, column: Column, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column == self.Column.NAME:
            if row.erased or _name_withheld(row):
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column)
        return None

    def _text(self, row: CaseListRow, column: Column) -> str:
        if column == self.Column.CASE_NUMBER:
            return row.case_number
        if column == self.Column.NAME:
            if row.erased:
                return self.tr("(erased)")
            return row.display_name
        if column == self.Column.AGE:
            return "" if row.age_years is None else str(row.age_years)
        if column == self.Column.STATUS:
            return status_label(row.status)
        if column == self.Column.VIOLENCE:
            return ", ".join(violence_label(kind) for kind in row.violence)
        if column == self.Column.REGISTERED:
            return format_date(local_date(row.registered_at))
        if column == self.Column.CASE_WORKER:
            return row.case_worker_name
        if column == self.Column.PHONE:
            if not row.phone_last_digits or row.erased:
                return ""
            # Only the last digits: the list is seen over shoulders.
            return self.tr("•••• %1").replace("%1", row.phone_last_digits)
        return self.incomplete_text() if row.incomplete and not row.erased else ""

    def incomplete_text(self) -> str:
        """The mark of a case registered quickly whose intake is not yet complete."""
        return self.tr("Incomplete")

    def _tooltip(self, row: CaseListRow, column: Column) -> str | None:
        if column == self.Column.NAME:
            if row.erased:
                return self.tr("Her identifying details were erased at her request.")
            if _name_withheld(row):
                return self.tr("Name withheld: the alias she gave is shown.")
            return None
        if column == self.Column.VIOLENCE and row.violence:
            return "\n".join(violence_label(kind) for kind in row.violence)
        if column == self.Column.PHONE and row.phone_last_digits and not row.erased:
            return self.tr("Only the last digits are shown here; open the case to see it all.")
        if column == self.Column.INCOMPLETE and row.incomplete and not row.erased:
            return self.tr("Registered quickly: parts of the intake are still to be completed.")
        return None

    def _foreground(self, row: CaseListRow, column: Column) -> QBrush | None:
        if row.erased:
            palette = QGuiApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if column == self.Column.INCOMPLETE and row.incomplete:
            return QBrush(QColor(INCOMPLETE_COLOUR))
        return None


def _name_withheld(row: CaseListRow) -> bool:
    """Whether the row shows an alias because she withheld her name."""
    return row.name_withheld
