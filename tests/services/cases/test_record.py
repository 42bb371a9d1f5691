"""The case record: the audited read, the header figures, erased cases, links, case workers."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from osc_desktop.errors import CaseNotFound, PermissionDenied, SessionEnded
from osc_desktop.models import AuditEvent, Case, CaseLink, FollowUp, StaffUser
from osc_desktop.services.cases.dto import ChildInput, PerpetratorInput
from osc_desktop.services.cases.record import (
    case_detail,
    linked_cases,
    list_case_workers,
    open_case,
)
from osc_desktop.services.core.audit_log import AuditAction
from tests.case_factory import actor_of, register
from tests.conftest import MANAGER_PASSWORD
from tests.helpers import insert_staff

NOW = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)
TODAY = date(2026, 11, 23)


def view(db, actor, case_id, today=TODAY):
    with db.unit_of_work() as uow:
        return open_case(uow, case_id, by=actor, today=today)


def viewed_events(db) -> list[tuple[int, str, dict]]:
    with db.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.CASE_VIEWED.value)
        )
        return [(e.user_id, e.entity_id, json.loads(e.details)) for e in events]


def test_opening_a_case_shows_it_whole_and_is_audited(db, boss):
    ref = register(
        db,
        boss,
        now=NOW,
        full_name="सुनीता देवी",
        age_years="१६",
        children=(ChildInput("girl", "6", "Priya"), ChildInput("boy", "10")),
        violence=frozenset({"domestic", "rape"}),
        perpetrators=(PerpetratorInput("husband", "Ramesh"),),
        police_report_kind="fir",
        police_report_number="123/2026",
        police_station="Gandhi Maidan",
    )
    detail = view(db, boss, ref.id)
    assert detail.case_number == "PAT/2026-27/0001" and detail.financial_year == "2026-27"
    assert detail.display_name == detail.full_name == "सुनीता देवी"
    assert detail.age_years == 16 and detail.is_minor is True
    assert detail.registered_by_name == "Asha Kumari"
    assert detail.case_worker_name == "Asha Kumari"
    assert detail.status == "registered" and detail.outcome is None and not detail.erased
    assert detail.missing == ()
    assert detail.violence == ("domestic", "rape")
    assert detail.core_gbv_type == "rape"  # the most severe GBVIMS type
    assert [(c.sex, c.age_years, c.name) for c in detail.children] == [
        ("girl", 6, "Priya"),
        ("boy", 10, ""),
    ]
    assert [(p.relationship, p.name) for p in detail.perpetrators] == [("husband", "Ramesh")]
    assert (detail.police_report_kind, detail.police_report_number) == ("fir", "123/2026")
    assert detail.needs == ("counselling", "medical_aid")
    assert viewed_events(db) == [(boss.user_id, str(ref.id), {})]
    assert "सुनीता" not in repr(detail)


def test_days_since_registration_count_local_days(db, boss):
    ref = register(db, boss, now=NOW)
    assert view(db, boss, ref.id, today=TODAY).days_since_registration == 0
    assert view(db, boss, ref.id, today=TODAY + timedelta(days=9)).days_since_registration == 9


def test_the_next_follow_up_is_the_earliest_still_open(db, boss):
    ref = register(db, boss, now=NOW)
    assert view(db, boss, ref.id).next_follow_up is None
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.add_all(
            [
                FollowUp(
                    case_id=ref.id, due_on=date(2026, 12, 1), done_at=NOW, done_by_id=boss.user_id
                ),
                FollowUp(case_id=ref.id, due_on=date(2026, 12, 5), cancelled=True),
                FollowUp(case_id=ref.id, due_on=date(2027, 5, 1)),
                FollowUp(case_id=ref.id, due_on=date(2027, 2, 1)),
            ]
        )
        uow.commit()
    assert view(db, boss, ref.id).next_follow_up == date(2027, 2, 1)


def test_a_withheld_name_shows_the_alias(db, boss):
    ref = register(db, boss, quick=True, now=NOW, full_name="", alias="Didi", name_withheld=True)
    detail = view(db, boss, ref.id)
    assert detail.display_name == "Didi" and detail.name_withheld
    assert detail.missing == (
        "about_her",
        "what_happened",
        "services_needed",
        "consent",
        "case_worker",
    )


def test_an_erased_case_opens_with_its_identifying_fields_empty(db, boss):
    ref = register(
        db,
        boss,
        now=NOW,
        date_of_birth=date(1994, 1, 1),
        age_years="32",
        police_report_kind="dir",
        police_report_number="7/26",
        disability="Limps since the fall at the brick kiln",
        police_station="Phulwari Sharif",
    )
    with db.unit_of_work() as uow:  # even if some identifying text were left in the row
        uow.lock_for_writing()
        uow.session.get(Case, ref.id).erased_at = NOW
        uow.commit()
    detail = view(db, boss, ref.id)
    assert detail.erased is True
    for name in (
        "full_name",
        "alias",
        "display_name",
        "address",
        "phone",
        "narrative",
        "incident_place",
        "police_report_number",
        "referred_by",
        "occupation",
        "disability",
        "language",
        "police_station",
    ):
        assert getattr(detail, name) == "", name
    assert detail.date_of_birth is None
    assert [c.name for c in detail.children] == [""] and [p.name for p in detail.perpetrators] == [
        ""
    ]
    # The non-identifying figures stay.
    assert detail.age_years == 32 and detail.violence == ("domestic", "dowry")
    assert viewed_events(db)[-1][2] == {"erased": True}


def test_opening_a_case_that_does_not_exist(db, boss):
    with db.unit_of_work() as uow, pytest.raises(CaseNotFound):
        open_case(uow, 999, by=boss)
    assert viewed_events(db) == []


def test_a_deactivated_account_cannot_open_a_case(db, boss):
    ref = register(db, boss, now=NOW)
    other = insert_staff(db, "ravi", "operator", MANAGER_PASSWORD)
    ravi = actor_of(db, "ravi")
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(StaffUser, other).is_active = False
        uow.commit()
    with db.unit_of_work() as uow, pytest.raises(SessionEnded):
        open_case(uow, ref.id, by=ravi)


def test_case_detail_writes_no_audit_event(db, boss):
    ref = register(db, boss, now=NOW)
    with db.unit_of_work() as uow:
        detail = case_detail(uow.session, uow.session.get(Case, ref.id), today=TODAY)
        uow.commit()
    assert detail.id == ref.id and viewed_events(db) == []


def test_linked_cases_both_ways_without_undone_links(db, boss):
    a = register(db, boss, now=NOW - timedelta(days=300), full_name="Sunita")
    b = register(db, boss, now=NOW - timedelta(days=100), full_name="सुनीता")
    c = register(db, boss, now=NOW, full_name="Suneeta")
    d = register(db, boss, now=NOW, full_name="Someone else")
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.add_all(
            [
                CaseLink(
                    case_id=b.id,
                    linked_case_id=a.id,
                    created_by_id=boss.user_id,
                    created_at=NOW - timedelta(days=100),
                ),
                CaseLink(
                    case_id=c.id, linked_case_id=b.id, created_by_id=boss.user_id, created_at=NOW
                ),
                CaseLink(
                    case_id=d.id,
                    linked_case_id=b.id,
                    created_by_id=boss.user_id,
                    created_at=NOW,
                    removed_at=NOW,
                    removed_by_id=boss.user_id,
                ),
            ]
        )
        uow.commit()
    with db.unit_of_work() as uow:
        rows = linked_cases(uow.session, b.id)
    assert [(r.case_id, r.case_number, r.display_name) for r in rows] == [
        (a.id, a.case_number, "Sunita"),
        (c.id, c.case_number, "Suneeta"),
    ]
    assert rows[0].linked_by_name == "Asha Kumari" and rows[0].status == "registered"
    assert [r.case_id for r in view(db, boss, a.id).linked_cases] == [b.id]
    assert view(db, boss, d.id).linked_cases == ()


def test_erased_cases_are_not_listed_as_linked(db, boss):
    """Erasure deletes its links; a link row left over still ties nothing back to her."""
    a = register(db, boss, now=NOW - timedelta(days=100), full_name="Sunita")
    b = register(db, boss, now=NOW, full_name="सुनीता")
    c = register(db, boss, now=NOW, full_name="Suneeta")
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.add_all(
            [
                CaseLink(case_id=b.id, linked_case_id=a.id, created_by_id=boss.user_id),
                CaseLink(case_id=c.id, linked_case_id=b.id, created_by_id=boss.user_id),
            ]
        )
        uow.session.get(Case, b.id).erased_at = NOW
        uow.commit()
    with db.unit_of_work() as uow:
        assert linked_cases(uow.session, a.id) == ()
        assert linked_cases(uow.session, c.id) == ()
        assert linked_cases(uow.session, b.id) == ()
    assert view(db, boss, a.id).linked_cases == ()
    assert view(db, boss, b.id).linked_cases == ()


def test_case_workers_are_the_active_accounts_by_name(db, boss):
    insert_staff(db, "zoya.khan", "counsellor", MANAGER_PASSWORD)
    insert_staff(db, "bina.singh", "operator", MANAGER_PASSWORD)
    insert_staff(db, "anita.gone", "counsellor", MANAGER_PASSWORD, is_active=False)
    with db.unit_of_work() as uow:
        workers = list_case_workers(uow, by=boss)
    assert [(w.full_name, w.role) for w in workers] == [
        ("Asha Kumari", "manager"),
        ("Bina Singh", "operator"),
        ("Zoya Khan", "counsellor"),
    ]
    assert all(w.is_active for w in workers)


def test_a_refused_read_is_recorded(db, boss, monkeypatch):
    ref = register(db, boss, now=NOW)
    from osc_desktop.services.core import permissions

    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, permissions.Role.OPERATOR, frozenset())
    insert_staff(db, "ravi", "operator", MANAGER_PASSWORD)
    ravi = actor_of(db, "ravi")
    with db.unit_of_work() as uow, pytest.raises(PermissionDenied):
        open_case(uow, ref.id, by=ravi)
    assert viewed_events(db) == []
