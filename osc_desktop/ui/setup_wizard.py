"""First-run set-up: language, centre profile, first manager, (passphrase), recovery key.

The pages are in `setup_wizard_pages`; restoring from a backup instead is `RestoreBackupDialog`
(re-exported here).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from osc_desktop import __version__
from osc_desktop.errors import OscError, StorageError, ValidationError
from osc_desktop.paths import DataPaths
from osc_desktop.services.centre import storage
from osc_desktop.ui import tasks
from osc_desktop.ui.language import tr_advice, tr_error
from osc_desktop.ui.pdf_preview import PdfPreviewDialog
from osc_desktop.ui.restore_backup_dialog import RestoreBackupDialog
from osc_desktop.ui.setup_wizard_pages import (
    CentrePage,
    ManagerPage,
    PassphrasePage,
    RecoveryKeyPage,
    WelcomePage,
)
from osc_desktop.ui.widgets.retranslating import Retranslating

__all__ = ["RestoreBackupDialog", "SetupWizard"]


class SetupWizard(Retranslating, QWizard):
    """Creates the centre when its last page is confirmed; `opened` then holds it."""

    language_chosen = Signal(str)

    def __init__(
        self,
        paths: DataPaths,
        language: str,
        use_passphrase: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.recovery = storage.new_recovery_key()
        self.opened: storage.OpenCentre | None = None
        self.restored = False  # the records came from a backup instead of the set-up
        self._use_passphrase = use_passphrase
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome = WelcomePage(language)
        self.welcome.language_chosen.connect(self.language_chosen)
        self.welcome.restore_requested.connect(self.restore_from_backup)
        self.centre = CentrePage()
        self.manager = ManagerPage()
        self.passphrase = PassphrasePage() if use_passphrase else None
        self.recovery_page = RecoveryKeyPage(self)
        for page in (self.welcome, self.centre, self.manager, self.passphrase, self.recovery_page):
            if page is not None:
                self.addPage(page)
        self.resize(760, 620)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("OSC Desktop: first-time set-up"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))

    def restore_from_backup(self) -> None:
        """Restore the records from a backup file instead of setting up; closes the wizard
        with `restored` (and `opened`, unless the restored records must be opened as at a
        normal start) when done."""
        dialog = RestoreBackupDialog(
            self, paths=self.paths, ask_new_passphrase=self._use_passphrase
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.restored = True
        self.opened = dialog.opened
        self.accept()

    def recovery_sheet_pdf(self) -> bytes:
        # reportlab takes ~0.3 s to import: only when the sheet is wanted, not at start-up.
        from osc_desktop.printing import recovery_key_sheet

        profile = self.centre.profile_input()
        sheet = recovery_key_sheet.build_context(
            centre_name=profile.name.strip(),
            centre_code=profile.code.strip().upper(),
            district=profile.district.strip(),
            state=profile.state.strip(),
            recovery_key=self.recovery.printable,
            created_at=datetime.now(UTC).astimezone(ZoneInfo(profile.time_zone)),
            app_version=__version__,
        )
        return recovery_key_sheet.render(sheet)

    def show_recovery_sheet(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = self.recovery_sheet_pdf()
        finally:
            QGuiApplication.restoreOverrideCursor()
        dialog = PdfPreviewDialog(
            pdf,
            "recovery-key.pdf",
            self,
            save_warning=self.tr(
                "A saved copy opens the records like the paper does: save it only to a USB "
                "drive that is then locked away, never to this computer."
            ),
        )
        dialog.exec()

    def finish_setup(self) -> bool:
        """Create the centre; on failure say why and stay on the page."""
        passphrase = self.passphrase.passphrase() if self.passphrase else None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            profile, account = self.centre.profile_input(), self.manager.account_input()
            self.opened = tasks.run(
                lambda progress: storage.create_centre(
                    self.paths, self.recovery, profile, account, passphrase=passphrase
                ),
                title=self.tr("Setting up the centre…"),
                parent=self,
            )
        except ValidationError:
            # Pages were validated on the way; only reachable if a page was skipped.
            QGuiApplication.restoreOverrideCursor()
            self.restart()
            return False
        except OscError as error:
            QGuiApplication.restoreOverrideCursor()
            advice = tr_advice(error.advice) if isinstance(error, StorageError) else ""
            QMessageBox.critical(
                self, self.tr("Set-up could not finish"), f"{tr_error(error)}\n\n{advice}".strip()
            )
            return False
        QGuiApplication.restoreOverrideCursor()
        return True
