"""The staff accounts table: name, user name, role, status and last sign-in."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

from osc_desktop.services.accounts.staff import ROLE_CONTEXT, ROLE_LABELS, StaffRow
from osc_desktop.ui.formats import format_moment
from osc_desktop.ui.item_models.rows_table_model import RowsTableModel


def role_label(role: str) -> str:
    """A role's name in the interface language ("Manager" / "केंद्र प्रबंधक")."""
    source = ROLE_LABELS.get(role)
    return QCoreApplication.translate(ROLE_CONTEXT, source) if source else role


class StaffTableModel(RowsTableModel):
    """Rows of `StaffRow`, in the order the service gives them; deactivated rows greyed."""

    class Column(IntEnum):
        NAME = 0
        USERNAME = 1
        ROLE = 2
        STATUS = 3
        LAST_SIGN_IN = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StaffRow] = []

    def row_of(self, user_id: int) -> int:
        """The row number holding account `user_id`, or -1."""
        return next((n for n, r in enumerate(self._rows) if r.id == user_id), -1)

    def header_labels(self) -> dict[Any, str]:
        return {
            self.Column.NAME: self.tr("Name"),
            self.Column.USERNAME: self.tr("User name"),
            self.Column.ROLE: self.tr("Role"),
            self.Column.STATUS: self.tr("Status"),
            self.Column.LAST_SIGN_IN: self.tr("Last signed in"),
        }

    def cell_data(self, row: StaffRow, column: Column, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_active:
            palette = QGuiApplication.palette()
            return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.STATUS:
            return self._status_hint(row)
        return None

    def _text(self, row: StaffRow, column: Column) -> str:
        if column == self.Column.NAME:
            return row.full_name
        if column == self.Column.USERNAME:
            return row.username
        if column == self.Column.ROLE:
            return role_label(row.role)
        if column == self.Column.STATUS:
            return self.status_text(row)
        if row.last_login_at is None:
            return self.tr("Never")
        return format_moment(row.last_login_at)

    def status_text(self, row: StaffRow) -> str:
        if not row.is_active:
            return self.tr("Deactivated")
        if row.locked:
            return self.tr("Locked")
        if row.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    def _status_hint(self, row: StaffRow) -> str | None:
        if not row.is_active:
            return self.tr("Cannot sign in. The account and its history are kept.")
        if row.locked:
            return self.tr("Locked after 5 wrong passwords in a row. A manager can unlock it.")
        if row.must_change_password:
            return self.tr("Has a temporary password, to be changed at the next sign-in.")
        return None
