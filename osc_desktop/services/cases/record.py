"""Reading one case as its record screen shows it (and as its printed forms are built from).

`open_case` is the audited read for a screen; `case_detail` builds the snapshot inside another
service's transaction (after an edit, a status change...) without writing an audit event itself.
An erased case still opens: its non-identifying figures stay, its identifying fields are empty.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import CaseNotFound
from osc_desktop.models import Case, CaseLink, FollowUp, StaffUser
from osc_desktop.services.cases.dto import (
    CaseDetail,
    ChildRow,
    IntakeSection,
    LinkedCase,
    PerpetratorRow,
)
from osc_desktop.services.cases.vocabulary import core_gbv_type
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import local_date, local_today
from osc_desktop.services.core.dto import Actor, StaffSummary
from osc_desktop.services.core.permissions import Permission, require

ENTITY = "case"


def missing_sections(case: Case) -> tuple[IntakeSection, ...]:
    """The intake sections `case` still lacks, in the form's order (empty: intake complete)."""
    missing = []
    if case.age_years is None and case.date_of_birth is None:
        missing.append(IntakeSection.ABOUT_HER)
    if not case.violence:
        missing.append(IntakeSection.WHAT_HAPPENED)
    if not case.needs:
        missing.append(IntakeSection.SERVICES_NEEDED)
    if None in (case.consent_services, case.consent_sharing, case.consent_statistics):
        missing.append(IntakeSection.CONSENT)
    if case.case_worker_id is None:
        missing.append(IntakeSection.CASE_WORKER)
    return tuple(missing)


def display_name(case: Case) -> str:
    """What the case is called on screen: her name, or the alias when the name is withheld
    (or was not given); "" once the case is erased."""
    if case.erased_at is not None:
        return ""
    if case.name_withheld or not case.full_name:
        return case.alias
    return case.full_name


def _staff_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(StaffUser, user_id)
    return user.full_name if user is not None else ""


def next_follow_up(session: Session, case_id: int) -> date | None:
    """The earliest follow-up of the case that is neither done nor cancelled."""
    return session.scalar(
        select(func.min(FollowUp.due_on)).where(
            FollowUp.case_id == case_id,
            FollowUp.done_at.is_(None),
            FollowUp.cancelled.is_(False),
        )
    )


def linked_cases(session: Session, case_id: int) -> tuple[LinkedCase, ...]:
    """The cases linked to `case_id` (either way round) whose links are not undone, oldest
    link first. None to or from an erased case: erasure deletes its links, and a link row
    still there would tie her erased case back to her other records."""
    case = session.get(Case, case_id)
    if case is None or case.erased_at is not None:
        return ()
    links = session.scalars(
        select(CaseLink)
        .where(
            or_(CaseLink.case_id == case_id, CaseLink.linked_case_id == case_id),
            CaseLink.removed_at.is_(None),
        )
        .order_by(CaseLink.created_at, CaseLink.id)
    ).all()
    rows = []
    for link in links:
        other_id = link.linked_case_id if link.case_id == case_id else link.case_id
        other = session.get(Case, other_id)
        if other is None or other.erased_at is not None:
            continue
        rows.append(
            LinkedCase(
                link_id=link.id,
                case_id=other.id,
                case_number=other.case_number,
                display_name=display_name(other),
                registered_at=other.registered_at,
                status=other.status.value,
                linked_at=link.created_at,
                linked_by_name=_staff_name(session, link.created_by_id),
            )
        )
    return tuple(rows)


def case_detail(session: Session, case: Case, *, today: date) -> CaseDetail:
    """`case` as a CaseDetail snapshot on the local date `today`; writes no audit event.

    For an erased case the identifying fields (every free-typed text) come back empty whatever
    the row holds.
    """
    erased = case.erased_at is not None

    def ident(value: str) -> str:
        return "" if erased else value

    return CaseDetail(
        id=case.id,
        case_number=case.case_number,
        financial_year=case.financial_year,
        registered_at=case.registered_at,
        registered_by_name=_staff_name(session, case.registered_by_id),
        updated_at=case.updated_at,
        status=case.status.value,
        outcome=case.outcome.value if case.outcome is not None else None,
        disposed_at=case.disposed_at,
        erased=erased,
        missing=tuple(s.value for s in missing_sections(case)),
        days_since_registration=max(0, (today - local_date(case.registered_at)).days),
        next_follow_up=next_follow_up(session, case.id),
        arrival=case.arrival.value,
        referred_by=ident(case.referred_by),
        full_name=ident(case.full_name),
        alias=ident(case.alias),
        name_withheld=case.name_withheld,
        display_name=display_name(case),
        age_years=case.age_years,
        date_of_birth=None if erased else case.date_of_birth,
        is_minor=case.is_minor,
        marital_status=case.marital_status.value if case.marital_status else None,
        address=ident(case.address),
        phone=ident(case.phone),
        safe_to_call=case.safe_to_call,
        education=case.education.value if case.education else None,
        occupation=ident(case.occupation),
        disability=ident(case.disability),
        pregnant=case.pregnant,
        language=ident(case.language),
        children=tuple(
            ChildRow(id=c.id, sex=c.sex.value, age_years=c.age_years, name=ident(c.name))
            for c in case.children
        ),
        violence=tuple(sorted(v.kind.value for v in case.violence)),
        core_gbv_type=_core_type(case),
        incident_date=case.incident_date,
        incident_place=ident(case.incident_place),
        narrative=ident(case.narrative),
        perpetrators=tuple(
            PerpetratorRow(id=p.id, relationship=p.relationship_to_her.value, name=ident(p.name))
            for p in case.perpetrators
        ),
        police_report_kind=case.police_report_kind.value if case.police_report_kind else None,
        police_report_number=ident(case.police_report_number),
        police_station=ident(case.police_station),
        needs=tuple(sorted(n.service.value for n in case.needs)),
        consent_services=case.consent_services,
        consent_sharing=case.consent_sharing,
        consent_statistics=case.consent_statistics,
        case_worker_id=case.case_worker_id,
        case_worker_name=_staff_name(session, case.case_worker_id),
        linked_cases=linked_cases(session, case.id),
    )


def _core_type(case: Case) -> str | None:
    core = core_gbv_type(v.kind for v in case.violence)
    return core.value if core is not None else None


def get_case(session: Session, case_id: int) -> Case:
    """The case row. Raises CaseNotFound."""
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound(str(case_id))
    return case


def open_case(uow: UnitOfWork, case_id: int, *, by: Actor, today: date | None = None) -> CaseDetail:
    """One case for its record screen, audited as CASE_VIEWED.

    An erased case opens too (`erased` True, identifying fields empty).

    Raises:
        CaseNotFound: no case has `case_id`.
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not view cases.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.VIEW_CASES)
    case = get_case(uow.session, case_id)
    detail = case_detail(uow.session, case, today=today or local_today())
    record_event(
        uow.session,
        user_id=by.user_id,
        action=AuditAction.CASE_VIEWED,
        entity_type=ENTITY,
        entity_id=case.id,
        details={"erased": True} if detail.erased else None,
    )
    uow.commit()
    return detail


def list_case_workers(uow: UnitOfWork, *, by: Actor) -> tuple[StaffSummary, ...]:
    """The active staff accounts a case can be given to, by name.

    Raises:
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not view cases.
    """
    require(uow, by, Permission.VIEW_CASES)
    users = uow.session.scalars(select(StaffUser).where(StaffUser.is_active.is_(True))).all()
    rows = [
        StaffSummary(
            id=u.id,
            username=u.username,
            full_name=u.full_name,
            role=u.role.value,
            is_active=u.is_active,
        )
        for u in users
    ]
    return tuple(sorted(rows, key=lambda r: (r.full_name.casefold(), r.username)))
