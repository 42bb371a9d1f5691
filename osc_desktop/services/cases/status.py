"""A case's status: registered -> in progress -> disposed with an outcome -> reopened.

The allowed moves are one table (`ALLOWED_MOVES`); anything else raises CaseStatusInvalid, so a
case disposed twice from two screens is refused the second time instead of being disposed
again. Each move writes a `StatusChange` row (the case's timeline and the registers read them)
and the audit event CASE_STATUS_CHANGED {"from", "to", "outcome"}. Disposal schedules the
follow-ups (`follow_up_plan.schedule_follow_ups`); reopening cancels those still pending.

Status moves do not change `Case.updated_at`: that stamps the version of the intake, which an
open edit form checks before saving; a service or a disposal does not conflict with it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import CaseErased, CaseNotFound, CaseStatusInvalid, FieldInvalid
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import Case, CaseStatus, Outcome, StatusChange
from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.services.cases.follow_up_plan import cancel_pending_follow_ups, schedule_follow_ups
from osc_desktop.services.cases.record import case_detail
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import local_date
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.services.core.validation import FieldErrors, clean_text

OUTCOME_REQUIRED = QT_TRANSLATE_NOOP("validation", "Choose the outcome the case is disposed with.")
REASON_REQUIRED = QT_TRANSLATE_NOOP("validation", "Say why the case is being reopened.")

NOTE_MAX_LENGTH = 500

ALLOWED_MOVES: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.REGISTERED: frozenset({CaseStatus.IN_PROGRESS, CaseStatus.DISPOSED}),
    CaseStatus.IN_PROGRESS: frozenset({CaseStatus.DISPOSED}),
    CaseStatus.REOPENED: frozenset({CaseStatus.DISPOSED}),
    CaseStatus.DISPOSED: frozenset({CaseStatus.REOPENED}),
}


def case_for_change(session: Session, case_id: int) -> Case:
    """The case, to be changed: it must exist and not have been erased.

    Raises:
        CaseNotFound: no case has `case_id`.
        CaseErased: the case was erased; nothing about it may change any more.
    """
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound()
    if case.erased_at is not None:
        raise CaseErased()
    return case


def case_for_reading(session: Session, case_id: int) -> Case:
    """The case, to be read (an erased case can still be read: only figures remain).

    Raises:
        CaseNotFound: no case has `case_id`.
    """
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound()
    return case


def move_status(
    session: Session,
    case: Case,
    to: CaseStatus,
    *,
    by_user_id: int,
    now: datetime,
    outcome: Outcome | None = None,
    note: str = "",
) -> StatusChange:
    """Move `case` to `to` in the session's transaction: a StatusChange row and an audit event.

    Disposing stamps the outcome and `disposed_at`; reopening clears them (the StatusChange
    rows keep the history). Follow-ups are the callers' business.

    Raises:
        CaseErased: the case was erased.
        CaseStatusInvalid: the case's current status does not allow the move.
    """
    if case.erased_at is not None:
        raise CaseErased()
    current = CaseStatus(case.status)
    if to not in ALLOWED_MOVES[current]:
        raise CaseStatusInvalid(f"{current.value} -> {to.value}")
    if to is CaseStatus.DISPOSED:
        if outcome is None:
            raise CaseStatusInvalid("outcome missing")
        case.outcome = outcome
        case.disposed_at = now
    else:
        outcome = None
    if to is CaseStatus.REOPENED:
        case.outcome = None
        case.disposed_at = None
    case.status = to
    change = StatusChange(
        case_id=case.id,
        from_status=current,
        to_status=to,
        outcome=outcome,
        changed_at=now,
        changed_by_id=by_user_id,
        note=note,
    )
    session.add(change)
    session.flush()
    record_event(
        session,
        user_id=by_user_id,
        action=AuditAction.CASE_STATUS_CHANGED,
        entity_type="case",
        entity_id=case.id,
        details={
            "from": current.value,
            "to": to.value,
            "outcome": outcome.value if outcome else None,
        },
        now=now,
    )
    return change


def _detail(session: Session, case: Case, today: date) -> CaseDetail:
    # Imported here: INTAKE's case_record builds the one CaseDetail every screen shows.
    return case_detail(session, case, today=today)


def start_work(
    uow: UnitOfWork, case_id: int, *, by: Actor, now: datetime | None = None
) -> CaseDetail:
    """Mark a registered case as in progress (recording its first service does it too).

    Raises:
        CaseNotFound: no case has `case_id`.
        CaseErased: the case was erased.
        CaseStatusInvalid: the case is no longer just registered.
        SessionEnded, PermissionDenied: the actor may not edit cases.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.EDIT_CASE)
    now = now or datetime.now(UTC)
    case = case_for_change(uow.session, case_id)
    move_status(uow.session, case, CaseStatus.IN_PROGRESS, by_user_id=by.user_id, now=now)
    uow.commit()
    return _detail(uow.session, case, local_date(now))


def dispose_case(
    uow: UnitOfWork,
    case_id: int,
    *,
    outcome: str,
    note: str,
    by: Actor,
    today: date | None = None,
    now: datetime | None = None,
) -> CaseDetail:
    """Dispose of a case with an outcome, and schedule its follow-ups from `today`.

    Raises:
        ValidationError: fields "outcome" (missing or unknown) and "note" (too long,
            control characters), together.
        CaseNotFound: no case has `case_id`.
        CaseErased: the case was erased.
        CaseStatusInvalid: the case is already disposed.
        SessionEnded, PermissionDenied: the actor may not dispose of cases.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.DISPOSE_CASE)
    now = now or datetime.now(UTC)
    today = today or local_date(now)
    c = FieldErrors()
    chosen = c.field("outcome", lambda: _outcome(outcome))
    clean_note = c.field(
        "note", lambda: clean_text(note, max_length=NOTE_MAX_LENGTH, required=False, multiline=True)
    )
    case = case_for_change(uow.session, case_id)
    c.raise_if_any()
    move_status(
        uow.session,
        case,
        CaseStatus.DISPOSED,
        by_user_id=by.user_id,
        now=now,
        outcome=Outcome(chosen),
        note=clean_note,
    )
    schedule_follow_ups(uow.session, case, disposed_on=today)
    uow.commit()
    return _detail(uow.session, case, today)


def _outcome(value: str) -> str:
    try:
        return Outcome(value).value
    except ValueError:
        raise FieldInvalid(OUTCOME_REQUIRED) from None


def reopen_case(
    uow: UnitOfWork, case_id: int, *, reason: str, by: Actor, now: datetime | None = None
) -> CaseDetail:
    """Reopen a disposed case; its follow-ups still pending are cancelled.

    Raises:
        ValidationError: field "reason" (missing, too long, control characters).
        CaseNotFound: no case has `case_id`.
        CaseErased: the case was erased.
        CaseStatusInvalid: the case is not disposed.
        SessionEnded, PermissionDenied: the actor may not edit cases.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.EDIT_CASE)
    now = now or datetime.now(UTC)
    c = FieldErrors()
    clean_reason = c.field("reason", lambda: _reason(reason))
    case = case_for_change(uow.session, case_id)
    c.raise_if_any()
    reopen_in_session(uow.session, case, by_user_id=by.user_id, now=now, note=clean_reason)
    uow.commit()
    return _detail(uow.session, case, local_date(now))


def _reason(value: str) -> str:
    text = clean_text(value, max_length=NOTE_MAX_LENGTH, required=False, multiline=True)
    if not text:
        raise FieldInvalid(REASON_REQUIRED)
    return text


def reopen_in_session(
    session: Session, case: Case, *, by_user_id: int, now: datetime, note: str
) -> StatusChange:
    """Reopen `case` and cancel its pending follow-ups, in the caller's transaction.

    Raises:
        CaseErased, CaseStatusInvalid: as `move_status`.
    """
    change = move_status(
        session, case, CaseStatus.REOPENED, by_user_id=by_user_id, now=now, note=note
    )
    cancel_pending_follow_ups(session, case.id)
    return change
