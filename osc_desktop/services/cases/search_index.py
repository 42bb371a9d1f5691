"""The search index of cases: what is stored for each case, the full-text query typed text
becomes, and keeping the index (a case at a time, or rebuilt whole).

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

Indexing a case: under 1 ms; an erasure's index merge ("optimize"): about 1.2 s; rebuilding the
whole index: about 3 s (bench/search.py; bench/README.md has the figures).

Everything SQLite-specific is in this module's "index backend" section (`_write_rows`,
`_delete_row`, `match_expression`, `text_condition`): a PostgreSQL backend (pg_trgm) would
replace that section and the migration, not the callers (search.py, matching.py).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, column, select, text
from sqlalchemy.orm import Session

from osc_desktop.errors import FieldInvalid
from osc_desktop.models import Case
from osc_desktop.services.cases.name_keys import name_keys
from osc_desktop.services.cases.numbers import CASE_SEQUENCE_DIGITS
from osc_desktop.services.core.validation import clean_indian_phone

INDEX_TABLE = "case_search"
# Marks the start of a stored word: one or two typed characters plus the marker make the three
# a trigram index can look up.
WORD_START = "^^"
KEY_END = "^"  # after each stored name key, so a key can also be matched whole
PHONE_SEARCH_MIN_DIGITS = 4
SUBSTRING_MIN_CHARS = 3  # the trigram tokenizer finds substrings from 3 characters on
MIN_KEY_PREFIX = 2
MAX_QUERY_WORDS = 8  # more words than this are ignored (nobody types them; keeps MATCH small)
REBUILD_BATCH = 5000  # cases read and indexed at a time by `rebuild_index`

# The bare full-text query the search runs on the index, for the benchmark (bench/search.py):
#   connection.execute(text(BARE_FTS_QUERY), {"match": match_expression("sunita")})
# returns the rowids (= case ids) of all cases the text matches, without filters or sorting.
BARE_FTS_QUERY = f"SELECT rowid FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :match"

_PHONE_LIKE = re.compile(r"^[\d\s+\-().]+$")
_DIGITS = re.compile(r"\d+")


# -- index backend (SQLite FTS5) ----------------------------------------------------------------


def _words(text_value: str) -> list[str]:
    return text_value.casefold().split()


def _index_values(
    case: Any, keys_of: Callable[[str], frozenset[str]] = name_keys
) -> dict[str, Any]:
    """The index row of a case: `case` is a `Case` or a row with its id, case_number,
    full_name, alias, phone and police_report_number; `keys_of` gives a name's phonetic keys."""
    names = [*_words(case.full_name), *_words(case.alias)]
    keys = sorted(keys_of(case.full_name) | keys_of(case.alias))
    return {
        "id": case.id,
        "number": case.case_number.casefold(),
        "names": " ".join(WORD_START + word for word in names),
        "keys": " ".join(WORD_START + key + KEY_END for key in keys),
        "phone": "".join(_DIGITS.findall(case.phone)),
        "police": case.police_report_number.casefold(),
    }


_INSERT_SQL = (
    f"INSERT INTO {INDEX_TABLE} (rowid, number, names, keys, phone, police) "
    "VALUES (:id, :number, :names, :keys, :phone, :police)"
)
_INSERT = text(_INSERT_SQL)
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
    nothing to search for (only spaces or punctuation). Control characters (a bad paste) and
    lone surrogates count as spaces: the full-text engine refuses them."""
    query = " ".join(
        "".join(
            " " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in query_text
        ).split()
    )
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


def text_condition(match: str) -> ColumnElement[bool]:
    """Cases whose index row matches. Written on `id + 0`, not `id`, so that SQLite does not
    look every match up by rowid and sort them all, but walks the sort order's index (or a
    filter's) and stops at the page's end (see search.py's `search_cases`)."""
    return (Case.id + 0).in_(_matching_rowids(match))


def _matching_rowids(match: str) -> Any:
    return (
        text(f"SELECT rowid FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :match")
        .bindparams(match=match)
        .columns(column("rowid"))
    )


def first_matches(session: Session, match: str, limit: int) -> list[int]:
    """The lowest ids of up to `limit` matching cases, in order (the index stops there)."""
    # Up to FEW_MATCHES + 1 plain integers, fetched at once by the driver (a read on the
    # session's own connection and transaction): SQLAlchemy's rows would cost more than the
    # search itself.
    driver = session.connection().connection.driver_connection
    rows = driver.execute(_FIRST_MATCHES, {"match": match, "limit": limit}).fetchall()
    return [row[0] for row in rows]


def count_matches(session: Session, match: str, *, after: int = 0) -> int:
    """How many cases with an id above `after` match (the index starts looking there)."""
    return session.connection().scalar(_COUNT_MATCHES, {"match": match, "after": after}) or 0


_FIRST_MATCHES = BARE_FTS_QUERY + " ORDER BY rowid LIMIT :limit"
_COUNT_MATCHES = text(
    f"SELECT count(*) FROM {INDEX_TABLE} WHERE {INDEX_TABLE} MATCH :match AND rowid > :after"
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
    # Only the indexed columns, as plain rows (no ORM objects), a batch at a time by id.
    connection = session.connection()
    indexed_columns = select(
        Case.id,
        Case.case_number,
        Case.full_name,
        Case.alias,
        Case.phone,
        Case.police_report_number,
    ).where(Case.erased_at.is_(None))
    # Names repeat (4,000 different full names among 100,000 demo cases): each is keyed once.
    keys_of = functools.lru_cache(maxsize=65_536)(name_keys)
    indexed = 0
    last_id = 0
    while True:
        batch = connection.execute(
            indexed_columns.where(Case.id > last_id).order_by(Case.id).limit(REBUILD_BATCH)
        ).all()
        if not batch:
            break
        # Straight to the driver (named parameters): SQLAlchemy's per-row parameter handling
        # would cost more than the index.
        connection.exec_driver_sql(_INSERT_SQL, [_index_values(row, keys_of) for row in batch])
        indexed += len(batch)
        last_id = batch[-1].id
    _purge_deleted_terms(session)
    return indexed
