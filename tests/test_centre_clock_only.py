"""No code reads the PC's own time zone: dates and times come from the centre's zone
(services/clock.py), whatever the PC's clock is set to (issue 9, item 1)."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "osc_desktop"

# Each of these gives the PC's local date or time, not the centre's.
PC_CLOCK = re.compile(
    r"QDate\.currentDate\(|QDateTime\.currentDateTime\(|QTime\.currentTime\(|date\.today\(\)"
    r"|\.astimezone\(\)|datetime\.now\(\)|time\.localtime\(|datetime\.fromtimestamp\([^,)]*\)"
)


def test_nothing_reads_the_pc_s_time_zone():
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PC_CLOCK.search(line)
    ]
    assert found == []
