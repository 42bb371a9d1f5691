"""Phonetic keys for names, the same whichever script or spelling they were written in.

सुनीता, Sunita, Suneeta, Sunitha and SUNITA all give the key "sunit"; लक्ष्मी, Lakshmi and Laxmi
give "lksmi". Search and the possible-matches panel compare these keys, so a woman registered
in Devanagari is found when her name is typed in Latin letters, and the other way round.

How a key is made, one per word of the name:
1. Devanagari is transliterated letter by letter with the table below (about 60 characters;
   no library: the general transliteration packages aim at scholarly round trips, which a
   matching key does not need, and each would be one more dependency to keep up). Consonants
   carry no inherent vowel ("a" is dropped in step 4 anyway); the nukta is dropped (फ़ = फ,
   ज़ = ज), the anusvara is "n", the chandrabindu and visarga are dropped.
2. Latin letters lose their accents and case; doubled letters are made single.
3. Spelling variants are folded: x = ks, q = k, z = j, w = v, f = ph = p; ee/ai/ei/e = i,
   oo/ou/au/o = u; aspirates lose their h (kh, gh, ch, jh, th, dh, ph, bh, sh: shabnam = sabnam);
   m before b or p is n (Champa = चंपा); "iy" = i (Priya = Pria).
4. The vowel "a" (short or long) is dropped except as the first letter, which folds the
   inherent vowel and its deletion in Hindi (शबनम = Shabnam) and aa/a alike.

Words that are honorifics or common second names (Devi, Kumari, Bai, Begum...) give no key on
their own: "Sunita Devi" and "Rekha Devi" share nothing. A name made only of such words keeps
them, so "Devi" alone can still be looked up.
"""

from __future__ import annotations

import re
import unicodedata

# -- Devanagari ---------------------------------------------------------------------------------

_CONSONANTS: dict[str, str] = {
    "क": "k",
    "ख": "kh",
    "ग": "g",
    "घ": "gh",
    "ङ": "n",
    "च": "ch",
    "छ": "chh",
    "ज": "j",
    "झ": "jh",
    "ञ": "n",
    "ट": "t",
    "ठ": "th",
    "ड": "d",
    "ढ": "dh",
    "ण": "n",
    "त": "t",
    "थ": "th",
    "द": "d",
    "ध": "dh",
    "न": "n",
    "ऩ": "n",
    "प": "p",
    "फ": "ph",
    "ब": "b",
    "भ": "bh",
    "म": "m",
    "य": "y",
    "र": "r",
    "ऱ": "r",
    "ल": "l",
    "ळ": "l",
    "व": "v",
    "श": "sh",
    "ष": "sh",
    "स": "s",
    "ह": "h",
}
_INDEPENDENT_VOWELS: dict[str, str] = {
    "अ": "a",
    "आ": "aa",
    "इ": "i",
    "ई": "ii",
    "उ": "u",
    "ऊ": "uu",
    "ऋ": "ri",
    "ॠ": "ri",
    "ऌ": "li",
    "ऍ": "e",
    "ए": "e",
    "ऐ": "ai",
    "ऑ": "o",
    "ओ": "o",
    "औ": "au",
}
_VOWEL_SIGNS: dict[str, str] = {
    "ा": "aa",
    "ि": "i",
    "ी": "ii",
    "ु": "u",
    "ू": "uu",
    "ृ": "ri",
    "ॄ": "ri",
    "ॅ": "e",
    "े": "e",
    "ै": "ai",
    "ॉ": "o",
    "ो": "o",
    "ौ": "au",
}
_ANUSVARA = "ं"
_DROPPED = {"ँ", "ः", "्", "़", "ऽ", "॰", "\u200c", "\u200d"}  # chandrabindu, visarga, virama...


def _transliterate(text: str) -> str:
    """Devanagari letters in `text` spelled in plain Latin letters; anything else kept."""
    out: list[str] = []
    for char in text:
        if char in _CONSONANTS:
            out.append(_CONSONANTS[char])
        elif char in _VOWEL_SIGNS:
            out.append(_VOWEL_SIGNS[char])
        elif char in _INDEPENDENT_VOWELS:
            out.append(_INDEPENDENT_VOWELS[char])
        elif char == _ANUSVARA:
            out.append("n")
        elif char in _DROPPED:
            continue
        else:
            out.append(char)
    return "".join(out)


# -- folding ------------------------------------------------------------------------------------

# Honorifics and common second names: no evidence that two women are the same on their own.
HONORIFICS: frozenset[str] = frozenset(
    {"devi", "debi", "kumari", "kumar", "bai", "begum", "bibi", "khatun", "khatoon", "smt", "km"}
)
_HONORIFIC_KEYS: frozenset[str] = frozenset()  # filled below, once _fold exists

_LETTERS_SUBSTITUTED = str.maketrans({"x": "ks", "q": "k", "z": "j", "w": "v", "f": "p"})
_VOWEL_PAIRS = (("ai", "i"), ("ei", "i"), ("au", "u"), ("ou", "u"))
_ASPIRATE = re.compile(r"([bcdgjklmnprstvh])h+")
_DOUBLED = re.compile(r"(.)\1+")
_WORD = re.compile(r"[a-z]+")


def _latin_letters(text: str) -> str:
    """Lower case, accents removed; everything not a-z becomes a space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z]+", " ", plain)


def _fold(word: str) -> str:
    """The key of one word of plain lower-case Latin letters ("" if nothing is left)."""
    word = _DOUBLED.sub(r"\1", word)
    word = word.translate(_LETTERS_SUBSTITUTED)
    for pair, single in _VOWEL_PAIRS:
        word = word.replace(pair, single)
    word = word.replace("e", "i").replace("o", "u")
    word = _ASPIRATE.sub(r"\1", word)
    word = re.sub(r"m(?=[bp])", "n", word)
    word = word.replace("iy", "i")
    word = word[:1] + word[1:].replace("a", "")
    return _DOUBLED.sub(r"\1", word)


_HONORIFIC_KEYS = frozenset(_fold(word) for word in HONORIFICS)


def name_words(text: str) -> list[str]:
    """The words of `text` in plain Latin letters (Devanagari transliterated), in order."""
    return _WORD.findall(_latin_letters(_transliterate(unicodedata.normalize("NFD", text))))


def name_keys(text: str) -> frozenset[str]:
    """Script-independent phonetic keys of a name, one per word (see the module docstring).

    Honorifics (Devi, Kumari...) are left out unless the name has nothing else; digits and
    punctuation are ignored. An empty or unreadable name gives an empty set.
    """
    keys = [key for key in (_fold(word) for word in name_words(text)) if key]
    meaningful = [key for key in keys if key not in _HONORIFIC_KEYS]
    return frozenset(meaningful or keys)


def honorific_keys() -> frozenset[str]:
    """The keys of the honorific words, which on their own are no evidence of a match."""
    return _HONORIFIC_KEYS
