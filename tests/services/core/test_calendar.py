"""The Indian financial year, 1 April to 31 March, as centres write it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osc_desktop.services.core.calendar import financial_year_label, financial_year_start


@pytest.mark.parametrize(
    ("day", "label"),
    [
        (date(2026, 3, 31), "2025-26"),
        (date(2026, 4, 1), "2026-27"),
        (date(2026, 11, 23), "2026-27"),
        (date(2026, 12, 31), "2026-27"),
        (date(2027, 1, 1), "2026-27"),
        (date(1999, 4, 1), "1999-00"),
        (date(2000, 3, 31), "1999-00"),
        (date(2000, 4, 1), "2000-01"),
        (date(2009, 4, 1), "2009-10"),
        (date(2099, 4, 1), "2099-00"),
        (date(2100, 3, 31), "2099-00"),
        (date(2100, 4, 1), "2100-01"),
    ],
)
def test_financial_year_label(day, label):
    assert financial_year_label(day) == label


@pytest.mark.parametrize(
    ("day", "start"),
    [(date(2026, 3, 31), 2025), (date(2026, 4, 1), 2026), (date(2026, 1, 1), 2025)],
)
def test_financial_year_start(day, start):
    assert financial_year_start(day) == start


@given(st.integers(min_value=1001, max_value=9998))
def test_the_year_turns_between_31_march_and_1_april(year):
    before = financial_year_label(date(year, 3, 31))
    after = financial_year_label(date(year, 4, 1))
    assert before == f"{year - 1}-{year % 100:02d}"
    assert after == f"{year}-{(year + 1) % 100:02d}"


@given(st.dates(min_value=date(1001, 1, 1), max_value=date(9998, 12, 31)))
def test_consecutive_days_share_a_year_except_on_1_april(day):
    tomorrow = day + timedelta(days=1)
    same = financial_year_label(day) == financial_year_label(tomorrow)
    assert same == ((tomorrow.month, tomorrow.day) != (4, 1))
