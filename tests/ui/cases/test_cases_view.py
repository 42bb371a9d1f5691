"""The Cases area on a real centre: search as you type, filters, sorting, empty states, case
tabs, and the follow-ups tab."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from osc_desktop.services.cases import status as case_status
from osc_desktop.services.core.clock import at_local_time
from osc_desktop.ui.cases.case_list_filters import Period, period_dates
from osc_desktop.ui.cases.case_record_view import CaseRecordView
from osc_desktop.ui.cases.cases_view import CasesView
from osc_desktop.ui.item_models.case_table_model import CaseTableModel
from tests.case_factory import actor_of, register

Column = CaseTableModel.Column
TODAY = date(2026, 11, 23)


def _at(day: date, hour: int = 11) -> datetime:
    return at_local_time(day, hour)


@pytest.fixture
def manager(open_centre):
    return actor_of(open_centre.database, "asha.kumari")


@pytest.fixture
def cases(open_centre, manager, add_staff):
    """Four cases over two financial years; returns their ids by a short name."""
    database = open_centre.database
    ravi = add_staff("ravi.kumar", "counsellor")
    ids = {
        "sunita": register(database, manager, full_name="Sunita Devi", now=_at(TODAY)).id,
        "सुनीता": register(
            database,
            manager,
            full_name="सुनीता कुमारी",
            violence=frozenset({"rape"}),
            case_worker_id=ravi,
            phone="91234 56789",
            now=_at(date(2026, 11, 2)),
        ).id,
        "rekha": register(
            database, manager, quick=True, full_name="Rekha Singh", now=_at(date(2026, 5, 10))
        ).id,
        "meena": register(
            database, manager, full_name="Meena Kumari", now=_at(date(2025, 12, 1))
        ).id,
    }
    with database.unit_of_work() as uow:
        case_status.dispose_case(
            uow,
            ids["meena"],
            outcome="resolved_by_counselling",
            note="",
            by=manager,
            today=date(2025, 12, 20),
            now=_at(date(2025, 12, 20)),
        )
    return ids


def _view(qtbot, centre, actor) -> CasesView:
    view = CasesView(centre, actor)
    view.list_panel.set_today(lambda: TODAY)
    view.follow_ups.set_today(lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _names(view: CasesView) -> list[str]:
    model = view.list_panel.model
    return [model.data(model.index(n, Column.NAME)) for n in range(model.rowCount())]


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


# The list


def test_a_centre_without_cases_says_to_register_from_intake(qtbot, open_centre, manager, switcher):
    view = _view(qtbot, open_centre, manager)
    panel = view.list_panel
    assert panel.model.total == 0
    assert panel.results.currentWidget() is panel.empty_state
    assert "Register a woman from Intake" in panel.empty_label.text()
    assert not panel.clear_button.isVisible()
    assert panel.count_label.text() == "0 cases"
    assert view.tabs.tabText(0) == "All cases"
    assert view.tabs.tabText(1) == "Follow-ups"


def test_nothing_is_read_until_the_list_is_shown(qtbot, open_centre, manager, cases, switcher):
    view = CasesView(open_centre, manager)
    qtbot.addWidget(view)
    assert view.list_panel.model.rowCount() == 0
    view.refresh()  # a change before the first look reads nothing either
    assert view.list_panel.model.rowCount() == 0
    assert view.list_panel.count_label.text() == ""


def test_the_list_shows_every_case_newest_first(qtbot, open_centre, manager, cases, switcher):
    view = _view(qtbot, open_centre, manager)
    assert _names(view) == ["Sunita Devi", "सुनीता कुमारी", "Rekha Singh", "Meena Kumari"]
    model = view.list_panel.model
    assert view.list_panel.count_label.text() == "4 cases"
    assert model.data(model.index(1, Column.PHONE)) == "•••• 6789"
    assert model.data(model.index(2, Column.INCOMPLETE)) == "Incomplete"
    assert model.data(model.index(3, Column.STATUS)) == "Disposed"


def test_typing_in_the_search_box_narrows_the_list_after_a_pause(
    qtbot, open_centre, manager, cases, switcher
):
    view = _view(qtbot, open_centre, manager)
    panel = view.list_panel
    qtbot.keyClicks(panel.search_edit, "sunita")
    assert panel.model.total == 4  # not yet: typing goes on
    qtbot.waitUntil(lambda: panel.model.total == 2, timeout=15000)
    assert sorted(_names(view)) == sorted(["Sunita Devi", "सुनीता कुमारी"])
    assert panel.count_label.text() == "2 cases"
    qtbot.keyClicks(panel.search_edit, " zzz")
    qtbot.waitUntil(lambda: panel.model.total == 0, timeout=15000)
    assert panel.results.currentWidget() is panel.empty_state
    assert "No case matches “sunita zzz”." in panel.empty_label.text()
    assert panel.clear_button.isVisible()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.search_edit.text() == ""
    assert panel.model.total == 4
    assert panel.results.currentWidget() is panel.table


def test_a_phone_s_last_digits_find_her(qtbot, open_centre, manager, cases, switcher):
    view = _view(qtbot, open_centre, manager)
    panel = view.list_panel
    panel.search_edit.setText("56789")
    panel.search()
    assert _names(view) == ["सुनीता कुमारी"]


def test_filters_narrow_the_list_together(qtbot, open_centre, manager, cases, switcher):
    view = _view(qtbot, open_centre, manager)
    panel = view.list_panel
    _choose(panel.violence_combo, "rape")
    assert _names(view) == ["सुनीता कुमारी"]
    _choose(panel.violence_combo, None)
    _choose(panel.status_combo, "disposed")
    assert _names(view) == ["Meena Kumari"]
    _choose(panel.status_combo, "open")
    assert _names(view) == ["Sunita Devi", "सुनीता कुमारी", "Rekha Singh"]
    _choose(panel.period_combo, Period.THIS_MONTH)
    assert _names(view) == ["Sunita Devi", "सुनीता कुमारी"]
    _choose(
        panel.worker_combo, panel.worker_combo.itemData(panel.worker_combo.findText("Ravi Kumar"))
    )
    assert _names(view) == ["सुनीता कुमारी"]
    panel.search_edit.setText("Sunita Devi")
    panel.search()
    assert _names(view) == []
    assert "with these filters" in panel.empty_label.text()
    panel.clear_filters()
    assert panel.model.total == 4


def test_the_registered_period_filter(qtbot, open_centre, manager, cases, switcher):
    view = _view(qtbot, open_centre, manager)
    panel = view.list_panel
    _choose(panel.period_combo, Period.THIS_FINANCIAL_YEAR)
    assert _names(view) == ["Sunita Devi", "सुनीता कुमारी", "Rekha Singh"]
    _choose(panel.period_combo, Period.LAST_FINANCIAL_YEAR)
    assert _names(view) == ["Meena Kumari"]
    assert not panel.dates_box.isVisible()
    _choose(panel.period_combo, Period.CUSTOM)
    assert panel.dates_box.isVisible()
    # The dates start as the period chosen before, and the list stays as it was.
    assert panel.from_date.date().toPython() == date(2025, 4, 1)
    assert panel.to_date.date().toPython() == date(2026, 3, 31)
    assert _names(view) == ["Meena Kumari"]
    panel.from_date.setDate(date(2026, 5, 31))  # given backwards: put in order
    panel.to_date.setDate(date(2026, 5, 1))
    assert _names(view) == ["Meena Kumari"]  # not yet: the dates may still be typed
    qtbot.waitUntil(lambda: _names(view) == ["Rekha Singh"], timeout=15000)
    assert "No case matches" not in panel.empty_label.text()


def test_period_dates_follow_the_financial_year():
    assert period_dates(Period.ANY, TODAY) == (None, None)
    assert period_dates(Period.THIS_MONTH, TODAY) == (date(2026, 11, 1), TODAY)
    assert period_dates(Period.THIS_FINANCIAL_YEAR, TODAY) == (date(2026, 4, 1), TODAY)
    assert period_dates(Period.LAST_FINANCIAL_YEAR, date(2027, 3, 31)) == (
        date(2025, 4, 1),
        date(2026, 3, 31),
    )
    assert period_dates(Period.THIS_FINANCIAL_YEAR, date(2027, 4, 1)) == (
        date(2027, 4, 1),
        date(2027, 4, 1),
    )
    assert period_dates(Period.CUSTOM, TODAY, (date(2026, 5, 2), date(2026, 5, 1))) == (
        date(2026, 5, 1),
        date(2026, 5, 2),
    )


def test_clicking_a_header_sorts_through_the_query(qtbot, open_centre, manager, cases, switcher):
    view = _view(qtbot, open_centre, manager)
    table = view.list_panel.table
    header = table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(Column.NAME)
    first = _names(view)
    assert sorted(first[:3]) == first[:3] or sorted(first, reverse=True) == first
    assert view.list_panel.model.query.sort == "name"
    click(Column.NAME)
    assert _names(view) == list(reversed(first))
    click(Column.PHONE)  # not sortable: nothing changes, the indicator stays on the name
    assert header.sortIndicatorSection() == Column.NAME
    assert view.list_panel.model.query.sort == "name"


# Keyboard and case tabs


def test_down_enters_the_list_and_enter_opens_the_case_in_its_own_tab(
    qtbot, open_centre, manager, cases, switcher
):
    view = _view(qtbot, open_centre, manager)
    panel = view.list_panel
    panel.focus_search()
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Down)
    assert panel.table.currentIndex().row() == 0
    assert QApplication.focusWidget() is panel.table
    qtbot.keyClick(panel.table, Qt.Key.Key_Up)  # above the first row: back to the search box
    assert QApplication.focusWidget() is panel.search_edit
    qtbot.keyClick(panel.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert view.tabs.count() == 3
    record = view.tabs.currentWidget()
    assert isinstance(record, CaseRecordView)
    assert record.case_id == cases["सुनीता"]
    assert view.tabs.tabText(2) == record.detail.case_number
    assert view.open_case_ids() == [cases["सुनीता"]]


def test_opening_an_open_case_again_brings_its_tab_forward(
    qtbot, open_centre, manager, cases, switcher
):
    view = _view(qtbot, open_centre, manager)
    first = view.open_case(cases["sunita"])
    second = view.open_case(cases["rekha"])
    assert view.tabs.count() == 4
    view.tabs.setCurrentIndex(0)
    panel = view.list_panel
    row = panel.model.row_of(cases["sunita"])
    where = panel.table.visualRect(panel.model.index(row, Column.NAME)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert view.tabs.count() == 4
    assert view.tabs.currentWidget() is first
    assert view.open_case(cases["rekha"]) is second
    assert view.open_case_ids() == [cases["sunita"], cases["rekha"]]


def test_ctrl_w_closes_the_case_tab_and_the_fixed_tabs_stay(
    qtbot, open_centre, manager, cases, switcher
):
    view = _view(qtbot, open_centre, manager)
    record = view.open_case(cases["sunita"])
    assert record.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is record
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.count() == 2
    assert view.case_tab(cases["sunita"]) is None
    view.tabs.setCurrentIndex(0)
    view.close_current_case()
    view.close_tab(1)
    assert view.tabs.count() == 2
    assert view.tabs.tabBar().tabButton(0, view.tabs.tabBar().ButtonPosition.RightSide) is None


def test_closing_a_case_being_edited_asks_first(
    qtbot, open_centre, manager, cases, switcher, monkeypatch
):
    view = _view(qtbot, open_centre, manager)
    record = view.open_case(cases["sunita"])
    record.editing = True
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    view.close_current_case()
    assert view.tabs.count() == 3
    view.close_current_case()
    assert view.tabs.count() == 2


def test_ctrl_f_goes_back_to_the_search_box(qtbot, open_centre, manager, cases, switcher):
    view = _view(qtbot, open_centre, manager)
    view.open_case(cases["sunita"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is view.list_panel.search_edit


def test_a_case_changed_in_its_tab_refreshes_the_list(qtbot, open_centre, manager, cases, switcher):
    view = _view(qtbot, open_centre, manager)
    record = view.open_case(cases["sunita"])
    with open_centre.database.unit_of_work() as uow:
        case_status.start_work(uow, cases["sunita"], by=manager)
    with qtbot.waitSignal(view.case_changed):
        record.case_changed.emit(cases["sunita"])
    view.tabs.setCurrentIndex(0)  # the list reads again when it is seen
    model = view.list_panel.model
    assert model.data(model.index(model.row_of(cases["sunita"]), Column.STATUS)) == "In progress"


def test_a_missing_case_opens_no_tab(qtbot, open_centre, manager, cases, switcher, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    view = _view(qtbot, open_centre, manager)
    assert view.open_case(987654) is None
    assert view.tabs.count() == 2
    assert shown


# Follow-ups


def test_the_follow_ups_tab_lists_overdue_ones_and_opens_the_case(
    qtbot, open_centre, manager, cases, switcher
):
    view = _view(qtbot, open_centre, manager)
    view.show_follow_ups()
    follow_ups = view.follow_ups
    model = follow_ups.model
    assert model.rowCount() == 3  # 1, 3 and 6 months after 20 December 2025: all overdue
    assert model.overdue_count() == 3
    assert model.data(model.index(0, model.Column.WHEN)) == "Overdue by 307 days"
    assert model.data(model.index(0, model.Column.NAME)) == "Meena Kumari"
    assert "3 overdue" in follow_ups.count_label.text()
    follow_ups.table.selectRow(0)
    qtbot.keyClick(follow_ups.table, Qt.Key.Key_Return)
    assert view.tabs.count() == 3
    assert view.tabs.currentWidget().case_id == cases["meena"]


def test_no_follow_ups_due_says_so(qtbot, open_centre, manager, switcher):
    view = _view(qtbot, open_centre, manager)
    view.show_follow_ups()
    assert view.follow_ups.results.currentWidget() is view.follow_ups.empty_label
    assert "No follow-up is due" in view.follow_ups.empty_label.text()


# Paging through the real search, on a demo centre


@pytest.fixture
def demo_centre(tmp_path):
    from osc_desktop.paths import DataPaths
    from osc_desktop.services.centre import storage
    from osc_desktop.services.demo import make_demo_centre

    paths = DataPaths(tmp_path / "demo")
    make_demo_centre(paths, cases=250)
    centre = storage.open_with_keyring(paths)
    yield centre
    centre.close()


def test_scrolling_fetches_the_further_pages_of_250_cases(qtbot, demo_centre, switcher):
    from osc_desktop.services.demo import DEMO_ACCOUNTS

    view = _view(qtbot, demo_centre, actor_of(demo_centre.database, DEMO_ACCOUNTS[0].username))
    model = view.list_panel.model
    table = view.list_panel.table
    assert model.total == 250
    assert model.rowCount() == CaseTableModel.PAGE_SIZE
    for _ in range(5):
        table.scrollToBottom()
        QApplication.processEvents()
    assert model.rowCount() == 250
    assert len({model.row_at(n).id for n in range(250)}) == 250
    registered = [model.row_at(n).registered_at for n in range(250)]
    assert registered == sorted(registered, reverse=True)
    assert view.list_panel.count_label.text() == "250 cases"


def test_the_custom_dates_start_on_the_centre_s_date_not_the_pc_s(
    qtbot, open_centre, manager, switcher, monkeypatch
):
    # 01:30 on 1 April 2030 in India; a PC set to UTC still says 31 March.
    moment = datetime(2030, 3, 31, 20, 0, tzinfo=UTC)
    monkeypatch.setattr("osc_desktop.services.core.clock.utc_now", lambda: moment)
    view = CasesView(open_centre, manager)
    qtbot.addWidget(view)
    panel = view.list_panel
    assert panel.from_date.date().toPython() == date(2030, 4, 1)
    assert panel.to_date.date().toPython() == date(2030, 4, 1)
