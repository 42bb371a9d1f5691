"""The words of a case: what the interface and printed forms call each coded value.

Labels are English source text in the "case" translation context; the UI and the printed
forms translate them. The GBVIMS mapping is here too, as one reviewable table.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.models import (
    Arrival,
    CaseStatus,
    ChildSex,
    Education,
    FollowUpResult,
    GbvType,
    MaritalStatus,
    Outcome,
    PoliceReportKind,
    ReferralStatus,
    ReferralTarget,
    Relationship,
    ServiceKind,
    ViolenceKind,
)

CASE_CONTEXT = "case"

ARRIVAL_LABELS: dict[Arrival, str] = {
    Arrival.WALK_IN: QT_TRANSLATE_NOOP("case", "Came by herself"),
    Arrival.HELPLINE_181: QT_TRANSLATE_NOOP("case", "Women helpline 181"),
    Arrival.EMERGENCY_112: QT_TRANSLATE_NOOP("case", "Emergency 112"),
    Arrival.POLICE: QT_TRANSLATE_NOOP("case", "Brought by police"),
    Arrival.HOSPITAL: QT_TRANSLATE_NOOP("case", "Referred by a hospital"),
    Arrival.NGO: QT_TRANSLATE_NOOP("case", "Referred by an NGO"),
    Arrival.OTHER_PERSON: QT_TRANSLATE_NOOP("case", "Brought by someone else"),
}

STATUS_LABELS: dict[CaseStatus, str] = {
    CaseStatus.REGISTERED: QT_TRANSLATE_NOOP("case", "Registered"),
    CaseStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("case", "In progress"),
    CaseStatus.DISPOSED: QT_TRANSLATE_NOOP("case", "Disposed"),
    CaseStatus.REOPENED: QT_TRANSLATE_NOOP("case", "Reopened"),
}

OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.RESOLVED_BY_COUNSELLING: QT_TRANSLATE_NOOP("case", "Resolved by counselling"),
    Outcome.REFERRED: QT_TRANSLATE_NOOP("case", "Referred elsewhere"),
    Outcome.LEGAL_ACTION_STARTED: QT_TRANSLATE_NOOP("case", "Legal action started"),
    Outcome.WITHDRAWN: QT_TRANSLATE_NOOP("case", "Withdrawn by her"),
    Outcome.OTHER: QT_TRANSLATE_NOOP("case", "Other outcome"),
}

VIOLENCE_LABELS: dict[ViolenceKind, str] = {
    ViolenceKind.DOMESTIC: QT_TRANSLATE_NOOP("case", "Domestic violence"),
    ViolenceKind.DOWRY: QT_TRANSLATE_NOOP("case", "Dowry harassment"),
    ViolenceKind.RAPE: QT_TRANSLATE_NOOP("case", "Rape"),
    ViolenceKind.SEXUAL_ASSAULT: QT_TRANSLATE_NOOP("case", "Sexual assault"),
    ViolenceKind.SEXUAL_HARASSMENT: QT_TRANSLATE_NOOP("case", "Sexual harassment"),
    ViolenceKind.CHILD_SEXUAL_ABUSE: QT_TRANSLATE_NOOP("case", "Child sexual abuse (POCSO)"),
    ViolenceKind.TRAFFICKING: QT_TRANSLATE_NOOP("case", "Trafficking"),
    ViolenceKind.ACID_ATTACK: QT_TRANSLATE_NOOP("case", "Acid attack"),
    ViolenceKind.HONOUR_CRIME: QT_TRANSLATE_NOOP("case", "Honour crime"),
    ViolenceKind.WITCH_HUNTING: QT_TRANSLATE_NOOP("case", "Witch-hunting"),
    ViolenceKind.CHILD_MARRIAGE: QT_TRANSLATE_NOOP("case", "Child marriage"),
    ViolenceKind.CYBER_CRIME: QT_TRANSLATE_NOOP("case", "Cyber crime"),
    ViolenceKind.STALKING: QT_TRANSLATE_NOOP("case", "Stalking"),
    ViolenceKind.MISSING_OR_KIDNAPPED: QT_TRANSLATE_NOOP("case", "Missing or kidnapped"),
    ViolenceKind.DECEIT_IN_LOVE_OR_MARRIAGE: QT_TRANSLATE_NOOP(
        "case", "Deceit in the name of love or marriage"
    ),
    ViolenceKind.ELDER_ABUSE: QT_TRANSLATE_NOOP("case", "Abuse of an elderly woman"),
    ViolenceKind.OTHER: QT_TRANSLATE_NOOP("case", "Other violence"),
}

GBV_TYPE_LABELS: dict[GbvType, str] = {
    GbvType.RAPE: QT_TRANSLATE_NOOP("case", "Rape"),
    GbvType.SEXUAL_ASSAULT: QT_TRANSLATE_NOOP("case", "Sexual assault"),
    GbvType.PHYSICAL_ASSAULT: QT_TRANSLATE_NOOP("case", "Physical assault"),
    GbvType.FORCED_OR_EARLY_MARRIAGE: QT_TRANSLATE_NOOP("case", "Forced or early marriage"),
    GbvType.DENIAL_OF_RESOURCES: QT_TRANSLATE_NOOP(
        "case", "Denial of resources, opportunities or services"
    ),
    GbvType.PSYCHOLOGICAL_ABUSE: QT_TRANSLATE_NOOP("case", "Psychological or emotional abuse"),
}

# Each kind of violence the centre records, mapped to one GBVIMS core type. Where a case has
# several, GBVIMS counts the most severe (the first in GbvType's order): see `core_gbv_type`.
GBV_TYPE_OF: dict[ViolenceKind, GbvType] = {
    ViolenceKind.DOMESTIC: GbvType.PHYSICAL_ASSAULT,
    ViolenceKind.DOWRY: GbvType.PSYCHOLOGICAL_ABUSE,
    ViolenceKind.RAPE: GbvType.RAPE,
    ViolenceKind.SEXUAL_ASSAULT: GbvType.SEXUAL_ASSAULT,
    ViolenceKind.SEXUAL_HARASSMENT: GbvType.SEXUAL_ASSAULT,
    ViolenceKind.CHILD_SEXUAL_ABUSE: GbvType.SEXUAL_ASSAULT,
    ViolenceKind.TRAFFICKING: GbvType.DENIAL_OF_RESOURCES,
    ViolenceKind.ACID_ATTACK: GbvType.PHYSICAL_ASSAULT,
    ViolenceKind.HONOUR_CRIME: GbvType.PHYSICAL_ASSAULT,
    ViolenceKind.WITCH_HUNTING: GbvType.PHYSICAL_ASSAULT,
    ViolenceKind.CHILD_MARRIAGE: GbvType.FORCED_OR_EARLY_MARRIAGE,
    ViolenceKind.CYBER_CRIME: GbvType.PSYCHOLOGICAL_ABUSE,
    ViolenceKind.STALKING: GbvType.PSYCHOLOGICAL_ABUSE,
    ViolenceKind.MISSING_OR_KIDNAPPED: GbvType.DENIAL_OF_RESOURCES,
    ViolenceKind.DECEIT_IN_LOVE_OR_MARRIAGE: GbvType.PSYCHOLOGICAL_ABUSE,
    ViolenceKind.ELDER_ABUSE: GbvType.DENIAL_OF_RESOURCES,
    ViolenceKind.OTHER: GbvType.PSYCHOLOGICAL_ABUSE,
}


def core_gbv_type(kinds: Iterable[ViolenceKind]) -> GbvType | None:
    """The one GBVIMS core type a case counts under: the most severe of its kinds, or None."""
    types = {GBV_TYPE_OF[kind] for kind in kinds}
    return next((t for t in GbvType if t in types), None)


MARITAL_STATUS_LABELS: dict[MaritalStatus, str] = {
    MaritalStatus.UNMARRIED: QT_TRANSLATE_NOOP("case", "Unmarried"),
    MaritalStatus.MARRIED: QT_TRANSLATE_NOOP("case", "Married"),
    MaritalStatus.SEPARATED: QT_TRANSLATE_NOOP("case", "Separated"),
    MaritalStatus.DIVORCED: QT_TRANSLATE_NOOP("case", "Divorced"),
    MaritalStatus.WIDOWED: QT_TRANSLATE_NOOP("case", "Widowed"),
}

EDUCATION_LABELS: dict[Education, str] = {
    Education.NONE: QT_TRANSLATE_NOOP("case", "No schooling"),
    Education.PRIMARY: QT_TRANSLATE_NOOP("case", "Primary"),
    Education.SECONDARY: QT_TRANSLATE_NOOP("case", "Secondary (10th)"),
    Education.HIGHER_SECONDARY: QT_TRANSLATE_NOOP("case", "Higher secondary (12th)"),
    Education.GRADUATE: QT_TRANSLATE_NOOP("case", "Graduate"),
    Education.POSTGRADUATE: QT_TRANSLATE_NOOP("case", "Postgraduate"),
}

CHILD_SEX_LABELS: dict[ChildSex, str] = {
    ChildSex.GIRL: QT_TRANSLATE_NOOP("case", "Girl"),
    ChildSex.BOY: QT_TRANSLATE_NOOP("case", "Boy"),
}

RELATIONSHIP_LABELS: dict[Relationship, str] = {
    Relationship.HUSBAND: QT_TRANSLATE_NOOP("case", "Husband"),
    Relationship.FORMER_HUSBAND: QT_TRANSLATE_NOOP("case", "Former husband"),
    Relationship.IN_LAWS: QT_TRANSLATE_NOOP("case", "In-laws"),
    Relationship.PARTNER: QT_TRANSLATE_NOOP("case", "Partner"),
    Relationship.FATHER: QT_TRANSLATE_NOOP("case", "Father"),
    Relationship.MOTHER: QT_TRANSLATE_NOOP("case", "Mother"),
    Relationship.BROTHER: QT_TRANSLATE_NOOP("case", "Brother"),
    Relationship.OTHER_RELATIVE: QT_TRANSLATE_NOOP("case", "Other relative"),
    Relationship.EMPLOYER: QT_TRANSLATE_NOOP("case", "Employer"),
    Relationship.COLLEAGUE: QT_TRANSLATE_NOOP("case", "Colleague"),
    Relationship.NEIGHBOUR: QT_TRANSLATE_NOOP("case", "Neighbour"),
    Relationship.ACQUAINTANCE: QT_TRANSLATE_NOOP("case", "Acquaintance"),
    Relationship.STRANGER: QT_TRANSLATE_NOOP("case", "Stranger"),
    Relationship.OTHER: QT_TRANSLATE_NOOP("case", "Other"),
}

POLICE_REPORT_LABELS: dict[PoliceReportKind, str] = {
    PoliceReportKind.FIR: QT_TRANSLATE_NOOP("case", "FIR"),
    PoliceReportKind.NCR: QT_TRANSLATE_NOOP("case", "NCR"),
    PoliceReportKind.DIR: QT_TRANSLATE_NOOP("case", "DIR"),
}

SERVICE_LABELS: dict[ServiceKind, str] = {
    ServiceKind.RESCUE: QT_TRANSLATE_NOOP("case", "Rescue"),
    ServiceKind.MEDICAL_AID: QT_TRANSLATE_NOOP("case", "Medical aid"),
    ServiceKind.POLICE_HELP: QT_TRANSLATE_NOOP("case", "Police help"),
    ServiceKind.COUNSELLING: QT_TRANSLATE_NOOP("case", "Counselling"),
    ServiceKind.LEGAL_AID: QT_TRANSLATE_NOOP("case", "Legal aid"),
    ServiceKind.SHORT_STAY: QT_TRANSLATE_NOOP("case", "Short stay"),
    ServiceKind.VIDEO_CONFERENCING: QT_TRANSLATE_NOOP("case", "Video conferencing"),
    ServiceKind.FOOD_AND_CLOTHES: QT_TRANSLATE_NOOP("case", "Food and clothes"),
}

REFERRAL_TARGET_LABELS: dict[ReferralTarget, str] = {
    ReferralTarget.SWADHAR_GREH: QT_TRANSLATE_NOOP("case", "Swadhar Greh"),
    ReferralTarget.SHORT_STAY_HOME: QT_TRANSLATE_NOOP("case", "Short-stay home"),
    ReferralTarget.HOSPITAL: QT_TRANSLATE_NOOP("case", "Hospital"),
    ReferralTarget.DLSA: QT_TRANSLATE_NOOP("case", "District Legal Services Authority"),
    ReferralTarget.POLICE: QT_TRANSLATE_NOOP("case", "Police"),
    ReferralTarget.NGO: QT_TRANSLATE_NOOP("case", "NGO"),
    ReferralTarget.SKILL_TRAINING: QT_TRANSLATE_NOOP("case", "Skill training"),
    ReferralTarget.OTHER: QT_TRANSLATE_NOOP("case", "Other"),
}

REFERRAL_STATUS_LABELS: dict[ReferralStatus, str] = {
    ReferralStatus.SENT: QT_TRANSLATE_NOOP("case", "Sent"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("case", "Accepted"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("case", "Completed"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("case", "Declined"),
}

FOLLOW_UP_RESULT_LABELS: dict[FollowUpResult, str] = {
    FollowUpResult.SAFE_AND_WELL: QT_TRANSLATE_NOOP("case", "Safe and well"),
    FollowUpResult.NEEDS_SUPPORT: QT_TRANSLATE_NOOP("case", "Needs support"),
    FollowUpResult.VIOLENCE_RECURRED: QT_TRANSLATE_NOOP("case", "Violence recurred"),
    FollowUpResult.NOT_REACHABLE: QT_TRANSLATE_NOOP("case", "Could not be reached"),
}

# Every coded value's labels, so a test can check each enum member has one.
ALL_LABELS: dict[type[StrEnum], dict] = {
    Arrival: ARRIVAL_LABELS,
    CaseStatus: STATUS_LABELS,
    Outcome: OUTCOME_LABELS,
    ViolenceKind: VIOLENCE_LABELS,
    GbvType: GBV_TYPE_LABELS,
    MaritalStatus: MARITAL_STATUS_LABELS,
    Education: EDUCATION_LABELS,
    ChildSex: CHILD_SEX_LABELS,
    Relationship: RELATIONSHIP_LABELS,
    PoliceReportKind: POLICE_REPORT_LABELS,
    ServiceKind: SERVICE_LABELS,
    ReferralTarget: REFERRAL_TARGET_LABELS,
    ReferralStatus: REFERRAL_STATUS_LABELS,
    FollowUpResult: FOLLOW_UP_RESULT_LABELS,
}
