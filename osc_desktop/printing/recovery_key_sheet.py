"""The recovery-key sheet: the database key printed once, to be locked away at the centre.

The PDF is made in memory and never written to disk: with a copy of the data, this key opens
every survivor's record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from osc_desktop.printing.fonts import BOLD
from osc_desktop.printing.styles import (
    INK,
    MUTED,
    RULE,
    SHADE,
    PageFurniture,
    Styles,
    bilingual,
    build_pdf,
    content_width,
    get_styles,
    paragraph,
)

PDF_TITLE = "Recovery key"
# Groups of four characters of Crockford's base32 (no I, L, O or U), as the key note says.
KEY_PATTERN = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4})*")
GROUPS_PER_LINE = 5
KEY_CELL_PADDING = 8

MARGIN = 18 * mm
TOP_MARGIN = 13 * mm
BOTTOM_MARGIN = 16 * mm
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

TITLE = ("Recovery key", "रिकवरी कुंजी")
SUBTITLE = (
    "One Stop Centre records, OSC Desktop {version}",
    "वन स्टॉप सेंटर के रिकॉर्ड, OSC Desktop {version}",
)
CONFIDENTIAL = ("Confidential", "गोपनीय")

LABEL_CENTRE = ("Centre", "केंद्र")
LABEL_CODE = ("Centre code", "केंद्र कोड")
LABEL_DISTRICT = ("District", "ज़िला")
LABEL_STATE = ("State", "राज्य")
LABEL_CREATED = ("Key made on", "कुंजी बनाई गई")

KEY_HEADING = ("The key", "कुंजी")
KEY_NOTE = (
    "Type the {count} groups in order; dashes, spaces and small letters make no difference. "
    "The key has no I, L, O or U: 0 is always zero and 1 is always one. The last group catches "
    "typing mistakes.",
    "{count} समूहों को इसी क्रम में टाइप करें; डैश, स्पेस और छोटे-बड़े अक्षरों से फ़र्क नहीं पड़ता। कुंजी में "
    "I, L, O और U नहीं हैं: 0 हमेशा शून्य है और 1 हमेशा एक। आख़िरी समूह टाइपिंग की ग़लती पकड़ता है।",
)

# (heading, items), each as (English, Hindi).
INSTRUCTIONS: tuple[tuple[tuple[str, str], tuple[tuple[str, str], ...]], ...] = (
    (
        ("What this key is for", "यह कुंजी किस काम आती है"),
        (
            (
                "This key opens the centre’s encrypted records (the database). It is needed to "
                "open the records on a new computer, to open them on this computer if the key "
                "saved on it is lost (for example after Windows is reinstalled or the user "
                "account is reset), and to restore a backup.",
                "यह रिकवरी कुंजी केंद्र के एन्क्रिप्ट किए गए रिकॉर्ड (डेटाबेस) को खोलती है। नए "
                "कंप्यूटर पर रिकॉर्ड खोलने के लिए, इस कंप्यूटर में सहेजी गई कुंजी खो जाने पर (जैसे "
                "Windows दोबारा इंस्टॉल होने या यूज़र अकाउंट रीसेट होने के बाद) और बैकअप से रिकॉर्ड "
                "वापस लाने के लिए इसी कुंजी की ज़रूरत पड़ेगी।",
            ),
            (
                "The makers of OSC Desktop do not have this key and cannot open the records for "
                "you.",
                "OSC Desktop बनाने वालों के पास यह कुंजी नहीं है और वे आपके लिए रिकॉर्ड नहीं खोल सकते।",
            ),
        ),
    ),
    (
        ("Keep it safe", "इसे सुरक्षित रखें"),
        (
            (
                "Keep this sheet locked away, for example in the centre manager’s locked "
                "cupboard. Keep it apart from the computer and from the backup drives.",
                "इस पन्ने को ताले में रखें, जैसे केंद्र प्रबंधक की ताले वाली अलमारी में। इसे कंप्यूटर "
                "और बैकअप ड्राइव से अलग जगह पर रखें।",
            ),
            (
                "Anyone who has this key and a copy of the data can read every survivor’s record.",
                "जिस किसी के पास यह कुंजी और डेटा की कॉपी दोनों हों, वह हर पीड़िता का पूरा "
                "रिकॉर्ड पढ़ सकता है।",
            ),
            (
                "Do not photograph, scan or photocopy this sheet, do not send the key by e-mail "
                "or WhatsApp, and do not save it on a computer or phone.",
                "इस पन्ने की फ़ोटो न खींचें, इसे स्कैन या फ़ोटोकॉपी न करें, कुंजी को ई-मेल या "
                "व्हाट्सऐप से न भेजें और इसे किसी कंप्यूटर या फ़ोन में न सहेजें।",
            ),
            (
                "If this sheet is lost, or someone else may have seen the key, tell the centre "
                "manager at once.",
                "अगर यह पन्ना खो जाए या किसी और ने यह कुंजी देख ली हो, तो तुरंत केंद्र प्रबंधक को बताएँ।",
            ),
        ),
    ),
)

STORED_BY = ("Stored by (name, signature)", "सुरक्षित रखने वाले (नाम, हस्ताक्षर)")
DATE = ("Date", "तारीख")


@dataclass(frozen=True)
class RecoveryKeySheet:
    """What the recovery-key sheet prints."""

    centre_name: str
    centre_code: str
    district: str
    state: str
    recovery_key: str
    """Formatted for people: 14 groups of 4 characters joined by dashes."""
    created_at: datetime
    app_version: str

    @property
    def key_groups(self) -> tuple[str, ...]:
        """The groups of the key, in order."""
        return tuple(group for group in self.recovery_key.split("-") if group)


def build_context(
    *,
    centre_name: str,
    centre_code: str,
    district: str,
    state: str,
    recovery_key: str,
    created_at: datetime,
    app_version: str,
) -> RecoveryKeySheet:
    """Return the data of a recovery-key sheet.

    Raises:
        ValueError: ``recovery_key`` is not in the printed form (groups of four characters of
            Crockford's base32 joined by dashes, as ``format_recovery_key`` makes it).
    """
    if not KEY_PATTERN.fullmatch(recovery_key):
        raise ValueError("recovery_key is not in its printed form")
    return RecoveryKeySheet(
        centre_name=centre_name,
        centre_code=centre_code,
        district=district,
        state=state,
        recovery_key=recovery_key,
        created_at=created_at,
        app_version=app_version,
    )


def format_created_at(when: datetime) -> str:
    """``23 Nov 2025, 14:05``: the same in every locale (strftime's %b is not)."""
    return f"{when.day} {_MONTHS[when.month - 1]} {when.year}, {when.hour:02d}:{when.minute:02d}"


def _bi(pair: tuple[str, str]) -> str:
    return bilingual(*pair)


def _title_block(sheet: RecoveryKeySheet, styles: Styles) -> list[Flowable]:
    subtitle_style = ParagraphStyle("subtitle", parent=styles.body, textColor=MUTED, spaceAfter=0)
    subtitle = _bi(SUBTITLE).format(version=sheet.app_version)
    return [paragraph(_bi(TITLE), styles.title), paragraph(subtitle, subtitle_style)]


def _details_table(sheet: RecoveryKeySheet, styles: Styles, width: float) -> Table:
    label_style = ParagraphStyle("label", parent=styles.small)
    value_style = ParagraphStyle("value", parent=styles.cell, fontSize=10.5, leading=15)
    centre_style = ParagraphStyle(
        "centre", parent=value_style, fontName=BOLD, fontSize=12, leading=17
    )

    def cell(
        label: tuple[str, str], value: str, style: ParagraphStyle = value_style
    ) -> list[Flowable]:
        return [paragraph(_bi(label), label_style), paragraph(value, style)]

    data: list[list[list[Flowable] | str]] = [
        [cell(LABEL_CENTRE, sheet.centre_name, centre_style), "", "", ""],
        [
            cell(LABEL_CODE, sheet.centre_code),
            cell(LABEL_DISTRICT, sheet.district),
            cell(LABEL_STATE, sheet.state),
            cell(LABEL_CREATED, format_created_at(sheet.created_at)),
        ],
    ]
    table = Table(data, colWidths=[width * f for f in (0.22, 0.26, 0.22, 0.30)], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _key_box(sheet: RecoveryKeySheet, styles: Styles, width: float) -> Table:
    groups = sheet.key_groups
    lines = [groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)]
    number_style = ParagraphStyle(
        "group_number", parent=styles.small, alignment=TA_CENTER, fontSize=7, leading=9
    )
    heading_style = ParagraphStyle("key_heading", parent=styles.heading, spaceBefore=0)
    note_style = ParagraphStyle("key_note", parent=styles.small, textColor=INK, leading=10.5)
    columns = GROUPS_PER_LINE
    # Shrink the key only if a group of wide letters (WMWM) would not fit: a group never wraps.
    room = width / columns - 2 * KEY_CELL_PADDING
    widest = max(stringWidth(group, BOLD, 1) for group in groups)
    key_style = ParagraphStyle(
        "key_fit", parent=styles.key, fontSize=min(styles.key.fontSize, room / widest * 0.98)
    )
    data: list[list[Flowable | str]] = [
        [paragraph(_bi(KEY_HEADING), heading_style)] + [""] * (columns - 1)
    ]
    number = 1
    for line in lines:
        numbers: list[Flowable | str] = []
        cells: list[Flowable | str] = []
        for group in line:
            numbers.append(paragraph(str(number), number_style))
            cells.append(paragraph(group, key_style))
            number += 1
        padding = [""] * (columns - len(line))
        data.append(numbers + padding)
        data.append(cells + padding)
    for note in KEY_NOTE:
        data.append([paragraph(note.format(count=len(groups)), note_style)] + [""] * (columns - 1))
    commands: list[tuple[object, ...]] = [
        ("BOX", (0, 0), (-1, -1), 1.6, INK),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("SPAN", (0, 0), (-1, 0)),
        ("SPAN", (0, -2), (-1, -2)),
        ("SPAN", (0, -1), (-1, -1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), KEY_CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), KEY_CELL_PADDING),
        ("LEFTPADDING", (0, 0), (0, -1), 8),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
        ("TOPPADDING", (0, -2), (-1, -2), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]
    for row in range(2, len(data) - 2, 2):
        commands.append(("BOTTOMPADDING", (0, row), (-1, row), 6))
    table = Table(data, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _instructions_table(styles: Styles, width: float) -> Table:
    heading_style = ParagraphStyle(
        "instr_heading", parent=styles.heading, fontSize=11, leading=16, spaceBefore=0
    )
    item_style = ParagraphStyle(
        "instr_item",
        parent=styles.body,
        fontSize=9,
        leading=13,
        leftIndent=10,
        bulletIndent=0,
        spaceAfter=0,
    )
    data: list[list[Flowable]] = []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 10),
        ("LEFTPADDING", (1, 0), (1, -1), 10),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBEFORE", (1, 0), (1, -1), 0.4, RULE),
    ]
    for heading, items in INSTRUCTIONS:
        if data:
            commands.append(("TOPPADDING", (0, len(data)), (-1, len(data)), 6))
        data.append([paragraph(heading[0], heading_style), paragraph(heading[1], heading_style)])
        for english, hindi in items:
            data.append(
                [
                    Paragraph(english, item_style, bulletText="•"),
                    Paragraph(hindi, item_style, bulletText="•"),
                ]
            )
    table = Table(data, colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _signature_table(styles: Styles, width: float) -> Table:
    label_style = ParagraphStyle("sign_label", parent=styles.cell, textColor=MUTED)
    date_width = 55 * mm
    gap = 10 * mm
    data = [
        ["", "", ""],
        [paragraph(_bi(STORED_BY), label_style), "", paragraph(_bi(DATE), label_style)],
    ]
    table = Table(
        data,
        colWidths=[width - date_width - gap, gap, date_width],
        rowHeights=[12 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 1), (0, 1), 0.8, INK),
                ("LINEABOVE", (2, 1), (2, 1), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 3),
            ]
        )
    )
    return table


def render(sheet: RecoveryKeySheet) -> bytes:
    """Return the sheet as a one-page A4 PDF, made in memory only."""
    styles = get_styles()
    furniture = PageFurniture(
        left_margin=MARGIN,
        right_margin=MARGIN,
        top_margin=TOP_MARGIN,
        bottom_margin=BOTTOM_MARGIN,
        footer_left=_bi(CONFIDENTIAL),
    )
    width = content_width(furniture)
    story: list[Flowable] = [
        *_title_block(sheet, styles),
        Spacer(1, 3 * mm),
        _details_table(sheet, styles, width),
        Spacer(1, 4 * mm),
        KeepTogether(_key_box(sheet, styles, width)),
        Spacer(1, 4 * mm),
        _instructions_table(styles, width),
        Spacer(1, 2 * mm),
        _signature_table(styles, width),
    ]
    return build_pdf(story, furniture, title=PDF_TITLE)
