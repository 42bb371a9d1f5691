"""Printing a case's forms through the service: permission, audit, erased cases, real data."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import CaseErased, CaseNotFound, PermissionDenied, SessionEnded
from osc_desktop.models import AuditEvent, Case, Role, StaffUser
from osc_desktop.services.cases.forms import consent_form_pdf, registration_form_pdf
from osc_desktop.services.core import permissions
from osc_desktop.services.core.audit_log import AuditAction
from osc_desktop.services.core.permissions import Permission
from tests.case_factory import actor_of, register
from tests.printing.case_samples import pdfinfo, pdftotext

NOW = datetime(2026, 11, 23, 11, 5, tzinfo=UTC)
FORMS = [(registration_form_pdf, "registration"), (consent_form_pdf, "consent")]


def _printed(database) -> list[tuple[int | None, str, str, str]]:
    """(user id, entity type, entity id, details) of each PRINTED event, oldest first."""
    with database.unit_of_work() as uow:
        return [
            (e.user_id, e.entity_type, e.entity_id, e.details)
            for e in uow.session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == AuditAction.PRINTED.value)
                .order_by(AuditEvent.id)
            )
        ]


@pytest.fixture
def operator(centre, make_staff):
    make_staff("ravi.operator", "operator")
    return actor_of(centre.database, "ravi.operator")


@pytest.fixture
def boss(centre):
    return actor_of(centre.database, "asha.kumari")


@pytest.mark.parametrize(("make", "form"), FORMS)
def test_an_operator_prints_a_case_form_and_it_is_audited(centre, boss, operator, make, form):
    ref = register(centre.database, boss, full_name="Sunita Devi", phone="98765 43210")
    with centre.database.unit_of_work() as uow:
        pdf = make(uow, ref.id, by=operator, now=NOW)
    assert pdf.startswith(b"%PDF-")
    assert pdfinfo(pdf)["Page size"].endswith("(A4)")
    text = pdftotext(pdf)
    assert ref.case_number in text
    assert "Sunita Devi" in text
    assert "One Stop Centre, Patna" in text  # the centre profile
    [(user_id, entity_type, entity_id, details)] = _printed(centre.database)
    assert (user_id, entity_type, entity_id) == (operator.user_id, "case", str(ref.id))
    assert json.loads(details) == {"form": form}


def test_the_registration_form_prints_the_intake_without_the_narrative(centre, boss):
    ref = register(centre.database, boss)  # the factory's complete intake, with a narrative
    with centre.database.unit_of_work() as uow:
        text = pdftotext(registration_form_pdf(uow, ref.id, by=boss, now=NOW))
    for value in ("9876543210", "Tailor", "Priya", "Ramesh", "Domestic violence", "Counselling"):
        assert value in text
    assert "He beat her" not in text
    assert "Not yet recorded" not in text


def test_a_quick_registration_prints_with_blanks_to_fill(centre, boss):
    ref = register(centre.database, boss, quick=True)
    with centre.database.unit_of_work() as uow:
        registration = pdftotext(registration_form_pdf(uow, ref.id, by=boss, now=NOW))
    with centre.database.unit_of_work() as uow:
        consent = pdftotext(consent_form_pdf(uow, ref.id, by=boss, now=NOW))
    assert "Not yet recorded, to be filled in by hand" in registration
    assert "Sunita Devi" in registration and "Sunita Devi" in consent
    assert " X " not in f" {consent} "
    assert len(_printed(centre.database)) == 2


@pytest.mark.parametrize(("make", "form"), FORMS)
def test_an_erased_case_prints_nothing(centre, boss, make, form):
    ref = register(centre.database, boss)
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(Case, ref.id).erased_at = NOW
        uow.commit()
    with centre.database.unit_of_work() as uow, pytest.raises(CaseErased):
        make(uow, ref.id, by=boss, now=NOW)
    assert _printed(centre.database) == []


@pytest.mark.parametrize(("make", "form"), FORMS)
def test_an_unknown_case_is_not_found(centre, boss, make, form):
    with centre.database.unit_of_work() as uow, pytest.raises(CaseNotFound):
        make(uow, 9999, by=boss, now=NOW)
    assert _printed(centre.database) == []


@pytest.mark.parametrize(("make", "form"), FORMS)
def test_a_role_without_the_permission_is_refused_and_the_refusal_audited(
    centre, boss, operator, monkeypatch, make, form
):
    ref = register(centre.database, boss)
    without = permissions.ROLE_PERMISSIONS[Role.OPERATOR] - {Permission.PRINT_CASE_FORMS}
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, Role.OPERATOR, without)
    with centre.database.unit_of_work() as uow, pytest.raises(PermissionDenied):
        make(uow, ref.id, by=operator, now=NOW)
    assert _printed(centre.database) == []
    with centre.database.unit_of_work() as uow:
        denied = uow.session.scalars(
            select(AuditEvent.details).where(
                AuditEvent.action == AuditAction.PERMISSION_DENIED.value
            )
        ).all()
    assert [json.loads(details) for details in denied] == [{"permission": "print_case_forms"}]


def test_a_deactivated_account_prints_nothing(centre, boss, operator):
    ref = register(centre.database, boss)
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        uow.session.get(StaffUser, operator.user_id).is_active = False
        uow.commit()
    with centre.database.unit_of_work() as uow, pytest.raises(SessionEnded):
        registration_form_pdf(uow, ref.id, by=operator, now=NOW)
    assert _printed(centre.database) == []


def test_a_failed_render_audits_nothing(centre, boss, monkeypatch):
    from osc_desktop.printing import registration_form

    ref = register(centre.database, boss)

    def broken(context):
        raise RuntimeError("printer font missing")

    monkeypatch.setattr(registration_form, "render", broken)
    with centre.database.unit_of_work() as uow, pytest.raises(RuntimeError):
        registration_form_pdf(uow, ref.id, by=boss, now=NOW)
    assert _printed(centre.database) == []


@pytest.mark.parametrize(("make", "form"), FORMS)
def test_printing_takes_the_write_lock_first(centre, boss, make, form, monkeypatch):
    """It appends to the audit chain: the lock comes before any query (the permission check's)."""
    ref = register(centre.database, boss)
    calls: list[bool] = []
    real = UnitOfWork.lock_for_writing

    def spy(self):
        began = real(self)
        calls.append(began)
        return began

    monkeypatch.setattr(UnitOfWork, "lock_for_writing", spy)
    with centre.database.unit_of_work() as uow:
        make(uow, ref.id, by=boss, now=NOW)
    assert calls == [True]
