"""Text copied from the app, by its Copy menu or by Ctrl+C in any field, leaves the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from osc_desktop.ui.clipboard import SensitiveClipboard


def test_ctrl_c_in_a_field_is_cleared_after_the_delay(qtbot, app) -> None:
    field = QLineEdit("98765 43210")
    qtbot.addWidget(field)
    clipboard = SensitiveClipboard(field, clear_after_ms=100)  # goes with the field
    clipboard.watch_this_application()
    field.show()
    qtbot.waitExposed(field)
    active = Qt.ApplicationState.ApplicationActive
    qtbot.waitUntil(lambda: QGuiApplication.applicationState() == active)
    field.selectAll()
    field.copy()
    system = QGuiApplication.clipboard()
    assert system.text() == "98765 43210"
    qtbot.waitUntil(lambda: system.text() == "", timeout=15000)


def test_text_replaced_meanwhile_is_left_alone(qtbot, app) -> None:
    owner = QLineEdit()
    qtbot.addWidget(owner)
    clipboard = SensitiveClipboard(owner, clear_after_ms=100)
    clipboard.copy("0612 2345678")
    system = QGuiApplication.clipboard()
    assert system.text() == "0612 2345678"
    clipboard._copied = "something else"  # as if another program had copied since
    with qtbot.waitSignal(clipboard._timer.timeout, timeout=15000):
        pass  # the moment it would have cleared has come
    assert system.text() == "0612 2345678"
    system.clear()


def test_without_watching_a_field_copy_is_not_touched(qtbot, app) -> None:
    field = QLineEdit("a case number")
    qtbot.addWidget(field)
    clipboard = SensitiveClipboard(field, clear_after_ms=50)
    field.selectAll()
    field.copy()
    QGuiApplication.processEvents()
    assert not clipboard._timer.isActive()  # nothing will clear it
    assert QGuiApplication.clipboard().text() == "a case number"
    QGuiApplication.clipboard().clear()
