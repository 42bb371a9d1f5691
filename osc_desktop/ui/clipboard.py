"""Copying a phone number or address: cleared from the clipboard again after 30 seconds.

The same holds for anything copied from the app with Ctrl+C or Cut (a name, an address, a
narrative): the main window watches the clipboard for copies made by this application.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
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

    def watch_this_application(self) -> None:
        """Also take off, after the same delay, text copied or cut from any field of the app."""
        QGuiApplication.clipboard().dataChanged.connect(self._on_clipboard_data_changed)

    def _on_clipboard_data_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        # ownsClipboard() says so on Windows and X11; where a platform cannot tell, a copy made
        # while this application is the active one was made in it.
        ours = clipboard.ownsClipboard() or (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        )
        if not ours:
            return  # copied in another program: not ours to clear
        text = clipboard.text()
        if not text or text == self._copied:
            return
        self._copied = text
        self._timer.start()

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds what was copied here (also used at lock)."""
        self._timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
