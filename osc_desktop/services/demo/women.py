"""The women behind the demo cases: a new one drawn from the seeded generator, her name and
her address in either script."""

from __future__ import annotations

import random
from datetime import date, timedelta

from osc_desktop.models import ChildSex, Education, ViolenceKind
from osc_desktop.services.demo.common import Woman, weighted
from osc_desktop.services.demo.names import (
    ALIASES,
    BOY_FIRST,
    DISABILITIES,
    HINDU_FIRST,
    HINDU_SURNAME,
    LANGUAGES,
    LOCALITIES,
    MUSLIM_FIRST,
    MUSLIM_SURNAME,
    OCCUPATIONS,
    VILLAGES,
)
from osc_desktop.services.demo.wording import CHILD_KINDS


def new_woman(rng: random.Random, index: int, kind: ViolenceKind, registered: date) -> Woman:
    """A new woman first seen at case `index`, registered on `registered` with violence of
    `kind` (her age fits it), drawn from `rng`."""
    if kind in CHILD_KINDS:
        age = rng.randint(12, 17)
    elif kind is ViolenceKind.ELDER_ABUSE:
        age = rng.randint(60, 82)
    elif rng.random() < 0.05:
        age = rng.randint(14, 17)
    else:
        age = int(rng.gauss(29, 8))
        while not 18 <= age <= 70:
            age = int(rng.gauss(29, 8))
    born = registered - timedelta(days=age * 365 + rng.randrange(365) + age // 4)
    muslim = rng.random() < 0.15
    first_names = MUSLIM_FIRST if muslim else HINDU_FIRST
    surnames = MUSLIM_SURNAME if muslim else HINDU_SURNAME
    first = rng.randrange(len(first_names))
    phone = ""
    if rng.random() < 0.8:
        if rng.random() < 0.06:
            phone = "0612 " + str(rng.randint(2000000, 2999999))  # canonical landline
        else:
            phone = str(rng.randint(6, 9)) + f"{rng.randrange(10**9):09d}"
    adult = age >= 18
    children: list[tuple[ChildSex, date, int | None]] = []
    if adult and age < 45 and kind is not ViolenceKind.ELDER_ABUSE and rng.random() < 0.38:
        for _ in range(rng.choices((1, 2, 3), (5, 3, 1))[0]):
            child_age = rng.randint(0, min(17, age - 17))
            sex = ChildSex.GIRL if rng.random() < 0.5 else ChildSex.BOY
            pool = HINDU_FIRST if sex is ChildSex.GIRL else BOY_FIRST
            name = rng.randrange(len(pool)) if rng.random() < 0.6 else None
            child_born = registered - timedelta(days=child_age * 365 + rng.randrange(365))
            children.append((sex, child_born, name))
    if not adult:
        education = rng.choice((Education.PRIMARY, Education.SECONDARY, Education.SECONDARY))
    else:
        education = rng.choices((None, *Education), (3, 18, 22, 25, 15, 12, 5))[0]
    return Woman(
        muslim=muslim,
        first=first,
        surname=rng.randrange(len(surnames)),
        latin_variant=rng.randrange(len(first_names[first]) - 1),
        born=born,
        phone=phone,
        locality=rng.randrange(len(LOCALITIES)),
        village=rng.randrange(len(VILLAGES)) if rng.random() < 0.35 else None,
        house=rng.randint(1, 400),
        ward=rng.randint(1, 72),
        language=weighted(rng, tuple((i, w) for i, (_, w) in enumerate(LANGUAGES))),
        education=education,
        occupation=rng.randrange(len(OCCUPATIONS)) if adult else -1,
        disability=rng.randrange(len(DISABILITIES)) if rng.random() < 0.03 else None,
        alias=rng.randrange(len(ALIASES)) if rng.random() < 0.12 else None,
        name_withheld=rng.random() < 0.02,
        children=children,
        first_case_index=index,
    )


def name_of(woman: Woman, devanagari: bool) -> str:
    """Her full name, in Devanagari or in her Latin spelling."""
    first_names = MUSLIM_FIRST if woman.muslim else HINDU_FIRST
    surnames = MUSLIM_SURNAME if woman.muslim else HINDU_SURNAME
    first = first_names[woman.first]
    surname = surnames[woman.surname]
    if devanagari:
        return f"{first[0]} {surname[0]}"
    return f"{first[1 + woman.latin_variant]} {surname[1]}"


def address_of(woman: Woman, devanagari: bool) -> str:
    """Her address, in Devanagari or in Latin script."""
    locality = LOCALITIES[woman.locality][0 if devanagari else 1]
    if woman.village is not None:
        village = VILLAGES[woman.village][0 if devanagari else 1]
        if devanagari:
            return f"ग्राम {village}, प्रखंड {locality}, ज़िला पटना"
        return f"Village {village}, Block {locality}, District Patna"
    if devanagari:
        return f"मकान सं. {woman.house}, वार्ड {woman.ward}, {locality}, पटना"
    return f"House {woman.house}, Ward {woman.ward}, {locality}, Patna"
