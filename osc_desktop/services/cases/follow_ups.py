"""Follow-ups after disposal: scheduled at N months, listed when due, recorded.

A disposed case gets one follow-up at each of the centre's follow-up months (default 1, 3 and
6; `Centre.follow_up_months`), counted in calendar months from the disposal date: disposed on
31 January, the 1-month follow-up falls due on 28 (or 29) February. A follow-up is *overdue*
when its due date is before today and it was neither done nor cancelled. Recording "violence
recurred" reopens the case, which cancels the follow-ups still pending; so does reopening by
hand and erasing the case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import FieldInvalid, OscError
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import Case, FollowUp, FollowUpResult
from osc_desktop.services.cases.record import display_name
from osc_desktop.services.cases.status import (
    case_for_change,
    case_for_reading,
    reopen_in_session,
)
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import local_date
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.services.core.validation import FieldErrors, clean_text

NOTES_MAX_LENGTH = 500

RESULT_REQUIRED = QT_TRANSLATE_NOOP("validation", "Choose how she was found at the follow-up.")


class FollowUpNotFound(OscError):
    message = QT_TRANSLATE_NOOP("errors", "This follow-up no longer exists.")


class FollowUpClosed(OscError):
    """The follow-up was already recorded, or cancelled when the case was reopened or erased."""

    message = QT_TRANSLATE_NOOP(
        "errors", "This follow-up was already recorded or has been cancelled meanwhile."
    )


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    case_id: int
    case_number: str
    display_name: str  # the alias when her name is withheld; "" when the case was erased
    due_on: date
    done_at: datetime | None
    result: str | None  # FollowUpResult value
    notes: str = field(repr=False)
    overdue: bool  # not done, not cancelled, and due before today
    cancelled: bool


def _row(follow_up: FollowUp, case: Case, today: date) -> FollowUpRow:
    pending = follow_up.done_at is None and not follow_up.cancelled
    return FollowUpRow(
        id=follow_up.id,
        case_id=case.id,
        case_number=case.case_number,
        display_name=display_name(case),
        due_on=follow_up.due_on,
        done_at=follow_up.done_at,
        result=follow_up.result.value if follow_up.result else None,
        notes=follow_up.notes,
        overdue=pending and follow_up.due_on < today,
        cancelled=follow_up.cancelled,
    )


def list_due_follow_ups(
    uow: UnitOfWork, *, by: Actor, today: date | None = None, within_days: int = 7
) -> tuple[FollowUpRow, ...]:
    """Pending follow-ups due by `today + within_days`, overdue ones first (oldest first).

    Erased cases have none (their follow-ups were cancelled). Showing any writes the audit
    event CASES_SEARCHED {"purpose": "follow_ups_due", "shown": n (follow-ups), "case_ids":
    [the ids of their cases, each once, in the order shown]}.

    Raises:
        SessionEnded, PermissionDenied: the actor may not view cases.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.VIEW_CASES)
    today = today or local_date(datetime.now(UTC))
    pairs = uow.session.execute(
        select(FollowUp, Case)
        .join(Case, Case.id == FollowUp.case_id)
        .where(
            FollowUp.done_at.is_(None),
            FollowUp.cancelled.is_(False),
            FollowUp.due_on <= today + timedelta(days=within_days),
            Case.erased_at.is_(None),
        )
        .order_by(FollowUp.due_on, FollowUp.id)
    ).all()
    rows = tuple(_row(follow_up, case, today) for follow_up, case in pairs)
    if rows:
        record_event(
            uow.session,
            user_id=by.user_id,
            action=AuditAction.CASES_SEARCHED,
            details={
                "purpose": "follow_ups_due",
                "shown": len(rows),
                "case_ids": list(dict.fromkeys(r.case_id for r in rows)),
            },
        )
        uow.commit()
    return rows


def case_follow_ups(
    uow: UnitOfWork, case_id: int, *, by: Actor, today: date | None = None
) -> tuple[FollowUpRow, ...]:
    """All the case's follow-ups, done, pending and cancelled, by due date.

    Raises:
        CaseNotFound: no case has `case_id`.
        SessionEnded, PermissionDenied: the actor may not view cases.
    """
    require(uow, by, Permission.VIEW_CASES)
    today = today or local_date(datetime.now(UTC))
    case = case_for_reading(uow.session, case_id)
    follow_ups = uow.session.scalars(
        select(FollowUp).where(FollowUp.case_id == case_id).order_by(FollowUp.due_on, FollowUp.id)
    ).all()
    return tuple(_row(f, case, today) for f in follow_ups)


def _result(value: str) -> FollowUpResult:
    try:
        return FollowUpResult(value)
    except ValueError:
        raise FieldInvalid(RESULT_REQUIRED) from None


def record_follow_up(
    uow: UnitOfWork,
    follow_up_id: int,
    *,
    result: str,
    notes: str,
    by: Actor,
    now: datetime | None = None,
) -> FollowUpRow:
    """Record how she was found at a follow-up (it may be done before it falls due).

    "Violence recurred" reopens the case, which cancels its other pending follow-ups.
    Audit FOLLOW_UP_RECORDED {"follow_up_id", "result"} on the case.

    Raises:
        ValidationError: fields "result" (missing, unknown) and "notes" together.
        FollowUpNotFound: no follow-up has `follow_up_id`.
        FollowUpClosed: it was already recorded or cancelled.
        CaseErased: the case was erased.
        CaseStatusInvalid: "violence recurred" on a case that is not disposed.
        SessionEnded, PermissionDenied: the actor may not record services.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.RECORD_SERVICES)
    now = now or datetime.now(UTC)
    c = FieldErrors()
    chosen = c.field("result", lambda: _result(result).value)
    clean_notes = c.field(
        "notes",
        lambda: clean_text(notes, max_length=NOTES_MAX_LENGTH, required=False, multiline=True),
    )
    follow_up = uow.session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise FollowUpNotFound()
    case = case_for_change(uow.session, follow_up.case_id)
    c.raise_if_any()
    if follow_up.done_at is not None or follow_up.cancelled:
        raise FollowUpClosed()
    outcome = FollowUpResult(chosen)
    follow_up.done_at = now
    follow_up.done_by_id = by.user_id
    follow_up.result = outcome
    follow_up.notes = clean_notes
    uow.session.flush()
    record_event(
        uow.session,
        user_id=by.user_id,
        action=AuditAction.FOLLOW_UP_RECORDED,
        entity_type="case",
        entity_id=case.id,
        details={"follow_up_id": follow_up.id, "result": outcome.value},
        now=now,
    )
    if outcome is FollowUpResult.VIOLENCE_RECURRED:
        reopen_in_session(uow.session, case, by_user_id=by.user_id, now=now, note="")
    uow.commit()
    return _row(follow_up, case, local_date(now))
