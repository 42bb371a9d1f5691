"""What the audit trail services take and give: the filter of a look, a row as the viewer
shows it, and the report of a hash chain check."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

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
