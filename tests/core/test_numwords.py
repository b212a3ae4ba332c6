"""Numbers in words in the state languages, against number tables written out by hand.

The tables below are typed from the languages' grammars (see
docs/number-words.md), not produced by the code.  Latin Uzbek ʻ is U+02BB.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from equipment_desk.core.errors import InputError
from equipment_desk.core.languages import CODES, NATIONAL
from equipment_desk.core.money import CURRENCIES, CURRENCY_CODES, MAX_MINOR
from equipment_desk.core.numwords import CONVERTERS, MAX_NUMBER
from equipment_desk.core.units import UNIT_CODES, unit_label
from equipment_desk.core.words import amount_in_words, currency_name, number_in_words


def table(text: str) -> dict[int, str]:
    """``"number: words"`` lines into a dict (numbers may use _ as a digit separator)."""
    rows = {}
    for line in text.strip().splitlines():
        number, words = line.split(":")
        rows[int(number.strip())] = words.strip()
    return rows


NUMBERS = {
    "kk": table("""
        0: нөл
        1: бір
        2: екі
        3: үш
        4: төрт
        5: бес
        6: алты
        7: жеті
        8: сегіз
        9: тоғыз
        10: он
        11: он бір
        12: он екі
        13: он үш
        14: он төрт
        15: он бес
        16: он алты
        17: он жеті
        18: он сегіз
        19: он тоғыз
        20: жиырма
        21: жиырма бір
        30: отыз
        31: отыз бір
        40: қырық
        50: елу
        51: елу бір
        60: алпыс
        70: жетпіс
        80: сексен
        90: тоқсан
        100: жүз
        101: жүз бір
        110: жүз он
        120: жүз жиырма
        151: жүз елу бір
        999: тоғыз жүз тоқсан тоғыз
        1000: бір мың
        1001: бір мың бір
        1100: бір мың жүз
        2001: екі мың бір
        10000: он мың
        100000: жүз мың
        150000: жүз елу мың
        1000000: бір миллион
        2001000: екі миллион бір мың
        1234567: бір миллион екі жүз отыз төрт мың бес жүз алпыс жеті
        1_000_000_000: бір миллиард
        999_999_999_999: тоғыз жүз тоқсан тоғыз миллиард тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз
        1_000_000_000_000: бір триллион
        92_233_720_368_547_758: тоқсан екі квадриллион екі жүз отыз үш триллион жеті жүз жиырма миллиард үш жүз алпыс сегіз миллион бес жүз қырық жеті мың жеті жүз елу сегіз
    """),
    "ky": table("""
        0: нөл
        1: бир
        2: эки
        3: үч
        4: төрт
        5: беш
        6: алты
        7: жети
        8: сегиз
        9: тогуз
        10: он
        11: он бир
        12: он эки
        13: он үч
        14: он төрт
        15: он беш
        16: он алты
        17: он жети
        18: он сегиз
        19: он тогуз
        20: жыйырма
        21: жыйырма бир
        30: отуз
        31: отуз бир
        40: кырк
        50: элүү
        51: элүү бир
        60: алтымыш
        70: жетимиш
        80: сексен
        90: токсон
        100: жүз
        101: жүз бир
        110: жүз он
        120: жүз жыйырма
        151: жүз элүү бир
        999: тогуз жүз токсон тогуз
        1000: бир миң
        1001: бир миң бир
        1100: бир миң жүз
        2001: эки миң бир
        10000: он миң
        100000: жүз миң
        150000: жүз элүү миң
        1000000: бир миллион
        2001000: эки миллион бир миң
        1234567: бир миллион эки жүз отуз төрт миң беш жүз алтымыш жети
        1_000_000_000: бир миллиард
        999_999_999_999: тогуз жүз токсон тогуз миллиард тогуз жүз токсон тогуз миллион тогуз жүз токсон тогуз миң тогуз жүз токсон тогуз
        1_000_000_000_000: бир триллион
        92_233_720_368_547_758: токсон эки квадриллион эки жүз отуз үч триллион жети жүз жыйырма миллиард үч жүз алтымыш сегиз миллион беш жүз кырк жети миң жети жүз элүү сегиз
    """),
    "tg": table("""
        0: сифр
        1: як
        2: ду
        3: се
        4: чор
        5: панҷ
        6: шаш
        7: ҳафт
        8: ҳашт
        9: нӯҳ
        10: даҳ
        11: ёздаҳ
        12: дувоздаҳ
        13: сенздаҳ
        14: чордаҳ
        15: понздаҳ
        16: шонздаҳ
        17: ҳабдаҳ
        18: ҳаждаҳ
        19: нуздаҳ
        20: бист
        21: бисту як
        30: сӣ
        31: сию як
        40: чил
        50: панҷоҳ
        51: панҷоҳу як
        60: шаст
        70: ҳафтод
        80: ҳаштод
        90: навад
        100: сад
        101: саду як
        110: саду даҳ
        120: саду бист
        151: саду панҷоҳу як
        999: нӯҳсаду наваду нӯҳ
        1000: як ҳазор
        1001: як ҳазору як
        1100: як ҳазору сад
        2001: ду ҳазору як
        10000: даҳ ҳазор
        100000: сад ҳазор
        150000: саду панҷоҳ ҳазор
        1000000: як миллион
        2001000: ду миллиону як ҳазор
        1234567: як миллиону дусаду сию чор ҳазору панҷсаду шасту ҳафт
        1_000_000_000: як миллиард
        999_999_999_999: нӯҳсаду наваду нӯҳ миллиарду нӯҳсаду наваду нӯҳ миллиону нӯҳсаду наваду нӯҳ ҳазору нӯҳсаду наваду нӯҳ
        1_000_000_000_000: як триллион
        92_233_720_368_547_758: наваду ду квадриллиону дусаду сию се триллиону ҳафтсаду бист миллиарду сесаду шасту ҳашт миллиону панҷсаду чилу ҳафт ҳазору ҳафтсаду панҷоҳу ҳашт
    """),
    "uz": table("""
        0: nol
        1: bir
        2: ikki
        3: uch
        4: toʻrt
        5: besh
        6: olti
        7: yetti
        8: sakkiz
        9: toʻqqiz
        10: oʻn
        11: oʻn bir
        12: oʻn ikki
        13: oʻn uch
        14: oʻn toʻrt
        15: oʻn besh
        16: oʻn olti
        17: oʻn yetti
        18: oʻn sakkiz
        19: oʻn toʻqqiz
        20: yigirma
        21: yigirma bir
        30: oʻttiz
        31: oʻttiz bir
        40: qirq
        50: ellik
        51: ellik bir
        60: oltmish
        70: yetmish
        80: sakson
        90: toʻqson
        100: yuz
        101: yuz bir
        110: yuz oʻn
        120: yuz yigirma
        151: yuz ellik bir
        999: toʻqqiz yuz toʻqson toʻqqiz
        1000: bir ming
        1001: bir ming bir
        1100: bir ming yuz
        2001: ikki ming bir
        10000: oʻn ming
        100000: yuz ming
        150000: yuz ellik ming
        1000000: bir million
        2001000: ikki million bir ming
        1234567: bir million ikki yuz oʻttiz toʻrt ming besh yuz oltmish yetti
        1_000_000_000: bir milliard
        999_999_999_999: toʻqqiz yuz toʻqson toʻqqiz milliard toʻqqiz yuz toʻqson toʻqqiz million toʻqqiz yuz toʻqson toʻqqiz ming toʻqqiz yuz toʻqson toʻqqiz
        1_000_000_000_000: bir trillion
        92_233_720_368_547_758: toʻqson ikki kvadrillion ikki yuz oʻttiz uch trillion yetti yuz yigirma milliard uch yuz oltmish sakkiz million besh yuz qirq yetti ming yetti yuz ellik sakkiz
    """),
    "uz-Cyrl": table("""
        0: нол
        1: бир
        2: икки
        3: уч
        4: тўрт
        5: беш
        6: олти
        7: етти
        8: саккиз
        9: тўққиз
        10: ўн
        11: ўн бир
        12: ўн икки
        13: ўн уч
        14: ўн тўрт
        15: ўн беш
        16: ўн олти
        17: ўн етти
        18: ўн саккиз
        19: ўн тўққиз
        20: йигирма
        21: йигирма бир
        30: ўттиз
        31: ўттиз бир
        40: қирқ
        50: эллик
        51: эллик бир
        60: олтмиш
        70: етмиш
        80: саксон
        90: тўқсон
        100: юз
        101: юз бир
        110: юз ўн
        120: юз йигирма
        151: юз эллик бир
        999: тўққиз юз тўқсон тўққиз
        1000: бир минг
        1001: бир минг бир
        1100: бир минг юз
        2001: икки минг бир
        10000: ўн минг
        100000: юз минг
        150000: юз эллик минг
        1000000: бир миллион
        2001000: икки миллион бир минг
        1234567: бир миллион икки юз ўттиз тўрт минг беш юз олтмиш етти
        1_000_000_000: бир миллиард
        999_999_999_999: тўққиз юз тўқсон тўққиз миллиард тўққиз юз тўқсон тўққиз миллион тўққиз юз тўқсон тўққиз минг тўққиз юз тўқсон тўққиз
        1_000_000_000_000: бир триллион
        92_233_720_368_547_758: тўқсон икки квадриллион икки юз ўттиз уч триллион етти юз йигирма миллиард уч юз олтмиш саккиз миллион беш юз қирқ етти минг етти юз эллик саккиз
    """),
    "tk": table("""
        0: nol
        1: bir
        2: iki
        3: üç
        4: dört
        5: bäş
        6: alty
        7: ýedi
        8: sekiz
        9: dokuz
        10: on
        11: on bir
        12: on iki
        13: on üç
        14: on dört
        15: on bäş
        16: on alty
        17: on ýedi
        18: on sekiz
        19: on dokuz
        20: ýigrimi
        21: ýigrimi bir
        30: otuz
        31: otuz bir
        40: kyrk
        50: elli
        51: elli bir
        60: altmyş
        70: ýetmiş
        80: segsen
        90: togsan
        100: ýüz
        101: ýüz bir
        110: ýüz on
        120: ýüz ýigrimi
        151: ýüz elli bir
        999: dokuz ýüz togsan dokuz
        1000: bir müň
        1001: bir müň bir
        1100: bir müň ýüz
        2001: iki müň bir
        10000: on müň
        100000: ýüz müň
        150000: ýüz elli müň
        1000000: bir million
        2001000: iki million bir müň
        1234567: bir million iki ýüz otuz dört müň bäş ýüz altmyş ýedi
        1_000_000_000: bir milliard
        999_999_999_999: dokuz ýüz togsan dokuz milliard dokuz ýüz togsan dokuz million dokuz ýüz togsan dokuz müň dokuz ýüz togsan dokuz
        1_000_000_000_000: bir trillion
        92_233_720_368_547_758: togsan iki kwadrillion iki ýüz otuz üç trillion ýedi ýüz ýigrimi milliard üç ýüz altmyş sekiz million bäş ýüz kyrk ýedi müň ýedi ýüz elli sekiz
    """),
}

# Currency names (major, minor) in each state language, by currency.
NAMES = {
    "kk": {"KGS": ("сом", "тыйын"), "UZS": ("сум", "тиын"), "KZT": ("теңге", "тиын"), "TJS": ("сомони", "дирам"),
           "TMT": ("манат", "теңге"), "USD": ("АҚШ доллары", "цент"), "EUR": ("еуро", "цент")},
    "ky": {"KGS": ("сом", "тыйын"), "UZS": ("сум", "тыйын"), "KZT": ("теңге", "тыйын"), "TJS": ("сомони", "дирам"),
           "TMT": ("манат", "теңге"), "USD": ("АКШ доллары", "цент"), "EUR": ("евро", "цент")},
    "tg": {"KGS": ("сом", "тийин"), "UZS": ("сум", "тийин"), "KZT": ("тенге", "тийин"), "TJS": ("сомонӣ", "дирам"),
           "TMT": ("манат", "тенге"), "USD": ("доллари ИМА", "сент"), "EUR": ("евро", "сент")},
    "uz": {"KGS": ("som", "tiyin"), "UZS": ("soʻm", "tiyin"), "KZT": ("tenge", "tiyin"), "TJS": ("somoniy", "diram"),
           "TMT": ("manat", "tenge"), "USD": ("AQSH dollari", "sent"), "EUR": ("yevro", "sent")},
    "uz-Cyrl": {"KGS": ("сом", "тийин"), "UZS": ("сўм", "тийин"), "KZT": ("тенге", "тийин"), "TJS": ("сомоний", "дирам"),
                "TMT": ("манат", "тенге"), "USD": ("АҚШ доллари", "цент"), "EUR": ("евро", "цент")},
    "tk": {"KGS": ("som", "tyýyn"), "UZS": ("sum", "tiýin"), "KZT": ("teňňe", "tyýyn"), "TJS": ("somoni", "diram"),
           "TMT": ("manat", "teňňe"), "USD": ("ABŞ dollary", "sent"), "EUR": ("ýewro", "sent")},
}

# Each language's letters (lower case).  Kazakh and Kyrgyz keep ы ъ ь щ of
# Russian loans; Tajik has no ы щ ц ь; Uzbek Cyrillic no щ ы.  Latin Uzbek
# has no c but in the letter ch, and ʻ only in the letters oʻ and gʻ.
ALPHABETS = {
    "kk": set("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"),
    "ky": set("абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя"),
    "tg": set("абвгғдеёжзиӣйкқлмнопрстуӯфхҳчҷшъэюя"),
    "uz": set("abdefghijklmnopqrstuvxyz\u02bb\u02bc"),
    "uz-Cyrl": set("абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ"),
    "tk": set("abçdeäfghijžklmnňoöprsştuüwyýz"),
}

# The amounts of the issue, in minor units, with the major number and the two digits printed.
AMOUNTS = [
    (100, 1, "00"), (200, 2, "00"), (500, 5, "00"), (2100, 21, "00"), (10100, 101, "00"),
    (100000, 1000, "00"), (200100050, 2001000, "50"), (123456789, 1234567, "89"),
]


def letters_fit(text: str, lang: str) -> bool:
    """True if ``text`` (lower case, spaces aside) is written in the letters of ``lang``."""
    if lang == "uz":
        if any(text[i - 1 : i] not in ("o", "g") for i, ch in enumerate(text) if ch == "\u02bb"):
            return False
        text = text.replace("ch", "")
    return set(text) - {" "} <= ALPHABETS[lang]


def test_the_tables_are_long_enough_and_match_the_registry():
    assert set(NUMBERS) == set(NATIONAL) == set(NAMES) == set(ALPHABETS)
    assert not letters_fit("cʻ", "uz") and not letters_fit("ы", "tg") and letters_fit("toʻqqiz", "uz")
    for lang, rows in NUMBERS.items():
        assert all(letters_fit(words, lang) for words in rows.values()), lang
        assert len(rows) >= 40, lang
        assert set(range(22)) | {30, 40, 50, 60, 70, 80, 90, 100, 101, 110, 999, 1000, 1001, 2001, 10**4, 10**5, 10**6,
                                  2001000, 1234567, 10**9, 10**12 - 1} <= set(rows), lang


@pytest.mark.parametrize("lang", NATIONAL)
def test_number_table(lang):
    for number, words in NUMBERS[lang].items():
        assert number_in_words(number, lang) == words, number
        assert CONVERTERS[lang].to_cardinal(number) == words, number


@pytest.mark.parametrize("lang", NATIONAL)
@pytest.mark.parametrize("code", CURRENCY_CODES)
@pytest.mark.parametrize(("minor", "major", "digits"), AMOUNTS)
def test_every_amount_in_every_currency(minor, major, digits, code, lang):
    major_name, minor_name = NAMES[lang][code]
    words = NUMBERS[lang][major]
    expected = f"{words[0].upper()}{words[1:]} {major_name} {digits} {minor_name}"
    assert amount_in_words(minor, code, lang) == expected
    assert currency_name(code, lang, major) == major_name
    assert currency_name(code, lang, int(digits), minor=True) == minor_name


@pytest.mark.parametrize(
    ("minor", "code", "lang", "text"),
    [
        (200100050, "KZT", "kk", "Екі миллион бір мың теңге 50 тиын"),
        (123456789, "KGS", "ky", "Бир миллион эки жүз отуз төрт миң беш жүз алтымыш жети сом 89 тыйын"),
        (200100050, "TJS", "tg", "Ду миллиону як ҳазор сомонӣ 50 дирам"),
        (123456789, "TJS", "tg", "Як миллиону дусаду сию чор ҳазору панҷсаду шасту ҳафт сомонӣ 89 дирам"),
        (10100, "UZS", "uz", "Yuz bir soʻm 00 tiyin"),
        (1000, "UZS", "uz", "Oʻn soʻm 00 tiyin"),
        (200100050, "UZS", "uz-Cyrl", "Икки миллион бир минг сўм 50 тийин"),
        (2100, "TMT", "tk", "Ýigrimi bir manat 00 teňňe"),
        (1, "USD", "tk", "Nol ABŞ dollary 01 sent"),
        (500, "USD", "kk", "Бес АҚШ доллары 00 цент"),
    ],
)
def test_written_out_amounts(minor, code, lang, text):
    assert amount_in_words(minor, code, lang) == text


def test_tajik_from_num2words_was_checked_and_replaced():
    # num2words 0.5.14's own tg writes these differently; ours follows the grammar.
    from num2words import num2words

    for number, theirs, ours in [(30, "си", "сӣ"), (51, "панҷову як", "панҷоҳу як"), (101, "яксаду як", "саду як")]:
        assert num2words(number, lang="tg") == theirs
        assert number_in_words(number, "tg") == ours


def test_kazakh_is_num2words_own_and_agrees_with_the_table():
    from num2words import num2words

    for number, words in NUMBERS["kk"].items():
        assert num2words(number, lang="kz") == words


@pytest.mark.parametrize("lang", NATIONAL)
def test_to_currency_in_num2words_interface(lang):
    converter = CONVERTERS[lang]
    major_name, minor_name = NAMES[lang]["KGS"]
    text = converter.to_currency(Decimal("21.01"), currency="KGS")
    assert text == f"{NUMBERS[lang][21]} {major_name}, {NUMBERS[lang][1]} {minor_name}"
    with pytest.raises(NotImplementedError):
        converter.to_currency(Decimal("1"), currency="RUB")


@pytest.mark.parametrize("lang", NATIONAL)
def test_converters_refuse_fractions_and_what_is_too_large(lang):
    converter = CONVERTERS[lang]
    assert converter.to_cardinal(Decimal("21")) == NUMBERS[lang][21]
    assert converter.to_cardinal(-21).endswith(" " + NUMBERS[lang][21])
    for bad in (Decimal("1.5"), 1.5, "1,5", True):
        with pytest.raises(TypeError):
            converter.to_cardinal(bad)
    assert converter.to_cardinal(MAX_NUMBER)
    with pytest.raises(OverflowError):
        converter.to_cardinal(MAX_NUMBER + 1)


@pytest.mark.parametrize(
    ("number", "lang", "says"),
    [(-1, "kk", "must not be negative"), (MAX_NUMBER + 1, "tg", "too large"), (1.0, "uz", "whole number"),
     (True, "tk", "whole number"), ("5", "ky", "whole number"), (5, "uz-cyrl", "unknown language uz-cyrl"),
     (5, "kz", "unknown language kz")],
)
def test_number_in_words_refuses(number, lang, says):
    with pytest.raises(InputError) as error:
        number_in_words(number, lang)
    assert says in str(error.value)


def test_currency_name_refuses_bad_input():
    with pytest.raises(InputError, match="unknown currency"):
        currency_name("RUB", "kk")
    with pytest.raises(InputError, match="unknown language"):
        currency_name("KGS", "de")
    with pytest.raises(InputError, match="negative"):
        currency_name("KGS", "ru", -1)
    assert currency_name("KGS", "ru", 5) == "сомов"
    assert currency_name("KGS", "ru", 22, minor=True) == "тыйына"
    assert currency_name("KGS", "en", 1) == "som"


# --------------------------------------------------------------------------
# Properties over all numbers: letters of the language only, and one reading each.

# Word values for reading a number back (typed by hand, like the tables).
_TURKIC_VOCABULARY = {
    "kk": ("бір екі үш төрт бес алты жеті сегіз тоғыз", "он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан", "жүз",
           "мың миллион миллиард триллион квадриллион квинтиллион"),
    "ky": ("бир эки үч төрт беш алты жети сегиз тогуз", "он жыйырма отуз кырк элүү алтымыш жетимиш сексен токсон", "жүз",
           "миң миллион миллиард триллион квадриллион квинтиллион"),
    "uz": ("bir ikki uch toʻrt besh olti yetti sakkiz toʻqqiz", "oʻn yigirma oʻttiz qirq ellik oltmish yetmish sakson toʻqson", "yuz",
           "ming million milliard trillion kvadrillion kvintillion"),
    "uz-Cyrl": ("бир икки уч тўрт беш олти етти саккиз тўққиз", "ўн йигирма ўттиз қирқ эллик олтмиш етмиш саксон тўқсон", "юз",
                "минг миллион миллиард триллион квадриллион квинтиллион"),
    "tk": ("bir iki üç dört bäş alty ýedi sekiz dokuz", "on ýigrimi otuz kyrk elli altmyş ýetmiş segsen togsan", "ýüz",
           "müň million milliard trillion kwadrillion kwintillion"),
}
_TAJIK_VOCABULARY = {
    **{w: i for i, w in enumerate("як ду се чор панҷ шаш ҳафт ҳашт нӯҳ".split(), 1)},
    **{w: i for i, w in enumerate("даҳ ёздаҳ дувоздаҳ сенздаҳ чордаҳ понздаҳ шонздаҳ ҳабдаҳ ҳаждаҳ нуздаҳ".split(), 10)},
    **{w: 10 * i for i, w in enumerate("бист сӣ чил панҷоҳ шаст ҳафтод ҳаштод навад".split(), 2)},
    **{w: 100 * i for i, w in enumerate("сад дусад сесад чорсад панҷсад шашсад ҳафтсад ҳаштсад нӯҳсад".split(), 1)},
    **{w: 1000**i for i, w in enumerate("ҳазор миллион миллиард триллион квадриллион квинтиллион".split(), 1)},
}


def _turkic_values(lang: str) -> dict[str, int]:
    ones, tens, hundred, scales = _TURKIC_VOCABULARY[lang]
    values = {w: i for i, w in enumerate(ones.split(), 1)}
    values.update({w: 10 * i for i, w in enumerate(tens.split(), 1)})
    values[hundred] = 100
    values.update({w: 1000**i for i, w in enumerate(scales.split(), 1)})
    return values


def read_back(words: str, lang: str) -> int:
    """The number ``words`` say, by the rules of docs/number-words.md; AssertionError if they break them."""
    if lang == "tg":
        return _read_tajik(words)
    values = _turkic_values(lang)
    total, group, last_scale = 0, 0, 10**30
    tokens = words.split()
    for token in tokens:
        value = values[token]
        if value >= 1000:
            assert 0 < group < 1000 and value < last_scale, words  # a multiplier, also for one; scales fall
            total, group, last_scale = total + group * value, 0, value
        elif value == 100:
            assert group < 10 and group != 1, words  # «жүз» alone for 100, never «бір жүз»
            group = (group or 1) * 100
        else:
            assert group % (100 if value >= 10 else 10) == 0, words  # tens then units, once each
            group += value
    return total + group


def _tajik_token(token: str) -> tuple[bool, int]:
    """Whether ``token`` carries the conjunction «-у»/«-ю», and its value."""
    if token in _TAJIK_VOCABULARY:
        return False, _TAJIK_VOCABULARY[token]
    if token.endswith("ию") and token[:-2] + "ӣ" in _TAJIK_VOCABULARY:
        return True, _TAJIK_VOCABULARY[token[:-2] + "ӣ"]
    assert token.endswith("у"), token
    return True, _TAJIK_VOCABULARY[token[:-1]]


def _read_tajik(words: str) -> int:
    total, group, last_scale = 0, 0, 10**30
    tokens = words.split()
    for i, token in enumerate(tokens):
        joined, value = _tajik_token(token)
        last = i + 1 == len(tokens)
        # «-у» joins every part to the next, except a multiplier to its group word.
        next_is_scale = not last and _tajik_token(tokens[i + 1])[1] >= 1000
        assert joined == (not last and not next_is_scale), words
        if value >= 1000:
            assert 0 < group < 1000 and value < last_scale, words
            total, group, last_scale = total + group * value, 0, value
        else:
            assert group == 0 or group % 10 ** len(str(value)) == 0, words  # hundreds, tens, units in order
            group += value
    return total + group


@pytest.mark.parametrize("lang", NATIONAL)
def test_the_reader_reads_the_hand_tables(lang):
    for number, words in NUMBERS[lang].items():
        if number:
            assert read_back(words, lang) == number


@pytest.mark.parametrize("lang", NATIONAL)
def test_every_number_below_ten_thousand(lang):
    # Every group form there is; the groups repeat above.
    seen = set()
    for number in range(1, 10_000):
        words = number_in_words(number, lang)
        assert read_back(words, lang) == number
        seen.add(words)
    assert len(seen) == 9_999


@pytest.mark.parametrize("lang", NATIONAL)
@given(number=st.one_of(st.integers(min_value=0, max_value=10**12 - 1), st.integers(min_value=0, max_value=MAX_NUMBER)))
def test_words_use_the_letters_of_the_language_and_read_back(lang, number):
    words = number_in_words(number, lang)
    assert letters_fit(words, lang), words
    if number:
        assert read_back(words, lang) == number  # so distinct numbers never share words
    else:
        assert words == NUMBERS[lang][0]


@pytest.mark.parametrize("lang", NATIONAL)
@given(minor=st.integers(min_value=0, max_value=MAX_MINOR), code=st.sampled_from(CURRENCY_CODES))
def test_amounts_use_the_letters_of_the_language(lang, minor, code):
    text = amount_in_words(minor, code, lang)
    major, rest = divmod(minor, 100)
    major_name, minor_name = NAMES[lang][code]
    assert text.endswith(f" {major_name} {rest:02d} {minor_name}")
    words = text[: -len(f" {major_name} {rest:02d} {minor_name}")]
    assert words[0].isupper()
    assert (read_back(words[0].lower() + words[1:], lang) if major else words.lower()) == (major or NUMBERS[lang][0])
    assert letters_fit(text.lower().translate(str.maketrans("", "", "0123456789")), lang), text


@pytest.mark.parametrize("lang", NATIONAL)
def test_units_and_currency_marks_use_the_letters_of_the_language(lang):
    for code in UNIT_CODES:
        assert letters_fit(unit_label(code, lang).lower().rstrip("."), lang), code
    for cur in CURRENCIES.values():
        assert letters_fit(cur.sign(lang).lower().replace(".", "").strip("₸€"), lang), cur.code
        assert letters_fit(" ".join(cur.names(lang)).lower(), lang), cur.code


@pytest.mark.parametrize("lang", CODES)
def test_every_language_writes_up_to_the_largest_number(lang):
    # An amount's major part reaches about 9.2e16; every language goes to 10**21 - 1.
    assert MAX_NUMBER >= MAX_MINOR // 100
    assert len(number_in_words(MAX_NUMBER, lang).split()) > 20
    assert amount_in_words(MAX_MINOR, "UZS", lang)[0].isupper()


def test_every_printed_language_has_numbers_names_and_units():
    assert set(CONVERTERS) == set(CODES)
    for cur in CURRENCIES.values():
        assert set(cur.national) == set(NATIONAL)
        assert {lang: cur.sign(lang) for lang in CODES}["en"] == cur.code
    for code in UNIT_CODES:
        assert all(unit_label(code, lang) for lang in CODES)
