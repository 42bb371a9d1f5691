"""The registration form: a case's intake on A4, to be signed or thumb-printed and filed.

Every label is in English and Hindi; a part not yet recorded (a quick-registered case) prints as
empty ruled lines to fill in by hand, and the parts still missing are listed at the top.

The account of what happened (the narrative) is NOT printed, although every case role sees it
on the record screen. This form is signed, copied and filed in a paper folder that many hands
touch; the narrative is the most sensitive thing the centre holds, and a signed paper copy of it
cannot be erased on her request as the record can. The form says where the account is kept
instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from osc_desktop.printing.case_form_parts import (
    AGE,
    NAME,
    FormHeader,
    Pair,
    RuledLines,
    Signer,
    TextStyles,
    age_text,
    bi,
    build_header,
    coded,
    coded_list,
    format_date,
    furniture_for,
    her_signer,
    rows_table,
    signature_boxes,
    text_styles,
    value_flowables,
    yes_no,
)
from osc_desktop.printing.styles import RULE, SHADE, build_pdf, content_width, paragraph
from osc_desktop.services.cases.dto import CaseDetail, IntakeSection
from osc_desktop.services.cases.vocabulary import (
    ARRIVAL_LABELS,
    CHILD_SEX_LABELS,
    EDUCATION_LABELS,
    MARITAL_STATUS_LABELS,
    POLICE_REPORT_LABELS,
    RELATIONSHIP_LABELS,
    SERVICE_LABELS,
    VIOLENCE_LABELS,
)
from osc_desktop.services.core.dto import CentreProfile

PDF_TITLE = "Registration form"
TITLE: Pair = ("Registration form", "पंजीकरण फ़ॉर्म")
SUBTITLE: Pair = ("One Stop Centre", "वन स्टॉप सेंटर")
MISSING_NOTE: Pair = (
    "Not yet recorded, to be filled in by hand",
    "अभी दर्ज नहीं, हाथ से भरें",
)

SECTION_NAMES: dict[str, Pair] = {
    IntakeSection.ABOUT_HER: ("About her", "पीड़िता का विवरण"),
    IntakeSection.WHAT_HAPPENED: ("What happened", "घटना का विवरण"),
    IntakeSection.SERVICES_NEEDED: ("Services needed", "आवश्यक सेवाएं"),
    IntakeSection.CONSENT: ("Consent", "सहमति"),
    IntakeSection.CASE_WORKER: ("Case worker", "केस वर्कर"),
}

HOW_SHE_CAME: Pair = ("How she came", "संपर्क का माध्यम")
ARRIVAL: Pair = ("Came through", "संपर्क का माध्यम")
REFERRED_BY: Pair = ("Referred by", "द्वारा संदर्भित")
NAME_WITHHELD: Pair = ("Withheld", "नहीं बताया")
ALIAS: Pair = ("Alias", "दूसरा नाम")
DATE_OF_BIRTH: Pair = ("Date of birth", "जन्म तिथि")
MINOR: Pair = ("Under 18", "18 वर्ष से कम")
MARITAL_STATUS: Pair = ("Marital status", "वैवाहिक स्थिति")
ADDRESS: Pair = ("Address", "पता")
PHONE: Pair = ("Phone", "फ़ोन नंबर")
SAFE_TO_CALL: Pair = ("Safe to call", "फ़ोन करना सुरक्षित")
EDUCATION: Pair = ("Education", "शिक्षा")
OCCUPATION: Pair = ("Occupation", "व्यवसाय")
DISABILITY: Pair = ("Disability", "दिव्यांगता")
PREGNANT: Pair = ("Pregnant", "गर्भवती")
LANGUAGE: Pair = ("Language", "भाषा")

CHILDREN: Pair = ("Children with her", "साथ आए बच्चे")
NUMBER: Pair = ("No.", "क्र.")
SEX: Pair = ("Girl or boy", "लड़की या लड़का")
CHILDREN_NONE: Pair = ("No children came with her.", "उनके साथ कोई बच्चा नहीं आया।")

VIOLENCE: Pair = ("Kind of violence", "हिंसा का प्रकार")
INCIDENT_DATE: Pair = ("Date of incident", "घटना की तारीख")
INCIDENT_PLACE: Pair = ("Place of incident", "घटना का स्थान")
NARRATIVE_NOTE: Pair = (
    "What she told the centre is kept in the case record; it is not printed on this form.",
    "पीड़िता ने केंद्र को जो बताया, वह प्रकरण के रिकॉर्ड में रखा है; उसे इस फ़ॉर्म पर नहीं छापा जाता।",
)

PERPETRATORS: Pair = ("Perpetrators", "आरोपी")
RELATIONSHIP: Pair = ("Relationship to her", "पीड़िता से संबंध")
PERPETRATORS_NONE: Pair = ("None recorded.", "कोई दर्ज नहीं।")

POLICE: Pair = ("Police report", "पुलिस रिपोर्ट")
REPORT_KIND: Pair = ("FIR, NCR or DIR", "प्राथमिकी (FIR), NCR या DIR")
REPORT_NUMBER: Pair = ("Report number", "रिपोर्ट संख्या")
POLICE_STATION: Pair = ("Police station", "थाना")

SERVICES_NEEDED: Pair = ("Services needed", "आवश्यक सेवाएं")
CONSENT: Pair = ("Consent", "सहमति")
CONSENT_SERVICES: Pair = ("To the centre's services", "केंद्र की सेवाओं के लिए")
CONSENT_SHARING: Pair = ("To sharing with police or court", "पुलिस या न्यायालय से साझा करने के लिए")
CONSENT_STATISTICS: Pair = (
    "To being counted in statistics without her name",
    "बिना नाम के आँकड़ों में गिने जाने के लिए",
)
CONSENT_NOTE: Pair = (
    "She gives or refuses each consent on the consent form, which is filed with this one.",
    "हर सहमति वह सहमति फ़ॉर्म पर देती या मना करती है, जो इस फ़ॉर्म के साथ रखा जाता है।",
)

CASE_WORKER: Pair = ("Case worker", "केस वर्कर")
REGISTERED_BY: Pair = ("Registered by", "पंजीकरण करने वाले")

STAFF_WHO_REGISTERED: Pair = ("Staff who registered her", "पंजीकरण करने वाले कर्मचारी")
DECLARATION: Pair = (
    "The details above were read out to me and are correct.",
    "ऊपर लिखा विवरण मुझे पढ़कर सुनाया गया और वह सही है।",
)

CHILD_BLANK_ROWS = 2
PERPETRATOR_BLANK_ROWS = 2


@dataclass(frozen=True)
class FormField:
    """One labelled value; an empty value prints as ``blank_lines`` ruled lines to write on."""

    label: Pair
    value: str
    blank_lines: int = 1
    wide: bool = False  # takes the whole width instead of half


@dataclass(frozen=True)
class FormSection:
    heading: Pair
    fields: tuple[FormField, ...]


@dataclass(frozen=True)
class ChildLine:
    name: str
    sex: str  # bilingual label
    age: str


@dataclass(frozen=True)
class PerpetratorLine:
    name: str
    relationship: str  # bilingual label


@dataclass(frozen=True)
class RegistrationFormContext:
    """Exactly what the registration form prints."""

    header: FormHeader
    missing: tuple[str, ...]  # bilingual names of the intake parts still to record
    how_she_came: FormSection
    about_her: FormSection
    children: tuple[ChildLine, ...]
    children_blank_rows: int  # rows to fill by hand (0 when the intake recorded them)
    what_happened: FormSection
    perpetrators: tuple[PerpetratorLine, ...]
    perpetrator_blank_rows: int
    police: FormSection
    services: FormSection
    consent: FormSection
    case_worker: FormSection
    signers: tuple[Signer, ...]

    def __repr__(self) -> str:  # survivors' data must never reach a log through a repr
        return f"RegistrationFormContext(case_number={self.header.case_number!r})"


def _about_her(detail: CaseDetail) -> FormSection:
    age_known = detail.age_years is not None or detail.date_of_birth is not None
    return FormSection(
        SECTION_NAMES[IntakeSection.ABOUT_HER],
        (
            FormField(NAME, bi(NAME_WITHHELD) if detail.name_withheld else detail.full_name),
            FormField(ALIAS, detail.alias),
            FormField(AGE, age_text(detail)),
            FormField(DATE_OF_BIRTH, format_date(detail.date_of_birth)),
            FormField(MINOR, yes_no(detail.is_minor) if age_known else ""),
            FormField(MARITAL_STATUS, coded(MARITAL_STATUS_LABELS, detail.marital_status)),
            FormField(ADDRESS, detail.address, blank_lines=2, wide=True),
            FormField(PHONE, detail.phone),
            FormField(SAFE_TO_CALL, yes_no(detail.safe_to_call)),
            FormField(EDUCATION, coded(EDUCATION_LABELS, detail.education)),
            FormField(OCCUPATION, detail.occupation),
            FormField(DISABILITY, detail.disability),
            FormField(PREGNANT, yes_no(detail.pregnant)),
            FormField(LANGUAGE, detail.language),
        ),
    )


def build_context(
    detail: CaseDetail,
    centre: CentreProfile,
    printed_at: datetime,
    *,
    tz: tzinfo | None = None,
) -> RegistrationFormContext:
    """Return what the registration form of ``detail`` prints.

    Times are shown in ``tz`` (None: the centre's). The narrative is left out (see
    the module's docstring). An erased case has nothing to print: the service refuses it before.
    """
    missing = set(detail.missing)
    children_recorded = bool(detail.children) or IntakeSection.ABOUT_HER not in missing
    perpetrators_recorded = bool(detail.perpetrators) or IntakeSection.WHAT_HAPPENED not in missing
    return RegistrationFormContext(
        header=build_header(detail, centre, printed_at, tz),
        missing=tuple(bi(SECTION_NAMES[s]) for s in IntakeSection if s in missing),
        how_she_came=FormSection(
            HOW_SHE_CAME,
            (
                FormField(ARRIVAL, coded(ARRIVAL_LABELS, detail.arrival)),
                FormField(REFERRED_BY, detail.referred_by),
            ),
        ),
        about_her=_about_her(detail),
        children=tuple(
            ChildLine(child.name, coded(CHILD_SEX_LABELS, child.sex), str(child.age_years))
            for child in detail.children
        ),
        children_blank_rows=0 if children_recorded else CHILD_BLANK_ROWS,
        what_happened=FormSection(
            SECTION_NAMES[IntakeSection.WHAT_HAPPENED],
            (
                FormField(
                    VIOLENCE, coded_list(VIOLENCE_LABELS, detail.violence), blank_lines=2, wide=True
                ),
                FormField(INCIDENT_DATE, format_date(detail.incident_date)),
                FormField(INCIDENT_PLACE, detail.incident_place),
            ),
        ),
        perpetrators=tuple(
            PerpetratorLine(p.name, coded(RELATIONSHIP_LABELS, p.relationship))
            for p in detail.perpetrators
        ),
        perpetrator_blank_rows=0 if perpetrators_recorded else PERPETRATOR_BLANK_ROWS,
        police=FormSection(
            POLICE,
            (
                FormField(REPORT_KIND, coded(POLICE_REPORT_LABELS, detail.police_report_kind)),
                FormField(REPORT_NUMBER, detail.police_report_number),
                FormField(POLICE_STATION, detail.police_station, wide=True),
            ),
        ),
        services=FormSection(
            SERVICES_NEEDED,
            (
                FormField(
                    SERVICES_NEEDED,
                    coded_list(SERVICE_LABELS, detail.needs),
                    blank_lines=2,
                    wide=True,
                ),
            ),
        ),
        consent=FormSection(
            CONSENT,
            (
                FormField(CONSENT_SERVICES, yes_no(detail.consent_services)),
                FormField(CONSENT_SHARING, yes_no(detail.consent_sharing)),
                FormField(CONSENT_STATISTICS, yes_no(detail.consent_statistics)),
            ),
        ),
        case_worker=FormSection(
            SECTION_NAMES[IntakeSection.CASE_WORKER],
            (
                FormField(CASE_WORKER, detail.case_worker_name),
                FormField(REGISTERED_BY, detail.registered_by_name),
            ),
        ),
        signers=(
            her_signer(detail),
            Signer(STAFF_WHO_REGISTERED, detail.registered_by_name),
        ),
    )


# --- layout ----------------------------------------------------------------------------------


def _cell(field: FormField, styles: TextStyles) -> list[Flowable]:
    label = paragraph(bi(field.label), styles.label)
    if field.value:
        return [label, *value_flowables(field.value, styles.value)]
    return [label, RuledLines(field.blank_lines)]


def _section(section: FormSection, styles: TextStyles, width: float) -> list[Flowable]:
    """The section's heading, then its fields two to a row (a wide field takes a whole row)."""
    rows: list[list[object]] = []
    spans: list[int] = []
    pending: list[object] = []
    for field in section.fields:
        if field.wide:
            if pending:
                rows.append([*pending, ""])
                pending = []
            rows.append([_cell(field, styles), ""])
            spans.append(len(rows) - 1)
        else:
            pending.append(_cell(field, styles))
            if len(pending) == 2:
                rows.append(pending)
                pending = []
    if pending:
        rows.append([*pending, ""])
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    commands += [("SPAN", (0, row), (1, row)) for row in spans]
    table = Table(rows, colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return [paragraph(bi(section.heading), styles.section), table]


def _missing_box(context: RegistrationFormContext, styles: TextStyles, width: float) -> Table:
    text = f"{bi(MISSING_NOTE)}: " + "; ".join(context.missing)
    table = Table([[paragraph(text, styles.body)]], colWidths=[width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _children(context: RegistrationFormContext, styles: TextStyles, width: float) -> list[Flowable]:
    rows = [
        (str(number), child.name, child.sex, child.age)
        for number, child in enumerate(context.children, start=1)
    ]
    table = rows_table(
        (NUMBER, NAME, SEX, AGE),
        rows,
        [width * f for f in (0.08, 0.46, 0.28, 0.18)],
        styles,
        blank_rows=context.children_blank_rows,
        empty_note=bi(CHILDREN_NONE),
    )
    return [paragraph(bi(CHILDREN), styles.section), table]


def _perpetrators(
    context: RegistrationFormContext, styles: TextStyles, width: float
) -> list[Flowable]:
    rows = [
        (str(number), p.name, p.relationship)
        for number, p in enumerate(context.perpetrators, start=1)
    ]
    table = rows_table(
        (NUMBER, NAME, RELATIONSHIP),
        rows,
        [width * f for f in (0.08, 0.54, 0.38)],
        styles,
        blank_rows=context.perpetrator_blank_rows,
        empty_note=bi(PERPETRATORS_NONE),
    )
    return [paragraph(bi(PERPETRATORS), styles.section), table]


def render(context: RegistrationFormContext) -> bytes:
    """Return the registration form as an A4 PDF, made in memory only."""
    styles = text_styles()
    furniture = furniture_for(context.header)
    width = content_width(furniture)
    title = Paragraph(
        f"{bi(TITLE)}",
        styles.title,
    )
    story: list[Flowable] = [title, paragraph(bi(SUBTITLE), styles.label), Spacer(1, 2 * mm)]
    if context.missing:
        story.append(_missing_box(context, styles, width))
    story += _section(context.how_she_came, styles, width)
    story += _section(context.about_her, styles, width)
    story.append(KeepTogether(_children(context, styles, width)))
    story += _section(context.what_happened, styles, width)
    story.append(paragraph(bi(NARRATIVE_NOTE), styles.note))
    story.append(KeepTogether(_perpetrators(context, styles, width)))
    story.append(KeepTogether(_section(context.police, styles, width)))
    story.append(KeepTogether(_section(context.services, styles, width)))
    story.append(
        KeepTogether(
            [
                *_section(context.consent, styles, width),
                paragraph(bi(CONSENT_NOTE), styles.note),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                *_section(context.case_worker, styles, width),
                Spacer(1, 4 * mm),
                paragraph(bi(DECLARATION), styles.body),
                Spacer(1, 1 * mm),
                signature_boxes(context.signers, width, styles),
            ]
        )
    )
    return build_pdf(story, furniture, title=PDF_TITLE)


__all__ = [
    "PDF_TITLE",
    "ChildLine",
    "FormField",
    "FormSection",
    "PerpetratorLine",
    "RegistrationFormContext",
    "build_context",
    "render",
]
