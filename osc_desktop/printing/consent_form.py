"""The consent form: her three consents, in words an operator can read aloud, to sign on A4.

The three consents are separate, and she may give one and refuse another: to the centre's
services; to sharing her record with the police or a court; to being counted, without her name,
in the centre's statistics. Each has a Yes and a No box. A consent already recorded at intake is
marked in its box, so the paper and the record agree; one not yet asked leaves both boxes empty.
She (or her parent or guardian, if she is under 18) and a member of staff as witness sign or put
a thumbprint in the boxes at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from osc_desktop.printing.case_form_parts import (
    AGE,
    NO,
    YES,
    FormHeader,
    Pair,
    RuledLines,
    Signer,
    TextStyles,
    age_text,
    bi,
    build_header,
    furniture_for,
    her_signer,
    signature_boxes,
    text_styles,
)
from osc_desktop.printing.fonts import BOLD
from osc_desktop.printing.styles import INK, RULE, SHADE, build_pdf, content_width, paragraph
from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.services.core.dto import CentreProfile

PDF_TITLE = "Consent form"
TITLE: Pair = ("Consent form", "सहमति फ़ॉर्म")

HER_NAME: Pair = ("Her name", "पीड़िता का नाम")
READ_IN: Pair = ("Read to her in (language)", "किस भाषा में पढ़कर सुनाया गया")

INTRODUCTION: Pair = (
    "For the staff: read each part aloud in a language she understands and answer her "
    "questions. She may say yes to one part and no to another; mark one box in each part.",
    "कर्मचारी के लिए: हर भाग उनकी समझ की भाषा में पढ़कर सुनाएँ और उनके सवालों के जवाब दें। वे किसी "
    "भाग के लिए हाँ और किसी के लिए ना कह सकती हैं; हर भाग में एक खाने में निशान लगाएँ।",
)

# Each consent: (heading, text to read aloud, question), each as (English, Hindi).
CONSENT_SERVICES: tuple[Pair, Pair, Pair] = (
    ("1. Help from the centre", "केंद्र से मदद"),
    (
        "This centre can help you with a doctor, the police, a lawyer, counselling, and a safe "
        "place to stay for a few days, all free of charge. You choose which help you want, and "
        "you can say no or change your mind at any time.",
        "यह केंद्र डॉक्टर, पुलिस, वकील, परामर्श और कुछ दिन रहने की सुरक्षित जगह से आपकी मदद कर सकता "
        "है, सब मुफ़्त। कौन-सी मदद लेनी है, यह आप चुनती हैं; आप मना कर सकती हैं या कभी भी अपना "
        "फ़ैसला बदल सकती हैं।",
    ),
    (
        "Do you agree that the centre helps you in these ways?",
        "क्या आप सहमत हैं कि केंद्र इन तरीक़ों से आपकी मदद करे?",
    ),
)
CONSENT_SHARING: tuple[Pair, Pair, Pair] = (
    ("2. Sharing with the police or a court", "पुलिस या न्यायालय को जानकारी देना"),
    (
        "If you agree, the centre may give the police or a court what you told us and what is "
        "written in your case, only as much as your case needs. If you say no, the centre will "
        "not, unless the law requires it: harm to a girl under 18 must be reported to the "
        "police. Saying no does not stop the centre helping you.",
        "अगर आप सहमत हैं, तो केंद्र आपकी बताई बातें और आपके प्रकरण में लिखी जानकारी पुलिस या "
        "न्यायालय को दे सकता है, केवल उतनी जितनी आपके प्रकरण के लिए ज़रूरी हो। अगर आप मना करती हैं, "
        "तो केंद्र यह जानकारी नहीं देगा, सिवाय वहाँ जहाँ कानून ज़रूरी बनाता है: 18 वर्ष से कम उम्र की "
        "लड़की के साथ हुए अपराध की सूचना पुलिस को देनी होती है। मना करने पर भी केंद्र आपकी मदद "
        "करता रहेगा।",
    ),
    (
        "Do you agree that the centre shares your case with the police or a court?",
        "क्या आप सहमत हैं कि केंद्र आपके प्रकरण की जानकारी पुलिस या न्यायालय को दे?",
    ),
)
CONSENT_STATISTICS: tuple[Pair, Pair, Pair] = (
    ("3. Counting without your name", "बिना नाम के गिनती"),
    (
        "The centre tells the government how many women it helped and what help they needed, so "
        "that help can be planned. If you agree, you are counted in these numbers. Your name, "
        "address, phone number, or anything else that could show who you are, is never given.",
        "केंद्र सरकार को बताता है कि उसने कितनी महिलाओं की मदद की और उन्हें कैसी मदद चाहिए थी, ताकि "
        "मदद की योजना बन सके। अगर आप सहमत हैं, तो आपको इन आँकड़ों में गिना जाएगा। आपका नाम, पता, "
        "फ़ोन नंबर या ऐसी कोई भी बात जिससे आपकी पहचान हो सके, कभी नहीं दी जाती।",
    ),
    (
        "Do you agree to be counted in these numbers without your name?",
        "क्या आप सहमत हैं कि आपको बिना नाम के इन आँकड़ों में गिना जाए?",
    ),
)

CHANGE_OF_MIND: Pair = (
    "You can change any of these answers later by telling the centre's staff.",
    "आप इनमें से कोई भी जवाब बाद में केंद्र के कर्मचारियों को बताकर बदल सकती हैं।",
)

WITNESS: Pair = ("Staff witness", "गवाह कर्मचारी")
WITNESS_NOTE: Pair = (
    "Signature. I read this form aloud to her and she gave these answers freely.",
    "हस्ताक्षर। मैंने यह फ़ॉर्म उन्हें पढ़कर सुनाया और उन्होंने ये जवाब अपनी इच्छा से दिए।",
)


@dataclass(frozen=True)
class ConsentItem:
    heading: Pair
    text: Pair  # to read aloud
    question: Pair
    answer: bool | None  # as recorded in the case; None: not yet asked (both boxes empty)


@dataclass(frozen=True)
class ConsentFormContext:
    """Exactly what the consent form prints."""

    header: FormHeader
    her_name: str  # her name, or her alias when the name is withheld; "" to write by hand
    age: str
    language: str  # the language she speaks, as recorded; "" to write by hand
    items: tuple[ConsentItem, ...]
    signers: tuple[Signer, ...]

    def __repr__(self) -> str:  # survivors' data must never reach a log through a repr
        return f"ConsentFormContext(case_number={self.header.case_number!r})"


def build_context(
    detail: CaseDetail,
    centre: CentreProfile,
    printed_at: datetime,
    *,
    tz: tzinfo | None = None,
) -> ConsentFormContext:
    """Return what the consent form of ``detail`` prints; times in ``tz`` (None: the centre's)."""
    answers = (detail.consent_services, detail.consent_sharing, detail.consent_statistics)
    texts = (CONSENT_SERVICES, CONSENT_SHARING, CONSENT_STATISTICS)
    return ConsentFormContext(
        header=build_header(detail, centre, printed_at, tz),
        her_name=detail.alias if detail.name_withheld else detail.full_name,
        age=age_text(detail),
        language=detail.language,
        items=tuple(
            ConsentItem(heading, text, question, answer)
            for (heading, text, question), answer in zip(texts, answers, strict=True)
        ),
        signers=(
            her_signer(detail),
            Signer(WITNESS, note=WITNESS_NOTE),
        ),
    )


# --- layout ----------------------------------------------------------------------------------

MARK = "X"
ANSWER_LABEL_WIDTH = 20 * mm


def _field(label: Pair, value: str, styles: TextStyles) -> list[Flowable]:
    shown: Flowable = paragraph(value, styles.value) if value else RuledLines(1)
    return [paragraph(bi(label), styles.label), shown]


def _details(context: ConsentFormContext, styles: TextStyles, width: float) -> Table:
    data = [
        [
            _field(HER_NAME, context.her_name, styles),
            _field(AGE, context.age, styles),
            _field(READ_IN, context.language, styles),
        ]
    ]
    table = Table(data, colWidths=[width * f for f in (0.45, 0.17, 0.38)], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table


def _answer_boxes(answer: bool | None, styles: TextStyles) -> Table:
    """``Yes / हाँ [X]`` above ``No / नहीं [ ]``: a box for each answer, the recorded one marked."""
    mark_style = ParagraphStyle(
        "consent_mark",
        parent=styles.value,
        fontName=BOLD,
        fontSize=12,
        leading=14,
        alignment=TA_CENTER,
    )
    label_style = ParagraphStyle("consent_answer", parent=styles.value, fontName=BOLD)

    def box(marked: bool) -> Flowable | str:
        return paragraph(MARK, mark_style) if marked else ""

    side = 6 * mm
    data = [
        [paragraph(bi(YES), label_style), box(answer is True)],
        ["", ""],
        [paragraph(bi(NO), label_style), box(answer is False)],
    ]
    table = Table(
        data, colWidths=[ANSWER_LABEL_WIDTH, side], rowHeights=[side, 2 * mm, side], hAlign="RIGHT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("BOX", (1, 0), (1, 0), 1.2, INK),
                ("BOX", (1, 2), (1, 2), 1.2, INK),
            ]
        )
    )
    return table


def _item(item: ConsentItem, styles: TextStyles, width: float) -> Table:
    heading_style = ParagraphStyle(
        "consent_heading", parent=styles.section, fontSize=10.5, leading=15, spaceBefore=0
    )
    text_style = ParagraphStyle("consent_text", parent=styles.body, fontSize=9, leading=12.6)
    question_style = ParagraphStyle("consent_question", parent=text_style, fontName=BOLD)
    answers_width = ANSWER_LABEL_WIDTH + 6 * mm + 12
    half = width / 2
    data: list[list[object]] = [
        [paragraph(bi(item.heading), heading_style), "", ""],
        [paragraph(item.text[0], text_style), paragraph(item.text[1], text_style), ""],
        [
            paragraph(item.question[0], question_style),
            paragraph(item.question[1], question_style),
            _answer_boxes(item.answer, styles),
        ],
    ]
    table = Table(data, colWidths=[half, half - answers_width, answers_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (1, 1), (2, 1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (2, 2), (2, 2), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBEFORE", (1, 1), (1, 2), 0.4, RULE),
                ("LINEABOVE", (0, 2), (-1, 2), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
            ]
        )
    )
    return table


def _two_columns(pair: Pair, style: ParagraphStyle, width: float) -> Table:
    table = Table(
        [[paragraph(pair[0], style), paragraph(pair[1], style)]],
        colWidths=[width / 2, width / 2],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 8),
                ("LEFTPADDING", (1, 0), (1, -1), 8),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LINEBEFORE", (1, 0), (1, -1), 0.4, RULE),
            ]
        )
    )
    return table


def render(context: ConsentFormContext) -> bytes:
    """Return the consent form as an A4 PDF, made in memory only."""
    styles = text_styles()
    furniture = furniture_for(context.header)
    width = content_width(furniture)
    story: list[Flowable] = [
        Paragraph(
            escape(bi(TITLE)), ParagraphStyle("consent_title", parent=styles.title, fontSize=15)
        ),
        Spacer(1, 1 * mm),
        _details(context, styles, width),
        Spacer(1, 3 * mm),
        _two_columns(INTRODUCTION, styles.note, width),
        Spacer(1, 3 * mm),
    ]
    for item in context.items:
        story += [KeepTogether(_item(item, styles, width)), Spacer(1, 2 * mm)]
    story.append(
        KeepTogether(
            [
                _two_columns(CHANGE_OF_MIND, styles.body, width),
                Spacer(1, 2 * mm),
                signature_boxes(context.signers, width, styles, box_height=20 * mm),
            ]
        )
    )
    return build_pdf(story, furniture, title=PDF_TITLE)


__all__ = ["PDF_TITLE", "ConsentFormContext", "ConsentItem", "build_context", "render"]
