"""The main window: navigation, disabled future areas, status bar, live language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt

from osc_desktop.ui.main_window import Area, MainWindow


def test_only_built_areas_are_enabled_and_the_rest_say_why(qtbot, switcher, open_centre):
    window = MainWindow(open_centre, "en")
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
    window = MainWindow(open_centre, "en")
    qtbot.addWidget(window)
    view = window.views[Area.DASHBOARD]
    assert view.heading.text() == "वन स्टॉप सेंटर, पटना"
    assert view.data_rows["database"][1].text().startswith("encrypted")
    assert "schema 0001" in view.data_rows["database"][1].text()
    assert view.data_rows["key"][1].text().startswith("the computer's secure key store (")
    assert window.centre_status.text() == "Centre: PAT"
    assert "PAT" not in window.user_status.text()


def test_language_menu_switches_the_window_to_hindi_live(qtbot, switcher, open_centre):
    window = MainWindow(open_centre, "en")
    qtbot.addWidget(window)
    window.language_requested.connect(switcher.set_language)
    window.language_actions["hi"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(Area.CASES).text() == "प्रकरण")
    assert window.file_menu.title() == "फ़ाइल(&F)"
    assert window.views[Area.DASHBOARD].centre_title.text() == "केंद्र"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.navigation.item(Area.CASES).text() == "Cases")
