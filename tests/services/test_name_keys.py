"""Phonetic name keys: the same woman's name in either script and in its usual spellings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osc_desktop.services.name_keys import HONORIFICS, honorific_keys, name_keys, name_words

SAME_NAME = [
    ("सुनीता", "Sunita", "Suneeta", "Sunitha", "SUNITA", "sunita"),
    ("प्रिया", "Priya", "Pria"),
    ("लक्ष्मी", "Laxmi", "Lakshmi", "Lakshmee"),
    ("रेखा", "Rekha", "Rekhaa"),
    ("ज्योति", "Jyoti", "Jyothi", "Jyotee"),
    ("पूजा", "Pooja", "Puja"),
    ("शबनम", "Shabnam", "Sabnam"),
    ("फ़ातिमा", "Fatima", "Phatima", "फातिमा"),
    ("गीता", "Geeta", "Gita"),
    ("संगीता", "Sangeeta", "Sangita"),
    ("चंपा", "Champa"),
    ("कृष्णा", "Krishna"),
    ("आशा", "Asha", "Aasha"),
    ("मोहिनी", "Mohini"),
    ("कैलाशी", "Kailashi"),
    ("नाज़िया", "Nazia", "Najia"),
    ("शांति", "Shanti", "Shaanti"),
    ("अंजलि", "Anjali", "Anjalee"),
    ("सविता", "Savita", "Sawita"),
]

DIFFERENT_NAMES = [
    ("Sunita", "Sanjay"),
    ("Rekha", "Radha"),
    ("सुनीता", "Sanjay"),
    ("रेखा", "राधा"),
    ("Asha", "Usha"),
    ("Anita", "Nita"),
    ("Priya", "Pooja"),
    ("Seema", "Soma"),
]


@pytest.mark.parametrize("spellings", SAME_NAME, ids=lambda names: names[1])
def test_spellings_and_scripts_of_one_name_share_the_key(spellings):
    keys = {name_keys(spelling) for spelling in spellings}
    assert len(keys) == 1, {s: name_keys(s) for s in spellings}
    (key,) = keys
    assert len(key) == 1


@pytest.mark.parametrize(("one", "other"), DIFFERENT_NAMES)
def test_different_names_do_not_share_a_key(one, other):
    assert name_keys(one)
    assert name_keys(other)
    assert not name_keys(one) & name_keys(other)


def test_the_documented_keys():
    assert name_keys("सुनीता") == {"sunit"}
    assert name_keys("Lakshmi") == {"lksmi"}


def test_one_key_per_word_of_the_name():
    assert name_keys("Sunita Yadav") == name_keys("सुनीता यादव") == {"sunit", "ydv"}
    assert name_keys("Rekha  Kumari-Paswan") == name_keys("Rekha Paswan")


def test_honorifics_are_no_key_of_their_own():
    assert name_keys("Sunita Devi") == name_keys("Sunita") == name_keys("सुनीता देवी")
    assert not name_keys("Sunita Devi") & name_keys("Rekha Devi")
    assert not name_keys("Priya Kumari") & name_keys("Anjali Kumari")
    # A name of nothing but an honorific can still be looked up.
    assert name_keys("Devi") == name_keys("देवी") != frozenset()
    assert name_keys("Devi") <= honorific_keys()
    assert {w for w in HONORIFICS if not name_keys(w) <= honorific_keys()} == set()


def test_nothing_to_key():
    assert name_keys("") == frozenset()
    assert name_keys("  ,.-42 ") == frozenset()


def test_name_words_transliterate_devanagari():
    assert name_words("सुनीता, Devi 42") == ["suniitaa", "devi"]
    assert name_words("Sunītā") == ["sunita"]


latin_names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=30)
latin_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=15)
devanagari = st.text(
    alphabet=st.characters(min_codepoint=0x0900, max_codepoint=0x097F), min_size=0, max_size=20
)


@given(latin_names)
def test_keys_do_not_depend_on_letter_case(name):
    assert name_keys(name.upper()) == name_keys(name) == name_keys(name.title())


@given(latin_words, st.data())
def test_keys_do_not_depend_on_doubled_letters(word, data):
    index = data.draw(st.integers(min_value=0, max_value=len(word) - 1))
    doubled = word[: index + 1] + word[index] + word[index + 1 :]
    assert name_keys(doubled) == name_keys(word)


@given(latin_names)
def test_keys_do_not_depend_on_spacing_or_word_order(name):
    words = name.split()
    assert name_keys("  ".join(reversed(words))) == name_keys(name)


@given(devanagari)
def test_any_devanagari_gives_plain_latin_keys(text):
    for key in name_keys(text):
        assert key.isascii() and key.isalpha() and key.islower()


@given(st.text(max_size=40))
def test_any_text_is_keyed_without_error(text):
    keys = name_keys(text)
    assert all(key.isascii() and key.isalpha() for key in keys)
