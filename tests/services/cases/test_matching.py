"""Possible matches at intake, and linking cases as the same woman (never merging them)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import CaseErased, CaseNotFound, PermissionDenied, ValidationError
from osc_desktop.models import AuditEvent, Case, CaseLink
from osc_desktop.services.cases.matching import (
    LINK_TO_ITSELF,
    find_possible_matches,
    link_cases,
    link_in_session,
    unlink_cases,
)
from osc_desktop.services.cases.search_index import index_case
from tests.case_factory import actor_of, register

NOW = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)


@pytest.fixture
def boss(centre):
    return actor_of(centre.database, "asha.kumari")


@pytest.fixture
def operator(centre, make_staff):
    make_staff("ravi.operator", "operator")
    return actor_of(centre.database, "ravi.operator")


def matches(centre, actor, full_name="", alias="", phone="", age_years="", **kwargs):
    with centre.database.unit_of_work() as uow:
        return find_possible_matches(
            uow,
            full_name=full_name,
            alias=alias,
            phone=phone,
            age_years=age_years,
            by=actor,
            **kwargs,
        )


def events(centre, action):
    with centre.database.unit_of_work() as uow:
        rows = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).all()
        return [(row.user_id, row.entity_id, json.loads(row.details)) for row in rows]


# -- possible matches ----------------------------------------------------------------------------


def test_same_phone_first_then_similar_name_and_age_then_name(centre, boss, operator):
    db = centre.database
    same_age = register(db, boss, full_name="Suneeta", age_years="31", phone="")
    old_age = register(db, boss, full_name="सुनीता देवी", age_years="50", phone="")  # newer
    phone = register(db, boss, full_name="Pinki Kumari", age_years="22", phone="9876543210")
    register(db, boss, full_name="Rekha Devi", age_years="30", phone="9123456780")

    found = matches(
        centre, operator, full_name="Sunita Devi", phone="+91 98765-43210", age_years="३०"
    )
    assert [m.case_id for m in found] == [phone.id, same_age.id, old_age.id]
    by_id = {m.case_id: m for m in found}
    assert by_id[phone.id].same_phone and not by_id[phone.id].similar_name
    assert by_id[same_age.id].similar_name and by_id[same_age.id].similar_age
    assert by_id[old_age.id].similar_name and not by_id[old_age.id].similar_age
    assert by_id[old_age.id].display_name == "सुनीता देवी"
    assert by_id[old_age.id].case_number == old_age.case_number
    assert events(centre, "cases_searched") == [
        (
            operator.user_id,
            "",
            {
                "purpose": "possible_matches",
                "shown": 3,
                "case_ids": [phone.id, same_age.id, old_age.id],
            },
        )
    ]


def test_her_age_then_grows_with_the_years_since(centre, boss):
    then = datetime(2021, 6, 1, 6, 0, tzinfo=UTC)
    ref = register(centre.database, boss, now=then, full_name="Sunita", age_years="25", phone="")
    later = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)
    (found,) = matches(centre, boss, full_name="Sunita", age_years="30", now=later)
    assert found.case_id == ref.id and found.similar_age
    (found,) = matches(centre, boss, full_name="Sunita", age_years="25", now=later)
    assert not found.similar_age


def test_honorifics_alone_are_no_evidence(centre, boss):
    register(centre.database, boss, full_name="Rekha Devi", phone="")
    register(centre.database, boss, full_name="Priya Kumari", phone="")
    assert matches(centre, boss, full_name="Sunita Devi") == ()
    assert matches(centre, boss, full_name="Anjali Kumari") == ()
    assert events(centre, "cases_searched") == [], "nothing shown: nothing audited"


def test_different_names_and_surnames_are_not_similar(centre, boss):
    register(centre.database, boss, full_name="Sunita Paswan", phone="")
    register(centre.database, boss, full_name="Sanjana", phone="")
    assert matches(centre, boss, full_name="Sunita Yadav") == ()
    (only,) = matches(centre, boss, full_name="सुनीता")  # "Sunita" could be Sunita Paswan
    assert only.similar_name


def test_the_alias_counts_as_a_name(centre, boss):
    ref = register(centre.database, boss, full_name="", alias="Guddi", name_withheld=True)
    (found,) = matches(centre, boss, alias="गुड्डी")
    assert found.case_id == ref.id and found.display_name == "Guddi"


def test_erased_and_excluded_cases_are_not_suggested(centre, boss):
    erased = register(centre.database, boss, full_name="Fatima", phone="9876543210")
    editing = register(centre.database, boss, full_name="फ़ातिमा", phone="9876543210")
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        case = uow.session.get(Case, erased.id)
        case.erased_at = NOW
        index_case(uow.session, case)  # her name leaves the index, her phone stays on the row
        uow.commit()
    assert [m.case_id for m in matches(centre, boss, full_name="Fatima")] == [editing.id]
    assert matches(centre, boss, full_name="Fatima", exclude_case_id=editing.id) == ()
    assert matches(centre, boss, phone="9876543210", exclude_case_id=editing.id) == ()


def test_a_landline_in_another_spelling(centre, boss):
    ref = register(centre.database, boss, full_name="Seema", phone="0612-2345678")
    (found,) = matches(centre, boss, phone="(0612) 234 5678")
    assert found.case_id == ref.id and found.same_phone and not found.similar_name


def test_a_partly_typed_phone_or_nothing_matches_nothing(centre, boss):
    register(centre.database, boss, full_name="Sunita", phone="9876543210")
    assert matches(centre, boss, phone="98765") == ()
    assert matches(centre, boss) == ()
    assert matches(centre, boss, full_name="42 --") == ()


def test_the_limit(centre, boss):
    for _ in range(4):
        register(centre.database, boss, full_name="Sunita", phone="")
    assert len(matches(centre, boss, full_name="Sunita", limit=3)) == 3
    assert len(matches(centre, boss, full_name="Sunita")) == 4


# -- links ---------------------------------------------------------------------------------------


@pytest.fixture
def two_cases(centre, boss):
    first = register(centre.database, boss, full_name="Sunita Devi")
    second = register(centre.database, boss, full_name="सुनीता देवी")
    return first, second


def link(centre, actor, case_id, other_id):
    with centre.database.unit_of_work() as uow:
        return link_cases(uow, case_id, other_id, by=actor)


def unlink(centre, actor, link_id):
    with centre.database.unit_of_work() as uow:
        unlink_cases(uow, link_id, by=actor)


def links(centre):
    with centre.database.unit_of_work() as uow:
        rows = uow.session.scalars(select(CaseLink).order_by(CaseLink.id)).all()
        return [(r.case_id, r.linked_case_id, r.removed_at, r.removed_by_id) for r in rows]


def test_linking_is_audited_and_describes_the_other_case(centre, boss, two_cases):
    first, second = two_cases
    linked = link(centre, boss, second.id, first.id)
    assert linked.case_id == first.id
    assert linked.case_number == first.case_number
    assert linked.display_name == "Sunita Devi"
    assert linked.linked_by_name == "Asha Kumari"
    assert links(centre) == [(second.id, first.id, None, None)]
    assert events(centre, "case_linked") == [
        (boss.user_id, str(second.id), {"other_case_id": first.id})
    ]


def test_linking_a_linked_pair_again_changes_nothing(centre, boss, two_cases):
    first, second = two_cases
    linked = link(centre, boss, first.id, second.id)
    assert link(centre, boss, first.id, second.id).link_id == linked.link_id
    again = link(centre, boss, second.id, first.id)
    assert again.link_id == linked.link_id
    assert again.case_id == first.id
    assert len(links(centre)) == 1
    assert len(events(centre, "case_linked")) == 1


def test_unlinking_stamps_the_link_and_can_be_linked_again(centre, boss, two_cases):
    first, second = two_cases
    linked = link(centre, boss, first.id, second.id)
    unlink(centre, boss, linked.link_id)
    ((case_id, other_id, removed_at, removed_by),) = links(centre)
    assert (case_id, other_id, removed_by) == (first.id, second.id, boss.user_id)
    assert removed_at is not None
    assert events(centre, "case_unlinked") == [
        (boss.user_id, str(first.id), {"other_case_id": second.id})
    ]
    unlink(centre, boss, linked.link_id)  # already undone: nothing more
    assert len(events(centre, "case_unlinked")) == 1
    relinked = link(centre, boss, second.id, first.id)
    assert relinked.link_id != linked.link_id
    assert len(links(centre)) == 2


def test_a_case_is_not_linked_to_itself(centre, boss, two_cases):
    first, _ = two_cases
    with pytest.raises(ValidationError) as caught:
        link(centre, boss, first.id, first.id)
    assert caught.value.field_errors["link"].message == LINK_TO_ITSELF
    assert links(centre) == []


def test_missing_or_erased_cases_are_not_linked(centre, boss, two_cases):
    first, second = two_cases
    with pytest.raises(CaseNotFound):
        link(centre, boss, first.id, 9999)
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(Case, second.id).erased_at = NOW
        uow.commit()
    with pytest.raises(CaseErased):
        link(centre, boss, first.id, second.id)
    with pytest.raises(CaseNotFound):
        unlink(centre, boss, 9999)
    assert links(centre) == []


def test_only_roles_allowed_to_link_may_link_or_unlink(centre, boss, operator, two_cases):
    first, second = two_cases
    with pytest.raises(PermissionDenied):
        link(centre, operator, first.id, second.id)
    linked = link(centre, boss, first.id, second.id)
    with pytest.raises(PermissionDenied):
        unlink(centre, operator, linked.link_id)
    assert links(centre)[0][2] is None


def test_link_in_session_leaves_the_commit_to_the_caller(centre, boss, two_cases):
    first, second = two_cases
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        link_in_session(uow.session, first.id, second.id, by_user_id=boss.user_id)
        # not committed: rolled back with the unit of work
    assert links(centre) == []
    assert events(centre, "case_linked") == []


def test_registering_with_a_link_to_her_earlier_case(centre, boss, operator, two_cases):
    first, _ = two_cases
    new = register(centre.database, operator, full_name="Sunita", link_to_case_id=first.id)
    assert (new.id, first.id, None, None) in links(centre)
    assert (operator.user_id, str(new.id), {"other_case_id": first.id}) in events(
        centre, "case_linked"
    )


def _spy_on_the_write_lock(monkeypatch) -> list[bool]:
    """What each `lock_for_writing` returned: True when it began the transaction (before any
    query, the permission check's included)."""
    calls: list[bool] = []
    real = UnitOfWork.lock_for_writing

    def spy(self):
        began = real(self)
        calls.append(began)
        return began

    monkeypatch.setattr(UnitOfWork, "lock_for_writing", spy)
    return calls


def test_the_writers_take_the_write_lock_first(centre, boss, two_cases, monkeypatch):
    first, second = two_cases
    calls = _spy_on_the_write_lock(monkeypatch)
    assert matches(centre, boss, full_name="Sunita")  # shown: audited
    assert calls == [True]
    linked = link(centre, boss, first.id, second.id)
    assert calls == [True, True]
    unlink(centre, boss, linked.link_id)
    assert calls == [True, True, True]
