"""Exporting the audit trail as CSV, for a spreadsheet: the events a filter picks out, oldest
first, safe to open (no cell runs as a formula), and the export itself recorded in the trail.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy import func, select

from osc_desktop.db.unit_of_work import UnitOfWork
from osc_desktop.models import AuditEvent
from osc_desktop.services.audit.dto import AuditFilter
from osc_desktop.services.audit.query import filter_conditions, rows_query
from osc_desktop.services.core.audit_log import ACTION_LABELS, AuditAction, record_event
from osc_desktop.services.core.clock import local_moment
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, require
from osc_desktop.services.core.progress import Progress, no_progress

# Rows read per query while exporting: large enough to be quick, small enough that memory
# stays flat however long the trail is.
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
            rows_query(flt, None)
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
    total = (
        uow.session.scalar(select(func.count(AuditEvent.id)).where(*filter_conditions(flt))) or 0
    )
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
