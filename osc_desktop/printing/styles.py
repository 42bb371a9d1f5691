"""Paragraph styles, page furniture and the in-memory PDF builder shared by every document.

reportlab shapes text (Hindi conjuncts, the ि matra before its consonant, no visible halant) only
inside a ``Paragraph`` whose style has ``shaping=1``; plain strings in table cells and
``canvas.drawString`` come out broken. So every text, table cells and page headers and footers
included, is a Paragraph in one of these styles. Use ``paragraph()`` for data (it escapes the
text) and ``Paragraph`` directly only for fixed markup.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from osc_desktop.printing.fonts import BOLD, REGULAR, register_fonts

# Devanagari stacks marks above and below the line: give lines about 1.45 times the font size.
LEADING_RATIO = 1.45

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#888888")
SHADE = colors.HexColor("#f0f0f0")


@dataclass(frozen=True)
class Styles:
    """The shaped paragraph styles, all in the bundled Noto Sans Devanagari."""

    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    key: ParagraphStyle
    cell: ParagraphStyle
    footer_left: ParagraphStyle
    footer_right: ParagraphStyle


def _style(name: str, size: float, *, bold: bool = False, **kwargs: Any) -> ParagraphStyle:
    kwargs.setdefault("textColor", INK)
    kwargs.setdefault("leading", round(size * LEADING_RATIO, 1))
    return ParagraphStyle(
        name,
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        shaping=1,
        bulletFontName=REGULAR,
        **kwargs,
    )


def get_styles() -> Styles:
    """Return the shared styles, registering the fonts first (if not yet registered)."""
    register_fonts()
    return _make_styles()


@cache
def _make_styles() -> Styles:
    small = _style("small", 8, textColor=MUTED)
    return Styles(
        body=_style("body", 9.5, spaceAfter=4),
        small=small,
        heading=_style("heading", 12, bold=True, spaceBefore=8, spaceAfter=4),
        title=_style("title", 20, bold=True, spaceAfter=2),
        key=_style("key", 22, bold=True, alignment=TA_CENTER, leading=27),
        cell=_style("cell", 9.5),
        footer_left=ParagraphStyle("footer_left", parent=small, alignment=TA_LEFT),
        footer_right=ParagraphStyle("footer_right", parent=small, alignment=TA_RIGHT),
    )


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain ``text`` (escaped, so ``&`` and ``<`` in data print as they are)."""
    return Paragraph(escape(text), style)


def bilingual(english: str, hindi: str, *, separator: str = " / ") -> str:
    """Return ``"English / हिंदी"``: the form of every heading and label."""
    return f"{english}{separator}{hindi}"


def draw_paragraph(
    canvas: Canvas, para: Paragraph, *, x: float, y: float, width: float, top: bool = False
) -> float:
    """Draw ``para`` on ``canvas`` ``width`` wide, its bottom at ``y`` (top at ``y`` if ``top``).

    This is how headers and footers are drawn: a Paragraph keeps the text shaped, where
    ``canvas.drawString`` would not. Returns the height drawn.
    """
    _, height = para.wrapOn(canvas, width, 10_000)
    para.drawOn(canvas, x, y - height if top else y)
    return height


@dataclass(frozen=True)
class PageFurniture:
    """Page margins, and header and footer texts drawn on every page with "Page n of m".

    The header and footer sit in the top and bottom margins. ``build_pdf`` uses this; to build
    a document yourself, pass ``canvas_class()`` as ``canvasmaker`` to ``doc.build``: the page
    count is known only once the story is laid out, so the furniture is drawn at save time.
    """

    left_margin: float
    right_margin: float
    top_margin: float
    bottom_margin: float
    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    page_label: Callable[[int, int], str] = field(
        default=lambda page, total: bilingual(f"Page {page} of {total}", f"पृष्ठ {page} / {total}")
    )

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        """Draw the header and footer of page ``page`` of ``total``."""
        styles = get_styles()
        page_width, page_height = canvas._pagesize
        width = page_width - self.left_margin - self.right_margin
        half = width / 2
        canvas.saveState()
        header_y = page_height - self.top_margin / 2
        if self.header_left:
            draw_paragraph(
                canvas,
                paragraph(self.header_left, styles.footer_left),
                x=self.left_margin,
                y=header_y,
                width=half,
                top=True,
            )
        if self.header_right:
            draw_paragraph(
                canvas,
                paragraph(self.header_right, styles.footer_right),
                x=self.left_margin + half,
                y=header_y,
                width=half,
                top=True,
            )
        footer_y = self.bottom_margin / 2
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        rule_y = footer_y + styles.small.leading + 3
        canvas.line(self.left_margin, rule_y, page_width - self.right_margin, rule_y)
        if self.footer_left:
            draw_paragraph(
                canvas,
                paragraph(self.footer_left, styles.footer_left),
                x=self.left_margin,
                y=footer_y,
                width=half,
            )
        draw_paragraph(
            canvas,
            paragraph(self.page_label(page, total), styles.footer_right),
            x=self.left_margin + half,
            y=footer_y,
            width=half,
        )
        canvas.restoreState()

    def canvas_class(self) -> type[Canvas]:
        """Return a Canvas class that draws this furniture on each page when saved."""
        furniture = self

        class _FurnishedCanvas(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._page_states: list[dict[str, Any]] = []

            def showPage(self) -> None:  # reportlab's method name
                self._page_states.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._page_states)
                for state in self._page_states:
                    self.__dict__.update(state)
                    furniture.draw(self, self.getPageNumber(), total)
                    super().showPage()
                super().save()

        return _FurnishedCanvas


def content_width(furniture: PageFurniture, pagesize: tuple[float, float] = A4) -> float:
    """Return the width between the side margins: the width to give tables."""
    return pagesize[0] - furniture.left_margin - furniture.right_margin


def build_pdf(
    story: Sequence[Flowable],
    furniture: PageFurniture,
    *,
    title: str,
    pagesize: tuple[float, float] = A4,
) -> bytes:
    """Lay out ``story`` and return the PDF bytes; nothing is written to disk.

    The only metadata is ``title`` (keep survivor and centre details out of it) and
    "OSC Desktop" as creator and producer. The frame has no padding, so the story starts exactly
    at the margins, aligned with the header and footer.
    """
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=furniture.left_margin,
        rightMargin=furniture.right_margin,
        topMargin=furniture.top_margin,
        bottomMargin=furniture.bottom_margin,
        title=title,
        author="",
        subject="",
        creator="OSC Desktop",
        producer="OSC Desktop",
        keywords=[],
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize)])
    doc.build(list(story), canvasmaker=furniture.canvas_class())
    return buffer.getvalue()
