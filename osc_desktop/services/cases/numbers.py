"""Case numbers: `<centre code>/<financial year>/<sequence>`, e.g. PAT/2026-27/0042.

The sequence restarts at 1 on each 1 April (the Indian financial year) and is never given twice:
`case_sequence` keeps the last number given in each year and only ever grows, and cases are
never deleted (an erasure anonymises them), so a number stays taken.

Two saves at once: the increment is one `UPDATE ... SET last_sequence = last_sequence + 1`
inside the caller's transaction, and writing services take the database's write lock when their
transaction begins (`UnitOfWork(immediate=True)`, a `BEGIN IMMEDIATE`). The second save waits
for the first to commit (up to the busy timeout) and then reads the committed counter, so both
succeed with different numbers. Without the early lock, SQLite in WAL mode refuses a read
transaction that tries to write after another connection committed (SQLITE_BUSY_SNAPSHOT), and
waiting would not help; the unique constraint on (financial_year, sequence) is the last guard.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from osc_desktop.models import CaseSequence
from osc_desktop.services.core.calendar import financial_year_label

CASE_SEQUENCE_DIGITS = 4


def format_case_number(centre_code: str, financial_year: str, sequence: int) -> str:
    """E.g. ("PAT", "2026-27", 42) -> "PAT/2026-27/0042" (more digits past 9999, never cut)."""
    return f"{centre_code}/{financial_year}/{sequence:0{CASE_SEQUENCE_DIGITS}d}"


def allocate_case_number(session: Session, centre_code: str, on: date) -> tuple[str, str, int]:
    """The next case number of the financial year holding the local date `on`.

    Returns (case_number, financial_year, sequence). Runs in the caller's transaction: if it is
    rolled back, the number is not taken. Call it in a unit of work opened with
    `immediate=True`, so that concurrent registrations queue instead of failing.
    """
    financial_year = financial_year_label(on)
    bumped = session.execute(
        update(CaseSequence)
        .where(CaseSequence.financial_year == financial_year)
        .values(last_sequence=CaseSequence.last_sequence + 1)
        .execution_options(synchronize_session=False)
    )
    if bumped.rowcount == 0:
        session.add(CaseSequence(financial_year=financial_year, last_sequence=1))
        session.flush()
    sequence = session.scalar(
        select(CaseSequence.last_sequence)
        .where(CaseSequence.financial_year == financial_year)
        .execution_options(populate_existing=True)
    )
    assert sequence is not None
    return format_case_number(centre_code, financial_year, sequence), financial_year, sequence
