"""Checking a record's fields before anything is written.

A record kind declares its fields once (:class:`Field`); :func:`clean_record`
turns raw input (from a form, a CSV row, JSON) into clean values and a list
of :class:`~equipment_desk.core.errors.Problem` — every problem at once, so a
user fixes a file in one pass.  The store checks again with constraints and
triggers; this is where the messages come from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, NamedTuple

from equipment_desk.core.errors import InputError, Problem

MAX_INT64 = 2**63 - 1
COUNTRIES = {
    "KG": ("Kyrgyzstan", "Кыргызстан"),
    "UZ": ("Uzbekistan", "Узбекистан"),
    "KZ": ("Kazakhstan", "Казахстан"),
    "TJ": ("Tajikistan", "Таджикистан"),
    "TM": ("Turkmenistan", "Туркменистан"),
    "AZ": ("Azerbaijan", "Азербайджан"),
    "AF": ("Afghanistan", "Афганистан"),
}
_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"), (3, 2, 1)),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), (3, 2, 1)),
)


class FieldError(ValueError):
    """Raised by a converter: ``message`` is an English template filled from ``params``."""

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


def parse_date(value: Any) -> str:
    """A date as ISO ``YYYY-MM-DD`` from ISO text, ``DD.MM.YYYY``, ``DD/MM/YYYY`` or a date object."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if "T" in text or " " in text:
        text = re.split(r"[T ]", text, maxsplit=1)[0]
    for pattern, (y, m, d) in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            try:
                return date(int(match.group(y)), int(match.group(m)), int(match.group(d))).isoformat()
            except ValueError:
                break
    raise FieldError("is not a date; expected a date such as 2018-02-15 or 15.02.2018")


def _is_whole_decimal(value: Any) -> bool:
    """A ``decimal.Decimal`` with no fraction.  (decimal is imported only when a value may be one: it is not needed
    to start the program.)"""
    if isinstance(value, (str, float, int)):
        return False
    from decimal import Decimal

    return isinstance(value, Decimal) and value == value.to_integral_value()


def parse_positive_int(value: Any) -> int:
    """A whole number greater than zero (``"50"``, ``50``, ``50.0`` from a spreadsheet)."""
    if isinstance(value, bool):
        raise FieldError("must be a whole number greater than 0")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)  # openpyxl gives whole numbers as float; exact below 2**53
    elif _is_whole_decimal(value):
        number = int(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "")
        if not re.fullmatch(r"[+-]?\d+", text):
            raise FieldError("must be a whole number greater than 0")
        number = int(text)
    if number <= 0:
        raise FieldError("must be a whole number greater than 0")
    if number > 1_000_000_000:
        raise FieldError("is too large; at most 1,000,000,000")
    return number


def parse_minor_units(value: Any) -> int:
    """An amount already in minor units (an int of cents/tyiyns), 0 or more."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldError("must be a whole number of minor units (cents), 0 or more")
    if value < 0:
        raise FieldError("must not be negative")
    if value > MAX_INT64:
        raise FieldError("is too large to store")
    return value


class Field(NamedTuple):
    """One field of a record kind and how to check it.  (Named tuples here and in the other records the window reads
    at every start: a frozen dataclass takes ten times as long to make.)"""

    name: str
    kind: str = "text"
    """``text``, ``identifier`` (text normalised by :func:`normalize_identifier`), ``int``, ``minor``, ``date``,
    ``choice``, ``language_pair`` (two printed languages, ``ky,ru``), ``currency``, ``country``, ``uuid``, ``bool``, ``unit``, ``ref`` (a row id), ``rate`` (an exchange rate as text) or ``scale`` (1 or 100)."""
    required: bool = False
    max_length: int = 300
    choices: tuple[str, ...] = ()
    default: Any = None
    nullable: bool = False
    """Empty text becomes ``None`` (for optional unique fields such as a serial number)."""

    def clean(self, value: Any) -> Any:
        if value is None or (isinstance(value, str) and not value.strip()):
            if self.required:
                raise FieldError("is required")
            if self.nullable or self.kind in ("date", "int", "minor", "uuid", "ref", "rate"):
                return None
            if self.default is not None:
                return self.default
            return ""
        converter = _CONVERTERS[self.kind]
        return converter(self, value)


INVISIBLE = frozenset(
    "\u00ad"  # soft hyphen
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, non-joiner, joiner, word joiner, BOM
    "\u061c\u200e\u200f"  # bidi marks: Arabic letter mark, left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
)
"""Characters that show nothing but make two identifiers differ (``ZW1`` and ``ZW1`` + U+200B)."""


_WITHOUT_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))


def normalize_identifier(value: Any) -> str:
    """An identifier (serial or inventory number, a code) as it is kept and looked up.

    Unicode NFC (a letter typed as one character or as a letter plus an
    accent is the same), invisible characters (zero-width and bidi controls,
    soft hyphens) removed, white space at either end trimmed; nothing else
    changes, so what the label shows is what is kept.
    """
    text = str(value)
    if text.isascii():  # NFC leaves ASCII as it is, and no invisible character is ASCII
        return text.strip()
    import unicodedata

    return unicodedata.normalize("NFC", text).translate(_WITHOUT_INVISIBLE).strip()


def _clean_identifier(field: Field, value: Any) -> str | None:
    if isinstance(value, (dict, list, tuple, set, bytes)):
        raise FieldError("must be text")
    text = normalize_identifier(value)
    if not text:
        if field.required:
            raise FieldError("is required")
        return None if field.nullable else ""
    return _clean_text(field, text)


def _clean_text(field: Field, value: Any) -> str:
    if isinstance(value, (dict, list, tuple, set, bytes)):
        raise FieldError("must be text")
    text = str(value).strip()
    if "\x00" in text:
        raise FieldError("contains a NUL character")
    if len(text) > field.max_length:
        raise FieldError("is too long ({length} characters); at most {limit}", length=len(text), limit=field.max_length)
    return text


def _clean_language_pair(field: Field, value: Any) -> str:
    from equipment_desk.core.languages import CODES, parse_pair

    pair = parse_pair(value)
    if pair is None:
        raise FieldError("must be two different languages of {codes}, e.g. ru,en", codes=", ".join(CODES))
    return pair


def _clean_choice(field: Field, value: Any) -> str:
    text = str(value).strip().lower()
    if text not in field.choices:
        raise FieldError("must be one of {choices}", choices=", ".join(field.choices))
    return text


def _clean_currency(field: Field, value: Any) -> str:
    from equipment_desk.core.money import CURRENCY_CODES

    text = str(value).strip().upper()
    if text not in CURRENCY_CODES:
        raise FieldError("is not a known currency; expected one of {codes}", codes=", ".join(CURRENCY_CODES))
    return text


def _clean_country(field: Field, value: Any) -> str:
    text = str(value).strip()
    upper = text.upper()
    if len(upper) == 2 and upper.isalpha() and upper.isascii():
        return upper
    for code, names in COUNTRIES.items():
        if text.casefold() in (n.casefold() for n in names):
            return code
    raise FieldError("is not a country; expected a two-letter code such as KG, UZ, KZ, TJ or TM")


def _clean_uuid(field: Field, value: Any) -> str:
    try:
        import uuid  # not at start-up: it loads the platform module

        return str(uuid.UUID(str(value).strip()))
    except ValueError as error:
        raise FieldError("is not a valid UUID") from error


def _clean_bool(field: Field, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "y", "да"):
        return True
    if text in ("0", "false", "no", "n", "нет"):
        return False
    raise FieldError("must be yes or no")


def _clean_rate(field: Field, value: Any) -> int:
    """An exchange rate written as text (``68.8395``), in millionths; a float is refused (it may have lost digits)."""
    from equipment_desk.core.money import parse_rate

    if isinstance(value, (bool, float)):
        raise FieldError("must be a decimal number written as text, e.g. 68.8395")
    try:
        return parse_rate(str(value))
    except InputError as error:
        problem = error.problems[0]
        raise FieldError(problem.message, **problem.params) from error


def _clean_scale(field: Field, value: Any) -> int:
    if str(value).strip() in ("1", "100"):
        return int(str(value).strip())
    raise FieldError("must be 1 or 100 (the number of US dollars the rate is for)")


def _clean_unit(field: Field, value: Any) -> str:
    from equipment_desk.core.units import parse_unit

    try:
        return parse_unit(str(value))
    except InputError as error:
        problem = error.problems[0]
        raise FieldError(problem.message, **problem.params) from error


def _clean_ref(field: Field, value: Any) -> int:
    """A reference to another record: a row id (the store checks that the record exists)."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise FieldError("must refer to an existing record")
    return value


_CONVERTERS: dict[str, Callable[[Field, Any], Any]] = {
    "text": _clean_text,
    "identifier": _clean_identifier,
    "int": lambda field, value: parse_positive_int(value),
    "minor": lambda field, value: parse_minor_units(value),
    "date": lambda field, value: parse_date(value),
    "choice": _clean_choice,
    "language_pair": _clean_language_pair,
    "currency": _clean_currency,
    "country": _clean_country,
    "uuid": _clean_uuid,
    "bool": _clean_bool,
    "unit": _clean_unit,
    "ref": _clean_ref,
    "rate": _clean_rate,
    "scale": _clean_scale,
}


def clean_record(
    fields: Iterable[Field],
    data: Mapping[str, Any],
    *,
    partial: bool = False,
    row: int | None = None,
    source: str | None = None,
    field_names: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], list[Problem]]:
    """Check ``data`` against ``fields``; return the clean values and every problem found.

    With ``partial=True`` only the keys present are checked (an update).
    ``field_names`` maps a field to the column title the user sees (for
    messages about a file).  Unknown keys are reported.
    """
    clean: dict[str, Any] = {}
    problems: list[Problem] = []
    fields = list(fields)
    known = {f.name for f in fields}
    for key in data:
        if key not in known:
            problems.append(Problem("is not a known field", field=str(key), row=row, source=source))
    for spec in fields:
        if partial and spec.name not in data:
            continue
        raw = data.get(spec.name)
        shown_name = (field_names or {}).get(spec.name, spec.name)
        try:
            clean[spec.name] = spec.clean(raw)
        except FieldError as error:
            problems.append(
                Problem(error.message, params=error.params, field=shown_name, row=row, source=source, value=raw)
            )
    return clean, problems
