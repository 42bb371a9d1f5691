"""The audit trail viewer: its table model alone, then the view on a real centre."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QFileDialog

from osc_desktop.errors import PermissionDenied, SessionEnded
from osc_desktop.services.accounts import auth
from osc_desktop.services.audit import chain as audit_chain
from osc_desktop.services.audit import listing as audit_listing
from osc_desktop.services.audit.dto import AuditFilter, AuditRow, ChainReport
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import centre_zone, local_today
from osc_desktop.ui.admin import audit_view as audit_view_module
from osc_desktop.ui.admin.audit_view import AuditView, default_export_name
from osc_desktop.ui.item_models.audit_table_model import AuditTableModel, details_text

Column = AuditTableModel.Column
PASSWORD = "a long password"  # the open_centre manager's


def _row(number: int, **overrides) -> AuditRow:
    values = {
        "id": number,
        "occurred_at": datetime(2026, 11, 23, 4, 30, tzinfo=UTC) - timedelta(minutes=number),
        "user_id": 2,
        "username": "ravi",
        "full_name": "Ravi Kumar",
        "action": AuditAction.CASE_VIEWED.value,
        "entity_type": "case",
        "entity_id": f"PAT/2026-27/{number:04d}",
        "details": {},
    }
    values.update(overrides)
    return AuditRow(**values)


class _Pages:
    """A trail of `total` synthetic events, served a page at a time, counting the calls."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.calls: list[tuple[int, int]] = []

    def __call__(self, offset: int, limit: int) -> list[AuditRow]:
        self.calls.append((offset, limit))
        end = min(offset + limit, self.total)
        return [_row(self.total - n) for n in range(offset, end)]


# The model alone


def test_the_model_passes_qt_s_model_tests_while_paging(qtmodeltester, switcher):
    pages = _Pages(450)
    model = AuditTableModel(pages)
    model.set_rows(pages(0, AuditTableModel.PAGE_SIZE))
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 450
    assert pages.calls == [(0, 200), (200, 200), (400, 200)]


def test_a_hundred_thousand_events_arrive_a_page_at_a_time(switcher):
    pages = _Pages(100_000)
    model = AuditTableModel(pages)
    model.set_rows(pages(0, 200))
    pages.calls.clear()
    for row in range(model.rowCount()):
        for column in Column:
            model.data(model.index(row, column))
    assert pages.calls == []  # data() reads nothing
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    assert pages.calls == [(200, 200)]
    assert model.canFetchMore(QModelIndex())


def test_a_short_first_page_means_nothing_more_to_fetch(switcher):
    pages = _Pages(10)
    model = AuditTableModel(pages)
    model.set_rows(pages(0, 200))
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert pages.calls == [(0, 200)]


def test_cells_say_when_who_what_and_which_record(switcher, monkeypatch):
    model = AuditTableModel()
    model.set_rows(
        [
            _row(7, action=AuditAction.LOGIN_FAILED.value, details={"reason": "wrong_password"}),
            _row(
                6,
                user_id=None,
                username="",
                full_name="",
                action="something_newer",
                entity_type="staff_user",
                entity_id="3",
                entity_label="meena",
            ),
        ]
    )

    def text(row: int, column: Column) -> str:
        return model.data(model.index(row, column))

    local = _row(7).occurred_at.astimezone(centre_zone())
    assert text(0, Column.TIME) == local.strftime("%d-%m-%Y %H:%M:%S")
    assert text(0, Column.USER) == "Ravi Kumar"
    assert model.data(model.index(0, Column.USER), Qt.ItemDataRole.ToolTipRole) == "ravi"
    assert text(0, Column.ACTION) == "Failed sign-in"
    assert text(0, Column.RECORD) == "Case PAT/2026-27/0007"
    assert text(0, Column.DETAILS) == "reason: wrong password"
    assert text(1, Column.USER) == "—"
    assert text(1, Column.ACTION) == "something_newer"
    assert text(1, Column.RECORD) == "Staff account meena"
    assert model.data(model.index(0, Column.TIME), AuditTableModel.RowRole).id == 7
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Time",
        "Staff",
        "Action",
        "Record",
        "Details",
    ]


def test_the_filter_of_a_look_is_said_in_words():
    details = {"filter": {"date_from": "2026-10-24", "date_to": "2026-11-23", "user_id": 3}}
    assert details_text(details, {3: "Meena (meena)"}) == (
        "filter: 24-10-2026 to 23-11-2026, staff = Meena (meena)"
    )
    assert details_text({"filter": {"action": "login"}}) == "filter: action = Signed in"
    assert details_text({"ok": True, "rows": 12}) == "intact: yes; events: 12"


def test_the_model_retranslates_its_headers(switcher, qtbot):
    model = AuditTableModel()
    model.set_rows([_row(1)])
    with qtbot.waitSignals([model.headerDataChanged, model.dataChanged]):
        model.retranslate()


# The view on a real centre


@pytest.fixture
def manager(open_centre):
    with open_centre.database.unit_of_work() as uow:
        return auth.log_in(uow, "asha.kumari", PASSWORD)


@pytest.fixture
def refusals(monkeypatch) -> list[object]:
    shown: list[object] = []
    monkeypatch.setattr(
        audit_view_module, "show_service_error", lambda parent, error: shown.append(error)
    )
    return shown


def _record(centre, user_id: int | None, action: AuditAction, count: int = 1, **kwargs) -> None:
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        for _ in range(count):
            record_event(uow.session, user_id=user_id, action=action, **kwargs)
        uow.commit()


def _view(qtbot, centre, actor) -> AuditView:
    view = AuditView(centre, actor)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


def _column(view: AuditView, column: Column) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _viewed_count(centre, actor) -> int:
    with centre.database.unit_of_work() as uow:
        flt = AuditFilter(action=AuditAction.AUDIT_VIEWED.value)
        return audit_listing.count_events(uow, actor, flt)


def _verified_count(centre, actor) -> int:
    with centre.database.unit_of_work() as uow:
        flt = AuditFilter(action=AuditAction.AUDIT_VERIFIED.value)
        return audit_listing.count_events(uow, actor, flt)


def test_nothing_is_read_or_recorded_until_the_view_is_shown(qtbot, switcher, open_centre, manager):
    before = _viewed_count(open_centre, manager)
    view = AuditView(open_centre, manager)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0
    assert _viewed_count(open_centre, manager) == before
    view.show()
    assert _viewed_count(open_centre, manager) == before + 1


def test_the_view_lists_the_last_30_days_newest_first(
    qtbot, switcher, open_centre, manager, add_staff, refusals
):
    ravi = add_staff("ravi.kumar", "operator")
    _record(open_centre, ravi, AuditAction.LOGIN)
    _record(open_centre, None, AuditAction.LOGIN_FAILED, details={"reason": "unknown_user"})
    _record(
        open_centre,
        ravi,
        AuditAction.LOGIN,
        now=datetime.now(UTC) - timedelta(days=45),  # before the default range
    )

    view = _view(qtbot, open_centre, manager)

    assert refusals == []
    assert view.from_date.date().toPython() == local_today() - timedelta(days=30)
    assert view.to_date.date().toPython() == local_today()
    actions = _column(view, Column.ACTION)
    # This look, the failed sign-in, Ravi's sign-in, the manager's sign-in, the set-up.
    assert actions == [
        "Audit trail viewed",
        "Failed sign-in",
        "Signed in",
        "Signed in",
        "Centre set up",
    ]
    assert _column(view, Column.USER)[1:3] == ["—", "Ravi Kumar"]
    assert view.count_label.text() == "5 events"
    assert view.results.currentWidget() is view.table
    assert [view.user_combo.itemText(i) for i in range(view.user_combo.count())] == [
        "All staff",
        "Asha Kumari (asha.kumari)",
        "Ravi Kumar (ravi.kumar)",
    ]
    assert view.action_combo.itemText(0) == "All actions"
    assert view.action_combo.count() == len(AuditAction) + 1


def test_filtering_by_action_or_user_narrows_the_table(
    qtbot, switcher, open_centre, manager, add_staff
):
    ravi = add_staff("ravi.kumar", "operator")
    _record(open_centre, ravi, AuditAction.LOGIN, count=3)
    _record(open_centre, ravi, AuditAction.SCREEN_LOCKED, count=2)
    view = _view(qtbot, open_centre, manager)
    everything = view.model.rowCount()

    view.action_combo.setCurrentIndex(view.action_combo.findData(AuditAction.SCREEN_LOCKED.value))
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)

    assert view.model.rowCount() == 2 < everything
    assert set(_column(view, Column.ACTION)) == {"Screen locked"}
    assert view.count_label.text() == "2 events"

    view.action_combo.setCurrentIndex(view.action_combo.findData(AuditAction.LOGIN.value))
    view.user_combo.setCurrentIndex(view.user_combo.findData(ravi))
    view.search()
    assert _column(view, Column.USER) == ["Ravi Kumar"] * 3


def test_enter_in_the_case_number_searches_and_no_match_says_so(
    qtbot, switcher, open_centre, manager
):
    _record(
        open_centre,
        manager.user_id,
        AuditAction.CASE_VIEWED,
        entity_type="case",
        entity_id="PAT/2026-27/0012",
    )
    view = _view(qtbot, open_centre, manager)

    view.record_edit.setText("PAT/2026-27/0012")
    qtbot.keyClick(view.record_edit, Qt.Key.Key_Return)
    assert _column(view, Column.RECORD) == ["Case PAT/2026-27/0012"]

    view.record_edit.setText("PAT/2019-20/")
    qtbot.keyClick(view.record_edit, Qt.Key.Key_Return)
    assert view.model.rowCount() == 0
    assert view.results.currentWidget() is view.empty_label
    assert view.empty_label.text() == "No events match these filters."
    assert view.count_label.text() == "0 events"


def test_scrolling_fetches_further_pages_of_the_same_look_without_recording_it_again(
    qtbot, switcher, open_centre, manager
):
    _record(
        open_centre,
        manager.user_id,
        AuditAction.CASE_VIEWED,
        count=450,
        entity_type="case",
        entity_id="PAT/2026-27/0001",
    )
    view = _view(qtbot, open_centre, manager)
    assert view.model.rowCount() == 200
    viewed = _viewed_count(open_centre, manager)

    # Something happens meanwhile: it must not shift the pages of this look.
    _record(open_centre, manager.user_id, AuditAction.SCREEN_LOCKED)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > 200)
    while view.model.canFetchMore(QModelIndex()):
        view.model.fetchMore(QModelIndex())

    ids = [view.model.row_at(n).id for n in range(view.model.rowCount())]
    assert len(ids) == len(set(ids)) == 453  # the look, 450 case views, sign-in, set-up
    assert ids == sorted(ids, reverse=True)
    assert view.count_label.text() == "453 events"
    assert _viewed_count(open_centre, manager) == viewed


def test_verify_shows_an_intact_chain_in_green(qtbot, switcher, open_centre, manager):
    view = _view(qtbot, open_centre, manager)
    assert view.outcome_label.isHidden()
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    assert view.outcome_label.isVisible()
    assert view.outcome_label.text().startswith("The audit trail is intact: ")
    assert "events checked." in view.outcome_label.text()
    assert "#1b5e20" in view.outcome_label.styleSheet()


def test_a_broken_chain_is_said_in_red_with_the_event_and_the_reason(
    qtbot, switcher, open_centre, manager
):
    view = _view(qtbot, open_centre, manager)
    view.show_report(ChainReport(False, 12, 12, "altered"))
    assert view.outcome_label.text() == (
        "The audit trail has been tampered with at event 12 "
        "(an event was changed after it was recorded)."
    )
    assert "#b3261e" in view.outcome_label.styleSheet()


def test_a_trail_not_anchored_is_said_in_red_apart_from_tampering(
    qtbot, switcher, open_centre, manager
):
    view = _view(qtbot, open_centre, manager)
    view.show_report(ChainReport(False, 12, None, "not_anchored"))
    text = view.outcome_label.text()
    assert text.startswith("The audit trail cannot be fully checked: ")
    assert "tampered" not in text and "12" in text
    assert "#b3261e" in view.outcome_label.styleSheet()


def test_export_writes_the_current_search_to_the_chosen_file(
    qtbot, switcher, open_centre, manager, tmp_path, monkeypatch
):
    exports = tmp_path / "exports"
    exports.mkdir()
    target = exports / "chosen.csv"
    offered: list[str] = []

    def choose(parent, caption, suggested, filters):
        offered.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    view = _view(qtbot, open_centre, manager)
    view.action_combo.setCurrentIndex(view.action_combo.findData(AuditAction.LOGIN.value))
    view.search()

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)

    assert offered and offered[0].endswith(f"audit-trail-{local_today().isoformat()}.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "time"
    assert [row[3] for row in rows[1:]] == ["Signed in"]
    assert list(exports.iterdir()) == [target]  # no partial file left behind
    assert view.outcome_label.text() == "1 event exported to chosen.csv."


def test_an_export_that_cannot_be_written_is_reported_and_leaves_nothing(
    qtbot, switcher, open_centre, manager, tmp_path, monkeypatch
):
    warnings: list[str] = []
    monkeypatch.setattr(audit_view_module.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    view = _view(qtbot, open_centre, manager)
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "x.csv").mkdir()  # a folder where the file should go: the rename fails
    assert view.export_to(str(exports / "x.csv")) is None
    assert len(warnings) == 1 and warnings[0].startswith("The file could not be saved: ")
    assert [p.name for p in exports.iterdir()] == ["x.csv"]  # the partial file is gone
    assert view.export_to(str(tmp_path / "no such folder" / "x.csv")) is None
    assert len(warnings) == 2


def test_the_offered_file_name_holds_only_the_date():
    assert default_export_name(date(2026, 11, 23)) == "audit-trail-2026-11-23.csv"


def test_an_operator_is_refused_politely_and_the_attempt_is_recorded(
    qtbot, switcher, open_centre, manager, add_staff, refusals
):
    ravi = add_staff("ravi.kumar", "operator", password="ravi's long password")
    with open_centre.database.unit_of_work() as uow:
        operator = auth.log_in(uow, "ravi.kumar", "ravi's long password")

    view = _view(qtbot, open_centre, operator)
    view.verify_button.click()

    assert [type(error) for error in refusals] == [PermissionDenied, PermissionDenied]
    assert view.model.rowCount() == 0
    with open_centre.database.unit_of_work() as uow:
        denied = audit_listing.list_events(
            uow, manager, AuditFilter(user_id=ravi, action=AuditAction.PERMISSION_DENIED.value)
        )
    assert len(denied) == 2


def test_a_deactivated_manager_s_session_ends(qtbot, switcher, open_centre, add_staff, refusals):
    boss = add_staff("second.boss", "manager", password="second long password")
    with open_centre.database.unit_of_work() as uow:
        actor = auth.log_in(uow, "second.boss", "second long password")
    view = _view(qtbot, open_centre, actor)
    assert refusals == []
    from osc_desktop.models import StaffUser  # tests may reach the model; the UI may not

    with open_centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(StaffUser, boss).is_active = False
        uow.commit()
    with qtbot.waitSignal(view.session_ended):
        view.search()
    assert isinstance(refusals[-1], SessionEnded)


class _HindiHeaders(QTranslator):
    """The header words in Hindi, as the compiled catalogue will have them."""

    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("AuditTableModel", "Time"): "समय",
        ("AuditTableModel", "Action"): "कार्य",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get((context, source))

    def isEmpty(self) -> bool:
        return False


def test_the_view_switches_to_hindi_live(qtbot, switcher, open_centre, manager):
    view = _view(qtbot, open_centre, manager)
    model = view.model
    signed_in = _column(view, Column.ACTION).index("Signed in")
    headers = _HindiHeaders()
    QCoreApplication.installTranslator(headers)
    try:
        with qtbot.waitSignal(model.headerDataChanged):
            switcher.set_language("hi")
        # From the shipped catalogue ("audit" context), and the header words.
        qtbot.waitUntil(lambda: model.data(model.index(signed_in, Column.ACTION)) == "लॉग इन किया")
        qtbot.waitUntil(lambda: model.headerData(Column.TIME, Qt.Orientation.Horizontal) == "समय")
        assert (
            view.action_combo.itemText(view.action_combo.findData(AuditAction.LOGIN.value))
            == "लॉग इन किया"
        )
        switcher.set_language("en")
    finally:
        QCoreApplication.removeTranslator(headers)
    qtbot.waitUntil(lambda: model.headerData(Column.TIME, Qt.Orientation.Horizontal) == "Time")
    assert model.data(model.index(signed_in, Column.ACTION)) == "Signed in"


def test_the_default_dates_are_the_centre_s_not_the_pc_s(
    qtbot, switcher, open_centre, manager, monkeypatch
):
    """At 01:30 on 2 January in India a PC set to UTC still says 1 January: an event of this
    moment must fall inside the default range all the same."""
    moment = datetime(2030, 1, 1, 20, 0, tzinfo=UTC)
    monkeypatch.setattr("osc_desktop.services.core.clock.utc_now", lambda: moment)
    _record(open_centre, manager.user_id, AuditAction.LOGIN, now=moment)

    view = _view(qtbot, open_centre, manager)

    assert view.to_date.date().toPython() == date(2030, 1, 2)
    assert view.from_date.date().toPython() == date(2029, 12, 3)
    assert "Signed in" in _column(view, Column.ACTION)


def test_verifying_shows_its_progress_and_cancel_stops_it_unrecorded(
    qtbot, switcher, open_centre, manager, refusals, monkeypatch
):
    """The check runs off the GUI thread with a progress dialog; Cancel stops it at the next
    batch, nothing is recorded and nothing is said to be wrong."""
    import threading

    from PySide6.QtWidgets import QPushButton

    from osc_desktop.ui import tasks

    _record(open_centre, manager.user_id, AuditAction.CASE_VIEWED, count=30)
    monkeypatch.setattr(audit_chain, "BATCH_SIZE", 5)
    pressed = threading.Event()
    real_batches = audit_chain._chain_batches

    def batches_until_cancel(uow):
        for number, batch in enumerate(real_batches(uow)):
            if number == 1:
                pressed.wait(20)  # the worker waits for the click on the GUI thread
            yield batch

    monkeypatch.setattr(audit_chain, "_chain_batches", batches_until_cancel)
    view = _view(qtbot, open_centre, manager)
    verified_before = _verified_count(open_centre, manager)
    seen: list[str] = []

    def press_cancel() -> None:
        dialog = tasks.runner().progress_dialog
        if dialog is not None and dialog.isVisible() and not pressed.is_set():
            seen.append(dialog.labelText())
            (button,) = dialog.findChildren(QPushButton)
            button.click()
            pressed.set()

    timer = QTimer()
    timer.timeout.connect(press_cancel)
    timer.start(20)
    try:
        view.verify_button.click()
    finally:
        timer.stop()

    assert seen == ["Verifying the audit trail…"]
    assert refusals == []  # a cancel is not an error to explain
    assert view.outcome_label.text() == ""
    assert _verified_count(open_centre, manager) == verified_before
