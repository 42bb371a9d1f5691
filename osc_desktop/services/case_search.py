"""Finding cases: search as you type over case number, name, alias, phone and FIR number.

The index is an SQLite FTS5 table, `case_search` (migration 0004), one row per case with
rowid = survivor_case.id, and the trigram tokenizer, so any three or more characters find the
cases holding them anywhere (a middle part of a name, the tail of a phone number). Shorter
input is looked up through markers written with the text (see `_index_values`):
- every word of the name and alias is stored as "^^word", so one or two typed letters ("s",
  "su") become the trigram-sized prefix "^^s" / "^^su": names starting so;
- the phonetic keys of the name (services/name_keys.py) are stored as "^^key^", so सुनीता finds
  Sunita, Suneeta and Sunitha, and the other way round (keys match as prefixes, for typing);
- digits alone are a case number tail ("42" and "0042" are "/0042"), a phone number from 4
  digits on, in any spelling (+91 98765-43210 = 9876543210), and a police report number.
Words typed are ANDed; each may match any of the columns.

Measured on 100,000 synthetic cases (79 MB SQLCipher file, a shared 2-core machine; p50/p95
of the whole service incl. permission check, audit event and commit, first page of 50): empty
query 13/15 ms; "s" (29,617 matches) 28/30 ms; "sunita" (5,141) 34/37 ms; "सुनीता" 21/32 ms;
"rekha yadav" (496) 15/23 ms; "0042" 7/10 ms; a phone's 4 digits 12/19 ms. The bare FTS query
(`BARE_FTS_QUERY`, all matching rowids) took 14/61 ms for "sunita". Sorting by name, status or
next follow-up costs 40-70 ms at 100,000 (they sort every match); filters without text about
40 ms. Indexing a case: under 1 ms; an erasure's index merge ("optimize"): about 1.2 s.
Two plans: up to FEW_MATCHES text matches are looked up by id and sorted; more walk the sort
order's index (registered_at, or year and sequence) and stop when the page is full. The count
comes from the index itself when there is no filter (erased cases are not in it). The speed
relies on the page cache set for every connection in `db/engine.py` (PAGE_CACHE_KIB).

Everything SQLite-specific is in this module's "index backend" section (`_write_rows`,
`_delete_row`, `match_expression`, `_text_condition`): a PostgreSQL backend (pg_trgm) would
replace that section and the migration, not the callers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    column,
    exists,
    func,
    literal,
    select,
    text,
    true,
)
from sqlalchemy import (
    case as sql_case,
)
from sqlalchemy.orm import Session

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import FieldInvalid
from osc_desktop.models import Case, CaseStatus, CaseViolence, FollowUp, StaffUser, ViolenceKind
from osc_desktop.services.audit_log import AuditAction, record_event
from osc_desktop.services.case_dto import CaseListRow, CasePage, CaseQuery, CaseSort
from osc_desktop.services.case_numbers import CASE_SEQUENCE_DIGITS
from osc_desktop.services.dto import Actor
from osc_desktop.services.name_keys import name_keys
from osc_desktop.services.permissions import Permission, require
from osc_desktop.services.validation import clean_indian_phone

INDEX_TABLE = "case_search"
# Marks the start of a stored word: one or two typed characters plus the marker make the three
# a trigram index can look up.
WORD_START = "^^"
KEY_END = "^"  # after each stored name key, so a key can also be matched whole
PHONE_SEARCH_MIN_DIGITS = 4
SUBSTRING_MIN_CHARS = 3  # the trigram tokenizer finds substrings from 3 characters on
MIN_KEY_PREFIX = 2
MAX_QUERY_WORDS = 8  # more words than this are ignored (nobody types them; keeps MATCH small)
MAX_LIMIT = 500
# Up to this many text matches, they are looked up and sorted; beyond, the sort order's index
# is walked until the page is full (see the module docstring).
FEW_MATCHES = 1000

# The bare full-text query the search runs on the index, for the benchmark (bench/search.py):
#   connection.execute(text(BARE_FTS_QUERY), {"match": match_expression("sunita")})
# returns the rowids (= case ids) of all cases the text matches, without filters or sorting.
BARE_FTS_QUERY = f"SELECT rowid FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :match"

_PHONE_LIKE = re.compile(r"^[\d\s+\-().]+$")
_DIGITS = re.compile(r"\d+")


# -- index backend (SQLite FTS5) ----------------------------------------------------------------


def _words(text_value: str) -> list[str]:
    return text_value.casefold().split()


def _index_values(case: Case) -> dict[str, Any]:
    names = [*_words(case.full_name), *_words(case.alias)]
    keys = sorted(name_keys(case.full_name) | name_keys(case.alias))
    return {
        "id": case.id,
        "number": case.case_number.casefold(),
        "names": " ".join(WORD_START + word for word in names),
        "keys": " ".join(WORD_START + key + KEY_END for key in keys),
        "phone": "".join(_DIGITS.findall(case.phone)),
        "police": case.police_report_number.casefold(),
    }


_INSERT = text(
    f"INSERT INTO {INDEX_TABLE} (rowid, number, names, keys, phone, police) "
    "VALUES (:id, :number, :names, :keys, :phone, :police)"
)
_DELETE = text(f"DELETE FROM {INDEX_TABLE} WHERE rowid = :id")


def _write_rows(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        session.execute(_INSERT, list(rows))


def _delete_row(session: Session, case_id: int) -> None:
    session.execute(_DELETE, {"id": case_id})


def _purge_deleted_terms(session: Session) -> None:
    """Merge the index so the terms of deleted rows are gone from the file, not just marked."""
    session.execute(text(f"INSERT INTO {INDEX_TABLE} ({INDEX_TABLE}) VALUES ('optimize')"))


def _phrase(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _digits_of_phone_like(query: str) -> str | None:
    """The digits of `query` if it is written like a (part of a) phone number or a bare number:
    canonical (no +91 or leading 0 on a mobile) when it is a whole phone number."""
    if not _PHONE_LIKE.match(query) or not any(c.isdigit() for c in query):
        return None
    try:
        canonical = clean_indian_phone(query, required=True)
    except FieldInvalid:
        canonical = ""
    return "".join(_DIGITS.findall(canonical or query))


def _digits_term(digits: str) -> str | None:
    parts = []
    if len(digits) <= CASE_SEQUENCE_DIGITS + 2 and digits.lstrip("0"):
        tail = digits.lstrip("0").zfill(CASE_SEQUENCE_DIGITS)
        parts.append(f"number : {_phrase('/' + tail)}")
    if len(digits) >= PHONE_SEARCH_MIN_DIGITS:
        parts.append(f"phone : {_phrase(digits)}")
    if len(digits) >= SUBSTRING_MIN_CHARS:
        parts.append(f"police : {_phrase(digits)}")
    return "(" + " OR ".join(parts) + ")" if parts else None


def _is_name_word(word: str) -> bool:
    """Letters only (Devanagari vowel signs included): a word that may be (part of) a name."""
    return all(c.isalpha() or unicodedata.category(c).startswith("M") for c in word)


def _word_term(word: str) -> str | None:
    parts = []
    if len(word) >= SUBSTRING_MIN_CHARS:
        parts.append(f"{{number names police}} : {_phrase(word)}")
    else:
        parts.append(f"names : {_phrase(WORD_START + word)}")
    if _is_name_word(word):
        # A one-letter key ("r" of "ra") as a prefix would find half the names.
        for key in name_keys(word):
            if len(key) >= MIN_KEY_PREFIX:
                parts.append(f"keys : {_phrase(WORD_START + key)}")
    return "(" + " OR ".join(parts) + ")"


def match_expression(query_text: str) -> str | None:
    """The FTS5 MATCH expression for what was typed in the search box; None when it holds
    nothing to search for (only spaces or punctuation)."""
    query = " ".join(query_text.split())
    if not query:
        return None
    digits = _digits_of_phone_like(query)
    if digits is not None:
        term = _digits_term(digits)
        if not query.isdigit() and len(query) >= SUBSTRING_MIN_CHARS:
            # "2026-27", "12/2023" as typed: part of a case or report number.
            written = f"{{number police}} : {_phrase(query)}"
            term = f"({term} OR {written})" if term else written
        return term
    terms = []
    for word in query.casefold().split()[:MAX_QUERY_WORDS]:
        if word.isdigit():
            term = _digits_term(word)
        elif any(c.isalnum() for c in word):
            term = _word_term(word)
        else:
            term = None
        if term:
            terms.append(term)
    return " AND ".join(terms) if terms else None


def _text_condition(match: str) -> ColumnElement[bool]:
    """Cases whose index row matches. Written on `id + 0`, not `id`, so that SQLite does not
    look every match up by rowid and sort them all, but walks the sort order's index and stops
    at the page's end (see `search_cases`)."""
    return (Case.id + 0).in_(_matching_rowids(match))


def _matching_rowids(match: str) -> Any:
    return (
        text(f"SELECT rowid FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :match")
        .bindparams(match=match)
        .columns(column("rowid"))
    )


def _count_matches(session: Session, match: str) -> int:
    return session.scalar(
        text(f"SELECT count(*) FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :match"),
        {"match": match},
    )


def matching_case_ids(session: Session, query_text: str, *, limit: int) -> list[int]:
    """Ids of up to `limit` cases whose indexed text matches `query_text`, newest first
    (for services/case_matching.py)."""
    match = match_expression(query_text)
    if match is None:
        return []
    rows = session.execute(
        text(BARE_FTS_QUERY + " ORDER BY rowid DESC LIMIT :limit"),
        {"match": match, "limit": limit},
    )
    return [row[0] for row in rows]


def cases_with_name_keys(session: Session, keys: Iterable[str], *, limit: int) -> list[int]:
    """Ids of up to `limit` cases having any of the phonetic name `keys` exactly, newest
    first (for services/case_matching.py)."""
    phrases = [f"keys : {_phrase(WORD_START + key + KEY_END)}" for key in sorted(keys) if key]
    if not phrases:
        return []
    rows = session.execute(
        text(BARE_FTS_QUERY + " ORDER BY rowid DESC LIMIT :limit"),
        {"match": " OR ".join(phrases), "limit": limit},
    )
    return [row[0] for row in rows]


def cases_with_all_name_keys(session: Session, keys: Iterable[str], *, limit: int) -> list[int]:
    """Ids of up to `limit` cases having all of the phonetic name `keys`, newest first."""
    phrases = [f"keys : {_phrase(WORD_START + key + KEY_END)}" for key in sorted(keys) if key]
    if not phrases:
        return []
    rows = session.execute(
        text(BARE_FTS_QUERY + " ORDER BY rowid DESC LIMIT :limit"),
        {"match": " AND ".join(phrases), "limit": limit},
    )
    return [row[0] for row in rows]


# -- keeping the index -------------------------------------------------------------------------


def index_case(session: Session, case: Case) -> None:
    """Put `case` into the search index as it is now (insert or replace); an erased case is
    removed from it, and the index is merged so her words are gone from the file.

    Call after the case is flushed (it needs `case.id`), in the same transaction as the change,
    from every service that changes what the index holds (name, alias, phone, case number, police
    report number, or erasure). Writes no audit event and does not commit.
    """
    if case.id is None:
        session.flush()
    _delete_row(session, case.id)
    if case.erased_at is not None:
        _purge_deleted_terms(session)
        return
    _write_rows(session, [_index_values(case)])


def rebuild_index(session: Session) -> int:
    """Index every case afresh (after demo data is loaded, or to repair the index); returns
    how many cases are in it. Does not commit."""
    session.flush()
    session.execute(text(f"INSERT INTO {INDEX_TABLE} ({INDEX_TABLE}) VALUES ('delete-all')"))
    indexed = 0
    last_id = 0
    while True:
        batch = session.scalars(
            select(Case)
            .where(Case.id > last_id, Case.erased_at.is_(None))
            .order_by(Case.id)
            .limit(2000)
        ).all()
        if not batch:
            break
        _write_rows(session, [_index_values(case) for case in batch])
        indexed += len(batch)
        last_id = batch[-1].id
        for case in batch:
            session.expunge(case)
    _purge_deleted_terms(session)
    return indexed


# -- searching ---------------------------------------------------------------------------------


def _local_midnight_utc(day: date) -> datetime:
    # A naive datetime's astimezone() reads it as the computer's local time.
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _filter_conditions(query: CaseQuery) -> tuple[list[ColumnElement[bool]], list[str]]:
    """The WHERE conditions of `query`'s filters (not its text), and the names of the filters
    used (for the audit)."""
    conditions: list[ColumnElement[bool]] = []
    filters: list[str] = []
    if query.statuses:
        conditions.append(Case.status.in_([CaseStatus(s) for s in sorted(query.statuses)]))
        filters.append("statuses")
    if query.violence:
        kind = ViolenceKind(query.violence)
        conditions.append(
            exists().where(CaseViolence.case_id == Case.id, CaseViolence.kind == kind)
        )
        filters.append("violence")
    if query.registered_from is not None:
        conditions.append(Case.registered_at >= _local_midnight_utc(query.registered_from))
        filters.append("registered_from")
    if query.registered_to is not None:
        end = _local_midnight_utc(query.registered_to + timedelta(days=1))
        conditions.append(Case.registered_at < end)
        filters.append("registered_to")
    if query.case_worker_id is not None:
        conditions.append(Case.case_worker_id == query.case_worker_id)
        filters.append("case_worker")
    return conditions, filters


def _display_name_column() -> ColumnElement[str]:
    return sql_case(
        (Case.erased_at.is_not(None), literal("")),
        ((Case.name_withheld.is_(True)) | (Case.full_name == ""), Case.alias),
        else_=Case.full_name,
    )


STATUS_ORDER = (
    CaseStatus.REGISTERED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.REOPENED,
    CaseStatus.DISPOSED,
)


def _order_by(query: CaseQuery) -> list[Any]:
    def direction(expression: Any) -> Any:
        return expression.desc() if query.descending else expression.asc()

    newest_first = [Case.registered_at.desc(), Case.id.desc()]
    match query.sort:
        case CaseSort.CASE_NUMBER:
            return [direction(Case.financial_year), direction(Case.sequence)]
        case CaseSort.NAME:
            return [direction(func.lower(_display_name_column())), direction(Case.id)]
        case CaseSort.STATUS:  # in the order a case goes through them
            rank = sql_case(
                {status: position for position, status in enumerate(STATUS_ORDER)},
                value=Case.status,
                else_=len(STATUS_ORDER),
            )
            return [direction(rank), *newest_first]
        case _:  # REGISTERED_AT; NEXT_FOLLOW_UP is paged by _page_by_next_follow_up
            return [direction(Case.registered_at), direction(Case.id)]


def _page_by_next_follow_up(
    session: Session, where: ColumnElement[bool], descending: bool, offset: int, limit: int
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
    with_follow_up = list(
        session.scalars(
            select(Case.id)
            .join(pending, pending.c.case_id == Case.id)
            .where(where)
            .order_by(due, Case.registered_at.desc(), Case.id.desc())
        )
    )
    ids = with_follow_up[offset : offset + limit]
    if len(ids) < limit:
        ids += session.scalars(
            select(Case.id)
            .where(where, (Case.id + 0).not_in(select(pending.c.case_id)))
            .order_by(Case.registered_at.desc(), Case.id.desc())
            .offset(max(0, offset - len(with_follow_up)))
            .limit(limit - len(ids))
        )
    return ids


def _page_rows(session: Session, ids: list[int]) -> tuple[CaseListRow, ...]:
    if not ids:
        return ()
    # Only the listed columns (not whole cases with their narratives), in one query.
    cases = {
        c.id: c
        for c in session.execute(
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
                Case.case_worker_id,
            ).where(Case.id.in_(ids))
        )
    }
    kinds: dict[int, list[str]] = {case_id: [] for case_id in ids}
    for case_id, kind in session.execute(
        select(CaseViolence.case_id, CaseViolence.kind)
        .where(CaseViolence.case_id.in_(ids))
        .order_by(CaseViolence.case_id, CaseViolence.kind)
    ):
        kinds[case_id].append(kind.value)
    worker_ids = {c.case_worker_id for c in cases.values() if c.case_worker_id is not None}
    workers = dict(
        session.execute(
            select(StaffUser.id, StaffUser.full_name).where(StaffUser.id.in_(worker_ids))
        ).all()
        if worker_ids
        else []
    )
    rows = []
    for case_id in ids:
        case = cases[case_id]
        erased = case.erased_at is not None
        if erased:
            name = ""
        elif case.name_withheld or not case.full_name:
            name = case.alias
        else:
            name = case.full_name
        rows.append(
            CaseListRow(
                id=case.id,
                case_number=case.case_number,
                display_name=name,
                age_years=case.age_years,
                status=case.status.value,
                registered_at=case.registered_at,
                violence=tuple(kinds[case_id]),
                case_worker_name=workers.get(case.case_worker_id, ""),
                phone_last_digits="" if erased else case.phone[-4:],
                incomplete=not case.intake_complete,
                name_withheld=case.name_withheld and not erased,
                erased=erased,
            )
        )
    return tuple(rows)


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
    require(uow, by, Permission.VIEW_CASES)
    del today
    session = uow.session
    offset = max(0, offset)
    limit = max(0, min(limit, MAX_LIMIT))
    conditions, filters = _filter_conditions(query)
    match = match_expression(query.text)
    matches: int | None = None
    if match is not None:
        # Few matches: their ids, looked up and sorted (SQLite's own plan, on `id`). Many:
        # walk the sort order's index and stop at the end of the page (on `id + 0`).
        few = list(
            session.scalars(
                text(BARE_FTS_QUERY + " LIMIT :limit"), {"match": match, "limit": FEW_MATCHES + 1}
            )
        )
        if len(few) <= FEW_MATCHES:
            matches = len(few)
            conditions.append(Case.id.in_(few))
        else:
            matches = _count_matches(session, match)
            conditions.append(_text_condition(match))
    if matches == 0:
        ids: list[int] = []
        total = 0
    else:
        where = and_(true(), *conditions)
        if query.sort is CaseSort.NEXT_FOLLOW_UP:
            ids = _page_by_next_follow_up(session, where, query.descending, offset, limit)
        else:
            ids = list(
                session.scalars(
                    select(Case.id)
                    .where(where)
                    .order_by(*_order_by(query))
                    .offset(offset)
                    .limit(limit)
                )
            )
        if offset == 0 and len(ids) < limit:
            total = len(ids)
        elif matches is not None and len(conditions) == 1:
            total = matches  # erased cases are not in the index: every match is a listed case
        else:
            total = session.scalar(select(func.count()).select_from(Case).where(where)) or 0
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
