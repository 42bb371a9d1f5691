"""Case numbers: the format, the financial year, never reused, unique under concurrent saves."""

from __future__ import annotations

import contextlib
import shutil
import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event, select

from osc_desktop.db.engine import open_database
from osc_desktop.db.unit_of_work import Database
from osc_desktop.models import Case, CaseSequence
from osc_desktop.services.cases import intake
from osc_desktop.services.cases.numbers import allocate_case_number, format_case_number
from osc_desktop.services.centre.setup import record_centre
from osc_desktop.services.core.clock import at_local_time, centre_zone
from tests.case_factory import actor_of, register


def at(day: date) -> datetime:
    """Midday local time on `day`, as an aware UTC datetime."""
    return at_local_time(day, 12)


def test_format_pads_the_sequence_to_four_digits():
    assert format_case_number("PAT", "2026-27", 42) == "PAT/2026-27/0042"
    assert format_case_number("PAT", "2026-27", 1) == "PAT/2026-27/0001"


def test_format_never_cuts_a_sequence_past_9999():
    assert format_case_number("GAY", "2030-31", 12345) == "GAY/2030-31/12345"


def test_numbers_follow_one_another_in_a_year(db, boss):
    refs = [register(db, boss, now=at(date(2026, 11, 23))) for _ in range(3)]
    assert [r.case_number for r in refs] == [
        "PAT/2026-27/0001",
        "PAT/2026-27/0002",
        "PAT/2026-27/0003",
    ]


def test_the_sequence_restarts_on_1_april(db, boss):
    assert register(db, boss, now=at(date(2027, 3, 30))).case_number == "PAT/2026-27/0001"
    assert register(db, boss, now=at(date(2027, 3, 31))).case_number == "PAT/2026-27/0002"
    assert register(db, boss, now=at(date(2027, 4, 1))).case_number == "PAT/2027-28/0001"
    # A case registered late for the old year goes on from that year's counter.
    assert register(db, boss, now=at(date(2027, 3, 31))).case_number == "PAT/2026-27/0003"
    with db.unit_of_work() as uow:
        years = dict(
            uow.session.execute(
                select(CaseSequence.financial_year, CaseSequence.last_sequence)
            ).all()
        )
    assert years == {"2026-27": 3, "2027-28": 1}


def test_the_financial_year_uses_the_local_date(db, boss):
    """Just after midnight local time on 1 April may still be 31 March in UTC (India is +5:30)."""
    local_midnight = datetime(2027, 4, 1, 0, 5, tzinfo=centre_zone())
    ref = register(db, boss, now=local_midnight.astimezone(UTC))
    assert ref.case_number == "PAT/2027-28/0001"


def test_a_number_is_never_reused_after_an_erasure(db, boss):
    first = register(db, boss, now=at(date(2026, 11, 23)))
    register(db, boss, now=at(date(2026, 11, 23)))
    with db.unit_of_work() as uow:  # what an erasure leaves: the row, anonymised
        uow.lock_for_writing()
        case = uow.session.get(Case, first.id)
        case.full_name = ""
        case.erased_at = datetime.now(UTC)
        uow.commit()
    third = register(db, boss, now=at(date(2026, 11, 24)))
    assert third.case_number == "PAT/2026-27/0003"


def test_a_rolled_back_registration_takes_no_number(db, boss):
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        number, year, sequence = allocate_case_number(uow.session, "PAT", date(2026, 11, 23))
        assert (number, year, sequence) == ("PAT/2026-27/0001", "2026-27", 1)
        # not committed
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        assert allocate_case_number(uow.session, "PAT", date(2026, 11, 23))[2] == 1


def test_the_counter_only_grows(db):
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        got = [allocate_case_number(uow.session, "PAT", date(2026, 5, 1))[2] for _ in range(5)]
        uow.commit()
    assert got == [1, 2, 3, 4, 5]


@pytest.fixture
def two_databases(_empty_database_template, tmp_path, profile, manager):
    """Two Database objects (two engines, two connection pools) on one encrypted file, as two
    windows or two processes would have."""
    template, key = _empty_database_template
    path = tmp_path / "shared.db"
    shutil.copyfile(template, path)
    first = Database(open_database(path, key, key_recognised=True))
    second = Database(open_database(path, key, key_recognised=True))
    with first.unit_of_work() as uow:
        record_centre(uow, profile, manager)
    try:
        yield first, second
    finally:
        first.close()
        second.close()


def test_two_saves_at_the_same_moment_both_succeed_with_different_numbers(
    two_databases, monkeypatch
):
    """Both registrations are made to read before either writes (a barrier right after the
    permission check, which reads the staff account). Without the write lock taken at BEGIN the
    second would fail with SQLITE_BUSY_SNAPSHOT once the first committed; with it the second
    waits at BEGIN IMMEDIATE (so the barrier times out) and then goes on after the first."""
    first, second = two_databases
    boss = actor_of(first, "asha.kumari")
    barrier = threading.Barrier(2, timeout=1.5)
    real_require = intake.require

    def require_then_meet(uow, actor, permission):
        user = real_require(uow, actor, permission)
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()
        return user

    monkeypatch.setattr(intake, "require", require_then_meet)
    results: dict[str, object] = {}
    start = threading.Barrier(2)

    def save(name: str, database: Database) -> None:
        start.wait()
        try:
            results[name] = register(database, boss, now=at(date(2026, 11, 23)))
        except Exception as problem:
            results[name] = problem

    threads = [
        threading.Thread(target=save, args=("a", first)),
        threading.Thread(target=save, args=("b", second)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    numbers = sorted(getattr(r, "case_number", repr(r)) for r in results.values())
    assert numbers == ["PAT/2026-27/0001", "PAT/2026-27/0002"]
    with second.unit_of_work() as uow:
        assert uow.session.scalar(select(CaseSequence.last_sequence)) == 2


def test_many_concurrent_saves_never_share_a_number(two_databases):
    first, second = two_databases
    boss = actor_of(first, "asha.kumari")
    numbers: list[str] = []
    errors: list[BaseException] = []

    def save_many(database: Database) -> None:
        for _ in range(5):
            try:
                numbers.append(register(database, boss, now=at(date(2026, 11, 23))).case_number)
            except Exception as problem:
                errors.append(problem)

    threads = [threading.Thread(target=save_many, args=(db,)) for db in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(numbers) == [f"PAT/2026-27/{n:04d}" for n in range(1, 11)]


def test_a_writing_unit_of_work_begins_with_the_write_lock(db):
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.unit_of_work() as uow:
            assert uow.lock_for_writing() is True
            assert uow.lock_for_writing() is False  # already begun: nothing changes
            allocate_case_number(uow.session, "PAT", date(2026, 11, 23))
        with db.unit_of_work() as uow:  # an ordinary unit of work keeps the deferred BEGIN
            uow.session.scalar(select(CaseSequence.last_sequence))
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    begins = [s for s in statements if s.startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE", "BEGIN"]
