"""Helpers for the tests of what happens to a case after intake (PROGRESS's test files)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from osc_desktop.models import AuditEvent, Case
from osc_desktop.services.core.clock import local_date
from osc_desktop.services.core.dto import Actor
from tests.case_factory import actor_of, register

T0 = datetime(2026, 11, 2, 6, 30, tzinfo=UTC)  # a Monday morning in India


def at(days: float = 0, hours: float = 0) -> datetime:
    """A moment `days` and `hours` after T0."""
    return T0 + timedelta(days=days, hours=hours)


def local(moment: datetime) -> date:
    return local_date(moment)


@dataclass(frozen=True)
class Staff:
    boss: Actor  # the manager, asha.kumari
    counsellor: Actor
    operator: Actor


def staff(centre, make_staff) -> Staff:
    make_staff("meena.counsellor", "counsellor")
    make_staff("ravi.operator", "operator")
    db = centre.database
    return Staff(
        boss=actor_of(db, "asha.kumari"),
        counsellor=actor_of(db, "meena.counsellor"),
        operator=actor_of(db, "ravi.operator"),
    )


def new_case(centre, actor: Actor, *, now: datetime = T0, **overrides: object) -> int:
    """A case registered through the intake service; returns its id."""
    return register(centre.database, actor, now=now, **overrides).id


def audit(centre, action: str, case_id: int | None = None) -> list[dict]:
    """The details of each audit event of `action` (on `case_id` if given), oldest first."""
    with centre.database.unit_of_work() as uow:
        query = select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        if case_id is not None:
            query = query.where(
                AuditEvent.entity_type == "case", AuditEvent.entity_id == str(case_id)
            )
        return [json.loads(e.details) for e in uow.session.scalars(query)]


def case_row(centre, case_id: int) -> Case:
    """The case row, detached (read its columns only)."""
    with centre.database.unit_of_work() as uow:
        case = uow.session.get(Case, case_id)
        uow.session.expunge(case)
        return case
