"""Adding or editing a staff account, and showing a temporary password once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import LastManager, OscError
from osc_desktop.services.accounts.staff import ROLE_LABELS, IssuedPassword, NewStaffInput, StaffRow
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.item_models.staff_table_model import role_label
from osc_desktop.ui.widgets.dialog_actions import button_row
from osc_desktop.ui.widgets.form_field import FieldForm
from osc_desktop.ui.widgets.labels import HINT_STYLE, make_bold
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.suspendable import Suspendable

DEFAULT_ROLE = "operator"


class StaffDialog(Suspendable, Retranslating, QDialog):
    """Add a staff member, or edit one (`existing`): full name, user name and role.

    `save` is called with the form's values when Save is pressed; its ValidationError is shown
    beside the fields, LastManager in a message (the dialog stays open), and any other refusal
    in a message that closes the dialog (then kept in `failure`). What `save` returns is kept
    in `outcome`.
    """

    def __init__(
        self,
        save: Callable[[NewStaffInput], object],
        existing: StaffRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.existing = existing
        self.outcome: object = None
        self.failure: OscError | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        form_layout = QFormLayout()
        self.form = FieldForm(form_layout)
        self.form.add("full_name", QLineEdit())
        username = self.form.add("username", QLineEdit())
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in ROLE_LABELS:
            self.role.addItem("", role)
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role)
        self.role_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.role_label.setContentsMargins(0, 4, 0, 0)
        self.role_hint = QLabel()
        self.role_hint.setWordWrap(True)
        self.role_hint.setStyleSheet(HINT_STYLE)
        role_box = QVBoxLayout()
        role_box.setSpacing(2)
        role_box.addWidget(self.role)
        role_box.addWidget(self.role_hint)
        form_layout.addRow(self.role_label, role_box)
        self.role.currentIndexChanged.connect(self._on_role_current_index_changed)

        if existing is None:
            self.role.setCurrentIndex(self.role.findData(DEFAULT_ROLE))
        else:
            self.form.fields["full_name"].set_text(existing.full_name)
            username.set_text(existing.username)
            # Greyed, so it reads as fixed; a disabled field also keeps out of the tab order.
            username.editor.setEnabled(False)
            self.role.setCurrentIndex(max(0, self.role.findData(existing.role)))

        self.save_button = QPushButton()
        self.cancel_button = QPushButton()
        self.buttons = button_row(self, self.save_button, self._on_save_clicked, self.cancel_button)
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addSpacing(4)
        layout.addLayout(form_layout)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.form.fields["full_name"].setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        adding = self.existing is None
        self.setWindowTitle(self.tr("Add staff member") if adding else self.tr("Edit staff member"))
        self.explanation.setText(
            self.tr(
                "A temporary password is made for the new account. You will see it once, to "
                "give to the person; they choose their own password at the first sign-in."
            )
            if adding
            else self.tr(
                "The user name cannot be changed. To stop someone signing in, use Deactivate."
            )
        )
        self.form.set_label("full_name", self.tr("Full &name:"))
        self.form.set_label("username", self.tr("&User name:"))
        self.role_label.setText(self.tr("&Role:"))
        self.form.fields["username"].editor.setPlaceholderText(self.tr("e.g. asha.kumari"))
        for index in range(self.role.count()):
            self.role.setItemText(index, role_label(self.role.itemData(index)))
        self._show_role_hint()
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def capture_state(self) -> dict[str, Any]:
        return {
            "full_name": self.form.fields["full_name"].text(),
            "username": self.form.fields["username"].text(),
            "role": self.role.currentData(),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        self.form.fields["full_name"].set_text(state["full_name"])
        if self.existing is None:
            self.form.fields["username"].set_text(state["username"])
        self.role.setCurrentIndex(max(0, self.role.findData(state["role"])))

    def _show_role_hint(self) -> None:
        hints = {
            "manager": self.tr(
                "Everything, including staff accounts, the audit trail, backups and settings."
            ),
            "operator": self.tr(
                "Registers and updates cases and beds; cannot read counselling notes."
            ),
            "counsellor": self.tr(
                "Cases with their counselling notes and narratives, and court video hearings."
            ),
        }
        self.role_hint.setText(hints.get(self.role.currentData(), ""))

    def _on_role_current_index_changed(self, _index: int) -> None:
        self._show_role_hint()

    def details(self) -> NewStaffInput:
        """What the form holds now."""
        return NewStaffInput(
            full_name=self.form.fields["full_name"].text(),
            username=self.form.fields["username"].text(),
            role=self.role.currentData(),
        )

    def _keep_outcome(self, details: NewStaffInput) -> None:
        self.outcome = self._save(details)

    def _on_save_clicked(self) -> None:
        details = self.details()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            saved = self.form.check(lambda: self._keep_outcome(details))
        except LastManager as error:
            QGuiApplication.restoreOverrideCursor()
            show_service_error(self, error)
            self.role.setFocus()
            return
        except OscError as error:
            QGuiApplication.restoreOverrideCursor()
            self.failure = error
            show_service_error(self, error)
            self.reject()
            return
        QGuiApplication.restoreOverrideCursor()
        if saved:
            self.accept()


class IssuedPasswordDialog(Retranslating, QDialog):
    """Shows a temporary password once, large, for the manager to hand over in person.

    The text cannot be selected or copied: it should not linger on the clipboard.
    """

    def __init__(
        self,
        issued: IssuedPassword,
        full_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.issued = issued
        self.full_name = full_name
        self.heading = QLabel()
        make_bold(self.heading, 1.2)
        self.heading.setWordWrap(True)
        self.username_label = QLabel()
        self.username_label.setWordWrap(True)
        self.password_label = QLabel(issued.temporary_password)
        self.password_label.setObjectName("temporary_password")
        password_font = QFont("monospace")
        password_font.setStyleHint(QFont.StyleHint.Monospace)
        password_font.setPointSizeF(22)
        password_font.setBold(True)
        password_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.password_label.setFont(password_font)
        self.password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_label.setStyleSheet(
            "background: #fff8e1; color: #1b1b1b; border: 2px solid #f9a825; "
            "border-radius: 6px; padding: 14px;"
        )
        self.password_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.password_label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.done_button = QPushButton()
        self.buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.username_label)
        layout.addWidget(self.password_label)
        layout.addWidget(self.instruction)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Temporary password"))
        self.heading.setText(self.tr("Temporary password for %1").replace("%1", self.full_name))
        self.username_label.setText(self.tr("User name: %1").replace("%1", self.issued.username))
        self.instruction.setText(
            self.tr(
                "Give this password to the person yourself, not by message. It is shown only "
                "this once. Type it with the dashes. At the first sign-in they must change it to "
                "a password of their own."
            )
        )
        self.done_button.setText(self.tr("I have noted it, &close"))
