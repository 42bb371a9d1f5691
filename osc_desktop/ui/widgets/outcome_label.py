"""A line saying how the last action went ("Backup made: …", "The audit trail is intact …").

The text comes from a function, so it is worded again in the new language when the interface
language changes (call `refresh()` from the view's `retranslate_ui()`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

# What to say and its style sheet (the colour of success or failure).
Outcome = Callable[[], tuple[str, str]]


class OutcomeLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._outcome: Outcome | None = None
        self.hide()

    def set_outcome(self, outcome: Outcome | None) -> None:
        """Say `outcome` (None: hide the line)."""
        self._outcome = outcome
        self.refresh()

    def refresh(self) -> None:
        if self._outcome is None:
            self.hide()
            return
        text, style = self._outcome()
        self.setText(text)
        self.setStyleSheet(style)
        self.show()
