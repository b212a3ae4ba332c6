"""The amount in words («сумма прописью») for the handover act.

One accounting style in every language: the major units in words, the minor
units as two digits, each followed by its unit name, first letter capitalised.

====  ==================================================================
ru    ``Два миллиона сто пятьдесят тысяч сомов 50 тыйынов``
en    ``Two million, one hundred and fifty thousand soms and 50 tyiyns``
kk    ``Екі миллион жүз елу мың теңге 50 тиын``
tg    ``Ду миллиону яксаду панҷоҳ ҳазор сомонӣ 50 дирам``
====  ==================================================================

The number words come from num2words (cardinals only); the unit names and
their agreement are ours, from :mod:`equipment_desk.core.money`:

- Russian: the form follows the last number, 1 / 2–4 / 5+ with 11–14 taking
  the 5+ form (``один сом``, ``два сома``, ``пять сомов``, ``одиннадцать сомов``,
  ``двадцать один сом``); the minor digits agree the same way (``01 тыйын``,
  ``02 тыйына``, ``00 тыйынов``).  Every unit is masculine, which is the gender
  num2words uses for the last word; тенге, сомони, евро do not decline.
- English: singular after exactly one, plural otherwise (``one som``,
  ``two soms``, ``zero soms``); ``and`` joins the minor part.
- Kazakh and Tajik: a noun after a numeral stays singular, so one form each.
"""

from __future__ import annotations

from num2words import num2words

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.money import MAX_MINOR, Currency, check_language, currency

_NUM2WORDS_LANG = {"en": "en", "ru": "ru", "kk": "kz", "tg": "tg"}


def russian_form(number: int, forms: tuple[str, str, str]) -> str:
    """The Russian noun form after ``number``: forms for 1, 2–4 and 5+."""
    last_two = abs(number) % 100
    last = last_two % 10
    if 11 <= last_two <= 14:
        return forms[2]
    if last == 1:
        return forms[0]
    if 2 <= last <= 4:
        return forms[1]
    return forms[2]


def english_form(number: int, forms: tuple[str, str]) -> str:
    """Singular after exactly one, plural otherwise."""
    return forms[0] if number == 1 else forms[1]


def number_in_words(number: int, lang: str) -> str:
    """A whole non-negative number in words, lower case (``2150000`` -> ``два миллиона …``)."""
    check_language(lang)
    return num2words(number, lang=_NUM2WORDS_LANG[lang])


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unit_names(cur: Currency, lang: str, major: int, minor: int) -> tuple[str, str]:
    if lang == "ru":
        return russian_form(major, cur.major_ru), russian_form(minor, cur.minor_ru)
    if lang == "en":
        return english_form(major, cur.major_en), english_form(minor, cur.minor_en)
    if lang == "kk":
        return cur.major_kk, cur.minor_kk
    return cur.major_tg, cur.minor_tg


def amount_in_words(minor: int, currency_code: str, lang: str) -> str:
    """The amount in words for an act, e.g. ``"Пять сомов 00 тыйынов"``.

    ``minor`` is in minor units; ``lang`` is one of en, ru, kk, tg.
    """
    cur = currency(currency_code)
    check_language(lang)
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise InputError(Problem("must be a whole number of minor units", field="amount", value=minor))
    if minor < 0:
        raise InputError(Problem("must not be negative", field="amount", value=minor))
    if minor > MAX_MINOR:
        raise InputError(
            Problem("is too large (at most {max} minor units)", params={"max": MAX_MINOR}, field="amount", value=minor)
        )
    major, rest = divmod(minor, cur.minor_factor)
    major_name, minor_name = _unit_names(cur, lang, major, rest)
    words = number_in_words(major, lang)
    digits = f"{rest:0{cur.minor_digits}d}"
    joiner = " and " if lang == "en" else " "
    return _capitalise(f"{words} {major_name}{joiner}{digits} {minor_name}")
