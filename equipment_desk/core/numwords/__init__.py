"""Numbers in words in every printed language, in num2words' interface.

Russian and English are :mod:`num2words`' own.  Kazakh is num2words' ``kz``,
checked against our number table (``tests/core/test_numwords.py``); Tajik,
Kyrgyz, Uzbek (Latin and Cyrillic) and Turkmen are ours
(:mod:`.tajik`, :mod:`.turkic`), because num2words 0.5.14 has no Kyrgyz,
Uzbek or Turkmen and its Tajik has errors.  Each converter is a
``Num2Word_Base`` subclass with ``to_cardinal`` and ``to_currency`` and knows
every currency of :mod:`equipment_desk.core.money`::

    >>> CONVERTERS["ky"].to_cardinal(2001000)
    'эки миллион бир миң'
    >>> from decimal import Decimal
    >>> CONVERTERS["tg"].to_currency(Decimal("21.50"), currency="TJS")
    'бисту як сомонӣ, панҷоҳ дирам'

The act's accounting style (minor units as two digits) is
:func:`equipment_desk.core.words.amount_in_words`.
"""

from __future__ import annotations

from num2words import CONVERTER_CLASSES
from num2words.base import Num2Word_Base

from equipment_desk.core.languages import CODES
from equipment_desk.core.money import CURRENCIES
from equipment_desk.core.numwords.tajik import Num2Word_TG
from equipment_desk.core.numwords.turkic import (
    Num2Word_KK,
    Num2Word_KY,
    Num2Word_TK,
    Num2Word_UZ,
    Num2Word_UZ_Cyrl,
    whole_number,
)

__all__ = ["CONVERTERS", "MAX_NUMBER", "cardinal", "whole_number"]


def _national(converter: Num2Word_Base, lang: str) -> Num2Word_Base:
    converter.CURRENCY_FORMS = {code: cur.national[lang] for code, cur in CURRENCIES.items()}
    return converter


CONVERTERS: dict[str, Num2Word_Base] = {
    "ru": CONVERTER_CLASSES["ru"],
    "en": CONVERTER_CLASSES["en"],
    "kk": _national(Num2Word_KK(), "kk"),
    "ky": _national(Num2Word_KY(), "ky"),
    "tg": _national(Num2Word_TG(), "tg"),
    "uz": _national(Num2Word_UZ(), "uz"),
    "uz-Cyrl": _national(Num2Word_UZ_Cyrl(), "uz-Cyrl"),
    "tk": _national(Num2Word_TK(), "tk"),
}
"""Language code (of :data:`equipment_desk.core.languages.CODES`) -> converter."""

if set(CONVERTERS) != set(CODES):
    raise ImportError(f"numbers in words cover {sorted(CONVERTERS)}, not the printed languages {sorted(CODES)}")

MAX_NUMBER = 10**21 - 1
"""The largest number every converter writes (the national ones stop below a sextillion)."""


def cardinal(number: int, lang: str) -> str:
    """``number`` in words in ``lang``, lower case; the caller checks ``lang`` and the range."""
    return CONVERTERS[lang].to_cardinal(number)
