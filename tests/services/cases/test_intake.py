"""Registering and updating intakes: one transaction, audit without her data, the round trip."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from osc_desktop.errors import (
    CaseChangedMeanwhile,
    CaseErased,
    CaseNotFound,
    SessionEnded,
    ValidationError,
)
from osc_desktop.models import (
    AuditEvent,
    Case,
    CaseLink,
    CaseSequence,
    CaseStatus,
    StaffUser,
    StatusChange,
)
from osc_desktop.services.cases import search_index as case_search_index
from osc_desktop.services.cases.dto import ChildInput, IntakeInput, IntakeSection, PerpetratorInput
from osc_desktop.services.cases.intake import missing_sections, register_case, update_intake
from osc_desktop.services.cases.intake_validation import (
    AGE_INVALID,
    CASE_WORKER_NOT_ACTIVE,
    NAME_OR_ALIAS_REQUIRED,
)
from osc_desktop.services.cases.record import open_case
from osc_desktop.services.core.audit_log import AuditAction
from tests.case_factory import actor_of, complete_intake, quick_intake, register
from tests.conftest import MANAGER_PASSWORD
from tests.helpers import insert_staff

NOW = datetime(2026, 11, 23, 10, 30, tzinfo=UTC)


@pytest.fixture
def operator(db):
    insert_staff(db, "ravi.kumar", "operator", MANAGER_PASSWORD)
    return actor_of(db, "ravi.kumar")


def audit_rows(db, action: AuditAction) -> list[SimpleNamespace]:
    """The events of `action`, oldest first, as plain objects (readable after the session)."""
    with db.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == action.value).order_by(AuditEvent.id)
        )
        return [
            SimpleNamespace(
                user_id=e.user_id,
                entity_type=e.entity_type,
                entity_id=e.entity_id,
                details=e.details,
            )
            for e in events
        ]


def count(db, model) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_a_complete_intake_is_registered_complete(db, boss):
    ref = register(db, boss, now=NOW)
    assert ref.case_number == "PAT/2026-27/0001"
    with db.unit_of_work() as uow:
        case = uow.session.get(Case, ref.id)
        assert case.intake_complete is True
        assert missing_sections(case) == ()
        assert case.status is CaseStatus.REGISTERED
        assert case.registered_at == NOW and case.updated_at == NOW
        assert case.registered_by_id == boss.user_id
        assert [c.age_years for c in case.children] == [6]
        assert {v.kind.value for v in case.violence} == {"domestic", "dowry"}
        change = uow.session.scalars(select(StatusChange)).one()
        assert (change.case_id, change.from_status, change.to_status) == (
            ref.id,
            None,
            CaseStatus.REGISTERED,
        )
        assert change.changed_by_id == boss.user_id
    (event,) = audit_rows(db, AuditAction.CASE_CREATED)
    assert event.entity_type == "case" and event.entity_id == str(ref.id)
    assert json.loads(event.details) == {"quick": False, "missing": [], "children": 1}


def test_a_quick_registration_lists_what_is_missing(db, operator):
    ref = register(db, operator, quick=True, now=NOW)
    with db.unit_of_work() as uow:
        case = uow.session.get(Case, ref.id)
        assert case.intake_complete is False
        assert missing_sections(case) == tuple(IntakeSection)
    (event,) = audit_rows(db, AuditAction.CASE_CREATED)
    assert json.loads(event.details) == {
        "quick": True,
        "missing": [s.value for s in IntakeSection],
        "children": 0,
    }


def test_the_audit_event_holds_no_survivor_data(db, boss):
    register(db, boss, now=NOW, full_name="Sunita Devi", phone="98765 43210")
    (event,) = audit_rows(db, AuditAction.CASE_CREATED)
    for secret in ("Sunita", "9876543210", "Phulwari", "dowry.", "Ramesh", "Priya"):
        assert secret not in event.details


def test_bad_input_saves_nothing_and_names_every_field(db, boss):
    data = complete_intake(full_name="", age_years="abc", case_worker_id=9999)
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        register_case(uow, data, by=boss, now=NOW)
    problems = {k: v.message for k, v in caught.value.field_errors.items()}
    assert problems == {
        "full_name": NAME_OR_ALIAS_REQUIRED,
        "age_years": AGE_INVALID,
        "case_worker_id": CASE_WORKER_NOT_ACTIVE,
    }
    assert count(db, Case) == count(db, CaseSequence) == count(db, StatusChange) == 0
    assert audit_rows(db, AuditAction.CASE_CREATED) == []


def test_the_case_worker_must_be_an_active_account(db, boss):
    gone = insert_staff(db, "old.worker", "counsellor", MANAGER_PASSWORD, is_active=False)
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        register_case(uow, complete_intake(case_worker_id=gone), by=boss, now=NOW)
    assert set(caught.value.field_errors) == {"case_worker_id"}


def test_a_deactivated_actor_cannot_register(db, operator, boss):
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(StaffUser, operator.user_id).is_active = False
        uow.commit()
    with db.unit_of_work() as uow, pytest.raises(SessionEnded):
        register_case(uow, quick_intake(), by=operator, now=NOW)
    assert count(db, Case) == 0


def test_registering_indexes_the_case_in_its_transaction(db, boss, monkeypatch):
    seen = []

    def spy(session, case):
        seen.append((case.id, case.case_number, session.in_transaction()))

    monkeypatch.setattr(case_search_index, "index_case", spy)
    ref = register(db, boss, now=NOW)
    assert seen == [(ref.id, ref.case_number, True)]


def test_a_failure_in_indexing_leaves_nothing_half_saved(db, boss, monkeypatch):
    def broken(session, case):
        raise RuntimeError("index down")

    monkeypatch.setattr(case_search_index, "index_case", broken)
    with pytest.raises(RuntimeError):
        register(db, boss, now=NOW)
    assert count(db, Case) == count(db, CaseSequence) == count(db, StatusChange) == 0
    monkeypatch.undo()
    assert register(db, boss, now=NOW).case_number == "PAT/2026-27/0001"


def test_a_returning_woman_is_linked_to_her_earlier_case(db, boss):
    earlier = register(db, boss, now=NOW - timedelta(days=200))
    ref = register(db, boss, now=NOW, link_to_case_id=earlier.id)
    with db.unit_of_work() as uow:
        link = uow.session.scalars(select(CaseLink)).one()
        assert {link.case_id, link.linked_case_id} == {ref.id, earlier.id}
        assert link.removed_at is None and link.created_by_id == boss.user_id
    with db.unit_of_work() as uow:
        detail = open_case(uow, ref.id, by=boss, today=date(2026, 11, 23))
    assert [(c.case_id, c.case_number) for c in detail.linked_cases] == [
        (earlier.id, earlier.case_number)
    ]


def test_linking_to_a_case_that_does_not_exist_saves_nothing(db, boss):
    with db.unit_of_work() as uow, pytest.raises(CaseNotFound):
        register_case(
            uow,
            complete_intake(case_worker_id=boss.user_id),
            by=boss,
            link_to_case_id=4242,
            now=NOW,
        )
    assert count(db, Case) == count(db, CaseLink) == count(db, CaseSequence) == 0


# --- update_intake ----------------------------------------------------------------------------


def load(db, actor, case_id):
    with db.unit_of_work() as uow:
        return open_case(uow, case_id, by=actor, today=date(2026, 11, 23))


def as_input(detail) -> IntakeInput:
    """What the intake form would collect from a loaded case, unchanged."""
    return IntakeInput(
        arrival=detail.arrival,
        referred_by=detail.referred_by,
        full_name=detail.full_name,
        alias=detail.alias,
        name_withheld=detail.name_withheld,
        age_years="" if detail.age_years is None else str(detail.age_years),
        date_of_birth=detail.date_of_birth,
        is_minor=detail.is_minor,
        marital_status=detail.marital_status or "",
        address=detail.address,
        phone=detail.phone,
        safe_to_call=detail.safe_to_call,
        education=detail.education or "",
        occupation=detail.occupation,
        disability=detail.disability,
        pregnant=detail.pregnant,
        language=detail.language,
        children=tuple(ChildInput(c.sex, str(c.age_years), c.name) for c in detail.children),
        violence=frozenset(detail.violence),
        incident_date=detail.incident_date,
        incident_place=detail.incident_place,
        narrative=detail.narrative,
        perpetrators=tuple(PerpetratorInput(p.relationship, p.name) for p in detail.perpetrators),
        police_report_kind=detail.police_report_kind or "",
        police_report_number=detail.police_report_number,
        police_station=detail.police_station,
        needs=frozenset(detail.needs),
        consent_services=detail.consent_services,
        consent_sharing=detail.consent_sharing,
        consent_statistics=detail.consent_statistics,
        case_worker_id=detail.case_worker_id,
    )


def test_completing_a_quick_registration(db, operator, boss):
    ref = register(db, operator, quick=True, now=NOW)
    before = load(db, operator, ref.id)
    later = NOW + timedelta(hours=2)
    data = complete_intake(case_worker_id=boss.user_id, incident_date=date(2026, 11, 20))
    with db.unit_of_work() as uow:
        detail = update_intake(
            uow, ref.id, data, expected_updated_at=before.updated_at, by=operator, now=later
        )
    assert detail.missing == () and detail.updated_at == later
    assert detail.case_worker_name == "Asha Kumari"
    with db.unit_of_work() as uow:
        assert uow.session.get(Case, ref.id).intake_complete is True
    (event,) = audit_rows(db, AuditAction.CASE_UPDATED)
    details = json.loads(event.details)
    assert event.user_id == operator.user_id and event.entity_id == str(ref.id)
    assert details["missing"] == []
    assert set(details["fields"]) >= {
        "arrival",
        "age_years",
        "phone",
        "narrative",
        "children",
        "violence",
        "needs",
        "perpetrators",
        "case_worker_id",
        "consent_services",
    }
    assert "full_name" not in details["fields"]  # the same name was typed again
    for secret in ("9876543210", "Ramesh", "Priya", "dowry"):
        assert secret not in event.details


def test_an_update_names_only_the_fields_that_changed(db, boss, monkeypatch):
    ref = register(db, boss, now=NOW)
    before = load(db, boss, ref.id)
    indexed = []
    monkeypatch.setattr(case_search_index, "index_case", lambda s, c: indexed.append(c.id))
    data = replace(as_input(before), phone="0612 2345678", violence=frozenset({"domestic"}))
    with db.unit_of_work() as uow:
        detail = update_intake(uow, ref.id, data, expected_updated_at=before.updated_at, by=boss)
    assert detail.phone == "0612 2345678" and detail.violence == ("domestic",)
    (event,) = audit_rows(db, AuditAction.CASE_UPDATED)
    assert json.loads(event.details)["fields"] == ["phone", "violence"]
    assert indexed == [ref.id]
    # The children and perpetrators were left as they were (same rows).
    assert [c.id for c in detail.children] == [c.id for c in before.children]


def test_saving_without_a_change_records_nothing(db, boss):
    ref = register(db, boss, now=NOW)
    before = load(db, boss, ref.id)
    with db.unit_of_work() as uow:
        detail = update_intake(
            uow, ref.id, as_input(before), expected_updated_at=before.updated_at, by=boss
        )
    assert detail.updated_at == before.updated_at
    assert audit_rows(db, AuditAction.CASE_UPDATED) == []


def test_someone_elses_save_meanwhile_is_not_overwritten(db, boss, operator):
    ref = register(db, boss, now=NOW)
    mine = load(db, boss, ref.id)
    theirs = load(db, operator, ref.id)
    with db.unit_of_work() as uow:
        update_intake(
            uow,
            ref.id,
            replace(as_input(theirs), occupation="Cook"),
            expected_updated_at=theirs.updated_at,
            by=operator,
        )
    with db.unit_of_work() as uow, pytest.raises(CaseChangedMeanwhile):
        update_intake(
            uow,
            ref.id,
            replace(as_input(mine), occupation="Teacher"),
            expected_updated_at=mine.updated_at,
            by=boss,
        )
    assert load(db, boss, ref.id).occupation == "Cook"


def test_an_erased_case_cannot_be_edited(db, boss):
    ref = register(db, boss, now=NOW)
    before = load(db, boss, ref.id)
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(Case, ref.id).erased_at = NOW
        uow.commit()
    with db.unit_of_work() as uow, pytest.raises(CaseErased):
        update_intake(uow, ref.id, as_input(before), expected_updated_at=before.updated_at, by=boss)


def test_updating_a_missing_case(db, boss):
    with db.unit_of_work() as uow, pytest.raises(CaseNotFound):
        update_intake(uow, 77, quick_intake(), expected_updated_at=NOW, by=boss)


def test_an_invalid_update_changes_nothing(db, boss):
    ref = register(db, boss, now=NOW)
    before = load(db, boss, ref.id)
    data = replace(as_input(before), occupation="Cook", age_years="200")
    with db.unit_of_work() as uow, pytest.raises(ValidationError):
        update_intake(uow, ref.id, data, expected_updated_at=before.updated_at, by=boss)
    after = load(db, boss, ref.id)
    assert after.occupation == before.occupation and after.updated_at == before.updated_at


def test_a_case_worker_deactivated_since_may_stay_on_the_case(db, boss):
    worker = insert_staff(db, "meena.devi", "counsellor", MANAGER_PASSWORD)
    ref = register(db, boss, now=NOW, case_worker_id=worker)
    with db.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(StaffUser, worker).is_active = False
        uow.commit()
    before = load(db, boss, ref.id)
    with db.unit_of_work() as uow:
        detail = update_intake(
            uow,
            ref.id,
            replace(as_input(before), occupation="Cook"),
            expected_updated_at=before.updated_at,
            by=boss,
        )
    assert detail.case_worker_id == worker


def test_removing_a_section_makes_the_intake_incomplete_again(db, boss):
    ref = register(db, boss, now=NOW)
    before = load(db, boss, ref.id)
    with db.unit_of_work() as uow:
        detail = update_intake(
            uow,
            ref.id,
            replace(as_input(before), needs=frozenset()),
            expected_updated_at=before.updated_at,
            by=boss,
        )
    assert detail.missing == ("services_needed",)
    with db.unit_of_work() as uow:
        assert uow.session.get(Case, ref.id).intake_complete is False


# --- the save/load round trip -----------------------------------------------------------------

devanagari = st.characters(min_codepoint=0x0900, max_codepoint=0x097F)
latin = st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.characters(
    min_codepoint=0xC0, max_codepoint=0x17F
)


def words(max_size: int) -> st.SearchStrategy[str]:
    return st.text(devanagari | latin, max_size=max_size)


def lines(max_size: int) -> st.SearchStrategy[str]:
    return st.text(devanagari | latin | st.sampled_from("\n\t"), max_size=max_size)


def cleaned(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


intakes = st.builds(
    IntakeInput,
    arrival=st.sampled_from(["walk_in", "helpline_181", "police", "ngo"]),
    referred_by=words(40),
    full_name=words(40).filter(lambda t: cleaned(t) != ""),
    alias=words(20),
    age_years=st.integers(18, 120).map(str) | st.just(""),
    marital_status=st.sampled_from(["", "married", "widowed"]),
    address=lines(100),
    phone=st.sampled_from(["", "98765 43210", "+91 612 2345678"]),
    safe_to_call=st.none() | st.booleans(),
    occupation=words(30),
    disability=words(30),
    pregnant=st.none() | st.booleans(),
    language=words(20),
    children=st.lists(
        st.builds(
            ChildInput,
            sex=st.sampled_from(["girl", "boy"]),
            age_years=st.integers(0, 17).map(str),
            name=words(20),
        ),
        max_size=3,
    ).map(tuple),
    violence=st.frozensets(st.sampled_from(["domestic", "rape", "stalking", "other"])),
    incident_date=st.none() | st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 11, 23)),
    incident_place=words(40),
    narrative=lines(400),
    perpetrators=st.lists(
        st.builds(
            PerpetratorInput, relationship=st.sampled_from(["husband", "in_laws"]), name=words(20)
        ),
        max_size=2,
    ).map(tuple),
    needs=st.frozensets(st.sampled_from(["counselling", "legal_aid", "short_stay"])),
    consent_services=st.none() | st.booleans(),
    consent_sharing=st.none() | st.booleans(),
    consent_statistics=st.none() | st.booleans(),
)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=intakes)
def test_register_then_open_gives_back_what_was_typed(db, boss, data):
    with db.unit_of_work() as uow:
        ref = register_case(uow, data, by=boss, now=NOW)
    detail = load(db, boss, ref.id)
    for name in (
        "referred_by",
        "full_name",
        "alias",
        "address",
        "occupation",
        "disability",
        "language",
        "incident_place",
        "narrative",
    ):
        assert getattr(detail, name) == cleaned(getattr(data, name)), name
    assert detail.arrival == data.arrival
    assert detail.age_years == (int(data.age_years) if data.age_years else None)
    assert detail.marital_status == (data.marital_status or None)
    assert (
        detail.phone
        == {"": "", "98765 43210": "9876543210", "+91 612 2345678": "0612 2345678"}[data.phone]
    )
    for name in (
        "safe_to_call",
        "pregnant",
        "incident_date",
        "consent_services",
        "consent_sharing",
        "consent_statistics",
    ):
        assert getattr(detail, name) == getattr(data, name), name
    assert [(c.sex, str(c.age_years), c.name) for c in detail.children] == [
        (c.sex, c.age_years, cleaned(c.name)) for c in data.children
    ]
    assert [(p.relationship, p.name) for p in detail.perpetrators] == [
        (p.relationship, cleaned(p.name)) for p in data.perpetrators
    ]
    assert set(detail.violence) == data.violence and set(detail.needs) == data.needs
    # Saved again unchanged, nothing changes.
    with db.unit_of_work() as uow:
        again = update_intake(
            uow, ref.id, as_input(detail), expected_updated_at=detail.updated_at, by=boss
        )
    assert again.updated_at == detail.updated_at


def test_a_landline_given_back_as_stored_stays_a_landline(db, boss):
    """A landline is stored with its STD code apart ("0612 2345678"), so saving the form again
    reads it as the same landline, not as 0 + the mobile 61223 45678."""
    ref = register(db, boss, now=NOW, phone="0612 2345678")
    before = load(db, boss, ref.id)
    assert before.phone == "0612 2345678"
    with db.unit_of_work() as uow:
        after = update_intake(
            uow,
            ref.id,
            replace(as_input(before), occupation="Cook"),
            expected_updated_at=before.updated_at,
            by=boss,
        )
    assert after.phone == "0612 2345678"
    (event,) = audit_rows(db, AuditAction.CASE_UPDATED)
    assert json.loads(event.details)["fields"] == ["occupation"]
