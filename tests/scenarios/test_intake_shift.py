"""A shift at the centre, through the services: from a 2 a.m. quick registration to follow-ups.

The operator quick-registers a woman who came with two children, completes the intake in the
morning, a counsellor writes session notes the operator cannot read, the counsellor disposes of
the case, and its follow-ups appear in the list of those due.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from osc_desktop.errors import PermissionDenied
from osc_desktop.models import AuditEvent
from osc_desktop.services.audit.chain import verify_chain
from osc_desktop.services.cases.dto import ChildInput, IntakeInput, IntakeSection
from osc_desktop.services.cases.follow_up_plan import add_months
from osc_desktop.services.cases.follow_ups import case_follow_ups, list_due_follow_ups
from osc_desktop.services.cases.intake import register_case, update_intake
from osc_desktop.services.cases.record import open_case
from osc_desktop.services.cases.services import ServiceInput, list_services, record_service
from osc_desktop.services.cases.status import dispose_case
from osc_desktop.services.core.calendar import financial_year_label
from osc_desktop.services.core.clock import local_date, local_today
from tests.case_factory import actor_of, complete_intake

NOTES = "She spoke of the threats from her brother-in-law; plans a safe route to her mother."


@pytest.fixture
def staff(centre, make_staff):
    make_staff("ravi.operator", "operator")
    make_staff("meera.counsellor", "counsellor")
    database = centre.database
    return (
        actor_of(database, "ravi.operator"),
        actor_of(database, "meera.counsellor"),
    )


def test_a_shift_from_quick_registration_to_follow_ups(centre, staff) -> None:
    operator, counsellor = staff
    database = centre.database
    today = local_today()
    night = datetime.now(UTC) - timedelta(hours=6)

    # 2 a.m.: only her name and how she came; help is not delayed by a form.
    with database.unit_of_work() as uow:
        ref = register_case(
            uow, IntakeInput(arrival="emergency_112", full_name="सुनीता देवी"), by=operator, now=night
        )
    assert ref.case_number.startswith(
        f"{centre.profile.code}/{financial_year_label(local_date(night))}/"
    )
    with database.unit_of_work() as uow:
        quick = open_case(uow, ref.id, by=operator, today=today)
    assert quick.status == "registered"
    assert set(quick.missing) == {
        IntakeSection.ABOUT_HER,
        IntakeSection.WHAT_HAPPENED,
        IntakeSection.SERVICES_NEEDED,
        IntakeSection.CONSENT,
        IntakeSection.CASE_WORKER,
    }

    # Morning: the operator completes the intake, with her two children.
    children = (
        ChildInput(sex="girl", age_years="7", name="प्रिया"),
        ChildInput(sex="boy", age_years="4", name="Rohan"),
    )
    full = complete_intake(
        case_worker_id=counsellor.user_id,
        arrival="emergency_112",
        full_name="सुनीता देवी",
        children=children,
        incident_date=today - timedelta(days=1),
    )
    with database.unit_of_work() as uow:
        completed = update_intake(
            uow, ref.id, full, expected_updated_at=quick.updated_at, by=operator
        )
    assert completed.missing == ()
    assert [(c.sex, c.age_years, c.name) for c in completed.children] == [
        ("girl", 7, "प्रिया"),
        ("boy", 4, "Rohan"),
    ]

    # The counsellor's session, with confidential notes.
    with database.unit_of_work() as uow:
        record_service(
            uow,
            ref.id,
            ServiceInput(
                kind="counselling",
                given_on=today,
                summary="First session",
                confidential_notes=NOTES,
            ),
            by=counsellor,
        )
    with database.unit_of_work() as uow:
        seen_by_operator = list_services(uow, ref.id, by=operator)
    with database.unit_of_work() as uow:
        seen_by_counsellor = list_services(uow, ref.id, by=counsellor)
    assert seen_by_operator[0].has_confidential_notes
    assert seen_by_operator[0].confidential_notes is None
    assert NOTES not in repr(seen_by_operator)
    assert seen_by_counsellor[0].confidential_notes == NOTES

    # The operator may not dispose; the counsellor does, and follow-ups are scheduled.
    with database.unit_of_work() as uow, pytest.raises(PermissionDenied):
        dispose_case(uow, ref.id, outcome="resolved_by_counselling", note="", by=operator)
    disposed_on = today
    with database.unit_of_work() as uow:
        disposed = dispose_case(
            uow,
            ref.id,
            outcome="resolved_by_counselling",
            note="Safe with her mother",
            by=counsellor,
            today=disposed_on,
        )
    assert disposed.status == "disposed"
    expected = [add_months(disposed_on, months) for months in (1, 3, 6)]
    assert disposed.next_follow_up == expected[0]
    with database.unit_of_work() as uow:
        schedule = case_follow_ups(uow, ref.id, by=counsellor)
    assert [f.due_on for f in schedule] == expected
    with database.unit_of_work() as uow:
        due = list_due_follow_ups(uow, by=operator, today=expected[0] + timedelta(days=2))
    assert [(f.case_number, f.overdue) for f in due] == [(ref.case_number, True)]

    # Everything was audited, nothing identifying went into the trail, and the chain holds.
    with database.unit_of_work() as uow:
        events = uow.session.scalars(select(AuditEvent)).all()
        trail = " ".join(f"{e.action} {e.details}" for e in events)
        for secret in ("सुनीता", "प्रिया", "Rohan", NOTES, "98765"):
            assert secret not in trail
        actions = [e.action for e in events if e.entity_type == "case"]
        assert {"case_created", "case_updated", "case_viewed", "service_recorded"} <= set(actions)
        assert "confidential_notes_viewed" in actions
        updated = next(e for e in events if e.action == "case_updated")
        assert "children" in json.dumps(json.loads(updated.details))
        assert verify_chain(uow, actor_of(database, "asha.kumari")).first_broken_id is None


def test_the_quick_path_needs_only_a_name_or_alias_and_how_she_came(centre, staff) -> None:
    operator, _ = staff
    with centre.database.unit_of_work() as uow:
        ref = register_case(
            uow, IntakeInput(arrival="walk_in", name_withheld=True, alias="Didi"), by=operator
        )
    with centre.database.unit_of_work() as uow:
        detail = open_case(uow, ref.id, by=operator)
    assert detail.display_name == "Didi"
    assert detail.full_name == ""
    assert detail.days_since_registration == 0
    assert replace(complete_intake(), arrival="walk_in").arrival == "walk_in"
    assert detail.registered_at <= datetime.now(UTC) + timedelta(seconds=1)
