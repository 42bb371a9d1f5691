"""Automatic backups: the folder, the status (stale, due, drive unplugged), retention
(grandfather-father-son by local date) and the scheduled run.

Retention is also checked with hypothesis: the newest backup is always kept, another centre's
files and files that are not automatic backups are never deleted, at most
daily + weekly + monthly + 1 backups are kept, and the answer does not depend on the order.
"""

from __future__ import annotations

import io
import logging
import os
import random
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from osc_desktop.errors import BackupTargetMissing, PermissionDenied
from osc_desktop.models import AuditEvent
from osc_desktop.paths import DataPaths
from osc_desktop.security.recovery_key import new_database_key
from osc_desktop.services.backups import schedule as backup_schedule
from osc_desktop.services.backups.common import BackupInfo, backup_file_name
from osc_desktop.services.backups.format import BackupHeader, write_backup
from osc_desktop.services.backups.schedule import (
    BackupStatus,
    apply_retention,
    backup_folder,
    backup_status,
    retention_keep,
    run_scheduled_backup,
)
from osc_desktop.services.backups.verify import list_backups
from osc_desktop.services.core.clock import local_date
from osc_desktop.settings import MachineSettings
from tests.case_factory import actor_of

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=UTC)  # Monday 23 November, 12:00 in India
IST = timedelta(hours=5, minutes=30)


@pytest.fixture
def india() -> Iterator[None]:
    """The centre's days are India's (they differ from UTC ones) while this computer's own clock
    is set to New York's."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def _info(path: Path | str, created_at: datetime, code: str = "OSC-TEST") -> BackupInfo:
    return BackupInfo(Path(path), created_at, code, "rev", "1.0", 100, {})


def _ist(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment given in India's local time, as UTC."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC) - IST


def fake_backup(folder: Path, code: str, created_at: datetime, name: str | None = None) -> Path:
    """A small but real backup file (a real header; the payload is not a database)."""
    payload = b"not a database" * 4
    header = BackupHeader.new(
        created_at=created_at,
        app_version="1.0",
        schema_revision="rev",
        centre_code=code,
        manifest={"cases": 1},
        payload_bytes=len(payload),
    )
    path = folder / (name or backup_file_name(code, created_at) + ".oscbackup")
    with path.open("wb") as target:
        write_backup(io.BytesIO(payload), target, database_key=new_database_key(), header=header)
    return path


# --------------------------------------------------------------------------- the folder


def test_the_default_folder_is_backups_in_the_data_folder(tmp_path):
    paths = DataPaths(tmp_path / "data")
    assert backup_folder(paths, MachineSettings()) == paths.backups_dir
    assert backup_folder(paths, MachineSettings(backup_folder="   ")) == paths.backups_dir


def test_a_chosen_folder_is_used(tmp_path):
    paths = DataPaths(tmp_path / "data")
    chosen = tmp_path / "usb" / "OSC"
    assert backup_folder(paths, MachineSettings(backup_folder=str(chosen))) == chosen


def test_a_relative_folder_from_a_hand_edited_file_gives_the_default(tmp_path):
    paths = DataPaths(tmp_path / "data")
    assert backup_folder(paths, MachineSettings(backup_folder="usb/OSC")) == paths.backups_dir


# --------------------------------------------------------------------------- retention_keep


def test_grandfather_father_son_by_local_date(india):
    made = []
    day = datetime(2025, 10, 1)
    while day.date() <= datetime(2026, 11, 23).date():
        made.append(_ist(day.year, day.month, day.day, 6))
        made.append(_ist(day.year, day.month, day.day, 18))
        day += timedelta(days=1)
    made = [m for m in made if m <= NOW]
    backups = [_info(f"/b/{i}.oscbackup", moment) for i, moment in enumerate(made)]
    keep = retention_keep(backups, daily=3, weekly=3, monthly=3, now=NOW)
    kept_times = sorted(info.created_at + IST for info in backups if info.path in keep)
    assert [t.strftime("%a %d %b %H:%M") for t in kept_times] == [
        "Wed 30 Sep 18:00",  # month 3: September (2026)
        "Sat 31 Oct 18:00",  # month 2: October
        "Sun 15 Nov 18:00",  # week 3: ISO week 46
        "Sat 21 Nov 18:00",  # day 3
        "Sun 22 Nov 18:00",  # day 2, and week 2 (ISO week 47)
        "Mon 23 Nov 06:00",  # the newest: day 1, week 1 (48), month 1 (November)
    ]


def test_days_are_the_computers_local_days_not_utc_days(india):
    newest = _info("/b/newest", _ist(2026, 11, 23, 6))
    after_midnight = _info("/b/after", _ist(2026, 11, 23, 0, 30))  # 22 Nov 19:00 UTC
    before_midnight = _info("/b/before", _ist(2026, 11, 22, 23, 30))  # 22 Nov 18:00 UTC
    keep = retention_keep(
        [newest, after_midnight, before_midnight], daily=2, weekly=0, monthly=0, now=NOW
    )
    assert keep == {newest.path, before_midnight.path}


def test_days_without_backups_do_not_count(india):
    """A centre closed for a week keeps its last 2 backups, not none."""
    old = [_info(f"/b/{d}", _ist(2026, 11, d, 12)) for d in (1, 2, 3)]
    keep = retention_keep(old, daily=2, weekly=0, monthly=0, now=NOW)
    assert keep == {old[2].path, old[1].path}


def test_only_the_newest_is_kept_when_nothing_else_is_wanted():
    backups = [_info(f"/b/{i}", NOW - timedelta(hours=i)) for i in range(5)]
    assert retention_keep(backups, daily=0, weekly=0, monthly=0, now=NOW) == {Path("/b/0")}
    assert retention_keep([], daily=7, weekly=4, monthly=12, now=NOW) == set()


def test_backups_dated_in_the_future_are_kept_and_do_not_push_others_out():
    """A clock set wrong (a flat CMOS battery) must not make retention delete real backups."""
    future = [_info(f"/b/f{i}", NOW + timedelta(days=300 + i)) for i in range(3)]
    past = [_info(f"/b/p{i}", NOW - timedelta(days=i)) for i in range(10)]
    keep = retention_keep(future + past, daily=2, weekly=0, monthly=0, now=NOW)
    assert keep == {*(f.path for f in future), Path("/b/p0"), Path("/b/p1")}


moments = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)


@settings(max_examples=300)
@given(
    times=st.lists(moments, max_size=60),
    daily=st.integers(0, 10),
    weekly=st.integers(0, 6),
    monthly=st.integers(0, 14),
    now=moments,
    seed=st.randoms(use_true_random=False),
)
def test_retention_properties(times, daily, weekly, monthly, now, seed):
    backups = [_info(f"/b/{i:03}.oscbackup", moment) for i, moment in enumerate(times)]
    keep = retention_keep(backups, daily=daily, weekly=weekly, monthly=monthly, now=now)
    assert keep <= {info.path for info in backups}
    if backups:
        newest = max(backups, key=lambda info: (info.created_at, str(info.path)))
        assert newest.path in keep, "the newest is always kept"
    placed = [info for info in backups if info.created_at <= now]
    assert len([info for info in placed if info.path in keep]) <= daily + weekly + monthly + 1
    assert all(info.path in keep for info in backups if info.created_at > now)
    if placed:
        newest_placed = max(placed, key=lambda info: (info.created_at, str(info.path)))
        assert newest_placed.path in keep
    # Each of the `daily` newest local days that have backups keeps its newest backup.
    days = sorted({local_date(info.created_at) for info in placed}, reverse=True)
    for day in days[:daily]:
        of_day = [info for info in placed if local_date(info.created_at) == day]
        assert max(of_day, key=lambda info: (info.created_at, str(info.path))).path in keep
    # Deterministic: the same answer again, and whatever the order of the list.
    shuffled = list(backups)
    seed.shuffle(shuffled)
    assert retention_keep(shuffled, daily=daily, weekly=weekly, monthly=monthly, now=now) == keep


# --------------------------------------------------------------------------- apply_retention


def test_retention_deletes_only_this_centres_automatic_backups(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    ours = [fake_backup(folder, "OSC-TEST", NOW - timedelta(days=d)) for d in range(6)]
    theirs = [fake_backup(folder, "OSC-OTHER", NOW - timedelta(days=d)) for d in range(6)]
    renamed = fake_backup(folder, "OSC-TEST", NOW - timedelta(days=40), "keep-this.oscbackup")
    month_ago = NOW - timedelta(days=30)
    lying = fake_backup(  # this centre's, but not named as an automatic backup
        folder, "OSC-TEST", month_ago, backup_file_name("OSC-TEST", month_ago) + "-old.oscbackup"
    )
    misnamed = fake_backup(  # named as this centre's automatic backup, another centre's inside
        folder, "OSC-OTHER", month_ago, backup_file_name("OSC-TEST", month_ago) + ".oscbackup"
    )
    partial = folder / ".osc-backup-0123456789abcdef.partial"
    partial.write_bytes(b"half")
    note = folder / "notes.txt"
    note.write_text("drive of the centre")
    sub = folder / "old"
    sub.mkdir()
    old_in_sub = fake_backup(sub, "OSC-TEST", NOW - timedelta(days=400))
    settings_ = MachineSettings(keep_daily=2, keep_weekly=0, keep_monthly=0)

    deleted = apply_retention(folder, centre_code="OSC-TEST", settings=settings_, now=NOW)

    assert deleted == ours[:1:-1], "oldest first"
    assert all(not path.exists() for path in deleted)
    survivors = [*ours[:2], *theirs, renamed, lying, misnamed, partial, note, old_in_sub]
    assert all(path.exists() for path in survivors)


def test_retention_with_the_real_backups_of_a_centre(centre, tmp_path):
    folder = tmp_path / "usb"
    settings_ = MachineSettings(
        backup_folder=str(folder), keep_daily=2, keep_weekly=0, keep_monthly=0
    )
    made = [
        run_scheduled_backup(centre, settings_, by=None, now=NOW - timedelta(days=d)).path
        for d in (3, 2, 1, 0)
    ]
    assert [info.path for info in list_backups(folder)] == made[:1:-1]


def test_retention_of_a_missing_folder_says_so(tmp_path):
    with pytest.raises(BackupTargetMissing):
        apply_retention(tmp_path / "gone", centre_code="X", settings=MachineSettings(), now=NOW)


def test_a_backup_that_cannot_be_deleted_is_left_and_the_others_go(tmp_path, caplog):
    folder = tmp_path / "b"
    folder.mkdir()
    made = [fake_backup(folder, "OSC-TEST", NOW - timedelta(days=d)) for d in range(4)]
    real_unlink = Path.unlink

    def unlink(self, *args, **kwargs):
        if self == made[2]:
            raise PermissionError(13, "in use", str(self))
        return real_unlink(self, *args, **kwargs)

    settings_ = MachineSettings(keep_daily=1, keep_weekly=0, keep_monthly=0)
    with mock.patch.object(Path, "unlink", unlink), caplog.at_level(logging.WARNING):
        deleted = apply_retention(folder, centre_code="OSC-TEST", settings=settings_, now=NOW)
    assert deleted == [made[3], made[1]]
    assert made[2].exists()
    assert "PermissionError" in caplog.text and str(folder) not in caplog.text


entries = st.lists(
    st.tuples(
        st.sampled_from(["OSC-TEST", "OSC-OTHER", "OSC-TEST-2"]),
        st.integers(-3, 500),  # days before NOW (negative: dated in the future)
        st.integers(0, 23),
        st.sampled_from(["auto", "renamed", "other-centre-name"]),
    ),
    max_size=25,
)


@settings(max_examples=40)
@given(
    entries=entries,
    daily=st.integers(0, 8),
    weekly=st.integers(0, 5),
    monthly=st.integers(0, 13),
)
def test_apply_retention_properties(entries, daily, weekly, monthly):
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        others = {
            folder / "notes.txt": b"x",
            folder / ".osc-backup-00.partial": b"y",
            folder / "osc-OSC-TEST-20000101T000000Z.oscbackup.txt": b"z",
        }
        for path, content in others.items():
            path.write_bytes(content)
        made: dict[Path, tuple[str, datetime, bool]] = {}
        for number, (code, days, hour, naming) in enumerate(entries):
            moment = NOW - timedelta(days=days, hours=hour)
            if naming == "auto":
                file_name = None
            elif naming == "renamed":
                file_name = f"copy-{number}.oscbackup"
            else:
                other = "OSC-OTHER" if code != "OSC-OTHER" else "OSC-TEST"
                file_name = f"{backup_file_name(other, moment)}-{number + 2}.oscbackup"
            if (
                file_name is None
                and (folder / f"{backup_file_name(code, moment)}.oscbackup").exists()
            ):
                file_name = f"{backup_file_name(code, moment)}-{number + 2}.oscbackup"
            path = fake_backup(folder, code, moment, file_name)
            made[path] = (code, moment, code == "OSC-TEST" and naming == "auto")
        settings_ = MachineSettings(keep_daily=daily, keep_weekly=weekly, keep_monthly=monthly)

        deleted = apply_retention(folder, centre_code="OSC-TEST", settings=settings_, now=NOW)

        assert all(made[path][2] for path in deleted), "only this centre's automatic backups"
        assert all(path.read_bytes() == content for path, content in others.items())
        candidates = [path for path, (_, _, ours) in made.items() if ours]
        remaining = [path for path in candidates if path.exists()]
        assert len(remaining) == len(candidates) - len(deleted)
        if candidates:
            newest = max(candidates, key=lambda p: (made[p][1], str(p)))
            assert newest.exists(), "the newest is always kept"
        placed = [path for path in remaining if made[path][1] <= NOW]
        assert len(placed) <= daily + weekly + monthly + 1
        again = apply_retention(folder, centre_code="OSC-TEST", settings=settings_, now=NOW)
        assert again == [], "a second run deletes nothing more"


# --------------------------------------------------------------------------- status


def _paths_and_settings(tmp_path, **changes) -> tuple[DataPaths, MachineSettings]:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    return paths, replace(MachineSettings(), **changes)


def test_no_backup_yet_is_stale_and_due_but_not_missing(tmp_path):
    paths, settings_ = _paths_and_settings(tmp_path)
    status = backup_status(paths, settings_, centre_code="OSC-TEST", now=NOW)
    assert status == BackupStatus(None, None, folder_missing=False, stale=True, due=True)


def test_an_unplugged_drive_is_a_missing_folder(tmp_path):
    paths, settings_ = _paths_and_settings(
        tmp_path, backup_folder=str(tmp_path / "usb-drive" / "OSC")
    )
    status = backup_status(paths, settings_, centre_code="OSC-TEST", now=NOW)
    assert status == BackupStatus(None, None, folder_missing=True, stale=True, due=True)


def test_a_new_folder_on_a_plugged_in_drive_is_not_missing(tmp_path):
    (tmp_path / "usb-drive").mkdir()
    paths, settings_ = _paths_and_settings(
        tmp_path, backup_folder=str(tmp_path / "usb-drive" / "OSC")
    )
    assert not backup_status(paths, settings_, centre_code="X", now=NOW).folder_missing


@pytest.mark.parametrize(
    ("age", "every_hours", "stale", "due"),
    [
        (timedelta(0), 24, False, False),
        (timedelta(hours=5, minutes=59), 6, False, False),
        (timedelta(hours=6), 6, False, True),
        (timedelta(hours=23), 24, False, False),
        (timedelta(hours=24), 24, False, True),
        (timedelta(hours=24, seconds=1), 168, True, False),
        (timedelta(days=8), 168, True, True),
        (-timedelta(days=30), 1, False, False),  # dated in the future: the clock was wrong
    ],
)
def test_stale_and_due(tmp_path, age, every_hours, stale, due):
    paths, settings_ = _paths_and_settings(tmp_path, backup_every_hours=every_hours)
    paths.backups_dir.mkdir()
    fake_backup(paths.backups_dir, "OSC-TEST", NOW - age - timedelta(days=3))
    newest = fake_backup(paths.backups_dir, "OSC-TEST", NOW - age)
    fake_backup(paths.backups_dir, "OSC-OTHER", NOW)  # another centre's: not ours
    status = backup_status(paths, settings_, centre_code="OSC-TEST", now=NOW)
    assert status == BackupStatus(NOW - age, newest, False, stale, due)
    assert status.last_backup_at is not None and status.last_backup_at.tzinfo is not None


def test_only_another_centres_backups_count_as_none(tmp_path):
    paths, settings_ = _paths_and_settings(tmp_path)
    paths.backups_dir.mkdir()
    fake_backup(paths.backups_dir, "OSC-OTHER", NOW)
    status = backup_status(paths, settings_, centre_code="OSC-TEST", now=NOW)
    assert (status.last_backup_at, status.stale, status.due) == (None, True, True)


def test_an_unreadable_folder_never_raises(tmp_path):
    paths, settings_ = _paths_and_settings(tmp_path)
    paths.backups_dir.write_text("a file where the folder should be")
    status = backup_status(paths, settings_, centre_code="OSC-TEST", now=NOW)
    assert (status.last_backup_at, status.due) == (None, True)


# --------------------------------------------------------------------------- the scheduled run


def test_a_scheduled_backup_goes_into_the_chosen_folder_and_is_audited(centre, tmp_path):
    settings_ = MachineSettings(backup_folder=str(tmp_path / "usb"))
    info = run_scheduled_backup(centre, settings_, by=None, now=NOW)
    assert info.path.parent == tmp_path / "usb"
    assert info.centre_code == centre.profile.code
    status = backup_status(centre.paths, settings_, centre_code=centre.profile.code, now=NOW)
    assert (status.last_backup_path, status.stale, status.due) == (info.path, False, False)
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        action, user_id = uow.session.execute(
            select(AuditEvent.action, AuditEvent.user_id).order_by(AuditEvent.id.desc())
        ).first()
    assert (action, user_id) == ("backup_created", None)


def test_a_scheduled_backup_by_the_manager_defaults_to_the_data_folder(centre):
    manager = actor_of(centre.database, "asha.kumari")
    info = run_scheduled_backup(centre, MachineSettings(), by=manager, now=NOW)
    assert info.path.parent == centre.paths.backups_dir


def test_a_scheduled_backup_needs_manage_backups_for_a_signed_in_actor(centre, make_staff):
    make_staff("ravi.kumar", "counsellor")
    counsellor = actor_of(centre.database, "ravi.kumar")
    with pytest.raises(PermissionDenied):
        run_scheduled_backup(centre, MachineSettings(), by=counsellor, now=NOW)


def test_an_unplugged_drive_fails_the_scheduled_backup(centre, tmp_path):
    settings_ = MachineSettings(backup_folder=str(tmp_path / "usb-drive" / "OSC"))
    with pytest.raises(BackupTargetMissing):
        run_scheduled_backup(centre, settings_, by=None, now=NOW)


def test_a_retention_failure_never_fails_the_backup(centre, tmp_path, monkeypatch, caplog):
    def broken(*_args, **_kwargs):
        raise OSError(5, "I/O error", str(tmp_path / "secret-name"))

    monkeypatch.setattr(backup_schedule, "apply_retention", broken)
    settings_ = MachineSettings(backup_folder=str(tmp_path / "usb"))
    with caplog.at_level(logging.WARNING):
        info = run_scheduled_backup(centre, settings_, by=None, now=NOW)
    assert info.path.exists()
    assert "OSError" in caplog.text
    assert "secret-name" not in caplog.text and str(tmp_path) not in caplog.text


def test_scheduled_backups_over_days_keep_what_the_settings_say(centre, tmp_path):
    settings_ = MachineSettings(
        backup_folder=str(tmp_path / "usb"), keep_daily=3, keep_weekly=1, keep_monthly=1
    )
    rng = random.Random(5)
    for day in range(10, -1, -1):
        run_scheduled_backup(
            centre, settings_, by=None, now=NOW - timedelta(days=day, minutes=rng.randint(0, 60))
        )
    remaining = list_backups(tmp_path / "usb")
    assert 3 <= len(remaining) <= 3 + 1 + 1 + 1
    assert remaining[0].created_at >= NOW - timedelta(minutes=60)
