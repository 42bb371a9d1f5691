"""Registering a survivor's case at intake, and completing or correcting its intake later.

A quick registration needs only a name (or an alias) and how she came, so help is never delayed
by a form; the case then lists the intake sections still missing (`missing_sections`) until
someone completes them through `update_intake`. Each save is one transaction: the case, its
children, perpetrators, kinds of violence and needs, its first status, its search index entry,
any link to an earlier case of the same woman, and the audit event are all saved, or none.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import CaseChangedMeanwhile, CaseErased, FieldInvalid, ValidationError
from osc_desktop.models import (
    Case,
    CaseChild,
    CaseNeed,
    CaseStatus,
    CaseViolence,
    Centre,
    Perpetrator,
    StaffUser,
    StatusChange,
)
from osc_desktop.services.cases.dto import CaseDetail, CaseRef, IntakeInput
from osc_desktop.services.cases.intake_validation import (
    CASE_WORKER_NOT_ACTIVE,
    CleanIntake,
    clean_intake,
)
from osc_desktop.services.cases.numbers import allocate_case_number
from osc_desktop.services.cases.record import (
    ENTITY,
    case_detail,
    get_case,
    missing_sections,
)
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import local_today
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require

__all__ = ["missing_sections", "register_case", "update_intake"]

# The case's own columns an intake sets, in the form's order (IntakeInput attribute names).
_SCALAR_FIELDS = (
    "arrival",
    "referred_by",
    "full_name",
    "alias",
    "name_withheld",
    "age_years",
    "date_of_birth",
    "is_minor",
    "marital_status",
    "address",
    "phone",
    "safe_to_call",
    "education",
    "occupation",
    "disability",
    "pregnant",
    "language",
    "incident_date",
    "incident_place",
    "narrative",
    "police_report_kind",
    "police_report_number",
    "police_station",
    "consent_services",
    "consent_sharing",
    "consent_statistics",
    "case_worker_id",
)


def _checked(
    session: Session, data: IntakeInput, *, today: date, current: Case | None = None
) -> CleanIntake:
    """`data` cleaned, with the case worker checked against the staff accounts too.

    When editing (`current`): a case worker who was already on the case may stay even if
    deactivated since, so that other corrections can still be saved (a newly chosen one must be
    active).
    Raises ValidationError naming every bad field at once.
    """
    errors: dict[str, FieldInvalid] = {}
    clean = None
    try:
        clean = clean_intake(data, today=today)
    except ValidationError as problem:
        errors.update(problem.field_errors)
    current_case_worker_id = current.case_worker_id if current is not None else None
    worker_id = data.case_worker_id
    if worker_id is not None and worker_id != current_case_worker_id:
        worker = session.get(StaffUser, worker_id)
        if worker is None or not worker.is_active:
            errors["case_worker_id"] = FieldInvalid(CASE_WORKER_NOT_ACTIVE)
    if errors:
        raise ValidationError(errors)
    assert clean is not None
    return clean


def _apply(case: Case, clean: CleanIntake) -> list[str]:
    """Write `clean` onto `case`; returns the names of the fields that changed (in form order)."""
    changed = []
    for name in _SCALAR_FIELDS:
        value = getattr(clean, name)
        if getattr(case, name) != value:
            setattr(case, name, value)
            changed.append(name)

    old_children = [(c.sex, c.age_years, c.name) for c in case.children]
    new_children = [(c.sex, c.age_years, c.name) for c in clean.children]
    if old_children != new_children:
        case.children = [CaseChild(sex=s, age_years=a, name=n) for s, a, n in new_children]
        changed.append("children")

    old_violence = {v.kind for v in case.violence}
    if old_violence != set(clean.violence):
        # Keep the rows that stay: the key is (case, kind), so a re-added kind would collide.
        case.violence = [v for v in case.violence if v.kind in clean.violence] + [
            CaseViolence(kind=k) for k in sorted(clean.violence - old_violence)
        ]
        changed.append("violence")

    old_perpetrators = [(p.relationship_to_her, p.name) for p in case.perpetrators]
    new_perpetrators = [(p.relationship, p.name) for p in clean.perpetrators]
    if old_perpetrators != new_perpetrators:
        case.perpetrators = [
            Perpetrator(relationship_to_her=r, name=n) for r, n in new_perpetrators
        ]
        changed.append("perpetrators")

    old_needs = {n.service for n in case.needs}
    if old_needs != set(clean.needs):
        case.needs = [n for n in case.needs if n.service in clean.needs] + [
            CaseNeed(service=s) for s in sorted(clean.needs - old_needs)
        ]
        changed.append("needs")
    return changed


def _index(session: Session, case: Case) -> None:
    from osc_desktop.services.cases.search_index import index_case

    index_case(session, case)


def register_case(
    uow: UnitOfWork,
    data: IntakeInput,
    *,
    by: Actor,
    link_to_case_id: int | None = None,
    now: datetime | None = None,
) -> CaseRef:
    """Register a new case from a full or quick intake; returns its id and case number.

    The case number is taken from the financial year of the local date at `now`. The case's
    missing intake sections are recorded (audit CASE_CREATED {"quick", "missing", "children"});
    with `link_to_case_id` the new case is linked to that earlier case of the same woman.

    Raises:
        ValidationError: every bad field at once (see `intake_validation.clean_intake`), and
            "case_worker_id" when the chosen case worker is not an active staff account.
        CaseNotFound: `link_to_case_id` names no case.
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not register cases.
    """
    # The case number counter and the audit chain are read, then written: hold the write lock
    # from the start so that a registration saved at the same moment waits instead of failing.
    uow.lock_for_writing()
    require(uow, by, Permission.REGISTER_CASE)
    session = uow.session
    now = (now or datetime.now(UTC)).astimezone(UTC)
    today = local_today(now)
    clean = _checked(session, data, today=today)

    centre_code = session.scalar(select(Centre.code).order_by(Centre.id).limit(1)) or ""
    case_number, financial_year, sequence = allocate_case_number(session, centre_code, today)
    case = Case(
        case_number=case_number,
        financial_year=financial_year,
        sequence=sequence,
        registered_at=now,
        registered_by_id=by.user_id,
        updated_at=now,
        status=CaseStatus.REGISTERED,
    )
    _apply(case, clean)
    session.add(case)
    missing = missing_sections(case)
    case.intake_complete = not missing
    session.flush()
    session.add(
        StatusChange(
            case_id=case.id,
            from_status=None,
            to_status=CaseStatus.REGISTERED,
            changed_at=now,
            changed_by_id=by.user_id,
        )
    )
    record_event(
        session,
        user_id=by.user_id,
        action=AuditAction.CASE_CREATED,
        entity_type=ENTITY,
        entity_id=case.id,
        details={
            "quick": bool(missing),
            "missing": [s.value for s in missing],
            "children": len(case.children),
        },
        now=now,
    )
    _index(session, case)
    if link_to_case_id is not None:
        from osc_desktop.services.cases.matching import link_in_session

        link_in_session(session, case.id, link_to_case_id, by_user_id=by.user_id)
    ref = CaseRef(id=case.id, case_number=case.case_number)
    uow.commit()
    return ref


def update_intake(
    uow: UnitOfWork,
    case_id: int,
    data: IntakeInput,
    *,
    expected_updated_at: datetime,
    by: Actor,
    now: datetime | None = None,
) -> CaseDetail:
    """Replace the intake of a case with `data` (completing a quick registration, correcting).

    `expected_updated_at` is `CaseDetail.updated_at` as the form was loaded: if the case was
    saved by someone else since, nothing is overwritten. The audit event CASE_UPDATED names the
    fields that changed, never their values; saving with no change writes nothing.

    Raises:
        CaseNotFound: no case has `case_id`.
        CaseErased: the case was erased; it cannot be edited.
        CaseChangedMeanwhile: the case was saved by someone else after the form was loaded.
        ValidationError: every bad field at once (as for `register_case`).
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor's role may not edit cases.
    """
    uow.lock_for_writing()
    require(uow, by, Permission.EDIT_CASE)
    session = uow.session
    now = (now or datetime.now(UTC)).astimezone(UTC)
    today = local_today(now)
    case = get_case(session, case_id)
    if case.erased_at is not None:
        raise CaseErased(str(case_id))
    if case.updated_at != expected_updated_at:
        raise CaseChangedMeanwhile(str(case_id))
    clean = _checked(session, data, today=today, current=case)
    changed = _apply(case, clean)
    if changed:
        missing = missing_sections(case)
        case.intake_complete = not missing
        case.updated_at = now
        session.flush()
        record_event(
            session,
            user_id=by.user_id,
            action=AuditAction.CASE_UPDATED,
            entity_type=ENTITY,
            entity_id=case.id,
            details={"fields": changed, "missing": [s.value for s in missing]},
            now=now,
        )
        _index(session, case)
    detail = case_detail(session, case, today=today)
    uow.commit()
    return detail
