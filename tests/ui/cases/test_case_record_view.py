"""The case record screen: header, details edit, services and confidential notes, referrals,
disposal and follow-ups, erasure, printing, linking, and what each role is offered."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)
from sqlalchemy import select

from osc_desktop.errors import CaseChangedMeanwhile
from osc_desktop.models import AuditEvent
from osc_desktop.services.cases import intake
from osc_desktop.services.cases import services as case_services
from osc_desktop.services.cases import status as case_status
from osc_desktop.services.cases.dto import ChildInput
from osc_desktop.services.cases.record import open_case
from osc_desktop.services.core.clock import local_today
from osc_desktop.ui import pdf_preview
from osc_desktop.ui.cases.case_record_view import CaseRecordView, RecordTab
from osc_desktop.ui.cases.record_dialogs import (
    DisposeDialog,
    FollowUpDialog,
    ReferralDialog,
    ReferralStatusDialog,
    ReopenDialog,
    ServiceDialog,
)
from osc_desktop.ui.cases.record_erase_dialog import EraseDialog
from osc_desktop.ui.cases.record_link_dialog import LinkCaseDialog
from osc_desktop.ui.language import tr_error
from tests.case_factory import actor_of, register

SECRET_NOTE = "She spoke of the night in the fields; do not call the husband's number"


# -- fixtures ------------------------------------------------------------------------------------


@pytest.fixture
def manager(open_centre):
    return actor_of(open_centre.database, "asha.kumari")


@pytest.fixture
def operator(open_centre, add_staff):
    add_staff("ravi.kumar", "operator")
    return actor_of(open_centre.database, "ravi.kumar")


@pytest.fixture
def counsellor(open_centre, add_staff):
    add_staff("meera.sinha", "counsellor")
    return actor_of(open_centre.database, "meera.sinha")


@pytest.fixture
def case_id(open_centre, manager) -> int:
    children = (
        ChildInput(sex="girl", age_years="6", name="प्रिया"),
        ChildInput(sex="boy", age_years="4", name="राहुल"),
    )
    return register(open_centre.database, manager, full_name="सुनीता देवी", children=children).id


@pytest.fixture
def make_view(qtbot, switcher, open_centre):
    def make(actor, case: int) -> CaseRecordView:
        view = CaseRecordView(open_centre, actor, case)
        qtbot.addWidget(view)
        view.resize(1100, 760)
        return view

    return make


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Messages show_service_error would have shown (and the answer to a warning question)."""

    class Shown(list):
        answer = QMessageBox.StandardButton.Yes

    shown = Shown()

    def warning(_parent, _title, text, *_args):
        shown.append(text)
        return shown.answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _fill(monkeypatch, dialog_class, then=None, **values):
    """Patch `dialog_class.exec` to type `values` and press Save; returns the dialogs opened."""
    opened = []

    def exec_(dialog):
        opened.append(dialog)
        dialog.restore_state(values)
        if then is not None:
            return then(dialog)
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return opened


def _texts(widget) -> str:
    """Every text the widget tree holds: labels, editors, buttons, tabs and all model cells."""
    found = []
    for child in [widget, *widget.findChildren(QLabel)]:
        if isinstance(child, QLabel):
            found.append(child.text())
            found.append(child.toolTip())
    for editor in widget.findChildren(QLineEdit):
        found.append(editor.text())
    for editor in widget.findChildren(QPlainTextEdit):
        found.append(editor.toPlainText())
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        found.append(value)
                row_value = model.data(index, Qt.ItemDataRole.UserRole)
                if row_value is not None:
                    found.append(repr(row_value))
                    found.append(str(getattr(row_value, "confidential_notes", "")))
    return "\n".join(found)


def _placeholder_hidden(editor) -> bool:
    return editor.palette().color(QPalette.ColorRole.PlaceholderText).alpha() == 0


def _audit(open_centre, action: str) -> list[dict]:
    with open_centre.database.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).all()
        return [json.loads(e.details or "{}") for e in events]


def _record_counselling(open_centre, counsellor, case: int) -> None:
    with open_centre.database.unit_of_work() as uow:
        case_services.record_service(
            uow,
            case,
            case_services.ServiceInput(
                kind="counselling",
                given_on=local_today(),
                summary="First session",
                confidential_notes=SECRET_NOTE,
            ),
            by=counsellor,
        )


def _dispose(open_centre, actor, case: int) -> None:
    with open_centre.database.unit_of_work() as uow:
        case_status.dispose_case(uow, case, outcome="resolved_by_counselling", note="", by=actor)


# -- header --------------------------------------------------------------------------------------


def test_header_shows_number_status_days_and_linked_cases(make_view, open_centre, manager, case_id):
    earlier = register(open_centre.database, manager, full_name="Sunita Devi").id
    later = register(open_centre.database, manager, full_name="सुनीता देवी", link_to_case_id=earlier)
    view = make_view(manager, later.id)
    header = view.header
    assert header.number_label.text() == later.case_number
    assert header.number_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert header.name_label.text() == "सुनीता देवी"
    assert "Registered" in header.status_label.text()
    assert header.registered_label.text().startswith("Registered today")
    assert not header.missing_flag.isVisibleTo(view)
    # the earlier case is linked: clicking it asks to open it
    assert header.linked_label.isVisibleTo(view)
    opened = []
    view.open_case_requested.connect(opened.append)
    header.linked_label.linkActivated.emit(f"open:{earlier}")
    assert opened == [earlier]


def test_quick_registered_case_flags_what_is_missing_and_offers_to_complete_it(
    make_view, open_centre, manager, operator
):
    ref = register(open_centre.database, manager, quick=True, full_name="Geeta")
    view = make_view(operator, ref.id)
    header = view.header
    assert header.missing_flag.isVisibleTo(view)
    text = header.missing_label.text()
    assert text.startswith("Intake incomplete: ")
    for part in ("her age", "what happened", "services needed", "consent", "case worker"):
        assert part in text
    assert header.complete_button.isVisibleTo(view)
    header.complete_button.click()
    assert view.editing
    assert view.tabs.currentIndex() == RecordTab.DETAILS
    assert view.save_button.isVisibleTo(view)
    assert view.form_editable()


def test_next_follow_up_is_red_when_overdue(make_view, open_centre, counsellor, case_id):
    with open_centre.database.unit_of_work() as uow:
        case_status.dispose_case(
            uow,
            case_id,
            outcome="referred",
            note="",
            by=counsellor,
            today=local_today() - timedelta(days=70),
        )
    view = make_view(counsellor, case_id)
    label = view.header.follow_up_label.text()
    assert "overdue" in label
    assert "#b3261e" in label


# -- what each role is offered ---------------------------------------------------------------------


def test_operator_is_not_offered_dispose_link_or_erase(make_view, operator, case_id):
    view = make_view(operator, case_id)
    assert view.start_button.isVisibleTo(view)
    assert view.edit_button.isVisibleTo(view)
    assert view.print_button.isVisibleTo(view)
    for hidden in (view.dispose_button, view.link_button, view.erase_button):
        assert not hidden.isVisibleTo(view)


def test_manager_is_offered_everything(make_view, manager, case_id):
    view = make_view(manager, case_id)
    for shown in (view.dispose_button, view.link_button, view.erase_button, view.print_button):
        assert shown.isVisibleTo(view)
    assert not view.reopen_button.isVisibleTo(view)


# -- details ---------------------------------------------------------------------------------------


def test_details_are_read_only_until_edit_and_a_save_is_audited(
    make_view, open_centre, operator, case_id
):
    changed = []
    view = make_view(operator, case_id)
    view.case_changed.connect(changed.append)
    assert not view.form_editable()
    assert view.form.full_name.text() == "सुनीता देवी"
    assert view.form.full_name.isReadOnly()
    assert _placeholder_hidden(view.form.alias)  # an empty field must not seem filled
    assert not view.form.arrival.isEnabled()
    view.edit_button.click()
    assert view.form_editable()
    assert not view.form.full_name.isReadOnly()
    assert not _placeholder_hidden(view.form.alias)
    assert view.form.arrival.isEnabled()
    view.form.occupation.setText("Teacher")
    view.save_button.click()
    assert not view.editing
    assert not view.form_editable()
    assert view.detail.occupation == "Teacher"
    assert changed == [case_id]
    updates = _audit(open_centre, "case_updated")
    assert updates and "occupation" in updates[-1]["fields"]
    assert "Teacher" not in json.dumps(updates)


def test_a_bad_field_is_shown_beside_it_and_nothing_is_saved(
    make_view, open_centre, operator, case_id
):
    view = make_view(operator, case_id)
    view.edit_button.click()
    view.form.age_years.setText("200")
    assert not view.save_details()
    assert view.editing
    assert view.form.fields["age_years"].error.isVisibleTo(view)
    with open_centre.database.unit_of_work() as uow:
        assert open_case(uow, case_id, by=operator).age_years == 32


def test_a_stale_edit_says_someone_changed_the_case_meanwhile(
    make_view, open_centre, operator, manager, case_id, warnings
):
    view = make_view(operator, case_id)
    view.edit_button.click()
    view.form.occupation.setText("Teacher")
    # meanwhile the manager saves the same case from another screen
    with open_centre.database.unit_of_work() as uow:
        detail = open_case(uow, case_id, by=manager)
    data = view.form.collect()
    with open_centre.database.unit_of_work() as uow:
        intake.update_intake(
            uow,
            case_id,
            type(data)(**{**data.__dict__, "occupation": "Seamstress"}),
            expected_updated_at=detail.updated_at,
            by=manager,
            now=datetime.now(UTC) + timedelta(seconds=5),
        )
    assert not view.save_details()
    message = tr_error(CaseChangedMeanwhile())
    assert warnings == [message]
    assert view.details_error.isVisibleTo(view)
    assert view.details_error.text() == message
    assert view.editing and view.form.occupation.text() == "Teacher"  # her typing is kept
    view.reload_button.click()
    assert not view.editing
    assert view.form.occupation.text() == "Seamstress"


# -- services and confidential notes ---------------------------------------------------------------


def test_operator_cannot_read_the_notes_a_counsellor_wrote(
    make_view, open_centre, operator, counsellor, case_id
):
    _record_counselling(open_centre, counsellor, case_id)
    view = make_view(operator, case_id)
    view.show_tab(RecordTab.SERVICES)
    model = view.services_model
    assert model.rowCount() == 1
    notes = model.index(0, model.Column.NOTES)
    assert model.data(notes) == "Confidential"
    assert SECRET_NOTE not in _texts(view)
    assert "the night in the fields" not in _texts(view)
    assert not _audit(open_centre, "confidential_notes_viewed")


def test_counsellor_reads_the_notes_and_that_read_is_audited(
    make_view, open_centre, counsellor, case_id
):
    _record_counselling(open_centre, counsellor, case_id)
    view = make_view(counsellor, case_id)
    assert not _audit(open_centre, "confidential_notes_viewed")  # not read until shown
    view.show_tab(RecordTab.SERVICES)
    model = view.services_model
    notes = model.index(0, model.Column.NOTES)
    assert model.data(notes) == SECRET_NOTE
    assert model.data(notes, Qt.ItemDataRole.ToolTipRole) == SECRET_NOTE
    assert _audit(open_centre, "confidential_notes_viewed") == [{"services": 1}]


def test_counsellor_records_a_session_with_notes(
    make_view, monkeypatch, open_centre, counsellor, case_id
):
    opened = _fill(
        monkeypatch,
        ServiceDialog,
        kind="counselling",
        given_on=local_today(),
        summary="Second session",
        confidential_notes="Sleeping better",
    )
    view = make_view(counsellor, case_id)
    view.record_service_button.click()
    assert opened[0].can_write_notes
    assert view.tabs.currentIndex() == RecordTab.SERVICES
    rows = view.services_model.rows()
    assert [(r.kind, r.confidential_notes) for r in rows] == [("counselling", "Sleeping better")]
    assert view.detail.status == "in_progress"  # the first service starts the work


def test_operator_records_a_service_without_a_notes_field(
    make_view, monkeypatch, open_centre, operator, case_id
):
    opened = _fill(monkeypatch, ServiceDialog, kind="medical_aid", summary="Taken to PMCH")
    view = make_view(operator, case_id)
    view.record_service_button.click()
    assert "confidential_notes" not in opened[0].editors
    assert [r.summary for r in view.services_model.rows()] == ["Taken to PMCH"]


def test_a_missing_service_kind_is_shown_beside_the_field(
    make_view, monkeypatch, operator, case_id
):
    opened = _fill(monkeypatch, ServiceDialog, summary="Something")
    view = make_view(operator, case_id)
    view.record_service_button.click()
    dialog = opened[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors["kind"].text()
    assert view.services_model.rowCount() == 0


# -- referrals -------------------------------------------------------------------------------------


def test_referral_is_added_then_its_status_changed(make_view, monkeypatch, operator, case_id):
    _fill(
        monkeypatch,
        ReferralDialog,
        target="swadhar_greh",
        organisation="Swadhar Greh, Danapur",
        notes="Bed for three months",
    )
    view = make_view(operator, case_id)
    view.add_referral_button.click()
    model = view.referrals_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, model.Column.STATUS)) == "Sent"
    _fill(monkeypatch, ReferralStatusDialog, status="accepted")
    view.referrals_table.selectRow(0)
    assert view.referral_status_button.isEnabled()
    view.referral_status_button.click()
    assert model.data(model.index(0, model.Column.STATUS)) == "Accepted"
    assert model.row_at(0).notes == "Bed for three months"


# -- status and follow-ups -------------------------------------------------------------------------


def test_disposal_schedules_follow_ups_that_appear(
    make_view, monkeypatch, open_centre, counsellor, case_id
):
    changed = []
    _fill(monkeypatch, DisposeDialog, outcome="resolved_by_counselling", note="Back with family")
    view = make_view(counsellor, case_id)
    view.case_changed.connect(changed.append)
    view.dispose_button.click()
    assert changed == [case_id]
    assert view.detail.status == "disposed"
    assert "Resolved by counselling" in view.header.status_label.text()
    assert view.tabs.currentIndex() == RecordTab.FOLLOW_UPS
    model = view.follow_ups_model
    assert model.rowCount() == 3
    assert {model.data(model.index(r, model.Column.STATE)) for r in range(3)} == {"Due"}
    assert view.header.follow_up_label.isVisibleTo(view)
    assert view.reopen_button.isVisibleTo(view)
    assert not view.dispose_button.isVisibleTo(view)


def test_recording_violence_recurred_reopens_the_case(
    make_view, monkeypatch, open_centre, counsellor, case_id
):
    _dispose(open_centre, counsellor, case_id)
    opened = _fill(monkeypatch, FollowUpDialog, result="violence_recurred", notes="Beaten again")
    view = make_view(counsellor, case_id)
    view.show_tab(RecordTab.FOLLOW_UPS)
    assert not view.record_follow_up_button.isEnabled()  # nothing chosen yet
    view.follow_ups_table.selectRow(0)
    view.record_follow_up_button.click()
    assert opened[0].warning.isVisibleTo(opened[0]) or opened[0].warning.text()
    assert view.detail.status == "reopened"
    assert "reopened" in view.notice.text()
    states = [view.follow_ups_model.state_text(r) for r in view.follow_ups_model.rows()]
    assert states[0].startswith("Done on")
    assert states[1:] == ["Cancelled (case reopened)"] * 2


def test_reopen_asks_a_reason(make_view, monkeypatch, open_centre, counsellor, case_id):
    _dispose(open_centre, counsellor, case_id)
    opened = _fill(monkeypatch, ReopenDialog, reason="")
    view = make_view(counsellor, case_id)
    view.reopen_button.click()
    assert opened[0].errors["reason"].text()
    assert view.detail.status == "disposed"


def test_start_work_moves_a_registered_case_in_progress(make_view, operator, case_id):
    view = make_view(operator, case_id)
    view.start_button.click()
    assert view.detail.status == "in_progress"
    assert not view.start_button.isVisibleTo(view)
    view.show_tab(RecordTab.TIMELINE)
    assert view.timeline_model.rowCount() >= 2


# -- printing and copying --------------------------------------------------------------------------


def test_print_opens_the_preview_with_a_pdf(make_view, monkeypatch, operator, case_id):
    shown = []

    def exec_(dialog):
        shown.append((dialog._pdf, dialog._suggested_name, dialog.document.pageCount()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", exec_)
    view = make_view(operator, case_id)
    view.print_registration_action.trigger()
    view.print_consent_action.trigger()
    assert len(shown) == 2
    for pdf, name, pages in shown:
        assert pdf.startswith(b"%PDF")
        assert pages >= 1
        assert "/" not in name and "सुनीता" not in name
    assert shown[0][1].startswith("registration-form-")
    assert shown[1][1].startswith("consent-form-")


def test_copy_phone_goes_through_the_sensitive_clipboard(make_view, operator, case_id):
    view = make_view(operator, case_id)
    assert view.copy_phone_action.isEnabled()
    view.copy_phone_action.trigger()
    assert QGuiApplication.clipboard().text() == view.detail.phone
    assert "30 seconds" in view.notice.text()
    view.clipboard().clear_now()
    assert QGuiApplication.clipboard().text() == ""


# -- erasure ---------------------------------------------------------------------------------------


def test_erasure_needs_the_warning_and_then_the_typed_case_number(
    make_view, monkeypatch, open_centre, manager, case_id, warnings
):
    typed: list[bool] = []

    def exec_(dialog):
        dialog.confirmation.setText("PAT/0000")
        typed.append(dialog.erase_button.isEnabled())
        dialog.confirmation.setText(dialog.case_number)
        typed.append(dialog.erase_button.isEnabled())
        dialog.erase_button.click()
        return dialog.result()

    monkeypatch.setattr(EraseDialog, "exec", exec_)
    view = make_view(manager, case_id)
    number = view.detail.case_number
    # first warning answered Cancel: nothing more happens
    warnings.answer = QMessageBox.StandardButton.Cancel
    view.erase_button.click()
    assert typed == [] and not view.detail.erased
    assert "cannot be undone" in warnings[0]
    warnings.answer = QMessageBox.StandardButton.Yes
    view.erase_button.click()
    assert typed == [False, True]
    assert view.detail.erased
    assert view.header.erased_banner.isVisibleTo(view)
    assert view.header.number_label.text() == number
    assert not view.header.name_label.isVisibleTo(view)
    assert "सुनीता" not in _texts(view)
    assert view.figures.isVisibleTo(view) and not view.form_scroll.isVisibleTo(view)
    assert "Domestic violence" in view.figures.text()  # the figures that identify nobody
    for hidden in (view.erase_button, view.print_button, view.copy_button, view.edit_button):
        assert not hidden.isVisibleTo(view)
    assert _audit(open_centre, "case_erased")


# -- the lock screen -------------------------------------------------------------------------------


def test_a_dialog_the_lock_closed_comes_back_filled_in(make_view, monkeypatch, operator, case_id):
    calls = []

    def exec_(dialog):
        calls.append(dialog)
        if len(calls) == 1:
            dialog.restore_state({"kind": "legal_aid", "summary": "DLSA lawyer met her"})
            dialog.suspend()  # as the lock screen does
            return dialog.result()
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(ServiceDialog, "exec", exec_)
    view = make_view(operator, case_id)
    view.record_service_button.click()
    assert view.services_model.rowCount() == 0
    view.resume_suspended()
    assert calls[1].values()["summary"] == "DLSA lawyer met her"
    assert [r.kind for r in view.services_model.rows()] == ["legal_aid"]


# -- linking ---------------------------------------------------------------------------------------


def test_manager_links_by_case_number_then_removes_the_link(
    make_view, monkeypatch, open_centre, manager, case_id
):
    other = register(open_centre.database, manager, full_name="Sunita D.")
    tail = other.case_number.rsplit("/", 1)[1]
    found = []

    def exec_(dialog):
        dialog.query.setText(tail)
        dialog.find_button.click()
        found.append([dialog.results.item(i).text() for i in range(dialog.results.count())])
        dialog.link_button.click()
        return dialog.result()

    monkeypatch.setattr(LinkCaseDialog, "exec", exec_)
    view = make_view(manager, case_id)
    changed = []
    view.case_changed.connect(changed.append)
    view.link_button.click()
    assert found[0] and found[0][0].startswith(other.case_number)
    assert [c.case_id for c in view.detail.linked_cases] == [other.id]
    assert set(changed) == {case_id, other.id}
    assert other.case_number in view.header.linked_label.text()
    link_id = view.detail.linked_cases[0].link_id
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.header.linked_label.linkActivated.emit(f"unlink:{link_id}:{other.case_number}")
    assert view.detail.linked_cases == ()
    assert not view.header.linked_label.isVisibleTo(view)


def test_operator_sees_linked_cases_but_cannot_remove_a_link(
    make_view, open_centre, manager, operator
):
    earlier = register(open_centre.database, manager, full_name="Sunita Devi").id
    later = register(open_centre.database, manager, full_name="Sunita", link_to_case_id=earlier)
    view = make_view(operator, later.id)
    assert "open:" in view.header.linked_label.text()
    assert "unlink:" not in view.header.linked_label.text()


# -- language and editing details ------------------------------------------------------------------


def test_read_only_details_stay_without_placeholders_after_a_language_switch(
    qtbot, make_view, switcher, operator, case_id
):
    view = make_view(operator, case_id)
    switcher.set_language("hi")
    qtbot.wait(20)
    assert _placeholder_hidden(view.form.alias)
    assert view.tabs.tabText(RecordTab.DETAILS)
    switcher.set_language("en")
    qtbot.wait(20)
    assert view.tabs.tabText(RecordTab.SERVICES) == "Services given"
    assert _placeholder_hidden(view.form.alias)
    view.edit_button.click()
    assert not _placeholder_hidden(view.form.alias)


def test_an_edit_checks_the_version_it_started_from_even_after_a_reload(
    make_view, monkeypatch, open_centre, operator, manager, case_id, warnings
):
    view = make_view(operator, case_id)
    view.edit_button.click()
    view.form.occupation.setText("Teacher")
    with open_centre.database.unit_of_work() as uow:
        detail = open_case(uow, case_id, by=manager)
    data = view.form.collect()
    with open_centre.database.unit_of_work() as uow:
        intake.update_intake(
            uow,
            case_id,
            type(data)(**{**data.__dict__, "occupation": "Seamstress"}),
            expected_updated_at=detail.updated_at,
            by=manager,
            now=datetime.now(UTC) + timedelta(seconds=5),
        )
    view.reload()  # e.g. after recording a service while editing
    assert not view.save_details()
    assert view.details_error.isVisibleTo(view)


def test_ctrl_s_saves_an_edit_as_on_the_intake_screen(qtbot, make_view, operator, case_id):
    view = make_view(operator, case_id)
    view.show()
    qtbot.waitExposed(view)
    view.edit_button.click()
    view.form.occupation.setFocus()
    qtbot.waitUntil(view.form.occupation.hasFocus)
    view.form.occupation.setText("Weaver")
    qtbot.keyClick(view.form.occupation, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.editing
    assert view.detail.occupation == "Weaver"


def test_empty_lists_say_what_their_emptiness_means(qtbot, make_view, operator, case_id):
    view = make_view(operator, case_id)
    assert view.services_table.empty_text() == "No service recorded yet."
    assert "disposed" in view.follow_ups_table.empty_text()
    assert view.referrals_table.empty_text() == "No referral made yet."
