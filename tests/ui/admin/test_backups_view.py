"""Administration → Backups: settings, status, "Back up now", checking, asking for a restore."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from osc_desktop.errors import BackupTargetMissing
from osc_desktop.models import AuditEvent
from osc_desktop.services.backups.common import PROBLEM_MESSAGES, PROBLEM_TOO_NEW, PROBLEM_WRONG_KEY
from osc_desktop.services.backups.create import create_backup
from osc_desktop.services.backups.verify import list_backups
from osc_desktop.services.centre import settings as machine_settings
from osc_desktop.services.core.audit_log import AuditAction
from osc_desktop.ui.admin import backups_view as backups_view_module
from osc_desktop.ui.admin.administration_view import AdministrationView
from osc_desktop.ui.admin.backup_checks import UNREADABLE
from osc_desktop.ui.admin.backups_view import BackupsView
from tests.case_factory import actor_of

Column = BackupsView.Column


@pytest.fixture
def manager(open_centre):
    return actor_of(open_centre.database, "asha.kumari")


@pytest.fixture
def view(qtbot, switcher, open_centre, manager) -> BackupsView:
    widget = BackupsView(open_centre, manager)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def refusals(monkeypatch) -> list[object]:
    shown: list[object] = []
    monkeypatch.setattr(
        backups_view_module, "show_service_error", lambda _parent, error: shown.append(error)
    )
    return shown


@pytest.fixture
def questions(monkeypatch):
    """Confirmations asked; answered in turn from `questions.answers` (Yes when run out)."""

    class Asked(list):
        answers: ClassVar[list[QMessageBox.StandardButton]] = []

    asked = Asked()

    def question(_parent, title, text, *_args):
        asked.append((title, text))
        return asked.answers.pop(0) if asked.answers else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def _make_backup(centre, manager, days_ago: float = 0) -> Path:
    moment = datetime.now(UTC) - timedelta(days=days_ago)
    return create_backup(centre, centre.paths.backups_dir, by=manager, now=moment).path


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-40] ^= 0xFF
    path.write_bytes(bytes(data))


def _column(view: BackupsView, column: int) -> list[str]:
    return [view.model.item(row, column).text() for row in range(view.model.rowCount())]


# The tab


def test_the_tab_is_a_manager_s_and_built_only_when_opened(qtbot, switcher, open_centre, add_staff):
    add_staff("ravi.kumar", "operator")
    manager = actor_of(open_centre.database, "asha.kumari")
    admin = AdministrationView(open_centre, manager)
    qtbot.addWidget(admin)
    assert admin.tab_keys[-1] == "backups"
    assert admin.tabs.tabText(len(admin.tab_keys) - 1) == "Backups"
    lazy = admin.tabs.widget(admin.tab_keys.index("backups"))
    assert lazy.content is None
    assert isinstance(admin.tab("backups"), BackupsView)
    operator = actor_of(open_centre.database, "ravi.kumar")
    other = AdministrationView(open_centre, operator)
    qtbot.addWidget(other)
    assert "backups" not in other.tab_keys


def test_the_administration_view_passes_a_restore_request_on(
    qtbot, switcher, open_centre, manager, questions
):
    made = _make_backup(open_centre, manager, days_ago=1)
    admin = AdministrationView(open_centre, manager)
    qtbot.addWidget(admin)
    admin.show()
    view = admin.tab("backups")
    assert isinstance(view, BackupsView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)  # read when first shown
    view.table.selectRow(0)
    with qtbot.waitSignal(admin.restore_requested) as signal:
        view.restore_button.click()
    assert signal.args == [made]
    assert isinstance(signal.args[0], Path)


# Settings


def test_the_settings_are_shown_and_saved(qtbot, view, open_centre, tmp_path, monkeypatch):
    assert view.folder_edit.text() == ""
    assert view.folder_edit.placeholderText() == str(open_centre.paths.backups_dir)
    assert view.every_hours.value() == 24
    assert (view.keep_daily.value(), view.keep_weekly.value(), view.keep_monthly.value()) == (
        7,
        4,
        12,
    )
    chosen = tmp_path / "usb" / "osc-backups"
    chosen.mkdir(parents=True)
    asked: list[str] = []

    def choose(_parent, _title, start, *_args):
        asked.append(start)
        return str(chosen)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    view.choose_button.click()
    assert asked == [str(open_centre.paths.backups_dir)]
    assert view.folder_edit.text() == str(chosen)
    view.every_hours.setValue(6)
    view.keep_daily.setValue(3)
    view.keep_weekly.setValue(0)
    view.keep_monthly.setValue(24)
    with qtbot.waitSignal(view.settings_saved) as signal:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = machine_settings.read_settings(open_centre.paths)
    assert signal.args == [saved]
    assert (
        saved.backup_folder,
        saved.backup_every_hours,
        saved.keep_daily,
        saved.keep_weekly,
        saved.keep_monthly,
    ) == (str(chosen), 6, 3, 0, 24)
    assert view.saved_label.text() == "Saved."
    assert view.folder() == chosen
    assert str(chosen) in view.status_label.text()


def test_a_folder_that_is_not_a_full_path_is_refused_beside_it(view, open_centre):
    view.folder_edit.setText("backups here")
    view.every_hours.setValue(12)
    view.save_button.click()
    error = view.fields["backup_folder"].error
    assert not error.isHidden()
    assert "full path" in error.text()
    assert view.fields["backup_every_hours"].error.isHidden()
    assert machine_settings.read_settings(open_centre.paths).backup_every_hours == 24
    assert view.saved_label.text() == ""


def test_a_refused_save_is_explained(view, refusals, monkeypatch):
    def refuse(*_args, **_kwargs):
        raise BackupTargetMissing("test")

    monkeypatch.setattr(machine_settings, "update_backup_settings", refuse)
    view.save_button.click()
    assert len(refusals) == 1 and isinstance(refusals[0], BackupTargetMissing)


# Status and "Back up now"


def test_no_backup_yet_is_a_warning(view):
    assert view.model.rowCount() == 0
    assert view.list_stack.currentWidget() is view.empty_label
    assert view.warning_label.text() == "No backup has been made yet."
    assert not view.verify_button.isEnabled()
    assert not view.restore_button.isEnabled()


def test_a_missing_backup_drive_is_a_warning(qtbot, switcher, open_centre, manager):
    with open_centre.database.unit_of_work() as uow:
        machine_settings.update_backup_settings(
            uow,
            manager,
            open_centre.paths,
            folder=str(open_centre.paths.root / "no-drive" / "osc-backups"),
            every_hours=24,
            keep_daily=7,
            keep_weekly=4,
            keep_monthly=12,
        )
    view = BackupsView(open_centre, manager)
    qtbot.addWidget(view)
    view.show()
    assert "Backup folder not found: plug in the backup drive." in view.warning_label.text()
    assert view.warning_label.isVisibleTo(view)


def test_an_old_backup_is_a_warning(view, open_centre, manager):
    _make_backup(open_centre, manager, days_ago=2)
    view.reload()
    assert view.status_label.text().startswith("Last backup: ")
    assert view.warning_label.text() == "No backup for more than 24 hours."


def test_back_up_now_makes_a_backup_and_lists_it(view, open_centre, refusals):
    view.backup_button.click()
    assert refusals == []
    found = list_backups(open_centre.paths.backups_dir)
    assert len(found) == 1
    assert view.model.rowCount() == 1
    assert view.selected() == found[0]
    assert _column(view, Column.CENTRE) == ["PAT"]
    assert view.warning_label.isHidden()
    assert view.status_label.text().startswith("Last backup: ")
    assert view.outcome_label.text().startswith("Backup made: osc-PAT-")
    assert view.backup_button.isEnabled()
    with open_centre.database.unit_of_work() as uow:
        actions = uow.session.scalars(select(AuditEvent.action)).all()
    assert AuditAction.BACKUP_CREATED.value in actions


def test_back_up_now_applies_retention(view, open_centre, manager):
    for days in (40, 39, 38):
        _make_backup(open_centre, manager, days_ago=days)
    view.keep_daily.setValue(1)
    view.keep_weekly.setValue(0)
    view.keep_monthly.setValue(0)
    view.save_button.click()
    view.backup_button.click()
    assert view.model.rowCount() == 1


def test_a_failed_backup_is_explained(view, refusals, monkeypatch):
    def fail(*_args, **_kwargs):
        raise BackupTargetMissing("test")

    monkeypatch.setattr(backups_view_module.backup_schedule, "run_scheduled_backup", fail)
    view.backup_button.click()
    assert len(refusals) == 1
    assert view.backup_button.isEnabled()
    assert view.outcome_label.isHidden()


# Checking


def test_verify_all_says_which_can_be_restored(view, open_centre, manager):
    _make_backup(open_centre, manager, days_ago=3)
    damaged = _make_backup(open_centre, manager, days_ago=2)
    _damage(damaged)
    view.reload()
    assert _column(view, Column.CHECK) == ["", ""]
    view.verify_button.click()
    # Newest first: the damaged one, then the good one.
    assert _column(view, Column.CHECK) == ["Damaged", "OK: can be restored"]
    tip = view.model.item(0, Column.CHECK).toolTip()
    assert tip == "The backup file is damaged, incomplete or has been altered."
    assert view.outcome_label.text() == ("1 of 2 backups cannot be restored: see the Check column.")
    view.reload()  # the results stay while the files are there
    assert _column(view, Column.CHECK) == ["Damaged", "OK: can be restored"]


def test_every_result_has_clear_words(view):
    for code in PROBLEM_MESSAGES:
        assert view.check_text(code)
        assert view.check_explanation(code)
    assert view.check_text(PROBLEM_WRONG_KEY) == "Wrong key"
    assert view.check_text(PROBLEM_TOO_NEW) == "Made by a newer version"
    assert view.check_text(UNREADABLE) == "Could not be read"


def test_a_backup_that_went_missing_is_unreadable(view, open_centre, manager):
    made = _make_backup(open_centre, manager)
    view.reload()
    made.unlink()
    view.verify_button.click()
    assert _column(view, Column.CHECK) == ["Could not be read"]


# Restore


def test_restore_asks_twice_then_asks_the_main_window(view, open_centre, manager, questions):
    older = _make_backup(open_centre, manager, days_ago=2)
    _make_backup(open_centre, manager, days_ago=1)
    view.reload()
    view.table.selectRow(1)
    emitted: list[Path] = []
    view.restore_requested.connect(emitted.append)

    questions.answers = [QMessageBox.StandardButton.No]
    view.restore_button.click()
    assert len(questions) == 1 and emitted == []
    assert "before-restore" in questions[0][1]

    questions.answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]
    view.restore_button.click()
    assert len(questions) == 3 and emitted == []

    questions.answers = []
    view.restore_button.click()
    assert emitted == [older]


def test_a_damaged_backup_is_not_offered_for_restore(view, open_centre, manager, warnings):
    made = _make_backup(open_centre, manager)
    _damage(made)
    view.reload()
    view.verify_button.click()
    view.table.selectRow(0)
    emitted: list[Path] = []
    view.restore_requested.connect(emitted.append)
    view.restore_button.click()
    assert emitted == []
    assert len(warnings) == 1 and "cannot be restored" in warnings[0]


# Language


def test_the_screen_retranslates(view, open_centre, manager, switcher):
    _make_backup(open_centre, manager)
    view.reload()
    view.verify_button.click()
    switcher.set_language("hi")
    assert view.backup_button.text()
    assert _column(view, Column.CHECK)[0]
    switcher.set_language("en")
    assert view.backup_button.text() == "&Back up now"
    assert _column(view, Column.CHECK) == ["OK: can be restored"]
