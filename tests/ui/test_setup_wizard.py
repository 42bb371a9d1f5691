"""The first-run wizard: errors beside their fields, live language, the centre made at the end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from osc_desktop.services.centre import storage
from osc_desktop.services.centre.storage import FolderState
from osc_desktop.ui.setup_wizard import SetupWizard


def _fill_centre(wizard: SetupWizard, **overrides: str) -> None:
    values = {
        "name": "वन स्टॉप सेंटर, पटना",
        "code": "pat",
        "district": "पटना",
        "state": "बिहार",
        "phone": "0612 2345678",
    } | overrides
    for name, value in values.items():
        wizard.centre.form.fields[name].set_text(value)


def _fill_manager(wizard: SetupWizard, password: str = "a long password") -> None:
    fields = wizard.manager.form.fields
    fields["full_name"].set_text("Asha Kumari")
    fields["username"].set_text("asha.kumari")
    fields["password"].set_text(password)
    fields["password_repeat"].set_text(password)


@pytest.fixture
def wizard(qtbot, switcher, ui_paths):
    wizard = SetupWizard(ui_paths, "en", use_passphrase=False)
    wizard.language_chosen.connect(switcher.set_language)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_bad_centre_details_are_shown_beside_their_fields_and_block_next(wizard):
    wizard.next()
    _fill_centre(wizard, code="p", district="", phone="12345")
    wizard.next()
    assert wizard.currentPage() is wizard.centre
    errors = {
        n: f.error.text() for n, f in wizard.centre.form.fields.items() if f.error.isVisible()
    }
    assert set(errors) == {"code", "district", "phone"}
    assert "capital letters" in errors["code"]
    assert errors["district"] == "This field is required."
    # Typing in a field clears its message.
    field = wizard.centre.form.fields["district"]
    field.editor.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClicks(field.editor, "P")
    assert not field.error.isVisible()


def test_finishing_needs_the_stored_safely_confirmation_and_creates_the_centre(wizard, ui_paths):
    wizard.next()
    _fill_centre(wizard)
    wizard.next()
    _fill_manager(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert storage.folder_state(ui_paths) is FolderState.NEW
    wizard.recovery_page.confirm.setChecked(True)
    assert finish.isEnabled()
    finish.click()
    assert wizard.opened is not None
    assert wizard.opened.profile.code == "PAT"
    wizard.opened.close()
    assert storage.folder_state(ui_paths) is FolderState.KEYRING


def test_the_centres_time_zone_is_india_unless_chosen_and_is_kept(wizard):
    wizard.next()
    _fill_centre(wizard)
    box = wizard.centre.form.fields["time_zone"].editor
    assert box.zone_name() == "Asia/Kolkata"
    box.set_zone_name("Asia/Kathmandu")
    wizard.next()
    _fill_manager(wizard)
    wizard.next()
    wizard.recovery_page.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.opened is not None
    assert wizard.opened.profile.time_zone == "Asia/Kathmandu"
    wizard.opened.close()


def test_short_password_is_refused_on_the_manager_page(wizard):
    wizard.next()
    _fill_centre(wizard)
    wizard.next()
    _fill_manager(wizard, password="short")
    wizard.next()
    assert wizard.currentPage() is wizard.manager
    assert "at least 10" in wizard.manager.form.fields["password"].error.text()


def test_passphrase_page_appears_without_a_secure_keyring(qtbot, switcher, ui_paths):
    wizard = SetupWizard(ui_paths, "en", use_passphrase=True)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill_centre(wizard)
    wizard.next()
    _fill_manager(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase
    for name in ("passphrase", "passphrase_repeat"):
        wizard.passphrase.form.fields[name].set_text("centre passphrase 1")
    wizard.next()
    wizard.recovery_page.confirm.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.opened is not None
    wizard.opened.close()
    assert storage.folder_state(ui_paths) is FolderState.PASSPHRASE
    storage.open_with_passphrase(ui_paths, "centre passphrase 1").close()


def test_choosing_hindi_on_the_first_page_translates_the_wizard_live(qtbot, wizard):
    assert wizard.welcome.title() == "Welcome to OSC Desktop"
    wizard.welcome.language.setCurrentIndex(wizard.welcome.language.findData("hi"))
    # Qt posts LanguageChange events; they arrive on the next turn of the event loop.
    qtbot.waitUntil(lambda: wizard.welcome.title() == "OSC Desktop में आपका स्वागत है")
    assert wizard.centre.form.labels["district"].text() == "ज़िला(&D):"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "आगे(&N) >"


def test_the_recovery_key_is_shown_in_groups_and_not_selectable(wizard):
    label = wizard.recovery_page.key_label
    assert label.text().replace("\n", " ").split() == wizard.recovery.printable.split("-")
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction


def test_a_failed_set_up_says_why_and_stays_on_the_page(wizard, ui_paths, monkeypatch):
    wizard.next()
    _fill_centre(wizard)
    wizard.next()
    _fill_manager(wizard)
    wizard.next()
    wizard.recovery_page.confirm.setChecked(True)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    ui_paths.root.mkdir(parents=True)
    ui_paths.database.write_bytes(b"someone else's file")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.opened is None
    assert wizard.currentPage() is wizard.recovery_page
    assert shown and "already been set up" in shown[0]
    assert ui_paths.database.read_bytes() == b"someone else's file"


def test_the_recovery_sheet_is_a_pdf_with_the_key(wizard):
    wizard.next()
    _fill_centre(wizard)
    pdf = wizard.recovery_sheet_pdf()
    assert pdf.startswith(b"%PDF")
