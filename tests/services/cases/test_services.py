"""Services given, and counsellors' confidential notes that other roles cannot read."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from osc_desktop.errors import CaseErased, CaseNotFound, PermissionDenied, ValidationError
from osc_desktop.models import AuditEvent, CaseStatus, ServiceRecord
from osc_desktop.services.cases import services as svc
from osc_desktop.services.cases.erasure import erase_case
from osc_desktop.services.core.validation import CONTROL_CHARS, REQUIRED, TOO_LONG
from tests.services.progress_support import at, audit, case_row, local, new_case

NOTES = "Session 2: she spoke about the night of 14 October; fears her brother-in-law."


def _record(centre, case_id, who, **fields):
    data = svc.ServiceInput(**({"kind": "counselling", "given_on": local(at(1))} | fields))
    with centre.database.unit_of_work() as uow:
        return svc.record_service(uow, case_id, data, by=who, now=at(1))


def _list(centre, case_id, who):
    with centre.database.unit_of_work() as uow:
        return svc.list_services(uow, case_id, by=who)


def test_the_first_service_moves_the_case_in_progress(centre, people):
    case_id = new_case(centre, people.operator)
    row = _record(centre, case_id, people.operator, kind="food_and_clothes", summary="Saree, meal")
    assert (row.kind, row.summary, row.given_on) == (
        "food_and_clothes",
        "Saree, meal",
        local(at(1)),
    )
    assert (row.recorded_by_name, row.recorded_at) == ("Ravi Operator", at(1))
    assert (row.has_confidential_notes, row.confidential_notes) == (False, "")
    assert case_row(centre, case_id).status is CaseStatus.IN_PROGRESS
    assert audit(centre, "service_recorded", case_id) == [
        {"service_id": row.id, "kind": "food_and_clothes", "confidential_notes": False}
    ]
    assert audit(centre, "case_status_changed", case_id) == [
        {"from": "registered", "to": "in_progress", "outcome": None}
    ]
    _record(centre, case_id, people.operator, kind="medical_aid")
    assert len(audit(centre, "case_status_changed", case_id)) == 1


def test_an_operator_cannot_write_confidential_notes(centre, people):
    case_id = new_case(centre, people.operator)
    with pytest.raises(PermissionDenied):
        _record(centre, case_id, people.operator, confidential_notes=NOTES)
    assert audit(centre, "permission_denied")[-1] == {"permission": "view_confidential_notes"}
    assert _list(centre, case_id, people.operator) == ()
    assert case_row(centre, case_id).status is CaseStatus.REGISTERED


def test_only_counsellors_and_managers_read_the_notes_and_each_read_is_audited(centre, people):
    case_id = new_case(centre, people.operator)
    written = _record(
        centre,
        case_id,
        people.counsellor,
        summary="Counselling session 2",
        confidential_notes=NOTES,
    )
    assert written.confidential_notes == NOTES
    _record(centre, case_id, people.operator, kind="medical_aid", given_on=local(at(0)))

    seen_by_operator = _list(centre, case_id, people.operator)
    assert [(r.kind, r.has_confidential_notes, r.confidential_notes) for r in seen_by_operator] == [
        ("counselling", True, None),
        ("medical_aid", False, None),
    ]
    assert NOTES not in repr(seen_by_operator)
    assert audit(centre, "confidential_notes_viewed", case_id) == []

    for reader in (people.counsellor, people.boss):
        rows = _list(centre, case_id, reader)
        assert [r.confidential_notes for r in rows] == [NOTES, ""]
    assert audit(centre, "confidential_notes_viewed", case_id) == [{"services": 1}, {"services": 1}]

    with centre.database.unit_of_work() as uow:
        details = uow.session.scalars(select(AuditEvent.details)).all()
    assert not any("brother-in-law" in d or "Session 2" in d for d in details)


def test_a_counsellor_listing_services_without_notes_writes_no_audit_event(centre, people):
    case_id = new_case(centre, people.operator)
    _record(centre, case_id, people.operator, kind="police_help")
    assert [r.confidential_notes for r in _list(centre, case_id, people.counsellor)] == [""]
    assert audit(centre, "confidential_notes_viewed") == []


def test_every_bad_field_is_reported_and_nothing_is_saved(centre, people):
    case_id = new_case(centre, people.operator)
    with pytest.raises(ValidationError) as caught:
        _record(
            centre,
            case_id,
            people.counsellor,
            kind="yoga",
            given_on=None,
            summary="s" * 301,
            confidential_notes="notes\x00",
        )
    errors = caught.value.field_errors
    assert {k: e.message for k, e in errors.items()} == {
        "kind": svc.SERVICE_KIND_REQUIRED,
        "given_on": REQUIRED,
        "summary": TOO_LONG,
        "confidential_notes": CONTROL_CHARS,
    }
    with pytest.raises(ValidationError) as caught:
        _record(centre, case_id, people.operator, given_on=local(at(1)) + timedelta(days=1))
    assert caught.value.field_errors["given_on"].message == svc.DATE_IN_FUTURE
    with centre.database.unit_of_work() as uow:
        assert uow.session.scalars(select(ServiceRecord)).all() == []
    assert case_row(centre, case_id).status is CaseStatus.REGISTERED


def test_long_multiline_notes_in_any_script_are_kept_whole(centre, people):
    case_id = new_case(centre, people.operator)
    notes = ("उसने बताया कि पति रोज़ मारता है।\nShe wants to go to her mother's.\n" * 250)[:20000]
    row = _record(centre, case_id, people.counsellor, confidential_notes=notes)
    assert row.confidential_notes == notes.strip()
    assert _list(centre, case_id, people.counsellor)[0].confidential_notes == notes.strip()


def test_services_cannot_be_added_to_an_erased_or_missing_case(centre, people):
    case_id = new_case(centre, people.operator)
    _record(centre, case_id, people.counsellor, confidential_notes=NOTES, summary="Session 1")
    with centre.database.unit_of_work() as uow:
        erase_case(
            uow, case_id, confirm_case_number=case_row(centre, case_id).case_number, by=people.boss
        )
    with pytest.raises(CaseErased):
        _record(centre, case_id, people.operator)
    with pytest.raises(CaseNotFound):
        _record(centre, 9999, people.operator)
    # The erased case still lists its services (kinds and dates count), emptied of text.
    rows = _list(centre, case_id, people.counsellor)
    assert [(r.kind, r.given_on, r.summary, r.has_confidential_notes) for r in rows] == [
        ("counselling", date.fromisoformat(local(at(1)).isoformat()), "", False)
    ]
