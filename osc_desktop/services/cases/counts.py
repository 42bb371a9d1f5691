"""Today's figures for the dashboard: counts only, nothing that identifies anyone.

No audit event: a count reads no survivor's record (no name, no detail leaves the database).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.models import Case, CaseStatus, FollowUp
from osc_desktop.services.core.clock import local_day_bounds, local_today
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require

# Cases still being worked on: everything not disposed (an erased case is not counted).
OPEN_STATUSES = (CaseStatus.REGISTERED, CaseStatus.IN_PROGRESS, CaseStatus.REOPENED)


@dataclass(frozen=True)
class TodayCounts:
    registered_today: int  # cases registered on today's local date
    open_cases: int  # not disposed, not erased
    follow_ups_due: int  # due today or overdue, not done, not cancelled


def today_counts(uow: UnitOfWork, *, by: Actor, today: date | None = None) -> TodayCounts:
    """How many cases were registered today, are open, and have a follow-up due or overdue.

    Raises:
        SessionEnded: the account was deactivated since sign-in.
        PermissionDenied: the role may not view cases.
    """
    require(uow, by, Permission.VIEW_CASES)
    today = today or local_today()
    session = uow.session
    start, end = local_day_bounds(today)
    registered = session.scalar(
        select(func.count(Case.id)).where(Case.registered_at >= start, Case.registered_at < end)
    )
    open_cases = session.scalar(
        select(func.count(Case.id)).where(Case.status.in_(OPEN_STATUSES), Case.erased_at.is_(None))
    )
    due = session.scalar(
        select(func.count(FollowUp.id))
        .join(Case, Case.id == FollowUp.case_id)
        .where(
            FollowUp.due_on <= today,
            FollowUp.done_at.is_(None),
            FollowUp.cancelled.is_(False),
            Case.erased_at.is_(None),
        )
    )
    return TodayCounts(
        registered_today=registered or 0, open_cases=open_cases or 0, follow_ups_due=due or 0
    )
