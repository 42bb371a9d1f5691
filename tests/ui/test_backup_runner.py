"""Scheduled backups while the records are open, at exit, and the status bar's backup line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from osc_desktop.services.backups.verify import list_backups
from osc_desktop.services.core.clock import centre_zone
from osc_desktop.settings import MachineSettings, save_settings
from osc_desktop.ui.backup_runner import BackupRunner, BackupStatusLabel
from osc_desktop.ui.main_window import MainWindow

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def folder(tmp_path, ui_paths):
    folder = tmp_path / "backup-drive" / "osc"
    folder.parent.mkdir()
    save_settings(ui_paths.settings, MachineSettings(backup_folder=str(folder)))
    return folder


def _runner(qtbot, centre, clock, **kwargs) -> tuple[BackupRunner, BackupStatusLabel]:
    runner = BackupRunner(centre, clock=clock, **kwargs)
    label = BackupStatusLabel()
    qtbot.addWidget(label)
    label.follow(runner)
    return runner, label


def test_the_first_check_after_opening_makes_the_due_backup_and_the_timer_goes_on(
    qtbot, switcher, open_centre, folder, clock
):
    runner, label = _runner(qtbot, open_centre, clock, check_every_ms=30, first_check_ms=10)
    with qtbot.waitSignal(runner.status_changed, timeout=15000):
        runner.start()  # the status is shown at once: no backup yet, a warning
    assert label.text() == "No backup yet"
    assert label.warning
    qtbot.waitUntil(lambda: runner.backups_made == 1, timeout=15000)
    assert [b.created_at for b in list_backups(folder)] == [START]
    assert label.text() == "Last backup: 23-11-2026 " + START.astimezone(centre_zone()).strftime(
        "%H:%M"
    )
    assert not label.warning
    # Not due again for 24 hours (the default): the later checks make nothing.
    clock.now = START + timedelta(hours=23)
    checks: list[int] = []
    runner.timer.timeout.connect(lambda: checks.append(runner.backups_made))
    qtbot.waitUntil(lambda: len(checks) >= 3, timeout=15000)  # three checks, however slow
    assert runner.backups_made == 1
    clock.now = START + timedelta(hours=24, minutes=1)
    qtbot.waitUntil(lambda: runner.backups_made == 2, timeout=15000)
    runner.stop()
    assert len(list_backups(folder)) == 2  # one a day is kept


def test_the_interval_follows_the_saved_settings(qtbot, switcher, open_centre, folder, clock):
    runner, _label = _runner(qtbot, open_centre, clock)
    assert runner.check()
    clock.now = START + timedelta(hours=3)
    assert not runner.check()
    save_settings(
        open_centre.paths.settings,
        MachineSettings(backup_folder=str(folder), backup_every_hours=2),
    )
    assert runner.check()
    # Retention keeps the newest of the day.
    assert [b.created_at for b in list_backups(folder)] == [START + timedelta(hours=3)]


def test_an_unplugged_drive_is_shown_in_red_and_never_raises(
    qtbot, switcher, open_centre, tmp_path, clock
):
    save_settings(
        open_centre.paths.settings,
        MachineSettings(backup_folder=str(tmp_path / "unplugged" / "osc")),
    )
    runner, label = _runner(qtbot, open_centre, clock)
    assert not runner.check()
    assert runner.failed
    assert label.warning
    assert "Backup folder not found: plug in the backup drive" in label.text()
    assert label.text() == "No backup yet — Backup folder not found: plug in the backup drive"
    assert "color: #b71c1c" in label.styleSheet()
    # The drive is back: the next check backs up and the warning goes.
    (tmp_path / "unplugged").mkdir()
    assert runner.check()
    assert not runner.failed
    assert not label.warning
    assert label.text().startswith("Last backup: ")


def test_an_unexpected_failure_is_shown_not_raised(
    qtbot, switcher, open_centre, folder, clock, monkeypatch
):
    import osc_desktop.services.backups.schedule as schedule

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(schedule, "run_scheduled_backup", broken)
    runner, label = _runner(qtbot, open_centre, clock)
    assert not runner.back_up_now()
    assert label.warning
    assert label.text().endswith("The automatic backup failed.")


def test_an_old_backup_is_warned_about(qtbot, switcher, open_centre, folder, clock):
    runner, label = _runner(qtbot, open_centre, clock)
    assert runner.back_up_now()
    clock.now = START + timedelta(hours=25)
    runner.refresh_status()
    assert label.warning
    assert label.text().endswith("No backup for more than 24 hours")


@pytest.mark.parametrize(
    ("age", "made"), [(timedelta(minutes=20), False), (timedelta(hours=2), True)]
)
def test_at_exit_a_backup_is_made_when_the_last_is_older_than_an_hour(
    qtbot, switcher, open_centre, folder, clock, age, made
):
    runner, _label = _runner(qtbot, open_centre, clock)
    assert runner.back_up_now()
    clock.now = START + age
    assert runner.run_at_exit() is made
    newest = max(b.created_at for b in list_backups(folder))
    assert newest == (START + age if made else START)


def test_the_main_window_shows_the_backup_line_and_backs_up_when_it_closes(
    qtbot, switcher, open_centre, folder
):
    window = MainWindow("en", auto_backup=True)
    qtbot.addWidget(window)
    window.show()
    window.show_centre(open_centre)
    runner = window.backup_runner
    assert runner is not None
    assert window.backup_status.text().startswith("No backup yet")
    assert runner.timer.isActive()  # the first check is a minute away
    window.close()
    assert window.backup_runner is None
    assert len(list_backups(folder)) == 1
    assert window.backup_status.text().startswith("Last backup: ")


def test_without_auto_backup_the_window_makes_none(qtbot, switcher, open_centre, folder):
    window = MainWindow("en")
    qtbot.addWidget(window)
    window.show_centre(open_centre)
    window.close()
    assert window.backup_runner is None
    assert window.backup_status.text() == ""
    assert not folder.exists()


def test_a_failed_backup_says_why_until_the_next_one_succeeds(
    qtbot, switcher, open_centre, folder, clock, monkeypatch
):
    import osc_desktop.services.backups.schedule as schedule
    from osc_desktop.errors import BackupTargetFull

    real = schedule.run_scheduled_backup

    def full(*_args, **_kwargs):
        raise BackupTargetFull("no space")

    monkeypatch.setattr(schedule, "run_scheduled_backup", full)
    runner, label = _runner(qtbot, open_centre, clock)
    assert not runner.check()
    assert label.warning
    assert label.text().endswith("The automatic backup failed: The backup drive or folder is full.")
    monkeypatch.setattr(schedule, "run_scheduled_backup", real)
    assert runner.check()
    assert not label.warning
