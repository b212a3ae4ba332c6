"""People's names in two scripts: which script a text is in, and the suggested other form.

A person in the region has a name in Cyrillic (as in national documents) and
a Latin form (as in the passport).  Passports follow ICAO Doc 9303, so the
Latin suggestion is iuliia's ``ICAO_DOC_9303`` schema (the scheme of Russian
foreign passports since 2013; "Усубалиев" → "Usubaliev", "Юлия" →
"Iuliia"), with the letters of the Central Asian Cyrillic alphabets it does
not cover mapped first.  The reverse (Latin → Cyrillic) has no standard; it is
a practical transcription table tuned to the names of the region
("Kristina Kuttnig" → «Кристина Куттниг», "Bakhtiyor" → «Бахтиёр»).

Word order: Russian official texts write a Russian-type surname first
(«Усубалиев Азизбек»), a passport's Latin form writes it last ("Azizbek
Usubaliev").  When a word is recognisably such a surname (-ов, -ев, -ин,
-ский…) the suggestion moves it; otherwise the order is kept («Кристина
Куттниг» ↔ "Kristina Kuttnig").  Every suggestion is only a suggestion: the
user confirms or corrects it and both forms are stored.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "CYRILLIC", "LATIN", "guess_gender", "name_parts", "script_of", "suggest_cyrillic", "suggest_latin",
    "to_cyrillic", "to_latin",
]

CYRILLIC, LATIN = "cyrillic", "latin"

_CENTRAL_ASIAN = {
    # letters of Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic that ICAO's Russian table lacks
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ў": "u", "ҷ": "j", "ҳ": "kh", "ӣ": "i", "ӯ": "u",
}

_SURNAME_MALE = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ской")
_SURNAME_FEMALE = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая")
_PATRONYMIC_MALE = ("вич",)
_PATRONYMIC_FEMALE = ("вна", "чна")
_PATRONYMIC_WORDS = {"угли": "m", "оглы": "m", "уулу": "m", "улы": "m", "кизи": "f", "кызы": "f", "қызы": "f"}


def script_of(text: str) -> str:
    """``"cyrillic"`` or ``"latin"``: the script most letters of ``text`` are in (``""`` for no letters)."""
    cyrillic = latin = 0
    for char in text or "":
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("CYRILLIC"):
            cyrillic += 1
        elif name.startswith("LATIN"):
            latin += 1
    if not cyrillic and not latin:
        return ""
    return CYRILLIC if cyrillic >= latin else LATIN


@lru_cache(maxsize=1)
def _icao():
    import iuliia

    return iuliia.ICAO_DOC_9303


def to_latin(text: str) -> str:
    """``text`` transliterated to Latin by ICAO Doc 9303 (word order kept)."""
    mapped = "".join(_map_case(char, _CENTRAL_ASIAN.get(char.lower())) for char in text or "")
    return _icao().translate(mapped)


def _map_case(char: str, latin: str | None) -> str:
    if latin is None:
        return char
    return latin.capitalize() if char.isupper() else latin


# Latin -> Cyrillic, longest match first; a practical transcription, not a standard.
_TO_CYRILLIC = sorted({
    "shch": "щ", "sch": "щ", "zh": "ж", "kh": "х", "ts": "ц", "tz": "ц", "ch": "ч", "sh": "ш",
    "yu": "ю", "iu": "ю", "ya": "я", "ia": "я", "yo": "ё", "ye": "е", "yi": "ый", "iy": "ий", "ii": "ий",
    "ck": "к", "ph": "ф", "th": "т", "gh": "г", "ee": "и", "oo": "у", "ou": "у", "qu": "кв",
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "дж",
    "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
    "u": "у", "v": "в", "w": "в", "x": "кс", "y": "й", "z": "з",
    "ä": "я", "ö": "ё", "ü": "ю", "ş": "ш", "ç": "ч", "ň": "н", "ý": "й", "ž": "ж", "ğ": "г", "ı": "ы",
    "ʻ": "", "'": "", "’": "",
}.items(), key=lambda pair: -len(pair[0]))
_VOWELS_CYR = set("аеёиоуыэюя")


def to_cyrillic(text: str) -> str:
    """``text`` transcribed to Cyrillic (word order kept): "Kristina Kuttnig" → «Кристина Куттниг»."""
    return re.sub(r"[^\W\d_]+['ʻ’]?[^\W\d_]*", lambda m: _word_to_cyrillic(m.group(0)), text or "")


def _word_to_cyrillic(word: str) -> str:
    lower = word.lower()
    out: list[str] = []
    index = 0
    while index < len(lower):
        for latin, cyr in _TO_CYRILLIC:
            if lower.startswith(latin, index):
                # "ii"/"iy" read «ий» only at the end of a word (Dmitrii); "ie" stays «ие»
                if latin in ("ii", "iy", "yi") and index + len(latin) != len(lower):
                    continue
                out.append(cyr)
                index += len(latin)
                break
        else:
            out.append(lower[index])
            index += 1
    result = "".join(out)
    if word[:1].isupper():
        result = result[:1].upper() + result[1:]
    if word.isupper() and len(word) > 1:
        result = result.upper()
    return result


def _is_surname(word: str) -> bool:
    lower = word.lower()
    return len(lower) > 4 and lower.endswith(_SURNAME_MALE + _SURNAME_FEMALE)


def _typed_surname(words: list[str]) -> int | None:
    """The index of the one word of a Cyrillic name that is a Russian-type surname (-ов, -ев, -ин, -ский…)."""
    found = [index for index, (word, role) in enumerate(name_parts(" ".join(words)))
             if role == "last" and _is_surname(word)]
    return found[0] if len(found) == 1 else None


def suggest_latin(cyrillic: str) -> str:
    """The passport (Latin) form suggested for a Cyrillic name: ICAO Doc 9303, a Russian-type surname moved last."""
    words = (cyrillic or "").split()
    if len(words) >= 2 and _typed_surname(words) == 0:
        words = [*words[1:], words[0]]
    return " ".join(to_latin(word) for word in words)


def suggest_cyrillic(latin: str) -> str:
    """The Cyrillic form suggested for a Latin name: transcribed, a Russian-type surname moved first."""
    words = [to_cyrillic(word) for word in (latin or "").split()]
    if len(words) >= 2 and _typed_surname(words) == len(words) - 1:
        words = [words[-1], *words[:-1]]
    return " ".join(words)


@lru_cache(maxsize=1)
def morph():
    """The pymorphy3 analyser (loaded once, on first use)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _name_tag(word: str) -> tuple[bool, str]:
    """Whether pymorphy3 knows ``word`` as a first name, and its gender (``m``/``f``/``""``)."""
    for parse in morph().parse(word):
        if "Name" in parse.tag and parse.is_known and parse.tag.case == "nomn" and parse.normal_form == word.lower():
            return True, {"masc": "m", "femn": "f"}.get(parse.tag.gender or "", "")
    return False, ""


def name_parts(name: str) -> list[tuple[str, str]]:
    """Each word of a Cyrillic name with its role: ``last``, ``first``, ``middle`` or ``particle``.

    Patronymics end in -вич/-вна or are followed by «угли», «кызы»…; surnames
    end in -ов/-ев/-ин/-ский (and feminine forms); first names are those
    pymorphy3's dictionary knows as names.  When no surname was found, the
    last word left is the surname (foreign names are written given name
    first: «Кристина Куттниг», «Ашита Миттал»); the other words are first
    names.
    """
    words = (name or "").split()
    roles: list[str] = [""] * len(words)
    for index, word in enumerate(words):
        lower = word.lower()
        if lower in _PATRONYMIC_WORDS:
            roles[index] = "particle"
            if index:
                roles[index - 1] = "middle"
        elif lower.endswith(_PATRONYMIC_MALE + _PATRONYMIC_FEMALE) and len(lower) > 5:
            roles[index] = "middle"
    for index, word in enumerate(words):
        if roles[index]:
            continue
        if _name_tag(word)[0]:
            roles[index] = "first"
        elif _is_surname(word):
            roles[index] = "last"
    if "last" not in roles:
        for index in reversed(range(len(roles))):
            if not roles[index]:
                roles[index] = "last"
                break
        else:
            # every word is a known first name: Russian documents put the surname first
            if roles.count("first") > 1:
                roles[roles.index("first")] = "last"
    return [(word, role or "first") for word, role in zip(words, roles)]


def guess_gender(name: str) -> str:
    """``"m"``, ``"f"`` or ``""``: read from a Cyrillic name's patronymic, surname or first name."""
    votes = {"m": 0, "f": 0}
    for word, role in name_parts(name):
        lower = word.lower()
        if role == "particle":
            votes[_PATRONYMIC_WORDS[lower]] += 3
        elif role == "middle" and lower.endswith(_PATRONYMIC_MALE):
            votes["m"] += 3
        elif role == "middle" and lower.endswith(_PATRONYMIC_FEMALE):
            votes["f"] += 3
        elif role == "last" and lower.endswith(_SURNAME_FEMALE):
            votes["f"] += 2
        elif role == "last" and lower.endswith(_SURNAME_MALE):
            votes["m"] += 2
        elif role == "first":
            gender = _name_tag(word)[1]
            if gender:
                votes[gender] += 2
    if votes["m"] == votes["f"]:
        return ""
    return "m" if votes["m"] > votes["f"] else "f"


def suggest_for_language(code: str, cyrillic: str, latin: str) -> str:
    """A person's name suggested for printed language ``code``: the Cyrillic name (as in national documents) in
    a Cyrillic language (Russian, Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic), the Latin passport form in a Latin one
    (English, Uzbek, Turkmen) — the one given, else the other transliterated.  Only ever a suggestion."""
    from equipment_desk.core.languages import BY_CODE

    cyrillic, latin = (cyrillic or "").strip(), (latin or "").strip()
    if BY_CODE[code].script == "Cyrl":
        return cyrillic or (suggest_cyrillic(latin) if latin else "")
    return latin or (suggest_latin(cyrillic) if cyrillic else "")
