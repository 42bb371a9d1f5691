"""Checking the audit trail's hash chain: walking every event in id order and reporting the
first one that breaks it, against the newest event recorded outside the database.

Nothing here changes or removes a row. A check by a staff member needs
`Permission.VIEW_AUDIT_TRAIL` and is recorded in the trail. Rows are read as plain columns in
batches (keyset on `id`), so memory stays flat however long the trail is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Row, func, select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.models import AuditEvent
from osc_desktop.services.audit.dto import ChainProblem, ChainReport
from osc_desktop.services.core.audit_log import GENESIS_HASH, AuditAction, record_event, row_hash
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.services.core.progress import Progress, no_progress

# Rows read per query while verifying: large enough to be quick, small enough that memory
# stays flat however long the trail is.
BATCH_SIZE = 5_000


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
