"""Shaped text that reads back as typed: ``/ActualText`` spans around reportlab's shaped glyphs.

reportlab draws shaped Devanagari as the glyphs harfbuzz chose. A conjunct (प्र, क्ष) or half
form has no character of its own, so reportlab's ToUnicode map gives it a private-use code
point, and the ि matra is drawn (so read back) before its consonant: pdftotext read
"प्रशिक्षित" as "\\ue000\\ue001श\\ue002\\ue003त". A ToUnicode map cannot fix that (one glyph
stands for several characters and reordered glyphs would still come out in drawn order). So each
run of glyphs that does not read back as its typed text is wrapped in a marked-content span
``/Span <</ActualText (typed text)>> BDC ... EMC`` (PDF 1.5, ISO 32000-1 14.9.4): poppler
(pdftotext, Evince, Okular) and Adobe Acrobat give that text back instead of the glyphs, for
search, copy and screen readers. Not every viewer does (Apple Preview does not, nor pdf.js as of
2025); those read the old private-use text, as before.

Three reportlab functions are wrapped, nothing in reportlab is copied:

- ``ttfonts.shapeFragWord`` shapes one word; the wrapper tags each glyph's ``ShapeData`` with
  the typed word and the characters its harfbuzz cluster covers. The tags ride along when
  reportlab slices shaped strings and joins them into lines (``ShapedStr`` carries each glyph's
  ``ShapeData``).
- ``TextObject._formatText`` writes a string's text operators; the wrapper cuts a tagged string
  into runs (one per word, or word part where a word is split over lines), writes each run with
  the original and wraps the runs whose glyphs do not read as typed (Latin mostly does) in a span.
- ``paragraph._fragWordIter`` gives a word's characters when a word too long for its line is
  split (``splitLongWords``); iterating a ``ShapedStr`` gives plain characters, so the split
  parts lost their shaping (drawn as empty boxes) and tags. The wrapper gives each harfbuzz
  cluster as a ``ShapedStr``, and the parts stay shaped and tagged.

All three are internals of reportlab ``REPORTLAB_VERSION`` (the version in the lock file): on any
other version nothing is wrapped (the forms still print, with the old text layer) and
``test_text_layer`` fails until the wrappers are checked against the new code.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import reportlab
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen import textobject
from reportlab.platypus import paragraph

REPORTLAB_VERSION = "5.1.0"

_log = logging.getLogger(__name__)
_lock = threading.Lock()
_originals: dict[str, Callable[..., Any]] = {}
_installed = False
_refused = False


class _TypedShapeData(ttfonts.ShapeData):
    """reportlab's per-glyph ShapeData plus the typed word and the span its cluster covers."""

    # A namedtuple subclass without __slots__ has a __dict__: room for the three tags while
    # reportlab goes on reading the six fields by name.
    word: str
    start: int
    end: int


def _tag(new: list[Any], word: list[Any]) -> None:
    """Tag the glyphs of ``new`` (shapeFragWord's result) with the typed text of ``word``."""
    typed = "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))
    pieces = [s for _, s in new[1:] if isinstance(s, ttfonts.ShapedStr)]
    clusters = sorted({sd.cluster for s in pieces for sd in s.__shapeData__})
    ends = dict(zip(clusters, [*clusters[1:], len(typed)], strict=True))
    for s in pieces:
        data = s.__shapeData__
        for i, sd in enumerate(data):
            tagged = _TypedShapeData(*sd)
            tagged.word, tagged.start, tagged.end = typed, sd.cluster, ends[sd.cluster]
            data[i] = tagged


def _shape_frag_word(w: list[Any], *args: Any, **kwargs: Any) -> Any:
    if any(isinstance(s, ttfonts.ShapedStr) for _, s in w[1:]):
        # A part of a long word split over lines (see _frag_word_iter), wrapped again: its
        # text is glyphs already, and shaping glyphs as if they were letters garbles them.
        return w
    new = _originals["shapeFragWord"](w, *args, **kwargs)
    if new is not w and isinstance(new, ttfonts.ShapedFragWord):
        _tag(new, w)
    return new


def _frag_word_iter(w: list[Any]) -> Iterator[tuple[Any, float, Any]]:
    """reportlab's _fragWordIter, but a shaped string gives its clusters as shaped strings.

    A cluster (the glyphs of one harfbuzz cluster, such as ि and its consonant) is never
    split over two lines.
    """
    for f, s in w[1:]:
        if isinstance(s, ttfonts.ShapedStr) and not hasattr(f, "cbDefn"):
            data = s.__shapeData__
            start = 0
            while start < len(s):
                end = start + 1
                while end < len(s) and data[end].cluster == data[start].cluster:
                    end += 1
                glyphs = s[start:end]  # ShapedStr slices keep each glyph's ShapeData and tags
                yield f, pdfmetrics.stringWidth(glyphs, f.fontName, f.fontSize), glyphs
                start = end
        else:
            yield from _originals["_fragWordIter"]([0, (f, s)])


def _runs(data: list[Any]) -> Iterator[tuple[int, int, str | None]]:
    """(start, end, typed text or None) of the runs of ``data``: glyphs of one word in a row."""
    start = 0
    while start < len(data):
        first = data[start]
        end = start + 1
        if not isinstance(first, _TypedShapeData):
            while end < len(data) and not isinstance(data[end], _TypedShapeData):
                end += 1
            yield start, end, None
        else:
            last = first
            while end < len(data):
                sd = data[end]
                if not (
                    isinstance(sd, _TypedShapeData)
                    and sd.word is first.word
                    and last.start <= sd.start <= last.end
                ):
                    break
                last = sd
                end += 1
            yield start, end, first.word[first.start : last.end]
        start = end


def _pdf_text_string(text: str) -> str:
    """``text`` as a PDF text string: UTF-16BE with its byte-order mark, in hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _format_text(self: textobject.PDFTextObject, text: str) -> str:
    original = _originals["_formatText"]
    if not isinstance(text, ttfonts.ShapedStr) or not any(
        isinstance(sd, _TypedShapeData) for sd in text.__shapeData__
    ):
        return original(self, text)
    # Runs whose glyphs already read back as typed (spaces, most Latin) need no span: write
    # them together, in as few calls of the original as the spans allow.
    spans: list[tuple[int, int, str | None]] = []
    for start, end, typed in _runs(text.__shapeData__):
        if typed is not None and typed == text[start:end]:
            typed = None
        if typed is None and spans and spans[-1][2] is None:
            spans[-1] = (spans[-1][0], end, None)
        else:
            spans.append((start, end, typed))
    if len(spans) == 1 and spans[0][2] is None:
        return original(self, text)
    code = []
    for start, end, typed in spans:
        ops = original(self, text[start:end])
        if typed is None:
            code.append(ops)
        else:
            code.append(f"/Span <</ActualText {_pdf_text_string(typed)}>> BDC {ops} EMC")
    return " ".join(op for op in code if op)


def installed() -> bool:
    """Whether shaped text is written with its typed text (install() succeeded)."""
    return _installed


def install() -> bool:
    """Wrap reportlab so shaped text is written with ``/ActualText``; return whether it is.

    Idempotent and thread-safe. Does nothing (and logs a warning once) on a reportlab other
    than ``REPORTLAB_VERSION``, whose internals these wrappers were not checked against.
    """
    global _installed, _refused
    if _installed or _refused:
        return _installed
    with _lock:
        if _installed or _refused:
            return _installed
        if reportlab.Version != REPORTLAB_VERSION:
            _refused = True
            _log.warning(
                "reportlab %s is not %s: printed Hindi will not read back as typed",
                reportlab.Version,
                REPORTLAB_VERSION,
            )
            return False
        shape = ttfonts.shapeFragWord
        if paragraph.shapeFragWord is not shape:
            raise RuntimeError("reportlab's paragraph does not shape with ttfonts.shapeFragWord")
        _originals["shapeFragWord"] = shape
        _originals["_formatText"] = textobject.PDFTextObject._formatText
        _originals["_fragWordIter"] = paragraph._fragWordIter
        # shapeStr (canvas.drawString, bidi words) looks shapeFragWord up in ttfonts; Paragraph
        # imported its own reference.
        ttfonts.shapeFragWord = _shape_frag_word
        paragraph.shapeFragWord = _shape_frag_word
        textobject.PDFTextObject._formatText = _format_text  # type: ignore[method-assign]
        paragraph._fragWordIter = _frag_word_iter
        _installed = True
    return True
