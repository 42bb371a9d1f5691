"""Small editors of the intake form: coded-value and yes/no combos, a typed date, date parsing.

Dates are typed into a line edit as day-month-year (25-12-2026; / or . work too, and Devanagari
digits), not picked in a QDateEdit: a QDateEdit cannot be empty, and most dates at intake are
unknown ("she does not know her date of birth"). An unreadable date gets a message beside it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from osc_desktop.errors import FieldInvalid
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.services.cases.vocabulary import CASE_CONTEXT
from osc_desktop.services.core.validation import DEVANAGARI_TO_ASCII_DIGITS
from osc_desktop.ui.formats import format_date

DATE_INVALID = QT_TRANSLATE_NOOP(
    "validation", "Not a date: write day-month-year, for example 25-12-2026."
)
# Devanagari digits ०-९ read as 0-9.
_DATE = re.compile(r"^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})$")


def parse_typed_date(text: str) -> date | None:
    """The date typed as day-month-year, or None when nothing was typed.

    Raises FieldInvalid(DATE_INVALID) when the text is not such a date.
    """
    stripped = text.strip().translate(DEVANAGARI_TO_ASCII_DIGITS)
    if not stripped:
        return None
    match = _DATE.match(stripped)
    if match is None:
        raise FieldInvalid(DATE_INVALID)
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise FieldInvalid(DATE_INVALID) from None


class _IgnoreWheelUnlessFocused(QObject):
    """Scrolling the page over a combo box must not change what it says."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


class FormCombo(QComboBox):
    """A combo box that takes focus by Tab or click only and ignores the wheel until focused."""

    _wheel_filter: _IgnoreWheelUnlessFocused | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if FormCombo._wheel_filter is None:
            FormCombo._wheel_filter = _IgnoreWheelUnlessFocused()
        self.installEventFilter(FormCombo._wheel_filter)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)


class CodeCombo(FormCombo):
    """A choice among coded values (StrEnum values), labelled in the "case" context.

    With `blank`, the first item (data "") means "not given"; without, nothing is chosen
    until the operator chooses (index -1, the placeholder shows).
    """

    def __init__(
        self, labels: Mapping[StrEnum, str], *, blank: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._blank = blank
        self._sources: list[str] = []
        if blank:
            self.addItem("", "")
            self._sources.append("")
        for code, source in labels.items():
            self.addItem("", str(code))
            self._sources.append(source)
        self.setCurrentIndex(0 if blank else -1)

    def retranslate(self, blank_text: str = "—", placeholder: str = "") -> None:
        for index, source in enumerate(self._sources):
            text = QCoreApplication.translate(CASE_CONTEXT, source) if source else blank_text
            self.setItemText(index, text)
        self.setPlaceholderText(placeholder)
        # Wide enough for the placeholder too ("Girl or boy?"), not only for the items.
        self.setMinimumContentsLength(len(placeholder) + 2)

    def value(self) -> str:
        """The chosen code, or "" when none."""
        data = self.currentData()
        return str(data) if data else ""

    def set_value(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index < 0:
            index = 0 if self._blank else -1
        self.setCurrentIndex(index)

    def reset(self) -> None:
        self.setCurrentIndex(0 if self._blank else -1)


class TriStateCombo(FormCombo):
    """Yes, no or not known/asked: the three answers a yes/no question has at intake."""

    _CODES = ("", "yes", "no")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in self._CODES:
            self.addItem("", code)

    def retranslate(self, unknown: str, yes: str, no: str) -> None:
        for index, text in enumerate((unknown, yes, no)):
            self.setItemText(index, text)

    def value(self) -> bool | None:
        return {"yes": True, "no": False}.get(self.currentData() or "")

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else (1 if value else 2))


class DateLine(QLineEdit):
    """A date typed as day-month-year; empty means not known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setFixedWidth(200)

    def date_value(self) -> date | None:
        """Raises FieldInvalid when the text is not a date."""
        return parse_typed_date(self.text())

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))
