"""Everything that happened to a case, newest first, for its record screen.

Built from the case's own tables (registration, status changes, services, referrals, follow-ups
done, links made and undone, erasure) and from its audit events for what has no table of its
own (intake edits with the names of the fields changed, referral updates, printed forms).
A link to or from an erased case never shows: it would tie her erased case to her other one.
Confidential counselling notes never appear: a service shows its kind and summary only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import or_, select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.models import (
    AuditEvent,
    Case,
    CaseLink,
    FollowUp,
    Referral,
    ServiceRecord,
    StatusChange,
)
from osc_desktop.services.cases.services import staff_names
from osc_desktop.services.cases.status import case_for_reading
from osc_desktop.services.core.audit_log import AuditAction
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require


class TimelineKind(StrEnum):
    REGISTERED = "registered"
    EDITED = "edited"
    STATUS = "status"
    SERVICE = "service"
    REFERRAL = "referral"
    FOLLOW_UP = "follow_up"
    LINKED = "linked"
    UNLINKED = "unlinked"
    PRINTED = "printed"
    ERASED = "erased"


@dataclass(frozen=True)
class TimelineEntry:
    """One event on a case. What `code` and `detail` hold depends on `kind`:

    registered: code "", detail "".
    edited: code "", detail the changed intake fields' names joined by ", " (IntakeInput names).
    status: code the new CaseStatus value, `outcome` the Outcome value when disposed, detail
        the note given (the reason, when reopened).
    service: code the ServiceKind value, detail its summary (never confidential notes).
    referral: code the ReferralTarget value, `referral_status` the ReferralStatus value (SENT
        when made, the new status when updated), detail the organisation.
    follow_up: code the FollowUpResult value, detail its notes.
    linked / unlinked: code "", detail the other case's number.
    printed: code the form ("registration", "consent"), detail "".
    erased: code "", detail "".
    """

    at: datetime
    kind: str  # TimelineKind value
    actor_name: str
    code: str
    detail: str
    outcome: str = ""
    referral_status: str = ""

    def __repr__(self) -> str:
        return f"TimelineEntry(at={self.at.isoformat()}, kind={self.kind!r}, code={self.code!r})"


# Among events at the same moment, the later in this order happened after the earlier
# (a first service moves the case in progress; "violence recurred" reopens it).
_ORDER = {kind: index for index, kind in enumerate(TimelineKind)}
_ORDER[TimelineKind.STATUS] = len(_ORDER)
_ORDER[TimelineKind.ERASED] = len(_ORDER) + 1

_AUDITED = (
    AuditAction.CASE_UPDATED.value,
    AuditAction.REFERRAL_RECORDED.value,
    AuditAction.REFERRAL_UPDATED.value,
    AuditAction.PRINTED.value,
)


def _details(event: AuditEvent) -> dict:
    try:
        details = json.loads(event.details or "{}")
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}


def case_timeline(uow: UnitOfWork, case_id: int, *, by: Actor) -> tuple[TimelineEntry, ...]:
    """The case's events, newest first (an erased case keeps its timeline, emptied of text).

    Raises:
        CaseNotFound: no case has `case_id`.
        SessionEnded, PermissionDenied: the actor may not view cases.
    """
    require(uow, by, Permission.VIEW_CASES)
    session = uow.session
    case = case_for_reading(session, case_id)
    names = staff_names(session)
    entries: list[TimelineEntry] = []

    def add(
        at: datetime,
        kind: TimelineKind,
        user_id: int | None,
        code: str = "",
        detail: str = "",
        **extra: str,
    ) -> None:
        entries.append(
            TimelineEntry(
                at, kind.value, names.get(user_id, "") if user_id else "", code, detail, **extra
            )
        )

    add(case.registered_at, TimelineKind.REGISTERED, case.registered_by_id)
    for change in session.scalars(select(StatusChange).where(StatusChange.case_id == case.id)):
        if change.from_status is None:  # the registration itself, already shown
            continue
        add(
            change.changed_at,
            TimelineKind.STATUS,
            change.changed_by_id,
            change.to_status.value,
            change.note,
            outcome=change.outcome.value if change.outcome else "",
        )
    for record in session.scalars(select(ServiceRecord).where(ServiceRecord.case_id == case.id)):
        add(
            record.recorded_at,
            TimelineKind.SERVICE,
            record.recorded_by_id,
            record.kind.value,
            record.summary,
        )
    events = session.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.entity_type == "case",
            AuditEvent.entity_id == str(case.id),
            AuditEvent.action.in_(_AUDITED),
        )
        .order_by(AuditEvent.id)
    ).all()
    referral_made_at = {
        _details(e).get("referral_id"): e.occurred_at
        for e in events
        if e.action == AuditAction.REFERRAL_RECORDED.value
    }
    referrals = {
        r.id: r for r in session.scalars(select(Referral).where(Referral.case_id == case.id))
    }
    for referral in referrals.values():
        # The creation time is the REFERRAL_RECORDED event's; updated_at moves on with updates.
        add(
            referral_made_at.get(referral.id, referral.updated_at),
            TimelineKind.REFERRAL,
            referral.recorded_by_id,
            referral.target.value,
            referral.organisation,
            referral_status="sent",
        )
    done = session.scalars(
        select(FollowUp).where(FollowUp.case_id == case.id, FollowUp.done_at.is_not(None))
    )
    for follow_up in done:
        add(
            follow_up.done_at,
            TimelineKind.FOLLOW_UP,
            follow_up.done_by_id,
            follow_up.result.value if follow_up.result else "",
            follow_up.notes,
        )
    # Erasure deletes the case's links; any link row still there to or from an erased case
    # (left from before that) is not shown either: it would tie her erased case to the other.
    links = (
        session.scalars(
            select(CaseLink).where(
                or_(CaseLink.case_id == case.id, CaseLink.linked_case_id == case.id)
            )
        ).all()
        if case.erased_at is None
        else []
    )
    for link in links:
        other_id = link.linked_case_id if link.case_id == case.id else link.case_id
        other = session.get(Case, other_id)
        if other is None or other.erased_at is not None:
            continue
        number = other.case_number
        add(link.created_at, TimelineKind.LINKED, link.created_by_id, detail=number)
        if link.removed_at is not None:
            add(link.removed_at, TimelineKind.UNLINKED, link.removed_by_id, detail=number)
    for event in events:
        details = _details(event)
        if event.action == AuditAction.CASE_UPDATED.value:
            fields = details.get("fields") or []
            add(
                event.occurred_at,
                TimelineKind.EDITED,
                event.user_id,
                detail=", ".join(str(f) for f in fields),
            )
        elif event.action == AuditAction.REFERRAL_RECORDED.value:
            continue  # shown from the referral's own row above
        elif event.action == AuditAction.PRINTED.value:
            add(
                event.occurred_at, TimelineKind.PRINTED, event.user_id, str(details.get("form", ""))
            )
        else:
            referral = referrals.get(details.get("referral_id"))
            if referral is None or "status" not in (details.get("fields") or []):
                continue  # a change of notes only: not an event worth a line
            add(
                event.occurred_at,
                TimelineKind.REFERRAL,
                event.user_id,
                referral.target.value,
                referral.organisation,
                referral_status=str(details.get("to", "")),
            )
    if case.erased_at is not None:
        add(case.erased_at, TimelineKind.ERASED, case.erased_by_id)
    entries.sort(key=lambda e: (e.at, _ORDER[TimelineKind(e.kind)]), reverse=True)
    return tuple(entries)
