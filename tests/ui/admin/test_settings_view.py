"""The settings page: this computer's idle lock and the centre's follow-up schedule."""

from __future__ import annotations

from PySide6.QtCore import Qt

from osc_desktop.services.cases import follow_up_plan
from osc_desktop.services.centre import settings as machine_settings
from osc_desktop.ui.admin.settings_view import SettingsView
from tests.case_factory import actor_of


def _view(qtbot, open_centre) -> SettingsView:
    view = SettingsView(open_centre, actor_of(open_centre.database, "asha.kumari"))
    qtbot.addWidget(view)
    return view


def _months(open_centre) -> tuple[int, ...]:
    with open_centre.database.unit_of_work() as uow:
        return follow_up_plan.follow_up_months(uow)


def test_the_follow_up_months_are_shown_and_saved(qtbot, app, open_centre) -> None:
    view = _view(qtbot, open_centre)
    assert view.follow_up_months.text() == "1, 3, 6"
    view.follow_up_months.setText("2 ; 4 ; 12")
    view.idle_minutes.setValue(9)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert _months(open_centre) == (2, 4, 12)
    assert view.follow_up_months.text() == "2, 4, 12"
    assert machine_settings.read_settings(open_centre.paths).idle_minutes == 9
    assert view.follow_up_error.isHidden() or not view.follow_up_error.text()


def test_a_wrong_schedule_is_explained_and_nothing_is_saved(qtbot, app, open_centre) -> None:
    view = _view(qtbot, open_centre)
    before = machine_settings.read_settings(open_centre.paths).idle_minutes
    view.follow_up_months.setText("0, 99")
    view.idle_minutes.setValue(before + 1)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.follow_up_error.text()
    assert _months(open_centre) == (1, 3, 6)
    assert machine_settings.read_settings(open_centre.paths).idle_minutes == before


def test_the_centres_time_zone_is_shown_and_saved(qtbot, app, open_centre) -> None:
    from osc_desktop.services.centre import setup as centre_setup
    from osc_desktop.services.core import clock

    view = _view(qtbot, open_centre)
    assert view.time_zone.zone_name() == "Asia/Kolkata"
    assert view.time_zone.currentText() == "Asia/Kolkata  (UTC+05:30)"
    view.time_zone.set_zone_name("Asia/Kathmandu")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with open_centre.database.unit_of_work() as uow:
        assert centre_setup.get_centre_profile(uow).time_zone == "Asia/Kathmandu"
    assert clock.centre_time_zone_name() == "Asia/Kathmandu"
    assert view.saved.text()
    again = _view(qtbot, open_centre)
    assert again.time_zone.zone_name() == "Asia/Kathmandu"
