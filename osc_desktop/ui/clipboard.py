"""Copying a phone number or address: cleared from the clipboard again after 30 seconds."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication

SENSITIVE_CLIPBOARD_MS = 30_000


class SensitiveClipboard(QObject):
    """Puts text on the clipboard and takes it off later, unless something else replaced it."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = SENSITIVE_CLIPBOARD_MS):
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_now)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._copied = text
        self._timer.start()

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what was copied here (also used at lock)."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
