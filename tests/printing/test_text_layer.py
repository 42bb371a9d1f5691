"""The text layer of every printed document gives back the text as typed, Hindi included.

reportlab draws shaped Devanagari as glyphs, some of which (conjuncts, half forms) have no
character of their own, and draws the ि matra before its consonant. Without ``/ActualText``
spans pdftotext read "प्रशिक्षित स्त्री महिला" back as private-use code points in visual order;
these tests extract each document's text with poppler and look for the strings as typed.
"""

from __future__ import annotations

import base64
import io
import re
import subprocess
import zlib
from datetime import datetime
from pathlib import Path

import pytest
import reportlab
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph, Table

from osc_desktop.printing import actual_text, consent_form, recovery_key_sheet, registration_form
from osc_desktop.printing.fonts import REGULAR
from osc_desktop.printing.styles import PageFurniture, build_pdf, get_styles, paragraph
from osc_desktop.security.recovery_key import format_recovery_key
from osc_desktop.services.cases.dto import ChildRow, PerpetratorRow
from tests.printing.case_samples import CENTRE, IST, PRINTED_AT, full_case, pdftotext
from tests.printing.test_shaping import harfbuzz_glyphs, unshaped_glyphs

PRIVATE_USE = range(0xE000, 0xF900)
NAME = "प्रशिक्षित स्त्री महिला"
# Conjuncts (त्र, द्ध, ह्म), ि matras, reph (र्ड, र्थ), nukta precomposed (\u095b ज़) and as a
# separate sign (ड + ़), Devanagari and Latin digits.
ADDRESS = "मकान १२, वार्ड ७, त्रिवेणी नगर, \u095bिला सिद्धार्थनगर, ब्रह्मपुर, पड\u093cाव 801505"
NUKTA_APART = "ग़ज़ल"  # ग + ़, ज + ़: harfbuzz draws the precomposed glyphs
CHILD = "क्षिप्रा"
PERPETRATOR = "श्रीमती कृष्णा द्विवेदी"
LATIN = "Phulwari Sharif, Patna 801505"
FURNITURE = PageFurniture(left_margin=40, right_margin=40, top_margin=40, bottom_margin=40)


def _no_private_use(text: str) -> None:
    assert [hex(ord(ch)) for ch in text if ord(ch) in PRIVATE_USE] == []


def _hindi_case():
    return full_case(
        full_name=NAME,
        display_name=NAME,
        alias=NUKTA_APART,
        address=f"{ADDRESS}; {LATIN}",
        occupation="सिलाई-कढ़ाई",
        children=(ChildRow(1, "girl", 6, CHILD),),
        perpetrators=(PerpetratorRow(1, "in_laws", PERPETRATOR),),
    )


def test_the_sample_text_needs_shaping():
    """Guard the tests themselves: these words print as glyphs that differ from their letters."""
    for text in (NAME, ADDRESS, CHILD):
        assert harfbuzz_glyphs(text, REGULAR) != unshaped_glyphs(text, REGULAR)


@pytest.fixture(scope="module")
def registration_text() -> str:
    context = registration_form.build_context(_hindi_case(), CENTRE, PRINTED_AT, tz=IST)
    return pdftotext(registration_form.render(context))


@pytest.mark.parametrize(
    "typed",
    [
        NAME,
        ADDRESS,
        NUKTA_APART,
        "सिलाई-कढ़ाई",
        CHILD,
        PERPETRATOR,
        LATIN,
        "पंजीकरण फ़ॉर्म",
        "पीड़िता का विवरण",
        "विवाहित",
        "घरेलू हिंसा",
        "दहेज उत्पीड़न",
        "चिकित्सकीय सहायता",
        "बिना नाम के आँकड़ों में गिने जाने के लिए",
        "पृष्ठ 1 / 2",
        "गोपनीय",
        "PAT/2026-27/0042",
        "Registration form",
    ],
)
def test_registration_form_gives_back_the_text_as_typed(registration_text, typed):
    assert typed in registration_text


def test_registration_form_has_no_private_use_characters(registration_text):
    _no_private_use(registration_text)


@pytest.fixture(scope="module")
def consent_text() -> str:
    context = consent_form.build_context(_hindi_case(), CENTRE, PRINTED_AT, tz=IST)
    return pdftotext(consent_form.render(context))


@pytest.mark.parametrize(
    "typed",
    [
        NAME,
        "सहमति फ़ॉर्म",
        "पीड़िता का नाम",
        "केंद्र से मदद",
        "क्या आप सहमत हैं कि आपको बिना नाम के इन आँकड़ों में गिना जाए?",
        "हस्ताक्षर या अंगूठे का निशान",
        "गवाह कर्मचारी",
        "Consent form",
        "Page 1 of 1",
    ],
)
def test_consent_form_gives_back_the_text_as_typed(consent_text, typed):
    assert typed in consent_text


def test_consent_form_has_no_private_use_characters(consent_text):
    _no_private_use(consent_text)


def _hindi_sheet() -> recovery_key_sheet.RecoveryKeySheet:
    return recovery_key_sheet.build_context(
        centre_name="वन स्टॉप सेंटर (सखी), सिद्धार्थनगर",
        centre_code="UP-SDN-01",
        district="सिद्धार्थनगर",
        state="उत्तर प्रदेश",
        recovery_key=format_recovery_key(bytes(range(32))),
        created_at=datetime(2025, 11, 23, 14, 5),
        app_version="0.1.0",
    )


@pytest.fixture(scope="module")
def recovery_text() -> str:
    return pdftotext(recovery_key_sheet.render(_hindi_sheet()))


@pytest.mark.parametrize(
    "typed",
    [
        "वन स्टॉप सेंटर (सखी), सिद्धार्थनगर",
        "उत्तर प्रदेश",
        "रिकवरी कुंजी",
        "इसे सुरक्षित रखें",
        "केंद्र प्रबंधक की ताले वाली अलमारी में",
        "व्हाट्सऐप",
        "UP-SDN-01",
        "Keep it safe",
        format_recovery_key(bytes(range(32))).split("-")[0],
    ],
)
def test_recovery_key_sheet_gives_back_the_text_as_typed(recovery_text, typed):
    assert typed in recovery_text


def test_recovery_key_sheet_has_no_private_use_characters(recovery_text):
    _no_private_use(recovery_text)


def test_paragraphs_in_a_table_give_back_bold_and_mixed_text():
    styles = get_styles()
    cells = [
        [paragraph(NAME, styles.cell), paragraph(ADDRESS, styles.cell)],
        [Paragraph("<b>प्रशि</b>क्षित and Latin text", styles.body), paragraph(CHILD, styles.key)],
    ]
    text = pdftotext(build_pdf([Table(cells, colWidths=[200, 300])], FURNITURE, title="t"))
    for typed in (NAME, ADDRESS, "प्रशिक्षित and Latin text", CHILD):
        assert typed in text
    _no_private_use(text)


def test_a_justified_paragraph_broken_over_lines_gives_back_every_word():
    words = [NAME, ADDRESS, CHILD, PERPETRATOR] * 6
    style = ParagraphStyle("justified", parent=get_styles().body, alignment=TA_JUSTIFY)
    furniture = PageFurniture(left_margin=150, right_margin=150, top_margin=40, bottom_margin=40)
    text = pdftotext(build_pdf([paragraph(" ".join(words), style)], furniture, title="t"))
    assert " ".join(words) in text
    _no_private_use(text)


def test_a_word_too_long_for_its_cell_is_split_and_still_reads_back():
    """reportlab splits a long word by characters, which dropped its shaping (boxes drawn)."""
    word = "प्रशिक्षितस्त्रीमहिलाकृष्णाद्विवेदीसिद्धार्थनगरब्रह्मपुर"
    cell = paragraph(word, get_styles().body)
    text = pdftotext(build_pdf([Table([[cell]], colWidths=[80])], FURNITURE, title="t"))
    assert word not in text  # split over lines
    assert word in "".join(text.split())
    _no_private_use(text)


def test_raised_and_coloured_parts_of_a_word_read_back():
    markup = 'प्र<super>शि</super>क्षित <font color="red">स्त्री</font> H<sub>2</sub>O'
    pdf = build_pdf([Paragraph(markup, get_styles().body)], FURNITURE, title="t")
    assert "प्रशिक्षित स्त्री H2O" in pdftotext(pdf)


def test_draw_string_gives_back_the_text_as_typed():
    """Without rlbidi reportlab does not shape drawString at all: its text must still read back."""
    get_styles()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont(REGULAR, 12)
    canvas.drawString(50, 700, f"{NAME} {LATIN}", shaping=True)
    canvas.save()
    text = pdftotext(buffer.getvalue())
    assert f"{NAME} {LATIN}" in text
    _no_private_use(text)


def test_a_leading_mark_does_not_break_the_page():
    """A word may start with a sign that has no consonant (harfbuzz adds a dotted circle)."""
    pdf = build_pdf([paragraph("़क ि ्र x", get_styles().body)], FURNITURE, title="t")
    assert re.search("क", pdftotext(pdf))


def _pages_as_pixels(pdf: bytes, folder: Path) -> list[bytes]:
    (folder / "doc.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "100", "doc.pdf", "page"], cwd=folder, check=True)
    return [page.read_bytes() for page in sorted(folder.glob("page*.ppm"))]


def _render(document: str) -> bytes:
    if document == "recovery key":
        return recovery_key_sheet.render(_hindi_sheet())
    module = {"registration": registration_form, "consent": consent_form}[document]
    return module.render(module.build_context(_hindi_case(), CENTRE, PRINTED_AT, tz=IST))


@pytest.mark.parametrize("document", ["registration", "consent", "recovery key"])
def test_the_spans_change_nothing_drawn(document, tmp_path, monkeypatch):
    with_spans = _render(document)
    assert b"/ActualText" in content_streams(with_spans)
    monkeypatch.setattr(PDFTextObject, "_formatText", actual_text._originals["_formatText"])
    without_spans = _render(document)
    assert b"/ActualText" not in content_streams(without_spans)
    (tmp_path / "with").mkdir()
    (tmp_path / "without").mkdir()
    drawn = _pages_as_pixels(with_spans, tmp_path / "with")
    assert drawn == _pages_as_pixels(without_spans, tmp_path / "without")
    assert len(drawn) >= 1


def content_streams(pdf: bytes) -> bytes:
    """Every compressed stream of ``pdf`` (reportlab: Flate, pages also ASCII85), inflated."""
    found = re.findall(rb"/Filter \[([^]]*)\][^>]*>>\s*stream\r?\n(.*?)endstream", pdf, re.DOTALL)
    inflated = []
    for filters, data in found:
        if b"ASCII85Decode" in filters:
            data = base64.a85decode(data.strip().removesuffix(b"~>"))
        inflated.append(zlib.decompress(data))
    return b"".join(inflated)


def test_the_patch_is_tied_to_the_pinned_reportlab():
    """actual_text wraps reportlab internals: a new reportlab must be checked by hand first."""
    lock = (Path(__file__).resolve().parents[2] / "requirements" / "runtime.lock").read_text()
    pinned = re.search(r"^reportlab==(\S+)", lock, re.MULTILINE)
    assert pinned is not None
    assert reportlab.Version == pinned.group(1) == actual_text.REPORTLAB_VERSION
    get_styles()
    assert actual_text.installed()
