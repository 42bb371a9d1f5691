"""Listing the audit trail for the manager's viewer: a page of events, how many match, and the
staff to filter by.

Writing events is `audit_log.record_event`'s job; nothing here changes or removes a row. Every
function needs `Permission.VIEW_AUDIT_TRAIL` (a refusal is itself audited by `require`), and a
new look at the trail is recorded in it too, with the filter used but never any survivor data.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.models import AuditEvent, StaffUser
from osc_desktop.services.audit.dto import AuditFilter, AuditRow
from osc_desktop.services.audit.query import filter_conditions, rows_query
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require

PAGE_SIZE = 200


def _details(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _audit_row(row: Any) -> AuditRow:
    return AuditRow(
        id=row.id,
        occurred_at=row.occurred_at,
        user_id=row.user_id,
        username=row.username or "",
        full_name=row.full_name or "",
        action=row.action,
        entity_type=row.entity_type,
        entity_id=row.entity_id,
        details=_details(row.details),
        # The case number says which case without naming her.
        entity_label=row.entity_username or row.entity_case_number or "",
    )


def list_events(
    uow: UnitOfWork,
    actor: Actor,
    flt: AuditFilter,
    *,
    limit: int = PAGE_SIZE,
    offset: int = 0,
    newest_id: int | None = None,
) -> list[AuditRow]:
    """One page of the events matching `flt`, newest first.

    A first page (`offset` 0) is a new look at the trail and is itself recorded (before the
    query, so it appears in its own listing); later pages of the same look are not. Pass
    `newest_id` (the id of the first row of the first page) when paging, so events recorded
    meanwhile do not shift the pages.

    Raises:
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor may not view the audit trail (the attempt is recorded).
    """
    if offset == 0:
        uow.lock_for_writing()  # the look is appended to the audit chain
    require(uow, actor, Permission.VIEW_AUDIT_TRAIL)
    if offset == 0:
        record_event(
            uow.session,
            user_id=actor.user_id,
            action=AuditAction.AUDIT_VIEWED,
            details={"filter": flt.as_details()},
        )
    query = (
        rows_query(flt, newest_id)
        .order_by(AuditEvent.id.desc())
        .limit(max(limit, 0))
        .offset(max(offset, 0))
    )
    rows = [_audit_row(row) for row in uow.session.execute(query)]
    uow.commit()
    return rows


def count_events(
    uow: UnitOfWork, actor: Actor, flt: AuditFilter, *, newest_id: int | None = None
) -> int:
    """How many events match `flt` (up to `newest_id`, when given). Records nothing.

    Raises:
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor may not view the audit trail (the attempt is recorded).
    """
    require(uow, actor, Permission.VIEW_AUDIT_TRAIL)
    query = select(func.count()).select_from(AuditEvent).where(*filter_conditions(flt))
    if newest_id is not None:
        query = query.where(AuditEvent.id <= newest_id)
    return int(uow.session.scalar(query) or 0)


def list_staff_choices(uow: UnitOfWork, actor: Actor) -> list[tuple[int, str]]:
    """Every staff account, deactivated ones too, as (id, "Full Name (username)") by name.

    Raises:
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor may not view the audit trail (the attempt is recorded).
    """
    require(uow, actor, Permission.VIEW_AUDIT_TRAIL)
    rows = uow.session.execute(
        select(StaffUser.id, StaffUser.full_name, StaffUser.username).order_by(
            func.lower(StaffUser.full_name), StaffUser.id
        )
    )
    return [(row.id, f"{row.full_name} ({row.username})") for row in rows]
