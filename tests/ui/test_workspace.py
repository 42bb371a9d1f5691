"""The workspace: which areas each role gets, and how Intake hands a new case to Cases."""

from __future__ import annotations

from PySide6.QtCore import Qt

from osc_desktop.ui.cases.case_record_view import CaseRecordView
from osc_desktop.ui.cases.cases_view import CasesView
from osc_desktop.ui.dashboard_view import DashboardView
from osc_desktop.ui.intake.intake_view import IntakeView
from osc_desktop.ui.workspace import BUILT_AREAS, Area, Workspace
from tests.case_factory import actor_of, register


def _enabled(workspace: Workspace, area: Area) -> bool:
    return bool(workspace.navigation.item(area).flags() & Qt.ItemFlag.ItemIsEnabled)


def _workspace(qtbot, centre, actor) -> Workspace:
    workspace = Workspace(centre, actor)
    qtbot.addWidget(workspace)
    workspace.resize(1300, 760)
    workspace.show()
    qtbot.waitExposed(workspace)
    return workspace


def test_an_operator_gets_intake_and_cases_but_not_administration(
    qtbot, open_centre, add_staff, switcher
):
    add_staff("ravi.kumar", "operator")
    workspace = _workspace(qtbot, open_centre, actor_of(open_centre.database, "ravi.kumar"))
    assert {Area.INTAKE, Area.CASES} <= BUILT_AREAS
    assert _enabled(workspace, Area.INTAKE)
    assert _enabled(workspace, Area.CASES)
    assert not _enabled(workspace, Area.ADMINISTRATION)
    assert not _enabled(workspace, Area.SHELTER)
    assert isinstance(workspace.views[Area.INTAKE], IntakeView)
    assert isinstance(workspace.views[Area.CASES], CasesView)
    assert workspace.navigation.item(Area.CASES).toolTip() == ""
    workspace.show_area(Area.CASES)
    assert workspace.stack.currentWidget() is workspace.views[Area.CASES]


def test_a_registered_case_opens_in_the_cases_area_and_the_list_knows_it(
    qtbot, open_centre, add_staff, switcher
):
    add_staff("ravi.kumar", "operator")
    actor = actor_of(open_centre.database, "ravi.kumar")
    register(open_centre.database, actor, full_name="Sunita Devi")
    workspace = _workspace(qtbot, open_centre, actor)
    cases: CasesView = workspace.views[Area.CASES]
    workspace.show_area(Area.CASES)
    assert cases.list_panel.model.total == 1
    workspace.show_area(Area.INTAKE)
    ref = register(open_centre.database, actor, full_name="Rekha Singh")
    workspace.views[Area.INTAKE].case_registered.emit(ref.id)
    assert workspace.stack.currentWidget() is cases
    record = cases.tabs.currentWidget()
    assert isinstance(record, CaseRecordView)
    assert record.case_id == ref.id
    assert cases.tabs.tabText(cases.tabs.currentIndex()) == ref.case_number
    cases.tabs.setCurrentIndex(0)
    assert cases.list_panel.model.total == 2


def test_intake_can_ask_for_an_earlier_case(qtbot, open_centre, switcher):
    actor = actor_of(open_centre.database, "asha.kumari")
    ref = register(open_centre.database, actor, full_name="Sunita Devi")
    workspace = _workspace(qtbot, open_centre, actor)
    workspace.show_area(Area.INTAKE)
    workspace.views[Area.INTAKE].open_case_requested.emit(ref.id)
    cases = workspace.views[Area.CASES]
    assert workspace.stack.currentWidget() is cases
    assert cases.open_case_ids() == [ref.id]


def test_the_dashboard_counts_today_s_cases(qtbot, open_centre, switcher):
    actor = actor_of(open_centre.database, "asha.kumari")
    workspace = _workspace(qtbot, open_centre, actor)
    dashboard: DashboardView = workspace.views[Area.DASHBOARD]
    assert dashboard.today_card.isVisible()
    assert dashboard.counts is not None and dashboard.counts.registered_today == 0
    workspace.show_area(Area.INTAKE)
    ref = register(open_centre.database, actor, full_name="Sunita Devi")
    workspace.views[Area.INTAKE].case_registered.emit(ref.id)
    workspace.show_area(Area.DASHBOARD)
    assert dashboard.counts.registered_today == 1
    assert dashboard.counts.open_cases == 1
    assert dashboard.today_rows["registered"][1].text() == "1"


def test_choosing_an_area_puts_the_cursor_in_it_but_arrow_keys_stay_in_the_list(
    qtbot, open_centre, switcher
):
    workspace = _workspace(qtbot, open_centre, actor_of(open_centre.database, "asha.kumari"))
    workspace.activateWindow()
    nav = workspace.navigation
    nav.setFocus()
    qtbot.waitUntil(nav.hasFocus)

    def click(area: Area) -> None:
        rect = nav.visualItemRect(nav.item(area))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click(Area.INTAKE)
    intake = workspace.views[Area.INTAKE]
    qtbot.waitUntil(lambda: intake.form.first_field().hasFocus())

    nav.setFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Down)
    assert workspace.stack.currentWidget() is workspace.views[Area.CASES]
    assert nav.hasFocus()
    qtbot.keyClick(nav, Qt.Key.Key_Return)
    search = workspace.views[Area.CASES].list_panel.search_edit
    qtbot.waitUntil(search.hasFocus)
