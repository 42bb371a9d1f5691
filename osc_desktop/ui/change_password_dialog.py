"""Changing one's own password; required after a temporary password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import SessionEnded
from osc_desktop.services.accounts import auth
from osc_desktop.services.core.dto import Actor
from osc_desktop.ui import tasks
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.widgets.form_field import FieldForm
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre


class ChangePasswordDialog(Retranslating, QDialog):
    """On success `actor` holds the refreshed actor (no longer must change the password)."""

    def __init__(
        self, centre: OpenCentre, actor: Actor, required: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        self.required = required
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        self.form.add_secret("current")
        self.form.add_secret("new")
        self.form.add_secret("repeat")
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton()
        self.cancel_button = QPushButton()
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form_layout)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change my password"))
        if self.required:
            text = self.tr(
                "You signed in with a temporary password. Choose your own password now: at "
                "least 10 characters, known only to you."
            )
        else:
            text = self.tr("Choose a new password of at least 10 characters.")
        self.explanation.setText(text)
        self.form.set_label("current", self.tr("&Current password:"))
        self.form.set_label("new", self.tr("&New password:"))
        self.form.set_label("repeat", self.tr("&Repeat new password:"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Sign out") if self.required else self.tr("Cancel"))

    def _on_save_clicked(self) -> None:
        fields = self.form.fields

        def change() -> None:
            current, new, repeat = (fields[n].text() for n in ("current", "new", "repeat"))
            self.actor = tasks.call(
                self.centre,
                lambda uow: auth.change_own_password(uow, self.actor, current, new, repeat),
                parent=self,
            )

        try:
            changed = self.form.check(change)
        except SessionEnded as error:
            show_service_error(self, error)
            self.reject()
            return
        if changed:
            self.accept()
