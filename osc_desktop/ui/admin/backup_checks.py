"""The backups screen's checks: "Verify all", each backup's result in words, and asking for a
restore (twice) once a backup may be restored."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMessageBox

from osc_desktop.errors import OscError
from osc_desktop.services.backups.common import (
    PROBLEM_DAMAGED,
    PROBLEM_INTEGRITY,
    PROBLEM_MANIFEST,
    PROBLEM_MESSAGES,
    PROBLEM_OK,
    PROBLEM_OTHER_CENTRE,
    PROBLEM_TOO_NEW,
    PROBLEM_WRONG_KEY,
    BackupInfo,
    VerifyResult,
)
from osc_desktop.services.backups.verify import verify_backup
from osc_desktop.services.core.progress import Cancelled
from osc_desktop.ui import tasks
from osc_desktop.ui.formats import format_moment
from osc_desktop.ui.widgets.form_field import ERROR_STYLE
from osc_desktop.ui.widgets.outcome_label import OutcomeLabel

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

OK_COLOUR = "#1b5e20"
BAD_COLOUR = "#b3261e"
OK_STYLE = f"color: {OK_COLOUR};"
# The result of a check that could not be made (the file could not be read).
UNREADABLE = "unreadable"


class BackupColumn:
    """The columns of the list of backups."""

    MADE = 0
    SIZE = 1
    CENTRE = 2
    CHECK = 3
    COUNT = 4


class BackupChecks:
    """Mixin for the backups screen: checking the backups and asking for a restore.

    The screen provides `centre`, `backups`, `checks`, `model`, `outcome_label`,
    `restore_requested`, `selected()`, `_fill_table()` and `_set_enabled()`.
    """

    centre: OpenCentre
    backups: list[BackupInfo]
    # Results of "Verify all", by file: a PROBLEM_* code, or UNREADABLE.
    checks: dict[Path, str]
    model: QStandardItemModel
    outcome_label: OutcomeLabel
    restore_requested: Signal

    # -- the results in words ---------------------------------------------------------------

    def _show_check(self, item: QStandardItem, code: str | None) -> None:
        """The check column of one backup: its result in words (green when it can be
        restored, red otherwise), explained in the tooltip; empty while not checked."""
        if code is None:
            return
        item.setText(self.check_text(code))
        item.setToolTip(self.check_explanation(code))
        item.setForeground(QBrush(QColor(OK_COLOUR if not code else BAD_COLOUR)))

    def check_text(self, code: str) -> str:
        """The verify result of one backup, in a few clear words."""
        words = {
            PROBLEM_OK: self.tr("OK: can be restored"),
            PROBLEM_DAMAGED: self.tr("Damaged"),
            PROBLEM_WRONG_KEY: self.tr("Wrong key"),
            PROBLEM_OTHER_CENTRE: self.tr("Another centre's backup"),
            PROBLEM_TOO_NEW: self.tr("Made by a newer version"),
            PROBLEM_INTEGRITY: self.tr("Damaged"),
            PROBLEM_MANIFEST: self.tr("Damaged: records missing"),
            UNREADABLE: self.tr("Could not be read"),
        }
        return words.get(code, self.tr("Damaged"))

    def check_explanation(self, code: str) -> str:
        if code == UNREADABLE:
            return self.tr("The file could not be read: check the drive and try again.")
        message = PROBLEM_MESSAGES.get(code, PROBLEM_MESSAGES["damaged"])
        return QCoreApplication.translate("backups", message)

    # -- checking ---------------------------------------------------------------------------

    def _on_verify_button_clicked(self) -> None:
        """Check every backup in the list with this centre's key, one after the other."""
        if not self.backups:
            return
        self._set_enabled(False)
        total = len(self.backups)
        try:
            for row, info in enumerate(list(self.backups)):
                title = (
                    self.tr("Checking backup %1 of %2…")
                    .replace("%1", QLocale().toString(row + 1))
                    .replace("%2", QLocale().toString(total))
                )
                try:
                    self.checks[info.path] = self._verify(info.path, title).problem
                except Cancelled:
                    break  # the ones checked keep their result; the rest stay unchecked
                item = self.model.item(row, BackupColumn.CHECK)
                if item is not None:
                    self._show_check(item, self.checks[info.path])  # each result as it comes
        finally:
            self._set_enabled(True)
        self._fill_table()
        bad = sum(1 for info in self.backups if self.checks.get(info.path))
        total = len(self.backups)
        self.outcome_label.set_outcome(lambda: self._verify_summary(total, bad))

    def _verify(self, path: Path, title: str) -> VerifyResult:
        """Check one backup (on the task runner, with Cancel). Raises Cancelled."""
        key, code = self.centre.database_key, self.centre.profile.code
        try:
            return tasks.run(
                lambda progress: verify_backup(
                    path, database_key=key, expected_centre=code, progress=progress
                ),
                title=title,
                cancellable=True,
                parent=self,
            )
        except Cancelled:
            raise
        except OscError:
            return VerifyResult(path, False, UNREADABLE)

    def _verify_summary(self, total: int, bad: int) -> tuple[str, str]:
        if not bad:
            text = (
                self.tr("The backup is complete and can be restored.")
                if total == 1
                else self.tr("All %1 backups are complete and can be restored.").replace(
                    "%1", QLocale().toString(total)
                )
            )
            return text, OK_STYLE
        text = self.tr("%1 of %2 backups cannot be restored: see the Check column.")
        return (
            text.replace("%1", QLocale().toString(bad)).replace("%2", QLocale().toString(total)),
            ERROR_STYLE,
        )

    # -- restore ----------------------------------------------------------------------------

    def _on_restore_button_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        code = self.checks.get(info.path)
        if code:
            QMessageBox.warning(
                self,
                self.tr("Restore from a backup"),
                self.tr("This backup cannot be restored: %1").replace(
                    "%1", self.check_explanation(code)
                ),
            )
            return
        if info.centre_code != self.centre.profile.code:
            QMessageBox.warning(
                self,
                self.tr("Restore from a backup"),
                self.tr(
                    "This backup belongs to another centre (%1). Only this centre's backups can "
                    "be restored here."
                ).replace("%1", info.centre_code),
            )
            return
        made = format_moment(info.created_at)
        first = self._confirm(
            self.tr("Restore from a backup"),
            self.tr(
                "Replace the records on this computer with the backup of %1?\n\n"
                "Everything recorded after that backup was made will no longer be in the "
                "records. The current records are not deleted: they are kept aside, in the "
                "before-restore folder inside the data folder.\n\n"
                "Everyone is signed out, and you will need the printed recovery key."
            ).replace("%1", made),
        )
        if not first:
            return
        second = self._confirm(
            self.tr("Restore from a backup"),
            self.tr(
                "Are you sure? The records will go back to how they were on %1.\n\nRestore now?"
            ).replace("%1", made),
        )
        if second:
            self.restore_requested.emit(info.path)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
