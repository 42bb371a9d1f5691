"""What the dialogs that call a service share: their button row, and how a call is made (a
busy cursor; invalid input shown in the dialog; any other refusal explained, closing it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from osc_desktop.errors import OscError, ValidationError
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.language import tr_field_problem

T = TypeVar("T")


def button_row(
    dialog: QDialog, accept: QPushButton, on_accept: Callable[[], object], cancel: QPushButton
) -> QDialogButtonBox:
    """`accept` and `cancel` in the platform's order: `accept` calls `on_accept`, `cancel`
    closes the dialog."""
    buttons = QDialogButtonBox()
    buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    accept.clicked.connect(on_accept)
    cancel.clicked.connect(dialog.reject)
    return buttons


def problems_text(error: ValidationError) -> str:
    """Every problem of `error` in the interface language, one a line."""
    return "\n".join(tr_field_problem(problem) for problem in error.field_errors.values())


def call_from_dialog(
    dialog: QDialog,
    action: Callable[[], T],
    on_invalid: Callable[[ValidationError], object],
) -> tuple[bool, T | None]:
    """Run `action` under a busy cursor: (True, what it returned) if it succeeded.

    A ValidationError goes to `on_invalid` and the dialog stays open; any other refusal is
    kept in `dialog.failure`, explained, and closes the dialog. Either gives (False, None).
    """
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = action()
    except ValidationError as error:
        QGuiApplication.restoreOverrideCursor()
        on_invalid(error)
        return False, None
    except OscError as error:
        QGuiApplication.restoreOverrideCursor()
        dialog.failure = error  # type: ignore[attr-defined]
        show_service_error(dialog, error)
        dialog.reject()
        return False, None
    QGuiApplication.restoreOverrideCursor()
    return True, result
