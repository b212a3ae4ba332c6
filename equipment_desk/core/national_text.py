"""Is a text written the way its national language writes?  Used where texts arrive in bulk (an import).

Each state language of the region has letters of its own beside the Russian
(or Latin) alphabet: Kazakh ә ғ қ ң ө ұ ү һ і, Kyrgyz ң ө ү, Tajik ғ ӣ қ ӯ ҳ ҷ,
Uzbek in Cyrillic ў қ ғ ҳ, Turkmen ä ç ň ö ş ü ý ž.  A text in a language's
column that uses another language's own letters (Kazakh ә or і in the Kyrgyz
column) or no letter of the language's script at all (Latin letters only in
the Tajik column) was put in the wrong column: :func:`text_problems` names
it.  Russian and English cannot be told from Kazakh or Uzbek by their
letters, so they are not guessed at.  A ``?`` standing for a letter (a file saved in a code page such as
Windows-1251, which has none of these letters) is named too.

Uzbek in Latin letters writes oʻ and gʻ with U+02BB (ʻ) and the tutuq belgisi
(the glottal stop, «maʼlumot») with U+02BC (ʼ); keyboards give an apostrophe,
a typographic quote or a backtick instead.  :func:`normalise` writes those
marks, between letters, as the letter the spelling wants: ʻ after o and g,
ʼ elsewhere (an ʼ typed after o or g is kept: «moʼjiza» is spelled so).
"""

from __future__ import annotations

import re

from equipment_desk.core import languages as printed
from equipment_desk.core.errors import Problem

OWN_LETTERS: dict[str, str] = {
    "kk": "әғқңөұүһі",
    "ky": "ңөү",
    "tg": "ғӣқӯҳҷ",
    "uz-Cyrl": "ўқғҳ",
    "uz": "ʻʼ",
    "tk": "äçňöşüýž",
}
"""The letters (lower case) each national language has beside the Russian or the English alphabet."""

FOREIGN_LETTERS: dict[str, frozenset[str]] = {}
"""Letters of the region's other languages, in the same script, that a language never uses."""
for _code, _own in OWN_LETTERS.items():
    _script = printed.BY_CODE[_code].script
    _others = set().union(*(set(letters) for code, letters in OWN_LETTERS.items() if printed.BY_CODE[code].script == _script))
    FOREIGN_LETTERS[_code] = frozenset(_others - set(_own))
# Uzbek keeps ç, ö and ü of foreign names (Turkish, German); ä ň ş ý ž are Turkmen's own.  Turkmen never writes ʻ/ʼ.
FOREIGN_LETTERS["uz"] = FOREIGN_LETTERS["uz"] - set("çöü")

SEARCH_FOLDS: dict[str, str] = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
                                 "ӣ": "и", "ӯ": "у", "ҳ": "х", "ҷ": "ч", "ў": "у", "ё": "е"}
"""Letters search reads as their plain Cyrillic look-alikes (and ё as е), so «казак» finds «қазақ» and «елка» finds «ёлка»:
both what is typed and what is indexed are folded (:func:`fold_for_search`); capitals fold to capitals."""
SEARCH_FOLD_PAIRS: tuple[tuple[str, str], ...] = tuple(
    pair for letter, plain in SEARCH_FOLDS.items() for pair in ((letter, plain), (letter.upper(), plain.upper())))
_SEARCH_FOLD_TABLE = str.maketrans(dict(SEARCH_FOLD_PAIRS))


def fold_for_search(text: str) -> str:
    """``"Қазақстан"`` -> ``"Казакстан"``: the letters of :data:`SEARCH_FOLDS` as their look-alikes, case kept."""
    return text.translate(_SEARCH_FOLD_TABLE) if text else text


OKINA = "\u02bb"
"""ʻ, the sign of oʻ and gʻ in Uzbek Latin."""
TUTUQ = "\u02bc"
"""ʼ, the tutuq belgisi (glottal stop) in Uzbek Latin."""
_MARKS = "'`\u2018\u2019\u02bc\u02bb\u00b4"
_MARK_BETWEEN_LETTERS = re.compile(rf"(?<=[^\W\d_])[{_MARKS}](?=[^\W\d_])")


def normalise(code: str, text: str) -> str:
    """``text`` as language ``code`` spells it: only Uzbek (Latin) changes, its apostrophes written as ʻ and ʼ."""
    if code != "uz" or not text:
        return text

    def letter(match: re.Match[str]) -> str:
        mark, before = match.group(0), match.string[match.start() - 1]
        if before in "oOgG":
            return TUTUQ if mark == TUTUQ else OKINA
        return TUTUQ

    return _MARK_BETWEEN_LETTERS.sub(letter, text)


def _script_letters(text: str) -> tuple[int, int]:
    """How many Cyrillic and how many Latin letters ``text`` has."""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isalpha() and ch.isascii() or "\u00c0" <= ch <= "\u024f")
    return cyrillic, latin


NO_CYRILLIC = "has no Cyrillic letters; {language} is written in Cyrillic letters: is this the right column?"
NO_LATIN = "has no Latin letters; {language} is written in Latin letters: is this the right column?"
FOREIGN = "has letters that {language} does not use ({letters}): is this another language's text in the wrong column?"
LOST_LETTERS = ("has ? where letters should be: the file was saved in a code page without the letters of {language}; "
                "save it as CSV UTF-8 or XLSX and import that")
_LOST_LETTER = re.compile(r"\?(?=[^\W\d_])|\ufffd")
"""A ``?`` before a letter (at the start or inside a word; a question mark ends one) or the replacement character."""


def text_problems(code: str, text: str) -> list[Problem]:
    """What is wrong with ``text`` as a text in the national language ``code`` (nothing for Russian and English)."""
    if code not in OWN_LETTERS or not text or not text.strip():
        return []
    if _LOST_LETTER.search(text):
        return [Problem(LOST_LETTERS, params={"language": code}, value=text)]
    script = printed.BY_CODE[code].script
    cyrillic, latin = _script_letters(text)
    if cyrillic + latin and not (cyrillic if script == "Cyrl" else latin):
        return [Problem(NO_CYRILLIC if script == "Cyrl" else NO_LATIN, params={"language": code}, value=text)]
    foreign = sorted({ch for ch in text.lower() if ch in FOREIGN_LETTERS[code]})
    if foreign:
        return [Problem(FOREIGN, params={"language": code, "letters": " ".join(foreign)}, value=text)]
    return []
