"""The registration form: its data exactly, its text read back with poppler, its page layout.

Hindi reads back as typed too (see test_text_layer, which fills a case in Hindi).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from osc_desktop.printing.case_form_parts import GUARDIAN, SURVIVOR, Signer
from osc_desktop.printing.case_labels_hi import HINDI, hindi
from osc_desktop.printing.registration_form import (
    PDF_TITLE,
    STAFF_WHO_REGISTERED,
    ChildLine,
    FormField,
    FormSection,
    PerpetratorLine,
    RegistrationFormContext,
    build_context,
    render,
)
from osc_desktop.services.cases.vocabulary import ALL_LABELS
from tests.printing.case_samples import (
    CENTRE,
    FULL_CASE_HEADER,
    IST,
    PRINTED_AT,
    PRIVATE_USE,
    full_case,
    pdfinfo,
    pdftotext,
    quick_case,
)

# --- the Hindi of the case vocabulary ------------------------------------------------------------


def test_every_case_label_has_its_hindi():
    labels = {label for table in ALL_LABELS.values() for label in table.values()}
    missing = sorted(label for label in labels if label not in HINDI)
    assert missing == []
    for label in labels:
        hindi_label = hindi(label)
        assert hindi_label.strip() == hindi_label != ""
        assert any("\u0900" <= ch <= "\u097f" for ch in hindi_label) or hindi_label in {
            "NCR",
            "DIR",
        }


def test_hindi_follows_the_glossary():
    assert hindi("Domestic violence") == "घरेलू हिंसा"
    assert hindi("Child sexual abuse (POCSO)") == "बाल यौन शोषण (पॉक्सो)"
    assert hindi("FIR") == "प्राथमिकी (FIR)"
    assert hindi("Legal aid") == "विधिक सहायता"
    assert hindi("Disposed") == "निस्तारित"


def test_hindi_of_an_unknown_label_is_an_error():
    with pytest.raises(KeyError):
        hindi("Not a label")


# --- build_context -------------------------------------------------------------------------------


def test_build_context_of_a_complete_case():
    context = build_context(full_case(), CENTRE, PRINTED_AT, tz=IST)
    assert context == RegistrationFormContext(
        header=FULL_CASE_HEADER,
        missing=(),
        how_she_came=FormSection(
            ("How she came", "संपर्क का माध्यम"),
            (
                FormField(
                    ("Came through", "संपर्क का माध्यम"), "Women helpline 181 / महिला हेल्पलाइन 181"
                ),
                FormField(("Referred by", "द्वारा संदर्भित"), "Helpline call 5521"),
            ),
        ),
        about_her=FormSection(
            ("About her", "पीड़िता का विवरण"),
            (
                FormField(("Name", "नाम"), "सुनीता क्षत्रिय"),
                FormField(("Alias", "दूसरा नाम"), "Munni"),
                FormField(("Age (years)", "आयु (वर्ष)"), "32"),
                FormField(("Date of birth", "जन्म तिथि"), "05-03-1994"),
                FormField(("Under 18", "18 वर्ष से कम"), "No / नहीं"),
                FormField(("Marital status", "वैवाहिक स्थिति"), "Married / विवाहित"),
                FormField(("Address", "पता"), full_case().address, blank_lines=2, wide=True),
                FormField(("Phone", "फ़ोन नंबर"), "+91 98765 43210"),
                FormField(("Safe to call", "फ़ोन करना सुरक्षित"), "No / नहीं"),
                FormField(("Education", "शिक्षा"), "Secondary (10th) / माध्यमिक (10वीं)"),
                FormField(("Occupation", "व्यवसाय"), "Tailor"),
                FormField(("Disability", "दिव्यांगता"), ""),
                FormField(("Pregnant", "गर्भवती"), "Yes / हाँ"),
                FormField(("Language", "भाषा"), "Hindi, Bhojpuri"),
            ),
        ),
        children=(
            ChildLine("प्रिया", "Girl / लड़की", "6"),
            ChildLine("Aarav Kumar", "Boy / लड़का", "3"),
        ),
        children_blank_rows=0,
        what_happened=FormSection(
            ("What happened", "घटना का विवरण"),
            (
                FormField(
                    ("Kind of violence", "हिंसा का प्रकार"),
                    "Domestic violence / घरेलू हिंसा\nDowry harassment / दहेज उत्पीड़न",
                    blank_lines=2,
                    wide=True,
                ),
                FormField(("Date of incident", "घटना की तारीख"), "20-11-2026"),
                FormField(("Place of incident", "घटना का स्थान"), "At her in-laws' house"),
            ),
        ),
        perpetrators=(
            PerpetratorLine("Ramesh Kumar", "Husband / पति"),
            PerpetratorLine("श्रीमती कमला देवी", "In-laws / ससुराल वाले"),
        ),
        perpetrator_blank_rows=0,
        police=FormSection(
            ("Police report", "पुलिस रिपोर्ट"),
            (
                FormField(
                    ("FIR, NCR or DIR", "प्राथमिकी (FIR), NCR या DIR"), "FIR / प्राथमिकी (FIR)"
                ),
                FormField(("Report number", "रिपोर्ट संख्या"), "0231/2026"),
                FormField(("Police station", "थाना"), "Phulwari Sharif", wide=True),
            ),
        ),
        services=FormSection(
            ("Services needed", "आवश्यक सेवाएं"),
            (
                FormField(
                    ("Services needed", "आवश्यक सेवाएं"),
                    "Medical aid / चिकित्सकीय सहायता\nCounselling / परामर्श",
                    blank_lines=2,
                    wide=True,
                ),
            ),
        ),
        consent=FormSection(
            ("Consent", "सहमति"),
            (
                FormField(("To the centre's services", "केंद्र की सेवाओं के लिए"), "Yes / हाँ"),
                FormField(
                    ("To sharing with police or court", "पुलिस या न्यायालय से साझा करने के लिए"),
                    "No / नहीं",
                ),
                FormField(
                    (
                        "To being counted in statistics without her name",
                        "बिना नाम के आँकड़ों में गिने जाने के लिए",
                    ),
                    "Yes / हाँ",
                ),
            ),
        ),
        case_worker=FormSection(
            ("Case worker", "केस वर्कर"),
            (
                FormField(("Case worker", "केस वर्कर"), "Pragya Tripathi"),
                FormField(("Registered by", "पंजीकरण करने वाले"), "Asha Kumari"),
            ),
        ),
        signers=(Signer(SURVIVOR), Signer(STAFF_WHO_REGISTERED, "Asha Kumari")),
    )


def test_a_quick_registration_leaves_every_missing_part_blank():
    context = build_context(quick_case(), CENTRE, PRINTED_AT, tz=IST)
    assert context.header.registered_at == "24-11-2026, 01:40"
    assert context.missing == (
        "About her / पीड़िता का विवरण",
        "What happened / घटना का विवरण",
        "Services needed / आवश्यक सेवाएं",
        "Consent / सहमति",
        "Case worker / केस वर्कर",
    )
    filled = {
        field.label[0]: field.value
        for section in (
            context.how_she_came,
            context.about_her,
            context.what_happened,
            context.police,
            context.services,
            context.consent,
            context.case_worker,
        )
        for field in section.fields
        if field.value
    }
    assert filled == {
        "Came through": "Came by herself / स्वयं आई",
        "Name": "Sunita Devi",
        "Registered by": "Ravi Operator",
    }
    assert context.children == () and context.children_blank_rows == 2
    assert context.perpetrators == () and context.perpetrator_blank_rows == 2
    assert context.about_her.fields[4] == FormField(("Under 18", "18 वर्ष से कम"), "")


def test_a_complete_case_without_children_or_perpetrators_has_no_blank_rows():
    context = build_context(full_case(children=(), perpetrators=()), CENTRE, PRINTED_AT, tz=IST)
    assert context.children_blank_rows == 0
    assert context.perpetrator_blank_rows == 0


def test_a_withheld_name_prints_as_withheld_with_the_alias():
    detail = full_case(name_withheld=True, full_name="", alias="Munni", display_name="Munni")
    fields = build_context(detail, CENTRE, PRINTED_AT, tz=IST).about_her.fields
    assert fields[0] == FormField(("Name", "नाम"), "Withheld / नहीं बताया")
    assert fields[1] == FormField(("Alias", "दूसरा नाम"), "Munni")


def test_a_minor_signs_through_her_guardian():
    detail = full_case(age_years=16, date_of_birth=None, is_minor=True)
    context = build_context(detail, CENTRE, PRINTED_AT, tz=IST)
    assert context.signers[0] == Signer(GUARDIAN)
    assert context.about_her.fields[4].value == "Yes / हाँ"


def test_the_narrative_is_not_in_the_context():
    context = build_context(full_case(), CENTRE, PRINTED_AT, tz=IST)
    assert "UNIQUE-NARRATIVE-MARK" not in str(context.__dict__)
    assert "सुनीता" not in repr(context)


def test_an_unknown_coded_value_prints_as_stored():
    context = build_context(full_case(marital_status="live_in"), CENTRE, PRINTED_AT, tz=IST)
    assert context.about_her.fields[5].value == "live_in"


# --- render --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def full_pdf() -> bytes:
    return render(build_context(full_case(), CENTRE, PRINTED_AT, tz=IST))


@pytest.fixture(scope="module")
def quick_pdf() -> bytes:
    return render(build_context(quick_case(), CENTRE, PRINTED_AT, tz=IST))


def test_render_makes_an_a4_pdf_titled_without_her_details(full_pdf):
    assert full_pdf.startswith(b"%PDF-")
    info = pdfinfo(full_pdf)
    assert info["Page size"].endswith("(A4)")
    assert info["Title"] == PDF_TITLE == "Registration form"
    assert info["Author"] == info["Subject"] == info["Keywords"] == ""


@pytest.mark.parametrize(
    "text",
    [
        "Registration form",
        "One Stop Centre (Sakhi), Patna Sadar",
        "PAT/2026-27/0042",
        "23-11-2026, 14:05",
        "23-11-2026, 16:35",
        "Munni",
        "05-03-1994",
        "Phulwari Sharif, Patna 801505",
        "+91 98765 43210",
        "Women helpline 181",
        "Secondary (10th)",
        "Aarav Kumar",
        "Domestic violence",
        "Dowry harassment",
        "20-11-2026",
        "At her in-laws' house",
        "Ramesh Kumar",
        "Husband",
        "0231/2026",
        "Medical aid",
        "Counselling",
        "Pragya Tripathi",
        "Asha Kumari",
        "Signature or thumbprint",
        "Confidential",
        "Page 1 of 2",
        "Page 2 of 2",
    ],
)
def test_the_case_is_printed(full_pdf, text):
    assert text in pdftotext(full_pdf)


def test_every_page_names_the_case(full_pdf):
    pages = pdftotext(full_pdf).count("PAT/2026-27/0042")
    assert pages == int(pdfinfo(full_pdf)["Pages"]) >= 1


def test_the_narrative_is_not_printed_however_long(full_pdf):
    text = pdftotext(full_pdf)
    assert "UNIQUE-NARRATIVE-MARK" not in text
    assert "it is not printed on this form" in text
    assert int(pdfinfo(full_pdf)["Pages"]) <= 2


def test_hindi_reads_back_as_typed(full_pdf):
    text = pdftotext(full_pdf)
    assert "सुनीता क्षत्रिय" in text
    assert "मायके का पता: ग्राम कृष्णापुर, पोस्ट विक्रमगंज, ज़िला रोहतास, बिहार 802212" in text
    assert not any(ord(ch) in PRIVATE_USE for ch in text)


def test_a_quick_registration_prints_with_the_missing_parts_listed(quick_pdf):
    text = pdftotext(quick_pdf)
    assert "Not yet recorded, to be filled in by hand" in text
    for part in ("About her", "What happened", "Services needed", "Consent", "Case worker"):
        assert part in text
    assert "Sunita Devi" in text
    assert "Came by herself" in text
    assert "24-11-2026, 01:40" in text


def test_a_complete_case_does_not_say_parts_are_missing(full_pdf):
    assert "Not yet recorded" not in pdftotext(full_pdf)


def test_a_minor_form_asks_for_her_guardian():
    detail = full_case(age_years=16, date_of_birth=None, is_minor=True)
    text = pdftotext(render(build_context(detail, CENTRE, PRINTED_AT, tz=IST)))
    assert "Parent or guardian (she is under 18)" in text


def test_markup_characters_in_data_are_printed_as_typed():
    detail = full_case(occupation="Cook <at> Sharma & Sons")
    text = pdftotext(render(build_context(detail, CENTRE, PRINTED_AT, tz=IST)))
    assert "Cook <at> Sharma & Sons" in text


def test_many_children_and_perpetrators_run_over_pages_with_every_row():
    from osc_desktop.services.cases.dto import ChildRow, PerpetratorRow

    children = tuple(ChildRow(i, "girl", i % 18, f"Child{i:02d}") for i in range(1, 41))
    perpetrators = tuple(PerpetratorRow(i, "other", f"Person{i:02d}") for i in range(1, 31))
    detail = full_case(children=children, perpetrators=perpetrators)
    pdf = render(build_context(detail, CENTRE, PRINTED_AT, tz=IST))
    text = pdftotext(pdf)
    assert all(f"Child{i:02d}" in text for i in range(1, 41))
    assert all(f"Person{i:02d}" in text for i in range(1, 31))
    pages = int(pdfinfo(pdf)["Pages"])
    assert pages >= 3
    assert text.count("PAT/2026-27/0042") == pages


def test_printing_does_not_import_qt():
    code = (
        "import sys, osc_desktop.printing.registration_form as m, "
        "osc_desktop.printing.consent_form as c; "
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken'))))"
    )
    repo_root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
