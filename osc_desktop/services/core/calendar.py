"""The Indian financial year (1 April to 31 March), by which centres count their cases."""

from __future__ import annotations

from datetime import date

FINANCIAL_YEAR_START_MONTH = 4


def financial_year_start(day: date) -> int:
    """The calendar year in which `day`'s financial year began."""
    return day.year if day.month >= FINANCIAL_YEAR_START_MONTH else day.year - 1


def financial_year_label(day: date) -> str:
    """`day`'s financial year as centres write it, e.g. "2026-27" for 23 November 2026."""
    start = financial_year_start(day)
    return f"{start}-{(start + 1) % 100:02d}"
