"""Passphrase, recovery key and problem dialogs: errors beside the field, nothing lost."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QDialog

from osc_desktop.errors import DatabaseDamaged, KeyMissing
from osc_desktop.services.centre import storage
from osc_desktop.ui.unlock import PassphraseDialog, RecoveryKeyDialog, StorageProblemDialog
from tests.ui.conftest import PASSPHRASE


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_wrong_passphrase_is_shown_under_the_field_and_the_file_is_untouched(
    qtbot, switcher, ui_paths, passphrase_centre
):
    before = _digest(ui_paths.database)
    dialog = PassphraseDialog(ui_paths)
    qtbot.addWidget(dialog)
    dialog.form.fields["passphrase"].set_text("not the passphrase")
    dialog.open_button.click()
    assert dialog.opened is None
    assert dialog.form.fields["passphrase"].error.text() == "That passphrase is not correct."
    assert _digest(ui_paths.database) == before
    dialog.form.fields["passphrase"].set_text(PASSPHRASE)
    dialog.open_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.opened.profile.code == "GAY"
    dialog.opened.close()


def test_mistyped_recovery_key_is_caught_before_any_decryption(
    qtbot, switcher, ui_paths, passphrase_centre
):
    dialog = RecoveryKeyDialog(ui_paths, "", ask_new_passphrase=False)
    qtbot.addWidget(dialog)
    key = passphrase_centre.printable
    typo = key[:3] + ("Z" if key[3] != "Z" else "Y") + key[4:]
    dialog.form.fields["recovery_key"].set_text(typo)
    dialog.open_button.click()
    assert dialog.opened is None
    assert "typing mistake" in dialog.form.fields["recovery_key"].error.text()


def test_recovery_key_with_a_new_passphrase_opens_and_rekeys(
    qtbot, switcher, ui_paths, passphrase_centre, monkeypatch
):
    monkeypatch.setattr(storage, "keyring_is_secure", lambda: False)
    dialog = RecoveryKeyDialog(ui_paths, "", ask_new_passphrase=True)
    qtbot.addWidget(dialog)
    fields = dialog.form.fields
    fields["recovery_key"].set_text(passphrase_centre.printable.lower().replace("-", " "))
    fields["passphrase"].set_text("a new centre passphrase")
    fields["passphrase_repeat"].set_text("a different one entirely")
    dialog.open_button.click()
    assert dialog.opened is None
    assert fields["passphrase_repeat"].error.isVisibleTo(dialog)
    fields["passphrase_repeat"].set_text("a new centre passphrase")
    dialog.open_button.click()
    assert dialog.opened is not None
    dialog.opened.close()
    storage.open_with_passphrase(ui_paths, "a new centre passphrase").close()


def test_problem_dialog_offers_the_recovery_key_only_where_it_helps(qtbot, switcher, ui_paths):
    helps = StorageProblemDialog(KeyMissing(), ui_paths)
    qtbot.addWidget(helps)
    assert helps.recovery_button in helps.buttons.buttons()
    assert "Windows account" in helps.advice.text()
    assert str(ui_paths.root) in helps.folder.text()
    does_not = StorageProblemDialog(DatabaseDamaged(), ui_paths)
    qtbot.addWidget(does_not)
    assert does_not.recovery_button not in does_not.buttons.buttons()
    assert "backup" in does_not.advice.text()


def test_problem_dialog_speaks_hindi(qtbot, switcher, ui_paths):
    switcher.set_language("hi")
    dialog = StorageProblemDialog(KeyMissing(), ui_paths)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "इस कंप्यूटर में अब केंद्र के डेटाबेस की कुंजी नहीं है।"
    assert dialog.quit_button.text() == "बंद करें(&Q)"
