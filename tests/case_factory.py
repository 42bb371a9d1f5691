"""Cases for tests, registered through the real intake service (import as `tests.case_factory`).

    actor = actor_of(centre.database, "asha.kumari")
    ref = register(centre.database, actor)                       # a complete intake
    ref = register(centre.database, actor, quick=True)           # name and arrival only
    ref = register(centre.database, actor, full_name="सुनीता", age_years="19", children=(...))

Keyword overrides replace single `IntakeInput` fields; `now`, `link_to_case_id` and `quick` are
passed on / choose the base intake. The default case worker is the actor.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select

from osc_desktop.models import StaffUser
from osc_desktop.services.cases.dto import CaseRef, ChildInput, IntakeInput, PerpetratorInput
from osc_desktop.services.core.clock import local_today
from osc_desktop.services.core.dto import Actor

__all__ = ["actor_of", "complete_intake", "quick_intake", "register"]


def actor_of(database, username: str) -> Actor:
    """The Actor for the staff account `username` (as signing in would give it)."""
    with database.unit_of_work() as uow:
        user = uow.session.scalars(select(StaffUser).where(StaffUser.username == username)).one()
        return Actor(
            user.id, user.username, user.full_name, user.role.value, user.must_change_password
        )


def quick_intake(**overrides: object) -> IntakeInput:
    """A quick registration: only a name and how she came."""
    return replace(IntakeInput(arrival="walk_in", full_name="Sunita Devi"), **overrides)


def complete_intake(case_worker_id: int | None = None, **overrides: object) -> IntakeInput:
    """A complete intake (nothing missing) with a child and a perpetrator."""
    base = IntakeInput(
        arrival="helpline_181",
        referred_by="Women helpline 181",
        full_name="Sunita Devi",
        age_years="32",
        marital_status="married",
        address="Ward 12, Phulwari Sharif\nPatna",
        phone="98765 43210",
        safe_to_call=True,
        education="secondary",
        occupation="Tailor",
        language="Hindi",
        children=(ChildInput(sex="girl", age_years="6", name="Priya"),),
        violence=frozenset({"domestic", "dowry"}),
        incident_place="At home",
        narrative="He beat her after an argument about dowry.\nShe left with her daughter.",
        perpetrators=(PerpetratorInput(relationship="husband", name="Ramesh"),),
        needs=frozenset({"counselling", "medical_aid"}),
        consent_services=True,
        consent_sharing=False,
        consent_statistics=True,
        case_worker_id=case_worker_id,
    )
    return replace(base, **overrides)


def register(
    database,
    actor: Actor,
    *,
    quick: bool = False,
    now: datetime | None = None,
    link_to_case_id: int | None = None,
    **overrides: object,
) -> CaseRef:
    """Register a case through `intake.register_case` and return its reference."""
    from osc_desktop.services.cases.intake import register_case

    if quick:
        data = quick_intake(**overrides)
    else:
        overrides.setdefault("case_worker_id", actor.user_id)
        # A few days before "now", so a test that registers in the past stays valid.
        today = local_today(now)
        overrides.setdefault("incident_date", today - timedelta(days=3))
        data = complete_intake(**overrides)
    with database.unit_of_work() as uow:
        return register_case(uow, data, by=actor, link_to_case_id=link_to_case_id, now=now)
