"""The full intake of a demo case: her personal details, the violence and who did it, the
police report, her needs and consents, and the children with her."""

from __future__ import annotations

import random
from datetime import timedelta

from osc_desktop.models import (
    Arrival,
    ChildSex,
    MaritalStatus,
    PoliceReportKind,
    Relationship,
    ServiceKind,
    ViolenceKind,
)
from osc_desktop.services.demo.common import CaseDraft, Rows, years_between
from osc_desktop.services.demo.names import (
    BOY_FIRST,
    DISABILITIES,
    HINDU_FIRST,
    HINDU_SURNAME,
    LANGUAGES,
    LOCALITIES,
    MALE_FIRST,
    MUSLIM_FIRST,
    MUSLIM_MALE_FIRST,
    OCCUPATIONS,
    POLICE_STATIONS,
)
from osc_desktop.services.demo.staff import StaffIds
from osc_desktop.services.demo.women import address_of
from osc_desktop.services.demo.wording import FIR_KINDS, NARRATIVES, PLACES, RELATIONSHIPS


def fill_intake(
    rng: random.Random, draft: CaseDraft, rows: Rows, staff: StaffIds, stats: dict[str, int]
) -> tuple[set[ServiceKind], int]:
    """Fill in the full intake of `draft` (her details, the violence, perpetrators, police
    report, needs, consents, her children) into its row and `rows`; its needs and case worker."""
    case, case_id, woman, kinds = draft.row, draft.case_id, draft.woman, draft.kinds
    registered_on, age, arrival = draft.registered_on, draft.age, draft.arrival
    minor = age < 18
    devanagari = draft.devanagari
    d = 0 if devanagari else 1

    if rng.random() < 0.3:
        case["date_of_birth"] = woman.born
    case["age_years"] = age
    if minor:
        marital = (
            MaritalStatus.MARRIED
            if ViolenceKind.CHILD_MARRIAGE in kinds and rng.random() < 0.3
            else MaritalStatus.UNMARRIED
        )
    elif ViolenceKind.ELDER_ABUSE in kinds:
        marital = MaritalStatus.WIDOWED if rng.random() < 0.7 else MaritalStatus.MARRIED
    elif kinds[0] in (ViolenceKind.DOMESTIC, ViolenceKind.DOWRY):
        marital = MaritalStatus.MARRIED if rng.random() < 0.85 else MaritalStatus.SEPARATED
    else:
        marital = rng.choice(list(MaritalStatus))
    case["marital_status"] = marital.value
    case["address"] = address_of(woman, devanagari) if rng.random() < 0.9 else ""
    if case["phone"]:
        case["safe_to_call"] = rng.random() < 0.75
    case["education"] = woman.education.value if woman.education else None
    if minor:
        case["occupation"] = (
            OCCUPATIONS[0][d]
            if marital is MaritalStatus.MARRIED
            else ("छात्रा" if devanagari else "Student")
        )
    else:
        case["occupation"] = OCCUPATIONS[woman.occupation][d]
    if woman.disability is not None:
        case["disability"] = DISABILITIES[woman.disability][d]
    if 18 <= age <= 40 and marital is not MaritalStatus.UNMARRIED:
        case["pregnant"] = rng.random() < 0.06
    case["language"] = LANGUAGES[woman.language][0][d]

    incident = registered_on - timedelta(days=rng.choices((0, 1, 2, 7, 30), (5, 4, 2, 2, 1))[0])
    if rng.random() < 0.9:
        case["incident_date"] = max(incident, woman.born)
    place, locality = PLACES[rng.randrange(len(PLACES))], LOCALITIES[woman.locality]
    case["incident_place"] = place[d] + locality[d]
    case["narrative"] = NARRATIVES[kinds[0]][d]
    for kind in kinds:
        rows.violence.append({"case_id": case_id, "kind": kind.value})

    # Perpetrators
    relationships = RELATIONSHIPS[kinds[0]]
    for _ in range(1 if rng.random() < 0.8 else 2):
        relationship = rng.choice(relationships)
        name = ""
        if rng.random() < 0.6 and relationship not in (Relationship.IN_LAWS,):
            pool = MUSLIM_MALE_FIRST if woman.muslim else MALE_FIRST
            if relationship is Relationship.MOTHER:
                pool = MUSLIM_FIRST if woman.muslim else HINDU_FIRST
            first = pool[rng.randrange(len(pool))]
            name = first[0] if devanagari else first[1]
            if relationship in (Relationship.HUSBAND, Relationship.FATHER) and not woman.muslim:
                surname = HINDU_SURNAME[rng.randrange(2, len(HINDU_SURNAME))]
                name = f"{name} {surname[d]}"
        rows.perpetrators.append(
            {"case_id": case_id, "relationship_to_her": relationship.value, "name": name}
        )

    # Police report
    kind_set = set(kinds)
    report: PoliceReportKind | None = None
    if kind_set & FIR_KINDS:
        report = PoliceReportKind.FIR if rng.random() < 0.85 else None
    elif kind_set & {ViolenceKind.DOMESTIC, ViolenceKind.DOWRY}:
        report = rng.choices(
            (None, PoliceReportKind.DIR, PoliceReportKind.FIR, PoliceReportKind.NCR),
            (50, 30, 15, 5),
        )[0]
    elif rng.random() < 0.2:
        report = rng.choice((PoliceReportKind.FIR, PoliceReportKind.NCR))
    if report is not None:
        case["police_report_kind"] = report.value
        year = case["incident_date"].year if case["incident_date"] else registered_on.year
        case["police_report_number"] = f"{rng.randint(1, 950)}/{year}"
        case["police_station"] = POLICE_STATIONS[rng.randrange(len(POLICE_STATIONS))][d]

    # Needs
    needs = {ServiceKind.COUNSELLING} if rng.random() < 0.9 else set()
    if report is not None or rng.random() < 0.3:
        needs.add(ServiceKind.POLICE_HELP)
    if (
        kind_set
        & {
            ViolenceKind.RAPE,
            ViolenceKind.SEXUAL_ASSAULT,
            ViolenceKind.ACID_ATTACK,
            ViolenceKind.CHILD_SEXUAL_ABUSE,
        }
        or rng.random() < 0.25
    ):
        needs.add(ServiceKind.MEDICAL_AID)
    if rng.random() < 0.35:
        needs.add(ServiceKind.LEGAL_AID)
    if arrival in (Arrival.EMERGENCY_112, Arrival.POLICE) and rng.random() < 0.5:
        needs.add(ServiceKind.RESCUE)
    if rng.random() < 0.2:
        needs.update((ServiceKind.SHORT_STAY, ServiceKind.FOOD_AND_CLOTHES))
    if report is PoliceReportKind.FIR and rng.random() < 0.1:
        needs.add(ServiceKind.VIDEO_CONFERENCING)
    if not needs:
        needs.add(ServiceKind.COUNSELLING)
    for need in sorted(needs):
        rows.needs.append({"case_id": case_id, "service": need.value})

    case["consent_services"] = rng.random() < 0.97
    case["consent_sharing"] = rng.random() < 0.7
    case["consent_statistics"] = rng.random() < 0.9
    worker = rng.choice(staff.counsellors) if rng.random() < 0.85 else staff.manager
    case["case_worker_id"] = worker

    # Children with her
    for sex, child_born, child_name in woman.children:
        child_age = years_between(child_born, registered_on)
        if not 0 <= child_age <= 17:
            continue
        name = ""
        if child_name is not None:
            pool = HINDU_FIRST if sex is ChildSex.GIRL else BOY_FIRST
            name = pool[child_name % len(pool)][d]
        rows.children.append(
            {"case_id": case_id, "name": name, "sex": sex.value, "age_years": child_age}
        )
        stats["children"] += 1

    return needs, worker
