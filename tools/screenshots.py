"""Take screenshots of the set-up wizard, dialogs and main window, in English and Hindi.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR

Uses a throw-away data folder and a made-up centre; no real data is ever shown.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from keyring.backend import KeyringBackend


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def _add_demo_staff(centre: object) -> None:
    """A few made-up colleagues, so the staff and audit screens have something to show."""
    from osc_desktop.errors import LoginFailed
    from osc_desktop.services.accounts import auth
    from osc_desktop.services.accounts import staff as staff_accounts

    with centre.database.unit_of_work() as uow:  # type: ignore[attr-defined]
        manager = auth.log_in(uow, "asha.kumari", "x" * 12)
    for full_name, username, role in (
        ("सुनीता देवी", "sunita.devi", "counsellor"),
        ("Ravi Kumar", "ravi.kumar", "operator"),
        ("प्रिया सिंह", "priya.singh", "operator"),
    ):
        with centre.database.unit_of_work() as uow:  # type: ignore[attr-defined]
            staff_accounts.create_staff(
                uow, manager, staff_accounts.NewStaffInput(full_name, username, role)
            )
    for _ in range(2):
        try:
            with centre.database.unit_of_work() as uow:  # type: ignore[attr-defined]
                auth.log_in(uow, "ravi.kumar", "wrong password")
        except LoginFailed:
            pass


def main(out: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from osc_desktop.app import create_application
    from osc_desktop.errors import KeyMissing, ValidationError
    from osc_desktop.paths import DataPaths
    from osc_desktop.services.centre import storage
    from osc_desktop.services.centre.setup import (
        CentreProfileInput,
        ManagerAccountInput,
        clean_centre_profile,
    )
    from osc_desktop.ui.change_password_dialog import ChangePasswordDialog
    from osc_desktop.ui.language import LanguageSwitcher, tr_field_problem
    from osc_desktop.ui.main_window import MainWindow
    from osc_desktop.ui.setup_wizard import SetupWizard
    from osc_desktop.ui.unlock import PassphraseDialog, RecoveryKeyDialog, StorageProblemDialog
    from osc_desktop.ui.workspace import Area

    keyring.set_keyring(_MemoryKeyring())
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    switcher = LanguageSwitcher(app)

    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(3):  # layouts settle over a few turns of the event loop
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))

    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        for language in ("en", "hi"):
            switcher.set_language(language)
            wizard = SetupWizard(paths, language, use_passphrase=True)
            shoot(wizard, f"{language}-wizard-1-welcome")
            wizard.next()
            centre_page = wizard.centre
            shoot(wizard, f"{language}-wizard-2-centre")
            fields = centre_page.form.fields
            fields["name"].set_text("वन स्टॉप सेंटर, पटना सदर")
            fields["code"].set_text("p")
            fields["phone"].set_text("12345")
            try:
                clean_centre_profile(centre_page.profile_input())
            except ValidationError as error:
                centre_page.form.show_errors(
                    {k: tr_field_problem(v) for k, v in error.field_errors.items()}
                )
            shoot(wizard, f"{language}-wizard-2-centre-errors")
            fields["code"].set_text("PAT")
            fields["district"].set_text("पटना")
            fields["state"].set_text("बिहार")
            fields["phone"].set_text("0612 2345678")
            wizard.next()
            shoot(wizard, f"{language}-wizard-3-manager")
            wizard.manager.form.fields["full_name"].set_text("आशा कुमारी")
            wizard.manager.form.fields["username"].set_text("asha.kumari")
            for name in ("password", "password_repeat"):
                wizard.manager.form.fields[name].set_text("a long enough password")
            wizard.next()
            shoot(wizard, f"{language}-wizard-4-passphrase")
            for name in ("passphrase", "passphrase_repeat"):
                wizard.passphrase.form.fields[name].set_text("centre passphrase 2026")
            wizard.next()
            shoot(wizard, f"{language}-wizard-5-recovery-key")
            wizard.close()

        switcher.set_language("en")
        recovery = storage.new_recovery_key()
        profile = CentreProfileInput(
            name="वन स्टॉप सेंटर (सखी), पटना सदर",
            code="PAT",
            district="Patna",
            state="Bihar",
            address="Sadar Hospital campus, Patna 800001",
            phone="0612 2345678",
        )
        manager = ManagerAccountInput("Asha Kumari", "asha.kumari", "x" * 12, "x" * 12)
        centre = storage.create_centre(paths, recovery, profile, manager)
        _add_demo_staff(centre)
        for language in ("en", "hi"):
            switcher.set_language(language)
            window = MainWindow(language)
            window.show()
            window.show_centre(centre)
            shoot(window, f"{language}-sign-in")
            login = window.login
            login.form.fields["username"].set_text("asha.kumari")
            login.form.fields["password"].set_text("wrong password")
            login.sign_in_button.click()
            shoot(window, f"{language}-sign-in-error")
            login.form.fields["username"].set_text("asha.kumari")
            login.form.fields["password"].set_text("x" * 12)
            login.sign_in_button.click()
            shoot(window, f"{language}-main-window")
            workspace = window.workspaces[window.actor.user_id]
            workspace.show_area(Area.ADMINISTRATION)
            admin = workspace.views[Area.ADMINISTRATION]
            for tab in ("staff", "audit", "settings"):
                admin.tab(tab)
                shoot(window, f"{language}-admin-{tab}")
            audit_view = admin.tab("audit")
            audit_view.verify_button.click()
            shoot(window, f"{language}-admin-audit-intact")
            # The file that anchors the newest event, removed: the check says so in red.
            head = paths.audit_anchor.read_bytes()
            paths.audit_anchor.unlink()
            audit_view.verify_button.click()
            shoot(window, f"{language}-admin-audit-not-anchored")
            paths.audit_anchor.write_bytes(head)
            dialog = ChangePasswordDialog(centre, window.actor, required=True)
            shoot(dialog, f"{language}-change-password")
            dialog.close()
            window.lock()
            shoot(window, f"{language}-locked")
            window.close()
            shoot(PassphraseDialog(paths), f"{language}-passphrase-dialog")
            shoot(
                RecoveryKeyDialog(paths, "", ask_new_passphrase=True),
                f"{language}-recovery-key-dialog",
            )
            shoot(StorageProblemDialog(KeyMissing(), paths), f"{language}-problem-key-missing")
        centre.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
