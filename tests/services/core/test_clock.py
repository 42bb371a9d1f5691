"""The centre's time zone: case numbers, today, days and follow-ups, whatever the PC's own zone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from osc_desktop.errors import PermissionDenied, ValidationError
from osc_desktop.models import AuditEvent, Centre
from osc_desktop.services.accounts.auth import local_time_label
from osc_desktop.services.cases.counts import today_counts
from osc_desktop.services.cases.follow_ups import case_follow_ups
from osc_desktop.services.cases.record import open_case
from osc_desktop.services.cases.status import dispose_case
from osc_desktop.services.centre.setup import get_centre_profile, set_centre_time_zone
from osc_desktop.services.core import clock
from osc_desktop.services.core.audit_log import AuditAction
from tests.case_factory import actor_of, register

# 00:30 on 1 April 2027 in India: still 31 March (19:00) in UTC, and 15:00 in New York.
HALF_PAST_MIDNIGHT_1_APRIL_IST = datetime(2027, 3, 31, 19, 0, tzinfo=UTC)

PC_ZONES = ["UTC", "America/New_York", "Asia/Kolkata"]


@pytest.mark.parametrize("pc_zone", PC_ZONES)
def test_a_case_registered_at_half_past_midnight_on_1_april_is_in_the_new_year(
    db, boss, pc_time_zone, pc_zone
):
    pc_time_zone(pc_zone)
    ref = register(db, boss, now=HALF_PAST_MIDNIGHT_1_APRIL_IST)
    assert ref.case_number == "PAT/2027-28/0001"


@pytest.mark.parametrize("pc_zone", PC_ZONES)
def test_days_since_registration_count_the_centres_days(db, boss, pc_time_zone, pc_zone):
    pc_time_zone(pc_zone)
    # 23:50 on 23 November in India; 18:20 UTC, 13:20 in New York.
    registered = datetime(2026, 11, 23, 18, 20, tzinfo=UTC)
    ref = register(db, boss, now=registered)
    # 00:10 on 25 November in India is the second day after, though UTC says 24 November.
    with db.unit_of_work() as uow:
        detail = open_case(uow, ref.id, by=boss, today=clock.local_today(registered))
    assert detail.days_since_registration == 0
    later = datetime(2026, 11, 24, 18, 40, tzinfo=UTC)
    assert clock.local_today(later) == date(2026, 11, 25)
    with db.unit_of_work() as uow:
        detail = open_case(uow, ref.id, by=boss, today=clock.local_today(later))
    assert detail.days_since_registration == 2


@pytest.mark.parametrize("pc_zone", PC_ZONES)
def test_registered_today_counts_the_centres_day(db, boss, pc_time_zone, pc_zone):
    pc_time_zone(pc_zone)
    register(db, boss, quick=True, now=datetime(2026, 11, 22, 18, 29, tzinfo=UTC))  # 22nd IST
    register(db, boss, quick=True, now=datetime(2026, 11, 22, 18, 31, tzinfo=UTC))  # 23rd IST
    register(db, boss, quick=True, now=datetime(2026, 11, 23, 18, 29, tzinfo=UTC))  # 23rd IST
    with db.unit_of_work() as uow:
        counts = today_counts(uow, by=boss, today=date(2026, 11, 23))
    assert counts.registered_today == 2


@pytest.mark.parametrize("pc_zone", PC_ZONES)
def test_follow_ups_fall_due_from_the_centres_disposal_day(db, boss, pc_time_zone, pc_zone):
    pc_time_zone(pc_zone)
    ref = register(db, boss, now=datetime(2026, 11, 20, 6, 0, tzinfo=UTC))
    # 00:15 on 1 December in India, 30 November in UTC and in New York.
    disposed = datetime(2026, 11, 30, 18, 45, tzinfo=UTC)
    with db.unit_of_work() as uow:
        dispose_case(uow, ref.id, outcome="resolved_by_counselling", note="", by=boss, now=disposed)
    with db.unit_of_work() as uow:
        due = [row.due_on for row in case_follow_ups(uow, ref.id, by=boss, today=date(2026, 12, 1))]
    assert due == [date(2027, 1, 1), date(2027, 3, 1), date(2027, 6, 1)]


def test_times_in_messages_are_on_the_centres_clock(pc_time_zone):
    pc_time_zone("America/New_York")
    assert local_time_label(datetime(2026, 11, 23, 9, 5, tzinfo=UTC)) == "14:35"


def test_day_bounds_are_the_centres_midnights(pc_time_zone):
    pc_time_zone("UTC")
    start, end = clock.local_day_bounds(date(2026, 11, 23))
    assert start == datetime(2026, 11, 22, 18, 30, tzinfo=UTC)
    assert end == datetime(2026, 11, 23, 18, 30, tzinfo=UTC)
    assert clock.at_local_time(date(2026, 11, 23), 9, 30) == datetime(
        2026, 11, 23, 4, 0, tzinfo=UTC
    )


def test_another_centre_zone_moves_the_day_boundaries(db, boss, pc_time_zone):
    pc_time_zone("Asia/Kolkata")
    with db.unit_of_work() as uow:
        profile = set_centre_time_zone(uow, "Asia/Kathmandu", by=boss)  # UTC+5:45
    assert profile.time_zone == "Asia/Kathmandu"
    assert clock.centre_time_zone_name() == "Asia/Kathmandu"
    # 18:20 UTC on 31 March is 00:05 on 1 April in Kathmandu, 23:50 on 31 March in India.
    ref = register(db, boss, quick=True, now=datetime(2027, 3, 31, 18, 20, tzinfo=UTC))
    assert ref.case_number == "PAT/2027-28/0001"


def _time_zone_changes(db) -> list[dict]:
    with db.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent.details).where(
                AuditEvent.action == AuditAction.SETTINGS_CHANGED.value
            )
        ).all()
    return [json.loads(details) for details in events]


def test_changing_the_time_zone_is_kept_and_audited(db, boss):
    with db.unit_of_work() as uow:
        set_centre_time_zone(uow, "Asia/Dhaka", by=boss)
    clock.use_centre_time_zone(clock.DEFAULT_TIME_ZONE)  # as a fresh process would start
    with db.unit_of_work() as uow:
        assert get_centre_profile(uow).time_zone == "Asia/Dhaka"
    changes = _time_zone_changes(db)
    assert [change["fields"] for change in changes] == [["time_zone"]]
    assert changes[0]["time_zone"] == "Asia/Dhaka"
    with db.unit_of_work() as uow:  # the same again changes nothing, records nothing
        set_centre_time_zone(uow, "Asia/Dhaka", by=boss)
    assert len(_time_zone_changes(db)) == 1


@pytest.mark.parametrize("name", ["", "India", "Asia/Nowhere", "../../etc/passwd", "local"])
def test_an_unknown_time_zone_is_refused_next_to_the_field(db, boss, name):
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as refused:
        set_centre_time_zone(uow, name, by=boss)
    assert set(refused.value.field_errors) == {"time_zone"}
    with db.unit_of_work() as uow:
        assert uow.session.scalars(select(Centre.time_zone)).one() == "Asia/Kolkata"
    assert clock.centre_time_zone_name() == "Asia/Kolkata"


def test_only_a_manager_changes_the_time_zone(centre, make_staff):
    make_staff("ravi", role="operator")
    operator = actor_of(centre.database, "ravi")
    with centre.database.unit_of_work() as uow, pytest.raises(PermissionDenied):
        set_centre_time_zone(uow, "Asia/Dhaka", by=operator)


def test_opening_a_centre_takes_its_time_zone(centre, data_paths):
    from osc_desktop.services.centre import storage

    with centre.database.unit_of_work() as uow:
        set_centre_time_zone(uow, "Asia/Kathmandu", by=actor_of(centre.database, "asha.kumari"))
    centre.close()
    clock.use_centre_time_zone(clock.DEFAULT_TIME_ZONE)
    opened = storage.open_with_keyring(data_paths)
    try:
        assert opened.profile.time_zone == "Asia/Kathmandu"
        assert clock.centre_time_zone_name() == "Asia/Kathmandu"
    finally:
        opened.close()


def test_a_zone_this_version_lacks_falls_back_to_india_not_to_the_pc(pc_time_zone):
    pc_time_zone("America/New_York")
    clock.use_centre_time_zone("Mars/Olympus_Mons")
    assert clock.centre_time_zone_name() == clock.DEFAULT_TIME_ZONE


def test_the_default_zone_is_offered_first():
    names = clock.time_zone_names()
    assert names[0] == "Asia/Kolkata"
    assert "America/New_York" in names
    assert len(names) == len(set(names))


_REGISTER_IN_A_CHILD = """
import sys
from datetime import UTC, datetime
from osc_desktop.db.engine import open_database
from osc_desktop.db.migrate import upgrade_to_head
from osc_desktop.db.unit_of_work import Database
from osc_desktop.security.recovery_key import new_database_key
from osc_desktop.services.cases.dto import IntakeInput
from osc_desktop.services.centre.setup import CentreProfileInput, ManagerAccountInput, record_centre
from osc_desktop.services.cases.intake import register_case
from tests.case_factory import actor_of
from pathlib import Path

folder = Path(sys.argv[1])
engine = open_database(folder / "osc.db", new_database_key())
upgrade_to_head(engine, folder / "osc.db", folder / "pre")
db = Database(engine)
with db.unit_of_work() as uow:
    record_centre(
        uow,
        CentreProfileInput(name="OSC Patna", code="PAT", district="Patna", state="Bihar"),
        ManagerAccountInput("Asha Kumari", "asha.kumari", "sahi-password-42", "sahi-password-42"),
    )
boss = actor_of(db, "asha.kumari")
with db.unit_of_work() as uow:
    ref = register_case(
        uow,
        IntakeInput(arrival="walk_in", full_name="Test"),
        by=boss,
        now=datetime(2027, 3, 31, 19, 0, tzinfo=UTC),
    )
print(ref.case_number)
"""


@pytest.mark.parametrize("pc_zone", ["UTC", "America/New_York"])
def test_a_process_started_on_a_pc_in_another_zone_numbers_in_the_centres(tmp_path, pc_zone):
    env = {**os.environ, "TZ": pc_zone}
    done = subprocess.run(
        [sys.executable, "-c", _REGISTER_IN_A_CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=os.getcwd(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "PAT/2027-28/0001"


def test_registration_after_the_last_day_of_march_in_india_only(db, boss, pc_time_zone):
    pc_time_zone("UTC")
    just_before = HALF_PAST_MIDNIGHT_1_APRIL_IST - timedelta(minutes=31)  # 23:59 on 31 March
    assert register(db, boss, quick=True, now=just_before).case_number == "PAT/2026-27/0001"
    later = register(db, boss, quick=True, now=HALF_PAST_MIDNIGHT_1_APRIL_IST)
    assert later.case_number == "PAT/2027-28/0001"


def test_printed_times_are_on_the_centres_clock(pc_time_zone):
    from osc_desktop.printing.case_form_parts import format_local_time

    pc_time_zone("America/New_York")
    assert format_local_time(datetime(2026, 11, 23, 18, 40, tzinfo=UTC)) == "24-11-2026, 00:10"
