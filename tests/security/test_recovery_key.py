"""The printed recovery key: exact round trip, typing mistakes caught before any decryption."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from osc_desktop.security.recovery_key import (
    KEY_BYTES,
    RecoveryKeyFormatError,
    format_recovery_key,
    new_database_key,
    parse_recovery_key,
)

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32, as printed
SIGNIFICANT = 56  # 52 key characters and 4 check characters
KEY_CHARS = 52

keys = st.binary(min_size=KEY_BYTES, max_size=KEY_BYTES)


def _body(printable: str) -> str:
    return printable.replace("-", "")


def _fixed_keys() -> list[bytes]:
    rng = random.Random(181)
    return [
        bytes(KEY_BYTES),
        b"\xff" * KEY_BYTES,
        bytes(range(KEY_BYTES)),
        *(rng.randbytes(KEY_BYTES) for _ in range(5)),
    ]


@given(keys)
def test_round_trip(key):
    printable = format_recovery_key(key)
    assert parse_recovery_key(printable) == key


@given(keys)
def test_printed_form_is_14_groups_of_4_from_the_alphabet(key):
    printable = format_recovery_key(key)
    assert re.fullmatch(rf"[{ALPHABET}]{{4}}(-[{ALPHABET}]{{4}}){{13}}", printable)


def test_new_keys_are_random_and_256_bit():
    made = {new_database_key() for _ in range(20)}
    assert len(made) == 20
    assert all(len(k) == KEY_BYTES for k in made)


@pytest.mark.parametrize("size", [0, 16, 31, 33])
def test_format_rejects_a_key_of_the_wrong_size(size):
    with pytest.raises(ValueError):
        format_recovery_key(bytes(size))


@pytest.mark.parametrize("key", _fixed_keys(), ids=lambda k: k[:4].hex())
def test_every_single_substitution_is_detected_exhaustively(key):
    """All 56 positions, every other character of the alphabet in each (1736 mistakes a key)."""
    body = _body(format_recovery_key(key))
    assert len(body) == SIGNIFICANT
    for position in range(SIGNIFICANT):
        for substitute in ALPHABET:
            if substitute == body[position]:
                continue
            typed = body[:position] + substitute + body[position + 1 :]
            with pytest.raises(RecoveryKeyFormatError) as caught:
                parse_recovery_key(typed)
            assert caught.value.reason == "checksum", (position, substitute)


@given(keys, st.integers(0, SIGNIFICANT - 1), st.integers(1, len(ALPHABET) - 1))
def test_a_single_substitution_is_detected(key, position, shift):
    body = _body(format_recovery_key(key))
    substitute = ALPHABET[(ALPHABET.index(body[position]) + shift) % len(ALPHABET)]
    typed = body[:position] + substitute + body[position + 1 :]
    with pytest.raises(RecoveryKeyFormatError):
        parse_recovery_key(typed)


def test_the_substitution_a_hash_check_once_missed_is_detected():
    # Under an earlier 20-bit hash check, group 5 "S32Y" typed as "S31Y" gave another valid key.
    body = "18YR16H8N033WYT8S32YPX07HWSQ0W7K9F2M375SQQMVMXDN73P0"
    value = 0
    for ch in body:
        value = (value << 5) | ALPHABET.index(ch)
    printable = format_recovery_key((value >> 4).to_bytes(32, "big"))
    typo = printable.replace("S32Y", "S31Y")
    with pytest.raises(RecoveryKeyFormatError):
        parse_recovery_key(typo)


@given(keys, st.integers(0, KEY_CHARS - 1), st.integers(0, KEY_CHARS - 1))
def test_swapping_any_two_key_characters_is_detected(key, first, second):
    body = list(_body(format_recovery_key(key)))
    if body[first] == body[second]:
        return
    body[first], body[second] = body[second], body[first]
    with pytest.raises(RecoveryKeyFormatError):
        parse_recovery_key("".join(body))


@settings(derandomize=True)
@given(keys, st.integers(0, SIGNIFICANT - 2))
def test_swapping_two_neighbouring_characters_is_detected(key, position):
    body = _body(format_recovery_key(key))
    swapped = body[:position] + body[position + 1] + body[position] + body[position + 2 :]
    if swapped == body:
        return  # the same character twice: nothing was mistyped
    with pytest.raises(RecoveryKeyFormatError):
        parse_recovery_key(swapped)


@given(keys)
def test_case_spaces_and_dashes_are_ignored(key):
    printable = format_recovery_key(key)
    groups = printable.split("-")
    spellings = [
        printable.lower(),
        " ".join(groups),
        " ".join(groups).lower(),
        "".join(groups),
        f"  {printable}\n",
        "--".join(g.lower() for g in groups),
        "\t".join(groups),
        "–".join(groups),  # an en dash, as word processors turn "-" into
    ]
    for typed in spellings:
        assert parse_recovery_key(typed) == key, typed


@pytest.mark.parametrize("key", _fixed_keys(), ids=lambda k: k[:4].hex())
def test_o_i_and_l_are_read_as_zero_and_one(key):
    printable = format_recovery_key(key)
    misread = printable.replace("0", "O").replace("1", "I")
    misread_lower = printable.replace("0", "o").replace("1", "l")
    assert parse_recovery_key(misread) == key
    assert parse_recovery_key(misread_lower) == key


def test_o_i_and_l_on_a_key_full_of_zeros_and_ones():
    key = bytes(KEY_BYTES)  # all zeros: 52 zero characters
    printable = format_recovery_key(key)
    assert printable.startswith("0000-0000")
    assert parse_recovery_key(printable.replace("0", "O")) == key
    body = _body(printable)
    assert parse_recovery_key(body.replace("0", "o")) == key


def test_u_is_read_as_v():
    key = next(k for k in _fixed_keys() if "V" in format_recovery_key(k))
    printable = format_recovery_key(key)
    assert parse_recovery_key(printable.replace("V", "U")) == key


@given(keys, st.data())
def test_wrong_length_is_rejected(key, data):
    body = _body(format_recovery_key(key))
    cut = data.draw(st.integers(0, SIGNIFICANT - 1))
    for typed in (body[:cut], body + "0", body + body[:4], body[:cut] + body[cut + 1 :]):
        with pytest.raises(RecoveryKeyFormatError) as caught:
            parse_recovery_key(typed)
        assert caught.value.reason == "length"


@pytest.mark.parametrize("bad", ["#", "*", "क", "Ü", "?"])
def test_a_character_outside_the_alphabet_is_rejected(bad):
    body = _body(format_recovery_key(_fixed_keys()[3]))
    typed = body[:10] + bad + body[11:]
    with pytest.raises(RecoveryKeyFormatError) as caught:
        parse_recovery_key(typed)
    assert caught.value.reason == "character"


def test_padding_bits_of_the_last_key_character_are_checked():
    """52 characters carry 260 bits: the 4 spare ones must be zero."""
    key = bytes(KEY_BYTES)
    body = _body(format_recovery_key(key))
    assert body[51] == "0"
    typed = body[:51] + "1" + body[52:]  # sets a padding bit only; the key bits are unchanged
    with pytest.raises(RecoveryKeyFormatError) as caught:
        parse_recovery_key(typed)
    assert caught.value.reason == "checksum"
