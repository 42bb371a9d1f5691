"""The main window: opening screen, workspaces after sign-in, disabled future areas, language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from osc_desktop.ui.main_window import MainWindow
from osc_desktop.ui.workspace import Area

MANAGER = ("asha.kumari", "a long password")


def signed_in_window(qtbot, centre, who=MANAGER) -> MainWindow:
    window = MainWindow("en")
    qtbot.addWidget(window)
    window.show()
    window.show_centre(centre)
    login = window.login
    login.form.fields["username"].set_text(who[0])
    login.form.fields["password"].set_text(who[1])
    login.sign_in_button.click()
    assert window.actor is not None, login.error.text()
    return window


def test_before_the_records_open_the_window_says_so_and_offers_nothing(qtbot, switcher):
    window = MainWindow("en")
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.opening
    assert window.opening.text() == "Opening the centre's records…"
    assert window.database_status.text() == "Database: not open"
    assert not window.lock_action.isEnabled()


def test_the_records_open_on_the_sign_in_screen_not_on_any_data(qtbot, switcher, open_centre):
    window = MainWindow("en")
    qtbot.addWidget(window)
    window.show_centre(open_centre)
    assert window.stack.currentWidget() is window.login
    assert window.user_status.text() == "No one signed in"
    assert window.workspaces == {}


def test_only_built_areas_are_enabled_and_the_rest_say_why(qtbot, switcher, open_centre):
    window = signed_in_window(qtbot, open_centre)
    workspace = window.workspaces[window.actor.user_id]
    enabled = [
        area for area in Area if workspace.navigation.item(area).flags() & Qt.ItemFlag.ItemIsEnabled
    ]
    assert enabled == [Area.DASHBOARD, Area.INTAKE, Area.CASES, Area.ADMINISTRATION]
    assert "later version" in workspace.navigation.item(Area.SHELTER).toolTip()
    assert workspace.navigation.item(Area.DASHBOARD).toolTip() == ""


def test_dashboard_and_status_bar_show_the_centre_and_the_database_state(
    qtbot, switcher, open_centre
):
    window = signed_in_window(qtbot, open_centre)
    view = window.workspaces[window.actor.user_id].views[Area.DASHBOARD]
    assert view.heading.text() == "वन स्टॉप सेंटर, पटना"
    assert view.data_rows["database"][1].text().startswith("encrypted")
    assert f"schema {open_centre.schema_revision}" in view.data_rows["database"][1].text()
    assert view.data_rows["key"][1].text().startswith("the computer's secure key store (")
    assert window.centre_status.text() == "Centre: PAT"
    assert window.user_status.text() == "Signed in: Asha Kumari (Manager)"


def test_language_menu_switches_the_window_to_hindi_live(qtbot, switcher, open_centre):
    window = signed_in_window(qtbot, open_centre)
    workspace = window.workspaces[window.actor.user_id]
    window.language_requested.connect(switcher.set_language)
    window.language_actions["hi"].trigger()
    qtbot.waitUntil(lambda: workspace.navigation.item(Area.CASES).text() == "प्रकरण")
    assert window.file_menu.title() == "फ़ाइल(&F)"
    assert workspace.views[Area.DASHBOARD].centre_title.text() == "केंद्र"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: workspace.navigation.item(Area.CASES).text() == "Cases")
