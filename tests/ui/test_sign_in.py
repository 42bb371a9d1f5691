"""Signing in, the idle lock keeping a form for its owner only, Ctrl+L, kiosk, clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from osc_desktop.models import AuditEvent
from osc_desktop.ui.change_password_dialog import ChangePasswordDialog
from osc_desktop.ui.clipboard import SensitiveClipboard
from osc_desktop.ui.main_window import MainWindow
from osc_desktop.ui.workspace import Area
from tests.ui.test_main_window import MANAGER

OTHER_PASSWORD = "another long password"


def _window(qtbot, centre, **kwargs) -> MainWindow:
    window = MainWindow("en", **kwargs)
    qtbot.addWidget(window)
    window.show()
    window.show_centre(centre)
    return window


def _sign_in(window: MainWindow, username: str, password: str) -> None:
    window.login.form.fields["username"].set_text(username)
    window.login.form.fields["password"].set_text(password)
    window.login.sign_in_button.click()


def _actions(centre) -> list[str]:
    with centre.database.unit_of_work() as uow:
        return list(uow.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_unknown_user_and_wrong_password_get_the_same_message(qtbot, switcher, open_centre):
    window = _window(qtbot, open_centre)
    _sign_in(window, "nobody", "whatever it is")
    unknown = window.login.error.text()
    _sign_in(window, MANAGER[0], "not the password")
    wrong = window.login.error.text()
    assert unknown == wrong == "The user name or password is not correct."
    assert window.actor is None
    assert window.login.form.fields["password"].text() == ""


def test_five_wrong_passwords_lock_the_account(qtbot, switcher, open_centre):
    window = _window(qtbot, open_centre)
    for _ in range(5):
        _sign_in(window, MANAGER[0], "not the password")
    assert "locked for 15 minutes" in window.login.error.text()
    _sign_in(window, *MANAGER)
    assert window.actor is None
    assert "account_locked" in _actions(open_centre)


def test_idle_lock_keeps_an_unsaved_form_for_its_owner_only(
    qtbot, switcher, open_centre, add_staff
):
    add_staff("meena.devi", "manager")
    window = _window(qtbot, open_centre)
    _sign_in(window, *MANAGER)
    workspace = window.workspaces[window.actor.user_id]
    workspace.show_area(Area.ADMINISTRATION)
    settings = workspace.views[Area.ADMINISTRATION].tab("settings")
    settings.idle_minutes.setValue(17)  # typed, not saved

    # Only now: the services answer in a local event loop, where a timer this short would
    # already fire while signing in.
    window.idle.set_interval_ms(50)
    with qtbot.waitSignal(window.idle.idle, timeout=15000):
        pass
    window.idle.set_interval_ms(3_600_000)  # no second lock while the others sign in
    assert window.actor is None
    assert window.stack.currentWidget() is window.login
    assert "Asha Kumari" in window.login.subtitle.text()
    assert not workspace.isVisible()

    _sign_in(window, "meena.devi", OTHER_PASSWORD)
    other = window.workspaces[window.actor.user_id]
    assert other is not workspace
    other.show_area(Area.ADMINISTRATION)
    assert other.views[Area.ADMINISTRATION].tab("settings").idle_minutes.value() == 5

    window.lock_action.trigger()
    _sign_in(window, *MANAGER)
    assert window.workspaces[window.actor.user_id] is workspace
    assert window.stack.currentWidget() is workspace
    assert settings.idle_minutes.value() == 17
    assert _actions(open_centre).count("screen_locked") == 2


def test_ctrl_l_locks_at_once_and_signing_out_discards_the_workspace(qtbot, switcher, open_centre):
    window = _window(qtbot, open_centre)
    _sign_in(window, *MANAGER)
    user_id = window.actor.user_id
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert window.actor is None
    assert user_id in window.workspaces
    _sign_in(window, *MANAGER)
    window.sign_out_action.trigger()
    assert window.actor is None
    assert user_id not in window.workspaces
    assert _actions(open_centre)[-1] == "logout"


def test_a_temporary_password_must_be_changed_before_anything_shows(
    qtbot, switcher, open_centre, add_staff, monkeypatch
):
    add_staff("ravi.kumar", "operator", "temporary pass 1", must_change_password=True)
    window = _window(qtbot, open_centre)

    def change(dialog):
        dialog.form.fields["current"].set_text("temporary pass 1")
        dialog.form.fields["new"].set_text("my own new password")
        dialog.form.fields["repeat"].set_text("my own new password")
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", change)
    _sign_in(window, "ravi.kumar", "temporary pass 1")
    assert window.actor is not None and not window.actor.must_change_password
    assert "password_changed" in _actions(open_centre)


def test_refusing_to_change_a_temporary_password_stays_signed_out(
    qtbot, switcher, open_centre, add_staff, monkeypatch
):
    add_staff("ravi.kumar", "operator", "temporary pass 1", must_change_password=True)
    window = _window(qtbot, open_centre)
    monkeypatch.setattr(ChangePasswordDialog, "exec", lambda dialog: 0)
    _sign_in(window, "ravi.kumar", "temporary pass 1")
    assert window.actor is None
    assert window.stack.currentWidget() is window.login


def test_an_operator_has_no_administration(qtbot, switcher, open_centre, add_staff):
    add_staff("ravi.kumar", "operator")
    window = _window(qtbot, open_centre)
    _sign_in(window, "ravi.kumar", OTHER_PASSWORD)
    workspace = window.workspaces[window.actor.user_id]
    assert Area.ADMINISTRATION not in workspace.views
    item = workspace.navigation.item(Area.ADMINISTRATION)
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert item.toolTip() == "Your role does not include this area."


def test_kiosk_window_closes_only_for_a_manager(qtbot, switcher, open_centre, add_staff):
    add_staff("ravi.kumar", "operator")
    window = _window(qtbot, open_centre, kiosk=True)
    assert not window.close()  # nobody signed in
    _sign_in(window, "ravi.kumar", OTHER_PASSWORD)
    assert not window.quit_action.isEnabled()
    assert not window.close()
    window.sign_out_action.trigger()
    _sign_in(window, *MANAGER)
    assert window.quit_action.isEnabled()
    window.quit_action.trigger()
    assert not window.isVisible()


def test_copied_sensitive_text_leaves_the_clipboard(qtbot, switcher):
    clipboard = SensitiveClipboard(clear_after_ms=50)
    clipboard.copy("98765 43210")
    assert QGuiApplication.clipboard().text() == "98765 43210"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=15000)
    # Something copied afterwards by someone else is left alone.
    clipboard.copy("98765 43210")
    QGuiApplication.clipboard().setText("unrelated")
    clipboard.clear_now()
    assert QGuiApplication.clipboard().text() == "unrelated"


def test_a_role_changed_while_signed_in_applies_at_the_next_sign_in(
    qtbot, switcher, open_centre, add_staff
):
    from osc_desktop.models import Role, StaffUser

    user_id = add_staff("meena.devi", "manager")
    window = _window(qtbot, open_centre)
    _sign_in(window, "meena.devi", OTHER_PASSWORD)
    assert Area.ADMINISTRATION in window.workspaces[user_id].views
    window.lock_action.trigger()
    with open_centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(StaffUser, user_id).role = Role.OPERATOR
        uow.commit()
    _sign_in(window, "meena.devi", OTHER_PASSWORD)
    assert window.actor.role == "operator"
    assert Area.ADMINISTRATION not in window.workspaces[user_id].views
    assert window.user_status.text() == "Signed in: Meena Devi (Operator)"


def test_a_deactivated_person_is_signed_out_when_their_screen_notices(
    qtbot, switcher, open_centre, add_staff, monkeypatch
):
    from osc_desktop.models import StaffUser

    user_id = add_staff("meena.devi", "manager")
    window = _window(qtbot, open_centre)
    _sign_in(window, "meena.devi", OTHER_PASSWORD)
    workspace = window.workspaces[user_id]
    workspace.show_area(Area.ADMINISTRATION)
    staff = workspace.views[Area.ADMINISTRATION].tab("staff")
    with open_centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(StaffUser, user_id).is_active = False
        uow.commit()
    shown = []
    monkeypatch.setattr(
        "osc_desktop.ui.errors_dialog.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    staff.reload()  # the next thing she does reads the staff list
    assert shown == ["Your account was deactivated or removed while you were signed in."]
    assert window.actor is None
    assert user_id not in window.workspaces
    assert window.stack.currentWidget() is window.login


def test_closing_the_window_signs_the_person_out(qtbot, switcher, open_centre):
    window = _window(qtbot, open_centre)
    _sign_in(window, *MANAGER)
    assert window.close()
    assert window.actor is None
    assert _actions(open_centre)[-1] == "logout"


def test_copied_sensitive_text_is_marked_private_for_clipboard_managers(qtbot, switcher):
    clipboard = SensitiveClipboard(clear_after_ms=10_000)
    clipboard.copy("Ward 5, Gaya")
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "Ward 5, Gaya"
    assert bytes(data.data("x-kde-passwordManagerHint")) == b"secret"
    clipboard.clear_now()


def test_a_passphrase_file_that_is_not_utf8_is_reported_not_a_crash(
    qtbot, switcher, tmp_path, ui_paths, passphrase_centre, monkeypatch
):
    from osc_desktop import app as app_module
    from osc_desktop.cli import parse_args
    from osc_desktop.ui.unlock import PassphraseDialog
    from tests.ui.conftest import PASSPHRASE

    utf16 = tmp_path / "pass.txt"
    utf16.write_text(PASSPHRASE, encoding="utf-16")
    warned, asked = [], []
    monkeypatch.setattr(app_module.QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: asked.append(1) or 0)
    application = app_module.Application(
        parse_args(["--data-dir", str(ui_paths.root), "--passphrase-file", str(utf16)])
    )
    try:
        assert application.show_window()
        assert not application.open_records()  # she is asked instead; here she quits
    finally:
        application.close()
    assert warned == ["The passphrase file could not be read."]
    assert asked == [1]


def test_a_form_in_a_dialog_closed_by_the_lock_comes_back_to_its_owner_only(
    qtbot, switcher, open_centre, add_staff
):
    from PySide6.QtCore import QTimer

    from osc_desktop.ui import tasks
    from osc_desktop.ui.admin.staff_dialogs import StaffDialog

    add_staff("meena.devi", "manager")
    window = _window(qtbot, open_centre)
    _sign_in(window, *MANAGER)
    workspace = window.workspaces[window.actor.user_id]
    workspace.show_area(Area.ADMINISTRATION)
    staff = workspace.views[Area.ADMINISTRATION].tab("staff")

    def type_then_go_idle():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StaffDialog)
        dialog.form.fields["full_name"].set_text("सुनीता देवी")
        dialog.form.fields["username"].set_text("sunita.devi")
        window.lock()  # as the idle timer would

    QTimer.singleShot(0, type_then_go_idle)
    staff.add_button.click()  # returns when the lock has closed the dialog
    assert window.stack.currentWidget() is window.login
    assert QApplication.activeModalWidget() is None

    seen = []

    def look_and_cancel():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.form.fields["full_name"].text() if dialog else None)
        if dialog:
            dialog.reject()

    def look_and_cancel_once(ready) -> QTimer:
        """Look when `ready()`: sign-in waits for its service in an event loop, so a plain
        timer could fire before the sign-in has finished."""
        timer = QTimer()

        def tick() -> None:
            if ready():
                timer.stop()
                look_and_cancel()

        timer.timeout.connect(tick)
        timer.start(20)
        return timer

    # Someone else signs in: no dialog appears for them.
    watch = look_and_cancel_once(lambda: window.actor is not None and not tasks.runner().busy)
    _sign_in(window, "meena.devi", OTHER_PASSWORD)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen == [None]
    window.lock_action.trigger()
    # The owner signs in: her half-filled form is back.
    watch = look_and_cancel_once(lambda: isinstance(QApplication.activeModalWidget(), StaffDialog))
    _sign_in(window, *MANAGER)
    qtbot.waitUntil(lambda: len(seen) == 2)
    watch.stop()
    assert seen[1] == "सुनीता देवी"
