"""Hindi in printed documents is shaped: the PDF holds the glyphs harfbuzz chose.

Text read back as typed does not show that Hindi is shaped: unshaped text reads back letter for
letter too. So these tests compare the glyph sequence in the PDF with harfbuzz's own shaping of
the text: they fail if a style loses ``shaping=1`` or uharfbuzz is missing. The glyphs are read
with pdftotext from a PDF made without the ``/ActualText`` spans (which pdftotext would give
back instead): reportlab maps each glyph that has no character of its own (conjuncts such as
क्ष, half forms) to a private-use code point, in drawing order, the ि matra before its
consonant. test_text_layer checks the spans change nothing drawn.
"""

from __future__ import annotations

import subprocess
from dataclasses import fields
from functools import cache

import pytest
import uharfbuzz as hb
from fontTools.ttLib import TTFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph

from osc_desktop.printing import actual_text
from osc_desktop.printing.fonts import BOLD, REGULAR, font_path
from osc_desktop.printing.styles import PageFurniture, Styles, build_pdf, get_styles

TEXT = "महिला प्रशिक्षित स्त्री सुरक्षित कंप्यूटर प्रबंधक हस्ताक्षर रिकवरी कुंजी"
# The features reportlab's shapeFragWord asks harfbuzz for; it shapes word by word.
FEATURES = {"kern": True, "liga": True, "dlig": True}
PRIVATE_USE = range(0xE000, 0xF900)

Glyph = int | None  # a glyph id, or None for a glyph no character maps to


@cache
def _cmap(font_name: str = REGULAR) -> dict[int, int]:
    """Code point -> glyph id of the font ``font_name``."""
    font = TTFont(font_path(font_name))
    order = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
    return {code: order[name] for code, name in font.getBestCmap().items()}


def harfbuzz_glyphs(text: str, font_name: str = REGULAR) -> list[Glyph]:
    """The glyphs harfbuzz shapes ``text`` into, None where no character maps to the glyph."""
    encoded = set(_cmap(font_name).values())
    font = hb.Font(hb.Face(hb.Blob.from_file_path(str(font_path(font_name)))))
    glyphs: list[Glyph] = []
    for word in text.split():
        buf = hb.Buffer()
        buf.add_str(word)
        buf.guess_segment_properties()
        hb.shape(font, buf, FEATURES)
        glyphs.extend(g.codepoint if g.codepoint in encoded else None for g in buf.glyph_infos)
    return glyphs


def unshaped_glyphs(text: str, font_name: str = REGULAR) -> list[Glyph]:
    """The glyphs of ``text`` one character each, in typed order: what shaping=0 prints."""
    cmap = _cmap(font_name)
    return [cmap[ord(ch)] for ch in text if not ch.isspace()]


def extracted_glyphs(pdf: bytes, font_name: str = REGULAR) -> list[Glyph]:
    """The glyphs in ``pdf`` in drawing order, read back through pdftotext.

    ``-raw`` keeps the content stream's order (the default layout mode may swap two marks on
    one consonant, such as ु and ं); it breaks lines where marks are raised or lowered, so
    whitespace is ignored.
    """
    text = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    cmap = _cmap(font_name)
    return [None if ord(ch) in PRIVATE_USE else cmap[ord(ch)] for ch in text if not ch.isspace()]


def _pdf_of(text: str, style_name: str) -> bytes:
    style = getattr(get_styles(), style_name)
    furniture = PageFurniture(left_margin=50, right_margin=50, top_margin=50, bottom_margin=50)
    # Draw the paragraph alone: the page furniture would add its own text to the output.
    return build_pdf([Paragraph(text, style)], furniture, title="test")


@pytest.fixture(autouse=True)
def _no_furniture(monkeypatch):
    monkeypatch.setattr(PageFurniture, "draw", lambda self, canvas, page, total: None)


@pytest.fixture(autouse=True)
def _glyphs_only(monkeypatch):
    """Write text without /ActualText spans, so pdftotext reads the glyphs themselves."""
    get_styles()  # installs the spans
    monkeypatch.setattr(PDFTextObject, "_formatText", actual_text._originals["_formatText"])


@pytest.mark.parametrize("font_name", [REGULAR, BOLD])
def test_text_needs_shaping(font_name):
    """Guard the test itself: shaped and unshaped glyphs of TEXT differ."""
    shaped = harfbuzz_glyphs(TEXT, font_name)
    assert shaped != unshaped_glyphs(TEXT, font_name)
    assert None in shaped


@pytest.mark.parametrize("style_name", [f.name for f in fields(Styles)])
def test_paragraph_holds_harfbuzz_glyphs(style_name):
    font_name = getattr(get_styles(), style_name).fontName
    pdf = _pdf_of(TEXT, style_name)
    assert extracted_glyphs(pdf, font_name) == harfbuzz_glyphs(TEXT, font_name)


def test_latin_in_a_shaped_paragraph_comes_back_as_typed():
    pdf = _pdf_of("One Stop Centre BR-PAT-01 / वन स्टॉप सेंटर", "body")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "One Stop Centre BR-PAT-01" in text


def test_every_style_is_shaped_in_the_bundled_font():
    styles = get_styles()
    for field in fields(styles):
        style = getattr(styles, field.name)
        assert style.shaping == 1, field.name
        assert style.fontName.startswith("NotoSansDevanagari"), field.name
