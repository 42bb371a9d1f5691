"""The start-up flow picks the right screen for what the data folder holds."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtWidgets import QDialog

from osc_desktop.security.keystore import KEYRING_SERVICE, KeyStore
from osc_desktop.ui import startup
from osc_desktop.ui.startup import StartupFlow
from osc_desktop.ui.unlock import RecoveryKeyDialog, StorageProblemDialog


def _flow(paths, passphrase=None) -> StartupFlow:
    return StartupFlow(paths, "en", lambda _language: None, passphrase)


def test_an_existing_centre_with_its_key_in_the_keyring_opens_without_a_dialog(
    switcher, ui_paths, open_centre, monkeypatch
):
    open_centre.close()
    monkeypatch.setattr(QDialog, "exec", lambda self: pytest.fail("no dialog expected"))
    opened = _flow(ui_paths).run()
    assert opened is not None and opened.profile.code == "PAT"
    opened.close()


def test_a_new_folder_runs_the_set_up_wizard(switcher, ui_paths, monkeypatch):
    shown = []
    monkeypatch.setattr(startup.SetupWizard, "exec", lambda self: shown.append(self) or 0)
    assert _flow(ui_paths).run() is None
    assert len(shown) == 1


def test_a_lost_keyring_entry_leads_to_the_recovery_key_and_restores_the_entry(
    switcher, ui_paths, monkeypatch
):
    from osc_desktop.services.centre import storage
    from osc_desktop.services.centre.setup import CentreProfileInput, ManagerAccountInput

    recovery = storage.new_recovery_key()
    storage.create_centre(
        ui_paths,
        recovery,
        CentreProfileInput(name="OSC", code="ARA", district="Bhojpur", state="Bihar"),
        ManagerAccountInput("A B", "abc", "a long password", "a long password"),
    ).close()
    install_id = KeyStore(ui_paths.keystore).read().install_id
    keyring.get_keyring().delete_password(KEYRING_SERVICE, f"database-key/{install_id}")

    problems = []

    def problem_exec(self):
        problems.append(self.error)
        return StorageProblemDialog.RECOVERY

    def recovery_exec(self):
        self.form.fields["recovery_key"].set_text(recovery.printable)
        self.open_button.click()
        return self.result()

    monkeypatch.setattr(StorageProblemDialog, "exec", problem_exec)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", recovery_exec)
    opened = _flow(ui_paths).run()
    assert [type(e).__name__ for e in problems] == ["KeyMissing"]
    assert opened is not None
    opened.close()
    # The key is back in the keyring: the next start needs no dialog.
    monkeypatch.setattr(QDialog, "exec", lambda self: pytest.fail("no dialog expected"))
    _flow(ui_paths).run().close()


def test_a_damaged_database_shows_the_problem_and_quits_leaving_the_file(
    switcher, ui_paths, open_centre, monkeypatch
):
    open_centre.close()
    data = bytearray(ui_paths.database.read_bytes())
    data[100:4000] = bytes(3900)
    ui_paths.database.write_bytes(bytes(data))
    shown = []
    monkeypatch.setattr(
        StorageProblemDialog, "exec", lambda self: shown.append(type(self.error).__name__) or 0
    )
    assert _flow(ui_paths).run() is None
    assert shown == ["DatabaseDamaged"]
    assert ui_paths.database.read_bytes() == bytes(data)
