"""Phonetic keys for names, the same whichever script or spelling they were written in.

सुनीता, Sunita, Suneeta, Sunitha and SUNITA all give the key "sunit"; लक्ष्मी, Lakshmi and Laxmi
give "lcmi"; सिंह and Singh give "sing". Search and the possible-matches panel compare these
keys, so a woman registered in Devanagari is found when her name is typed in Latin letters, and
the other way round.

How a key is made, one per word of the name:
1. Devanagari is transliterated letter by letter with the table below (about 60 characters;
   no library: the general transliteration packages aim at scholarly round trips, which a
   matching key does not need, and each would be one more dependency to keep up). A consonant
   carries its inherent "a" only before another consonant or an anusvara (महतो = mahato, so its
   ह stays a letter and is not read as the aspiration of म; राय = ray); the nukta is dropped
   (फ़ = फ, ज़ = ज); the anusvara is "n", but "ng" before ह (सिंह = singh); the chandrabindu
   and visarga are dropped.
2. Latin letters lose their accents and case; doubled letters are made single.
3. Spelling variants are folded, in this order:
   - x = ks, q = k, z = j, f = ph = p; "ow" not before a vowel = ou (Gowri = Gauri);
     other w = v;
   - y not before a vowel is the vowel i (Pinky = Pinki, Choudhary = Chaudhari, राय = Rai);
   - at the start, ai / ay / ae / aye / aya / ayi before a consonant are one sound
     (Aisha = Ayesha = Ayasha = आयशा; ऐश्वर्या = Aishwarya), kept apart from i (Isha);
   - "er" before a consonant is "ar" (Verma = Varma = वर्मा), the English spelling of the
     short a;
   - ai / ei / ae / oi = i (Kailashi, Roy = Rai), au / ou = u, e = i, o = u (ee = e = i and
     oo = o = u since doubled letters are single);
   - aspirates lose their h (kh, gh, ch, jh, th, dh, ph, bh, sh: shabnam = sabnam, Sweta =
     Shweta); m before b or p is n (Champa = चंपा);
   - after a consonant, i or iy before a vowel is y (Priya = Pria, Aishwariya = Aishwarya);
   - v = b (वंदना = Bandana, Bimla = Vimla, Kabita = Kavita: the Bengali, Odia and Bihari
     spelling of व) and a y at the start is j (Jashoda = Yashoda, Jamuna = Yamuna).
4. The vowel "a" (short or long) is dropped except as the first letter, which folds the
   inherent vowel and its deletion in Hindi (शबनम = Shabnam) and aa/a alike. The vowels i and u
   are kept: without them Seema = Soma and Mina = Mona. Then "ksm" is "chm", as Bihar says it
   (Lakshmi = Laxmi = Lachhmi, Kshama = Chhama).

A few words are spelled too differently for rules: Baby = Bebi = बेबी (not Bibi) and
Begam = Begum are looked up in a small table first.

The false matches this costs were measured on about 350 common first names and 100 surnames
(tests/services/cases/test_name_keys.py holds the lists and the bound): about 1 pair in 10,000 of
different names shares a key, such as Savita and Shweta, Sharda and Shraddha, Shikha and Sheikh,
Shah and Saha.

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
_NUKTA = "़"
_NASALS = {_ANUSVARA, "ँ"}
_DROPPED = {"ँ", "ः", "्", "़", "ऽ", "॰", "\u200c", "\u200d"}  # chandrabindu, visarga, virama...


def _transliterate(text: str) -> str:
    """Devanagari letters in `text` spelled in plain Latin letters; anything else kept."""
    out: list[str] = []
    letters = [char for char in text if char != _NUKTA]
    for index, char in enumerate(letters):
        following = letters[index + 1] if index + 1 < len(letters) else ""
        if char in _CONSONANTS:
            out.append(_CONSONANTS[char])
            if following in _CONSONANTS or following in _NASALS:
                out.append("a")  # the inherent vowel, kept where it is said
        elif char in _VOWEL_SIGNS:
            out.append(_VOWEL_SIGNS[char])
        elif char in _INDEPENDENT_VOWELS:
            out.append(_INDEPENDENT_VOWELS[char])
        elif char == _ANUSVARA:
            out.append("ng" if following == "ह" else "n")
        elif char in _DROPPED:
            continue
        else:
            out.append(char)
    return "".join(out)


# -- folding ------------------------------------------------------------------------------------

# Honorifics and common second names: no evidence that two women are the same on their own.
HONORIFICS: frozenset[str] = frozenset(
    {
        "devi",
        "debi",
        "kumari",
        "kumar",
        "bai",
        "begum",
        "bibi",
        "khatun",
        "khatoon",
        "smt",
        "km",
        "begam",
    }
)
_HONORIFIC_KEYS: frozenset[str] = frozenset()  # filled below, once _fold exists

# Whole words spelled too differently for the rules, to the spelling whose key they share.
_SAME_WORD: dict[str, str] = {"bebi": "baby", "beby": "baby", "begam": "begum"}

_LETTERS_SUBSTITUTED = str.maketrans({"x": "ks", "q": "k", "z": "j", "f": "p"})
_OW = re.compile(r"ow(?![aeiouy])")
_Y_AS_VOWEL = re.compile(r"y(?![aeiou])")
_FIRST_AI = re.compile(r"^a(?:y[aei]|[iey])(?![aeiou])")
_FIRST_AI_MARK = "A"  # upper case: kept out of the folding below, "ai" again at the end
_ER = re.compile(r"(?<=.)er(?=[^aeiouy])")
_VOWEL_PAIRS = (("ai", "i"), ("ei", "i"), ("ae", "i"), ("oi", "i"), ("au", "u"), ("ou", "u"))
_ASPIRATE = re.compile(r"([bcdgjklmnprstvh])h+")
_I_BEFORE_VOWEL = re.compile(r"(?<=[^aiuA])iy?(?=[aiu])")
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
    word = _SAME_WORD.get(word, word)
    word = word.translate(_LETTERS_SUBSTITUTED)
    word = _OW.sub("ou", word).replace("w", "v")
    word = _Y_AS_VOWEL.sub("i", word)
    word = _FIRST_AI.sub(_FIRST_AI_MARK, word)
    word = _ER.sub("ar", word)
    for pair, single in _VOWEL_PAIRS:
        word = word.replace(pair, single)
    word = word.replace("e", "i").replace("o", "u")
    word = _ASPIRATE.sub(r"\1", word)
    word = re.sub(r"m(?=[bp])", "n", word)
    word = _I_BEFORE_VOWEL.sub("y", word)
    word = word.replace("iy", "i")
    word = word.replace("v", "b")
    word = re.sub(r"^y", "j", word)
    word = word[:1] + word[1:].replace("a", "")
    word = word.replace("ksm", "cm")
    word = _DOUBLED.sub(r"\1", word)
    return word.replace(_FIRST_AI_MARK, "ai")


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
