"""Money: parsing, printing, rates and USD conversion, all in integers."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from equipment_desk.core.errors import InputError
from equipment_desk.core.money import (
    CURRENCIES,
    CURRENCY_CODES,
    LANGUAGES,
    MAX_MINOR,
    NBSP,
    amount_to_string,
    currency,
    format_amount,
    format_rate,
    parse_amount,
    parse_minor,
    parse_rate,
    rate_to_string,
    sum_minor,
    to_decimal,
    to_usd_minor,
)

amounts = st.integers(min_value=0, max_value=MAX_MINOR)


def problem_text(error: pytest.ExceptionInfo[InputError]) -> str:
    return str(error.value)


# --- currencies -------------------------------------------------------------


def test_currency_table_matches_domain_facts():
    assert CURRENCY_CODES == ("KGS", "UZS", "KZT", "TJS", "TMT", "USD", "EUR")
    numerics = {code: c.numeric for code, c in CURRENCIES.items()}
    assert numerics == {
        "KGS": "417", "UZS": "860", "KZT": "398", "TJS": "972",
        "TMT": "934", "USD": "840", "EUR": "978",
    }
    assert all(c.minor_digits == 2 for c in CURRENCIES.values())
    assert CURRENCIES["KGS"].major_ru == ("сом", "сома", "сомов")
    assert CURRENCIES["KZT"].major_ru == ("тенге",) * 3
    assert CURRENCIES["TJS"].major_ru == ("сомони",) * 3
    assert CURRENCIES["EUR"].major_ru == ("евро",) * 3
    assert CURRENCIES["TMT"].minor_ru == ("тенге",) * 3
    assert CURRENCIES["KZT"].sign("ru") == "₸"
    assert CURRENCIES["KGS"].sign("ru") == "сом"
    assert CURRENCIES["KGS"].sign("en") == "KGS"


def test_money_prints_in_every_printed_language_from_the_registry():
    from equipment_desk.core.languages import CODES

    assert LANGUAGES == CODES
    shown = {lang: format_amount(215000050, code, lang) for code, lang in
             [("UZS", "uz"), ("UZS", "uz-Cyrl"), ("TMT", "tk"), ("TJS", "tg"), ("KZT", "kk"), ("USD", "ky")]}
    assert shown == {
        "uz": "2\u00a0150\u00a0000,50\u00a0so\u02bbm",
        "uz-Cyrl": "2\u00a0150\u00a0000,50\u00a0сўм",
        "tk": "2\u00a0150\u00a0000,50\u00a0manat",
        "ky": "2\u00a0150\u00a0000,50\u00a0АКШ долл.",
        "tg": "2\u00a0150\u00a0000,50\u00a0смн.",
        "kk": "2\u00a0150\u00a0000,50\u00a0₸",
    }
    assert format_rate(68839500, "tk") == "68,8395"
    assert CURRENCIES["USD"].sign("uz") == "AQSH doll."
    assert CURRENCIES["KZT"].names("kk") == ("теңге", "тиын")
    assert CURRENCIES["TJS"].names("uz-Cyrl") == ("сомоний", "дирам")
    with pytest.raises(ValueError, match="inflect"):
        CURRENCIES["KGS"].names("ru")
    with pytest.raises(InputError, match="unknown language"):
        CURRENCIES["KGS"].sign("uz-latn")


def test_currency_lookup_and_unknown_code():
    assert currency(" kgs ").code == "KGS"
    with pytest.raises(InputError) as error:
        currency("RUB")
    assert "unknown currency RUB; expected one of KGS, UZS, KZT, TJS, TMT, USD, EUR" in problem_text(error)
    assert error.value.problems[0].field == "currency"


def test_currency_is_frozen_and_hashable():
    kgs = currency("KGS")
    with pytest.raises(AttributeError):
        kgs.code = "XXX"  # type: ignore[misc]
    assert {kgs: 1}[kgs] == 1


# --- parse_amount -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("2 150 000,50", 215000050),
        ("2,150,000.50", 215000050),
        ("2.150.000,50", 215000050),
        ("2150000.5", 215000050),
        ("2150000,5", 215000050),
        ("2 150 000", 215000000),
        ("2\u00a0150\u00a0000,00", 215000000),
        ("2\u202f150\u202f000,00", 215000000),
        ("2'150'000.00", 215000000),
        ("2\u2019150\u2019000.00", 215000000),
        ("2,150,000", 215000000),
        ("1.234.567", 123456700),
        ("  43 000,00 ", 4300000),
        ("0", 0),
        ("0,01", 1),
        ("0,500", 50),
        ("4300.0000", 430000),
        ("1 234,500", 123450),
        ("+5", 500),
        ("92233720368547758.07", MAX_MINOR),
    ],
)
def test_parse_amount_accepts_the_usual_ways_of_writing(text, minor):
    assert parse_amount(text) == minor


@pytest.mark.parametrize(
    ("value", "minor"),
    [(Decimal("2150000.50"), 215000050), (Decimal("2.500"), 250), (Decimal("0"), 0), (Decimal("1E+3"), 100000)],
)
def test_parse_amount_takes_decimal_major_units(value, minor):
    assert parse_amount(value) == minor


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "must not be empty"),
        ("   ", "must not be empty"),
        ("-5", "must not be negative"),
        ("\u22125,00", "must not be negative"),
        ("12abc", "is not a number"),
        ("KGS 100", "is not a number"),
        ("1e5", "is not a number"),
        ("5.", "is not a number"),
        (".5", "is not a number"),
        ("1,5,0.3", "misplaced thousands separators"),
        ("1 000.000,5", "is not a number"),
        ("1..5", "misplaced thousands separators"),
        ("1,23,456", "misplaced thousands separators"),
        ("21 50", "misplaced thousands separators"),
        ("1,2345", "more than 2 decimals"),
        ("1 234,567", "more than 2 decimals"),
        ("0,001", "more than 2 decimals"),
        ("1,500", "is ambiguous"),
        ("2.345", "is ambiguous"),
        ("92233720368547758.08", "is too large"),
        ("99999999999999999999999", "is too large"),
        ("١٢٣", "is not a number"),
    ],
)
def test_parse_amount_refuses_bad_text_with_a_clear_problem(text, says):
    with pytest.raises(InputError) as error:
        parse_amount(text, field="unit_value")
    assert says in problem_text(error)
    problem = error.value.problems[0]
    assert problem.field == "unit_value"
    assert problem.value == text


@pytest.mark.parametrize("value", [Decimal("-1"), Decimal("0.001"), Decimal("NaN"), Decimal("Infinity")])
def test_parse_amount_refuses_bad_decimals(value):
    with pytest.raises(InputError):
        parse_amount(value)


@pytest.mark.parametrize("value", [5, 5.0, None])
def test_parse_amount_refuses_ints_and_floats(value):
    with pytest.raises(TypeError):
        parse_amount(value)  # type: ignore[arg-type]


def test_parse_minor_takes_minor_units():
    assert parse_minor(4300000) == 4300000
    assert parse_minor(" 4300000 ") == 4300000
    for bad in (-1, "-1", "1.5", "", True, 1.0, MAX_MINOR + 1):
        with pytest.raises(InputError):
            parse_minor(bad)  # type: ignore[arg-type]


# --- format_amount ------------------------------------------------------------


def test_format_amount_russian_and_english_layouts():
    assert format_amount(215000000, "KGS", "ru") == "2\u00a0150\u00a0000,00\u00a0сом"
    assert format_amount(215000000, "KGS", "en") == "KGS\u00a02,150,000.00"
    assert format_amount(215000050, "KGS", "ru", with_currency=False) == "2\u00a0150\u00a0000,50"
    assert format_amount(215000050, "KGS", "en", with_currency=False) == "2,150,000.50"
    assert format_amount(1, "KZT", "kk") == "0,01\u00a0₸"
    assert format_amount(100000, "TJS", "tg") == "1\u00a0000,00\u00a0смн."
    assert format_amount(99, "USD", "ru") == "0,99\u00a0долл. США"
    assert format_amount(12345, "EUR", "ru") == "123,45\u00a0€"
    assert format_amount(0, "UZS", "ru") == "0,00\u00a0сум"
    assert format_amount(350, "TMT", "ru") == "3,50\u00a0манат"
    assert format_amount(-150, "USD", "en") == "USD\u00a0-1.50"
    assert format_amount(MAX_MINOR, "USD", "en", with_currency=False) == "92,233,720,368,547,758.07"


def test_format_amount_refuses_unknown_currency_or_language():
    with pytest.raises(InputError, match="unknown currency"):
        format_amount(1, "XYZ", "ru")
    with pytest.raises(InputError, match="unknown language"):
        format_amount(1, "KGS", "de")


@pytest.mark.parametrize("code", CURRENCY_CODES)
@pytest.mark.parametrize("lang", LANGUAGES)
@given(minor=amounts)
def test_format_then_parse_round_trips(code, lang, minor):
    assert parse_amount(format_amount(minor, code, lang, with_currency=False)) == minor
    shown = format_amount(minor, code, lang)
    sign = currency(code).sign(lang)
    assert shown.startswith(sign + NBSP) if lang == "en" else shown.endswith(NBSP + sign)


@given(minor=amounts)
def test_machine_string_round_trips(minor):
    text = amount_to_string(minor, "KGS")
    assert parse_amount(text) == minor
    assert parse_amount(to_decimal(minor, "KGS")) == minor
    assert to_decimal(minor, "KGS") == Decimal(minor) / 100


@given(values=st.lists(st.integers(min_value=0, max_value=10**15), max_size=30))
def test_sum_of_parsed_amounts_is_parse_of_the_sum(values):
    texts = [format_amount(v, "UZS", "ru", with_currency=False) for v in values]
    total = sum_minor(parse_amount(t) for t in texts)
    assert total == sum(values)
    assert parse_amount(format_amount(total, "UZS", "en", with_currency=False)) == total


def test_cents_add_exactly():
    # 0.10 + 0.20 == 0.30: the classic float trap.
    assert sum_minor([parse_amount("0,10"), parse_amount("0.20")]) == parse_amount("0,30")
    assert sum_minor([parse_amount("0,01")] * 1000) == parse_amount("10")


def test_sum_minor_refuses_overflow():
    assert sum_minor([MAX_MINOR - 1, 1]) == MAX_MINOR
    assert sum_minor([]) == 0
    with pytest.raises(InputError, match="too large"):
        sum_minor([MAX_MINOR, 1])
    with pytest.raises(InputError):
        sum_minor([1, 1.5])  # type: ignore[list-item]


# --- rates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "micro"),
    [
        ("68.8395", 68839500),
        ("68,8395", 68839500),
        ("87.45", 87450000),
        ("3.5", 3500000),
        ("1", 1000000),
        ("0.000001", 1),
        ("12 650,00", 12650000000),
        ("12,650.123456", 12650123456),
        (Decimal("68.8395"), 68839500),
    ],
)
def test_parse_rate(text, micro):
    assert parse_rate(text) == micro


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("0", "greater than 0"),
        ("0,000", "greater than 0"),
        ("-68.8", "must not be negative"),
        ("68.12345678", "more than 6 decimals"),
        ("", "must not be empty"),
        ("abc", "is not a number"),
        (Decimal("0"), "greater than 0"),
        (Decimal("1.0000001"), "more than 6 decimals"),
    ],
)
def test_parse_rate_refuses(text, says):
    with pytest.raises(InputError) as error:
        parse_rate(text)
    assert says in problem_text(error)
    assert error.value.problems[0].field == "rate"


def test_format_rate_trims_zeros_but_keeps_two_decimals():
    assert format_rate(68839500, "ru") == "68,8395"
    assert format_rate(68839500, "en") == "68.8395"
    assert format_rate(3500000, "en") == "3.50"
    assert format_rate(87000000, "ru") == "87,00"
    assert format_rate(12650000000, "ru") == "12\u00a0650,00"
    assert format_rate(12650000000, "en") == "12,650.00"
    assert format_rate(1, "en") == "0.000001"
    assert rate_to_string(68839500) == "68.8395"
    assert rate_to_string(12650000000) == "12650.00"
    with pytest.raises(InputError):
        rate_to_string(0)


@given(micro=st.integers(min_value=1, max_value=10**15))
def test_rate_strings_round_trip(micro):
    assert parse_rate(rate_to_string(micro)) == micro
    assert parse_rate(format_rate(micro, "ru")) == micro
    assert parse_rate(format_rate(micro, "en")) == micro


# --- USD conversion ------------------------------------------------------------


def test_to_usd_minor_examples():
    # 2 150 000,00 KGS at 68.8395 KGS per USD = 31 232.0689... USD
    assert to_usd_minor(215000000, 68839500) == 3123207
    # USD to USD is the identity
    assert to_usd_minor(123456789, 1_000_000) == 123456789
    # NBK quotes some currencies per 100 units of the other
    assert to_usd_minor(100000, 350_000_000, scale=100) == 28571  # 1000 at 350 per 100 USD = 285.714...
    assert to_usd_minor(0, 68839500) == 0


@pytest.mark.parametrize(
    ("local_minor", "rate", "usd_minor"),
    [
        (5, "1", 5),
        (1, "2", 1),  # 0.005 -> 0.01 (half up)
        (3, "2", 2),  # 0.015 -> 0.02
        (1, "3", 0),  # 0.00333 -> 0.00
        (2, "3", 1),  # 0.00667 -> 0.01
        (5, "4", 1),  # 0.0125 -> 0.01
        (7, "4", 2),  # 0.0175 -> 0.02
        (350, "3.5", 100),
        (-3, "2", -2),  # away from zero, like Decimal ROUND_HALF_UP
    ],
)
def test_to_usd_minor_rounds_half_up(local_minor, rate, usd_minor):
    assert to_usd_minor(local_minor, parse_rate(rate)) == usd_minor


@given(
    local_minor=st.integers(min_value=-(10**15), max_value=10**15),
    rate_micro=st.integers(min_value=1, max_value=10**12),
    scale=st.sampled_from([1, 100]),
)
def test_to_usd_minor_matches_decimal_arithmetic(local_minor, rate_micro, scale):
    from decimal import localcontext

    with localcontext() as context:
        context.prec = 80
        expected = (Decimal(local_minor) / 100 * scale / (Decimal(rate_micro) / 10**6)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
    assert to_usd_minor(local_minor, rate_micro, scale) == int(expected * 100)


@pytest.mark.parametrize(("rate", "scale"), [(0, 1), (-5, 1), (1_000_000, 0), (1_000_000, -1)])
def test_to_usd_minor_refuses_bad_rate_or_scale(rate, scale):
    with pytest.raises(InputError):
        to_usd_minor(100, rate, scale)


def test_a_rate_with_three_decimals_and_a_point_is_a_decimal() -> None:
    """Rates are published as 87.455; only a comma before three digits stays ambiguous (8,120 UZS?)."""
    from equipment_desk.core.errors import InputError
    from equipment_desk.core.money import parse_rate, rate_to_string

    assert parse_rate("9.715") == 9_715_000
    assert parse_rate("87.455") == 87_455_000
    assert parse_rate(rate_to_string(9_715_000)) == 9_715_000
    assert parse_rate("68,8395") == 68_839_500
    with pytest.raises(InputError, match="ambiguous"):
        parse_rate("8,120")
