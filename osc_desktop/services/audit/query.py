"""Which events a filter picks out, and the columns read for each (with the names of the user
and of the record it is about), for the listing and the export.

Rows are read as plain columns in pages (keyset on `id`), never as ORM objects, so listing and
exporting stay fast and use little memory on a trail of a million events.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Select, String, and_, cast, or_, select
from sqlalchemy.orm import aliased

from osc_desktop.models import AuditEvent, Case, StaffUser
from osc_desktop.services.audit.dto import AuditFilter
from osc_desktop.services.core.clock import start_of_local_day


def filter_conditions(flt: AuditFilter) -> list[Any]:
    """The WHERE conditions on `AuditEvent` that pick out the events `flt` asks for."""
    conditions: list[Any] = []
    if flt.user_id is not None:
        conditions.append(AuditEvent.user_id == flt.user_id)
    if flt.action:
        conditions.append(AuditEvent.action == flt.action)
    if flt.date_from is not None:
        conditions.append(AuditEvent.occurred_at >= start_of_local_day(flt.date_from))
    if flt.date_to is not None:
        next_day = flt.date_to + timedelta(days=1)
        conditions.append(AuditEvent.occurred_at < start_of_local_day(next_day))
    wanted = (flt.entity_id or "").strip()
    if wanted:
        # startswith also matches the exact id; autoescape keeps % and _ literal. A case is
        # found by its case number too (events name cases by their row id).
        case_ids = select(cast(Case.id, String)).where(
            Case.case_number.startswith(wanted.upper(), autoescape=True)
        )
        conditions.append(
            or_(
                AuditEvent.entity_id.startswith(wanted, autoescape=True),
                and_(AuditEvent.entity_type == "case", AuditEvent.entity_id.in_(case_ids)),
            )
        )
    return conditions


_actor_user = aliased(StaffUser, name="actor_user")
_entity_user = aliased(StaffUser, name="entity_user")
_entity_case = aliased(Case, name="entity_case")


def rows_query(flt: AuditFilter, newest_id: int | None) -> Select[Any]:
    """The columns of the events matching `flt` (up to `newest_id`, when given), unordered."""
    query = (
        select(
            AuditEvent.id,
            AuditEvent.occurred_at,
            AuditEvent.user_id,
            _actor_user.username,
            _actor_user.full_name,
            AuditEvent.action,
            AuditEvent.entity_type,
            AuditEvent.entity_id,
            AuditEvent.details,
            AuditEvent.row_hash,
            _entity_user.username.label("entity_username"),
            _entity_case.case_number.label("entity_case_number"),
        )
        .outerjoin(_actor_user, _actor_user.id == AuditEvent.user_id)
        .outerjoin(
            _entity_user,
            and_(
                AuditEvent.entity_type == "staff_user",
                AuditEvent.entity_id == cast(_entity_user.id, String),
            ),
        )
        .outerjoin(
            _entity_case,
            and_(
                AuditEvent.entity_type == "case",
                AuditEvent.entity_id == cast(_entity_case.id, String),
            ),
        )
        .where(*filter_conditions(flt))
    )
    if newest_id is not None:
        query = query.where(AuditEvent.id <= newest_id)
    return query
