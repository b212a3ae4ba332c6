"""Amount in words: every currency in every language, with the right unit forms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from equipment_desk.core.errors import InputError
from equipment_desk.core.languages import CODES
from equipment_desk.core.money import CURRENCY_CODES, MAX_MINOR
from equipment_desk.core.words import amount_in_words, russian_form

# Amounts in minor units, and the number words each language should use for
# the major part.
AMOUNTS = [100, 200, 500, 1100, 2100, 2200, 2500, 10000, 10100, 100000, 100000000, 215000050, 200100050, 123456789, 1]
NUMBER_WORDS = {
    "ru": {
        1: "один", 2: "два", 5: "пять", 11: "одиннадцать", 21: "двадцать один",
        22: "двадцать два", 25: "двадцать пять", 100: "сто", 101: "сто один", 1000: "одна тысяча",
        1000000: "один миллион", 2150000: "два миллиона сто пятьдесят тысяч", 0: "ноль",
        2001000: "два миллиона одна тысяча",
        1234567: "один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь",
    },
    "en": {
        1: "one", 2: "two", 5: "five", 11: "eleven", 21: "twenty-one", 22: "twenty-two",
        25: "twenty-five", 100: "one hundred", 101: "one hundred and one", 1000: "one thousand", 1000000: "one million",
        2150000: "two million, one hundred and fifty thousand", 0: "zero", 2001000: "two million, one thousand",
        1234567: "one million, two hundred and thirty-four thousand, five hundred and sixty-seven",
    },
    "kk": {
        1: "бір", 2: "екі", 5: "бес", 11: "он бір", 21: "жиырма бір", 22: "жиырма екі",
        25: "жиырма бес", 100: "жүз", 101: "жүз бір", 1000: "бір мың", 1000000: "бір миллион",
        2150000: "екі миллион жүз елу мың", 0: "нөл", 2001000: "екі миллион бір мың",
        1234567: "бір миллион екі жүз отыз төрт мың бес жүз алпыс жеті",
    },
    "tg": {
        1: "як", 2: "ду", 5: "панҷ", 11: "ёздаҳ", 21: "бисту як", 22: "бисту ду",
        25: "бисту панҷ", 100: "сад", 101: "саду як", 1000: "як ҳазор", 1000000: "як миллион",
        2150000: "ду миллиону саду панҷоҳ ҳазор", 0: "сифр", 2001000: "ду миллиону як ҳазор",
        1234567: "як миллиону дусаду сию чор ҳазору панҷсаду шасту ҳафт",
    },
}

# Russian: forms for 1 / 2–4 / 5+ of the major and minor unit.
RUSSIAN_UNITS = {
    "KGS": (("сом", "сома", "сомов"), ("тыйын", "тыйына", "тыйынов")),
    "UZS": (("сум", "сума", "сумов"), ("тийин", "тийина", "тийинов")),
    "KZT": (("тенге", "тенге", "тенге"), ("тиын", "тиына", "тиынов")),
    "TJS": (("сомони", "сомони", "сомони"), ("дирам", "дирама", "дирамов")),
    "TMT": (("манат", "маната", "манатов"), ("тенге", "тенге", "тенге")),
    "USD": (("доллар США", "доллара США", "долларов США"), ("цент", "цента", "центов")),
    "EUR": (("евро", "евро", "евро"), ("цент", "цента", "центов")),
}
# Which Russian form each test number takes.
RUSSIAN_FORM_INDEX = {0: 2, 1: 0, 2: 1, 5: 2, 11: 2, 21: 0, 22: 1, 25: 2, 50: 2, 89: 2, 100: 2, 101: 0,
                      1000: 2, 1000000: 2, 2150000: 2, 2001000: 2, 1234567: 2}
ENGLISH_UNITS = {
    "KGS": (("som", "soms"), ("tyiyn", "tyiyns")),
    "UZS": (("sum", "sums"), ("tiyin", "tiyins")),
    "KZT": (("tenge", "tenge"), ("tiyn", "tiyn")),
    "TJS": (("somoni", "somoni"), ("diram", "dirams")),
    "TMT": (("manat", "manat"), ("tenge", "tenge")),
    "USD": (("US dollar", "US dollars"), ("cent", "cents")),
    "EUR": (("euro", "euros"), ("cent", "cents")),
}
KAZAKH_UNITS = {
    "KGS": ("сом", "тыйын"), "UZS": ("сум", "тиын"), "KZT": ("теңге", "тиын"),
    "TJS": ("сомони", "дирам"), "TMT": ("манат", "теңге"), "USD": ("АҚШ доллары", "цент"),
    "EUR": ("еуро", "цент"),
}
TAJIK_UNITS = {
    "KGS": ("сом", "тийин"), "UZS": ("сум", "тийин"), "KZT": ("тенге", "тийин"),
    "TJS": ("сомонӣ", "дирам"), "TMT": ("манат", "тенге"), "USD": ("доллари ИМА", "сент"),
    "EUR": ("евро", "сент"),
}


def expected_words(minor: int, code: str, lang: str) -> str:
    major, rest = divmod(minor, 100)
    words = NUMBER_WORDS[lang][major]
    if lang == "ru":
        major_forms, minor_forms = RUSSIAN_UNITS[code]
        text = f"{words} {major_forms[RUSSIAN_FORM_INDEX[major]]} {rest:02d} {minor_forms[RUSSIAN_FORM_INDEX[rest]]}"
    elif lang == "en":
        major_forms, minor_forms = ENGLISH_UNITS[code]
        text = f"{words} {major_forms[major != 1]} and {rest:02d} {minor_forms[rest != 1]}"
    else:
        major_name, minor_name = (KAZAKH_UNITS if lang == "kk" else TAJIK_UNITS)[code]
        text = f"{words} {major_name} {rest:02d} {minor_name}"
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("lang", ["ru", "en", "kk", "tg"])
@pytest.mark.parametrize("code", CURRENCY_CODES)
@pytest.mark.parametrize("minor", AMOUNTS)
def test_every_currency_in_every_language(minor, code, lang):
    assert amount_in_words(minor, code, lang) == expected_words(minor, code, lang)


@pytest.mark.parametrize(
    ("minor", "code", "lang", "text"),
    [
        (215000000, "KGS", "ru", "Два миллиона сто пятьдесят тысяч сомов 00 тыйынов"),
        (100, "KGS", "ru", "Один сом 00 тыйынов"),
        (200, "KGS", "ru", "Два сома 00 тыйынов"),
        (500, "KGS", "ru", "Пять сомов 00 тыйынов"),
        (1100, "KGS", "ru", "Одиннадцать сомов 00 тыйынов"),
        (2100, "KGS", "ru", "Двадцать один сом 00 тыйынов"),
        (2102, "KGS", "ru", "Двадцать один сом 02 тыйына"),
        (1121, "KGS", "ru", "Одиннадцать сомов 21 тыйын"),
        (1112, "KGS", "ru", "Одиннадцать сомов 12 тыйынов"),
        (200, "KZT", "ru", "Два тенге 00 тиынов"),
        (500, "TJS", "ru", "Пять сомони 00 дирамов"),
        (500, "EUR", "ru", "Пять евро 00 центов"),
        (203, "TMT", "ru", "Два маната 03 тенге"),
        (2150, "USD", "ru", "Двадцать один доллар США 50 центов"),
        (1, "KGS", "ru", "Ноль сомов 01 тыйын"),
        (100, "KGS", "en", "One som and 00 tyiyns"),
        (200, "KGS", "en", "Two soms and 00 tyiyns"),
        (101, "USD", "en", "One US dollar and 01 cent"),
        (215000050, "USD", "en", "Two million, one hundred and fifty thousand US dollars and 50 cents"),
        (215000050, "KZT", "kk", "Екі миллион жүз елу мың теңге 50 тиын"),
        (215000050, "TJS", "tg", "Ду миллиону саду панҷоҳ ҳазор сомонӣ 50 дирам"),
        (123456789, "KGS", "ru", "Один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь сомов 89 тыйынов"),
        (200100050, "USD", "en", "Two million, one thousand US dollars and 50 cents"),
    ],
)
def test_documented_examples(minor, code, lang, text):
    assert amount_in_words(minor, code, lang) == text


@pytest.mark.parametrize(
    ("number", "form"),
    [(0, "сомов"), (1, "сом"), (2, "сома"), (4, "сома"), (5, "сомов"), (11, "сомов"), (12, "сомов"),
     (14, "сомов"), (21, "сом"), (22, "сома"), (101, "сом"), (111, "сомов"), (112, "сомов"),
     (1000, "сомов"), (1001, "сом"), (1000001, "сом"), (1000011, "сомов")],
)
def test_russian_form(number, form):
    assert russian_form(number, ("сом", "сома", "сомов")) == form


@given(minor=st.integers(min_value=0, max_value=MAX_MINOR))
def test_russian_unit_agrees_with_the_last_number_word(minor):
    text = amount_in_words(minor, "KGS", "ru")
    major, rest = divmod(minor, 100)
    assert text[0].isupper()
    assert text.endswith(f" {rest:02d} " + russian_form(rest, ("тыйын", "тыйына", "тыйынов")))
    major_name = text.split(f" {rest:02d} ")[0].split()[-1]
    assert major_name == russian_form(major, ("сом", "сома", "сомов"))


@given(minor=st.integers(min_value=0, max_value=MAX_MINOR), code=st.sampled_from(CURRENCY_CODES))
def test_non_declining_units_never_change(minor, code):
    for lang in CODES:
        text = amount_in_words(minor, code, lang)
        assert text[0].isupper()
    if code in ("KZT", "TJS", "EUR"):
        word = {"KZT": "тенге", "TJS": "сомони", "EUR": "евро"}[code]
        assert f" {word} " in amount_in_words(minor, code, "ru")


@pytest.mark.parametrize(
    ("minor", "code", "lang", "says"),
    [
        (-1, "KGS", "ru", "must not be negative"),
        (MAX_MINOR + 1, "KGS", "ru", "too large"),
        (100, "RUB", "ru", "unknown currency RUB"),
        (100, "KGS", "de", "unknown language de"),
        (100, "KGS", "uz-cyrl", "unknown language uz-cyrl"),
        ("100", "KGS", "ru", "whole number"),
        (True, "KGS", "ru", "whole number"),
    ],
)
def test_bad_input(minor, code, lang, says):
    with pytest.raises(InputError) as error:
        amount_in_words(minor, code, lang)
    assert says in str(error.value)
