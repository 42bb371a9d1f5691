"""Referrals out: recorded as sent, updated as the other side answers, audited on the case."""

from __future__ import annotations

from datetime import timedelta

import pytest

from osc_desktop.errors import CaseErased, CaseNotFound, ValidationError
from osc_desktop.services.cases import referrals as ref
from osc_desktop.services.cases.erasure import erase_case
from osc_desktop.services.cases.services import DATE_IN_FUTURE
from osc_desktop.services.core.validation import TOO_LONG
from tests.services.progress_support import at, audit, case_row, local, new_case


def _add(centre, case_id, who, **fields):
    data = ref.ReferralInput(**({"target": "swadhar_greh", "referred_on": local(at(2))} | fields))
    with centre.database.unit_of_work() as uow:
        return ref.add_referral(uow, case_id, data, by=who, now=at(2))


def _list(centre, case_id, who):
    with centre.database.unit_of_work() as uow:
        return ref.list_referrals(uow, case_id, by=who)


def test_a_referral_is_recorded_as_sent_and_listed_newest_first(centre, people):
    case_id = new_case(centre, people.operator)
    first = _add(
        centre,
        case_id,
        people.operator,
        organisation="Swadhar Greh, Danapur",
        notes="Bed for 2",
        referred_on=local(at(1)),
    )
    assert (first.target, first.organisation, first.status, first.notes) == (
        "swadhar_greh",
        "Swadhar Greh, Danapur",
        "sent",
        "Bed for 2",
    )
    assert (first.recorded_by_name, first.updated_at) == ("Ravi Operator", at(2))
    second = _add(centre, case_id, people.counsellor, target="dlsa", organisation="DLSA Patna")
    assert [r.id for r in _list(centre, case_id, people.operator)] == [second.id, first.id]
    assert audit(centre, "referral_recorded", case_id) == [
        {"referral_id": first.id, "target": "swadhar_greh"},
        {"referral_id": second.id, "target": "dlsa"},
    ]


def test_updating_a_referral_audits_what_changed(centre, people):
    case_id = new_case(centre, people.operator)
    row = _add(centre, case_id, people.operator, target="hospital")
    with centre.database.unit_of_work() as uow:
        updated = ref.update_referral(
            uow,
            row.id,
            status="accepted",
            notes="Admitted, ward 3",
            by=people.counsellor,
            now=at(3),
        )
    assert (updated.status, updated.notes, updated.updated_at) == (
        "accepted",
        "Admitted, ward 3",
        at(3),
    )
    assert audit(centre, "referral_updated", case_id) == [
        {"referral_id": row.id, "from": "sent", "to": "accepted", "fields": ["status", "notes"]}
    ]
    with centre.database.unit_of_work() as uow:  # nothing changed: nothing recorded
        ref.update_referral(
            uow, row.id, status="accepted", notes="Admitted, ward 3", by=people.counsellor
        )
    assert len(audit(centre, "referral_updated", case_id)) == 1
    assert _list(centre, case_id, people.operator)[0].status == "accepted"


def test_bad_referrals_are_refused_with_every_field(centre, people):
    case_id = new_case(centre, people.operator)
    with pytest.raises(ValidationError) as caught:
        _add(
            centre,
            case_id,
            people.operator,
            target="temple",
            organisation="o" * 201,
            referred_on=local(at(2)) + timedelta(days=1),
            notes="n" * 501,
        )
    assert {k: e.message for k, e in caught.value.field_errors.items()} == {
        "target": ref.TARGET_REQUIRED,
        "organisation": TOO_LONG,
        "referred_on": DATE_IN_FUTURE,
        "notes": TOO_LONG,
    }
    row = _add(centre, case_id, people.operator)
    with centre.database.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        ref.update_referral(uow, row.id, status="lost", notes="", by=people.operator)
    assert caught.value.field_errors["status"].message == ref.REFERRAL_STATUS_REQUIRED
    with centre.database.unit_of_work() as uow, pytest.raises(ref.ReferralNotFound):
        ref.update_referral(uow, 9999, status="accepted", notes="", by=people.operator)
    assert [r.status for r in _list(centre, case_id, people.operator)] == ["sent"]


def test_an_erased_case_takes_no_referrals(centre, people):
    case_id = new_case(centre, people.operator)
    row = _add(centre, case_id, people.operator, notes="Her sister's address in Gaya")
    with centre.database.unit_of_work() as uow:
        erase_case(
            uow, case_id, confirm_case_number=case_row(centre, case_id).case_number, by=people.boss
        )
    with pytest.raises(CaseErased):
        _add(centre, case_id, people.operator)
    with centre.database.unit_of_work() as uow, pytest.raises(CaseErased):
        ref.update_referral(uow, row.id, status="completed", notes="", by=people.operator)
    with pytest.raises(CaseNotFound):
        _add(centre, 9999, people.operator)
    assert [(r.target, r.notes) for r in _list(centre, case_id, people.operator)] == [
        ("swadhar_greh", "")
    ]
