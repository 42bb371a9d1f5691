"""Restoring a backup while the app runs: the main window's part.

The backups screen confirms and emits `restore_requested(path)`; the window asks for the
recovery key, signs everyone out, closes the records, restores and opens them again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from osc_desktop.errors import OscError
from osc_desktop.ui import tasks
from osc_desktop.ui.formats import format_moment
from osc_desktop.ui.language import tr_error

if TYPE_CHECKING:  # these load SQLAlchemy: not before the window shows
    from osc_desktop.paths import DataPaths
    from osc_desktop.services.centre.storage import OpenCentre
    from osc_desktop.services.core.dto import Actor
    from osc_desktop.ui.login_view import LoginView
    from osc_desktop.ui.workspace import Workspace


class RestoreInApp:
    """Mixin for the main window: restoring the records from a backup file.

    The window provides the records and who is signed in, the sign-in screen, the
    workspaces, the backup runner, and `_record()`, `_leave()`, `_discard_workspace()`,
    `show_centre()` and `allow_close()`.
    """

    centre: OpenCentre | None
    actor: Actor | None
    login: LoginView | None
    workspaces: dict[int, Workspace]
    _records_closed: bool

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
