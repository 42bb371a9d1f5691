"""The recovery key: the database key itself, written for people to print and type.

The 256-bit key is written in Crockford's base32 (no I, L, O or U, so nothing is misread) as 13
groups of four characters, followed by one group of four check characters. The check is a
position-weighted sum of the characters modulo a prime just below 2**20, so every single mistyped
character and every swap of two characters is caught before any decryption is tried (and other
mistakes all but always).
"""

from __future__ import annotations

import secrets

KEY_BYTES = 32
GROUP = 4
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(_ALPHABET)}
# Characters people write for the ones the alphabet leaves out.
_DECODE.update({"O": 0, "I": 1, "L": 1, "U": _DECODE["V"]})
_KEY_CHARS = (KEY_BYTES * 8 + 4) // 5  # 52
_CHECK_CHARS = 4


class RecoveryKeyFormatError(ValueError):
    """The typed recovery key is not well formed; `reason` says how."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def new_database_key() -> bytes:
    """A fresh random 256-bit database key."""
    return secrets.token_bytes(KEY_BYTES)


def _encode(value: int, chars: int) -> str:
    return "".join(_ALPHABET[(value >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


# The largest prime below 2**20: the check value fits the four check characters.
_CHECK_MODULUS = 1_048_573


def _check(key: bytes) -> str:
    # Weights 1..52 are distinct and non-zero modulo the prime, and a character changes by at
    # most 31, so one substitution or the swap of any two characters always changes the sum.
    body = _encode(int.from_bytes(key, "big") << 4, _KEY_CHARS)
    total = sum((i + 1) * _ALPHABET.index(ch) for i, ch in enumerate(body))
    return _encode(total % _CHECK_MODULUS, _CHECK_CHARS)


def format_recovery_key(key: bytes) -> str:
    """The printable form of a 32-byte key: 14 groups of 4 characters joined by dashes."""
    if len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    body = _encode(int.from_bytes(key, "big") << 4, _KEY_CHARS) + _check(key)
    return "-".join(body[i : i + GROUP] for i in range(0, len(body), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The key from what a person typed (any case; spaces and dashes ignored).

    Raises:
        RecoveryKeyFormatError: wrong length, a character outside the alphabet, or a check
            group that does not match (a typing mistake).
    """
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-–_.")
    if len(cleaned) != _KEY_CHARS + _CHECK_CHARS:
        raise RecoveryKeyFormatError("length")
    try:
        digits = [_DECODE[ch] for ch in cleaned]
    except KeyError:
        raise RecoveryKeyFormatError("character") from None
    value = 0
    for digit in digits[:_KEY_CHARS]:
        value = (value << 5) | digit
    if value & 0xF:
        raise RecoveryKeyFormatError("checksum")
    key = (value >> 4).to_bytes(KEY_BYTES, "big")
    check = "".join(_ALPHABET[d] for d in digits[_KEY_CHARS:])
    if check != _check(key):
        raise RecoveryKeyFormatError("checksum")
    return key
