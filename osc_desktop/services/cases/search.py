"""Finding cases: one page of the case list, the text typed in the search box (matched through
the search index, search_index.py) and the filters ANDed, in one of the sort orders.

Finding a page, at 100,000 cases (bench/search.py; bench/README.md has the figures):
- text: the first FEW_MATCHES + 1 matching ids are fetched. When that is all of them, the page
  looks them up by id and sorts them (the index searched once); when there are more, the page's
  query walks the sort order's index (or a filter's), checks each case against the matches and
  stops when the page is full, and the index counts the matches past the fetched ones;
- kind of violence: its cases and their number come from the kind's index (migration 0005);
  few are looked up and sorted, many are checked case by case (EXISTS) along the sort order;
- status, registration period and case worker read composite indexes in registration order
  (newest first), and count from them; sorting by name reads an index on the name as listed
  (`_LISTED_NAME_KEY`, also after the case worker); sorting by status reads the status index
  one status after the other (`_page_by_status`);
- the total is the page's length when the first page is not full, the set's size when the text
  or the kind is the only condition, and otherwise a count(*) SQLite answers from the indexes.
The fixed part of every first page is the permission check, the audit event and its commit.
The speed relies on the page cache set for every connection in `db/engine.py` (PAGE_CACHE_KIB),
and is best with the planner's statistics (`ANALYZE`, run after demo data is loaded), though the
plans above do not depend on them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, exists, func, literal_column, select
from sqlalchemy.orm import Session

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.models import Case, CaseStatus, CaseViolence, FollowUp, StaffUser, ViolenceKind
from osc_desktop.services.cases.dto import CaseListRow, CasePage, CaseQuery, CaseSort
from osc_desktop.services.cases.search_index import (
    count_matches,
    first_matches,
    match_expression,
    text_condition,
)
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.clock import start_of_local_day
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require

MAX_LIMIT = 500
# Up to this many text matches, they are looked up and sorted; beyond, the sort order's index
# is walked until the page is full (see the module docstring).
FEW_MATCHES = 1000


def _filter_conditions(
    query: CaseQuery,
) -> tuple[list[ColumnElement[bool]], ViolenceKind | None, list[str]]:
    """The WHERE conditions of `query`'s filters on the case's own columns, the kind of
    violence asked for (see `_kind_condition`), and the names of the filters used (for the
    audit)."""
    conditions: list[ColumnElement[bool]] = []
    filters: list[str] = []
    kind = None
    if query.statuses:
        conditions.append(Case.status.in_([CaseStatus(s) for s in sorted(query.statuses)]))
        filters.append("statuses")
    if query.violence:
        kind = ViolenceKind(query.violence)
        filters.append("violence")
    if query.registered_from is not None:
        conditions.append(Case.registered_at >= start_of_local_day(query.registered_from))
        filters.append("registered_from")
    if query.registered_to is not None:
        end = start_of_local_day(query.registered_to + timedelta(days=1))
        conditions.append(Case.registered_at < end)
        filters.append("registered_to")
    if query.case_worker_id is not None:
        conditions.append(Case.case_worker_id == query.case_worker_id)
        filters.append("case_worker")
    return conditions, kind, filters


def _count_of_kind(session: Session, kind: ViolenceKind) -> int:
    """Cases with `kind` of violence, counted in its index (a case has each kind once)."""
    return (
        session.connection().scalar(
            select(func.count()).select_from(CaseViolence).where(CaseViolence.kind == kind)
        )
        or 0
    )


def _kind_condition(kind: ViolenceKind, *, few: bool) -> ColumnElement[bool]:
    """Cases with `kind` of violence. When there are `few`, as the ids of the kind's index, which
    SQLite looks up and sorts; otherwise as EXISTS, checked case by case while SQLite walks the
    sort order's index and stops at the page's end (the rare acid attack would walk the whole
    list for a page, the common domestic violence would sort half of it)."""
    if few:
        return Case.id.in_(select(CaseViolence.case_id).where(CaseViolence.kind == kind))
    return exists().where(CaseViolence.case_id == Case.id, CaseViolence.kind == kind)


def _listed_name_key() -> ColumnElement[str]:
    """The name as the list shows it (empty once erased, the alias when the name is withheld or
    missing), lower case: the expression of the name-sort indexes in models/case.py, taken from
    there, as SQLite walks an index for ORDER BY only when the expression is the same."""
    index = next(i for i in Case.__table__.indexes if i.name == "ix_survivor_case_listed_name")
    (expression,) = index.expressions
    return literal_column(str(expression))


_LISTED_NAME_KEY = _listed_name_key()

STATUS_ORDER = (
    CaseStatus.REGISTERED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.REOPENED,
    CaseStatus.DISPOSED,
)


def _order_by(query: CaseQuery) -> list[Any]:
    def direction(expression: Any) -> Any:
        return expression.desc() if query.descending else expression.asc()

    match query.sort:
        case CaseSort.CASE_NUMBER:
            return [direction(Case.financial_year), direction(Case.sequence)]
        case CaseSort.NAME:
            return [direction(_LISTED_NAME_KEY), direction(Case.id)]
        case _:  # REGISTERED_AT; STATUS and NEXT_FOLLOW_UP are paged by _page_by_...
            return [direction(Case.registered_at), direction(Case.id)]


def _ids(session: Session, statement: Select[Any]) -> list[int]:
    # Through the session's connection: Core, without the ORM's per-statement work.
    return list(session.connection().execute(statement).scalars())


def _page_by_next_follow_up(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    descending: bool,
    offset: int,
    limit: int,
) -> list[int]:
    """A page sorted by the earliest pending follow-up, cases with none last (newest first).

    In two parts, so the many cases without a pending follow-up are read from the
    registration index and not sorted: first those with one (few: only cases disposed in the
    last months), sorted by its date; then the others."""
    pending = (
        select(FollowUp.case_id.label("case_id"), func.min(FollowUp.due_on).label("due"))
        .where(FollowUp.done_at.is_(None), FollowUp.cancelled.is_(False))
        .group_by(FollowUp.case_id)
        .subquery()
    )
    due = pending.c.due.desc() if descending else pending.c.due.asc()
    with_follow_up = _ids(
        session,
        select(Case.id)
        .join(pending, pending.c.case_id == Case.id)
        .where(*where)
        .order_by(due, Case.registered_at.desc(), Case.id.desc()),
    )
    ids = with_follow_up[offset : offset + limit]
    if len(ids) < limit:
        ids += _ids(
            session,
            select(Case.id)
            .where(*where, (Case.id + 0).not_in(select(pending.c.case_id)))
            .order_by(Case.registered_at.desc(), Case.id.desc())
            .offset(max(0, offset - len(with_follow_up)))
            .limit(limit - len(ids)),
        )
    return ids


def _page_by_status(
    session: Session,
    where: Sequence[ColumnElement[bool]],
    descending: bool,
    offset: int,
    limit: int,
) -> list[int]:
    """A page sorted by status in the order a case goes through them (STATUS_ORDER, or the
    other way round), newest first within each.

    One status after the other, each read from the status index in registration order and
    stopped when the page is full, instead of ranking and sorting every case. (The column holds
    only these statuses: the model's Enum refuses others.)"""
    ids: list[int] = []
    skip = offset
    for status in reversed(STATUS_ORDER) if descending else STATUS_ORDER:
        if len(ids) >= limit:
            break
        of_status = [*where, Case.status == status]
        if skip:
            count = session.connection().scalar(
                select(func.count()).select_from(Case).where(*of_status)
            )
            if count <= skip:
                skip -= count
                continue
        ids += _ids(
            session,
            select(Case.id)
            .where(*of_status)
            .order_by(Case.registered_at.desc(), Case.id.desc())
            .offset(skip)
            .limit(limit - len(ids)),
        )
        skip = 0
    return ids


# Only the listed columns of a page's cases (not whole cases with their narratives), in one
# query: the kinds of violence as one string (sorted in Python), the case worker's name joined.
# Built once: making the statement again for every page costs more than running it.
_PAGE_ROWS = (
    select(
        Case.id,
        Case.case_number,
        Case.full_name,
        Case.alias,
        Case.name_withheld,
        Case.erased_at,
        Case.age_years,
        Case.status,
        Case.registered_at,
        Case.phone,
        Case.intake_complete,
        StaffUser.full_name,
        select(func.aggregate_strings(CaseViolence.kind, ","))
        .where(CaseViolence.case_id == Case.id)
        .scalar_subquery(),
    )
    .outerjoin(StaffUser, StaffUser.id == Case.case_worker_id)
    .where(Case.id.in_(bindparam("ids", expanding=True)))
)


def _page_rows(session: Session, ids: list[int]) -> tuple[CaseListRow, ...]:
    if not ids:
        return ()
    found = session.connection().execute(_PAGE_ROWS, {"ids": ids})
    rows = {}
    for (
        case_id,
        case_number,
        full_name,
        alias,
        name_withheld,
        erased_at,
        age_years,
        status,
        registered_at,
        phone,
        intake_complete,
        worker_name,
        violence,
    ) in found:
        erased = erased_at is not None
        if erased:
            name = ""
        elif name_withheld or not full_name:
            name = alias
        else:
            name = full_name
        rows[case_id] = CaseListRow(
            id=case_id,
            case_number=case_number,
            display_name=name,
            age_years=age_years,
            status=status.value,
            registered_at=registered_at,
            # Stored values (plain ASCII), so Python's order is SQLite's.
            violence=tuple(sorted(violence.split(","))) if violence else (),
            case_worker_name=worker_name or "",
            phone_last_digits="" if erased else phone[-4:],
            incomplete=not intake_complete,
            name_withheld=name_withheld and not erased,
            erased=erased,
        )
    return tuple(rows[case_id] for case_id in ids)


def search_cases(
    uow: UnitOfWork,
    query: CaseQuery,
    *,
    offset: int,
    limit: int,
    by: Actor,
    today: date | None = None,
) -> CasePage:
    """One page of the cases matching `query` (text and filters ANDed), sorted by `query.sort`,
    with the number of all matching cases.

    The text matches case numbers (also by their tail: "42", "0042"), names and aliases (also
    across scripts and spellings, by phonetic key), phone numbers (4 digits or more, in any
    spelling) and police report numbers; erased cases are found only through the filters.
    The first page (offset 0) is audited as CASES_SEARCHED with the names of the filters used
    and whether there was text, never the text itself. `today` is accepted for symmetry with
    the other case services (the list needs no date).

    Raises:
        PermissionDenied, SessionEnded: see `permissions.require`.
        ValueError: an unknown status or violence kind (a programming error in the caller).
    """
    if offset <= 0:
        uow.lock_for_writing()  # the first page appends to the audit chain
    require(uow, by, Permission.VIEW_CASES)
    del today
    session = uow.session
    offset = max(0, offset)
    limit = max(0, min(limit, MAX_LIMIT))
    conditions, kind, filters = _filter_conditions(query)
    # The text and the kind of violence each pick out a set of cases that an index sizes up at
    # once. Up to FEW_MATCHES, the set's cases are looked up by id and sorted; a larger set is
    # checked case by case while SQLite walks the sort order's index (or a filter's) and stops
    # when the page is full.
    sizes: list[int] = []  # exact, or (text matches beyond FEW_MATCHES) at least so many
    first: list[int] = []
    match = match_expression(query.text)
    if match is not None:
        # The first FEW_MATCHES + 1 matches by id, fetched: when that is all of them, the
        # index has been searched once, and the page looks them up.
        first = first_matches(session, match, FEW_MATCHES + 1)
        sizes.append(len(first))
        if len(first) <= FEW_MATCHES:
            conditions.append(Case.id.in_(first))
        else:
            conditions.append(text_condition(match))
    if kind is not None:
        sizes.append(_count_of_kind(session, kind))
        conditions.append(_kind_condition(kind, few=sizes[-1] <= FEW_MATCHES))
    if 0 in sizes:
        ids: list[int] = []
        total = 0
    else:
        # No "WHERE 1 = 1": SQLite counts a whole table from its smallest index only without.
        if query.sort is CaseSort.NEXT_FOLLOW_UP:
            ids = _page_by_next_follow_up(session, conditions, query.descending, offset, limit)
        elif query.sort is CaseSort.STATUS:
            ids = _page_by_status(session, conditions, query.descending, offset, limit)
        else:
            ids = _ids(
                session,
                select(Case.id)
                .where(*conditions)
                .order_by(*_order_by(query))
                .offset(offset)
                .limit(limit),
            )
        if offset == 0 and len(ids) < limit:
            total = len(ids)
        elif len(conditions) == 1 and sizes:
            # The set is the only condition: its size is the total (erased cases are not in
            # the text index; each case has a kind of violence once). Beyond the first text
            # matches, the index counts the rest from the last one (no second search).
            total = sizes[0]
            if match is not None and total > FEW_MATCHES:
                total += count_matches(session, match, after=first[-1])
        else:
            total = (
                session.connection().scalar(
                    select(func.count()).select_from(Case).where(*conditions)
                )
                or 0
            )
    rows = _page_rows(session, ids)
    if offset == 0:
        record_event(
            session,
            user_id=by.user_id,
            action=AuditAction.CASES_SEARCHED,
            entity_type="case",
            details={"filters": filters, "text": bool(query.text.strip())},
        )
    uow.commit()
    return CasePage(rows=rows, total=total)
