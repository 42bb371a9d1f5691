"""The cases erased at this centre, kept outside the database (`erased-cases.json`).

A backup made before an erasure still holds her record. Restoring it on this computer must not
bring her back, so each erasure is also written here, and a restore erases those cases again
(`services.erasure.reapply_erasures`). The file holds ids and case numbers only, never a name,
and names the centre's set-up (its code and the moment it was set up): the same case id in
another centre's records, or in a centre set up anew with the same code, is someone else.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from osc_desktop.fileutil import write_atomically

log = logging.getLogger(__name__)

FORMAT_VERSION = 1


@dataclass(frozen=True)
class ErasedCase:
    """One erasure: which set-up of which centre, and which case (id and number)."""

    centre: str  # the centre's code
    centre_set_up: str  # when the centre was set up, ISO 8601 (UTC)
    case_id: int
    case_number: str


class ErasedCases:
    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> list[ErasedCase]:
        """Every erasure written, oldest first; [] when there is no (readable) file."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return [
                ErasedCase(
                    str(item["centre"]),
                    str(item["centre_set_up"]),
                    int(item["case_id"]),
                    str(item["case_number"]),
                )
                for item in raw["erased"]
            ]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("the list of erased cases is unreadable")
            return []

    def add(self, erased: ErasedCase) -> None:
        """Write `erased` into the file (atomically). Raises OSError (the file is unchanged)."""
        entries = self.read()
        if erased not in entries:
            self._write([*entries, erased])

    def discard(self, erased: ErasedCase) -> None:
        """Take `erased` out again (its erasure did not commit); a failure is only logged."""
        entries = self.read()
        if erased in entries:
            try:
                self._write([e for e in entries if e != erased])
            except OSError:
                log.warning("could not update the list of erased cases")

    def _write(self, entries: list[ErasedCase]) -> None:
        data = {"version": FORMAT_VERSION, "erased": [asdict(e) for e in entries]}
        write_atomically(self.path, json.dumps(data, indent=1).encode("utf-8"))
