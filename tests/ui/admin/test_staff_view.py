"""Staff administration screen: the table model, adding, editing, deactivating, refusals."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QDialog, QMessageBox

from osc_desktop.errors import AccountDeactivated, AccountLocked, LoginFailed
from osc_desktop.services.accounts import staff as sa
from osc_desktop.services.accounts.auth import log_in
from osc_desktop.services.accounts.rules import USERNAME_INVALID
from osc_desktop.services.accounts.staff import USERNAME_TAKEN, NewStaffInput, StaffRow
from osc_desktop.services.core.clock import centre_zone
from osc_desktop.services.core.dto import Actor
from osc_desktop.ui.admin.staff_dialogs import IssuedPasswordDialog, StaffDialog
from osc_desktop.ui.admin.staff_view import StaffView
from osc_desktop.ui.item_models.staff_table_model import StaffTableModel

Column = StaffTableModel.Column
MANAGER_PASSWORD = "a long password"
TEMPORARY = re.compile(r"^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$")


def _row(**changes) -> StaffRow:
    values = {
        "id": 1,
        "username": "asha.kumari",
        "full_name": "Asha Kumari",
        "role": "manager",
        "is_active": True,
        "must_change_password": False,
        "locked": False,
        "last_login_at": datetime(2026, 11, 23, 9, 30, tzinfo=UTC),
    }
    values.update(changes)
    return StaffRow(**values)


@pytest.fixture
def boss(open_centre):
    with open_centre.database.unit_of_work() as uow:
        return log_in(uow, "asha.kumari", MANAGER_PASSWORD)


@pytest.fixture
def view(qtbot, switcher, open_centre, boss):
    widget = StaffView(open_centre, boss)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Messages that show_service_error would have shown."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def questions(monkeypatch):
    """Confirmations asked; answered with `questions.answer` (Yes unless changed)."""

    class Asked(list):
        answer = QMessageBox.StandardButton.Yes

    asked = Asked()

    def question(_parent, title, text, *_args):
        asked.append((title, text))
        return asked.answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def issued_dialogs(monkeypatch) -> list[SimpleNamespace]:
    """What each temporary-password dialog showed (the view clears and deletes it after)."""
    shown: list[SimpleNamespace] = []

    def exec_(dialog):
        shown.append(
            SimpleNamespace(
                password=dialog.password_label.text(),
                flags=dialog.password_label.textInteractionFlags(),
                heading=dialog.heading.text(),
                username=dialog.username_label.text(),
                instruction=dialog.instruction.text(),
            )
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IssuedPasswordDialog, "exec", exec_)
    return shown


def _fill_staff_dialog(monkeypatch, full_name=None, username=None, role=None):
    """Patch StaffDialog.exec to type these values, press Save, and report what it did."""
    opened: list[StaffDialog] = []

    def exec_(dialog):
        opened.append(dialog)
        if full_name is not None:
            dialog.form.fields["full_name"].set_text(full_name)
        if username is not None:
            dialog.form.fields["username"].set_text(username)
        if role is not None:
            dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(StaffDialog, "exec", exec_)
    return opened


def _add(open_centre, boss, username, role="operator", full_name=None):
    with open_centre.database.unit_of_work() as uow:
        return sa.create_staff(
            uow, boss, NewStaffInput(full_name or username.title(), username, role)
        )


def _status(view: StaffView, user_id: int) -> str:
    row = view.model.row_of(user_id)
    return view.model.index(row, Column.STATUS).data()


def _select(view: StaffView, user_id: int) -> None:
    view.select_user(user_id)
    assert view.selected().id == user_id


# -- the table model ---------------------------------------------------------------------------


def test_the_model_passes_qt_model_checks(qtmodeltester, switcher):
    model = StaffTableModel()
    model.set_rows(
        [
            _row(),
            _row(id=2, username="ravi", full_name="Ravi", role="operator", locked=True),
            _row(id=3, username="sunita", full_name="सुनीता देवी", role="counsellor"),
        ]
    )
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_the_model_shows_roles_status_and_last_sign_in(switcher):
    model = StaffTableModel()
    model.set_rows(
        [
            _row(),
            _row(id=2, role="operator", locked=True),
            _row(id=3, role="counsellor", must_change_password=True, last_login_at=None),
            _row(id=4, is_active=False, locked=True),
        ]
    )

    def text(row: int, column: Column) -> str:
        return model.index(row, column).data()

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Name",
        "User name",
        "Role",
        "Status",
        "Last signed in",
    ]
    assert [text(r, Column.ROLE) for r in range(4)] == [
        "Manager",
        "Operator",
        "Counsellor",
        "Manager",
    ]
    assert [text(r, Column.STATUS) for r in range(4)] == [
        "Active",
        "Locked",
        "Must change password",
        "Deactivated",
    ]
    assert text(2, Column.LAST_SIGN_IN) == "Never"
    local = datetime(2026, 11, 23, 9, 30, tzinfo=UTC).astimezone(centre_zone())
    assert text(0, Column.LAST_SIGN_IN) == local.strftime("%d-%m-%Y %H:%M")
    assert text(0, Column.NAME) == "Asha Kumari"
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    grey = model.index(3, Column.NAME).data(Qt.ItemDataRole.ForegroundRole)
    assert grey is not None
    assert model.index(1, Column.USERNAME).data(StaffTableModel.RowRole).id == 2
    assert model.row_of(3) == 2
    assert model.row_of(99) == -1


# -- adding -------------------------------------------------------------------------------------


def test_adding_a_member_shows_the_temporary_password_once_and_the_new_row(
    view, open_centre, monkeypatch, issued_dialogs, warnings
):
    opened = _fill_staff_dialog(
        monkeypatch, full_name="सुनीता देवी", username="Sunita.Devi", role="counsellor"
    )
    view.add_button.click()
    assert opened[0].result() == QDialog.DialogCode.Accepted
    [shown] = issued_dialogs
    password = shown.password
    assert TEMPORARY.match(password)
    assert shown.flags == Qt.TextInteractionFlag.NoTextInteraction
    assert "सुनीता देवी" in shown.heading
    assert "sunita.devi" in shown.username
    assert "first sign-in" in shown.instruction
    assert warnings == []

    new = view.selected()
    assert (new.full_name, new.username, new.role) == ("सुनीता देवी", "sunita.devi", "counsellor")
    row = view.model.row_of(new.id)
    assert view.model.index(row, Column.STATUS).data() == "Must change password"
    assert view.model.index(row, Column.ROLE).data() == "Counsellor"
    with open_centre.database.unit_of_work() as uow:
        assert log_in(uow, "sunita.devi", password).must_change_password


def test_an_invalid_user_name_is_shown_beside_the_field(
    view, monkeypatch, issued_dialogs, warnings
):
    opened = _fill_staff_dialog(monkeypatch, full_name="Ravi Kumar", username="Ravi Kumar!")
    view.add_button.click()
    dialog = opened[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.fields["username"].error.text() == USERNAME_INVALID
    assert dialog.form.fields["username"].error.isVisibleTo(dialog)
    assert dialog.form.fields["full_name"].error.text() == ""
    assert issued_dialogs == []
    assert warnings == []
    assert view.model.rowCount() == 1


def test_a_taken_user_name_is_shown_beside_the_field_whatever_the_capitals(
    view, monkeypatch, issued_dialogs
):
    opened = _fill_staff_dialog(monkeypatch, full_name="Asha Devi", username="ASHA.Kumari")
    view.add_button.click()
    assert opened[0].form.fields["username"].error.text() == USERNAME_TAKEN
    assert issued_dialogs == []


def test_add_dialog_offers_every_role_and_starts_on_operator(qtbot, switcher):
    dialog = StaffDialog(lambda details: None)
    qtbot.addWidget(dialog)
    assert [dialog.role.itemText(i) for i in range(dialog.role.count())] == [
        "Manager",
        "Operator",
        "Counsellor",
    ]
    assert dialog.role.currentData() == "operator"
    assert dialog.form.fields["username"].editor.isEnabled()


# -- the buttons follow the selection -----------------------------------------------------------


def test_buttons_apply_only_to_a_selection_they_fit(view, open_centre, boss):
    ravi = _add(open_centre, boss, "ravi")
    view.reload()
    view.table.clearSelection()
    assert view.add_button.isEnabled()
    for button in (view.edit_button, view.reset_button, view.active_button, view.unlock_button):
        assert not button.isEnabled()
    _select(view, ravi.user_id)
    assert view.edit_button.isEnabled()
    assert view.reset_button.isEnabled()
    assert view.active_button.isEnabled()
    assert not view.unlock_button.isEnabled()  # not locked


def test_deactivate_asks_naming_the_person_and_the_label_toggles(
    view, open_centre, boss, questions, warnings
):
    ravi = _add(open_centre, boss, "ravi", full_name="Ravi Kumar")
    view.reload(select=ravi.user_id)
    assert view.active_button.text() == "&Deactivate"

    questions.answer = QMessageBox.StandardButton.No
    view.active_button.click()
    [(_title, text)] = questions
    assert "Ravi Kumar (ravi)" in text
    assert _status(view, ravi.user_id) == "Must change password"

    questions.answer = QMessageBox.StandardButton.Yes
    view.active_button.click()
    assert _status(view, ravi.user_id) == "Deactivated"
    assert view.selected().id == ravi.user_id
    assert view.active_button.text() == "Rea&ctivate"
    assert not view.reset_button.isEnabled()

    view.active_button.click()  # reactivating asks nothing
    assert len(questions) == 2
    assert _status(view, ravi.user_id) == "Must change password"
    assert view.active_button.text() == "&Deactivate"
    assert warnings == []


def test_deactivating_the_only_manager_is_refused_and_changes_nothing(
    view, boss, questions, warnings
):
    _select(view, boss.user_id)
    view.active_button.click()
    assert "your own account" in questions[0][1]
    assert warnings == [
        "This is the only active manager account. Make another manager first: a centre always "
        "needs one."
    ]
    assert _status(view, boss.user_id) == "Active"
    assert view.active_button.text() == "&Deactivate"


def test_demoting_the_only_manager_keeps_the_dialog_open(view, boss, monkeypatch, warnings):
    opened = _fill_staff_dialog(monkeypatch, role="operator")
    _select(view, boss.user_id)
    view.edit_button.click()
    assert opened[0].result() != QDialog.DialogCode.Accepted
    assert len(warnings) == 1
    assert "only active manager" in warnings[0]
    assert view.model.index(view.model.row_of(boss.user_id), Column.ROLE).data() == "Manager"


# -- editing, resetting, unlocking ----------------------------------------------------------------


def test_double_click_edits_name_and_role_with_the_user_name_fixed(
    view, open_centre, boss, monkeypatch, qtbot
):
    ravi = _add(open_centre, boss, "ravi", full_name="Ravi")
    view.reload()
    opened = _fill_staff_dialog(monkeypatch, full_name="रवि कुमार", role="counsellor")
    row = view.model.row_of(ravi.user_id)
    view.table.doubleClicked.emit(view.model.index(row, Column.STATUS))
    dialog = opened[0]
    assert not dialog.form.fields["username"].editor.isEnabled()
    assert dialog.form.fields["username"].text() == "ravi"
    assert dialog.windowTitle() == "Edit staff member"
    row = view.model.row_of(ravi.user_id)
    assert view.model.index(row, Column.NAME).data() == "रवि कुमार"
    assert view.model.index(row, Column.ROLE).data() == "Counsellor"
    assert view.selected().id == ravi.user_id


def test_editing_ones_own_account_is_signalled(view, boss, monkeypatch, qtbot):
    _fill_staff_dialog(monkeypatch, full_name="Asha Kumari Singh")
    _select(view, boss.user_id)
    with qtbot.waitSignal(view.own_account_changed):
        view.edit_button.click()
    assert view.selected().full_name == "Asha Kumari Singh"


def _lock_out(open_centre, username):
    for _ in range(5):
        with (
            open_centre.database.unit_of_work() as uow,
            pytest.raises((LoginFailed, AccountLocked)),
        ):
            log_in(uow, username, "not the password")


def test_unlock_ends_a_lockout(view, open_centre, boss, warnings):
    ravi = _add(open_centre, boss, "ravi")
    _lock_out(open_centre, "ravi")
    view.reload(select=ravi.user_id)
    assert _status(view, ravi.user_id) == "Locked"
    assert view.unlock_button.isEnabled()
    view.unlock_button.click()
    assert _status(view, ravi.user_id) == "Must change password"
    assert not view.unlock_button.isEnabled()
    assert warnings == []


def test_reset_password_asks_then_shows_a_new_temporary_password(
    view, open_centre, boss, questions, issued_dialogs
):
    ravi = _add(open_centre, boss, "ravi", full_name="Ravi Kumar")
    _lock_out(open_centre, "ravi")
    view.reload(select=ravi.user_id)
    view.reset_button.click()
    assert "Ravi Kumar" in questions[0][1]
    [shown] = issued_dialogs
    password = shown.password
    assert password != ravi.temporary_password
    assert _status(view, ravi.user_id) == "Must change password"
    with open_centre.database.unit_of_work() as uow:
        log_in(uow, "ravi", password)


# -- refusals from the services ----------------------------------------------------------------


def test_a_manager_demoted_meanwhile_is_told_politely(view, open_centre, boss, warnings, questions):
    meena = _add(open_centre, boss, "meena", role="manager")
    ravi = _add(open_centre, boss, "ravi")
    view.reload(select=ravi.user_id)
    meena_actor = Actor(meena.user_id, "meena", "Meena", "manager")
    with open_centre.database.unit_of_work() as uow:
        sa.change_role(uow, meena_actor, boss.user_id, "operator")
    view.active_button.click()
    assert warnings == [
        "Your role does not allow this. The attempt has been noted in the audit trail."
    ]
    with open_centre.database.unit_of_work() as uow:
        rows = {r.id: r for r in sa.list_staff(uow, meena_actor)}
    assert rows[ravi.user_id].is_active


def test_a_manager_deactivated_meanwhile_is_signed_out(
    view, open_centre, boss, monkeypatch, warnings, qtbot, issued_dialogs
):
    meena = _add(open_centre, boss, "meena", role="manager")
    meena_actor = Actor(meena.user_id, "meena", "Meena", "manager")
    with open_centre.database.unit_of_work() as uow:
        sa.deactivate(uow, meena_actor, boss.user_id)
    opened = _fill_staff_dialog(monkeypatch, full_name="Ravi", username="ravi")
    with qtbot.waitSignal(view.session_ended):
        view.add_button.click()
    assert len(opened) == 1
    assert warnings == ["Your account was deactivated or removed while you were signed in."]
    assert issued_dialogs == []


def test_retranslate_sets_every_button_text(view):
    for button in (view.add_button, view.edit_button, view.reset_button, view.unlock_button):
        button.setText("")
    view.retranslate_ui()
    assert view.add_button.text() == "&Add staff member…"
    assert view.edit_button.text() == "&Edit…"
    assert view.reset_button.text() == "&Reset password…"
    assert view.unlock_button.text() == "&Unlock"
    assert view.explanation.text().startswith("Each person")


def test_stepping_down_as_manager_does_not_read_the_list_again(
    view, open_centre, boss, monkeypatch, warnings, qtbot
):
    _add(open_centre, boss, "meena", role="manager")
    view.reload()
    _fill_staff_dialog(monkeypatch, role="operator")
    _select(view, boss.user_id)
    with qtbot.waitSignal(view.own_account_changed):
        view.edit_button.click()
    assert warnings == []  # a refused re-read would have shown (and audited) a refusal


def test_deactivating_oneself_beside_another_manager_ends_the_session(
    view, open_centre, boss, questions, warnings, qtbot
):
    _add(open_centre, boss, "meena", role="manager")
    view.reload(select=boss.user_id)
    with qtbot.waitSignal(view.session_ended):
        view.active_button.click()
    assert warnings == []
    with open_centre.database.unit_of_work() as uow, pytest.raises(AccountDeactivated):
        log_in(uow, "asha.kumari", MANAGER_PASSWORD)


def test_the_temporary_password_is_shown_large_and_cannot_be_selected(qtbot, switcher):
    issued = sa.IssuedPassword(7, "meena.kumari", "kp7m-x3qe-9fh2")
    dialog = IssuedPasswordDialog(issued, "मीना कुमारी")
    qtbot.addWidget(dialog)
    label = dialog.password_label
    assert label.text() == "kp7m-x3qe-9fh2"
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert label.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert label.font().pointSizeF() >= 20
    assert label.font().styleHint() == label.font().StyleHint.Monospace
    assert dialog.heading.text() == "Temporary password for मीना कुमारी"
    assert dialog.username_label.text() == "User name: meena.kumari"
    assert "kp7m" not in repr(issued)


class _Pseudo(QTranslator):
    """Wraps every translated string in ⟦ ⟧, so untranslated text stands out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"

    def isEmpty(self):
        return False


def test_a_language_switch_reaches_every_visible_string(view, open_centre, boss, app, qtbot):
    ravi = _add(open_centre, boss, "ravi")
    view.reload(select=ravi.user_id)
    pseudo = _Pseudo()
    app.installTranslator(pseudo)
    try:
        qtbot.waitUntil(lambda: view.add_button.text().startswith("⟦"))
        texts = [
            view.explanation.text(),
            *(
                b.text()
                for b in (
                    view.add_button,
                    view.edit_button,
                    view.reset_button,
                    view.active_button,
                    view.unlock_button,
                )
            ),
            *(view.model.headerData(c, Qt.Orientation.Horizontal) for c in Column),
            *(view.model.index(0, c).data() for c in (Column.ROLE, Column.STATUS)),
        ]
        assert all(t.startswith("⟦") and t.endswith("⟧") for t in texts), texts
        dialog = StaffDialog(lambda details: None)
        qtbot.addWidget(dialog)
        dialog_texts = [
            dialog.windowTitle(),
            dialog.explanation.text(),
            dialog.role_label.text(),
            dialog.role_hint.text(),
            dialog.save_button.text(),
            dialog.cancel_button.text(),
            *(label.text() for label in dialog.form.labels.values()),
            *(dialog.role.itemText(i) for i in range(dialog.role.count())),
        ]
        assert all(t.startswith("⟦") for t in dialog_texts), dialog_texts
    finally:
        app.removeTranslator(pseudo)
    qtbot.waitUntil(lambda: view.add_button.text() == "&Add staff member…")
