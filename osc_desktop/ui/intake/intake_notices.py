"""The two notices above the intake form: the new case number after a save, and the question
before a half-filled form is cleared.

They are laid out here; their words are set by `IntakeView.retranslate_ui`, so they stay in
the IntakeView translation context.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from osc_desktop.ui.widgets.labels import make_bold

BANNER_STYLE = (
    "QFrame#saved_banner { background: #e8f5e9; border: 1px solid #2e7d32; border-radius: 6px; }"
    "QFrame#saved_banner QLabel { color: #1b5e20; }"
)
CONFIRM_STYLE = (
    "QFrame#clear_confirmation { background: #fff8e1; border: 1px solid #f9a825; "
    "border-radius: 6px; } QFrame#clear_confirmation QLabel { color: #1b1b1b; }"
)


def _button(object_name: str = "") -> QPushButton:
    button = QPushButton()
    if object_name:
        button.setObjectName(object_name)
    button.setAutoDefault(False)
    return button


class SavedBanner(QFrame):
    """After a save: the new case number, large, and a way into the case; hidden at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved_banner")
        self.setStyleSheet(BANNER_STYLE)
        self.heading = QLabel()
        self.case_number_label = QLabel()
        self.case_number_label.setObjectName("case_number")
        make_bold(self.case_number_label, 1.8)
        self.case_number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.open_case_button = _button("open_case_button")
        self.dismiss_button = _button()
        self.dismiss_button.clicked.connect(self.hide)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.heading)
        text.addWidget(self.case_number_label)
        text.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(text, 1)
        layout.addWidget(self.open_case_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()


class ClearConfirmation(QFrame):
    """Clearing a half-filled form asks first, here rather than in a dialog; hidden at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clear_confirmation")
        self.setStyleSheet(CONFIRM_STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.confirm_clear_button = _button("confirm_clear_button")
        self.keep_button = _button("keep_button")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.confirm_clear_button)
        layout.addWidget(self.keep_button)
        self.hide()
