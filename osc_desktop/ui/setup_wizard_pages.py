"""The pages of the first-run set-up: welcome (language), centre, manager, passphrase, and the
recovery key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from osc_desktop.services.centre.setup import (
    CentreProfileInput,
    ManagerAccountInput,
    clean_centre_profile,
    clean_manager_account,
    clean_new_passphrase,
)
from osc_desktop.ui.language import LANGUAGE_NAMES
from osc_desktop.ui.widgets.form_field import FieldForm
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.time_zone_box import TimeZoneBox

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import NewRecoveryKey


class RecoveryKeyWizard(Protocol):
    """What the recovery key page needs of its wizard (the `SetupWizard`)."""

    recovery: NewRecoveryKey

    def show_recovery_sheet(self) -> None: ...

    def finish_setup(self) -> bool: ...


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

    def __init__(self, wizard: RecoveryKeyWizard) -> None:
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
