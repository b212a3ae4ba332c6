"""Money: integer minor units plus an ISO 4217 code.

Amounts live as ``int`` counts of minor units (``215000000`` KGS is
2 150 000,00 сом).  Text is turned into minor units by :func:`parse_amount`
and back by :func:`format_amount`; :class:`~decimal.Decimal` appears only at
those edges, ``float`` never.

Exchange rates are local currency per ``scale`` US dollars, held as an
``int`` count of millionths (``rate_micro``): ``"68.8395"`` is ``68839500``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.languages import CODES, NATIONAL

if TYPE_CHECKING:
    from decimal import Decimal  # imported where a Decimal is made or may be given: not needed to start

MAX_MINOR = 2**63 - 1
"""Largest amount we store (SQLite INTEGER), in minor units."""
MIN_MINOR = -(2**63)

RATE_DIGITS = 6
"""Exchange rates keep at most this many decimals (``rate_micro`` is millionths)."""
RATE_FACTOR = 10**RATE_DIGITS

LANGUAGES: tuple[str, ...] = CODES
"""Languages an amount can be printed in: every printed language of :mod:`equipment_desk.core.languages`.

English prints the ISO code first and groups with commas; all others group
with no-break spaces, use a decimal comma and put the currency mark after.
"""

NBSP = "\u00a0"
"""No-break space: groups digits in ru/kk/tg and binds the currency to the number."""

_SPACE_GROUPING = {" ", "\u00a0", "\u202f", "\u2009", "\u2007", "'", "\u2019"}
_MINUS_SIGNS = {"-", "\u2212", "\u2013"}


class Currency(NamedTuple):
    """An ISO 4217 currency and the words and signs it prints with.

    Russian names are ``(1, 2–4, 5+)`` forms; English ones ``(singular, plural)``.
    In the state languages (``national``: language -> ``(major, minor)``) a
    noun after a numeral does not inflect, so one form each.  ``signs`` is the
    mark printed after an amount in each language but English, which prints
    the ISO code before it.  Every printed language has its own entry: nothing
    falls back to another language.
    """

    code: str
    numeric: str
    major_en: tuple[str, str]
    minor_en: tuple[str, str]
    major_ru: tuple[str, str, str]
    minor_ru: tuple[str, str, str]
    national: Mapping[str, tuple[str, str]]
    signs: Mapping[str, str]
    minor_digits: int = 2

    def __hash__(self) -> int:  # its mappings cannot be hashed; its code says which it is
        return hash(self.code)

    def sign(self, lang: str) -> str:
        """The currency mark printed beside an amount in ``lang`` (en: the ISO code)."""
        if lang == "en":
            return self.code
        return self.signs[check_language(lang)]

    def names(self, lang: str) -> tuple[str, str]:
        """The major and minor unit names in a state language (``kk``: ``("теңге", "тиын")``)."""
        if check_language(lang) not in self.national:
            # A programming error: Russian and English names inflect with the number.
            raise ValueError(f"{lang} names of a currency inflect: use words.currency_name({self.code!r}, {lang!r}, count)")
        return self.national[lang]

    @property
    def minor_factor(self) -> int:
        """Minor units in one major unit (100)."""
        return 10**self.minor_digits


# The words of each state language are listed for a native speaker's review in
# docs/number-words.md.  Latin Uzbek ʻ is U+02BB.
CURRENCIES: dict[str, Currency] = {
    c.code: c
    for c in (
        Currency(
            "KGS", "417",
            major_en=("som", "soms"), minor_en=("tyiyn", "tyiyns"),
            major_ru=("сом", "сома", "сомов"), minor_ru=("тыйын", "тыйына", "тыйынов"),
            national=MappingProxyType({
                "kk": ("сом", "тыйын"), "ky": ("сом", "тыйын"), "tg": ("сом", "тийин"),
                "uz": ("som", "tiyin"), "uz-Cyrl": ("сом", "тийин"), "tk": ("som", "tyýyn"),
            }),
            # ⃀ (U+20C0) is missing from the fonts we print with.
            signs=MappingProxyType({
                "ru": "сом", "kk": "сом", "ky": "сом", "tg": "сом",
                "uz": "som", "uz-Cyrl": "сом", "tk": "som",
            }),
        ),
        Currency(
            "UZS", "860",
            major_en=("sum", "sums"), minor_en=("tiyin", "tiyins"),
            major_ru=("сум", "сума", "сумов"), minor_ru=("тийин", "тийина", "тийинов"),
            national=MappingProxyType({
                "kk": ("сум", "тиын"), "ky": ("сум", "тыйын"), "tg": ("сум", "тийин"),
                "uz": ("so\u02bbm", "tiyin"), "uz-Cyrl": ("сўм", "тийин"), "tk": ("sum", "tiýin"),
            }),
            signs=MappingProxyType({
                "ru": "сум", "kk": "сум", "ky": "сум", "tg": "сум",
                "uz": "so\u02bbm", "uz-Cyrl": "сўм", "tk": "sum",
            }),
        ),
        Currency(
            "KZT", "398",
            major_en=("tenge", "tenge"), minor_en=("tiyn", "tiyn"),
            major_ru=("тенге", "тенге", "тенге"), minor_ru=("тиын", "тиына", "тиынов"),
            national=MappingProxyType({
                "kk": ("теңге", "тиын"), "ky": ("теңге", "тыйын"), "tg": ("тенге", "тийин"),
                "uz": ("tenge", "tiyin"), "uz-Cyrl": ("тенге", "тийин"), "tk": ("teňňe", "tyýyn"),
            }),
            signs=MappingProxyType({lang: "₸" for lang in ("ru", "kk", "ky", "tg", "uz", "uz-Cyrl", "tk")}),
        ),
        Currency(
            "TJS", "972",
            major_en=("somoni", "somoni"), minor_en=("diram", "dirams"),
            major_ru=("сомони", "сомони", "сомони"), minor_ru=("дирам", "дирама", "дирамов"),
            national=MappingProxyType({
                "kk": ("сомони", "дирам"), "ky": ("сомони", "дирам"), "tg": ("сомонӣ", "дирам"),
                "uz": ("somoniy", "diram"), "uz-Cyrl": ("сомоний", "дирам"), "tk": ("somoni", "diram"),
            }),
            # No official sign: «смн.» is the abbreviation used in Tajikistan.
            signs=MappingProxyType({
                "ru": "смн.", "kk": "смн.", "ky": "смн.", "tg": "смн.",
                "uz": "somoniy", "uz-Cyrl": "сомоний", "tk": "somoni",
            }),
        ),
        Currency(
            "TMT", "934",
            major_en=("manat", "manat"), minor_en=("tenge", "tenge"),
            major_ru=("манат", "маната", "манатов"), minor_ru=("тенге", "тенге", "тенге"),
            national=MappingProxyType({
                "kk": ("манат", "теңге"), "ky": ("манат", "теңге"), "tg": ("манат", "тенге"),
                "uz": ("manat", "tenge"), "uz-Cyrl": ("манат", "тенге"), "tk": ("manat", "teňňe"),
            }),
            # The official mark is "m", which reads as metres in a table.
            signs=MappingProxyType({
                "ru": "манат", "kk": "манат", "ky": "манат", "tg": "манат",
                "uz": "manat", "uz-Cyrl": "манат", "tk": "manat",
            }),
        ),
        Currency(
            "USD", "840",
            major_en=("US dollar", "US dollars"), minor_en=("cent", "cents"),
            major_ru=("доллар США", "доллара США", "долларов США"),
            minor_ru=("цент", "цента", "центов"),
            national=MappingProxyType({
                "kk": ("АҚШ доллары", "цент"), "ky": ("АКШ доллары", "цент"), "tg": ("доллари ИМА", "сент"),
                "uz": ("AQSH dollari", "sent"), "uz-Cyrl": ("АҚШ доллари", "цент"), "tk": ("ABŞ dollary", "sent"),
            }),
            signs=MappingProxyType({
                "ru": "долл. США", "kk": "АҚШ долл.", "ky": "АКШ долл.", "tg": "долл. ИМА",
                "uz": "AQSH doll.", "uz-Cyrl": "АҚШ долл.", "tk": "ABŞ doll.",
            }),
        ),
        Currency(
            "EUR", "978",
            major_en=("euro", "euros"), minor_en=("cent", "cents"),
            major_ru=("евро", "евро", "евро"), minor_ru=("цент", "цента", "центов"),
            national=MappingProxyType({
                "kk": ("еуро", "цент"), "ky": ("евро", "цент"), "tg": ("евро", "сент"),
                "uz": ("yevro", "sent"), "uz-Cyrl": ("евро", "цент"), "tk": ("ýewro", "sent"),
            }),
            signs=MappingProxyType({lang: "€" for lang in ("ru", "kk", "ky", "tg", "uz", "uz-Cyrl", "tk")}),
        ),
    )
}

CURRENCY_CODES: tuple[str, ...] = tuple(CURRENCIES)
"""KGS, UZS, KZT, TJS, TMT, USD, EUR — the order pickers show them in."""

for _c in CURRENCIES.values():
    # A printed language without its own names or mark would print another's.
    if set(_c.national) != set(NATIONAL) or set(_c.signs) != set(CODES) - {"en"}:
        raise ImportError(f"{_c.code}: names or signs do not cover every printed language of core.languages")
del _c


def currency(code: str) -> Currency:
    """The :class:`Currency` for an ISO code (case and surrounding spaces ignored)."""
    key = code.strip().upper() if isinstance(code, str) else code
    try:
        return CURRENCIES[key]
    except (KeyError, TypeError):
        raise InputError(
            Problem(
                "unknown currency {code}; expected one of {expected}",
                params={"code": code, "expected": ", ".join(CURRENCY_CODES)},
                field="currency",
                value=code,
            )
        ) from None


def check_language(lang: str) -> str:
    """Return ``lang`` if amounts can be printed in it, else raise InputError."""
    if lang not in LANGUAGES:
        raise InputError(
            Problem(
                "unknown language {lang}; expected one of {expected}",
                params={"lang": lang, "expected": ", ".join(LANGUAGES)},
                field="language",
                value=lang,
            )
        )
    return lang


# --------------------------------------------------------------------------
# Parsing text into whole digits and decimals


def _problem(message: str, field: str, value: object, **params: object) -> InputError:
    return InputError(Problem(message, params=dict(params), field=field, value=value))


def _is_ascii_digits(text: str) -> bool:
    return bool(text) and all("0" <= ch <= "9" for ch in text)


def _valid_groups(integer_part: str, separator: str) -> bool:
    """True if ``integer_part`` is digits grouped in threes by ``separator``."""
    groups = integer_part.split(separator)
    first, rest = groups[0], groups[1:]
    if not (_is_ascii_digits(first) and 1 <= len(first) <= 3):
        return False
    if first.startswith("0") and rest:
        return False
    return all(len(g) == 3 and _is_ascii_digits(g) for g in rest)


def _split_number(text: str, *, field: str, max_decimals: int, point_is_decimal: bool = False) -> tuple[int, int, int]:
    """Read a non-negative decimal written by hand or by a spreadsheet.

    Returns ``(whole, fraction, fraction_digits)`` where ``fraction`` holds
    exactly ``max_decimals`` digits (``"5,5"`` with 2 -> ``(5, 50, 2)``).
    With ``point_is_decimal`` a single point is always the decimal point
    (exchange rates: ``"87.455"``), never a thousands separator.
    """
    original = text
    text = text.strip()
    if not text:
        raise _problem("must not be empty", field, original)
    if text[0] in _MINUS_SIGNS:
        raise _problem("must not be negative", field, original)
    if text[0] == "+":
        text = text[1:]

    not_a_number = (
        "is not a number: use digits, one decimal comma or point, "
        "and spaces to group thousands"
    )
    # Every space-like mark and apostrophe groups thousands: make them one kind.
    chars = []
    for ch in text:
        if ch in _SPACE_GROUPING:
            chars.append(" ")
        elif ch in ".," or "0" <= ch <= "9":
            chars.append(ch)
        else:
            raise _problem(not_a_number, field, original)
    text = "".join(chars)

    has_space = " " in text
    dots, commas = text.count("."), text.count(",")
    decimal_sep: str | None = None
    group_sep: str | None = " " if has_space else None

    if dots and commas:
        decimal_sep = "." if text.rfind(".") > text.rfind(",") else ","
        other = "," if decimal_sep == "." else "."
        if text.count(decimal_sep) > 1 or has_space:
            raise _problem(not_a_number, field, original)
        group_sep = other
    elif dots or commas:
        sep = "." if dots else ","
        if text.count(sep) > 1:
            if has_space:
                raise _problem(not_a_number, field, original)
            group_sep = sep
        elif has_space:
            decimal_sep = sep
        else:
            before, after = text.split(sep)
            if len(after) == 3 and _valid_groups(before + sep + after, sep) and not (point_is_decimal and sep == "."):
                raise _problem(
                    "is ambiguous: {text} could mean {as_thousands} or {as_decimal}; "
                    "write it without a thousands separator or with two decimals",
                    field,
                    original,
                    text=original.strip(),
                    as_thousands=before + after,
                    as_decimal=before + "." + after,
                )
            decimal_sep = sep

    if decimal_sep is not None:
        integer_part, fraction_part = text.split(decimal_sep)
        if not _is_ascii_digits(fraction_part):
            raise _problem(not_a_number, field, original)
    else:
        integer_part, fraction_part = text, ""

    if group_sep is not None and group_sep in integer_part:
        if not _valid_groups(integer_part, group_sep):
            raise _problem(
                "has misplaced thousands separators; groups after the first must have three digits",
                field,
                original,
            )
        integer_part = integer_part.replace(group_sep, "")
    if not _is_ascii_digits(integer_part):
        raise _problem(not_a_number, field, original)

    extra = fraction_part[max_decimals:]
    if extra.strip("0"):
        raise _problem(
            "has more than {max_decimals} decimals",
            field,
            original,
            max_decimals=max_decimals,
        )
    kept = fraction_part[:max_decimals].ljust(max_decimals, "0")
    return int(integer_part), int(kept) if kept else 0, max_decimals


def _decimal_to_scaled(value: Decimal, *, field: str, max_decimals: int) -> int:
    """An exact non-negative Decimal as an int of ``10**-max_decimals`` units."""
    if not value.is_finite():
        raise _problem("is not a number", field, value)
    if value < 0:
        raise _problem("must not be negative", field, value)
    scaled = value.scaleb(max_decimals)
    if scaled != scaled.to_integral_value():
        raise _problem(
            "has more than {max_decimals} decimals", field, value, max_decimals=max_decimals
        )
    return int(scaled)


def _check_range(value: int, *, field: str, original: object, unit: str = "minor units") -> int:
    if value > MAX_MINOR:
        raise _problem(
            "is too large (at most {max} {unit})", field, original, max=MAX_MINOR, unit=unit
        )
    return value


# --------------------------------------------------------------------------
# Amounts


def parse_amount(text: str | Decimal, *, field: str = "amount", minor_digits: int = 2) -> int:
    """Minor units from an amount in MAJOR units, as typed or exported.

    Accepts ``"2 150 000,50"``, ``"2,150,000.50"``, ``"2150000.5"``, ``"2'150'000"``
    and no-break or thin spaces.  When both ``.`` and ``,`` occur the last is the
    decimal separator; a lone separator before 1–2 digits is decimal; one that
    repeats groups thousands.  ``"1,500"`` is refused as ambiguous.  More decimals
    than the currency has are refused unless they are zeros — never rounded.
    For a count that is already in minor units use :func:`parse_minor`.
    """
    if isinstance(text, str):
        whole, fraction, digits = _split_number(text, field=field, max_decimals=minor_digits)
        return _check_range(whole * 10**digits + fraction, field=field, original=text)
    from decimal import Decimal

    if isinstance(text, Decimal):
        scaled = _decimal_to_scaled(text, field=field, max_decimals=minor_digits)
        return _check_range(scaled, field=field, original=text)
    raise TypeError(f"parse_amount takes str or Decimal in major units, not {type(text).__name__}")


def parse_minor(value: int | str, *, field: str = "amount_minor") -> int:
    """Check a count that is already in minor units (an int, or a string of digits)."""
    original = value
    if isinstance(value, str):
        stripped = value.strip()
        if not stripped:
            raise _problem("must not be empty", field, original)
        if stripped[0] in _MINUS_SIGNS:
            raise _problem("must not be negative", field, original)
        if not _is_ascii_digits(stripped):
            raise _problem("must be a whole number of minor units", field, original)
        value = int(stripped)
    elif isinstance(value, bool) or not isinstance(value, int):
        raise _problem("must be a whole number of minor units", field, original)
    if value < 0:
        raise _problem("must not be negative", field, original)
    return _check_range(value, field=field, original=original)


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def _format_number(minor: int, digits: int, lang: str) -> str:
    sign = "-" if minor < 0 else ""
    whole, fraction = divmod(abs(minor), 10**digits)
    if lang == "en":
        grouped, point = _group(str(whole), ","), "."
    else:
        grouped, point = _group(str(whole), NBSP), ","
    tail = f"{point}{fraction:0{digits}d}" if digits else ""
    return f"{sign}{grouped}{tail}"


def format_amount(minor: int, currency_code: str, lang: str, *, with_currency: bool = True) -> str:
    """Print minor units for people.

    en: ``"KGS 2,150,000.00"`` (ISO code first); ru, kk, tg: ``"2 150 000,00 сом"``
    (no-break spaces, decimal comma, sign after).  The space between number and
    currency is a no-break space too.
    """
    cur = currency(currency_code)
    check_language(lang)
    number = _format_number(minor, cur.minor_digits, lang)
    if not with_currency:
        return number
    if lang == "en":
        return f"{cur.code}{NBSP}{number}"
    return f"{number}{NBSP}{cur.sign(lang)}"


def amount_to_string(minor: int, currency_code: str) -> str:
    """Plain machine form in major units, ``"2150000.50"`` (for CSV and spreadsheets)."""
    digits = currency(currency_code).minor_digits
    sign = "-" if minor < 0 else ""
    whole, fraction = divmod(abs(minor), 10**digits)
    return f"{sign}{whole}.{fraction:0{digits}d}" if digits else f"{sign}{whole}"


def to_decimal(minor: int, currency_code: str) -> Decimal:
    """Major units as an exact Decimal (``215000050`` -> ``Decimal("2150000.50")``)."""
    from decimal import Decimal

    return Decimal(amount_to_string(minor, currency_code))


def sum_minor(values: Iterable[int], *, field: str = "amount") -> int:
    """Sum minor units, refusing a total that would not fit a 64-bit integer."""
    total = 0
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _problem("must be a whole number of minor units", field, value)
        total += value
        if not MIN_MINOR <= total <= MAX_MINOR:
            raise _problem(
                "the total is too large (at most {max} minor units)", field, total, max=MAX_MINOR
            )
    return total


# --------------------------------------------------------------------------
# Exchange rates


def parse_rate(text: str | Decimal, *, field: str = "rate") -> int:
    """A rate (local currency per ``scale`` USD) in millionths: ``"68,8395"`` -> ``68839500``."""
    if isinstance(text, str):
        whole, fraction, digits = _split_number(text, field=field, max_decimals=RATE_DIGITS, point_is_decimal=True)
        micro = whole * 10**digits + fraction
    else:
        from decimal import Decimal

        if not isinstance(text, Decimal):
            raise TypeError(f"parse_rate takes str or Decimal, not {type(text).__name__}")
        micro = _decimal_to_scaled(text, field=field, max_decimals=RATE_DIGITS)
    if micro == 0:
        raise _problem("must be greater than 0", field, text)
    return _check_range(micro, field=field, original=text, unit="millionths")


def _rate_parts(rate_micro: int) -> tuple[str, str]:
    if isinstance(rate_micro, bool) or not isinstance(rate_micro, int) or rate_micro <= 0:
        raise _problem("must be greater than 0", "rate", rate_micro)
    whole, fraction = divmod(rate_micro, RATE_FACTOR)
    decimals = f"{fraction:0{RATE_DIGITS}d}".rstrip("0").ljust(2, "0")
    return str(whole), decimals


def format_rate(rate_micro: int, lang: str) -> str:
    """Print a rate: ``"68,8395"`` (ru/kk/tg) or ``"68.8395"`` (en); at least 2 decimals.

    Never exactly 3 decimals (``"9,7150"``, not ``"9,715"``): a comma before
    three digits could be read back as a thousands separator.
    """
    check_language(lang)
    whole, decimals = _rate_parts(rate_micro)
    if len(decimals) == 3:
        decimals += "0"
    if lang == "en":
        return f"{_group(whole, ',')}.{decimals}"
    return f"{_group(whole, NBSP)},{decimals}"


def rate_to_string(rate_micro: int) -> str:
    """The JSON form of a rate: ``"68.8395"`` (point, no grouping, at least 2 decimals)."""
    whole, decimals = _rate_parts(rate_micro)
    return f"{whole}.{decimals}"


def to_usd_minor(local_minor: int, rate_micro: int, scale: int = 1) -> int:
    """USD cents for a local amount at ``rate_micro`` local units per ``scale`` USD.

    Exact integer arithmetic, rounded half up (away from zero) to the cent.
    USD to USD is ``to_usd_minor(x, 1_000_000)``.
    """
    if isinstance(rate_micro, bool) or not isinstance(rate_micro, int) or rate_micro <= 0:
        raise _problem("must be greater than 0", "rate", rate_micro)
    if isinstance(scale, bool) or not isinstance(scale, int) or scale <= 0:
        raise _problem("must be a whole number greater than 0", "scale", scale)
    numerator = abs(local_minor) * scale * RATE_FACTOR
    quotient, remainder = divmod(numerator, rate_micro)
    if 2 * remainder >= rate_micro:
        quotient += 1
    return -quotient if local_minor < 0 else quotient
