"""The audit trail table: time, staff member, action, record and details, newest first.

Pages of 200 rows come in through `fetchMore` as the user scrolls, from a callback the view
gives the model, so a trail of 100,000 events opens at once; `data()` never reads anything.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.services.audit.dto import AuditRow
from osc_desktop.services.audit.listing import PAGE_SIZE as SERVICE_PAGE_SIZE
from osc_desktop.services.core.audit_log import ACTION_LABELS, AUDIT_CONTEXT, AuditAction
from osc_desktop.ui.formats import format_date, format_moment
from osc_desktop.ui.item_models.rows_table_model import ModelIndex, RowsTableModel

CONTEXT = "AuditTableModel"

FetchPage = Callable[[int, int], Sequence[AuditRow]]

# What a record is called, before its id ("Case PAT/2026-27/0012").
ENTITY_LABELS = {
    "case": QT_TRANSLATE_NOOP("AuditTableModel", "Case %1"),
    "staff_user": QT_TRANSLATE_NOOP("AuditTableModel", "Staff account %1"),
    "centre": QT_TRANSLATE_NOOP("AuditTableModel", "Centre %1"),
}
# Names of the details events carry, and the coded values worth saying in words.
DETAIL_NAMES = {
    "reason": QT_TRANSLATE_NOOP("AuditTableModel", "reason"),
    "in_a_row": QT_TRANSLATE_NOOP("AuditTableModel", "in a row"),
    "fields": QT_TRANSLATE_NOOP("AuditTableModel", "fields"),
    "permission": QT_TRANSLATE_NOOP("AuditTableModel", "permission"),
    "rows": QT_TRANSLATE_NOOP("AuditTableModel", "events"),
    "ok": QT_TRANSLATE_NOOP("AuditTableModel", "intact"),
    "filter": QT_TRANSLATE_NOOP("AuditTableModel", "filter"),
    "role": QT_TRANSLATE_NOOP("AuditTableModel", "role"),
    "complete": QT_TRANSLATE_NOOP("AuditTableModel", "complete"),
}
DETAIL_VALUES = {
    "unknown_user": QT_TRANSLATE_NOOP("AuditTableModel", "unknown user name"),
    "wrong_password": QT_TRANSLATE_NOOP("AuditTableModel", "wrong password"),
    "locked": QT_TRANSLATE_NOOP("AuditTableModel", "account locked"),
    "deactivated": QT_TRANSLATE_NOOP("AuditTableModel", "account deactivated"),
}
YES = QT_TRANSLATE_NOOP("AuditTableModel", "yes")
NO = QT_TRANSLATE_NOOP("AuditTableModel", "no")
# The filter of a look at the audit trail ("audit trail viewed", "exported").
FILTER_NAMES = {
    "user_id": QT_TRANSLATE_NOOP("AuditTableModel", "staff"),
    "action": QT_TRANSLATE_NOOP("AuditTableModel", "action"),
    "entity_id": QT_TRANSLATE_NOOP("AuditTableModel", "case number"),
}
RECORD_SEARCHED = QT_TRANSLATE_NOOP("AuditTableModel", "a record searched for")
DATE_RANGE = QT_TRANSLATE_NOOP("AuditTableModel", "%1 to %2")
DATE_FROM = QT_TRANSLATE_NOOP("AuditTableModel", "from %1")
DATE_TO = QT_TRANSLATE_NOOP("AuditTableModel", "until %1")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_label(action: str) -> str:
    """An action's name in the interface language ("Signed in" / "लॉग इन किया")."""
    try:
        source = ACTION_LABELS[AuditAction(action)]
    except ValueError:
        return action  # written by a newer version of the app
    return QCoreApplication.translate(AUDIT_CONTEXT, source)


def record_text(row: AuditRow) -> str:
    """The record an event concerns, in words ("Staff account ravi"); "" for none."""
    if not row.entity_type and not row.entity_id:
        return ""
    shown = row.entity_label or row.entity_id
    template = ENTITY_LABELS.get(row.entity_type)
    if template is None:
        return f"{row.entity_type} {shown}".strip()
    return _tr(template).replace("%1", shown)


def _day(iso: object) -> str:
    try:
        return format_date(date.fromisoformat(str(iso)))
    except ValueError:
        return str(iso)


def _filter_text(flt: dict[str, object], staff_names: Mapping[int, str]) -> str:
    parts = []
    first, last = flt.get("date_from"), flt.get("date_to")
    if first and last:
        parts.append(_tr(DATE_RANGE).replace("%1", _day(first)).replace("%2", _day(last)))
    elif first:
        parts.append(_tr(DATE_FROM).replace("%1", _day(first)))
    elif last:
        parts.append(_tr(DATE_TO).replace("%1", _day(last)))
    for key, value in flt.items():
        if key in ("date_from", "date_to"):
            continue
        if key == "record_searched":
            parts.append(_tr(RECORD_SEARCHED))
            continue
        if key == "user_id" and isinstance(value, int):
            shown = staff_names.get(value, f"#{value}")
        elif key == "action":
            shown = action_label(str(value))
        else:
            shown = str(value)
        name = _tr(FILTER_NAMES[key]) if key in FILTER_NAMES else key.replace("_", " ")
        parts.append(f"{name} = {shown}")
    return ", ".join(parts) or "–"


def _value_text(value: object) -> str:
    if isinstance(value, bool):
        return _tr(YES if value else NO)
    if isinstance(value, str):
        return _tr(DETAIL_VALUES[value]) if value in DETAIL_VALUES else value
    if isinstance(value, list):
        return ", ".join(_value_text(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key} = {_value_text(item)}" for key, item in value.items()) or "–"
    return str(value)


def details_text(details: dict[str, object], staff_names: Mapping[int, str] | None = None) -> str:
    """An event's details on one line ("reason: wrong password; in a row: 3")."""
    parts = []
    for key, value in details.items():
        name = _tr(DETAIL_NAMES[key]) if key in DETAIL_NAMES else key.replace("_", " ")
        if key == "filter" and isinstance(value, dict):
            shown = _filter_text(value, staff_names or {})
        else:
            shown = _value_text(value)
        parts.append(f"{name}: {shown}")
    return "; ".join(parts)


class AuditTableModel(RowsTableModel):
    """Rows of `AuditRow` as the service gives them (newest first), fetched a page at a time."""

    class Column(IntEnum):
        TIME = 0
        USER = 1
        ACTION = 2
        RECORD = 3
        DETAILS = 4

    PAGE_SIZE = SERVICE_PAGE_SIZE

    def __init__(self, fetch_page: FetchPage | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._fetch_page = fetch_page
        self._has_more = False
        self._staff_names: dict[int, str] = {}

    # -- filling --------------------------------------------------------------------------

    def set_fetch_page(self, fetch_page: FetchPage | None) -> None:
        """Where further pages come from: `fetch_page(offset, limit)` returns the next rows."""
        self._fetch_page = fetch_page

    def set_staff_names(self, names: Mapping[int, str]) -> None:
        """Names to show for staff ids in the details (the filter of a look)."""
        self._staff_names = dict(names)
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(
                self.index(0, self.Column.DETAILS), self.index(last, self.Column.DETAILS)
            )

    def set_rows(self, rows: Sequence[AuditRow], *, has_more: bool | None = None) -> None:
        """Show `rows` instead of what was shown. More are fetched on scrolling when the page
        was full (or when `has_more` says so)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._has_more = len(self._rows) >= self.PAGE_SIZE if has_more is None else has_more
        self.endResetModel()

    def append_rows(self, rows: Sequence[AuditRow]) -> None:
        """Add `rows` after the last row."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and self._fetch_page is not None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch_page is not None
        self._has_more = False  # no second fetch while this one runs
        page = list(self._fetch_page(len(self._rows), self.PAGE_SIZE))
        self._has_more = len(page) >= self.PAGE_SIZE
        self.append_rows(page)

    # -- Qt's model interface -------------------------------------------------------------

    def header_labels(self) -> dict[Any, str]:
        return {
            self.Column.TIME: self.tr("Time"),
            self.Column.USER: self.tr("Staff"),
            self.Column.ACTION: self.tr("Action"),
            self.Column.RECORD: self.tr("Record"),
            self.Column.DETAILS: self.tr("Details"),
        }

    def cell_data(self, row: AuditRow, column: Column, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row: AuditRow, column: Column) -> str:
        if column == self.Column.TIME:
            return format_moment(row.occurred_at, seconds=True)
        if column == self.Column.USER:
            return row.full_name or "—"
        if column == self.Column.ACTION:
            return action_label(row.action)
        if column == self.Column.RECORD:
            return record_text(row)
        return details_text(row.details, self._staff_names)

    def _tooltip(self, row: AuditRow, column: Column) -> str | None:
        if column == self.Column.USER:
            return row.username or self.tr("No one was signed in.")
        if column == self.Column.DETAILS and row.details:
            return json.dumps(row.details, ensure_ascii=False, indent=1)
        if column == self.Column.TIME:
            return self.tr("Event %1").replace("%1", str(row.id))
        return None
