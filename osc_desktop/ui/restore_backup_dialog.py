"""Restoring the records from a backup file with the printed recovery key: on the first screen
of a fresh install, or in the app (where the main window closes the records and restores)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
from osc_desktop.services.centre.setup import clean_new_passphrase
from osc_desktop.ui import tasks
from osc_desktop.ui.formats import format_moment
from osc_desktop.ui.language import tr_error
from osc_desktop.ui.widgets.form_field import FieldForm
from osc_desktop.ui.widgets.retranslating import Retranslating


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
