"""Returning survivors: earlier cases that may be the same woman, and links between cases.

While the operator types a name, phone or age at intake, `find_possible_matches` lists earlier
cases with the same phone number, or a similar name (the same phonetic keys, in either script:
सुनीता = Sunita = Suneeta), ranked by the evidence: same phone first, then a similar name with
a similar age (within 3 years), then a similar name alone. Honorifics (Devi, Kumari...) are no
evidence on their own. Erased cases are never suggested.

Cases are linked, never merged: a `CaseLink` row says "these two are the same woman", and
undoing it stamps the row removed (who, when) so the history stays. Every link and unlink is
audited on the case. Erasing a case deletes its links (see `services/erasure.py`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import CaseErased, CaseNotFound, FieldInvalid, ValidationError
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import Case, CaseLink, StaffUser
from osc_desktop.services.cases.dto import LinkedCase, PossibleMatch
from osc_desktop.services.cases.name_keys import honorific_keys, name_keys
from osc_desktop.services.cases.search_index import cases_with_all_name_keys, cases_with_name_keys
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import local_date, local_today
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.services.core.validation import DEVANAGARI_TO_ASCII_DIGITS, clean_indian_phone

LINK_TO_ITSELF = QT_TRANSLATE_NOOP("validation", "A case cannot be linked to itself.")

SIMILAR_AGE_YEARS = 3
# How many candidates each kind of evidence may bring, newest first, before ranking.
CANDIDATES_PER_KIND = 200
ENTITY = "case"


def _age(text: str) -> int | None:
    value = text.strip().translate(DEVANAGARI_TO_ASCII_DIGITS)
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 3 else None


def _age_now(case: Case, today: date) -> int:
    """Her age in the earlier case, grown by the whole years since it was registered."""
    registered = local_date(case.registered_at)
    years = (
        today.year
        - registered.year
        - ((today.month, today.day) < (registered.month, registered.day))
    )
    return (case.age_years or 0) + max(0, years)


def _phone(text: str) -> str:
    try:
        return clean_indian_phone(text, required=False)
    except FieldInvalid:
        return ""


def _meaningful_keys(*names: str) -> frozenset[str]:
    keys: frozenset[str] = frozenset()
    for name in names:
        keys |= name_keys(name)
    return keys - honorific_keys()


def _similar_names(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """One name's keys all within the other's: "Sunita" ~ "Sunita Yadav", but not
    "Sunita Yadav" ~ "Sunita Paswan"."""
    return bool(ours and theirs) and (ours <= theirs or theirs <= ours)


def _display_name(case: Case) -> str:
    if case.erased_at is not None:
        return ""
    if case.name_withheld or not case.full_name:
        return case.alias
    return case.full_name


def find_possible_matches(
    uow: UnitOfWork,
    *,
    full_name: str,
    alias: str,
    phone: str,
    age_years: str,
    exclude_case_id: int | None = None,
    by: Actor,
    limit: int = 8,
    now: datetime | None = None,
) -> tuple[PossibleMatch, ...]:
    """Earlier cases that may be the same woman as the one being registered, best first.

    Evidence: the same phone number (in any spelling; only a complete valid number counts), a
    similar name (phonetic keys, any script; all of one name's keys among the other's), and a
    similar age (within 3 years of her age at that registration plus the years since; only
    ranks, never suggests a case on its own). Erased cases and
    `exclude_case_id` (the case being edited) are left out. When anything is shown, audits
    CASES_SEARCHED {"purpose": "possible_matches", "shown": n, "case_ids": [the ids shown, best
    first]} and commits.

    Raises:
        PermissionDenied, SessionEnded: see `permissions.require`.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.VIEW_CASES)
    session = uow.session
    keys = _meaningful_keys(full_name, alias)
    number = _phone(phone)
    age = _age(age_years)
    if not keys and not number:
        return ()

    candidate_ids: set[int] = set()
    if number:
        candidate_ids.update(
            session.scalars(
                select(Case.id)
                .where(Case.phone == number, Case.erased_at.is_(None))
                .order_by(Case.id.desc())
                .limit(CANDIDATES_PER_KIND)
            )
        )
    if keys:
        candidate_ids.update(cases_with_all_name_keys(session, keys, limit=CANDIDATES_PER_KIND))
        candidate_ids.update(cases_with_name_keys(session, keys, limit=CANDIDATES_PER_KIND))
    candidate_ids.discard(exclude_case_id)  # type: ignore[arg-type]
    if not candidate_ids:
        return ()

    today = local_today(now)
    ranked = []
    cases = session.scalars(
        select(Case).where(Case.id.in_(candidate_ids), Case.erased_at.is_(None))
    ).all()
    for case in cases:
        same_phone = bool(number) and case.phone == number
        similar_name = _similar_names(keys, _meaningful_keys(case.full_name, case.alias))
        if not (same_phone or similar_name):
            continue
        similar_age = (
            age is not None
            and case.age_years is not None
            and abs(_age_now(case, today) - age) <= SIMILAR_AGE_YEARS
        )
        rank = (
            not same_phone,
            not (similar_name and similar_age),
            not similar_name,
            -case.registered_at.timestamp(),
            -case.id,
        )
        ranked.append((rank, case, same_phone, similar_name, similar_age))
    ranked.sort(key=lambda item: item[0])
    matches = tuple(
        PossibleMatch(
            case_id=case.id,
            case_number=case.case_number,
            display_name=_display_name(case),
            age_years=case.age_years,
            registered_at=case.registered_at,
            status=case.status.value,
            same_phone=same_phone,
            similar_name=similar_name,
            similar_age=similar_age,
        )
        for _rank, case, same_phone, similar_name, similar_age in ranked[: max(0, limit)]
    )
    if matches:
        record_event(
            session,
            user_id=by.user_id,
            action=AuditAction.CASES_SEARCHED,
            entity_type=ENTITY,
            details={
                "purpose": "possible_matches",
                "shown": len(matches),
                "case_ids": [m.case_id for m in matches],
            },
        )
        uow.commit()
    return matches


# -- links ---------------------------------------------------------------------------------------


def _linkable(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound()
    if case.erased_at is not None:
        raise CaseErased()
    return case


def _linked_case(session: Session, link: CaseLink, other: Case) -> LinkedCase:
    by = session.get(StaffUser, link.created_by_id)
    return LinkedCase(
        link_id=link.id,
        case_id=other.id,
        case_number=other.case_number,
        display_name=_display_name(other),
        registered_at=other.registered_at,
        status=other.status.value,
        linked_at=link.created_at,
        linked_by_name=by.full_name if by is not None else "",
    )


def link_in_session(
    session: Session,
    case_id: int,
    other_case_id: int,
    *,
    by_user_id: int,
    now: datetime | None = None,
) -> LinkedCase:
    """Link two cases as the same woman inside the caller's transaction (no permission check,
    no commit): `register_case` uses it for "link to her earlier record".

    Linking an already linked pair (either way round) returns the existing link and writes
    nothing. Otherwise adds a `CaseLink` and audits CASE_LINKED on `case_id` with details
    {"other_case_id": other_case_id}. The returned `LinkedCase` describes the *other* case.

    Raises:
        CaseNotFound: either case does not exist.
        CaseErased: either case has been erased.
        ValidationError: {"link": ...} when a case would be linked to itself.
    """
    if case_id == other_case_id:
        raise ValidationError({"link": FieldInvalid(LINK_TO_ITSELF)})
    _linkable(session, case_id)
    other = _linkable(session, other_case_id)
    existing = session.scalar(
        select(CaseLink)
        .where(
            or_(
                and_(CaseLink.case_id == case_id, CaseLink.linked_case_id == other_case_id),
                and_(CaseLink.case_id == other_case_id, CaseLink.linked_case_id == case_id),
            ),
            CaseLink.removed_at.is_(None),
        )
        .order_by(CaseLink.id)
        .limit(1)
    )
    if existing is not None:
        return _linked_case(session, existing, other)
    link = CaseLink(
        case_id=case_id,
        linked_case_id=other_case_id,
        created_by_id=by_user_id,
        created_at=(now or datetime.now(UTC)).astimezone(UTC),
    )
    session.add(link)
    session.flush()
    record_event(
        session,
        user_id=by_user_id,
        action=AuditAction.CASE_LINKED,
        entity_type=ENTITY,
        entity_id=case_id,
        details={"other_case_id": other_case_id},
    )
    return _linked_case(session, link, other)


def link_cases(uow: UnitOfWork, case_id: int, other_case_id: int, *, by: Actor) -> LinkedCase:
    """Link two existing cases as the same woman (the manager, after registration); an
    already linked pair is left as it is and its link returned.

    Raises:
        PermissionDenied, SessionEnded: see `permissions.require` (LINK_CASES).
        CaseNotFound, CaseErased, ValidationError: see `link_in_session`.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.LINK_CASES)
    linked = link_in_session(uow.session, case_id, other_case_id, by_user_id=by.user_id)
    uow.commit()
    return linked


def unlink_cases(uow: UnitOfWork, link_id: int, *, by: Actor, now: datetime | None = None) -> None:
    """Undo a link: the row stays, stamped removed (when, by whom), and CASE_UNLINKED is
    audited on the link's case with {"other_case_id": ...}. Undoing an undone link does nothing.

    Raises:
        PermissionDenied, SessionEnded: see `permissions.require` (LINK_CASES).
        CaseNotFound: there is no such link.
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.LINK_CASES)
    link = uow.session.get(CaseLink, link_id)
    if link is None:
        raise CaseNotFound()
    if link.removed_at is not None:
        return
    link.removed_at = (now or datetime.now(UTC)).astimezone(UTC)
    link.removed_by_id = by.user_id
    record_event(
        uow.session,
        user_id=by.user_id,
        action=AuditAction.CASE_UNLINKED,
        entity_type=ENTITY,
        entity_id=link.case_id,
        details={"other_case_id": link.linked_case_id},
    )
    uow.commit()
