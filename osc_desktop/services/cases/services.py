"""Services given to a survivor after intake, with counsellors' confidential notes.

Every case role records services (police and FIR help, medical aid, legal aid, counselling
sessions, food and clothes...). A counselling session's notes are confidential: only roles with
VIEW_CONFIDENTIAL_NOTES write or read them. Others see that notes exist, never their text.
Each read of notes text is audited (CONFIDENTIAL_NOTES_VIEWED, the number of services whose
notes were shown); the audit trail never holds the text itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import FieldInvalid
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import CaseStatus, ServiceKind, ServiceRecord, StaffUser
from osc_desktop.services.cases.status import (
    case_for_change,
    case_for_reading,
    move_status,
)
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import local_date
from osc_desktop.services.core.dto import Actor, ids_only_repr
from osc_desktop.services.core.permissions import ROLE_PERMISSIONS, Permission, require
from osc_desktop.services.core.validation import REQUIRED, FieldErrors, clean_text

SUMMARY_MAX_LENGTH = 300
CONFIDENTIAL_NOTES_MAX_LENGTH = 20000

SERVICE_KIND_REQUIRED = QT_TRANSLATE_NOOP("validation", "Choose the service given.")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("validation", "The date cannot be in the future.")


@dataclass(frozen=True)
class ServiceInput:
    kind: str  # ServiceKind value
    given_on: date | None
    summary: str = ""
    confidential_notes: str = field(default="", repr=False)

    __repr__ = ids_only_repr("kind")


@dataclass(frozen=True)
class ServiceRow:
    id: int
    kind: str  # ServiceKind value
    given_on: date
    summary: str
    recorded_by_name: str
    recorded_at: datetime
    has_confidential_notes: bool
    confidential_notes: str | None = field(repr=False)  # None: this role may not read them

    __repr__ = ids_only_repr("id", "kind")


def _row(record: ServiceRecord, names: dict[int, str], may_read_notes: bool) -> ServiceRow:
    return ServiceRow(
        id=record.id,
        kind=record.kind.value,
        given_on=record.given_on,
        summary=record.summary,
        recorded_by_name=names.get(record.recorded_by_id, ""),
        recorded_at=record.recorded_at,
        has_confidential_notes=bool(record.confidential_notes),
        confidential_notes=record.confidential_notes if may_read_notes else None,
    )


def staff_names(session: Session) -> dict[int, str]:
    """Every staff account's full name by id (a centre has a few dozen at most)."""
    return {
        user_id: name
        for user_id, name in session.execute(select(StaffUser.id, StaffUser.full_name))
    }


def _kind(value: str) -> ServiceKind:
    try:
        return ServiceKind(value)
    except ValueError:
        raise FieldInvalid(SERVICE_KIND_REQUIRED) from None


def past_date(value: date | None, today: date) -> date:
    """A required date not after `today`. Raises FieldInvalid."""
    if value is None:
        raise FieldInvalid(REQUIRED)
    if value > today:
        raise FieldInvalid(DATE_IN_FUTURE)
    return value


def record_service(
    uow: UnitOfWork, case_id: int, data: ServiceInput, *, by: Actor, now: datetime | None = None
) -> ServiceRow:
    """Record a service given to her. The first service moves a registered case in progress.

    Confidential notes may be written only by roles that may read them. Audit SERVICE_RECORDED
    {"service_id", "kind", "confidential_notes": bool}.

    Raises:
        ValidationError: fields "kind", "given_on" (missing, in the future), "summary" and
            "confidential_notes" (too long, control characters), all at once.
        CaseNotFound: no case has `case_id`.
        CaseErased: the case was erased.
        SessionEnded, PermissionDenied: the actor may not record services, or wrote notes
            without VIEW_CONFIDENTIAL_NOTES.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.RECORD_SERVICES)
    if data.confidential_notes.strip():
        require(uow, by, Permission.VIEW_CONFIDENTIAL_NOTES)
    now = now or datetime.now(UTC)
    c = FieldErrors()
    kind = c.field("kind", lambda: _kind(data.kind).value)
    given_on = c.field("given_on", lambda: past_date(data.given_on, local_date(now)))
    summary = c.field(
        "summary",
        lambda: clean_text(
            data.summary, max_length=SUMMARY_MAX_LENGTH, required=False, multiline=True
        ),
    )
    notes = c.field(
        "confidential_notes",
        lambda: clean_text(
            data.confidential_notes,
            max_length=CONFIDENTIAL_NOTES_MAX_LENGTH,
            required=False,
            multiline=True,
        ),
    )
    case = case_for_change(uow.session, case_id)
    c.raise_if_any()
    record = ServiceRecord(
        case_id=case.id,
        kind=ServiceKind(kind),
        given_on=given_on,
        recorded_at=now,
        recorded_by_id=by.user_id,
        summary=summary,
        confidential_notes=notes,
    )
    uow.session.add(record)
    uow.session.flush()
    record_event(
        uow.session,
        user_id=by.user_id,
        action=AuditAction.SERVICE_RECORDED,
        entity_type="case",
        entity_id=case.id,
        details={"service_id": record.id, "kind": kind, "confidential_notes": bool(notes)},
        now=now,
    )
    if case.status is CaseStatus.REGISTERED:
        move_status(uow.session, case, CaseStatus.IN_PROGRESS, by_user_id=by.user_id, now=now)
    uow.commit()
    return _row(record, staff_names(uow.session), may_read_notes=True)


def list_services(uow: UnitOfWork, case_id: int, *, by: Actor) -> tuple[ServiceRow, ...]:
    """The services given to her, newest first.

    Roles with VIEW_CONFIDENTIAL_NOTES get the notes' text, and that read is audited
    (CONFIDENTIAL_NOTES_VIEWED {"services": n}) when any notes were shown; other roles get
    `confidential_notes=None` and only `has_confidential_notes`.

    Raises:
        CaseNotFound: no case has `case_id`.
        SessionEnded, PermissionDenied: the actor may not view cases.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    user = require(uow, by, Permission.VIEW_CASES)
    may_read_notes = Permission.VIEW_CONFIDENTIAL_NOTES in ROLE_PERMISSIONS[user.role]
    case = case_for_reading(uow.session, case_id)
    records = uow.session.scalars(
        select(ServiceRecord)
        .where(ServiceRecord.case_id == case.id)
        .order_by(ServiceRecord.given_on.desc(), ServiceRecord.id.desc())
    ).all()
    names = staff_names(uow.session)
    rows = tuple(_row(r, names, may_read_notes) for r in records)
    shown = sum(1 for r in rows if r.has_confidential_notes) if may_read_notes else 0
    if shown:
        record_event(
            uow.session,
            user_id=by.user_id,
            action=AuditAction.CONFIDENTIAL_NOTES_VIEWED,
            entity_type="case",
            entity_id=case.id,
            details={"services": shown},
        )
        uow.commit()
    return rows
