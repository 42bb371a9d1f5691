"""What the printed case forms (registration and consent) share: header, labels, blanks, boxes.

Both forms are A4, every heading and label in English and Hindi together, and every page carries
the centre's name, the case number, when the case was registered and "page x of y" at the top,
and "Confidential" at the bottom: the pages of a signed form are filed apart from the screen, so
each page must say whose it is. A part not yet recorded prints as empty ruled lines, to be filled
by hand (a quick-registered case).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from osc_desktop.printing.case_labels_hi import hindi
from osc_desktop.printing.fonts import BOLD
from osc_desktop.printing.styles import (
    INK,
    MUTED,
    RULE,
    SHADE,
    PageFurniture,
    bilingual,
    draw_paragraph,
    get_styles,
    paragraph,
)
from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.services.core.clock import local_moment
from osc_desktop.services.core.dto import CentreProfile

Pair = tuple[str, str]  # (English, Hindi)

MARGIN = 16 * mm
TOP_MARGIN = 25 * mm
BOTTOM_MARGIN = 16 * mm
HEADER_TOP = 8 * mm  # from the top edge of the page
BLANK_LINE_GAP = 7 * mm

CONFIDENTIAL: Pair = ("Confidential", "गोपनीय")
YES: Pair = ("Yes", "हाँ")
NO: Pair = ("No", "नहीं")
CASE_NUMBER: Pair = ("Case number", "प्रकरण संख्या")
REGISTERED_ON: Pair = ("Registered", "पंजीकरण")
PRINTED_ON: Pair = ("Printed", "प्रिंट किया गया")
NAME: Pair = ("Name", "नाम")
DATE: Pair = ("Date", "तारीख")
SIGNATURE_NOTE: Pair = ("Signature or thumbprint", "हस्ताक्षर या अंगूठे का निशान")
AGE: Pair = ("Age (years)", "आयु (वर्ष)")
SURVIVOR: Pair = ("Survivor", "पीड़िता")
GUARDIAN: Pair = (
    "Parent or guardian (she is under 18)",
    "माता-पिता या अभिभावक (पीड़िता 18 वर्ष से कम है)",
)


def bi(pair: Pair) -> str:
    """``"English / हिंदी"``."""
    return bilingual(*pair)


def coded(labels: Mapping[Any, str], value: str | None) -> str:
    """The bilingual label of the coded ``value`` (a StrEnum value), or "" when not recorded."""
    if not value:
        return ""
    english = labels.get(value)
    if english is None:  # a value newer than this program: print it as stored, never fail
        return value
    return bilingual(english, hindi(english))


def coded_list(labels: Mapping[Any, str], values: Sequence[str]) -> str:
    """The bilingual labels of ``values``, one per line; "" when there are none."""
    return "\n".join(coded(labels, value) for value in values)


def yes_no(value: bool | None) -> str:
    """``Yes / हाँ``, ``No / नहीं``, or "" when not yet asked."""
    if value is None:
        return ""
    return bi(YES if value else NO)


def format_date(day: date | None) -> str:
    """``23-11-2026`` (day-month-year, as Indian forms write it); "" for None."""
    return "" if day is None else f"{day.day:02d}-{day.month:02d}-{day.year}"


def format_local_time(moment: datetime, tz: tzinfo | None = None) -> str:
    """``23-11-2026, 14:05`` in ``tz`` (None: the centre's time zone, see services.clock)."""
    local = local_moment(moment) if tz is None else moment.astimezone(tz)
    return f"{format_date(local.date())}, {local.hour:02d}:{local.minute:02d}"


@dataclass(frozen=True)
class FormHeader:
    """What the top of every page says, and when the form was printed (at the bottom)."""

    centre_name: str
    case_number: str
    registered_at: str  # local time, as printed
    printed_at: str  # local time, as printed


def build_header(
    detail: CaseDetail, centre: CentreProfile, printed_at: datetime, tz: tzinfo | None
) -> FormHeader:
    return FormHeader(
        centre_name=centre.name,
        case_number=detail.case_number,
        registered_at=format_local_time(detail.registered_at, tz),
        printed_at=format_local_time(printed_at, tz),
    )


@dataclass(frozen=True)
class CaseFormFurniture(PageFurniture):
    """The house page furniture, with the case's header (and its page x of y) on every page."""

    form_header: FormHeader | None = field(default=None)

    def draw(self, canvas: Canvas, page: int, total: int) -> None:
        super().draw(canvas, page, total)
        header = self.form_header
        if header is None:
            return
        styles = get_styles()
        page_width, page_height = canvas._pagesize
        width = page_width - self.left_margin - self.right_margin
        top = page_height - HEADER_TOP
        centre_style = ParagraphStyle(
            "header_centre",
            parent=styles.small,
            fontName=BOLD,
            fontSize=9,
            leading=13,
            textColor=INK,
        )
        right_style = ParagraphStyle("header_right", parent=styles.small, alignment=TA_RIGHT)
        canvas.saveState()
        left_height = draw_paragraph(
            canvas,
            paragraph(header.centre_name, centre_style),
            x=self.left_margin,
            y=top,
            width=width * 0.5,
            top=True,
        )
        lines = (
            f"{escape(bi(CASE_NUMBER))}: <b>{escape(header.case_number)}</b>",
            f"{escape(bi(REGISTERED_ON))}: {escape(header.registered_at)}",
            escape(bilingual(f"Page {page} of {total}", f"पृष्ठ {page} / {total}")),
        )
        right_height = draw_paragraph(
            canvas,
            Paragraph("<br/>".join(lines), right_style),
            x=self.left_margin + width * 0.5,
            y=top,
            width=width * 0.5,
            top=True,
        )
        rule_y = top - max(left_height, right_height) - 2
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left_margin, rule_y, page_width - self.right_margin, rule_y)
        canvas.restoreState()


def furniture_for(header: FormHeader) -> CaseFormFurniture:
    printed = f"{bi(PRINTED_ON)}: {header.printed_at}"
    return CaseFormFurniture(
        left_margin=MARGIN,
        right_margin=MARGIN,
        top_margin=TOP_MARGIN,
        bottom_margin=BOTTOM_MARGIN,
        footer_left=bi(CONFIDENTIAL),
        page_label=lambda page, total: printed,
        form_header=header,
    )


# --- flowables ---------------------------------------------------------------------------


class RuledLines(Flowable):
    """Room for ``count`` lines of handwriting, the full width given.

    The last line to write on is the rule below the cell that holds this; the lines above it are
    dotted, so a blank reads as "write here" and not as a second border.
    """

    def __init__(self, count: int = 1, gap: float = BLANK_LINE_GAP) -> None:
        super().__init__()
        self.count = count
        self.gap = gap
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.gap

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.6)
        canvas.setDash(1, 2)
        for index in range(1, self.count):
            y = index * self.gap
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


@dataclass(frozen=True)
class TextStyles:
    label: ParagraphStyle
    value: ParagraphStyle
    section: ParagraphStyle
    title: ParagraphStyle
    note: ParagraphStyle
    table_head: ParagraphStyle
    body: ParagraphStyle


def text_styles() -> TextStyles:
    styles = get_styles()
    return TextStyles(
        label=ParagraphStyle("form_label", parent=styles.small, fontSize=7.5, leading=10.5),
        value=ParagraphStyle("form_value", parent=styles.cell, fontSize=10, leading=14.5),
        section=ParagraphStyle(
            "form_section",
            parent=styles.heading,
            fontSize=11,
            leading=16,
            spaceBefore=7,
            spaceAfter=2,
        ),
        title=ParagraphStyle("form_title", parent=styles.title, fontSize=16, leading=23),
        note=ParagraphStyle(
            "form_note", parent=styles.small, textColor=INK, fontSize=8.5, leading=12.5
        ),
        table_head=ParagraphStyle(
            "form_table_head", parent=styles.small, fontName=BOLD, textColor=INK, leading=11
        ),
        body=ParagraphStyle("form_body", parent=styles.body, fontSize=9.5, leading=14),
    )


def value_flowables(value: str, style: ParagraphStyle) -> list[Flowable]:
    """A value as printed: one paragraph per line of text."""
    return [paragraph(line, style) for line in value.splitlines() or [""]]


def rows_table(
    head: Sequence[Pair],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    styles: TextStyles,
    *,
    blank_rows: int = 0,
    empty_note: str = "",
) -> Table:
    """A ruled table with a bilingual heading row, then ``rows``, then ``blank_rows`` to fill.

    With no rows and no blank rows, one row says ``empty_note`` across the table.
    """
    data: list[list[Flowable | str]] = [[paragraph(bi(h), styles.table_head) for h in head]]
    for row in rows:
        data.append([value_flowables(text, styles.value) for text in row])  # type: ignore[misc]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    heights: list[float | None] = [None] * len(data)
    for _ in range(blank_rows):
        data.append([""] * len(head))
        heights.append(8 * mm)
    if len(data) == 1 and empty_note:
        data.append([paragraph(empty_note, styles.value)] + [""] * (len(head) - 1))
        heights.append(None)
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(data, colWidths=list(widths), rowHeights=heights, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


@dataclass(frozen=True)
class Signer:
    """One box to sign or put a thumbprint in, with name and date lines below it."""

    who: Pair  # e.g. ("Survivor", "पीड़िता")
    name: str = ""  # printed on the name line when known; "" leaves it to be written
    note: Pair = SIGNATURE_NOTE  # under ``who``: what goes in the box


def her_signer(detail: CaseDetail) -> Signer:
    """Her box to sign: hers, or her parent's or guardian's when she is under 18."""
    return Signer(GUARDIAN if detail.is_minor else SURVIVOR)


def age_text(detail: CaseDetail) -> str:
    """Her age in years, or "" when not recorded."""
    return "" if detail.age_years is None else str(detail.age_years)


def signature_boxes(
    signers: Sequence[Signer], width: float, styles: TextStyles, *, box_height: float = 30 * mm
) -> Table:
    """Side by side: for each signer a label, a box for a signature or thumbprint, then a line
    for the name and one for the date."""
    gap = 8 * mm
    column = (width - gap * (len(signers) - 1)) / len(signers)
    label_row: list[object] = []
    box_row: list[object] = []
    name_row: list[object] = []
    widths: list[float] = []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for index, signer in enumerate(signers):
        if index:
            for row in (label_row, box_row, name_row):
                row.append("")
            widths.append(gap)
        col = len(widths)
        widths.append(column)
        label_row.append(
            [
                paragraph(bi(signer.who), styles.table_head),
                paragraph(bi(signer.note), styles.label),
            ]
        )
        box_row.append("")
        name_text = f"{bi(NAME)}: {signer.name}" if signer.name else f"{bi(NAME)}:"
        name_row.append(_name_and_date(name_text, column, styles))
        commands.append(("BOX", (col, 1), (col, 1), 0.9, INK))
    table = Table(
        [label_row, box_row, name_row],
        colWidths=widths,
        rowHeights=[None, box_height, None],
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands))
    return table


def _name_and_date(name_text: str, width: float, styles: TextStyles) -> Table:
    date_width = min(38 * mm, width * 0.42)
    table = Table(
        [[paragraph(name_text, styles.value), "", paragraph(f"{bi(DATE)}:", styles.value)]],
        colWidths=[width - date_width - 3 * mm, 3 * mm, date_width],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, 0), (0, 0), 0.5, MUTED),
                ("LINEBELOW", (2, 0), (2, 0), 0.5, MUTED),
            ]
        )
    )
    return table
