"""The main window: opening screen, sign-in and lock screen, each person's workspace, menus.

It is shown before the records are open (`show_centre` fills it), and nothing survivor-related
is ever visible while the sign-in screen is up: workspaces are hidden behind it, not drawn over.
Restoring a backup while it runs is `RestoreInApp`'s (restore_in_app).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from osc_desktop import __version__
from osc_desktop.ui import tasks
from osc_desktop.ui.backup_runner import BackupRunner, BackupStatusLabel
from osc_desktop.ui.clipboard import SensitiveClipboard
from osc_desktop.ui.idle import IdleWatcher
from osc_desktop.ui.language import LANGUAGE_NAMES
from osc_desktop.ui.restore_in_app import RestoreInApp
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.suspendable import Suspendable

if TYPE_CHECKING:  # these load SQLAlchemy: not before the window shows
    from osc_desktop.services.centre.storage import OpenCentre
    from osc_desktop.services.core.dto import Actor
    from osc_desktop.settings import MachineSettings
    from osc_desktop.ui.login_view import LoginView
    from osc_desktop.ui.workspace import Workspace

MINUTE_MS = 60_000


class MainWindow(RestoreInApp, Retranslating, QMainWindow):
    language_requested = Signal(str)
    # The records were closed and opened again (a restore): the new OpenCentre, or None when
    # they could not be opened again.
    centre_reopened = Signal(object)

    def __init__(
        self,
        language: str,
        *,
        idle_minutes: int = 5,
        kiosk: bool = False,
        auto_backup: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.centre: OpenCentre | None = None
        self.auto_backup = auto_backup  # make scheduled backups while the records are open
        self.backup_runner: BackupRunner | None = None
        self._records_closed = False  # closed for a restore and not opened again
        self.actor: Actor | None = None
        self.login: LoginView | None = None
        self.workspaces: dict[int, Workspace] = {}
        self.kiosk = kiosk
        self._closing_allowed = not kiosk
        self.clipboard = SensitiveClipboard(self)
        self.clipboard.watch_this_application()
        self.idle = IdleWatcher(QApplication.instance(), idle_minutes * MINUTE_MS)
        self.idle.idle.connect(self.lock)

        self.stack = QStackedWidget()
        self.opening = QLabel()
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.setCentralWidget(self.stack)

        self.user_status = QLabel()
        self.centre_status = QLabel()
        self.database_status = QLabel()
        self.backup_status = BackupStatusLabel()
        labels = (self.backup_status, self.user_status, self.centre_status, self.database_status)
        for label in labels:
            self.statusBar().addPermanentWidget(label)

        self._build_menus(language)
        self.resize(1100, 720)
        self.retranslate_ui()
        self._update_actions()

    # --- menus ---------------------------------------------------------------------------

    def _build_menus(self, language: str) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.password_action = QAction(self)
        self.password_action.triggered.connect(self._on_password_action_triggered)
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self._on_quit_action_triggered)
        for action in (self.lock_action, self.password_action, self.sign_out_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.addAction(self.lock_action)

        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _checked, c=code: self.language_requested.emit(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.help_menu.addAction(self.about_action)

    def set_language_checked(self, language: str) -> None:
        self.language_actions[language].setChecked(True)

    def _update_actions(self) -> None:
        signed_in = self.actor is not None
        self.lock_action.setEnabled(signed_in)
        self.password_action.setEnabled(signed_in)
        self.sign_out_action.setEnabled(signed_in)
        self.quit_action.setEnabled(not self.kiosk or self._actor_may_leave_kiosk())

    def _actor_may_leave_kiosk(self) -> bool:
        if self.actor is None:
            return False
        from osc_desktop.services.core.permissions import Permission, role_allows

        return role_allows(self.actor.role, Permission.LEAVE_KIOSK)

    # --- the records, signing in and out, locking -------------------------------------------

    def show_centre(self, centre: OpenCentre) -> None:
        """The records are open: show the sign-in screen."""
        from osc_desktop.ui.login_view import LoginView

        self.centre = centre
        self.login = LoginView(centre)
        self.login.signed_in.connect(self._on_login_signed_in)
        self.stack.addWidget(self.login)
        self.stack.setCurrentWidget(self.login)
        self.login.reset()
        if self.auto_backup:
            self.backup_runner = BackupRunner(centre, parent=self)
            self.backup_status.follow(self.backup_runner)
            self.backup_runner.start()
        self.retranslate_ui()

    def _on_login_signed_in(self, actor: Actor) -> None:
        from osc_desktop.services.accounts import auth
        from osc_desktop.ui.change_password_dialog import ChangePasswordDialog
        from osc_desktop.ui.workspace import Workspace

        assert self.centre is not None
        if actor.must_change_password:
            dialog = ChangePasswordDialog(self.centre, actor, required=True, parent=self)
            if dialog.exec() != ChangePasswordDialog.DialogCode.Accepted:
                # Not changing a temporary password means not signing in.
                self._record(lambda uow: auth.log_out(uow, actor))
                assert self.login is not None
                self.login.reset()
                return
            actor = dialog.actor
        workspace = self.workspaces.get(actor.user_id)
        if workspace is not None and workspace.actor.role != actor.role:
            # The role changed since this workspace was made: what it may show differs.
            self._discard_workspace(actor.user_id)
            workspace = None
        if workspace is None:
            workspace = Workspace(self.centre, actor)
            workspace.settings_saved.connect(self.apply_settings)
            workspace.session_ended.connect(self._on_workspace_session_ended)
            self._connect_restore(workspace)
            self.workspaces[actor.user_id] = workspace
            self.stack.addWidget(workspace)
        self.actor = actor
        self.stack.setCurrentWidget(workspace)
        workspace.navigation.setFocus()  # keyboard first: the hidden sign-in form had it
        # After this sign-in has finished: give back a form the lock screen closed.
        QTimer.singleShot(0, workspace.resume_suspended)
        self.idle.start()
        self.retranslate_ui()
        self._update_actions()

    def lock(self) -> None:
        """Cover everything with the sign-in screen; the workspace waits for its owner."""
        if self.actor is None or self.login is None:
            return
        from osc_desktop.services.accounts import auth

        actor = self.actor
        self._record(lambda uow: auth.record_screen_lock(uow, actor))
        self._leave(locked_by=actor.full_name)

    def sign_out(self) -> None:
        """End the current person's session and discard their workspace."""
        if self.actor is None:
            return
        from osc_desktop.services.accounts import auth

        actor = self.actor
        self._record(lambda uow: auth.log_out(uow, actor))
        self._discard_workspace(actor.user_id)
        self._leave(locked_by=None)

    def _on_workspace_session_ended(self) -> None:
        """The person's own account was deactivated or their role changed: sign in again."""
        if self.actor is None:
            return
        user_id = self.actor.user_id
        self._discard_workspace(user_id)
        self._leave(locked_by=None)

    def _leave(self, locked_by: str | None) -> None:
        assert self.login is not None
        self.idle.stop()
        self.clipboard.clear_now()
        for widget in QApplication.topLevelWidgets():
            # Nothing may stay open over the lock: a form in a dialog is closed, noted, and
            # given back to its owner at their next sign-in; any other dialog just closes.
            if widget is not self and widget.isVisible() and widget.isModal():
                if isinstance(widget, Suspendable):
                    widget.suspend()
                else:
                    widget.close()
        self.actor = None
        self.login.reset(locked_by=locked_by)
        self.stack.setCurrentWidget(self.login)
        self.retranslate_ui()
        self._update_actions()

    def _discard_workspace(self, user_id: int) -> None:
        workspace = self.workspaces.pop(user_id, None)
        if workspace is not None:
            self.stack.removeWidget(workspace)
            workspace.deleteLater()

    def _record(self, write: Callable[[Any], None]) -> None:
        """Run an audit-only service; a failure to record must not keep the screen open."""
        assert self.centre is not None
        try:
            tasks.call(self.centre, write)
        except Exception as exc:  # locking must happen whatever the database says
            import logging

            # The type only: the message of a driver error could quote data.
            logging.getLogger(__name__).warning(
                "could not record a lock or sign-out (%s)", type(exc).__name__
            )

    def apply_settings(self, settings: MachineSettings) -> None:
        self.idle.set_interval_ms(settings.idle_minutes * MINUTE_MS)
        if self.backup_runner is not None:  # the backup folder or interval may have changed
            self.backup_runner.refresh_status()

    # --- kiosk ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not (self._closing_allowed or self._actor_may_leave_kiosk()):
            event.ignore()
            return
        if tasks.runner().busy:  # a save or a backup is on its way: finish it first
            event.ignore()
            return
        if self.actor is not None:  # closing the app signs the person out
            from osc_desktop.services.accounts import auth

            actor = self.actor
            self._record(lambda uow: auth.log_out(uow, actor))
            self.actor = None
        self.idle.stop()
        self.clipboard.clear_now()
        if self.backup_runner is not None:  # one more backup at exit, if it is time
            runner, self.backup_runner = self.backup_runner, None
            runner.run_at_exit()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if (
            self.kiosk
            and event.type() == QEvent.Type.WindowStateChange
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            self.showFullScreen()
        super().changeEvent(event)

    def allow_close(self) -> None:
        """Let the window close whoever is signed in (the app is ending: no records open)."""
        self._closing_allowed = True

    def _on_quit_action_triggered(self) -> None:
        if self.kiosk and self._actor_may_leave_kiosk():
            self._closing_allowed = True
        self.close()

    def _on_password_action_triggered(self) -> None:
        from osc_desktop.ui.change_password_dialog import ChangePasswordDialog

        if self.actor is None or self.centre is None:
            return
        dialog = ChangePasswordDialog(self.centre, self.actor, required=False, parent=self)
        if dialog.exec() == ChangePasswordDialog.DialogCode.Accepted:
            self.actor = dialog.actor

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        if self._records_closed:
            self.opening.setText(
                self.tr("The records are closed. Start OSC Desktop again to open them.")
            )
        else:
            self.opening.setText(self.tr("Opening the centre's records…"))
        if self.centre is None:
            self.setWindowTitle("OSC Desktop")
        else:
            self.setWindowTitle(self.tr("OSC Desktop — %1").replace("%1", self.centre.profile.name))
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("&Lock the screen"))
        self.password_action.setText(self.tr("&Change my password…"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About OSC Desktop"))
        if self.actor is None:
            self.user_status.setText(self.tr("No one signed in"))
        else:
            from PySide6.QtCore import QCoreApplication

            from osc_desktop.services.accounts.staff import ROLE_LABELS

            role = QCoreApplication.translate("roles", ROLE_LABELS[self.actor.role])
            self.user_status.setText(
                self.tr("Signed in: %1 (%2)")
                .replace("%1", self.actor.full_name)
                .replace("%2", role)
            )
        if self.centre is None:
            self.centre_status.setText("")
            self.database_status.setText(self.tr("Database: not open"))
        else:
            self.centre_status.setText(
                self.tr("Centre: %1").replace("%1", self.centre.profile.code)
            )
            self.database_status.setText(self.tr("Database: open, encrypted"))

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About OSC Desktop"),
            self.tr(
                "OSC Desktop %1\n\nRecords, shelter beds, court video hearings and registers "
                "for a One Stop Centre (Sakhi Centre). Every record is kept encrypted on this "
                "computer."
            ).replace("%1", __version__),
        )
