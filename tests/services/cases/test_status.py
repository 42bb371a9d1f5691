"""Status moves: registered -> in progress -> disposed with an outcome -> reopened."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from osc_desktop.errors import (
    CaseErased,
    CaseNotFound,
    CaseStatusInvalid,
    PermissionDenied,
    ValidationError,
)
from osc_desktop.models import Case, CaseStatus, FollowUp, Outcome, StatusChange
from osc_desktop.services.cases import status as cs
from osc_desktop.services.cases.erasure import erase_case
from osc_desktop.services.core.validation import TOO_LONG
from tests.services.progress_support import at, audit, case_row, new_case


def _changes(centre, case_id):
    with centre.database.unit_of_work() as uow:
        return [
            (c.from_status, c.to_status, c.outcome, c.note)
            for c in uow.session.scalars(
                select(StatusChange)
                .where(StatusChange.case_id == case_id)
                .order_by(StatusChange.id)
            )
        ]


def _follow_ups(centre, case_id):
    with centre.database.unit_of_work() as uow:
        return [
            (f.due_on, f.cancelled)
            for f in uow.session.scalars(
                select(FollowUp).where(FollowUp.case_id == case_id).order_by(FollowUp.due_on)
            )
        ]


def test_start_work_moves_a_registered_case_in_progress_once(centre, people):
    case_id = new_case(centre, people.operator)
    with centre.database.unit_of_work() as uow:
        detail = cs.start_work(uow, case_id, by=people.operator, now=at(1))
    assert detail.status == "in_progress"
    assert _changes(centre, case_id)[-1] == (
        CaseStatus.REGISTERED,
        CaseStatus.IN_PROGRESS,
        None,
        "",
    )
    assert audit(centre, "case_status_changed", case_id) == [
        {"from": "registered", "to": "in_progress", "outcome": None}
    ]
    with centre.database.unit_of_work() as uow, pytest.raises(CaseStatusInvalid):
        cs.start_work(uow, case_id, by=people.operator)
    assert len(audit(centre, "case_status_changed", case_id)) == 1


def test_disposal_records_the_outcome_and_schedules_follow_ups(centre, people):
    case_id = new_case(centre, people.operator)
    with centre.database.unit_of_work() as uow:
        detail = cs.dispose_case(
            uow,
            case_id,
            outcome="resolved_by_counselling",
            note="Settled after two sessions.",
            by=people.counsellor,
            today=date(2026, 11, 30),
            now=at(28),
        )
    assert (detail.status, detail.outcome) == ("disposed", "resolved_by_counselling")
    assert detail.disposed_at == at(28)
    assert detail.next_follow_up == date(2026, 12, 30)
    assert _follow_ups(centre, case_id) == [
        (date(2026, 12, 30), False),
        (date(2027, 2, 28), False),  # 30 November + 3 months: the end of February
        (date(2027, 5, 30), False),
    ]
    assert _changes(centre, case_id)[-1] == (
        CaseStatus.REGISTERED,
        CaseStatus.DISPOSED,
        Outcome.RESOLVED_BY_COUNSELLING,
        "Settled after two sessions.",
    )
    assert audit(centre, "case_status_changed", case_id) == [
        {"from": "registered", "to": "disposed", "outcome": "resolved_by_counselling"}
    ]
    with centre.database.unit_of_work() as uow, pytest.raises(CaseStatusInvalid):
        cs.dispose_case(uow, case_id, outcome="other", note="", by=people.boss)
    assert len(_follow_ups(centre, case_id)) == 3


def test_disposal_needs_a_known_outcome_and_reports_every_field(centre, people):
    case_id = new_case(centre, people.operator)
    for outcome in ("", "forgiven"):
        with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
            cs.dispose_case(uow, case_id, outcome=outcome, note="x" * 501, by=people.counsellor)
        errors = caught.value.field_errors
        assert set(errors) == {"outcome", "note"}
        assert errors["outcome"].message == cs.OUTCOME_REQUIRED
        assert errors["note"].message == TOO_LONG
    assert case_row(centre, case_id).status is CaseStatus.REGISTERED
    assert _follow_ups(centre, case_id) == []


def test_an_operator_may_not_dispose_and_the_refusal_is_on_record(centre, people):
    case_id = new_case(centre, people.operator)
    with centre.database.unit_of_work() as uow, pytest.raises(PermissionDenied):
        cs.dispose_case(uow, case_id, outcome="other", note="", by=people.operator)
    assert audit(centre, "permission_denied")[-1] == {"permission": "dispose_case"}
    assert case_row(centre, case_id).status is CaseStatus.REGISTERED


def test_reopening_needs_a_reason_clears_the_outcome_and_cancels_pending_follow_ups(centre, people):
    case_id = new_case(centre, people.operator)
    with centre.database.unit_of_work() as uow:
        cs.dispose_case(uow, case_id, outcome="withdrawn", note="", by=people.boss)
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        cs.reopen_case(uow, case_id, reason="  ", by=people.operator)
    assert caught.value.field_errors["reason"].message == cs.REASON_REQUIRED
    with centre.database.unit_of_work() as uow:
        detail = cs.reopen_case(uow, case_id, reason="She came back.", by=people.operator)
    assert (detail.status, detail.outcome, detail.disposed_at) == ("reopened", None, None)
    assert detail.next_follow_up is None
    assert [cancelled for _, cancelled in _follow_ups(centre, case_id)] == [True, True, True]
    assert _changes(centre, case_id)[-1][1:] == (CaseStatus.REOPENED, None, "She came back.")
    with centre.database.unit_of_work() as uow, pytest.raises(CaseStatusInvalid):
        cs.reopen_case(uow, case_id, reason="Again", by=people.operator)
    # Disposed again: a fresh set of follow-ups.
    with centre.database.unit_of_work() as uow:
        cs.dispose_case(uow, case_id, outcome="referred", note="", by=people.counsellor)
    assert [cancelled for _, cancelled in _follow_ups(centre, case_id)].count(False) == 3


MOVES = {
    "start": lambda uow, cid, who: cs.start_work(uow, cid, by=who),
    "dispose": lambda uow, cid, who: cs.dispose_case(uow, cid, outcome="other", note="", by=who),
    "reopen": lambda uow, cid, who: cs.reopen_case(uow, cid, reason="why", by=who),
}
ALLOWED = {
    ("registered", "start"): "in_progress",
    ("registered", "dispose"): "disposed",
    ("in_progress", "dispose"): "disposed",
    ("reopened", "dispose"): "disposed",
    ("disposed", "reopen"): "reopened",
}


@pytest.mark.parametrize("status", [s.value for s in CaseStatus])
def test_only_the_allowed_moves_are_possible(centre, people, status):
    case_ids = {}
    for move in MOVES:
        case_id = new_case(centre, people.operator)
        with centre.database.unit_of_work() as uow:
            uow.lock_for_writing()
            case = uow.session.get(Case, case_id)
            case.status = CaseStatus(status)
            case.outcome = Outcome.OTHER if status == "disposed" else None
            uow.commit()
        case_ids[move] = case_id
    for move, call in MOVES.items():
        expected = ALLOWED.get((status, move))
        with centre.database.unit_of_work() as uow:
            if expected is None:
                with pytest.raises(CaseStatusInvalid):
                    call(uow, case_ids[move], people.boss)
                assert case_row(centre, case_ids[move]).status.value == status
            else:
                assert call(uow, case_ids[move], people.boss).status == expected


def test_an_erased_or_missing_case_cannot_change(centre, people):
    case_id = new_case(centre, people.operator)
    number = case_row(centre, case_id).case_number
    with centre.database.unit_of_work() as uow:
        erase_case(uow, case_id, confirm_case_number=number, by=people.boss)
    for call in MOVES.values():
        with centre.database.unit_of_work() as uow, pytest.raises(CaseErased):
            call(uow, case_id, people.boss)
        with centre.database.unit_of_work() as uow, pytest.raises(CaseNotFound):
            call(uow, 9999, people.boss)
    assert case_row(centre, case_id).status is CaseStatus.REGISTERED
