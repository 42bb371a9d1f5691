"""Copying a phone number or address: cleared from the clipboard again after 30 seconds."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

SENSITIVE_CLIPBOARD_MS = 30_000
_WINDOWS_PRIVATE_FORMATS = {
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


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
        data = QMimeData()
        data.setText(text)
        # Keep it out of clipboard history and cloud sync (Windows 10+, Win+V) and out of
        # clipboard managers (KDE's Klipper honours the password-manager hint).
        for windows_format, value in _WINDOWS_PRIVATE_FORMATS.items():
            data.setData(f'application/x-qt-windows-mime;value="{windows_format}"', value)
        data.setData("x-kde-passwordManagerHint", b"secret")
        QGuiApplication.clipboard().setMimeData(data)
        self._copied = text
        self._timer.start()

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what was copied here (also used at lock)."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
