"""Telling the user, politely, why a service refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from osc_desktop.errors import OscError
from osc_desktop.ui.language import tr_error


def show_service_error(parent: QWidget | None, error: OscError) -> None:
    """A message box with the error's translated message (never a traceback)."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("errors_dialog", "OSC Desktop"), tr_error(error)
    )
