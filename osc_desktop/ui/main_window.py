"""The main window: opening screen, sign-in and lock screen, each person's workspace, menus.

It is shown before the records are open (`show_centre` fills it), and nothing survivor-related
is ever visible while the sign-in screen is up: workspaces are hidden behind it, not drawn over.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
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
from osc_desktop.errors import OscError
from osc_desktop.ui import tasks
from osc_desktop.ui.backup_runner import BackupRunner, BackupStatusLabel
from osc_desktop.ui.clipboard import SensitiveClipboard
from osc_desktop.ui.formats import format_moment
from osc_desktop.ui.idle import IdleWatcher
from osc_desktop.ui.language import LANGUAGE_NAMES, tr_error
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.suspendable import Suspendable

if TYPE_CHECKING:  # these load SQLAlchemy: not before the window shows
    from osc_desktop.paths import DataPaths
    from osc_desktop.services.centre.storage import OpenCentre
    from osc_desktop.services.core.dto import Actor
    from osc_desktop.settings import MachineSettings
    from osc_desktop.ui.login_view import LoginView
    from osc_desktop.ui.workspace import Workspace

MINUTE_MS = 60_000


class MainWindow(Retranslating, QMainWindow):
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

    # --- restoring a backup -------------------------------------------------------------------

    def _connect_restore(self, workspace: Workspace) -> None:
        from osc_desktop.ui.workspace import Area

        admin = workspace.views.get(Area.ADMINISTRATION)
        signal = getattr(admin, "restore_requested", None)
        if signal is not None:
            signal.connect(self.restore_from)

    def restore_from(self, path: Path) -> bool:
        """Replace the records with those in the backup `path`; True when it was restored.

        Asks for the recovery key (checked against the backup before anything closes), signs
        everyone out, closes the records (the data folder stays locked for this app), restores,
        then opens the records again as at start-up and shows the sign-in screen.
        """
        from osc_desktop.services.backups.verify import read_backup_info
        from osc_desktop.ui.restore_backup_dialog import RestoreBackupDialog

        if self.centre is None or self.actor is None:
            return False
        actor = self.actor
        try:
            info = read_backup_info(path)
        except OscError as error:
            QMessageBox.critical(self, self.tr("Restore from a backup"), tr_error(error))
            return False
        centre = self.centre
        dialog = RestoreBackupDialog(
            self,
            backup=path,
            backup_date=info.created_at,
            check_key=lambda key: self._backup_key_problem(path, key, centre.profile.code),
        )
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted or dialog.key is None:
            return False
        key = dialog.key
        paths = centre.paths
        self._close_records(actor)
        failure: OscError | None = None
        from osc_desktop.services.backups.restore import restore_backup
        from osc_desktop.services.core.progress import Cancelled

        try:
            restored = tasks.run(
                lambda progress: restore_backup(
                    paths,
                    path,
                    database_key=key,
                    by_user_id=actor.user_id,
                    lock_held=True,
                    progress=progress,
                ),
                title=self.tr("Restoring the backup…"),
                cancellable=True,  # while it is decrypted and checked, before anything changes
                parent=self,
            )
        except Cancelled:
            self._reopen_records(paths)
            return False
        except OscError as error:
            failure = error
        reopened = self._reopen_records(paths)
        if failure is not None:
            import logging

            logging.getLogger(__name__).warning("restore failed (%s)", type(failure).__name__)
            QMessageBox.critical(
                self,
                self.tr("Restore from a backup"),
                tr_error(failure) + "\n\n" + self.tr("The records were not changed."),
            )
            return False
        if reopened and self.login is not None:
            self.login.subtitle.setText(
                self.tr("Restored from the backup of %1. Sign in to continue.").replace(
                    "%1", format_moment(restored.created_at)
                )
            )
        return True

    def _backup_key_problem(self, path: Path, key: bytes, centre_code: str) -> str:
        """What keeps `key` from restoring `path` here ("" when nothing): checked while the
        records are still open, so a mistyped key costs nobody their session."""
        from PySide6.QtCore import QCoreApplication

        from osc_desktop.services.backups.common import PROBLEM_MESSAGES, PROBLEM_OK
        from osc_desktop.services.backups.verify import read_backup_info, verify_backup

        try:
            if read_backup_info(path).centre_code != centre_code:
                return self.tr("This backup belongs to another centre.")
            result = tasks.run(
                lambda progress: verify_backup(path, database_key=key, progress=progress),
                title=self.tr("Checking the backup with this key…"),
                cancellable=True,
                parent=self,
            )
        except OscError as error:  # Cancelled too: "stopped before it finished"
            return tr_error(error)
        if result.problem == PROBLEM_OK:
            return ""
        return QCoreApplication.translate("backups", PROBLEM_MESSAGES[result.problem])

    def _close_records(self, actor: Actor) -> None:
        """Sign everyone out and close the database (the instance lock stays with the app)."""
        from osc_desktop.services.accounts import auth

        self._record(lambda uow: auth.log_out(uow, actor))
        self._leave(locked_by=None)
        for user_id in list(self.workspaces):
            self._discard_workspace(user_id)
        if self.backup_runner is not None:
            self.backup_runner.stop()
            self.backup_status.follow(None)
            self.backup_runner.deleteLater()
            self.backup_runner = None
        if self.login is not None:
            self.stack.removeWidget(self.login)
            self.login.deleteLater()
            self.login = None
        self.stack.setCurrentWidget(self.opening)
        assert self.centre is not None
        tasks.runner().wait_until_idle()  # no call may still be using the records
        self.centre.close()
        self.centre = None
        self.retranslate_ui()
        self._update_actions()

    def _reopen_records(self, paths: DataPaths) -> bool:
        """Open the records again as the start-up does (keyring, passphrase or recovery key)."""
        from osc_desktop.ui.startup import StartupFlow

        language = next(
            (code for code, action in self.language_actions.items() if action.isChecked()), "en"
        )
        flow = StartupFlow(paths, language, self.language_requested.emit, parent=self)
        try:
            centre = flow.run()
        except Exception as exc:  # never leave a window that cannot be used
            import logging

            logging.getLogger(__name__).error("reopening failed (%s)", type(exc).__name__)
            centre = None
        if centre is None:
            self._records_closed = True
            self.retranslate_ui()
            self.allow_close()
            self.centre_reopened.emit(None)
            return False
        self.show_centre(centre)
        self.centre_reopened.emit(centre)
        return True

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
