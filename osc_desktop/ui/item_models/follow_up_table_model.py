"""Follow-ups due soon or overdue: when, which case, whose, and how late, overdue first.

Rows are `services.follow_ups.FollowUpRow` as `list_due_follow_ups` gives them (a short list:
the next week's and the overdue ones), so there is no paging; `data()` never reads anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from osc_desktop.ui.formats import centre_today, format_date
from osc_desktop.ui.item_models.rows_table_model import RowsTableModel

if TYPE_CHECKING:
    from osc_desktop.services.cases.follow_ups import FollowUpRow

OVERDUE_TEXT_COLOUR = "#8c1d18"
OVERDUE_BACKGROUND = "#fbe9e7"


class FollowUpTableModel(RowsTableModel):
    """Rows of `FollowUpRow`, in the order the service gives them (overdue first)."""

    class Column(IntEnum):
        DUE_ON = 0
        WHEN = 1
        CASE_NUMBER = 2
        NAME = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpRow] = []
        self._today = centre_today()

    def set_rows(self, rows: Sequence[FollowUpRow], *, today: date | None = None) -> None:
        """Show `rows`; "due in 3 days" counts from `today` (the local date by default)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or centre_today()
        self.endResetModel()

    def overdue_count(self) -> int:
        return sum(1 for row in self._rows if row.overdue)

    def header_labels(self) -> dict[Any, str]:
        return {
            self.Column.DUE_ON: self.tr("Due on"),
            self.Column.WHEN: self.tr("When"),
            self.Column.CASE_NUMBER: self.tr("Case number"),
            self.Column.NAME: self.tr("Name"),
        }

    def cell_data(self, row: FollowUpRow, column: Column, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if row.overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(OVERDUE_BACKGROUND))
        if row.overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(OVERDUE_TEXT_COLOUR))
        if row.overdue and role == Qt.ItemDataRole.FontRole and column == self.Column.WHEN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.WHEN and row.overdue:
            return self.tr("Overdue: call or visit her, then record the follow-up in her case.")
        return None

    def _text(self, row: FollowUpRow, column: Column) -> str:
        if column == self.Column.DUE_ON:
            return format_date(row.due_on)
        if column == self.Column.WHEN:
            return self.when_text(row)
        if column == self.Column.CASE_NUMBER:
            return row.case_number
        return row.display_name or self.tr("(erased)")

    def when_text(self, row: FollowUpRow) -> str:
        """How the due date stands against today, in words."""
        days = (row.due_on - self._today).days
        if days == 0:
            return self.tr("Due today")
        if days == 1:
            return self.tr("Due tomorrow")
        if days > 1:
            return self.tr("Due in %1 days").replace("%1", str(days))
        if days == -1:
            return self.tr("Overdue by 1 day")
        return self.tr("Overdue by %1 days").replace("%1", str(-days))
