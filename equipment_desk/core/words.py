"""The amount in words («сумма прописью») for the handover act.

One accounting style in every language: the major units in words, the minor
units as two digits, each followed by its unit name, first letter capitalised
(below, 2 150 000,50 in each language's own currency, en and ru in KGS).

=======  ==================================================================
ru       ``Два миллиона сто пятьдесят тысяч сомов 50 тыйынов``
en       ``Two million, one hundred and fifty thousand soms and 50 tyiyns``
kk       ``Екі миллион жүз елу мың теңге 50 тиын``
ky       ``Эки миллион жүз элүү миң сом 50 тыйын``
tg       ``Ду миллиону саду панҷоҳ ҳазор сомонӣ 50 дирам``
uz       ``Ikki million yuz ellik ming soʻm 50 tiyin``
uz-Cyrl  ``Икки миллион юз эллик минг сўм 50 тийин``
tk       ``Iki million ýüz elli müň manat 50 teňňe``
=======  ==================================================================

The number words come from :mod:`equipment_desk.core.numwords` (num2words'
interface; cardinals only); the unit names and their agreement are ours, from
:mod:`equipment_desk.core.money`:

- Russian: the form follows the last number, 1 / 2–4 / 5+ with 11–14 taking
  the 5+ form (``один сом``, ``два сома``, ``пять сомов``, ``одиннадцать сомов``,
  ``двадцать один сом``); the minor digits agree the same way (``01 тыйын``,
  ``02 тыйына``, ``00 тыйынов``).  Every unit is masculine, which is the gender
  num2words uses for the last word; тенге, сомони, евро do not decline.
- English: singular after exactly one, plural otherwise (``one som``,
  ``two soms``, ``zero soms``); ``and`` joins the minor part.
- Kazakh, Kyrgyz, Tajik, Uzbek and Turkmen: a noun after a numeral stays
  singular, so one form each.  The rules of each language's numbers are in
  ``docs/number-words.md``.
"""

from __future__ import annotations

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.money import MAX_MINOR, Currency, check_language, currency


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


def _check_count(number: object, field: str, maximum: int) -> int:
    if isinstance(number, bool) or not isinstance(number, int):
        raise InputError(Problem("must be a whole number", field=field, value=number))
    if number < 0:
        raise InputError(Problem("must not be negative", field=field, value=number))
    if number > maximum:
        raise InputError(Problem("is too large (at most {max})", params={"max": maximum}, field=field, value=number))
    return number


def number_in_words(number: int, lang: str) -> str:
    """A whole non-negative number in words, lower case (``2150000`` -> ``два миллиона …``).

    ``lang`` is any code of :data:`equipment_desk.core.languages.CODES`;
    numbers up to :data:`~equipment_desk.core.numwords.MAX_NUMBER` (10**21 - 1).
    """
    from equipment_desk.core.numwords import MAX_NUMBER, cardinal  # num2words: loaded when a number is first spelt

    check_language(lang)
    return cardinal(_check_count(number, "number", MAX_NUMBER), lang)


def currency_name(currency_code: str, lang: str, count: int = 1, *, minor: bool = False) -> str:
    """The name of a currency's major (or ``minor``) unit as it stands after ``count`` in ``lang``.

    ``currency_name("KGS", "ru", 5)`` -> ``"сомов"``; ``("KGS", "en", 2)`` ->
    ``"soms"``; in the state languages the one form whatever ``count``
    (``("KZT", "kk", 5, minor=True)`` -> ``"тиын"``).
    """
    cur = currency(currency_code)
    check_language(lang)
    count = _check_count(count, "count", MAX_MINOR)
    return _unit_names(cur, lang, count, count)[1 if minor else 0]


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _unit_names(cur: Currency, lang: str, major: int, minor: int) -> tuple[str, str]:
    if lang == "ru":
        return russian_form(major, cur.major_ru), russian_form(minor, cur.minor_ru)
    if lang == "en":
        return english_form(major, cur.major_en), english_form(minor, cur.minor_en)
    return cur.names(lang)


def amount_in_words(minor: int, currency_code: str, lang: str) -> str:
    """The amount in words for an act, e.g. ``"Пять сомов 00 тыйынов"``.

    ``minor`` is in minor units; ``lang`` is any code of
    :data:`equipment_desk.core.languages.CODES`.
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
    from equipment_desk.core.numwords import cardinal  # num2words: loaded when an amount is first spelt

    major, rest = divmod(minor, cur.minor_factor)
    major_name, minor_name = _unit_names(cur, lang, major, rest)
    words = cardinal(major, lang)
    digits = f"{rest:0{cur.minor_digits}d}"
    joiner = " and " if lang == "en" else " "
    return _capitalise(f"{words} {major_name}{joiner}{digits} {minor_name}")
