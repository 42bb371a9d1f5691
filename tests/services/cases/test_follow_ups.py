"""Follow-ups: calendar months after disposal, configurable, listed when due, recorded."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from osc_desktop.errors import (
    CaseErased,
    FieldInvalid,
    PermissionDenied,
    ValidationError,
)
from osc_desktop.models import CaseStatus, Centre, FollowUp, StatusChange
from osc_desktop.services.cases import follow_up_plan as plan
from osc_desktop.services.cases import follow_ups as fu
from osc_desktop.services.cases.erasure import erase_case
from osc_desktop.services.cases.status import dispose_case
from tests.services.progress_support import at, audit, case_row, new_case


def _dispose(centre, case_id, who, today):
    with centre.database.unit_of_work() as uow:
        dispose_case(uow, case_id, outcome="referred", note="", by=who, today=today)


def _case_follow_ups(centre, case_id, who, today=None):
    with centre.database.unit_of_work() as uow:
        return fu.case_follow_ups(uow, case_id, by=who, today=today)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 3, 31), 3, date(2026, 6, 30)),
        (date(2026, 11, 30), 24, date(2028, 11, 30)),
    ],
)
def test_calendar_months_stay_within_the_month(day, months, expected):
    assert plan.add_months(day, months) == expected


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 24))
def test_add_months_moves_exactly_that_many_months(day, months):
    due = plan.add_months(day, months)
    assert (due.year * 12 + due.month) - (day.year * 12 + day.month) == months
    last = calendar.monthrange(due.year, due.month)[1]
    assert due.day == min(day.day, last)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("1,3,6", (1, 3, 6)),
        (" 1, 3 , 6 ", (1, 3, 6)),
        ("6 3 1", (1, 3, 6)),
        ("१, ३, ६", (1, 3, 6)),
        ("2; 12; 24", (2, 12, 24)),
        ("1", (1,)),
    ],
)
def test_follow_up_months_are_read_as_typed(text, months):
    assert plan.parse_follow_up_months(text) == months


@pytest.mark.parametrize("text", ["", " , ", "0", "25", "1,1", "a", "1.5", "-1", "1,3,x"])
def test_bad_follow_up_months_are_refused(text):
    with pytest.raises(FieldInvalid) as caught:
        plan.parse_follow_up_months(text)
    assert caught.value.message == plan.MONTHS_INVALID
    assert caught.value.args_for_message == (24,)


def test_too_many_follow_ups_are_refused():
    with pytest.raises(FieldInvalid) as caught:
        plan.parse_follow_up_months(",".join(str(m) for m in range(1, 14)))
    assert caught.value.message == plan.MONTHS_TOO_MANY


def test_the_manager_sets_the_months_used_for_later_disposals(centre, people):
    early = new_case(centre, people.operator)
    _dispose(centre, early, people.boss, date(2027, 1, 31))
    assert [r.due_on for r in _case_follow_ups(centre, early, people.boss)] == [
        date(2027, 2, 28),
        date(2027, 4, 30),
        date(2027, 7, 31),
    ]
    with centre.database.unit_of_work() as uow, pytest.raises(PermissionDenied):
        plan.set_follow_up_months(uow, "2", by=people.counsellor)
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        plan.set_follow_up_months(uow, "2, 30", by=people.boss)
    assert set(caught.value.field_errors) == {"follow_up_months"}
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        assert plan.follow_up_months(uow) == (1, 3, 6)
        assert plan.set_follow_up_months(uow, "12, 2", by=people.boss) == (2, 12)
    with centre.database.unit_of_work() as uow:
        assert plan.follow_up_months(uow) == (2, 12)
        assert uow.session.scalar(select(Centre.follow_up_months)) == "2,12"
    assert audit(centre, "settings_changed")[-1] == {
        "fields": ["follow_up_months"],
        "follow_up_months": [2, 12],
    }
    later = new_case(centre, people.operator)
    _dispose(centre, later, people.boss, date(2026, 12, 1))
    assert [r.due_on for r in _case_follow_ups(centre, later, people.boss)] == [
        date(2027, 2, 1),
        date(2027, 12, 1),
    ]
    # The earlier case's follow-ups stay as scheduled.
    assert len(_case_follow_ups(centre, early, people.boss)) == 3


def test_due_and_overdue_follow_ups_are_listed_overdue_first(centre, people):
    a = new_case(centre, people.operator, full_name="Kamla Devi")
    b = new_case(centre, people.operator, full_name="Rekha", name_withheld=True, alias="R.")
    c = new_case(centre, people.operator)
    _dispose(centre, a, people.boss, date(2026, 10, 1))  # due 1 Nov, 1 Jan, 1 Apr
    _dispose(centre, b, people.boss, date(2026, 10, 20))  # due 20 Nov, 20 Jan, 20 Apr
    _dispose(centre, c, people.boss, date(2026, 11, 1))  # due 1 Dec, ...; erased below
    with centre.database.unit_of_work() as uow:
        erase_case(uow, c, confirm_case_number=case_row(centre, c).case_number, by=people.boss)
    today = date(2026, 11, 20)
    with centre.database.unit_of_work() as uow:
        rows = fu.list_due_follow_ups(uow, by=people.operator, today=today)
    assert [(r.case_id, r.due_on, r.overdue) for r in rows] == [
        (a, date(2026, 11, 1), True),
        (b, date(2026, 11, 20), False),  # due today: not yet overdue
    ]
    assert [r.display_name for r in rows] == ["Kamla Devi", "R."]
    assert rows[0].case_number == case_row(centre, a).case_number
    assert audit(centre, "cases_searched")[-1] == {
        "purpose": "follow_ups_due",
        "shown": 2,
        "case_ids": [a, b],
    }
    with centre.database.unit_of_work() as uow:
        fu.record_follow_up(uow, rows[0].id, result="safe_and_well", notes="", by=people.operator)
    with centre.database.unit_of_work() as uow:
        rows = fu.list_due_follow_ups(uow, by=people.operator, today=today, within_days=45)
    assert [(r.case_id, r.due_on) for r in rows] == [(b, date(2026, 11, 20)), (a, date(2027, 1, 1))]
    with centre.database.unit_of_work() as uow:
        rows = fu.list_due_follow_ups(uow, by=people.operator, today=today, within_days=90)
    assert [r.case_id for r in rows] == [b, a, b]
    assert audit(centre, "cases_searched")[-1] == {
        "purpose": "follow_ups_due",
        "shown": 3,
        "case_ids": [b, a],  # each case shown once, in the order shown
    }
    with centre.database.unit_of_work() as uow:
        assert fu.list_due_follow_ups(uow, by=people.operator, today=date(2026, 10, 1)) == ()


def test_recording_a_follow_up(centre, people):
    case_id = new_case(centre, people.operator)
    _dispose(centre, case_id, people.boss, date(2026, 11, 2))
    first = _case_follow_ups(centre, case_id, people.operator)[0]
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        fu.record_follow_up(uow, first.id, result="fine", notes="a\x07b", by=people.operator)
    assert set(caught.value.field_errors) == {"result", "notes"}
    assert caught.value.field_errors["result"].message == fu.RESULT_REQUIRED
    with centre.database.unit_of_work() as uow:
        row = fu.record_follow_up(
            uow,
            first.id,
            result="needs_support",
            notes="Wants legal aid.",
            by=people.operator,
            now=at(30),
        )
    assert (row.result, row.notes, row.done_at, row.overdue) == (
        "needs_support",
        "Wants legal aid.",
        at(30),
        False,
    )
    assert audit(centre, "follow_up_recorded", case_id) == [
        {"follow_up_id": first.id, "result": "needs_support"}
    ]
    assert case_row(centre, case_id).status is CaseStatus.DISPOSED
    with centre.database.unit_of_work() as uow, pytest.raises(fu.FollowUpClosed):
        fu.record_follow_up(uow, first.id, result="safe_and_well", notes="", by=people.operator)
    with centre.database.unit_of_work() as uow, pytest.raises(fu.FollowUpNotFound):
        fu.record_follow_up(uow, 9999, result="safe_and_well", notes="", by=people.operator)


def test_violence_recurred_reopens_the_case_and_cancels_the_rest(centre, people):
    case_id = new_case(centre, people.operator)
    _dispose(centre, case_id, people.boss, date(2026, 11, 2))
    first, second, _third = _case_follow_ups(centre, case_id, people.operator)
    with centre.database.unit_of_work() as uow:
        fu.record_follow_up(
            uow, first.id, result="violence_recurred", notes="", by=people.operator, now=at(31)
        )
    assert case_row(centre, case_id).status is CaseStatus.REOPENED
    rows = _case_follow_ups(centre, case_id, people.operator)
    assert [(r.result, r.cancelled) for r in rows] == [
        ("violence_recurred", False),
        (None, True),
        (None, True),
    ]
    assert audit(centre, "case_status_changed", case_id)[-1] == {
        "from": "disposed",
        "to": "reopened",
        "outcome": None,
    }
    with centre.database.unit_of_work() as uow:
        assert uow.session.scalars(
            select(StatusChange.changed_at)
            .where(StatusChange.case_id == case_id)
            .order_by(StatusChange.id.desc())
        ).first() == at(31)
        rows = fu.list_due_follow_ups(uow, by=people.operator, today=date(2027, 12, 1))
    assert rows == ()
    with centre.database.unit_of_work() as uow, pytest.raises(fu.FollowUpClosed):
        fu.record_follow_up(uow, second.id, result="safe_and_well", notes="", by=people.operator)


def test_follow_ups_of_an_erased_case_cannot_be_recorded(centre, people):
    case_id = new_case(centre, people.operator)
    _dispose(centre, case_id, people.boss, date(2026, 11, 2))
    first = _case_follow_ups(centre, case_id, people.operator)[0]
    with centre.database.unit_of_work() as uow:
        erase_case(
            uow, case_id, confirm_case_number=case_row(centre, case_id).case_number, by=people.boss
        )
    with centre.database.unit_of_work() as uow, pytest.raises(CaseErased):
        fu.record_follow_up(uow, first.id, result="safe_and_well", notes="", by=people.operator)
    rows = _case_follow_ups(centre, case_id, people.operator)
    assert all(r.cancelled and r.display_name == "" for r in rows)
    with centre.database.unit_of_work() as uow:
        assert uow.session.scalar(select(FollowUp.done_at).where(FollowUp.id == first.id)) is None
