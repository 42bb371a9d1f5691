"""Restoring a backup: in the app (close, restore, open again) and on a fresh install's first
screen instead of the set-up."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from osc_desktop.errors import KeyringUnavailable
from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.paths import DataPaths
from osc_desktop.security.recovery_key import format_recovery_key
from osc_desktop.services.backups.create import create_backup
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.setup import CentreProfileInput, ManagerAccountInput
from osc_desktop.services.centre.storage import FolderState
from osc_desktop.ui.setup_wizard import RestoreBackupDialog, SetupWizard
from osc_desktop.ui.startup import StartupFlow
from osc_desktop.ui.workspace import Area
from tests.ui.conftest import PASSPHRASE
from tests.ui.test_main_window import signed_in_window

MADE_AT = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)


def _usernames(centre) -> set[str]:
    with centre.database.unit_of_work() as uow:
        return set(uow.session.scalars(select(StaffUser.username)))


def _actions(centre) -> list[str]:
    with centre.database.unit_of_work() as uow:
        return list(uow.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def _answer_with(monkeypatch, typed_key: str, *, passphrase: str | None = None, file=None):
    """Make RestoreBackupDialog.exec type the key (and the rest) and press Restore."""
    seen: list[RestoreBackupDialog] = []

    def exec_(dialog: RestoreBackupDialog) -> int:
        seen.append(dialog)
        if file is not None:
            dialog.file_editor.setText(str(file))
        dialog.form.fields["recovery_key"].set_text(typed_key)
        if passphrase is not None:
            dialog.form.fields["passphrase"].set_text(passphrase)
            dialog.form.fields["passphrase_repeat"].set_text(passphrase)
        dialog.restore_button.click()
        return dialog.result() if dialog.key is not None else QDialog.DialogCode.Rejected

    monkeypatch.setattr(RestoreBackupDialog, "exec", exec_)
    return seen


@pytest.fixture
def backup(open_centre, tmp_path):
    return create_backup(open_centre, tmp_path / "drive", by=None, now=MADE_AT).path


def test_restore_from_the_backups_tab_closes_restores_and_opens_the_records_again(
    qtbot, switcher, open_centre, add_staff, backup, monkeypatch
):
    window = signed_in_window(qtbot, open_centre)
    actor_id = window.actor.user_id
    add_staff("meena.devi", "counsellor")  # made after the backup: gone after the restore
    reopened = []
    window.centre_reopened.connect(reopened.append)
    seen = _answer_with(monkeypatch, format_recovery_key(open_centre.database_key))
    admin = window.workspaces[actor_id].views[Area.ADMINISTRATION]

    admin.restore_requested.emit(backup)  # what the Backups tab sends after its confirmations

    assert len(seen) == 1
    assert "20-11-2026" in seen[0].explanation.text()
    new = window.centre
    assert new is not None and new is not open_centre
    try:
        assert reopened == [new]
        assert window.actor is None
        assert window.workspaces == {}
        assert window.stack.currentWidget() is window.login
        assert window.login.subtitle.text().startswith("Restored from the backup of 20-11-2026")
        assert "meena.devi" not in _usernames(new)
        assert _actions(new)[-1] == "backup_restored"
        assert list((open_centre.paths.root / "before-restore").iterdir())
        # The restored records are usable: sign in again.
        window.login.form.fields["username"].set_text("asha.kumari")
        window.login.form.fields["password"].set_text("a long password")
        window.login.sign_in_button.click()
        assert window.actor is not None
        assert window.database_status.text() == "Database: open, encrypted"
    finally:
        new.close()


def test_a_wrong_key_is_shown_beside_the_field_and_nobody_is_signed_out(
    qtbot, switcher, open_centre, backup, monkeypatch
):
    window = signed_in_window(qtbot, open_centre)
    seen = _answer_with(monkeypatch, storage.new_recovery_key().printable)
    assert not window.restore_from(backup)
    error = seen[0].form.fields["recovery_key"].error
    assert not error.isHidden()
    assert "does not open this backup" in error.text()
    assert window.centre is open_centre
    assert window.actor is not None
    assert _usernames(open_centre) == {"asha.kumari"}


def test_a_mistyped_key_is_caught_before_any_decryption(
    qtbot, switcher, open_centre, backup, monkeypatch
):
    window = signed_in_window(qtbot, open_centre)
    seen = _answer_with(monkeypatch, "ABCD-EFGH")
    assert not window.restore_from(backup)
    assert not seen[0].form.fields["recovery_key"].error.isHidden()
    assert window.actor is not None


def test_another_centres_backup_is_refused_before_closing(
    qtbot, switcher, open_centre, tmp_path, monkeypatch
):
    other_paths = DataPaths(tmp_path / "other")
    other = storage.create_centre(
        other_paths,
        storage.new_recovery_key(),
        CentreProfileInput(name="OSC Gaya", code="GAY", district="Gaya", state="Bihar"),
        ManagerAccountInput("Meena Devi", "meena", "a long password", "a long password"),
    )
    other_backup = create_backup(other, tmp_path / "drive", by=None).path
    other_key = format_recovery_key(other.database_key)
    other.close()
    window = signed_in_window(qtbot, open_centre)
    seen = _answer_with(monkeypatch, other_key)
    assert not window.restore_from(other_backup)
    assert seen[0].form.fields["recovery_key"].error.text() == (
        "This backup belongs to another centre."
    )
    assert window.centre is open_centre


def test_when_the_records_cannot_be_opened_again_the_window_says_so_and_may_close(
    qtbot, switcher, open_centre, backup, monkeypatch
):
    window = signed_in_window(qtbot, open_centre)
    _answer_with(monkeypatch, format_recovery_key(open_centre.database_key))
    monkeypatch.setattr(StartupFlow, "run", lambda _flow: None)  # she chose Quit
    reopened = []
    window.centre_reopened.connect(reopened.append)
    assert window.restore_from(backup)
    assert reopened == [None]
    assert window.centre is None
    assert window.stack.currentWidget() is window.opening
    assert "Start OSC Desktop again" in window.opening.text()
    assert window._closing_allowed


def test_a_failed_restore_reopens_the_unchanged_records_and_says_why(
    qtbot, switcher, open_centre, backup, monkeypatch
):
    from osc_desktop.errors import BackupTargetMissing

    window = signed_in_window(qtbot, open_centre)
    _answer_with(monkeypatch, format_recovery_key(open_centre.database_key))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text: shown.append(text))

    def unplugged(*_args, **_kwargs):
        raise BackupTargetMissing("gone")

    monkeypatch.setattr("osc_desktop.services.backups.restore.restore_backup", unplugged)
    assert not window.restore_from(backup)
    assert shown and "The records were not changed." in shown[0]
    try:
        assert window.centre is not None and window.centre is not open_centre
        assert _usernames(window.centre) == {"asha.kumari"}
        assert window.login.subtitle.text() == "Sign in to open the centre's records."
    finally:
        window.centre.close()


# --- the first screen of a fresh install ----------------------------------------------------


@pytest.fixture
def old_backup(tmp_path):
    """A backup of a centre from another computer, and its printed recovery key."""
    recovery = storage.new_recovery_key()
    centre = storage.create_centre(
        DataPaths(tmp_path / "old-computer"),
        recovery,
        CentreProfileInput(name="OSC Patna", code="PAT", district="Patna", state="Bihar"),
        ManagerAccountInput("Asha Kumari", "asha.kumari", "a long password", "a long password"),
    )
    path = create_backup(centre, tmp_path / "drive", by=None, now=MADE_AT).path
    centre.close()
    return path, recovery.printable


def _wizard(qtbot, paths, use_passphrase: bool) -> SetupWizard:
    wizard = SetupWizard(paths, "en", use_passphrase=use_passphrase)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_the_first_page_restores_a_backup_instead_of_setting_up(
    qtbot, switcher, ui_paths, old_backup, monkeypatch
):
    path, printable = old_backup
    wizard = _wizard(qtbot, ui_paths, use_passphrase=False)
    assert wizard.welcome.restore_button.text() == "&Restore from a backup instead of setting up…"
    monkeypatch.setattr(
        "osc_desktop.ui.restore_backup_dialog.QFileDialog.getOpenFileName",
        lambda *_args: (str(path), ""),
    )

    def exec_(dialog: RestoreBackupDialog) -> int:
        dialog.restore_button.click()  # nothing chosen yet
        assert dialog.form.fields["file"].error.text() == "Choose the backup file."
        dialog.choose_button.click()
        dialog.form.fields["recovery_key"].set_text(printable.lower())
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(RestoreBackupDialog, "exec", exec_)
    wizard.welcome.restore_button.click()
    assert wizard.restored
    assert wizard.result() == QDialog.DialogCode.Accepted
    opened = wizard.opened
    assert opened is not None
    try:
        assert opened.profile.code == "PAT"
        assert opened.key_in_keyring
        assert storage.folder_state(ui_paths) is FolderState.KEYRING
    finally:
        opened.close()


def test_without_a_secure_keyring_the_restore_asks_a_new_passphrase(
    qtbot, switcher, ui_paths, old_backup, monkeypatch, no_secure_keyring
):
    path, printable = old_backup
    wizard = _wizard(qtbot, ui_paths, use_passphrase=True)
    seen = _answer_with(monkeypatch, printable, passphrase=PASSPHRASE, file=path)
    wizard.welcome.restore_button.click()
    assert "new centre passphrase" in seen[0].explanation.text()
    opened = wizard.opened
    assert opened is not None
    opened.close()
    assert storage.folder_state(ui_paths) is FolderState.PASSPHRASE
    storage.open_with_passphrase(ui_paths, PASSPHRASE).close()


def test_a_wrong_key_on_the_first_screen_changes_nothing(
    qtbot, switcher, ui_paths, old_backup, monkeypatch
):
    path, _printable = old_backup
    wizard = _wizard(qtbot, ui_paths, use_passphrase=False)
    seen = _answer_with(monkeypatch, storage.new_recovery_key().printable, file=path)
    wizard.welcome.restore_button.click()
    assert "does not open this backup" in seen[0].form.fields["recovery_key"].error.text()
    assert not wizard.restored
    assert wizard.currentPage() is wizard.welcome
    assert storage.folder_state(ui_paths) is FolderState.NEW


def test_restored_but_not_opened_goes_on_as_a_normal_start(
    qtbot, switcher, ui_paths, old_backup, monkeypatch
):
    path, printable = old_backup
    _answer_with(monkeypatch, printable, file=path)

    def broken_keyring(_paths):
        raise KeyringUnavailable("for a moment")

    opens = []
    real_open = storage.open_with_keyring

    def open_second_time(paths):
        opens.append(paths)
        if len(opens) == 1:
            broken_keyring(paths)
        return real_open(paths)

    monkeypatch.setattr(storage, "open_with_keyring", open_second_time)

    def wizard_exec(wizard: SetupWizard) -> int:
        wizard.welcome.restore_button.click()
        return wizard.result()

    monkeypatch.setattr(SetupWizard, "exec", wizard_exec)
    flow = StartupFlow(ui_paths, "en", lambda _language: None)
    centre = flow.run()
    assert centre is not None
    try:
        assert len(opens) == 2
        assert centre.profile.code == "PAT"
    finally:
        centre.close()


def test_a_message_in_the_restore_dialog_makes_room_instead_of_squashing_the_field(
    qtbot, switcher, tmp_path
):
    from osc_desktop.paths import DataPaths
    from osc_desktop.ui.setup_wizard import RestoreBackupDialog

    dialog = RestoreBackupDialog(None, paths=DataPaths(tmp_path / "empty"), ask_new_passphrase=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.restore_button.click()
    assert dialog.form.fields["file"].error.isVisible()
    assert dialog.file_editor.height() >= dialog.file_editor.minimumSizeHint().height()
