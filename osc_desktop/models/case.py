"""A survivor's case: the intake, and everything the centre does for her until follow-up ends.

The survivor's details live on the case itself (one intake, one snapshot). When the same woman
returns, her new case is *linked* to the earlier one (`CaseLink`), never merged, so a link made
by mistake can be undone without losing anything. Case rows are never deleted: an erasure
anonymises the identifying fields and keeps the non-identifying figures countable.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from osc_desktop.models.base import Base, UtcDateTime, utc_now


def _enum(enum_class: type[StrEnum]) -> Enum:
    """Stored as its value in a plain string column (portable to PostgreSQL, readable in SQL)."""
    return Enum(
        enum_class,
        native_enum=False,
        length=30,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Arrival(StrEnum):
    """How she came to the centre."""

    WALK_IN = "walk_in"
    HELPLINE_181 = "helpline_181"
    EMERGENCY_112 = "emergency_112"
    POLICE = "police"
    HOSPITAL = "hospital"
    NGO = "ngo"
    OTHER_PERSON = "other_person"


class CaseStatus(StrEnum):
    REGISTERED = "registered"
    IN_PROGRESS = "in_progress"
    DISPOSED = "disposed"
    REOPENED = "reopened"


class Outcome(StrEnum):
    """Why a case was disposed."""

    RESOLVED_BY_COUNSELLING = "resolved_by_counselling"
    REFERRED = "referred"
    LEGAL_ACTION_STARTED = "legal_action_started"
    WITHDRAWN = "withdrawn"
    OTHER = "other"


class ViolenceKind(StrEnum):
    """The kinds of violence intake records; a case may have several."""

    DOMESTIC = "domestic"
    DOWRY = "dowry"
    RAPE = "rape"
    SEXUAL_ASSAULT = "sexual_assault"
    SEXUAL_HARASSMENT = "sexual_harassment"
    CHILD_SEXUAL_ABUSE = "child_sexual_abuse"
    TRAFFICKING = "trafficking"
    ACID_ATTACK = "acid_attack"
    HONOUR_CRIME = "honour_crime"
    WITCH_HUNTING = "witch_hunting"
    CHILD_MARRIAGE = "child_marriage"
    CYBER_CRIME = "cyber_crime"
    STALKING = "stalking"
    MISSING_OR_KIDNAPPED = "missing_or_kidnapped"
    DECEIT_IN_LOVE_OR_MARRIAGE = "deceit_in_love_or_marriage"
    ELDER_ABUSE = "elder_abuse"
    OTHER = "other"


class GbvType(StrEnum):
    """The six core types of the GBV information management system (GBVIMS), most severe first."""

    RAPE = "rape"
    SEXUAL_ASSAULT = "sexual_assault"
    PHYSICAL_ASSAULT = "physical_assault"
    FORCED_OR_EARLY_MARRIAGE = "forced_or_early_marriage"
    DENIAL_OF_RESOURCES = "denial_of_resources"
    PSYCHOLOGICAL_ABUSE = "psychological_abuse"


class MaritalStatus(StrEnum):
    UNMARRIED = "unmarried"
    MARRIED = "married"
    SEPARATED = "separated"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


class Education(StrEnum):
    NONE = "none"
    PRIMARY = "primary"
    SECONDARY = "secondary"
    HIGHER_SECONDARY = "higher_secondary"
    GRADUATE = "graduate"
    POSTGRADUATE = "postgraduate"


class ChildSex(StrEnum):
    GIRL = "girl"
    BOY = "boy"


class Relationship(StrEnum):
    """The perpetrator's relationship to her."""

    HUSBAND = "husband"
    FORMER_HUSBAND = "former_husband"
    IN_LAWS = "in_laws"
    PARTNER = "partner"
    FATHER = "father"
    MOTHER = "mother"
    BROTHER = "brother"
    OTHER_RELATIVE = "other_relative"
    EMPLOYER = "employer"
    COLLEAGUE = "colleague"
    NEIGHBOUR = "neighbour"
    ACQUAINTANCE = "acquaintance"
    STRANGER = "stranger"
    OTHER = "other"


class PoliceReportKind(StrEnum):
    FIR = "fir"  # First Information Report
    NCR = "ncr"  # Non-Cognisable Report
    DIR = "dir"  # Domestic Incident Report (Protection of Women from Domestic Violence Act)


class ServiceKind(StrEnum):
    """The scheme's services: needed at intake, given afterwards."""

    RESCUE = "rescue"
    MEDICAL_AID = "medical_aid"
    POLICE_HELP = "police_help"
    COUNSELLING = "counselling"
    LEGAL_AID = "legal_aid"
    SHORT_STAY = "short_stay"
    VIDEO_CONFERENCING = "video_conferencing"
    FOOD_AND_CLOTHES = "food_and_clothes"


class ReferralTarget(StrEnum):
    SWADHAR_GREH = "swadhar_greh"
    SHORT_STAY_HOME = "short_stay_home"
    HOSPITAL = "hospital"
    DLSA = "dlsa"
    POLICE = "police"
    NGO = "ngo"
    SKILL_TRAINING = "skill_training"
    OTHER = "other"


class ReferralStatus(StrEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined"


class FollowUpResult(StrEnum):
    SAFE_AND_WELL = "safe_and_well"
    NEEDS_SUPPORT = "needs_support"
    VIOLENCE_RECURRED = "violence_recurred"
    NOT_REACHABLE = "not_reachable"


class CaseSequence(Base):
    """The last case sequence number given in each financial year; never goes back."""

    __tablename__ = "case_sequence"

    financial_year: Mapped[str] = mapped_column(String(7), primary_key=True)  # "2026-27"
    last_sequence: Mapped[int] = mapped_column(default=0)


# The name the cases list shows and sorts by (empty once erased, the alias when the name is
# withheld or missing), lower case: the expression of the name-sort indexes below, which
# services/case_search.py orders by (it must be written the same for SQLite to use them).
_LISTED_NAME_KEY = (
    "lower(CASE WHEN erased_at IS NOT NULL THEN '' "
    "WHEN name_withheld = 1 OR full_name = '' THEN alias ELSE full_name END)"
)


class Case(Base):
    __tablename__ = "survivor_case"
    __table_args__ = (
        UniqueConstraint("financial_year", "sequence", name="uq_survivor_case_year_sequence"),
        Index("ix_survivor_case_registered_at", "registered_at"),
        # The cases list's filters in its default order (newest first); they count from them too.
        Index("ix_survivor_case_status_registered_at", "status", "registered_at"),
        Index("ix_survivor_case_case_worker_registered_at", "case_worker_id", "registered_at"),
        # Sorting by name, also within one case worker's cases.
        Index("ix_survivor_case_listed_name", text(_LISTED_NAME_KEY)),
        Index("ix_survivor_case_case_worker_listed_name", "case_worker_id", text(_LISTED_NAME_KEY)),
        Index("ix_survivor_case_phone", "phone"),
        CheckConstraint("sequence > 0", name="sequence_positive"),
        CheckConstraint("age_years IS NULL OR (age_years >= 0 AND age_years <= 120)", name="age"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(30), unique=True)
    financial_year: Mapped[str] = mapped_column(String(7))
    sequence: Mapped[int] = mapped_column()
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    # Registered through the quick path and not yet completed: the case shows what is missing.
    intake_complete: Mapped[bool] = mapped_column(default=False)

    # How she came
    arrival: Mapped[Arrival] = mapped_column(_enum(Arrival))
    referred_by: Mapped[str] = mapped_column(String(200), default="")

    # About her
    full_name: Mapped[str] = mapped_column(String(120), default="")
    alias: Mapped[str] = mapped_column(String(120), default="")  # used when the name is withheld
    name_withheld: Mapped[bool] = mapped_column(default=False)
    age_years: Mapped[int | None] = mapped_column(default=None)
    date_of_birth: Mapped[date | None] = mapped_column(Date, default=None)
    is_minor: Mapped[bool] = mapped_column(default=False)
    marital_status: Mapped[MaritalStatus | None] = mapped_column(_enum(MaritalStatus))
    address: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str] = mapped_column(String(15), default="")
    safe_to_call: Mapped[bool | None] = mapped_column(default=None)
    education: Mapped[Education | None] = mapped_column(_enum(Education))
    occupation: Mapped[str] = mapped_column(String(120), default="")
    disability: Mapped[str] = mapped_column(String(200), default="")  # empty: none recorded
    pregnant: Mapped[bool | None] = mapped_column(default=None)
    language: Mapped[str] = mapped_column(String(60), default="")

    # What happened
    incident_date: Mapped[date | None] = mapped_column(Date, default=None)
    incident_place: Mapped[str] = mapped_column(String(200), default="")
    narrative: Mapped[str] = mapped_column(Text, default="")
    police_report_kind: Mapped[PoliceReportKind | None] = mapped_column(_enum(PoliceReportKind))
    police_report_number: Mapped[str] = mapped_column(String(40), default="")
    police_station: Mapped[str] = mapped_column(String(120), default="")

    # Consent, as signed or thumb-printed on the printed form. None: not yet asked.
    consent_services: Mapped[bool | None] = mapped_column(default=None)
    consent_sharing: Mapped[bool | None] = mapped_column(default=None)  # with police or court
    consent_statistics: Mapped[bool | None] = mapped_column(default=None)

    case_worker_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), default=None)

    status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus), default=CaseStatus.REGISTERED)
    outcome: Mapped[Outcome | None] = mapped_column(_enum(Outcome), default=None)
    disposed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)

    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    erased_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), default=None)

    violence: Mapped[list[CaseViolence]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseViolence.kind"
    )
    needs: Mapped[list[CaseNeed]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseNeed.service"
    )
    children: Mapped[list[CaseChild]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseChild.id"
    )
    perpetrators: Mapped[list[Perpetrator]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Perpetrator.id"
    )


class CaseViolence(Base):
    __tablename__ = "case_violence"
    # The kind-of-violence filter: its cases, and how many, straight from the index.
    __table_args__ = (Index("ix_case_violence_kind", "kind", "case_id"),)

    case_id: Mapped[int] = mapped_column(
        ForeignKey("survivor_case.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[ViolenceKind] = mapped_column(_enum(ViolenceKind), primary_key=True)
    case: Mapped[Case] = relationship(back_populates="violence")


class CaseNeed(Base):
    """A service she needs, as recorded at intake."""

    __tablename__ = "case_need"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("survivor_case.id", ondelete="CASCADE"), primary_key=True
    )
    service: Mapped[ServiceKind] = mapped_column(_enum(ServiceKind), primary_key=True)
    case: Mapped[Case] = relationship(back_populates="needs")


class CaseChild(Base):
    """A child who came with her (girls under 18 and boys up to 8 may stay with her)."""

    __tablename__ = "case_child"
    __table_args__ = (
        CheckConstraint("age_years >= 0 AND age_years <= 17", name="age"),
        Index("ix_case_child_case_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("survivor_case.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120), default="")
    sex: Mapped[ChildSex] = mapped_column(_enum(ChildSex))
    age_years: Mapped[int] = mapped_column()
    case: Mapped[Case] = relationship(back_populates="children")


class Perpetrator(Base):
    __tablename__ = "perpetrator"
    __table_args__ = (Index("ix_perpetrator_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("survivor_case.id", ondelete="CASCADE"))
    relationship_to_her: Mapped[Relationship] = mapped_column(_enum(Relationship))
    name: Mapped[str] = mapped_column(String(120), default="")
    case: Mapped[Case] = relationship(back_populates="perpetrators")


class CaseLink(Base):
    """'These two cases are the same woman.' Undoing a link stamps it removed and the row stays;
    erasing either case deletes its links (see services/erasure.py)."""

    __tablename__ = "case_link"
    __table_args__ = (
        CheckConstraint("case_id <> linked_case_id", name="not_self"),
        Index("ix_case_link_case_id", "case_id"),
        Index("ix_case_link_linked_case_id", "linked_case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("survivor_case.id"))
    linked_case_id: Mapped[int] = mapped_column(ForeignKey("survivor_case.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    removed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), default=None)


class ServiceRecord(Base):
    """A service given to her: police help, medical aid, a counselling session, food..."""

    __tablename__ = "service_record"
    __table_args__ = (Index("ix_service_record_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("survivor_case.id"))
    kind: Mapped[ServiceKind] = mapped_column(_enum(ServiceKind))
    given_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    summary: Mapped[str] = mapped_column(String(300), default="")  # seen by every case role
    # Counselling session notes: read only by roles with VIEW_CONFIDENTIAL_NOTES.
    confidential_notes: Mapped[str] = mapped_column(Text, default="")


class Referral(Base):
    """A referral out: to a Swadhar Greh, a hospital, DLSA, police, an NGO, skill training."""

    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("survivor_case.id"))
    target: Mapped[ReferralTarget] = mapped_column(_enum(ReferralTarget))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    referred_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ReferralStatus] = mapped_column(
        _enum(ReferralStatus), default=ReferralStatus.SENT
    )
    notes: Mapped[str] = mapped_column(String(500), default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)


class FollowUp(Base):
    """A follow-up call or visit due after disposal (default at 1, 3 and 6 months)."""

    __tablename__ = "follow_up"
    __table_args__ = (
        Index("ix_follow_up_case_id", "case_id"),
        Index("ix_follow_up_due_on", "due_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("survivor_case.id"))
    due_on: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), default=None)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), default=None)
    result: Mapped[FollowUpResult | None] = mapped_column(_enum(FollowUpResult), default=None)
    notes: Mapped[str] = mapped_column(String(500), default="")
    # Cancelled when the case is reopened before it falls due.
    cancelled: Mapped[bool] = mapped_column(default=False)


class StatusChange(Base):
    """Each move of a case's status, for its timeline and the registers."""

    __tablename__ = "status_change"
    __table_args__ = (Index("ix_status_change_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("survivor_case.id"))
    from_status: Mapped[CaseStatus | None] = mapped_column(_enum(CaseStatus))
    to_status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus))
    outcome: Mapped[Outcome | None] = mapped_column(_enum(Outcome), default=None)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("staff_user.id"))
    note: Mapped[str] = mapped_column(String(500), default="")
