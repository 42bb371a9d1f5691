"""The one font every printed document uses: Noto Sans Devanagari, which also covers Latin.

reportlab garbles a word whose font changes in the middle of a shaped paragraph, so a single
family covers both scripts. The static Regular and Bold files are made from the variable font by
``tools/make_static_fonts.py`` (see ``resources/fonts/README.md``).
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from osc_desktop.printing import actual_text
from osc_desktop.resources import fonts_dir

FAMILY = "NotoSansDevanagari"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"

_FILES: dict[str, str] = {
    REGULAR: "NotoSansDevanagari-Regular.ttf",
    BOLD: "NotoSansDevanagari-Bold.ttf",
}

_lock = threading.Lock()


class FontUnavailableError(RuntimeError):
    """The bundled font is missing, or Devanagari cannot be shaped (no uharfbuzz)."""


def font_path(font_name: str) -> Path:
    """Return the TTF file of ``font_name`` (``REGULAR`` or ``BOLD``)."""
    return fonts_dir() / _FILES[font_name]


def _registered() -> bool:
    names = set(pdfmetrics.getRegisteredFontNames())
    return all(name in names for name in _FILES)


def register_fonts() -> str:
    """Register the Regular and Bold fonts and their family with reportlab; return the family.

    Safe to call any number of times and from any thread: fonts already registered (in this
    process, since reportlab's registry is global) are not loaded again.

    Raises:
        FontUnavailableError: a font file is missing, or uharfbuzz is not installed, so Hindi
            would print with halants showing and matras in the wrong place.
    """
    # Every document registers the fonts first: the one place to make shaped text read back.
    actual_text.install()
    if _registered():
        return FAMILY
    with _lock:
        if _registered():
            return FAMILY
        fonts: list[TTFont] = []
        for name in _FILES:
            path = font_path(name)
            if not path.is_file():
                raise FontUnavailableError(f"font file missing: {path}")
            font = TTFont(name, str(path))
            if not font.shapable:
                raise FontUnavailableError("uharfbuzz is needed to print Hindi")
            fonts.append(font)
        for font in fonts:
            pdfmetrics.registerFont(font)
        # <b> and <i> inside a Paragraph pick these; there is no italic, so italic stays upright.
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )
    return FAMILY
