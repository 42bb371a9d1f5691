"""Erasure on the survivor's request: anonymise the case, keep its figures countable.

What goes (emptied, dates set to None): her name and alias, phone, address, date of birth,
who referred her, her occupation, disability and language, the incident place, the narrative,
the police report number and station, the names of her children and of the perpetrators,
service summaries and confidential notes, referral organisations and notes, follow-up notes,
and the notes of status changes: every free-typed text of the case's tables, in which a name,
a place or a detail that identifies her may have been written. What stays, so the registers
and reports still count her case: the case number, dates, status and outcome, age in years,
minor flag, marital status, education, kinds of violence, perpetrators' relationships,
children's sex and age, police report kind, services needed and given, referral targets and
statuses, follow-up dates and results, consents (all chosen from lists, none typed).

The case leaves the search index; its pending follow-ups are cancelled (nobody can be called
any more); its links to other cases (made or undone) are deleted, since a link would tie the
anonymous figures back to her other records. The audit trail is append-only and keeps the
CASE_LINKED / CASE_UNLINKED events with their {"other_case_id": ...}: an auditor can still see
that the two case ids were once linked. This is accepted: the trail holds ids only, readable by
the manager, never her details, and rewriting it would break its hash chain.

SQLite's secure_delete (on for every connection, `db/engine.py`) overwrites the freed space of
the old values in the database file. The planner's statistics are rebuilt in the same
transaction when the centre has any (`ANALYZE` fills `sqlite_stat4` with sampled index rows,
names and phone numbers among them): the new samples are of what is left. Once the erasure
commits, the write-ahead log (which still holds the old pages) is checkpointed and
truncated. When another connection is still reading an older snapshot the log cannot be emptied
at once: the erasure stands all the same, and the log's pages are overwritten as it is reused.

Older backups still hold her record until they are overwritten. Each erasure is therefore
written beside the database too (`erased-cases.json`: the centre's set-up, the case id and
number, never a name), and a restore on this computer erases those cases again before the
restored records are put in place (`reapply_erasures`, recorded as CASE_ERASED with no user).

Irreversible: the typed case number is the second confirmation (the screen's question is the
first). The audit event CASE_ERASED holds counts only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, delete, or_, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from osc_desktop.db.engine import BUSY_TIMEOUT_MS, classify_os_error
from osc_desktop.db.erased_cases import ErasedCase
from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.errors import FieldInvalid, ValidationError
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import (
    Case,
    CaseChild,
    CaseLink,
    Centre,
    FollowUp,
    Perpetrator,
    Referral,
    ServiceRecord,
    StatusChange,
)
from osc_desktop.services.cases.follow_up_plan import cancel_pending_follow_ups
from osc_desktop.services.cases.search_index import index_case
from osc_desktop.services.cases.status import case_for_change
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require

CONFIRMATION_MISMATCH = QT_TRANSLATE_NOOP(
    "validation", "Type the case number exactly as shown (%1) to confirm the erasure."
)

# The identifying columns of the case itself, and what each becomes.
ERASED_CASE_FIELDS: dict[str, object] = {
    "full_name": "",
    "alias": "",
    "phone": "",
    "address": "",
    "date_of_birth": None,
    "referred_by": "",
    "occupation": "",
    "disability": "",
    "language": "",
    "incident_place": "",
    "narrative": "",
    "police_report_number": "",
    "police_station": "",
}


def _rebuild_statistics(session: Session) -> None:
    """Sample the planner's statistics anew, if the database has any: the old samples in
    `sqlite_stat4` are copies of index rows, hers among them. A database nobody analysed
    gets none (they would only cost time)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    analysed = session.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
    ).first()
    if analysed is not None:
        session.execute(text("ANALYZE"))


def _checkpoint_wal(bind: Engine | Connection) -> None:
    """Copy the write-ahead log into the database file and truncate it, on a connection of its
    own (outside any transaction), so the log keeps no image of the pages before the erasure.

    Best effort: when another connection still reads an older snapshot, the checkpoint stops
    short (at once: it does not wait the busy timeout for that reader) and the log's pages are
    overwritten later, as the log is reused. Never fails the committed erasure.
    """
    if not isinstance(bind, Engine) or bind.dialect.name != "sqlite":
        return
    driver_error = bind.dialect.loaded_dbapi.Error
    try:
        connection = bind.raw_connection()  # no SQLAlchemy transaction, so no BEGIN
    except (DBAPIError, driver_error):
        return
    try:
        cursor = connection.cursor()
        try:
            cursor.execute("PRAGMA busy_timeout = 0")
            try:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        finally:
            cursor.close()
    except driver_error:  # a busy or locked log: the erasure is committed all the same
        connection.invalidate()  # not back to the pool: its busy timeout may still be 0
    finally:
        connection.close()


def erase_case(
    uow: UnitOfWork,
    case_id: int,
    *,
    confirm_case_number: str,
    by: Actor,
    now: datetime | None = None,
) -> None:
    """Anonymise a case for good (see the module's docstring for what goes and what stays).

    `confirm_case_number` must be the case number as typed by the manager (surrounding spaces
    and letter case do not matter). The erasure is also written beside the database
    (`erased-cases.json`, ids only), so that a restore of an older backup erases her again.

    Raises:
        ValidationError: field "confirm_case_number" does not match the case number.
        CaseNotFound: no case has `case_id`.
        CaseErased: it is already erased.
        SessionEnded, PermissionDenied: the actor may not erase cases.
        DiskFull, DataFolderNotWritable: the list of erased cases could not be written
            (nothing is erased then).
    """
    uow.lock_for_writing()  # it appends to the audit chain: wait for a concurrent writer
    require(uow, by, Permission.ERASE_CASE)
    now = now or datetime.now(UTC)
    session = uow.session
    case = case_for_change(session, case_id)
    if confirm_case_number.strip().upper() != case.case_number.upper():
        raise ValidationError(
            {"confirm_case_number": FieldInvalid(CONFIRMATION_MISMATCH, case.case_number)}
        )
    details = _anonymise(session, case, now=now, by_user_id=by.user_id)
    _rebuild_statistics(session)
    record_event(
        session,
        user_id=by.user_id,
        action=AuditAction.CASE_ERASED,
        entity_type="case",
        entity_id=case_id,
        details=details,
        now=now,
    )
    # Written before the commit: should the commit fail, it is taken out again; should the
    # power fail in between, a later restore erases a case whose erasure was confirmed.
    erased = _erased_case(session, case_id)
    ledger = uow.erased_cases
    if ledger is not None:
        try:
            ledger.add(erased)
        except OSError as exc:
            raise classify_os_error(exc) from None
    try:
        uow.commit()
    except BaseException:
        if ledger is not None:
            ledger.discard(erased)
        raise
    _checkpoint_wal(session.get_bind())


def _anonymise(
    session: Session, case: Case, *, now: datetime, by_user_id: int | None
) -> dict[str, object]:
    """Empty what identifies her in `case` and its rows (no commit); the audit details."""
    case_id = case.id
    for name, value in ERASED_CASE_FIELDS.items():
        setattr(case, name, value)
    case.erased_at = now
    case.erased_by_id = by_user_id
    case.updated_at = now
    for model, column in (
        (CaseChild, CaseChild.name),
        (Perpetrator, Perpetrator.name),
        (Referral, Referral.organisation),
        (Referral, Referral.notes),
        (FollowUp, FollowUp.notes),
        (StatusChange, StatusChange.note),
    ):
        session.execute(update(model).where(model.case_id == case_id).values({column: ""}))
    session.execute(
        update(ServiceRecord)
        .where(ServiceRecord.case_id == case_id)
        .values(summary="", confidential_notes="")
    )
    cancelled = cancel_pending_follow_ups(session, case_id)
    links_deleted = session.execute(
        delete(CaseLink).where(or_(CaseLink.case_id == case_id, CaseLink.linked_case_id == case_id))
    ).rowcount
    session.flush()
    # The bulk updates above bypassed the session: reload what it may hold of those rows.
    session.expire_all()
    index_case(session, session.get(Case, case_id))
    return {"follow_ups_cancelled": cancelled, "links_deleted": links_deleted}


def _centre_set_up(session: Session) -> tuple[str, str] | None:
    """The centre's code and the moment it was set up (ISO 8601, UTC); None before set-up."""
    centre = session.scalars(select(Centre).order_by(Centre.id).limit(1)).first()
    if centre is None:
        return None
    return centre.code, centre.created_at.astimezone(UTC).isoformat()


def _erased_case(session: Session, case_id: int) -> ErasedCase:
    code, set_up = _centre_set_up(session) or ("", "")
    number = session.scalar(select(Case.case_number).where(Case.id == case_id)) or ""
    return ErasedCase(code, set_up, case_id, number)


def reapply_erasures(
    session: Session, erased: Sequence[ErasedCase], *, now: datetime | None = None
) -> list[int]:
    """Erase again, in `session` (no commit), the cases of `erased` that are this centre's
    set-up's and not erased in its records (a backup made before their erasure has just been
    restored). Each is recorded as CASE_ERASED with no user and `"reapplied": true`. Returns
    the ids erased again."""
    centre = _centre_set_up(session)
    now = now or datetime.now(UTC)
    done: list[int] = []
    for entry in erased:
        if centre != (entry.centre, entry.centre_set_up) or entry.case_id in done:
            continue
        case = session.get(Case, entry.case_id)
        if case is None or case.case_number != entry.case_number or case.erased_at is not None:
            continue
        details = _anonymise(session, case, now=now, by_user_id=None)
        record_event(
            session,
            user_id=None,
            action=AuditAction.CASE_ERASED,
            entity_type="case",
            entity_id=entry.case_id,
            details={**details, "reapplied": True},
            now=now,
        )
        done.append(entry.case_id)
    if done:
        _rebuild_statistics(session)
    return done
