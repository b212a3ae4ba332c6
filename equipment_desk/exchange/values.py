"""Cells as people write them in a register: amounts with their currency, dates in many shapes.

* :func:`split_currency` takes the currency out of an amount cell —
  ``"$1,234.50"``, ``"USD 1,234.50"``, ``"1 234,50 сом"``, ``"₸ 5 000"`` — and
  gives the number text and the ISO code it named.
* :func:`header_currency` reads a currency from a column title:
  ``"Unit Price (USD)"``, «Цена, сом», «Сумма (тенге)».
* :func:`read_date` reads ``2018-02-15``, ``15.02.2018``, ``15.02.18``,
  ``15-Feb-2018``, ``15 фев. 2018``, «15 февраля 2018 г.», ``Feb 15, 2018``,
  date cells and Excel date serials, and ``1/23/18`` or ``23/1/18`` when the
  order is plain or given (:data:`DATE_ORDERS`).  A date that could be read
  two ways is refused, naming both readings, never guessed.

Nothing here writes; a problem is a :class:`DateError` or :class:`AmountError`
carrying an English template and its values.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from equipment_desk.exchange.columns import currency_key, currency_lookup

DATE_ORDERS = ("dmy", "mdy", "ymd")
"""How a date such as ``01/02/18`` is read: day first, month first, year first."""

_CURRENCIES = currency_lookup()
_AMOUNT_BODY = re.compile(r"^[\s\u00a0\u202f\u2009'’]*[-+\u2212]?[\d][\d\s\u00a0\u202f\u2009'’.,]*$")
_EDGE = re.compile(r"^(?P<head>[^\d+\-\u2212]*?)\s*(?P<body>[-+\u2212]?\d[\d\s\u00a0\u202f\u2009'’.,]*?)\s*(?P<tail>[^\d]*)$")


class ValueReadError(ValueError):
    """A cell that cannot be read: ``message`` is an English template filled from ``params``."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


class AmountError(ValueReadError):
    pass


class DateError(ValueReadError):
    pass


def currency_of_word(text: str) -> str | None:
    """``"сом"`` -> ``"KGS"``, ``"$"`` -> ``"USD"``, ``"Долл. США"`` -> ``"USD"``; ``None`` when not a currency."""
    key = currency_key(text).strip(" ()[]:,;/")
    return _CURRENCIES.get(key) if key else None


def split_currency(text: str) -> tuple[str, str | None]:
    """``"$1,234.50"`` -> ``("1,234.50", "USD")``; plain numbers come back as they are with ``None``.

    Raises :class:`AmountError` when the words around the number are not a currency we know.
    """
    stripped = text.strip()
    if not stripped or _AMOUNT_BODY.match(stripped):
        return stripped, None
    if stripped.startswith("(") and stripped.endswith(")") and any(ch.isdigit() for ch in stripped):
        raise AmountError("must not be negative (an amount in brackets is a negative one)")
    match = _EDGE.match(stripped)
    if match is None:
        raise AmountError("is not an amount: expected a number such as 1 234,50 or $1,234.50")
    head, body, tail = match.group("head").strip(), match.group("body").strip(), match.group("tail").strip()
    found = []
    for word in (head, tail):
        if not word:
            continue
        code = currency_of_word(word)
        if code is None:
            raise AmountError("is not an amount: {word} is not a currency (expected a code such as USD or KGS, or a sign such as $)",
                              word=word)
        found.append(code)
    if len(set(found)) > 1:
        raise AmountError("names two currencies ({first} and {second})", first=found[0], second=found[1])
    return body, (found[0] if found else None)


_HEADER_PART = re.compile(r"[(\[,/]\s*([^()\[\],/]+?)\s*[)\]]?\s*$")


def header_currency(title: str) -> str | None:
    """The currency a column title names: ``"Unit Price (USD)"`` -> ``USD``, «Цена, сом» -> ``KGS``."""
    text = str(title or "").strip()
    match = _HEADER_PART.search(text)
    if match:
        code = currency_of_word(match.group(1))
        if code:
            return code
    words = text.replace("(", " ").replace(")", " ").split()
    if len(words) >= 2:
        return currency_of_word(words[-1])
    return None


# --- dates --------------------------------------------------------------------------------------

_MONTHS = {
    1: ("jan", "january", "янв", "январь", "января", "январ"),
    2: ("feb", "february", "фев", "февр", "февраль", "февраля"),
    3: ("mar", "march", "мар", "март", "марта"),
    4: ("apr", "april", "апр", "апрель", "апреля"),
    5: ("may", "май", "мая"),
    6: ("jun", "june", "июн", "июнь", "июня"),
    7: ("jul", "july", "июл", "июль", "июля"),
    8: ("aug", "august", "авг", "август", "августа"),
    9: ("sep", "sept", "september", "сен", "сент", "сентябрь", "сентября"),
    10: ("oct", "october", "окт", "октябрь", "октября"),
    11: ("nov", "november", "ноя", "нояб", "ноябрь", "ноября"),
    12: ("dec", "december", "дек", "декабрь", "декабря"),
}
_MONTH_WORDS = {word: month for month, words in _MONTHS.items() for word in words}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,4})([./\-])(\d{1,2})\2(\d{1,4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s\-./]*([^\W\d_]+)\.?[\s\-./,]*(\d{2}|\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\.?[\s\-./]*(\d{1,2})(?:st|nd|rd|th)?[\s,\-./]+(\d{2}|\d{4})$")
_YEAR_WORD = re.compile(r"\s*(г\.?|года|год|гг\.?)$")
EXCEL_EPOCH = date(1899, 12, 30)
_SERIALS = (25_569, 73_051)
"""Excel day numbers read as dates in a date column: 1970-01-01 to 2099-12-31."""


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    if len(text) != 4:
        raise DateError("is not a date: the year {year} should have four digits", year=text)
    return value


def _make(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError("is not a date: there is no day {day} in month {month} of {year}", day=day, month=month, year=year) from None


def read_date(value: Any, order: str | None = None) -> str:
    """A date cell as ISO ``YYYY-MM-DD`` (see the module text); raises :class:`DateError`."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        if value == int(value) and _SERIALS[0] <= int(value) <= _SERIALS[1]:
            return (EXCEL_EPOCH + timedelta(days=int(value))).isoformat()
        raise DateError("is not a date: a number that is not an Excel date")
    text = " ".join(str(value).strip().split())
    if "T" in text and text[:4].isdigit():
        text = text.split("T", 1)[0]
    elif re.match(r"^\S+ \d{1,2}:\d{2}", text):
        text = text.split(" ", 1)[0]
    text = _YEAR_WORD.sub("", text)
    match = _ISO.match(text)
    if match:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)), text).isoformat()
    match = _NUMERIC.match(text)
    if match:
        return _numeric(match.group(1), match.group(2), match.group(3), match.group(4), order, text)
    for pattern, day_group, month_group in ((_DAY_MONTH_YEAR, 1, 2), (_MONTH_DAY_YEAR, 2, 1)):
        match = pattern.match(text)
        if match:
            month = _MONTH_WORDS.get(match.group(month_group).lower().rstrip("."))
            if month is None:
                raise DateError("is not a date: {word} is not a month", word=match.group(month_group))
            return _make(_year(match.group(3)), month, int(match.group(day_group)), text).isoformat()
    raise DateError("is not a date; expected a date such as 2018-02-15, 15.02.2018 or 15-Feb-2018")


def _numeric(first: str, separator: str, second: str, third: str, order: str | None, text: str) -> str:
    if len(first) == 4:  # 2018/02/15, 2018.02.15
        return _make(int(first), int(second), _day(third), text).isoformat()
    if len(third) not in (2, 4) or len(first) > 2:
        raise DateError("is not a date; expected a date such as 2018-02-15 or 15.02.2018")
    year = _year(third)
    a, b = int(first), int(second)
    if order == "ymd":
        raise DateError("does not start with the year, as the date order year-month-day says")
    if separator == ".":
        order = "dmy"  # 15.02.18: dots are day first wherever they are written
    if order is None:
        if a > 12 >= b:
            order = "dmy"
        elif b > 12 >= a:
            order = "mdy"
        elif a == b:
            order = "dmy"
        else:
            day_first = _make(year, b, a, text).isoformat() if a <= 31 and b <= 12 else "?"
            month_first = _make(year, a, b, text).isoformat() if b <= 31 and a <= 12 else "?"
            raise DateError("is ambiguous: {text} could be {day_first} (day first) or {month_first} (month first); give the date order",
                            text=text, day_first=day_first, month_first=month_first)
    day, month = (a, b) if order == "dmy" else (b, a)
    if month > 12:
        raise DateError("is not a date in the order {order}: {month} is not a month", order=_ORDER_WORDS[order], month=month)
    return _make(year, month, day, text).isoformat()


def _day(text: str) -> int:
    if len(text) > 2:
        raise DateError("is not a date; expected a date such as 2018-02-15 or 15.02.2018")
    return int(text)


_ORDER_WORDS = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year/month/day"}


def date_order_hint(value: Any) -> str | None:
    """The order a single slash date reveals: ``1/23/18`` -> ``mdy``, ``23/1/18`` -> ``dmy``; ``None`` when it does not."""
    text = " ".join(str(value).strip().split()) if isinstance(value, str) else ""
    match = _NUMERIC.match(text)
    if not match or len(match.group(1)) > 2 or match.group(2) == ".":
        return None
    a, b = int(match.group(1)), int(match.group(3))
    if a > 12 >= b:
        return "dmy"
    if b > 12 >= a:
        return "mdy"
    return None
