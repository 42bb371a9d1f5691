"""The main window: navigation, disabled future areas, status bar, live language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt

from osc_desktop.ui.main_window import Area, MainWindow


def _window(centre) -> MainWindow:
    window = MainWindow("en")
    window.show_centre(centre)
    return window


def test_before_the_records_open_the_window_says_so_and_offers_nothing(qtbot, switcher):
    window = MainWindow("en")
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.opening
    assert window.opening.text() == "Opening the centre's records…"
    assert window.database_status.text() == "Database: not open"
    assert not any(
        window.navigation.item(area).flags() & Qt.ItemFlag.ItemIsEnabled for area in Area
    )


def test_only_built_areas_are_enabled_and_the_rest_say_why(qtbot, switcher, open_centre):
    window = _window(open_centre)
    qtbot.addWidget(window)
    window.show()
    enabled = [
        area for area in Area if window.navigation.item(area).flags() & Qt.ItemFlag.ItemIsEnabled
    ]
    assert enabled == [Area.DASHBOARD]
    assert "later version" in window.navigation.item(Area.SHELTER).toolTip()
    assert window.navigation.item(Area.DASHBOARD).toolTip() == ""


def test_dashboard_and_status_bar_show_the_centre_and_the_database_state(
    qtbot, switcher, open_centre
):
    window = _window(open_centre)
    qtbot.addWidget(window)
    view = window.views[Area.DASHBOARD]
    assert view.heading.text() == "वन स्टॉप सेंटर, पटना"
    assert view.data_rows["database"][1].text().startswith("encrypted")
    assert f"schema {open_centre.schema_revision}" in view.data_rows["database"][1].text()
    assert view.data_rows["key"][1].text().startswith("the computer's secure key store (")
    assert window.centre_status.text() == "Centre: PAT"
    assert "PAT" not in window.user_status.text()


def test_language_menu_switches_the_window_to_hindi_live(qtbot, switcher, open_centre):
    window = _window(open_centre)
    qtbot.addWidget(window)
    window.language_requested.connect(switcher.set_language)
    window.language_actions["hi"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(Area.CASES).text() == "प्रकरण")
    assert window.file_menu.title() == "फ़ाइल(&F)"
    assert window.views[Area.DASHBOARD].centre_title.text() == "केंद्र"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(Area.CASES).text() == "Cases")
