"""The consent form: its data exactly, its text read back with poppler, one page to sign."""

from __future__ import annotations

import re

import pytest

from osc_desktop.printing.case_form_parts import GUARDIAN, SURVIVOR, Signer
from osc_desktop.printing.consent_form import (
    CONSENT_SERVICES,
    CONSENT_SHARING,
    CONSENT_STATISTICS,
    PDF_TITLE,
    WITNESS,
    WITNESS_NOTE,
    ConsentFormContext,
    ConsentItem,
    build_context,
    render,
)
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


def test_build_context_of_a_complete_case():
    context = build_context(full_case(), CENTRE, PRINTED_AT, tz=IST)
    assert context == ConsentFormContext(
        header=FULL_CASE_HEADER,
        her_name="सुनीता क्षत्रिय",
        age="32",
        language="Hindi, Bhojpuri",
        items=(
            ConsentItem(*CONSENT_SERVICES, answer=True),
            ConsentItem(*CONSENT_SHARING, answer=False),
            ConsentItem(*CONSENT_STATISTICS, answer=True),
        ),
        signers=(Signer(SURVIVOR), Signer(WITNESS, note=WITNESS_NOTE)),
    )


def test_build_context_of_a_quick_registration_leaves_answers_and_blanks_open():
    context = build_context(quick_case(), CENTRE, PRINTED_AT, tz=IST)
    assert context.her_name == "Sunita Devi"
    assert context.age == context.language == ""
    assert [item.answer for item in context.items] == [None, None, None]
    assert context.header.registered_at == "24-11-2026, 01:40"


def test_a_withheld_name_prints_her_alias():
    detail = full_case(name_withheld=True, full_name="", alias="Munni")
    assert build_context(detail, CENTRE, PRINTED_AT, tz=IST).her_name == "Munni"


def test_a_minor_consents_through_her_guardian():
    detail = full_case(age_years=15, date_of_birth=None, is_minor=True)
    assert build_context(detail, CENTRE, PRINTED_AT, tz=IST).signers[0] == Signer(GUARDIAN)


def test_every_consent_text_is_in_both_languages():
    for heading, text, question in (CONSENT_SERVICES, CONSENT_SHARING, CONSENT_STATISTICS):
        for english, hindi in (heading, text, question):
            assert english.isascii() and english
            assert any("\u0900" <= ch <= "\u097f" for ch in hindi)


def test_repr_holds_no_survivor_data():
    assert "सुनीता" not in repr(build_context(full_case(), CENTRE, PRINTED_AT, tz=IST))


# --- render --------------------------------------------------------------------------------------


def _pdf(**changes: object) -> bytes:
    return render(build_context(full_case(**changes), CENTRE, PRINTED_AT, tz=IST))


@pytest.fixture(scope="module")
def full_pdf() -> bytes:
    return _pdf()


def _marks(pdf: bytes) -> int:
    return len(re.findall(r"(?<!\S)X(?!\S)", pdftotext(pdf)))


def test_render_makes_a_one_page_a4_pdf(full_pdf):
    info = pdfinfo(full_pdf)
    assert full_pdf.startswith(b"%PDF-")
    assert info["Pages"] == "1"
    assert info["Page size"].endswith("(A4)")
    assert info["Title"] == PDF_TITLE == "Consent form"
    assert info["Author"] == ""


@pytest.mark.parametrize(
    "text",
    [
        "Consent form",
        "PAT/2026-27/0042",
        "One Stop Centre (Sakhi), Patna Sadar",
        "23-11-2026, 14:05",
        "Hindi, Bhojpuri",
        "Help from the centre",
        "Do you agree that the centre helps you in these ways?",
        "Sharing with the police or a court",
        "harm to a girl under 18 must be reported to the police",
        "Counting without your name",
        "Do you agree to be counted in these numbers without your name?",
        "You can change any of these answers later",
        "Survivor",
        "Staff witness",
        "I read this form aloud to her",
        "Signature or thumbprint",
        "Confidential",
        "Page 1 of 1",
    ],
)
def test_the_form_is_printed(full_pdf, text):
    assert text in pdftotext(full_pdf)


def test_hindi_reads_back_as_typed(full_pdf):
    text = pdftotext(full_pdf)
    assert "सुनीता क्षत्रिय" in text
    assert "सहमति फ़ॉर्म" in text
    assert not any(ord(ch) in PRIVATE_USE for ch in text)


def test_recorded_answers_are_marked_and_unasked_ones_left_empty(full_pdf):
    assert _marks(full_pdf) == 3
    assert _marks(_pdf(consent_sharing=None)) == 2
    assert _marks(render(build_context(quick_case(), CENTRE, PRINTED_AT, tz=IST))) == 0


def test_the_mark_is_in_the_box_of_the_answer():
    """Yes comes before No in each part: the mark's place among the words tells which."""
    text = pdftotext(_pdf(consent_services=False, consent_sharing=None, consent_statistics=None))
    part = text[text.index("Help from the centre") : text.index("Sharing with the police")]
    assert part.index("No /") < part.index(" X")
    text = pdftotext(_pdf(consent_services=True, consent_sharing=None, consent_statistics=None))
    part = text[text.index("Help from the centre") : text.index("Sharing with the police")]
    assert part.index(" X") < part.index("No /")


def test_a_quick_registration_prints_on_one_page():
    pdf = render(build_context(quick_case(), CENTRE, PRINTED_AT, tz=IST))
    assert pdfinfo(pdf)["Pages"] == "1"
    assert "Sunita Devi" in pdftotext(pdf)


def test_a_minor_form_asks_for_her_guardian():
    text = pdftotext(_pdf(age_years=15, date_of_birth=None, is_minor=True))
    assert "Parent or guardian (she is under 18)" in text


def test_long_hindi_names_still_fit_one_page():
    pdf = render(
        build_context(
            full_case(full_name="श्रीमती सुनीता कुमारी क्षत्रिय त्रिपाठी ज्ञानेश्वरी देवी " * 2),
            CENTRE,
            PRINTED_AT,
            tz=IST,
        )
    )
    assert pdfinfo(pdf)["Pages"] == "1"
