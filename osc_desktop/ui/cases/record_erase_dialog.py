"""The second confirmation of an erasure: typing the case number.

The first confirmation is a warning that says what erasure does and that it cannot be undone
(`CaseRecordView`); here the manager types the case number, and only an exact match enables
Erase. The service checks the typed number again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError
from osc_desktop.ui.widgets.dialog_actions import button_row, call_from_dialog, problems_text
from osc_desktop.ui.widgets.form_field import FieldError
from osc_desktop.ui.widgets.labels import make_bold
from osc_desktop.ui.widgets.retranslating import Retranslating

DANGER_STYLE = (
    "QPushButton:enabled { background: #b3261e; color: white; border-radius: 4px; "
    "padding: 5px 14px; }"
)


class EraseDialog(Retranslating, QDialog):
    """Type the case number to erase it; `erase(typed)` is called when Erase is pressed."""

    def __init__(
        self,
        case_number: str,
        erase: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_number = case_number
        self._erase = erase
        self.failure: OscError | None = None
        self.heading = QLabel()
        make_bold(self.heading, 1.15)
        self.heading.setWordWrap(True)
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.confirmation = QLineEdit()
        self.confirmation.setObjectName("confirm_case_number")
        self.instruction.setBuddy(self.confirmation)
        self.error = FieldError()
        self.erase_button = QPushButton()
        self.erase_button.setStyleSheet(DANGER_STYLE)
        self.cancel_button = QPushButton()
        self.buttons = button_row(
            self, self.erase_button, self._on_erase_clicked, self.cancel_button
        )
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.confirmation.textChanged.connect(self._on_confirmation_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.instruction)
        layout.addWidget(self.confirmation)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.confirmation.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Erase on request"))
        self.heading.setText(self.tr("Erase case %1").replace("%1", self.case_number))
        self.instruction.setText(
            self.tr(
                "To confirm, type the case number %1 exactly as shown. This cannot be undone."
            ).replace("%1", self.case_number)
        )
        self.erase_button.setText(self.tr("&Erase for ever"))
        self.cancel_button.setText(self.tr("Cancel"))

    def matches(self) -> bool:
        return self.confirmation.text().strip() == self.case_number

    def _on_confirmation_text_changed(self, _text: str) -> None:
        self.erase_button.setEnabled(self.matches())
        self.error.show_message("")

    def _on_erase_clicked(self) -> None:
        if not self.matches():
            return
        typed = self.confirmation.text().strip()
        erased, _ = call_from_dialog(
            self,
            lambda: self._erase(typed),
            lambda error: self.error.show_message(problems_text(error)),
        )
        if erased:
            self.accept()
