"""Checking an intake form: every field at once, each problem keyed by its field.

`clean_intake` turns what was typed (`IntakeInput`) into typed, trimmed values (`CleanIntake`)
or raises one `ValidationError` naming every bad field. Rows of children and perpetrators are
keyed `children.<index>.<field>` and `perpetrators.<index>.<field>`. Nothing is ever cut short:
a text over its limit is refused with a message saying the limit. Whether the case worker is an
active staff account needs the database, so `intake.register_case` checks that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TypeVar

from osc_desktop.errors import FieldInvalid, ValidationError
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import (
    Arrival,
    ChildSex,
    Education,
    MaritalStatus,
    PoliceReportKind,
    Relationship,
    ServiceKind,
    ViolenceKind,
)
from osc_desktop.services.cases.dto import IntakeInput
from osc_desktop.services.core.validation import (
    DEVANAGARI_TO_ASCII_DIGITS,
    REQUIRED,
    FieldErrors,
    clean_indian_phone,
    clean_text,
)

E = TypeVar("E", bound=StrEnum)

MAX_AGE = 120
MINOR_BELOW = 18  # she is a minor below this age
MAX_CHILD_AGE = 17
AGE_TOLERANCE_YEARS = 1  # a typed age may differ this much from the date of birth's
MAX_CHILDREN = 20
MAX_PERPETRATORS = 20

# Column sizes of the case tables (models/case.py); a longer text is refused, never cut.
TEXT_LIMITS: dict[str, int] = {
    "referred_by": 200,
    "full_name": 120,
    "alias": 120,
    "address": 500,
    "occupation": 120,
    "disability": 200,
    "language": 60,
    "incident_place": 200,
    "narrative": 20_000,
    "police_report_number": 40,
    "police_station": 120,
    "child_name": 120,
    "perpetrator_name": 120,
}
MULTILINE_FIELDS = frozenset({"address", "narrative"})

CHOOSE_FROM_LIST = QT_TRANSLATE_NOOP("validation", "Choose one of the values in the list.")
NAME_OR_ALIAS_REQUIRED = QT_TRANSLATE_NOOP(
    "validation", "Give her name, or an alias if she does not want to give her name."
)
ALIAS_REQUIRED_WHEN_WITHHELD = QT_TRANSLATE_NOOP(
    "validation", "Her name is withheld: give an alias to call her by."
)
AGE_INVALID = QT_TRANSLATE_NOOP(
    "validation", "Give the age in whole years, as a number from 0 to %1."
)
DATE_OF_BIRTH_IN_FUTURE = QT_TRANSLATE_NOOP(
    "validation", "The date of birth cannot be in the future."
)
DATE_OF_BIRTH_TOO_EARLY = QT_TRANSLATE_NOOP(
    "validation", "This date of birth would make her older than %1 years."
)
AGE_DISAGREES_WITH_BIRTH = QT_TRANSLATE_NOOP(
    "validation", "The age does not agree with the date of birth, which makes her %1."
)
MINOR_FLAG_MUST_BE_SET = QT_TRANSLATE_NOOP(
    "validation", "She is under 18 by her age or date of birth, so she must be marked a minor."
)
MINOR_FLAG_MUST_BE_CLEAR = QT_TRANSLATE_NOOP(
    "validation", "She is 18 or older by her age or date of birth, so she cannot be marked a minor."
)
INCIDENT_IN_FUTURE = QT_TRANSLATE_NOOP("validation", "The incident date cannot be in the future.")
INCIDENT_BEFORE_BIRTH = QT_TRANSLATE_NOOP(
    "validation", "The incident date is before her date of birth."
)
CHILD_AGE_INVALID = QT_TRANSLATE_NOOP(
    "validation", "Give the child's age in whole years, as a number from 0 to %1."
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP("validation", "At most %1 rows can be recorded here.")
POLICE_REPORT_KIND_REQUIRED = QT_TRANSLATE_NOOP(
    "validation", "Choose FIR, NCR or DIR for this report number."
)
CASE_WORKER_NOT_ACTIVE = QT_TRANSLATE_NOOP(
    "validation", "Choose an active member of staff as case worker."
)

# Digits as typed on a Hindi keyboard (०-९) read as 0-9; other scripts' digits are refused.
_WHOLE_NUMBER = re.compile(r"^[0-9]{1,3}$")


@dataclass(frozen=True)
class CleanChild:
    sex: ChildSex
    age_years: int
    name: str


@dataclass(frozen=True)
class CleanPerpetrator:
    relationship: Relationship
    name: str


@dataclass(frozen=True)
class CleanIntake:
    """An intake with every field checked: enums as enum members, ages as numbers."""

    arrival: Arrival
    referred_by: str
    full_name: str
    alias: str
    name_withheld: bool
    age_years: int | None  # as typed, or from the date of birth when only that was given
    date_of_birth: date | None
    is_minor: bool
    marital_status: MaritalStatus | None
    address: str
    phone: str
    safe_to_call: bool | None
    education: Education | None
    occupation: str
    disability: str
    pregnant: bool | None
    language: str
    children: tuple[CleanChild, ...]
    violence: frozenset[ViolenceKind]
    incident_date: date | None
    incident_place: str
    narrative: str = field(repr=False)
    perpetrators: tuple[CleanPerpetrator, ...] = ()
    police_report_kind: PoliceReportKind | None = None
    police_report_number: str = ""
    police_station: str = ""
    needs: frozenset[ServiceKind] = frozenset()
    consent_services: bool | None = None
    consent_sharing: bool | None = None
    consent_statistics: bool | None = None
    case_worker_id: int | None = None

    def __repr__(self) -> str:  # survivors' data must never reach a log through a repr
        return "CleanIntake(...)"


def whole_years(typed: str, *, maximum: int) -> int | None:
    """An age typed in whole years (ASCII or Devanagari digits) or None when left empty.

    Raises FieldInvalid (AGE_INVALID) for anything else or a number above `maximum`.
    """
    text = typed.strip().translate(DEVANAGARI_TO_ASCII_DIGITS)
    if not text:
        return None
    if not _WHOLE_NUMBER.match(text) or int(text) > maximum:
        raise FieldInvalid(AGE_INVALID, maximum)
    return int(text)


def age_on(born: date, today: date) -> int:
    """Completed years between `born` and `today` (29 February birthdays count on 1 March)."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _text(value: str, limit_key: str, *, required: bool = False) -> str:
    multiline = limit_key in MULTILINE_FIELDS
    if multiline:  # text pasted from elsewhere may end its lines the Windows way
        value = value.replace("\r\n", "\n")
    return clean_text(
        value,
        max_length=TEXT_LIMITS[limit_key],
        required=required,
        multiline=multiline,
    )


def _choice(enum_class: type[E], value: str, *, required: bool = False) -> E | None:
    if not value:
        if required:
            raise FieldInvalid(REQUIRED)
        return None
    try:
        return enum_class(value)
    except ValueError:
        raise FieldInvalid(CHOOSE_FROM_LIST) from None


def _choices(enum_class: type[E], values: Iterable[str]) -> frozenset[E]:
    return frozenset(_choice(enum_class, v, required=True) for v in values)  # type: ignore[misc]


def clean_intake(data: IntakeInput, *, today: date) -> CleanIntake:
    """`data` checked and cleaned; `today` is the centre's local date.

    Raises:
        ValidationError: every field that is wrong, keyed by its IntakeInput attribute name
            (rows as "children.0.age_years", "perpetrators.1.relationship").
    """
    c = FieldErrors()
    text = {
        name: c.field(name, lambda name=name: _text(getattr(data, name), name), "")
        for name in (
            "referred_by",
            "full_name",
            "alias",
            "address",
            "occupation",
            "disability",
            "language",
            "incident_place",
            "narrative",
            "police_report_number",
            "police_station",
        )
    }
    arrival = c.field("arrival", lambda: _choice(Arrival, data.arrival, required=True))
    if "full_name" not in c.errors and "alias" not in c.errors:
        if data.name_withheld and not text["alias"]:
            c.add("alias", FieldInvalid(ALIAS_REQUIRED_WHEN_WITHHELD))
        elif not text["full_name"] and not text["alias"]:
            c.add("full_name", FieldInvalid(NAME_OR_ALIAS_REQUIRED))

    age_years, date_of_birth, is_minor = _clean_age(c, data, today)

    incident_date = data.incident_date
    if incident_date is not None:
        if incident_date > today:
            c.add("incident_date", FieldInvalid(INCIDENT_IN_FUTURE))
        elif date_of_birth is not None and incident_date < date_of_birth:
            c.add("incident_date", FieldInvalid(INCIDENT_BEFORE_BIRTH))

    phone = c.field("phone", lambda: clean_indian_phone(data.phone, required=False), "")
    marital_status = c.field("marital_status", lambda: _choice(MaritalStatus, data.marital_status))
    education = c.field("education", lambda: _choice(Education, data.education))
    violence = c.field("violence", lambda: _choices(ViolenceKind, data.violence), frozenset())
    needs = c.field("needs", lambda: _choices(ServiceKind, data.needs), frozenset())
    police_report_kind = c.field(
        "police_report_kind", lambda: _choice(PoliceReportKind, data.police_report_kind)
    )
    if (
        text["police_report_number"]
        and police_report_kind is None
        and "police_report_kind" not in c.errors
    ):
        c.add("police_report_kind", FieldInvalid(POLICE_REPORT_KIND_REQUIRED))

    children = _clean_children(c, data)
    perpetrators = _clean_perpetrators(c, data)

    if c.errors:
        raise ValidationError(c.errors)
    return CleanIntake(
        arrival=arrival,
        referred_by=text["referred_by"],
        full_name=text["full_name"],
        alias=text["alias"],
        name_withheld=data.name_withheld,
        age_years=age_years,
        date_of_birth=date_of_birth,
        is_minor=is_minor,
        marital_status=marital_status,
        address=text["address"],
        phone=phone,
        safe_to_call=data.safe_to_call,
        education=education,
        occupation=text["occupation"],
        disability=text["disability"],
        pregnant=data.pregnant,
        language=text["language"],
        children=children,
        violence=violence,
        incident_date=incident_date,
        incident_place=text["incident_place"],
        narrative=text["narrative"],
        perpetrators=perpetrators,
        police_report_kind=police_report_kind,
        police_report_number=text["police_report_number"],
        police_station=text["police_station"],
        needs=needs,
        consent_services=data.consent_services,
        consent_sharing=data.consent_sharing,
        consent_statistics=data.consent_statistics,
        case_worker_id=data.case_worker_id,
    )


def _clean_age(
    c: FieldErrors, data: IntakeInput, today: date
) -> tuple[int | None, date | None, bool]:
    """(age in years, date of birth, minor) with their problems added to `c`."""
    age = c.field("age_years", lambda: whole_years(data.age_years, maximum=MAX_AGE))
    born = data.date_of_birth
    age_from_birth = None
    if born is not None:
        if born > today:
            c.add("date_of_birth", FieldInvalid(DATE_OF_BIRTH_IN_FUTURE))
        elif age_on(born, today) > MAX_AGE:
            c.add("date_of_birth", FieldInvalid(DATE_OF_BIRTH_TOO_EARLY, MAX_AGE))
        else:
            age_from_birth = age_on(born, today)
    if (
        age is not None
        and age_from_birth is not None
        and abs(age - age_from_birth) > AGE_TOLERANCE_YEARS
    ):
        c.add("age_years", FieldInvalid(AGE_DISAGREES_WITH_BIRTH, age_from_birth))
    known_age = age if age is not None else age_from_birth
    if "age_years" in c.errors or "date_of_birth" in c.errors:
        return age, born, bool(data.is_minor)
    if known_age is None:
        # Nothing to tell from: the flag is as the operator set it (e.g. "she says she is 16").
        return None, born, bool(data.is_minor)
    # With ±1 year allowed between age and date of birth, both must agree on minority: a
    # typed 18 with a birth date 17 years ago is ambiguous, so the stricter reading wins.
    minor = known_age < MINOR_BELOW or (age_from_birth is not None and age_from_birth < MINOR_BELOW)
    if data.is_minor is not None and data.is_minor != minor:
        c.add(
            "is_minor",
            FieldInvalid(MINOR_FLAG_MUST_BE_SET if minor else MINOR_FLAG_MUST_BE_CLEAR),
        )
    return known_age, born, minor


def _clean_children(c: FieldErrors, data: IntakeInput) -> tuple[CleanChild, ...]:
    if len(data.children) > MAX_CHILDREN:
        c.add("children", FieldInvalid(TOO_MANY_ROWS, MAX_CHILDREN))
        return ()
    children = []
    for index, child in enumerate(data.children):
        key = f"children.{index}."
        sex = c.field(key + "sex", lambda child=child: _choice(ChildSex, child.sex, required=True))
        age = c.field(key + "age_years", lambda child=child: _child_age(child.age_years))
        name = c.field(key + "name", lambda child=child: _text(child.name, "child_name"), "")
        if sex is not None and age is not None:
            children.append(CleanChild(sex=sex, age_years=age, name=name))
    return tuple(children)


def _child_age(typed: str) -> int:
    try:
        age = whole_years(typed, maximum=MAX_CHILD_AGE)
    except FieldInvalid:
        raise FieldInvalid(CHILD_AGE_INVALID, MAX_CHILD_AGE) from None
    if age is None:
        raise FieldInvalid(REQUIRED)
    return age


def _clean_perpetrators(c: FieldErrors, data: IntakeInput) -> tuple[CleanPerpetrator, ...]:
    if len(data.perpetrators) > MAX_PERPETRATORS:
        c.add("perpetrators", FieldInvalid(TOO_MANY_ROWS, MAX_PERPETRATORS))
        return ()
    rows = []
    for index, row in enumerate(data.perpetrators):
        key = f"perpetrators.{index}."
        relationship = c.field(
            key + "relationship",
            lambda row=row: _choice(Relationship, row.relationship, required=True),
        )
        name = c.field(key + "name", lambda row=row: _text(row.name, "perpetrator_name"), "")
        if relationship is not None:
            rows.append(CleanPerpetrator(relationship=relationship, name=name))
    return tuple(rows)
