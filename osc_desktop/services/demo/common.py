"""What the demo generator's steps share: weighted draws and dates, the woman behind the cases,
the rows of one chunk and the case being made."""

from __future__ import annotations

import calendar
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from osc_desktop.models import (
    Arrival,
    Case,
    CaseChild,
    CaseLink,
    CaseNeed,
    CaseViolence,
    ChildSex,
    Education,
    FollowUp,
    Perpetrator,
    Referral,
    ServiceRecord,
    StatusChange,
    ViolenceKind,
)
from osc_desktop.services.core.clock import at_local_time


def weighted(rng: random.Random, pairs: tuple[tuple[Any, float], ...]) -> Any:
    """One value of `pairs` (value, weight), drawn with its weight."""
    values = [value for value, _ in pairs]
    weights = [weight for _, weight in pairs]
    return rng.choices(values, weights)[0]


def local_moment(day: date, hour: int, minute: int) -> datetime:
    """That moment on the centre's wall clock, as an aware UTC datetime."""
    return at_local_time(day, hour, minute)


def add_months(day: date, months: int) -> date:
    """`day` `months` months later (the month's last day when it has no such day)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def years_between(born: date, on: date) -> int:
    """Her age in whole years on `on`, born on `born`."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


@dataclass
class Woman:
    """The person behind one or more cases (a returning woman keeps hers)."""

    muslim: bool
    first: int
    surname: int
    latin_variant: int
    born: date
    phone: str
    locality: int
    village: int | None
    house: int
    ward: int
    language: int
    education: Education | None
    occupation: int
    disability: int | None
    alias: int | None
    name_withheld: bool
    children: list[tuple[ChildSex, date, int | None]]  # sex, birth date, first-name index
    first_case_index: int


@dataclass
class Rows:
    """The rows of one chunk of cases, per table."""

    cases: list[dict[str, Any]] = field(default_factory=list)
    violence: list[dict[str, Any]] = field(default_factory=list)
    needs: list[dict[str, Any]] = field(default_factory=list)
    children: list[dict[str, Any]] = field(default_factory=list)
    perpetrators: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    services: list[dict[str, Any]] = field(default_factory=list)
    referrals: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[dict[str, Any]] = field(default_factory=list)
    status_changes: list[dict[str, Any]] = field(default_factory=list)

    def tables(self) -> Iterator[tuple[Any, list[dict[str, Any]]]]:
        yield Case.__table__, self.cases
        yield CaseViolence.__table__, self.violence
        yield CaseNeed.__table__, self.needs
        yield CaseChild.__table__, self.children
        yield Perpetrator.__table__, self.perpetrators
        yield CaseLink.__table__, self.links
        yield ServiceRecord.__table__, self.services
        yield Referral.__table__, self.referrals
        yield FollowUp.__table__, self.follow_ups
        yield StatusChange.__table__, self.status_changes


@dataclass(frozen=True)
class CaseDraft:
    """A case just registered, as the later steps (the full intake, what happened afterwards)
    need it; `row` is its case_record row, which they fill in."""

    case_id: int
    row: dict[str, Any]
    woman: Woman
    kinds: list[ViolenceKind]
    arrival: Arrival
    registered_at: datetime
    registered_on: date
    age: int
    devanagari: bool
    last_change: datetime
