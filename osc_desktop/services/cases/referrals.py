"""Referrals out of the centre: Swadhar Greh, hospital, DLSA, police, NGO, skill training.

A referral starts as "sent" and is updated as the other side answers (accepted, completed,
declined). Both are audited on the case (REFERRAL_RECORDED, REFERRAL_UPDATED with the referral
id and status codes), which is where the case timeline finds the updates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import FieldInvalid, OscError
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import Referral, ReferralStatus, ReferralTarget
from osc_desktop.services.cases.services import past_date, staff_names
from osc_desktop.services.cases.status import case_for_change, case_for_reading
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import local_date
from osc_desktop.services.core.dto import Actor, ids_only_repr
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.services.core.validation import FieldErrors, clean_text

ORGANISATION_MAX_LENGTH = 200
NOTES_MAX_LENGTH = 500

TARGET_REQUIRED = QT_TRANSLATE_NOOP("validation", "Choose where she is referred to.")
REFERRAL_STATUS_REQUIRED = QT_TRANSLATE_NOOP("validation", "Choose the referral's status.")


class ReferralNotFound(OscError):
    message = QT_TRANSLATE_NOOP("errors", "This referral no longer exists.")


@dataclass(frozen=True)
class ReferralInput:
    target: str  # ReferralTarget value
    organisation: str = ""
    referred_on: date | None = None
    notes: str = field(default="", repr=False)

    __repr__ = ids_only_repr("target")


@dataclass(frozen=True)
class ReferralRow:
    id: int
    target: str  # ReferralTarget value
    organisation: str
    referred_on: date
    status: str  # ReferralStatus value
    notes: str = field(repr=False)
    recorded_by_name: str
    updated_at: datetime

    __repr__ = ids_only_repr("id", "target", "status")


def _row(referral: Referral, names: dict[int, str]) -> ReferralRow:
    return ReferralRow(
        id=referral.id,
        target=referral.target.value,
        organisation=referral.organisation,
        referred_on=referral.referred_on,
        status=referral.status.value,
        notes=referral.notes,
        recorded_by_name=names.get(referral.recorded_by_id, ""),
        updated_at=referral.updated_at,
    )


def _target(value: str) -> ReferralTarget:
    try:
        return ReferralTarget(value)
    except ValueError:
        raise FieldInvalid(TARGET_REQUIRED) from None


def _status(value: str) -> ReferralStatus:
    try:
        return ReferralStatus(value)
    except ValueError:
        raise FieldInvalid(REFERRAL_STATUS_REQUIRED) from None


def _notes(value: str) -> str:
    return clean_text(value, max_length=NOTES_MAX_LENGTH, required=False, multiline=True)


def add_referral(
    uow: UnitOfWork, case_id: int, data: ReferralInput, *, by: Actor, now: datetime | None = None
) -> ReferralRow:
    """Record a referral out, as sent. Audit REFERRAL_RECORDED {"referral_id", "target"}.

    Raises:
        ValidationError: fields "target", "organisation", "referred_on" (missing, in the
            future) and "notes", all at once.
        CaseNotFound: no case has `case_id`.
        CaseErased: the case was erased.
        SessionEnded, PermissionDenied: the actor may not record services.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.RECORD_SERVICES)
    now = now or datetime.now(UTC)
    c = FieldErrors()
    target = c.field("target", lambda: _target(data.target).value)
    organisation = c.field(
        "organisation",
        lambda: clean_text(data.organisation, max_length=ORGANISATION_MAX_LENGTH, required=False),
    )
    referred_on = c.field("referred_on", lambda: past_date(data.referred_on, local_date(now)))
    notes = c.field("notes", lambda: _notes(data.notes))
    case = case_for_change(uow.session, case_id)
    c.raise_if_any()
    referral = Referral(
        case_id=case.id,
        target=ReferralTarget(target),
        organisation=organisation,
        referred_on=referred_on,
        status=ReferralStatus.SENT,
        notes=notes,
        recorded_by_id=by.user_id,
        updated_at=now,
    )
    uow.session.add(referral)
    uow.session.flush()
    record_event(
        uow.session,
        user_id=by.user_id,
        action=AuditAction.REFERRAL_RECORDED,
        entity_type="case",
        entity_id=case.id,
        details={"referral_id": referral.id, "target": target},
        now=now,
    )
    uow.commit()
    return _row(referral, staff_names(uow.session))


def update_referral(
    uow: UnitOfWork,
    referral_id: int,
    *,
    status: str,
    notes: str,
    by: Actor,
    now: datetime | None = None,
) -> ReferralRow:
    """Change a referral's status and notes. Audit REFERRAL_UPDATED {"referral_id", "from",
    "to", "fields"} on its case, only when something changed.

    Raises:
        ValidationError: fields "status" and "notes" together.
        ReferralNotFound: no referral has `referral_id`.
        CaseErased: its case was erased.
        SessionEnded, PermissionDenied: the actor may not record services.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.RECORD_SERVICES)
    now = now or datetime.now(UTC)
    c = FieldErrors()
    new_status = c.field("status", lambda: _status(status).value)
    new_notes = c.field("notes", lambda: _notes(notes))
    referral = uow.session.get(Referral, referral_id)
    if referral is None:
        raise ReferralNotFound()
    case = case_for_change(uow.session, referral.case_id)
    c.raise_if_any()
    old_status = referral.status
    changed = []
    if old_status.value != new_status:
        referral.status = ReferralStatus(new_status)
        changed.append("status")
    if referral.notes != new_notes:
        referral.notes = new_notes
        changed.append("notes")
    if changed:
        referral.updated_at = now
        uow.session.flush()
        record_event(
            uow.session,
            user_id=by.user_id,
            action=AuditAction.REFERRAL_UPDATED,
            entity_type="case",
            entity_id=case.id,
            details={
                "referral_id": referral.id,
                "from": old_status.value,
                "to": new_status,
                "fields": changed,
            },
            now=now,
        )
        uow.commit()
    return _row(referral, staff_names(uow.session))


def list_referrals(uow: UnitOfWork, case_id: int, *, by: Actor) -> tuple[ReferralRow, ...]:
    """The case's referrals, newest first.

    Raises:
        CaseNotFound: no case has `case_id`.
        SessionEnded, PermissionDenied: the actor may not view cases.
    """
    require(uow, by, Permission.VIEW_CASES)
    case = case_for_reading(uow.session, case_id)
    referrals = uow.session.scalars(
        select(Referral)
        .where(Referral.case_id == case.id)
        .order_by(Referral.referred_on.desc(), Referral.id.desc())
    ).all()
    names = staff_names(uow.session)
    return tuple(_row(r, names) for r in referrals)
