"""Opening the centre's records: passphrase, recovery key, and what to do when it cannot open."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import StorageError, WrongKey, WrongPassphrase
from osc_desktop.paths import DataPaths
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.setup import clean_new_passphrase
from osc_desktop.ui import tasks
from osc_desktop.ui.language import tr_advice, tr_error
from osc_desktop.ui.widgets.form_field import FieldForm
from osc_desktop.ui.widgets.retranslating import Retranslating


class _Dialog(Retranslating, QDialog):
    def _busy(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def _idle(self) -> None:
        QGuiApplication.restoreOverrideCursor()


class PassphraseDialog(_Dialog):
    """Asks for the centre passphrase. Result: opened (accepted), recovery wanted, or quit."""

    RECOVERY = 2

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.opened: storage.OpenCentre | None = None
        self.failure: StorageError | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        self.form.add_secret("passphrase")
        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton()
        self.recovery_button = QPushButton()
        self.quit_button = QPushButton()
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.recovery_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.recovery_button.clicked.connect(lambda: self.done(self.RECOVERY))
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form_layout)
        layout.addWidget(self.buttons)
        layout.setSpacing(10)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("OSC Desktop: open the records"))
        self.explanation.setText(self.tr("Enter the centre passphrase to open the records."))
        self.form.set_label("passphrase", self.tr("&Passphrase:"))
        self.open_button.setText(self.tr("&Open"))
        self.recovery_button.setText(self.tr("Use the &recovery key…"))
        self.quit_button.setText(self.tr("&Quit"))

    def _on_open_clicked(self) -> None:
        self._busy()
        try:
            given = self.form.fields["passphrase"].text()
            self.opened = tasks.run(  # the key is derived (Argon2) off the GUI thread
                lambda progress: storage.open_with_passphrase(self.paths, given),
                title=self.tr("Opening the records…"),
                parent=self,
            )
        except WrongPassphrase as error:
            self._idle()
            self.form.fields["passphrase"].editor.selectAll()
            self.form.show_errors({"passphrase": tr_error(error)})
            return
        except StorageError as error:
            self._idle()
            self.failure = error
            self.reject()
            return
        self._idle()
        self.accept()


class RecoveryKeyDialog(_Dialog):
    """Opens the records with the printed recovery key and keeps the key on this computer again."""

    def __init__(
        self, paths: DataPaths, reason: str, ask_new_passphrase: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._reason = reason
        self._ask_new_passphrase = ask_new_passphrase
        self.opened: storage.OpenCentre | None = None
        self.failure: StorageError | None = None
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        key_editor = QLineEdit()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(12)
        key_editor.setFont(font)
        key_editor.setMinimumWidth(560)
        self.form.add("recovery_key", key_editor)
        if ask_new_passphrase:
            self.form.add_secret("passphrase")
            self.form.add_secret("passphrase_repeat")
        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton()
        self.cancel_button = QPushButton()
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.explanation)
        layout.addLayout(form_layout)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("OSC Desktop: recovery key"))
        self.reason_label.setText(self._reason)
        text = self.tr(
            "Type the recovery key from the paper kept by the centre manager: 14 groups of 4 "
            "letters and digits. Capital or small letters and the dashes do not matter."
        )
        if self._ask_new_passphrase:
            text += "\n\n" + self.tr(
                "Then choose a new centre passphrase: it will be asked each time OSC Desktop "
                "starts on this computer."
            )
        self.explanation.setText(text)
        self.form.set_label("recovery_key", self.tr("Recovery &key:"))
        if self._ask_new_passphrase:
            self.form.set_label("passphrase", self.tr("New &passphrase:"))
            self.form.set_label("passphrase_repeat", self.tr("&Repeat passphrase:"))
        self.form.fields["recovery_key"].editor.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.open_button.setText(self.tr("&Open"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _on_open_clicked(self) -> None:
        fields = self.form.fields
        passphrase = None
        if self._ask_new_passphrase:
            passphrase = fields["passphrase"].text()
            repeat = fields["passphrase_repeat"].text()
            if not self.form.check(lambda: clean_new_passphrase(passphrase, repeat)):
                return

        typed = fields["recovery_key"].text()

        def attempt() -> None:
            self.opened = tasks.run(
                lambda progress: storage.open_with_recovery_key(
                    self.paths, typed, new_passphrase=passphrase
                ),
                title=self.tr("Opening the records…"),
                parent=self,
            )

        self._busy()
        try:
            opened = self.form.check(attempt)  # a mistyped key is shown beside the field
        except WrongKey as error:
            self.form.show_errors({"recovery_key": tr_error(error)})
            return
        except StorageError as error:
            self.failure = error
            self.reject()
            return
        finally:
            self._idle()
        if opened:
            self.accept()


class StorageProblemDialog(_Dialog):
    """Says what went wrong, what to do, and offers the recovery key where it can help."""

    RECOVERY = 2

    def __init__(self, error: StorageError, paths: DataPaths, parent: QWidget | None = None):
        super().__init__(parent)
        self.error = error
        self.paths = paths
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        self.title = QLabel()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.recovery_button = QPushButton()
        self.folder_button = QPushButton()
        self.quit_button = QPushButton()
        if error.recovery_key_helps:
            self.buttons.addButton(self.recovery_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.recovery_button.setDefault(True)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recovery_button.clicked.connect(lambda: self.done(self.RECOVERY))
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.title)
        layout.addWidget(self.advice)
        layout.addWidget(self.folder)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("OSC Desktop: the records cannot be opened"))
        self.title.setText(tr_error(self.error))
        self.advice.setText(tr_advice(self.error.advice))
        self.folder.setText(self.tr("Data folder: %1").replace("%1", str(self.paths.root)))
        self.recovery_button.setText(self.tr("Enter the &recovery key…"))
        self.folder_button.setText(self.tr("Show the data &folder"))
        self.quit_button.setText(self.tr("&Quit"))

    def _on_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.root)))
