"""Staff accounts (manager only): the list, and adding, editing, resetting, deactivating."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, SessionEnded
from osc_desktop.services.accounts import staff as staff_accounts
from osc_desktop.services.accounts.staff import IssuedPassword, NewStaffInput, StaffRow
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, role_allows
from osc_desktop.ui import tasks
from osc_desktop.ui.admin.staff_dialogs import IssuedPasswordDialog, StaffDialog
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.item_models.staff_table_model import StaffTableModel
from osc_desktop.ui.service_calls import call_service
from osc_desktop.ui.widgets.record_table import make_record_table
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.suspendable import ResumesDialogs

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

T = TypeVar("T")


class StaffView(ResumesDialogs, Retranslating, QWidget):
    """The centre's staff accounts with the actions a manager may take on the selected one."""

    # The signed-in manager changed their own account (name or role): refresh what shows it.
    own_account_changed = Signal()
    # The signed-in account was deactivated meanwhile: the session should end.
    session_ended = Signal()

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        # A dialog the lock screen closed: (account id or None when adding, its form).
        self._suspended: tuple[int | None, dict[str, Any]] | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        self.model = StaffTableModel(self)
        self.table = make_record_table(self.model, "staff_table")
        header = self.table.horizontalHeader()
        for column in StaffTableModel.Column:
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == StaffTableModel.Column.NAME
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.reset_button = QPushButton()
        self.active_button = QPushButton()
        self.unlock_button = QPushButton()
        self.add_button.clicked.connect(lambda: self._on_add_button_clicked())
        self.edit_button.clicked.connect(lambda: self._on_edit_button_clicked())
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.reset_button,
            self.active_button,
            self.unlock_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.explanation.setText(
            self.tr(
                "Each person who uses this computer has an account of their own. Accounts are "
                "never deleted: deactivate one when someone leaves, so the audit trail goes on "
                "naming who did what."
            )
        )
        self.add_button.setText(self.tr("&Add staff member…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.model.retranslate()
        self._update_buttons()

    # -- the list -----------------------------------------------------------------------------

    def selected(self) -> StaffRow | None:
        """The account in the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def reload(self, select: int | None = None) -> None:
        """Read the accounts again, keeping (or moving) the selection."""
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)
        rows = self._call(lambda uow: staff_accounts.list_staff(uow, self.actor))
        if rows is not None:
            self.model.set_rows(rows)
        if keep is not None:
            self.select_user(keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.reset_button.setEnabled(row is not None and row.is_active)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(
            self.tr("Rea&ctivate")
            if row is not None and not row.is_active
            else self.tr("&Deactivate")
        )
        self.unlock_button.setEnabled(row is not None and row.is_active and row.locked)

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self._on_edit_button_clicked()

    # -- calling the services -----------------------------------------------------------------

    def _in_transaction(self, action: Callable[[Any], T]) -> T:
        return tasks.call(self.centre, action, parent=self)

    def _call(self, action: Callable[[Any], T]) -> T | None:
        """Run `action(uow)`; a refusal is explained to the user and gives None."""
        return call_service(self.centre, action, self._refused, busy=True)

    def _refused(self, error: OscError) -> None:
        show_service_error(self, error)
        if isinstance(error, SessionEnded):
            self.session_ended.emit()

    def _changed(self, user_id: int, now: StaffRow | None = None) -> None:
        """Show the change to account `user_id` (`now`: the account after it, when known)."""
        if user_id == self.actor.user_id:
            self.own_account_changed.emit()
            if now is not None and not now.is_active:
                self.session_ended.emit()
                return
            if now is not None and not role_allows(now.role, Permission.MANAGE_STAFF):
                return  # no longer a manager: reading the list again would be refused
        self.reload(select=user_id)

    # -- actions ----------------------------------------------------------------------------------

    def resume_suspended(self) -> None:
        """Open again the dialog the lock screen closed, filled in as it was."""
        if self._suspended is None:
            return
        user_id, state = self._suspended
        self._suspended = None
        if user_id is None:
            self._on_add_button_clicked(state)
        else:
            self.select_user(user_id)
            self._on_edit_button_clicked(state)

    def _run(self, dialog: StaffDialog, user_id: int | None) -> bool:
        """Show `dialog`; True if saved. A dialog the lock closed is kept to resume."""
        # The caller deletes the dialog when done with it: a service call waits in a local
        # event loop, which may delete what was handed to deleteLater() before it started.
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if dialog.suspended_state is not None:
            self._suspended = (user_id, dialog.suspended_state)
            return False
        self._after_dialog(dialog)
        return accepted

    def _on_add_button_clicked(self, state: dict[str, Any] | None = None) -> None:
        def save(details: NewStaffInput) -> IssuedPassword:
            return self._in_transaction(
                lambda uow: staff_accounts.create_staff(uow, self.actor, details)
            )

        dialog = StaffDialog(save, parent=self)
        if state:
            dialog.restore_state(state)
        accepted = self._run(dialog, None)
        if accepted and isinstance(dialog.outcome, IssuedPassword):
            self.reload(select=dialog.outcome.user_id)
            self._show_password(dialog.outcome, dialog.details().full_name.strip())
        dialog.deleteLater()

    def _on_edit_button_clicked(self, state: dict[str, Any] | None = None) -> None:
        row = self.selected()
        if row is None:
            return

        def save(details: NewStaffInput) -> StaffRow:
            return self._in_transaction(
                lambda uow: staff_accounts.update_staff(
                    uow, self.actor, row.id, details.full_name, details.role
                )
            )

        dialog = StaffDialog(save, existing=row, parent=self)
        if state:
            dialog.restore_state(state)
        if self._run(dialog, row.id):
            self._changed(row.id, dialog.outcome if isinstance(dialog.outcome, StaffRow) else None)
        dialog.deleteLater()

    def _after_dialog(self, dialog: StaffDialog) -> None:
        if isinstance(dialog.failure, SessionEnded):
            self.session_ended.emit()

    def _on_reset_button_clicked(self) -> None:
        row = self.selected()
        if row is None or not self._confirm(
            self.tr("Reset password"),
            self.tr(
                "Reset the password of %1?\n\nTheir current password stops working at once. "
                "You will see a temporary password to give them."
            ).replace("%1", row.full_name),
        ):
            return
        issued = self._call(lambda uow: staff_accounts.reset_password(uow, self.actor, row.id))
        if issued is not None:
            self._changed(row.id)
            self._show_password(issued, row.full_name)

    def _on_active_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.is_active:
            text = self.tr(
                "Deactivate the account of %1 (%2)?\n\nThey will not be able to sign in, and if "
                "signed in now they are stopped at their next action. The account and its "
                "history are kept; you can reactivate it later."
            )
            if row.id == self.actor.user_id:
                text += "\n\n" + self.tr("This is your own account: you will be signed out.")
            if not self._confirm(
                self.tr("Deactivate account"),
                text.replace("%1", row.full_name).replace("%2", row.username),
            ):
                return
            now = self._call(lambda uow: staff_accounts.deactivate(uow, self.actor, row.id))
        else:
            now = self._call(lambda uow: staff_accounts.reactivate(uow, self.actor, row.id))
        if now is not None:
            self._changed(row.id, now)

    def _on_unlock_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        now = self._call(lambda uow: staff_accounts.unlock_account(uow, self.actor, row.id))
        if now is not None:
            self._changed(row.id, now)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_password(self, issued: IssuedPassword, full_name: str) -> None:
        dialog = IssuedPasswordDialog(issued, full_name, self)
        dialog.exec()
        dialog.password_label.clear()  # no copy of it left behind in a hidden widget
        dialog.deleteLater()
