"""Printing a case's forms: the registration form and the consent form, as PDF bytes.

Each print is audited as PRINTED with the form's name, in the same transaction as the read; the
PDF is made in memory and handed to the UI (to preview and print), never written to disk.

An erased case is refused with CaseErased rather than printed with blanks: after an erasure
nothing identifying her remains, so the form would be empty of her details, and a blank form
under her case number invites someone to write those details back on paper, undoing the
erasure she asked for. The non-identifying figures that remain are for counting, not for a
signed form.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Protocol

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import CaseErased, CaseNotFound
from osc_desktop.models import Case
from osc_desktop.printing import consent_form, registration_form
from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.services.cases.record import case_detail
from osc_desktop.services.centre.setup import get_centre_profile
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import local_date
from osc_desktop.services.core.dto import Actor, CentreProfile
from osc_desktop.services.core.permissions import Permission, require

REGISTRATION_FORM = "registration"
CONSENT_FORM = "consent"


def registration_form_pdf(
    uow: UnitOfWork, case_id: int, *, by: Actor, now: datetime | None = None
) -> bytes:
    """The filled registration form of case ``case_id``, as an A4 PDF (bilingual, to be signed).

    Audited as PRINTED {"form": "registration"}.

    Raises:
        PermissionDenied: the actor may not print case forms.
        SessionEnded: the actor's account was deactivated.
        CaseNotFound: no such case.
        CaseErased: the case was erased on her request; nothing is printed.
    """
    return _print(uow, case_id, by=by, now=now, form=REGISTRATION_FORM, document=registration_form)


def consent_form_pdf(
    uow: UnitOfWork, case_id: int, *, by: Actor, now: datetime | None = None
) -> bytes:
    """The consent form of case ``case_id`` (the three consents, to read aloud and sign).

    Audited as PRINTED {"form": "consent"}.

    Raises:
        PermissionDenied: the actor may not print case forms.
        SessionEnded: the actor's account was deactivated.
        CaseNotFound: no such case.
        CaseErased: the case was erased on her request; nothing is printed.
    """
    return _print(uow, case_id, by=by, now=now, form=CONSENT_FORM, document=consent_form)


class _Document(Protocol):
    """A printed form's module: `build_context` gathers what it prints, `render` lays it out."""

    def build_context(
        self, detail: CaseDetail, centre: CentreProfile, printed_at: datetime
    ) -> Any: ...

    def render(self, context: Any) -> bytes: ...


def _print(
    uow: UnitOfWork,
    case_id: int,
    *,
    by: Actor,
    now: datetime | None,
    form: str,
    document: _Document,
) -> bytes:
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    user = require(uow, by, Permission.PRINT_CASE_FORMS)
    case = uow.session.get(Case, case_id)
    if case is None:
        raise CaseNotFound()
    if case.erased_at is not None:
        raise CaseErased()
    moment = now or datetime.now(UTC)
    detail = case_detail(uow.session, case, today=local_date(moment))
    pdf = document.render(document.build_context(detail, _centre_profile(uow), moment))
    record_event(
        uow.session,
        user_id=user.id,
        action=AuditAction.PRINTED,
        entity_type="case",
        entity_id=case_id,
        details={"form": form},
        now=moment,
    )
    uow.commit()
    return pdf


def _centre_profile(uow: UnitOfWork) -> CentreProfile:
    profile = get_centre_profile(uow)
    assert profile is not None  # a case exists only in a centre that is set up
    return profile
