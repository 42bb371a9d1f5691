"""Reading the audit trail: the manager's viewer, its CSV export, and checking the hash chain.

Writing events is `audit_log.record_event`'s job; nothing here changes or removes a row. Every
function needs `Permission.VIEW_AUDIT_TRAIL` (a refusal is itself audited by `require`), and
each look, export or check is recorded in the trail too, with the filter used but never any
survivor data.

Rows are read as plain columns in pages (keyset on `id`), never as ORM objects, so listing,
exporting and verifying stay fast and use little memory on a trail of a million events.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal, TextIO

from sqlalchemy import Row, Select, String, and_, cast, func, or_, select
from sqlalchemy.orm import aliased

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.models import AuditEvent, Case, StaffUser
from osc_desktop.services.core.audit_log import (
    ACTION_LABELS,
    GENESIS_HASH,
    AuditAction,
    record_event,
    row_hash,
)
from osc_desktop.services.core.clock import local_moment, start_of_local_day
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.services.core.progress import Progress, no_progress

PAGE_SIZE = 200
# Rows read per query while verifying or exporting: large enough to be quick, small enough
# that memory stays flat however long the trail is.
BATCH_SIZE = 5_000
# Written first so that Excel on Windows reads the file as UTF-8 (Hindi names stay readable).
UTF8_BOM = "\ufeff"
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_HEADER = (
    "time",
    "user name",
    "full name",
    "action",
    "entity type",
    "entity id",
    "details",
    "row hash",
)

ChainProblem = Literal["", "altered", "broken_link", "gap", "truncated", "not_anchored"]
# The problems that mean the trail was changed (as against "not_anchored": it cannot be told).
TAMPERING: frozenset[str] = frozenset({"altered", "broken_link", "gap", "truncated"})


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show; every field is optional (None: no restriction).

    `date_from` and `date_to` are whole days, both included, in the computer's time zone.
    `entity_id` (a case number, say) matches exactly or as the beginning of the record's id.
    """

    user_id: int | None = None
    action: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    entity_id: str | None = None

    def as_details(self) -> dict[str, object]:
        """The fields that restrict, as JSON-ready values, for the audit event of a look."""
        chosen: dict[str, object] = {}
        if self.user_id is not None:
            chosen["user_id"] = self.user_id
        if self.action:
            chosen["action"] = self.action
        if self.date_from is not None:
            chosen["date_from"] = self.date_from.isoformat()
        if self.date_to is not None:
            chosen["date_to"] = self.date_to.isoformat()
        if self.entity_id and self.entity_id.strip():
            # Whether a record was searched for, not what was typed: a name or phone number
            # typed into the box by mistake must not stay for ever in an append-only table.
            chosen["record_searched"] = True
        return chosen


@dataclass(frozen=True)
class AuditRow:
    """One event as the viewer shows it."""

    id: int
    occurred_at: datetime  # aware, UTC
    user_id: int | None
    username: str  # "" when no one was signed in (a failed sign-in under an unknown name)
    full_name: str
    action: str
    entity_type: str
    entity_id: str
    details: dict[str, Any] = field(default_factory=dict)
    # For a staff account as the entity: that account's user name (else "").
    entity_label: str = ""


@dataclass(frozen=True)
class ChainReport:
    """The result of walking the hash chain from the first event to the last.

    `problem` names what is wrong at `first_broken_id`:
    "altered": the row's hash does not match its contents (edited after it was written);
    "broken_link": its `prev_hash` is not the previous row's hash (a row removed or inserted);
    "gap": ids jump (a row deleted, and the chain re-sealed over the hole);
    "truncated": the trail ends before the newest event recorded outside the database (the
    newest rows removed); `first_broken_id` is then that event's id;
    "not_anchored": every row checked is intact, but the file recording the newest event
    (audit-head.json) was missing or unreadable (now, or when the centre was opened), so
    the newest rows could have been removed unseen; `first_broken_id` is None.
    """

    ok: bool
    rows_checked: int
    first_broken_id: int | None = None
    problem: ChainProblem = ""

    @property
    def tampered(self) -> bool:
        """Whether a row was changed, removed or slipped in (not merely unanchored)."""
        return self.problem in TAMPERING


def _where(flt: AuditFilter) -> list[Any]:
    conditions: list[Any] = []
    if flt.user_id is not None:
        conditions.append(AuditEvent.user_id == flt.user_id)
    if flt.action:
        conditions.append(AuditEvent.action == flt.action)
    if flt.date_from is not None:
        conditions.append(AuditEvent.occurred_at >= start_of_local_day(flt.date_from))
    if flt.date_to is not None:
        next_day = flt.date_to + timedelta(days=1)
        conditions.append(AuditEvent.occurred_at < start_of_local_day(next_day))
    wanted = (flt.entity_id or "").strip()
    if wanted:
        # startswith also matches the exact id; autoescape keeps % and _ literal. A case is
        # found by its case number too (events name cases by their row id).
        case_ids = select(cast(Case.id, String)).where(
            Case.case_number.startswith(wanted.upper(), autoescape=True)
        )
        conditions.append(
            or_(
                AuditEvent.entity_id.startswith(wanted, autoescape=True),
                and_(AuditEvent.entity_type == "case", AuditEvent.entity_id.in_(case_ids)),
            )
        )
    return conditions


_actor_user = aliased(StaffUser, name="actor_user")
_entity_user = aliased(StaffUser, name="entity_user")
_entity_case = aliased(Case, name="entity_case")


def _rows_query(flt: AuditFilter, newest_id: int | None) -> Select[Any]:
    query = (
        select(
            AuditEvent.id,
            AuditEvent.occurred_at,
            AuditEvent.user_id,
            _actor_user.username,
            _actor_user.full_name,
            AuditEvent.action,
            AuditEvent.entity_type,
            AuditEvent.entity_id,
            AuditEvent.details,
            AuditEvent.row_hash,
            _entity_user.username.label("entity_username"),
            _entity_case.case_number.label("entity_case_number"),
        )
        .outerjoin(_actor_user, _actor_user.id == AuditEvent.user_id)
        .outerjoin(
            _entity_user,
            and_(
                AuditEvent.entity_type == "staff_user",
                AuditEvent.entity_id == cast(_entity_user.id, String),
            ),
        )
        .outerjoin(
            _entity_case,
            and_(
                AuditEvent.entity_type == "case",
                AuditEvent.entity_id == cast(_entity_case.id, String),
            ),
        )
        .where(*_where(flt))
    )
    if newest_id is not None:
        query = query.where(AuditEvent.id <= newest_id)
    return query


def _details(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _audit_row(row: Any) -> AuditRow:
    return AuditRow(
        id=row.id,
        occurred_at=row.occurred_at,
        user_id=row.user_id,
        username=row.username or "",
        full_name=row.full_name or "",
        action=row.action,
        entity_type=row.entity_type,
        entity_id=row.entity_id,
        details=_details(row.details),
        # The case number says which case without naming her.
        entity_label=row.entity_username or row.entity_case_number or "",
    )


def list_events(
    uow: UnitOfWork,
    actor: Actor,
    flt: AuditFilter,
    *,
    limit: int = PAGE_SIZE,
    offset: int = 0,
    newest_id: int | None = None,
) -> list[AuditRow]:
    """One page of the events matching `flt`, newest first.

    A first page (`offset` 0) is a new look at the trail and is itself recorded (before the
    query, so it appears in its own listing); later pages of the same look are not. Pass
    `newest_id` (the id of the first row of the first page) when paging, so events recorded
    meanwhile do not shift the pages.

    Raises:
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor may not view the audit trail (the attempt is recorded).
    """
    if offset == 0:
        uow.lock_for_writing()  # the look is appended to the audit chain
    require(uow, actor, Permission.VIEW_AUDIT_TRAIL)
    if offset == 0:
        record_event(
            uow.session,
            user_id=actor.user_id,
            action=AuditAction.AUDIT_VIEWED,
            details={"filter": flt.as_details()},
        )
    query = (
        _rows_query(flt, newest_id)
        .order_by(AuditEvent.id.desc())
        .limit(max(limit, 0))
        .offset(max(offset, 0))
    )
    rows = [_audit_row(row) for row in uow.session.execute(query)]
    uow.commit()
    return rows


def count_events(
    uow: UnitOfWork, actor: Actor, flt: AuditFilter, *, newest_id: int | None = None
) -> int:
    """How many events match `flt` (up to `newest_id`, when given). Records nothing.

    Raises:
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor may not view the audit trail (the attempt is recorded).
    """
    require(uow, actor, Permission.VIEW_AUDIT_TRAIL)
    query = select(func.count()).select_from(AuditEvent).where(*_where(flt))
    if newest_id is not None:
        query = query.where(AuditEvent.id <= newest_id)
    return int(uow.session.scalar(query) or 0)


def list_staff_choices(uow: UnitOfWork, actor: Actor) -> list[tuple[int, str]]:
    """Every staff account, deactivated ones too, as (id, "Full Name (username)") by name.

    Raises:
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor may not view the audit trail (the attempt is recorded).
    """
    require(uow, actor, Permission.VIEW_AUDIT_TRAIL)
    rows = uow.session.execute(
        select(StaffUser.id, StaffUser.full_name, StaffUser.username).order_by(
            func.lower(StaffUser.full_name), StaffUser.id
        )
    )
    return [(row.id, f"{row.full_name} ({row.username})") for row in rows]


def _chain_batches(uow: UnitOfWork) -> Iterator[Sequence[Row[Any]]]:
    columns = (
        AuditEvent.id,
        AuditEvent.occurred_at,
        AuditEvent.user_id,
        AuditEvent.action,
        AuditEvent.entity_type,
        AuditEvent.entity_id,
        AuditEvent.details,
        AuditEvent.prev_hash,
        AuditEvent.row_hash,
    )
    # Core rows on the session's connection: the ORM's row machinery costs more than the
    # hashing on a long trail.
    connection = uow.session.connection()
    last_id = 0
    while True:
        batch = connection.execute(
            select(*columns)
            .where(AuditEvent.id > last_id)
            .order_by(AuditEvent.id)
            .limit(BATCH_SIZE)
        ).all()
        if not batch:
            return
        yield batch
        last_id = batch[-1][0]


def _walk_chain(uow: UnitOfWork, progress: Progress) -> ChainReport:
    total = uow.session.scalar(select(func.count(AuditEvent.id))) or 0
    progress(0, total)
    anchor = uow.anchor.read() if uow.anchor is not None else None
    anchor_seen = False
    checked = 0
    previous_id: int | None = None
    previous_hash = GENESIS_HASH
    for batch in _chain_batches(uow):
        for event_id, when, user_id, action, kind, entity, details, prev, sealed in batch:
            checked += 1
            problem: ChainProblem = ""
            if row_hash(prev, when, user_id, action, kind, entity, details) != sealed:
                problem = "altered"
            elif prev != previous_hash:
                problem = "broken_link"
            elif previous_id is not None and event_id != previous_id + 1:
                problem = "gap"
            if problem:
                return ChainReport(False, checked, event_id, problem)
            previous_id = event_id
            previous_hash = sealed
            if anchor is not None and event_id == anchor[0] and sealed == anchor[1]:
                anchor_seen = True
        progress(checked, max(total, checked))
    if anchor is not None and not anchor_seen:
        return ChainReport(False, checked, anchor[0], "truncated")
    if checked and uow.anchor is not None and (anchor is None or uow.anchor.missing_at_open):
        return ChainReport(False, checked, None, "not_anchored")
    return ChainReport(True, checked)


def verify_chain(
    uow: UnitOfWork, actor: Actor | None, progress: Progress = no_progress
) -> ChainReport:
    """Walk the whole trail in id order and report the first row that breaks the hash chain.

    `actor` None is for `osc-desktop audit verify` only: whoever runs it has already opened
    the database with its key (the OS account holding it in the keyring, or the passphrase),
    which is full access anyway, so no staff permission is checked and nothing is recorded.
    With an actor, the permission is checked and the check is recorded (after the walk, in a
    transaction of its own). `progress` hears (events checked, events in all) after each
    batch; a check stopped with Cancelled is not recorded (nothing was verified).

    Raises:
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor may not view the audit trail (the attempt is recorded).
        Cancelled: from `progress`.
    """
    if actor is not None:
        require(uow, actor, Permission.VIEW_AUDIT_TRAIL)
        uow.commit()  # end the read so the walk below sees one consistent snapshot
    report = _walk_chain(uow, progress)
    uow.commit()
    if actor is not None:
        uow.lock_for_writing()
        record_event(
            uow.session,
            user_id=actor.user_id,
            action=AuditAction.AUDIT_VERIFIED,
            details={"ok": report.ok, "rows": report.rows_checked},
        )
        uow.commit()
    return report


def _safe_cell(value: str) -> str:
    """`value`, with an apostrophe in front if a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def _action_label(action: str) -> str:
    try:
        return ACTION_LABELS[AuditAction(action)]
    except ValueError:
        return action


def _export_batches(uow: UnitOfWork, flt: AuditFilter) -> Iterator[list[Any]]:
    last_id = 0
    while True:
        batch = uow.session.execute(
            _rows_query(flt, None)
            .where(AuditEvent.id > last_id)
            .order_by(AuditEvent.id)
            .limit(BATCH_SIZE)
        ).all()
        if not batch:
            return
        yield batch
        last_id = batch[-1].id


def export_csv(
    uow: UnitOfWork,
    actor: Actor,
    flt: AuditFilter,
    out: TextIO,
    progress: Progress = no_progress,
) -> int:
    """Write every event matching `flt`, oldest first, to `out` as CSV; return how many.

    Open `out` with `encoding="utf-8", newline=""`: the file starts with a byte order mark
    (so Excel shows Hindi correctly), the header is in English, times are local ISO 8601,
    the action is its English label, and any cell a spreadsheet would run as a formula gets a
    leading apostrophe. The export is recorded with its row count and filter; an export that
    fails part way is recorded too, marked incomplete, before the error is raised again; so
    is one stopped by `progress` (which hears rows written, rows in all, after each batch).

    Raises:
        SessionEnded: the actor's account was deactivated since sign-in.
        PermissionDenied: the actor may not view the audit trail (the attempt is recorded).
        OSError: writing to `out` failed.
        Cancelled: from `progress`.
    """
    require(uow, actor, Permission.VIEW_AUDIT_TRAIL)
    uow.commit()
    writer = csv.writer(out)
    written = 0
    complete = False
    total = uow.session.scalar(select(func.count(AuditEvent.id)).where(*_where(flt))) or 0
    try:
        progress(0, total)
        out.write(UTF8_BOM)
        writer.writerow(CSV_HEADER)
        for batch in _export_batches(uow, flt):
            for row in batch:
                writer.writerow(
                    [
                        _safe_cell(cell)
                        for cell in (
                            local_moment(row.occurred_at).isoformat(timespec="seconds"),
                            row.username or "",
                            row.full_name or "",
                            _action_label(row.action),
                            row.entity_type,
                            row.entity_id,
                            row.details,
                            row.row_hash,
                        )
                    ]
                )
                written += 1
            progress(written, max(total, written))
        complete = True
    finally:
        uow.restart_for_writing()  # end the read; the event is written under the write lock
        details: dict[str, object] = {"rows": written, "filter": flt.as_details()}
        if not complete:
            details["complete"] = False
        record_event(
            uow.session,
            user_id=actor.user_id,
            action=AuditAction.AUDIT_EXPORTED,
            details=details,
        )
        uow.commit()
    return written
