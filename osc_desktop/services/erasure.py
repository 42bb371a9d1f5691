"""Erasure on the survivor's request: anonymise the case, keep its figures countable.

What goes (emptied, dates set to None): her name and alias, phone, address, date of birth,
who referred her, the incident place, the narrative, the police report number, the names of
her children and of the perpetrators, service summaries and confidential notes, referral and
follow-up notes, and the notes of status changes (free text in which a name may have been
written). What stays, so the registers and reports still count her case: the case number,
dates, status and outcome, age in years, minor flag, marital status, education, occupation,
disability, language, kinds of violence, perpetrators' relationships, children's sex and
age, police report kind and station, services needed and given, referral targets and
organisations, follow-up dates and results, consents.

The case leaves the search index; its pending follow-ups are cancelled (nobody can be called
any more); its links to other cases are undone, since a link would tie the anonymous figures
back to her other records. Irreversible: the typed case number is the second confirmation
(the screen's question is the first). The audit event CASE_ERASED holds counts only.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import or_, select, text, update
from sqlalchemy.orm import Session

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import FieldInvalid, ValidationError
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import (
    Case,
    CaseChild,
    CaseLink,
    FollowUp,
    Perpetrator,
    Referral,
    ServiceRecord,
    StatusChange,
)
from osc_desktop.services.audit_log import AuditAction, record_event
from osc_desktop.services.case_search import index_case
from osc_desktop.services.case_status import case_for_change
from osc_desktop.services.dto import Actor
from osc_desktop.services.follow_ups import cancel_pending_follow_ups
from osc_desktop.services.permissions import Permission, require

CONFIRMATION_MISMATCH = QT_TRANSLATE_NOOP(
    "validation", "Type the case number exactly as shown (%1) to confirm the erasure."
)

# The identifying columns of the case itself, and what each becomes.
ERASED_CASE_FIELDS: dict[str, object] = {
    "full_name": "",
    "alias": "",
    "phone": "",
    "address": "",
    "date_of_birth": None,
    "referred_by": "",
    "incident_place": "",
    "narrative": "",
    "police_report_number": "",
}


def _secure_delete(session: Session) -> None:
    """Ask SQLite to overwrite the freed space of the old values with zeros (this connection,
    from now on), so the erased text does not linger in free pages of the database file."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))


def erase_case(
    uow: UnitOfWork,
    case_id: int,
    *,
    confirm_case_number: str,
    by: Actor,
    now: datetime | None = None,
) -> None:
    """Anonymise a case for good (see the module's docstring for what goes and what stays).

    `confirm_case_number` must be the case number as typed by the manager (surrounding spaces
    and letter case do not matter).

    Raises:
        ValidationError: field "confirm_case_number" does not match the case number.
        CaseNotFound: no case has `case_id`.
        CaseErased: it is already erased.
        SessionEnded, PermissionDenied: the actor may not erase cases.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.ERASE_CASE)
    now = now or datetime.now(UTC)
    session = uow.session
    case = case_for_change(session, case_id)
    if confirm_case_number.strip().upper() != case.case_number.upper():
        raise ValidationError(
            {"confirm_case_number": FieldInvalid(CONFIRMATION_MISMATCH, case.case_number)}
        )
    _secure_delete(session)
    for name, value in ERASED_CASE_FIELDS.items():
        setattr(case, name, value)
    case.erased_at = now
    case.erased_by_id = by.user_id
    case.updated_at = now
    for model, column in (
        (CaseChild, CaseChild.name),
        (Perpetrator, Perpetrator.name),
        (Referral, Referral.notes),
        (FollowUp, FollowUp.notes),
        (StatusChange, StatusChange.note),
    ):
        session.execute(update(model).where(model.case_id == case.id).values({column: ""}))
    session.execute(
        update(ServiceRecord)
        .where(ServiceRecord.case_id == case.id)
        .values(summary="", confidential_notes="")
    )
    cancelled = cancel_pending_follow_ups(session, case.id)
    links = session.scalars(
        select(CaseLink).where(
            or_(CaseLink.case_id == case.id, CaseLink.linked_case_id == case.id),
            CaseLink.removed_at.is_(None),
        )
    ).all()
    for link in links:
        link.removed_at = now
        link.removed_by_id = by.user_id
    session.flush()
    # The bulk updates above bypassed the session: reload what it may hold of those rows.
    session.expire_all()
    case = session.get(Case, case_id)

    index_case(session, case)
    record_event(
        session,
        user_id=by.user_id,
        action=AuditAction.CASE_ERASED,
        entity_type="case",
        entity_id=case.id,
        details={"follow_ups_cancelled": cancelled, "links_undone": len(links)},
        now=now,
    )
    uow.commit()
