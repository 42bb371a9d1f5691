"""The sign-in screen, shown at start and over everything when the screen is locked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError
from osc_desktop.services.accounts import auth
from osc_desktop.services.core.dto import Actor
from osc_desktop.ui import tasks
from osc_desktop.ui.language import tr_error
from osc_desktop.ui.widgets.form_field import FieldError, FieldForm
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre


class LoginView(Retranslating, QWidget):
    """User name and password; emits `signed_in` with the actor on success."""

    signed_in = Signal(Actor)

    def __init__(self, centre: OpenCentre, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self._locked_by: str | None = None
        auth.prepare_sign_in()
        self.heading = QLabel(centre.profile.name)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        self.form.add("username", QLineEdit())
        self.form.add_secret("password")
        self.error = FieldError()
        self.sign_in_button = QPushButton()
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self._on_sign_in_clicked)
        for field in self.form.fields.values():
            field.editor.returnPressed.connect(self._on_sign_in_clicked)

        panel = QFrame()
        panel.setObjectName("loginPanel")
        panel.setStyleSheet(
            "QFrame#loginPanel { background: palette(base); border: 1px solid palette(mid); "
            "border-radius: 8px; }"
        )
        panel.setFixedWidth(460)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.subtitle)
        inner.addLayout(form_layout)
        inner.addWidget(self.error)
        inner.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._locked_by:
            self.subtitle.setText(
                self.tr("Locked. %1 was signed in; anyone may sign in.").replace(
                    "%1", self._locked_by
                )
            )
        else:
            self.subtitle.setText(self.tr("Sign in to open the centre's records."))
        self.form.set_label("username", self.tr("&User name:"))
        self.form.set_label("password", self.tr("&Password:"))
        self.sign_in_button.setText(self.tr("&Sign in"))

    def reset(self, locked_by: str | None = None) -> None:
        """Empty the form for the next person; `locked_by` names who was signed in."""
        self._locked_by = locked_by
        for field in self.form.fields.values():
            field.set_text("")
            field.set_error("")
        self.error.show_message("")
        self.retranslate_ui()
        if locked_by is None:
            self.form.fields["username"].editor.setFocus()
        else:
            self.form.fields["username"].editor.setFocus()

    def _on_sign_in_clicked(self) -> None:
        username = self.form.fields["username"].text()
        password = self.form.fields["password"].text()
        if not username.strip():
            self.form.fields["username"].editor.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            actor = tasks.call(
                self.centre, lambda uow: auth.log_in(uow, username, password), parent=self
            )
        except OscError as error:  # wrong password, locked, or the disk full: said here
            self.form.fields["password"].set_text("")
            self.form.fields["password"].editor.setFocus()
            self.error.show_message(tr_error(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.form.fields["password"].set_text("")
        self.error.show_message("")
        self.signed_in.emit(actor)
