"""From start to an open centre: set-up wizard, passphrase, recovery key or a problem screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from osc_desktop.errors import StorageError
from osc_desktop.paths import DataPaths
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.storage import FolderState, OpenCentre
from osc_desktop.ui import tasks
from osc_desktop.ui.language import tr_error
from osc_desktop.ui.setup_wizard import SetupWizard
from osc_desktop.ui.unlock import PassphraseDialog, RecoveryKeyDialog, StorageProblemDialog


class StartupFlow:
    """Shows the dialogs needed to open the centre; `run()` returns it, or None if she quits."""

    def __init__(
        self,
        paths: DataPaths,
        language: str,
        on_language_chosen: Callable[[str], None],
        passphrase: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.parent = parent
        self.problem_shown = False  # a storage problem was explained (quitting is then right)
        self.paths = paths
        self.language = language
        self.on_language_chosen = on_language_chosen
        self.passphrase = passphrase  # from --passphrase-file, tried once

    def run(self) -> OpenCentre | None:
        try:
            state = storage.folder_state(self.paths)
        except StorageError as error:
            return self._problem(error)
        if state is FolderState.NEW:
            return self._set_up()
        if state is FolderState.RECOVERY:
            reason = QCoreApplication.translate(
                "StartupFlow",
                "The key settings for this database are missing or damaged on this computer.",
            )
            return self._recover(reason)
        if state is FolderState.KEYRING:
            try:
                return tasks.run(lambda progress: storage.open_with_keyring(self.paths))
            except StorageError as error:
                return self._problem(error)
        return self._ask_passphrase()

    def _set_up(self) -> OpenCentre | None:
        wizard = SetupWizard(
            self.paths,
            self.language,
            use_passphrase=not storage.keyring_is_secure(),
            parent=self.parent,
        )
        wizard.language_chosen.connect(self.on_language_chosen)
        wizard.exec()
        if wizard.restored and wizard.opened is None:
            # Restored from a backup but not opened yet: open it as at a normal start.
            return self.run()
        return wizard.opened

    def _ask_passphrase(self) -> OpenCentre | None:
        if self.passphrase is not None:
            given, self.passphrase = self.passphrase, None
            try:
                return tasks.run(lambda progress: storage.open_with_passphrase(self.paths, given))
            except StorageError as error:
                return self._problem(error)
        dialog = PassphraseDialog(self.paths, self.parent)
        result = dialog.exec()
        if result == QDialog.DialogCode.Accepted:
            return dialog.opened
        if result == PassphraseDialog.RECOVERY:
            return self._recover("")
        if dialog.failure is not None:
            return self._problem(dialog.failure)
        return None

    def _recover(self, reason: str) -> OpenCentre | None:
        dialog = RecoveryKeyDialog(
            self.paths,
            reason,
            ask_new_passphrase=not storage.keyring_is_secure(),
            parent=self.parent,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.opened
        if dialog.failure is not None:
            return self._problem(dialog.failure)
        return None

    def _problem(self, error: StorageError) -> OpenCentre | None:
        self.problem_shown = True
        dialog = StorageProblemDialog(error, self.paths, self.parent)
        if dialog.exec() == StorageProblemDialog.RECOVERY:
            return self._recover(tr_error(error))
        return None
