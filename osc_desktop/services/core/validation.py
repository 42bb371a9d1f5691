"""Field validators shared by every form. Each returns a cleaned value or raises FieldInvalid.

Messages are English source text in the "validation" translation context.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from osc_desktop.errors import FieldInvalid, ValidationError
from osc_desktop.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "FieldErrors",
    "FieldInvalid",
    "clean_indian_phone",
    "clean_short_number",
    "clean_text",
]


REQUIRED = QT_TRANSLATE_NOOP("validation", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("validation", "Too long: at most %1 characters.")
CONTROL_CHARS = QT_TRANSLATE_NOOP(
    "validation", "Contains invisible control characters; please retype it."
)
PHONE_INVALID = QT_TRANSLATE_NOOP(
    "validation",
    "Not a phone number: give a 10-digit mobile (98765 43210) or a landline with its STD "
    "code (0612 2345678).",
)
SHORT_NUMBER_INVALID = QT_TRANSLATE_NOOP(
    "validation", "Give the number as digits only, from 3 to 12 of them."
)

# Devanagari digits (typed with an InScript keyboard) read as the ASCII ones.
DEVANAGARI_TO_ASCII_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")

_MOBILE = re.compile(r"^[6-9]\d{9}$")
# STD code and subscriber number together are 10 digits, after the leading 0.
_LANDLINE = re.compile(r"^0[1-9]\d{9}$")


def clean_text(value: str, *, max_length: int, required: bool, multiline: bool = False) -> str:
    """Trimmed text in NFC form, in any script.

    Raises FieldInvalid when required and empty, longer than `max_length` (never cut short
    silently), or holding control characters (newlines and tabs only where `multiline`).
    """
    text = unicodedata.normalize("NFC", value).strip()
    allowed = {"\n", "\t"} if multiline else set()
    # Cc: control characters; Cs: lone surrogates (from a bad paste), which cannot be stored.
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed for ch in text):
        raise FieldInvalid(CONTROL_CHARS)
    if not text:
        if required:
            raise FieldInvalid(REQUIRED)
        return ""
    if len(text) > max_length:
        raise FieldInvalid(TOO_LONG, max_length)
    return text


def clean_indian_phone(value: str, *, required: bool) -> str:
    """An Indian mobile or landline number in one canonical spelling.

    Accepts the usual ways of writing them: +91 98765 43210, 098765-43210, 9876543210,
    0612-2345678, (0612) 234 5678, +91 612 2345678. Mobiles come back as 10 digits. A leading
    group written apart that starts with 0 (0612 ...), or a 2-4 digit group after +91, is read
    as an STD code: 0612 2345678 is a Patna landline, not the mobile 61223 45678. Landlines come
    back as 11 digits with their leading 0, and with a space after the STD code when it was
    written apart ("0612 2345678"), so that cleaning the result again gives it back unchanged
    (06122345678 alone would read as the mobile 61223 45678).
    Devanagari digits are read as the same digits and stored as ASCII ones, so search and
    matching find the number however it was typed.
    Raises FieldInvalid.
    """
    text = value.strip().translate(DEVANAGARI_TO_ASCII_DIGITS)
    if not text:
        if required:
            raise FieldInvalid(REQUIRED)
        return ""
    # Only ASCII digits from here: \d would also let other scripts' digits through.
    if re.search(r"[^0-9\s+\-().]", text) or "+" in text[1:]:
        raise FieldInvalid(PHONE_INVALID)
    groups = re.findall(r"[0-9]+", text)
    digits = "".join(groups)
    if text.startswith("+"):
        if not digits.startswith("91"):
            raise FieldInvalid(PHONE_INVALID)
        groups = [g for g in [groups[0].removeprefix("91"), *groups[1:]] if g]
        national = digits[2:]
        # No STD code starts with 9 (mobiles do), so "+91 9876 543210" stays a mobile.
        std_written_apart = len(groups) > 1 and 2 <= len(groups[0]) <= 4 and groups[0][0] != "9"
        if std_written_apart and _LANDLINE.match("0" + national):
            return f"0{groups[0]} {national[len(groups[0]) :]}"
        if _MOBILE.match(national):
            return national
        if _LANDLINE.match("0" + national):
            return "0" + national
        raise FieldInvalid(PHONE_INVALID)
    std_written_apart = (
        len(groups) > 1
        and groups[0].startswith("0")
        and 3 <= len(groups[0]) <= 5
        and not groups[0].startswith("09")
    )
    if std_written_apart and _LANDLINE.match(digits):
        return f"{groups[0]} {digits[len(groups[0]) :]}"
    if len(digits) == 12 and digits.startswith("91") and _MOBILE.match(digits[2:]):
        return digits[2:]
    if len(digits) == 11 and digits.startswith("0") and _MOBILE.match(digits[1:]):
        return digits[1:]
    if _MOBILE.match(digits) or _LANDLINE.match(digits):
        return digits
    raise FieldInvalid(PHONE_INVALID)


def clean_short_number(value: str, *, required: bool) -> str:
    """A helpline or emergency number such as 181 or 112: digits only. Raises FieldInvalid."""
    text = re.sub(r"[\s-]", "", value)
    if not text:
        if required:
            raise FieldInvalid(REQUIRED)
        return ""
    if not text.isascii() or not text.isdigit() or not 3 <= len(text) <= 12:
        raise FieldInvalid(SHORT_NUMBER_INVALID)
    return text


class FieldErrors:
    """Runs each field's cleaner and gathers every problem, so the form shows them all at once
    (the first problem of a field is the one kept)."""

    def __init__(self) -> None:
        self.errors: dict[str, FieldInvalid] = {}

    def field(self, name: str, cleaner: Callable[[], Any], default: Any = None) -> Any:
        """The cleaned value, or `default` when the cleaner raises FieldInvalid (noted)."""
        try:
            return cleaner()
        except FieldInvalid as problem:
            self.errors.setdefault(name, problem)
            return default

    def add(self, name: str, problem: FieldInvalid) -> None:
        self.errors.setdefault(name, problem)

    def raise_if_any(self) -> None:
        """Raises ValidationError with every problem noted, if any."""
        if self.errors:
            raise ValidationError(self.errors)
