"""Today's counts for the dashboard."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from osc_desktop.errors import SessionEnded
from osc_desktop.models import AuditEvent, Case, CaseStatus, FollowUp
from osc_desktop.services.cases.counts import TodayCounts, today_counts
from osc_desktop.services.core.clock import at_local_time, centre_zone, local_date, local_day_bounds
from osc_desktop.services.core.dto import Actor
from tests.case_factory import actor_of, register

TODAY = date(2026, 11, 23)


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    """An aware UTC moment at `hour:minute` local time on `day`."""
    return at_local_time(day, hour, minute)


def _follow_up(database, case_id: int, due_on: date, **extra) -> None:
    with database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.add(FollowUp(case_id=case_id, due_on=due_on, **extra))
        uow.commit()


def _set(database, case_id: int, **values) -> None:
    with database.unit_of_work() as uow:
        uow.lock_for_writing()
        case = uow.session.get(Case, case_id)
        for name, value in values.items():
            setattr(case, name, value)
        uow.commit()


def _counts(database, actor: Actor) -> TodayCounts:
    with database.unit_of_work() as uow:
        return today_counts(uow, by=actor, today=TODAY)


def test_an_empty_centre_counts_nothing(centre):
    actor = actor_of(centre.database, "asha.kumari")
    assert _counts(centre.database, actor) == TodayCounts(0, 0, 0)


def test_counts_registered_today_open_cases_and_follow_ups_due(centre, make_staff):
    make_staff("ravi.kumar", "operator")
    database = centre.database
    actor = actor_of(database, "ravi.kumar")
    first_today = register(database, actor, now=_local(TODAY, 0, 5))
    register(database, actor, now=_local(TODAY, 23, 55))
    yesterday = register(database, actor, now=_local(TODAY - timedelta(days=1), 23, 59))
    register(database, actor, now=_local(TODAY + timedelta(days=1), 0, 1))  # tomorrow
    disposed = register(database, actor, now=_local(TODAY - timedelta(days=40), 10))
    erased = register(database, actor, now=_local(TODAY - timedelta(days=50), 10))
    _set(database, disposed.id, status=CaseStatus.DISPOSED)
    _set(database, erased.id, erased_at=datetime(2026, 11, 1, tzinfo=UTC))
    _follow_up(database, disposed.id, TODAY - timedelta(days=3))  # overdue
    _follow_up(database, disposed.id, TODAY)  # due today
    _follow_up(database, disposed.id, TODAY + timedelta(days=1))  # not yet
    _follow_up(database, disposed.id, TODAY - timedelta(days=9), cancelled=True)
    _follow_up(
        database,
        yesterday.id,
        TODAY - timedelta(days=1),
        done_at=datetime(2026, 11, 22, tzinfo=UTC),
    )
    _follow_up(database, erased.id, TODAY - timedelta(days=2))
    assert first_today.id
    assert _counts(database, actor) == TodayCounts(
        registered_today=2, open_cases=4, follow_ups_due=2
    )


def test_counting_needs_a_live_account_and_writes_no_audit_event(centre, make_staff):
    user_id = make_staff("ravi.kumar", "operator")
    database = centre.database
    actor = actor_of(database, "ravi.kumar")
    with database.unit_of_work() as uow:
        before = uow.session.scalar(select(func.count(AuditEvent.id)))
    _counts(database, actor)
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count(AuditEvent.id))) == before
    from osc_desktop.models import StaffUser

    with database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(StaffUser, user_id).is_active = False
        uow.commit()
    with pytest.raises(SessionEnded):
        _counts(database, actor)


def test_a_local_day_is_24_hours_from_local_midnight():
    start, end = local_day_bounds(TODAY)
    assert end - start == timedelta(hours=24)
    assert start.astimezone(centre_zone()).time() == time(0, 0)
    assert local_date(start) == TODAY
