"""Staff passwords: salted Argon2id at or above OWASP's minimum."""

from __future__ import annotations

import re

import pytest

from osc_desktop.security.passwords import hash_password, verify_password

PASSWORD = "Mahila-Suraksha-181"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_password(PASSWORD)


def _phc_parameters(phc: str) -> tuple[str, int, dict[str, int]]:
    match = re.fullmatch(r"\$(argon2(?:id|i|d))\$v=(\d+)\$([^$]+)\$[^$]+\$[^$]+", phc)
    assert match, phc
    params = dict(item.split("=") for item in match.group(3).split(","))
    return match.group(1), int(match.group(2)), {k: int(v) for k, v in params.items()}


def test_hash_and_verify(stored):
    assert verify_password(stored, PASSWORD) is True


@pytest.mark.parametrize(
    "wrong", ["", "mahila-suraksha-181", PASSWORD + " ", PASSWORD[:-1], "महिला-सुरक्षा-181"]
)
def test_wrong_password(stored, wrong):
    assert verify_password(stored, wrong) is False


def test_hindi_password_round_trip():
    password = "मेरा पासवर्ड १८१"
    assert verify_password(hash_password(password), password) is True


def test_the_hash_is_salted_and_does_not_contain_the_password(stored):
    again = hash_password(PASSWORD)
    assert again != stored
    assert PASSWORD not in stored
    assert verify_password(again, PASSWORD)


@pytest.mark.parametrize(
    "malformed",
    [
        "",
        "not a hash",
        "$argon2id$v=19$m=65536,t=3,p=4$",
        "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$",
        "$2b$12$abcdefghijklmnopqrstuuN9pY6pUWSm8hXo0hWzKJ/3y2Rb1UXxa",  # bcrypt
        "$argon2id$v=19$m=65536,t=3,p=4$!!!!$????",
    ],
)
def test_malformed_hash_is_false(malformed):
    assert verify_password(malformed, PASSWORD) is False


def test_a_tampered_hash_is_false(stored):
    head, digest = stored.rsplit("$", 1)
    flipped = ("A" if digest[0] != "A" else "B") + digest[1:]
    assert verify_password(f"{head}${flipped}", PASSWORD) is False


def test_parameters_meet_owasp(stored):
    variant, version, params = _phc_parameters(stored)
    assert variant == "argon2id"
    assert version == 19
    assert params["m"] >= 19456  # KiB
    assert params["t"] >= 2
    assert params["p"] >= 1
