"""Field validators: Indian phone numbers as people write them, text in any script."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osc_desktop.errors import FieldInvalid
from osc_desktop.services.core.validation import (
    CONTROL_CHARS,
    PHONE_INVALID,
    REQUIRED,
    SHORT_NUMBER_INVALID,
    TOO_LONG,
    clean_indian_phone,
    clean_short_number,
    clean_text,
)

# -- phone numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        # mobiles: 10 digits, whatever the prefix
        ("9876543210", "9876543210"),
        ("+91 98765 43210", "9876543210"),
        ("+919876543210", "9876543210"),
        ("+91-98765-43210", "9876543210"),
        ("09876543210", "9876543210"),
        ("098765-43210", "9876543210"),
        ("98765-43210", "9876543210"),
        ("98765 43210", "9876543210"),
        ("919876543210", "9876543210"),
        ("91 98765 43210", "9876543210"),
        ("6123456789", "6123456789"),
        ("  9876543210  ", "9876543210"),
        # landlines: with the trunk 0 and the STD code
        ("0612-2345678", "0612 2345678"),
        ("(0612) 234 5678", "0612 2345678"),
        ("0612 2345678", "0612 2345678"),
        ("011 23456789", "011 23456789"),
        ("011-2345-6789", "011 23456789"),
        ("+91 11 23456789", "011 23456789"),
        ("+91 612 2345678", "0612 2345678"),
        ("+91 522 2345678", "0522 2345678"),  # Lucknow: after +91 a 5 starts an STD code
        ("0612.234.5678", "0612 2345678"),
        # typed with an InScript keyboard: Devanagari digits, alone or mixed
        ("९८७६५४३२१०", "9876543210"),
        ("9८७६५ 43210", "9876543210"),
        ("०६१२ २३४५६७८", "0612 2345678"),
    ],
)
def test_indian_numbers_normalise(typed, canonical):
    assert clean_indian_phone(typed, required=True) == canonical
    # What is stored reads back as the same number when the form is saved again.
    assert clean_indian_phone(canonical, required=True) == canonical


@pytest.mark.parametrize(
    "typed",
    [
        "12345",
        "5876543210",  # mobiles start with 6 to 9
        "1234567890",
        "98765432",
        "987654321012",
        "98765abcde",
        "call me",
        "+1 555 123 4567",
        "+44 20 7946 0958",
        "+91 12345",
        "++919876543210",
        "98765+43210",
        "9876543210 ext 5",
        "९८७६५४३२१०५",  # Devanagari digits, one too many
        "98765 ४३२१",  # too few, however written
        "٩٨٧٦٥٤٣٢١٠",  # Arabic-Indic digits are not read as a phone number
        "00000000000",
        "0",
        "+",
        "919876543210999",
    ],
)
def test_invalid_numbers_are_rejected(typed):
    with pytest.raises(FieldInvalid) as caught:
        clean_indian_phone(typed, required=False)
    assert caught.value.message == PHONE_INVALID


def test_empty_phone():
    assert clean_indian_phone("", required=False) == ""
    assert clean_indian_phone("   ", required=False) == ""
    with pytest.raises(FieldInvalid) as caught:
        clean_indian_phone(" ", required=True)
    assert caught.value.message == REQUIRED


@given(st.from_regex(r"[6-9][0-9]{9}", fullmatch=True), st.sampled_from(["", "0", "+91 ", "91"]))
def test_every_mobile_with_any_prefix(mobile, prefix):
    assert clean_indian_phone(prefix + mobile, required=True) == mobile


# -- short numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "clean"),
    [("181", "181"), ("112", "112"), ("1 8 1", "181"), ("1091", "1091"), ("15-100", "15100")],
)
def test_short_numbers(typed, clean):
    assert clean_short_number(typed, required=True) == clean


@pytest.mark.parametrize("typed", ["12", "1234567890123", "१८१", "abc", "18a", "+181", "1.81"])
def test_bad_short_numbers(typed):
    with pytest.raises(FieldInvalid) as caught:
        clean_short_number(typed, required=True)
    assert caught.value.message == SHORT_NUMBER_INVALID


def test_empty_short_number():
    assert clean_short_number("", required=False) == ""
    with pytest.raises(FieldInvalid) as caught:
        clean_short_number(" ", required=True)
    assert caught.value.message == REQUIRED


# -- text --------------------------------------------------------------------------------------


def test_clean_text_normalises_to_nfc():
    decomposed = "Cafe\u0301"
    assert clean_text(decomposed, max_length=10, required=True) == "Café"
    assert len(clean_text(decomposed, max_length=10, required=True)) == 4
    # Devanagari nukta letters: U+0958 is excluded from composition, so NFC spells it out.
    assert clean_text("\u0958", max_length=10, required=True) == "\u0915\u093c"
    assert clean_text("महिला", max_length=10, required=True) == "महिला"


def test_clean_text_checks_the_length_after_normalising():
    assert clean_text("e\u0301" * 3, max_length=3, required=True) == "é" * 3
    with pytest.raises(FieldInvalid):
        clean_text("\u0958" * 2, max_length=3, required=True)  # becomes 4 characters


def test_clean_text_trims():
    assert clean_text("\u00a0 Patna \n", max_length=5, required=True) == "Patna"


def test_clean_text_required_and_optional():
    assert clean_text("  ", max_length=5, required=False) == ""
    with pytest.raises(FieldInvalid) as caught:
        clean_text("  ", max_length=5, required=True)
    assert caught.value.message == REQUIRED


def test_clean_text_too_long_names_the_limit():
    with pytest.raises(FieldInvalid) as caught:
        clean_text("abcdef", max_length=5, required=True)
    assert caught.value.message == TOO_LONG
    assert caught.value.args_for_message == (5,)
    assert caught.value.render("at most %1") == "at most 5"


@pytest.mark.parametrize("control", ["\x00", "\x08", "\r", "\x1f", "\x7f", "\x9b"])
def test_clean_text_control_characters(control):
    with pytest.raises(FieldInvalid) as caught:
        clean_text(f"a{control}b", max_length=10, required=True, multiline=True)
    assert caught.value.message == CONTROL_CHARS


def test_clean_text_newlines_only_where_multiline():
    assert clean_text("a\nb\tc", max_length=10, required=True, multiline=True) == "a\nb\tc"
    for single_line in ("a\nb", "a\tb"):
        with pytest.raises(FieldInvalid):
            clean_text(single_line, max_length=10, required=True)


def test_joiners_used_in_hindi_are_kept():
    text = "क्\u200dष"  # a zero-width joiner, as some keyboards type
    assert clean_text(text, max_length=10, required=True) == text


@given(
    st.text(),
    st.integers(min_value=0, max_value=40),
    st.booleans(),
    st.booleans(),
)
def test_clean_text_never_too_long_and_only_field_invalid(value, max_length, required, multiline):
    try:
        cleaned = clean_text(value, max_length=max_length, required=required, multiline=multiline)
    except FieldInvalid:
        return
    assert len(cleaned) <= max_length
    assert cleaned == cleaned.strip()
    assert unicodedata.is_normalized("NFC", cleaned)
    if required:
        assert cleaned
    allowed = {"\n", "\t"} if multiline else set()
    assert all(unicodedata.category(ch) != "Cc" or ch in allowed for ch in cleaned)


@given(st.text(), st.booleans())
def test_phone_never_raises_anything_but_field_invalid(value, required):
    try:
        cleaned = clean_indian_phone(value, required=required)
    except FieldInvalid:
        return
    digits = cleaned.replace(" ", "", 1)
    assert cleaned == "" or (digits.isascii() and digits.isdigit() and len(digits) in (10, 11))
    # Cleaning is idempotent: a stored number saved again stays the same number.
    assert clean_indian_phone(cleaned, required=False) == cleaned


@given(
    st.sampled_from(["011", "022", "0612", "0651", "0522", "079", "080", "0755"]),
    st.integers(min_value=2, max_value=9),
    st.sampled_from([" ", "-", ") "]),
)
def test_a_landline_with_its_std_code_stays_a_landline(std, first_digit, separator):
    rest = str(first_digit) + "1" * (10 - len(std))
    typed = ("(" if separator == ") " else "") + std + separator + rest
    cleaned = clean_indian_phone(typed, required=True)
    assert cleaned == f"{std} {rest}"
    assert clean_indian_phone(cleaned, required=True) == cleaned
