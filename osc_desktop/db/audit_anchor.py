"""Where the audit trail should end, kept outside the database.

The hash chain shows any row edited, removed from the middle or slipped in, but not rows removed
from the end. After every commit that added audit events, the newest event's id and hash are
written here; verification then requires the chain to reach that row with that hash. If this
file falls behind (a crash between commit and write), verification still passes; it can only
ever be ahead of the database if rows were removed, or a backup restored (which must rewrite it).

Without a readable file the newest rows could have been removed unseen: verification then says
"not anchored". Opening a centre whose trail has rows but no readable file records that in the
trail and sets `missing_at_open`, so the file the next commit writes again hides nothing.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from osc_desktop.fileutil import write_atomically

log = logging.getLogger(__name__)


class AuditAnchor:
    def __init__(self, path: Path) -> None:
        self.path = path
        # True when the trail had rows but this file was missing or unreadable at opening.
        self.missing_at_open = False

    def read(self) -> tuple[int, str] | None:
        """The newest event id and hash written, or None when there is no (readable) file."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return int(raw["event_id"]), str(raw["row_hash"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("audit anchor file unreadable")
            return None

    def write(self, event_id: int, row_hash: str) -> None:
        """Record the newest event; a failure is logged, never raised (the commit stands)."""
        try:
            data = json.dumps({"event_id": event_id, "row_hash": row_hash}).encode("utf-8")
            write_atomically(self.path, data)
        except OSError:
            log.warning("could not write the audit anchor file")
