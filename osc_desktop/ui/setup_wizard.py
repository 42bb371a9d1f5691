"""First-run set-up: language, centre profile, first manager, (passphrase), recovery key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from osc_desktop import __version__
from osc_desktop.errors import (
    BackupError,
    BackupWrongKey,
    FieldInvalid,
    OscError,
    StorageError,
    ValidationError,
)
from osc_desktop.paths import DataPaths
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.setup import (
    CentreProfileInput,
    ManagerAccountInput,
    clean_centre_profile,
    clean_manager_account,
    clean_new_passphrase,
)
from osc_desktop.ui import tasks
from osc_desktop.ui.formats import format_moment
from osc_desktop.ui.language import LANGUAGE_NAMES, tr_advice, tr_error
from osc_desktop.ui.pdf_preview import PdfPreviewDialog
from osc_desktop.ui.widgets.form_field import FieldForm
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.time_zone_box import TimeZoneBox


class _Page(Retranslating, QWizardPage):
    pass


class _FormPage(_Page):
    """A page of an explanation above a form of fields with their errors."""

    def __init__(self) -> None:
        super().__init__()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form_layout)
        layout.addStretch(1)


class WelcomePage(_Page):
    language_chosen = Signal(str)
    restore_requested = Signal()

    def __init__(self, language: str) -> None:
        super().__init__()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.intro)
        layout.addStretch(1)
        self.restore_intro = QLabel()
        self.restore_intro.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self.restore_requested)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addWidget(self.restore_intro)
        layout.addLayout(restore_row)
        self.retranslate_ui()

    def _on_language_changed(self, _index: int) -> None:
        self.language_chosen.emit(self.language.currentData())

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to OSC Desktop"))
        self.setSubTitle(self.tr("Set up this computer for your One Stop Centre."))
        self.language_label.setText(self.tr("&Language:"))
        self.intro.setText(
            self.tr(
                "This computer does not hold a centre's records yet. In four short steps you "
                "will enter the centre's details, make the first manager account and print the "
                "recovery key.\n\nEverything is kept on this computer, encrypted. Nothing is "
                "sent over the internet."
            )
        )
        self.restore_intro.setText(
            self.tr(
                "Moving the centre to this computer, or this computer's records were lost? "
                "Restore them from a backup file with the printed recovery key instead."
            )
        )
        self.restore_button.setText(self.tr("&Restore from a backup instead of setting up…"))


class CentrePage(_FormPage):
    def __init__(self) -> None:
        super().__init__()
        self.explanation.hide()
        self.form.add("name", QLineEdit())
        self.form.add("code", QLineEdit())
        self.form.add("district", QLineEdit())
        self.form.add("state", QLineEdit())
        address = QPlainTextEdit()
        address.setTabChangesFocus(True)
        address.setFixedHeight(64)
        self.form.add("address", address)
        self.form.add("phone", QLineEdit())
        self.form.add("women_helpline", QLineEdit("181"))
        self.form.add("emergency_number", QLineEdit("112"))
        self.form.add("time_zone", TimeZoneBox())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The centre"))
        self.setSubTitle(self.tr("These details appear on every printed form and register."))
        labels = {
            "name": self.tr("Centre &name:"),
            "code": self.tr("Short &code:"),
            "district": self.tr("&District:"),
            "state": self.tr("&State:"),
            "address": self.tr("&Address:"),
            "phone": self.tr("&Phone:"),
            "women_helpline": self.tr("&Women helpline:"),
            "emergency_number": self.tr("&Emergency number:"),
            "time_zone": self.tr("&Time zone:"),
        }
        for name, text in labels.items():
            self.form.set_label(name, text)
        self.form.fields["code"].editor.setPlaceholderText(
            self.tr("e.g. PAT; used in case numbers")
        )
        self.form.fields["name"].editor.setPlaceholderText(self.tr("e.g. One Stop Centre, Patna"))

    def profile_input(self) -> CentreProfileInput:
        f = self.form.fields
        return CentreProfileInput(
            name=f["name"].text(),
            code=f["code"].text(),
            district=f["district"].text(),
            state=f["state"].text(),
            address=f["address"].text(),
            phone=f["phone"].text(),
            women_helpline=f["women_helpline"].text(),
            emergency_number=f["emergency_number"].text(),
            time_zone=f["time_zone"].text(),
        )

    def validatePage(self) -> bool:
        return self.form.check(lambda: clean_centre_profile(self.profile_input()))


class ManagerPage(_FormPage):
    def __init__(self) -> None:
        super().__init__()
        self.form.add("full_name", QLineEdit())
        self.form.add("username", QLineEdit())
        self.form.add_secret("password")
        self.form.add_secret("password_repeat")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("The centre manager"))
        self.setSubTitle(self.tr("The first account. The manager adds the other staff later."))
        self.explanation.setText(
            self.tr(
                "Choose a password of at least 10 characters. A short sentence that only you "
                "know is easy to remember and hard to guess."
            )
        )
        self.form.set_label("full_name", self.tr("Full &name:"))
        self.form.set_label("username", self.tr("&User name:"))
        self.form.set_label("password", self.tr("&Password:"))
        self.form.set_label("password_repeat", self.tr("&Repeat password:"))
        self.form.fields["username"].editor.setPlaceholderText(self.tr("e.g. asha.kumari"))

    def account_input(self) -> ManagerAccountInput:
        f = self.form.fields
        return ManagerAccountInput(
            full_name=f["full_name"].text(),
            username=f["username"].text(),
            password=f["password"].text(),
            password_repeat=f["password_repeat"].text(),
        )

    def validatePage(self) -> bool:
        return self.form.check(lambda: clean_manager_account(self.account_input()))


class PassphrasePage(_FormPage):
    """Shown only where the computer has no secure key store."""

    def __init__(self) -> None:
        super().__init__()
        self.form.add_secret("passphrase")
        self.form.add_secret("passphrase_repeat")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Centre passphrase"))
        self.setSubTitle(self.tr("This computer has no secure place to keep the database key."))
        self.explanation.setText(
            self.tr(
                "The records will be locked with a passphrase that is asked every time OSC "
                "Desktop starts. Use at least 12 characters and share it only with staff who "
                "start the computer."
            )
        )
        self.form.set_label("passphrase", self.tr("&Passphrase:"))
        self.form.set_label("passphrase_repeat", self.tr("&Repeat passphrase:"))

    def passphrase(self) -> str:
        return self.form.fields["passphrase"].text()

    def validatePage(self) -> bool:
        repeat = self.form.fields["passphrase_repeat"].text()
        return self.form.check(lambda: clean_new_passphrase(self.passphrase(), repeat))


class RecoveryKeyPage(_Page):
    """Shows the recovery key once; going on needs the "stored safely" confirmation."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        groups = wizard.recovery.printable.split("-")
        half = (len(groups) + 1) // 2
        self.key_label = QLabel(" ".join(groups[:half]) + "\n" + " ".join(groups[half:]))
        key_font = QFont("monospace")
        key_font.setStyleHint(QFont.StyleHint.Monospace)
        key_font.setPointSizeF(15)
        key_font.setBold(True)
        self.key_label.setFont(key_font)
        self.key_label.setWordWrap(True)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet(
            "background: #fff8e1; border: 2px solid #f9a825; border-radius: 6px; padding: 14px;"
        )
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setObjectName("recovery_key")
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._on_print_clicked)
        self.confirm = QCheckBox()
        self.confirm.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.key_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.confirm)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr("Print it now. It is shown only this once."))
        self.explanation.setText(
            self.tr(
                "The recovery key opens the centre's records on a new computer, or on this one "
                "if its saved key is ever lost, and it restores backups. Print it (or write it "
                "down), sign it, and lock it away from this computer and from backup drives. "
                "Anyone who has it and a copy of the data can read every record."
            )
        )
        self.print_button.setText(self.tr("&Print or save the recovery key…"))
        self.confirm.setText(
            self.tr("I have printed or written down the recovery key and stored it safely.")
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish set-up"))

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def _on_print_clicked(self) -> None:
        self._wizard.show_recovery_sheet()

    def validatePage(self) -> bool:
        return self._wizard.finish_setup()


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


class RestoreBackupDialog(Retranslating, QDialog):
    """Asks for the recovery key (and the backup file, and a new passphrase) for a restore.

    With `paths` (the first screen of a fresh install) it restores the chosen backup into the
    empty data folder itself and opens the records: `opened` (None if they must be opened as
    at a normal start). With `backup` (restoring in the app) it only checks the key with
    `check_key` (which returns what is wrong, or "") and leaves it in `key`: the main window
    closes the records and restores.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        paths: DataPaths | None = None,
        ask_new_passphrase: bool = False,
        backup: Path | None = None,
        backup_date: datetime | None = None,
        check_key: Callable[[bytes], str] | None = None,
    ) -> None:
        super().__init__(parent)
        assert (paths is None) != (backup is None)
        self.paths = paths
        self.backup = backup
        self._backup_date = backup_date
        self._ask_new_passphrase = ask_new_passphrase and paths is not None
        self._check_key = check_key
        self.key: bytes | None = None
        self.opened: storage.OpenCentre | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        if paths is not None:
            self.file_editor = QLineEdit()
            self.file_editor.setReadOnly(True)
            self.file_editor.setMinimumWidth(420)
            self.choose_button = QPushButton()
            self.choose_button.clicked.connect(self._on_choose_clicked)
            self.form.add("file", self.file_editor)
            choose_row = QHBoxLayout()
            choose_row.addWidget(self.choose_button)
            choose_row.addStretch(1)
            form_layout.addRow("", choose_row)
        key_editor = QLineEdit()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(12)
        key_editor.setFont(font)
        key_editor.setMinimumWidth(520)
        self.form.add("recovery_key", key_editor)
        if self._ask_new_passphrase:
            self.form.add_secret("passphrase")
            self.form.add_secret("passphrase_repeat")
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton()
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form_layout)
        layout.addWidget(self.buttons)
        layout.setSpacing(10)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("OSC Desktop: restore from a backup"))
        if self.paths is not None:
            text = self.tr(
                "Choose the backup file (its name ends in .oscbackup, often on the backup "
                "drive) and type the recovery key from the paper kept by the centre manager: "
                "14 groups of 4 letters and digits."
            )
        else:
            text = self.tr(
                "The records will be replaced by those in the backup of %1. The current "
                "records are kept aside in the data folder (before-restore), never deleted. "
                "Everyone is signed out while it runs.\n\nType the recovery key from the "
                "paper kept by the centre manager: 14 groups of 4 letters and digits."
            ).replace("%1", format_moment(self._backup_date))
        if self._ask_new_passphrase:
            text += "\n\n" + self.tr(
                "Then choose a new centre passphrase: it will be asked each time OSC Desktop "
                "starts on this computer."
            )
        self.explanation.setText(text)
        if self.paths is not None:
            self.form.set_label("file", self.tr("Backup &file:"))
            self.choose_button.setText(self.tr("&Choose…"))
        self.form.set_label("recovery_key", self.tr("Recovery &key:"))
        self.form.fields["recovery_key"].editor.setPlaceholderText("XXXX-XXXX-XXXX-…")
        if self._ask_new_passphrase:
            self.form.set_label("passphrase", self.tr("New &passphrase:"))
            self.form.set_label("passphrase_repeat", self.tr("&Repeat passphrase:"))
        self.restore_button.setText(self.tr("&Restore"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _on_choose_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup file"),
            self.file_editor.text(),
            self.tr("OSC Desktop backups (*.oscbackup);;All files (*)"),
        )
        if chosen:
            self.file_editor.setText(chosen)
            self.form.fields["file"].set_error("")

    def _parsed_key(self) -> bytes:
        from osc_desktop.security.recovery_key import RecoveryKeyFormatError, parse_recovery_key

        try:
            return parse_recovery_key(self.form.fields["recovery_key"].text())
        except RecoveryKeyFormatError as problem:
            message = storage.RECOVERY_KEY_MESSAGES[problem.reason]
            raise ValidationError({"recovery_key": FieldInvalid(message)}) from None

    def _on_restore_clicked(self) -> None:
        fields = self.form.fields
        passphrase = None
        if self._ask_new_passphrase:
            passphrase = fields["passphrase"].text()
            repeat = fields["passphrase_repeat"].text()
        if self.paths is not None and not self.file_editor.text():
            self.form.show_errors({"file": self.tr("Choose the backup file.")})
            return

        keys: list[bytes] = []

        def clean() -> None:
            keys.append(self._parsed_key())
            if passphrase is not None:
                clean_new_passphrase(passphrase, repeat)

        if not self.form.check(clean):
            return
        key = keys[0]
        if self._check_key is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                problem = self._check_key(key)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if problem:
                self.form.show_errors({"recovery_key": problem})
                return
        self.key = key
        if self.paths is not None and not self._restore_here(key, passphrase):
            return
        self.accept()

    def _restore_here(self, key: bytes, passphrase: str | None) -> bool:
        """Restore into the (empty) data folder and open the records; False on a problem."""
        from osc_desktop.services.backups.restore import restore_backup

        assert self.paths is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # The app holds the data folder's instance lock from its start.
            backup, paths = Path(self.file_editor.text()), self.paths
            tasks.run(
                lambda progress: restore_backup(
                    paths,
                    backup,
                    database_key=key,
                    by_user_id=None,
                    new_passphrase=passphrase,
                    lock_held=True,
                    progress=progress,
                ),
                title=self.tr("Restoring the backup…"),
                parent=self,
            )
        except BackupWrongKey as error:
            QGuiApplication.restoreOverrideCursor()
            self.form.show_errors({"recovery_key": tr_error(error)})
            return False
        except (BackupError, StorageError) as error:
            QGuiApplication.restoreOverrideCursor()
            self.form.show_errors({"file": tr_error(error)})
            return False
        except OscError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.critical(self, self.windowTitle(), tr_error(error))
            return False
        try:
            if passphrase is not None:
                self.opened = tasks.run(
                    lambda progress: storage.open_with_passphrase(paths, passphrase)
                )
            else:
                self.opened = tasks.run(lambda progress: storage.open_with_keyring(paths))
        except StorageError:
            # Restored, but not opened here: the normal start explains and offers the key.
            self.opened = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True
