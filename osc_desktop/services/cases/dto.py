"""Frozen data about cases that the case services take from and hand to the UI.

Inputs carry what was typed (numbers as text, so a wrong entry gets a message, not a crash);
coded values are the StrEnum values of `osc_desktop.models` (re-exported by
`services.case_vocabulary`). Outputs are snapshots, never live ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from osc_desktop.services.core.dto import ids_only_repr


class IntakeSection(StrEnum):
    """The parts of an intake; a case lists those still missing until it is complete."""

    ABOUT_HER = "about_her"  # age or date of birth
    WHAT_HAPPENED = "what_happened"  # at least one kind of violence
    SERVICES_NEEDED = "services_needed"
    CONSENT = "consent"  # all three consents answered
    CASE_WORKER = "case_worker"


@dataclass(frozen=True)
class ChildInput:
    sex: str  # ChildSex value
    age_years: str  # as typed
    name: str = ""

    __repr__ = ids_only_repr("sex")


@dataclass(frozen=True)
class PerpetratorInput:
    relationship: str  # Relationship value
    name: str = ""

    __repr__ = ids_only_repr("relationship")


@dataclass(frozen=True)
class IntakeInput:
    """Everything an intake form holds. Only `arrival` and a name or alias are required; the
    rest may follow later (the quick register path), and the case shows what is missing.

    Field errors are keyed by these attribute names; rows of children and perpetrators as
    `children.<index>.<field>` and `perpetrators.<index>.<field>`.
    """

    arrival: str  # Arrival value
    referred_by: str = ""
    full_name: str = ""
    alias: str = ""
    name_withheld: bool = False
    age_years: str = ""  # as typed
    date_of_birth: date | None = None
    is_minor: bool | None = None  # None: follows from age; otherwise must agree with it
    marital_status: str = ""  # MaritalStatus value or ""
    address: str = ""
    phone: str = ""
    safe_to_call: bool | None = None
    education: str = ""  # Education value or ""
    occupation: str = ""
    disability: str = ""
    pregnant: bool | None = None
    language: str = ""
    children: tuple[ChildInput, ...] = ()
    violence: frozenset[str] = frozenset()  # ViolenceKind values
    incident_date: date | None = None
    incident_place: str = ""
    narrative: str = field(default="", repr=False)
    perpetrators: tuple[PerpetratorInput, ...] = ()
    police_report_kind: str = ""  # PoliceReportKind value or ""
    police_report_number: str = ""
    police_station: str = ""
    needs: frozenset[str] = frozenset()  # ServiceKind values
    consent_services: bool | None = None
    consent_sharing: bool | None = None
    consent_statistics: bool | None = None
    case_worker_id: int | None = None

    __repr__ = ids_only_repr("arrival")


@dataclass(frozen=True)
class CaseRef:
    id: int
    case_number: str


@dataclass(frozen=True)
class ChildRow:
    id: int
    sex: str
    age_years: int
    name: str

    __repr__ = ids_only_repr("id")


@dataclass(frozen=True)
class PerpetratorRow:
    id: int
    relationship: str
    name: str

    __repr__ = ids_only_repr("id")


@dataclass(frozen=True)
class LinkedCase:
    """Another case linked to this one as the same woman."""

    link_id: int
    case_id: int
    case_number: str
    display_name: str
    registered_at: datetime
    status: str
    linked_at: datetime
    linked_by_name: str

    __repr__ = ids_only_repr("link_id", "case_id")


@dataclass(frozen=True)
class CaseDetail:
    """One case as its record screen shows it (and as the printed forms are built from)."""

    id: int
    case_number: str
    financial_year: str
    registered_at: datetime
    registered_by_name: str
    updated_at: datetime  # the version the form was loaded at; saving checks it is unchanged
    status: str  # CaseStatus value
    outcome: str | None
    disposed_at: datetime | None
    erased: bool
    missing: tuple[str, ...]  # IntakeSection values still to complete
    days_since_registration: int
    next_follow_up: date | None
    arrival: str
    referred_by: str
    full_name: str
    alias: str
    name_withheld: bool
    display_name: str  # the alias when the name is withheld; "" when erased
    age_years: int | None
    date_of_birth: date | None
    is_minor: bool
    marital_status: str | None
    address: str
    phone: str
    safe_to_call: bool | None
    education: str | None
    occupation: str
    disability: str
    pregnant: bool | None
    language: str
    children: tuple[ChildRow, ...]
    violence: tuple[str, ...]
    core_gbv_type: str | None
    incident_date: date | None
    incident_place: str
    narrative: str = field(repr=False)
    perpetrators: tuple[PerpetratorRow, ...] = ()
    police_report_kind: str | None = None
    police_report_number: str = ""
    police_station: str = ""
    needs: tuple[str, ...] = ()
    consent_services: bool | None = None
    consent_sharing: bool | None = None
    consent_statistics: bool | None = None
    case_worker_id: int | None = None
    case_worker_name: str = ""
    linked_cases: tuple[LinkedCase, ...] = ()

    __repr__ = ids_only_repr("id", "case_number")


class CaseSort(StrEnum):
    REGISTERED_AT = "registered_at"
    CASE_NUMBER = "case_number"
    NAME = "name"
    STATUS = "status"
    NEXT_FOLLOW_UP = "next_follow_up"


@dataclass(frozen=True)
class CaseQuery:
    """What the cases list shows: search text and filters, all optional."""

    text: str = ""  # case number, name, alias, phone or FIR number, as typed
    statuses: frozenset[str] = frozenset()  # CaseStatus values; empty: all
    violence: str | None = None  # ViolenceKind value
    registered_from: date | None = None  # local dates, inclusive
    registered_to: date | None = None
    case_worker_id: int | None = None
    sort: CaseSort = CaseSort.REGISTERED_AT
    descending: bool = True

    __repr__ = ids_only_repr("sort")


@dataclass(frozen=True)
class CaseListRow:
    id: int
    case_number: str
    display_name: str
    age_years: int | None
    status: str
    registered_at: datetime
    violence: tuple[str, ...]
    case_worker_name: str
    phone_last_digits: str  # the last 4 digits only: the list is seen over shoulders
    incomplete: bool
    erased: bool
    name_withheld: bool = False  # display_name is then her alias

    __repr__ = ids_only_repr("id", "case_number")


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseListRow, ...]
    total: int  # rows matching the query, over all pages


@dataclass(frozen=True)
class PossibleMatch:
    """An earlier case that may be the same woman, and why it was suggested."""

    case_id: int
    case_number: str
    display_name: str
    age_years: int | None
    registered_at: datetime
    status: str
    same_phone: bool
    similar_name: bool
    similar_age: bool

    __repr__ = ids_only_repr("case_id")
