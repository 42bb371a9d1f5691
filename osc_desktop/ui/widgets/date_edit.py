"""The one date field of the filters and dialogs: a calendar popup, dd-mm-yyyy."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from osc_desktop.ui.formats import DATE_EDIT_FORMAT

LAST_DATE = QDate(9999, 12, 31)


def make_date_edit(
    value: QDate | None = None,
    *,
    maximum: QDate = LAST_DATE,
    parent: QWidget | None = None,
) -> QDateEdit:
    """A date field with a calendar popup, showing dd-mm-yyyy, set to `value` if given."""
    edit = QDateEdit(parent) if value is None else QDateEdit(value, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_EDIT_FORMAT)
    edit.setMaximumDate(maximum)
    return edit
