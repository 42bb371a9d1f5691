"""CaseDetail snapshots for the printing tests, made directly (no database needed)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from osc_desktop.printing.case_form_parts import FormHeader
from osc_desktop.services.cases.dto import CaseDetail, ChildRow, PerpetratorRow
from osc_desktop.services.core.dto import CentreProfile

IST = timezone(timedelta(hours=5, minutes=30))
PRINTED_AT = datetime(2026, 11, 23, 11, 5, tzinfo=UTC)  # 16:35 in India
PRIVATE_USE = range(0xE000, 0xF900)
NARRATIVE = "He beat her after an argument about dowry. UNIQUE-NARRATIVE-MARK " * 300

CENTRE = CentreProfile(
    name="One Stop Centre (Sakhi), Patna Sadar",
    code="PAT",
    district="Patna",
    state="Bihar",
    address="Sadar Hospital campus",
    phone="0612 2345678",
    women_helpline="181",
    emergency_number="112",
    created_at=datetime(2026, 4, 1, tzinfo=UTC),
)
# What the top of every page of full_case()'s forms says, printed at PRINTED_AT in India.
FULL_CASE_HEADER = FormHeader(
    centre_name="One Stop Centre (Sakhi), Patna Sadar",
    case_number="PAT/2026-27/0042",
    registered_at="23-11-2026, 14:05",
    printed_at="23-11-2026, 16:35",
)


def full_case(**changes: object) -> CaseDetail:
    """A complete intake with Hindi names, a long address, two children, two perpetrators."""
    detail = CaseDetail(
        id=42,
        case_number="PAT/2026-27/0042",
        financial_year="2026-27",
        registered_at=datetime(2026, 11, 23, 8, 35, tzinfo=UTC),
        registered_by_name="Asha Kumari",
        updated_at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
        status="in_progress",
        outcome=None,
        disposed_at=None,
        erased=False,
        missing=(),
        days_since_registration=0,
        next_follow_up=None,
        arrival="helpline_181",
        referred_by="Helpline call 5521",
        full_name="सुनीता क्षत्रिय",
        alias="Munni",
        name_withheld=False,
        display_name="सुनीता क्षत्रिय",
        age_years=32,
        date_of_birth=date(1994, 3, 5),
        is_minor=False,
        marital_status="married",
        address=(
            "House 12, Ward 7, Triveni Nagar, behind Gyan Bhawan, Phulwari Sharif, Patna 801505; "
            "मायके का पता: ग्राम कृष्णापुर, पोस्ट विक्रमगंज, ज़िला रोहतास, बिहार 802212"
        ),
        phone="+91 98765 43210",
        safe_to_call=False,
        education="secondary",
        occupation="Tailor",
        disability="",
        pregnant=True,
        language="Hindi, Bhojpuri",
        children=(ChildRow(1, "girl", 6, "प्रिया"), ChildRow(2, "boy", 3, "Aarav Kumar")),
        violence=("domestic", "dowry"),
        core_gbv_type="physical_assault",
        incident_date=date(2026, 11, 20),
        incident_place="At her in-laws' house",
        narrative=NARRATIVE,
        perpetrators=(
            PerpetratorRow(1, "husband", "Ramesh Kumar"),
            PerpetratorRow(2, "in_laws", "श्रीमती कमला देवी"),
        ),
        police_report_kind="fir",
        police_report_number="0231/2026",
        police_station="Phulwari Sharif",
        needs=("medical_aid", "counselling"),
        consent_services=True,
        consent_sharing=False,
        consent_statistics=True,
        case_worker_id=3,
        case_worker_name="Pragya Tripathi",
    )
    return replace(detail, **changes)


def quick_case(**changes: object) -> CaseDetail:
    """A quick registration: a name and how she came, everything else still missing."""
    detail = CaseDetail(
        id=43,
        case_number="PAT/2026-27/0043",
        financial_year="2026-27",
        registered_at=datetime(2026, 11, 23, 20, 10, tzinfo=UTC),  # 01:40 next day in India
        registered_by_name="Ravi Operator",
        updated_at=datetime(2026, 11, 23, 20, 10, tzinfo=UTC),
        status="registered",
        outcome=None,
        disposed_at=None,
        erased=False,
        missing=("about_her", "what_happened", "services_needed", "consent", "case_worker"),
        days_since_registration=0,
        next_follow_up=None,
        arrival="walk_in",
        referred_by="",
        full_name="Sunita Devi",
        alias="",
        name_withheld=False,
        display_name="Sunita Devi",
        age_years=None,
        date_of_birth=None,
        is_minor=False,
        marital_status=None,
        address="",
        phone="",
        safe_to_call=None,
        education=None,
        occupation="",
        disability="",
        pregnant=None,
        language="",
        children=(),
        violence=(),
        core_gbv_type=None,
        incident_date=None,
        incident_place="",
        narrative="",
    )
    return replace(detail, **changes)


def pdftotext(pdf: bytes) -> str:
    """The text of ``pdf``, whitespace folded; the PDF goes through a pipe, not a file."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(text.split())


def pdfinfo(pdf: bytes) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in out.splitlines())
    }
