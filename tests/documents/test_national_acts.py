"""An act in a state language beside Russian or English: its national column is really in that language.

For each of the six national languages (Kazakh, Kyrgyz, Tajik, Uzbek in Latin and Cyrillic, Turkmen), paired with
English and with Russian, an act whose data is recorded in that language is printed and read back from the PDF.

"The national column contains no Russian or English" is checked, precisely, as:

1. **The national column alone.**  The act printed in the national language alone draws exactly the national
   column's paragraphs.  Every word of it (lower-cased, punctuation stripped) must be a word of the language's own
   vocabulary: its fixed-text file, the act's data recorded in that language, the amount in words, the unit and
   currency names of :mod:`equipment_desk.core` in that language — or an identifier of the act (number, model,
   serial and inventory numbers, programme code, currency codes, the verification code).  A Russian or English word
   that is not also the national file's own word fails, so does any word the test did not put there.
2. **The script.**  A Cyrillic column has no Latin word but identifiers; a Latin column (Uzbek, Turkmen) has no
   Cyrillic letter at all; a Tajik column has none of the Russian-only letters ц щ ы ь.
3. **Loanwords are named.**  A word the national file shares with the Russian or English file (Kyrgyz «программа»,
   Uzbek "donor") must be one of the loanwords listed here, so a Russian word slipping into a national file fails.
4. **The pair.**  The two-language print holds nothing beyond the national column alone plus the partner's column
   alone (as multisets of words, page furniture aside) except the copies clause, which in each language names the
   other language: so no Russian or English text stands in for a national one in the pair either.
5. **The amount in words** of the national column is the national one, written out here for the act's total.
6. **Reprints** give the same bytes, also from the act read back from its JSON.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from typing import Any

import pytest
from pypdf import PdfReader

from equipment_desk.core import act_texts
from equipment_desk.core.hashing import FORMAT, SEALED_TEXTS_KEY, compute_content_hash
from equipment_desk.core.money import currency as currency_info
from equipment_desk.core.money import parse_rate, to_usd_minor
from equipment_desk.core.units import unit_label
from equipment_desk.core.words import amount_in_words
from equipment_desk.documents import styles as st
from equipment_desk.documents.certificate import act_payload, render_certificate

LOANWORDS = {
    # words a national file shares with the Russian or English file, each a word of that language too
    "kk": {"акт", "вал", "донор"},
    "ky": {"акт", "вал", "донор", "курс", "номер", "программа"},
    "tg": {"донор"},
    "uz": {"donor", "may"},
    "uz-Cyrl": {"вал", "донор", "курс", "сумма"},
    "tk": {"donor"},
}

TOTAL_IN_WORDS = {
    # the act's total, 2 001 000,50, written out by hand from DOMAIN.md's number words
    "kk": "Екі миллион бір мың теңге 50 тиын",
    "ky": "Эки миллион бир миң сом 50 тыйын",
    "tg": "Ду миллиону як ҳазор сомонӣ 50 дирам",
    "uz": "Ikki million bir ming soʻm 50 tiyin",
    "uz-Cyrl": "Икки миллион бир минг сўм 50 тийин",
    "tk": "Iki million bir müň manat 50 teňňe",
}

CURRENCY = {"kk": "KZT", "ky": "KGS", "tg": "TJS", "uz": "UZS", "uz-Cyrl": "UZS", "tk": "TMT"}
RATE = {"KZT": "332.33", "KGS": "68.8395", "TJS": "8.8105", "UZS": "8123.45", "TMT": "3.5"}

# the act's recorded data in each national language (the office's own texts; the test's, not the program's)
DATA: dict[str, dict[str, Any]] = {
    "kk": dict(
        place="Алматы қ.", goods="компьютерлер және ілеспе жабдықтар",
        transferor="БҰҰ Есірткі және қылмыс жөніндегі басқармасының Қазақстандағы бағдарламалық кеңсесі",
        t_name="Кристина Куттниг", t_title="кеңсе басшысы", t_authority="2018 жылғы 1 қаңтардағы өкілеттік беру туралы құжат",
        recipient="Қазақстан Республикасының Бас прокуратурасы", r_name="Әлиев Дәурен",
        r_title="құқықтық статистика басқармасының бастығы", r_authority="2018 жылғы 12 қаңтардағы № 15 бұйрық",
        programme="БҰҰ ЕҚБ-ның Орталық Азияға арналған бағдарламасы", donor="Жапония Үкіметі",
        basis="Бас прокуратураның 2018 жылғы 10 қаңтардағы № 12/345 хаты", source="БҰҰ Қазынашылығы",
        items=("Дербес компьютер", "Көпфункциялы лазерлік құрылғы")),
    "ky": dict(
        place="Бишкек ш.", goods="компьютерлер жана тиешелүү жабдуулар",
        transferor="БУУнун Баңгизаттар жана кылмыштуулук боюнча башкармалыгынын Кыргыз Республикасындагы программалык кеңсеси",
        t_name="Кристина Куттниг", t_title="кеңсенин башчысы", t_authority="2018-жылдын 1-январындагы ыйгарым укуктарды берүү",
        recipient="Кыргыз Республикасынын Башкы прокуратурасы", r_name="Усубалиев Азизбек",
        r_title="укуктук статистика бөлүмүнүн башчысы", r_authority="2018-жылдын 12-январындагы № 15 буйрук",
        programme="БУУнун БКБнын Борбордук Азия үчүн программасы", donor="Япония Өкмөтү",
        basis="Башкы прокуратуранын 2018-жылдын 10-январындагы № 12/345 каты", source="БУУнун Казыналыгы",
        items=("Жеке компьютер", "Көп функциялуу лазердик түзмөк")),
    "tg": dict(
        place="ш. Душанбе", goods="компютерҳо ва таҷҳизоти марбут",
        transferor="Дафтари барномавии Раёсати СММ оид ба маводи мухаддир ва ҷинояткорӣ дар Ҷумҳурии Тоҷикистон",
        t_name="Кристина Куттниг", t_title="роҳбари дафтар", t_authority="ваколатномаи аз 1 январи соли 2018",
        recipient="Прокуратураи генералии Ҷумҳурии Тоҷикистон", r_name="Раҳимов Сино",
        r_title="сардори раёсати омори ҳуқуқӣ", r_authority="фармони № 15 аз 12 январи соли 2018",
        programme="Барномаи РМЖ СММ барои Осиёи Марказӣ", donor="Ҳукумати Ҷопон",
        basis="Номаи Прокуратураи генералӣ № 12/345 аз 10 январи соли 2018", source="Хазинаи СММ",
        items=("Компютери шахсӣ", "Дастгоҳи лазерии бисёрвазифавӣ")),
    "uz": dict(
        place="Toshkent sh.", goods="kompyuterlar va tegishli uskunalar",
        transferor="BMT Giyohvand moddalar va jinoyatchilik boshqarmasining Oʻzbekistondagi dastur idorasi",
        t_name="Ashita Mittal", t_title="idora rahbari", t_authority="2018-yil 1-yanvardagi vakolat berish toʻgʻrisidagi hujjat",
        recipient="Oʻzbekiston Respublikasi Davlat bojxona qoʻmitasi", r_name="Karimova Dilnoza",
        r_title="axborot-tahlil boshqarmasi boshligʻi", r_authority="2018-yil 12-yanvardagi 15-son buyruq",
        programme="BMT GJBning Markaziy Osiyo uchun dasturi", donor="Yaponiya hukumati",
        basis="Davlat bojxona qoʻmitasining 2018-yil 10-yanvardagi 12/345-son xati", source="BMT gʻaznachiligi",
        items=("Shaxsiy kompyuter", "Koʻp funksiyali lazer qurilmasi")),
    "uz-Cyrl": dict(
        place="Тошкент ш.", goods="компьютерлар ва тегишли ускуналар",
        transferor="БМТ Гиёҳванд моддалар ва жиноятчилик бошқармасининг Ўзбекистондаги дастур идораси",
        t_name="Ашита Миттал", t_title="идора раҳбари", t_authority="2018 йил 1 январдаги ваколат бериш тўғрисидаги ҳужжат",
        recipient="Ўзбекистон Республикаси Давлат божхона қўмитаси", r_name="Каримова Дилноза",
        r_title="ахборот-таҳлил бошқармаси бошлиғи", r_authority="2018 йил 12 январдаги 15-сон буйруқ",
        programme="БМТ ГЖБнинг Марказий Осиё учун дастури", donor="Япония ҳукумати",
        basis="Давлат божхона қўмитасининг 2018 йил 10 январдаги 12/345-сон хати", source="БМТ ғазначилиги",
        items=("Шахсий компьютер", "Кўп функцияли лазер қурилмаси")),
    "tk": dict(
        place="Aşgabat ş.", goods="kompýuterler we degişli enjamlar",
        transferor="BMG-niň Neşe serişdeleri we jenaýatçylyk boýunça müdirliginiň Türkmenistandaky maksatnama edarasy",
        t_name="Ashita Mittal", t_title="edaranyň ýolbaşçysy", t_authority="2018-nji ýylyň 1-nji ýanwaryndaky ygtyýarnama",
        recipient="Türkmenistanyň Baş prokuraturasy", r_name="Annaýew Serdar",
        r_title="hukuk statistikasy müdirliginiň başlygy", r_authority="2018-nji ýylyň 12-nji ýanwaryndaky 15-nji buýruk",
        programme="BMG NJM-niň Merkezi Aziýa üçin maksatnamasy", donor="Ýaponiýanyň hökümeti",
        basis="Baş prokuraturanyň 2018-nji ýylyň 10-njy ýanwaryndaky 12/345 belgili haty", source="BMG-niň Gaznaçylygy",
        items=("Şahsy kompýuter", "Köp funksiýaly lazer enjamy")),
}

PARTNER = {
    "en": dict(place="Almaty", goods="computers and related equipment", transferor="UNODC Programme Office",
               t_name="Kristina Kuttnig", t_title="Head of Office", t_authority="the delegation of authority of 1 January 2018",
               recipient="General Prosecutor's Office", r_name="Dauren Aliyev", r_title="Head of the Legal Statistics Department",
               r_authority="Order No. 15 of 12 January 2018", programme="UNODC Programme for Central Asia",
               donor="Government of Japan", basis="Letter No. 12/345 of 10 January 2018", source="UN Treasury",
               items=("Desktop computer", "Multifunction laser device")),
    "ru": dict(place="г. Алматы", goods="компьютеры и сопутствующее оборудование", transferor="Программный офис УНП ООН",
               t_name="Кристина Куттниг", t_title="Руководитель офиса", t_authority="делегирования полномочий от 01.01.2018",
               recipient="Генеральная прокуратура", r_name="Алиев Даурен", r_title="Начальник управления правовой статистики",
               r_authority="приказа № 15 от 12.01.2018", programme="Программа УНП ООН для Центральной Азии",
               donor="Правительство Японии", basis="Письмо № 12/345 от 10.01.2018", source="Казначейство ООН",
               items=("Персональный компьютер", "Многофункциональное лазерное устройство")),
}

SAME_ACT = {
    # what differs by country in the Russian and English columns: (place, recipient, its signatory, the transferor's)
    "kk": {"ru": ("г. Алматы", "Генеральная прокуратура Республики Казахстан", "Алиев Даурен", "Кристина Куттниг"),
           "en": ("Almaty", "General Prosecutor's Office of the Republic of Kazakhstan", "Dauren Aliyev", "Kristina Kuttnig")},
    "ky": {"ru": ("г. Бишкек", "Генеральная прокуратура Кыргызской Республики", "Усубалиев Азизбек", "Кристина Куттниг"),
           "en": ("Bishkek", "General Prosecutor's Office of the Kyrgyz Republic", "Azizbek Usubaliev", "Kristina Kuttnig")},
    "tg": {"ru": ("г. Душанбе", "Генеральная прокуратура Республики Таджикистан", "Рахимов Сино", "Кристина Куттниг"),
           "en": ("Dushanbe", "General Prosecutor's Office of the Republic of Tajikistan", "Sino Rakhimov", "Kristina Kuttnig")},
    "uz": {"ru": ("г. Ташкент", "Государственный таможенный комитет Республики Узбекистан", "Каримова Дилноза", "Ашита Миттал"),
           "en": ("Tashkent", "State Customs Committee of the Republic of Uzbekistan", "Dilnoza Karimova", "Ashita Mittal")},
    "tk": {"ru": ("г. Ашхабад", "Генеральная прокуратура Туркменистана", "Аннаев Сердар", "Ашита Миттал"),
           "en": ("Ashgabat", "General Prosecutor's Office of Turkmenistan", "Serdar Annayev", "Ashita Mittal")},
}
SAME_ACT["uz-Cyrl"] = SAME_ACT["uz"]

# two lines whose total is 2 001 000,50: 3 × 600 000,00 + 1 × 201 000,50
LINES = ((0, "HP ProDesk 400 G4", "set", 60_000_000, 3), (1, "HP LaserJet Pro M428fdn", "pcs", 20_100_050, 1))


def _texts(field: str, langs: tuple[str, str]) -> dict[str, str]:
    national = langs[0]
    out = {}
    for lang in langs:
        data = DATA.get(lang) or dict(PARTNER[lang], **dict(zip(("place", "recipient", "r_name", "t_name"), SAME_ACT[national][lang])))
        out[lang] = data[field]
    return out


def national_act(national: str, partner: str, *, first: str | None = None) -> dict[str, Any]:
    """A finalized act (content version 3) recorded in ``national`` and ``partner``, sealed with their fixed texts."""
    langs = (national, partner)
    order = [national, partner] if first in (None, national) else [partner, national]
    code = CURRENCY[national]
    lines = []
    for number, (index, model, unit, value, quantity) in enumerate(LINES, start=1):
        lines.append({
            "line_no": number, "item_uuid": f"00000000-0000-4000-8000-{number:012d}",
            "name": {lang: (DATA.get(lang) or PARTNER[lang])["items"][index] for lang in langs},
            "model": model, "serial_number": f"CZC80{21000 + number * 7}", "inventory_number": f"UNODC-2018-{number:04d}",
            "unit": unit, "quantity": quantity, "unit_value_minor": value, "amount_minor": value * quantity,
        })
    amount = sum(line["amount_minor"] for line in lines)
    person = {
        "transferor": dict(name=_texts("t_name", langs), gender="f", name_genitive={"ru": ""},
                           title=_texts("t_title", langs), title_genitive={"ru": "руководителя офиса"},
                           authority=_texts("t_authority", langs)),
        "recipient": dict(uuid="1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9", name=_texts("r_name", langs), gender="",
                          name_genitive={"ru": ""}, title=_texts("r_title", langs),
                          title_genitive={"ru": "начальника управления правовой статистики"},
                          authority=_texts("r_authority", langs)),
    }
    act: dict[str, Any] = {
        "format": FORMAT, "uuid": "6f1c2d4e-8a9b-4c0d-9e1f-2a3b4c5d6e7f", "number": "ROCA-2018-0042", "status": "finalized",
        "office_code": "ROCA", "date": "2018-03-02", "place": _texts("place", langs), "country": "KZ", "languages": order,
        "goods": _texts("goods", langs),
        "transferor": {"organisation": _texts("transferor", langs), "signatory": person["transferor"]},
        "recipient": {"institution_uuid": "5a0e7c1b-3d2f-4e6a-9b8c-7d6e5f4a3b2c", "organisation": _texts("recipient", langs),
                      "country": "KZ", "address": "", "signatory": person["recipient"]},
        "programme": {"code": "XAC/Z60", "name": _texts("programme", langs), "sub_programme": "1",
                      "donors": [{"uuid": "donor-jp", "name": _texts("donor", langs)}]},
        "basis": _texts("basis", langs), "transfer_type": "title", "currency": code,
        "rate": {"value": RATE[code], "scale": 1, "type": "unore", "source": _texts("source", langs),
                 "effective_date": "2018-03-01"},
        "national_rate": None, "lines": lines,
        "totals": {"quantity": sum(line["quantity"] for line in lines), "amount_minor": amount,
                   "usd_minor": to_usd_minor(amount, parse_rate(RATE[code]))},
        SEALED_TEXTS_KEY: {lang: act_texts.load(lang).snapshot() for lang in langs},
        "previous_hash": "0" * 64, "signed": None, "void": None,
    }
    act["content_hash"] = compute_content_hash(act)
    return act


# --- reading the PDF back -----------------------------------------------------------------------------------

_EDGE = "\"'.,;:()[]«»“”„!?—–-/|*"
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def fragments(data: bytes) -> list[tuple[float, str]]:
    """Every piece of text of the PDF with the height it is drawn at."""
    out: list[tuple[float, str]] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        def visit(text: str, cm: list[float], tm: list[float], _font: Any, _size: Any) -> None:
            if text.strip():
                out.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text))
        page.extract_text(visitor_text=visit)
    return out


def words(text: str) -> list[str]:
    """The words of ``text``: lower case, without the punctuation around them; numbers are left out."""
    out = []
    for token in re.split(r"[\s/]+", text.replace("\u00a0", " ")):
        token = re.sub(r"^\d+[-–]", "", token.strip(_EDGE)).strip(_EDGE).lower()  # «1-бет»: the number is no word
        if token and any(ch.isalpha() for ch in token):
            out.append(token)
    return out


def body_words(data: bytes) -> Counter:
    """The words drawn above the page footer (the footer repeats on every page, so it is checked on its own)."""
    return Counter(w for y, text in fragments(data) if y > st.MARGIN_BOTTOM for w in words(text))


def all_words(data: bytes) -> list[str]:
    return [w for _y, text in fragments(data) for w in words(text)]


def vocabulary(act: dict[str, Any], lang: str) -> set[str]:
    """Every word ``lang``'s column may print: its fixed texts, the act's data in it, amount, unit and currency words."""
    texts = act_texts.load(lang)
    found: set[str] = set()
    for table in texts.tables.values():
        for value in table.values():
            found.update(words(re.sub(r"\{[a-z_0-9]+\}", " ", value)))

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if isinstance(value.get(lang), str):
                found.update(words(value[lang]))
            for key, item in value.items():
                if key != SEALED_TEXTS_KEY:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(act)
    found.update(words(amount_in_words(act["totals"]["amount_minor"], act["currency"], lang)))
    found.update(words(currency_info(act["currency"]).sign(lang)))
    found.update(words(currency_info("USD").sign(lang)))  # the equivalent in US dollars
    for line in act["lines"]:
        found.update(words(unit_label(line["unit"], lang)))
    return found


def identifiers(act: dict[str, Any]) -> set[str]:
    """The act's codes, which print as they are in every column."""
    values = [act["number"], act["office_code"], act["programme"]["code"], act["currency"], "USD", "SHA-256", act_payload(act) or ""]
    for line in act["lines"]:
        values += [line["model"], line["serial_number"], line["inventory_number"]]
    return set(words(" ".join(str(value or "") for value in values)))


CASES = [(national, partner) for national in DATA for partner in ("en", "ru")]


@pytest.fixture(scope="module")
def prints() -> dict[tuple[str, ...], bytes]:
    """Each act printed in its national language alone, in the partner alone, and as the pair (both orders)."""
    out: dict[tuple[str, ...], bytes] = {}
    for national, partner in CASES:
        act = national_act(national, partner)
        out[(national, partner, "alone")] = render_certificate(act, languages=[national])
        out[(national, partner, "partner")] = render_certificate(act, languages=[partner])
        out[(national, partner)] = render_certificate(act)
        out[(partner, national)] = render_certificate(national_act(national, partner, first=partner))
    return out


@pytest.mark.parametrize(("national", "partner"), CASES)
def test_the_national_column_has_only_words_of_its_language(national: str, partner: str, prints: dict) -> None:
    act = national_act(national, partner)
    allowed = vocabulary(act, national) | identifiers(act)
    printed = all_words(prints[(national, partner, "alone")])
    strangers = sorted({w for w in printed if w not in allowed})
    assert not strangers, f"{national}: words that are not {national}: {strangers}"
    codes = identifiers(act)
    if act_texts.load(national).code in ("uz", "tk"):
        assert not [w for w in printed if _CYRILLIC.search(w)], "a Latin-script column prints Cyrillic"
    else:
        latin = sorted({w for w in printed if _LATIN.search(w) and w not in codes})
        assert not latin, f"{national}: Latin words in a Cyrillic column: {latin}"
    if national == "tg":
        assert not [w for w in printed if set(w) & set("цщыь")], "Russian-only letters in the Tajik column"


@pytest.mark.parametrize("national", list(DATA))
def test_a_national_file_shares_only_named_loanwords_with_the_russian_and_english_files(national: str) -> None:
    def file_words(code: str) -> set[str]:
        tables = act_texts.load(code).tables
        return {w for table in tables.values() for value in table.values() for w in words(re.sub(r"\{[a-z_0-9]+\}", " ", value))}

    shared = file_words(national) & (file_words("ru") | file_words("en"))
    assert shared - {"usd", "sha-256"} == LOANWORDS[national]


@pytest.mark.parametrize(("national", "partner"), CASES)
def test_the_pair_adds_nothing_to_the_two_columns_but_the_copies_clause(national: str, partner: str, prints: dict) -> None:
    act = national_act(national, partner)
    alone, other = body_words(prints[(national, partner, "alone")]), body_words(prints[(national, partner, "partner")])
    clause = Counter()
    for lang in (national, partner):
        clause.update(words(act_texts.load(lang).copies_clause(2, (national, partner))))
        clause.update(words(act_texts.load(lang).copies_clause(2, (partner, national))))
    for pair in ((national, partner), (partner, national)):
        printed = body_words(prints[pair])
        extra = printed - alone - other - clause
        assert not extra, f"{pair}: printed beyond the two columns: {sorted(extra)}"
        lost = alone - printed - Counter(words(act_texts.load(national).copies_clause(2, (national,))))
        assert not lost, f"{pair}: the national column lost {sorted(lost)}"
    footer = {w for y, text in fragments(prints[(national, partner)]) if y <= st.MARGIN_BOTTOM for w in words(text)}
    assert footer <= vocabulary(act, national) | vocabulary(act, partner) | identifiers(act)


@pytest.mark.parametrize(("national", "partner"), CASES)
def test_the_amount_in_words_is_the_national_one(national: str, partner: str, prints: dict) -> None:
    act = national_act(national, partner)
    assert act["totals"]["amount_minor"] == 200_100_050
    assert amount_in_words(200_100_050, CURRENCY[national], national) == TOTAL_IN_WORDS[national]
    text = " ".join(text for _y, text in fragments(prints[(national, partner)]))
    flat = " ".join(text.split())
    assert TOTAL_IN_WORDS[national] in flat
    assert amount_in_words(200_100_050, CURRENCY[national], partner) in flat


@pytest.mark.parametrize(("national", "partner"), CASES)
def test_the_act_reprints_byte_identical(national: str, partner: str, prints: dict) -> None:
    act = national_act(national, partner)
    assert render_certificate(act) == prints[(national, partner)]
    assert render_certificate(json.loads(json.dumps(act))) == prints[(national, partner)]


@pytest.mark.parametrize("face", ["DeskSans", "DeskSans-Bold"])
def test_every_currency_unit_and_number_word_of_every_language_has_a_glyph_in_the_embedded_font(face: str) -> None:
    from equipment_desk.core.languages import CODES
    from equipment_desk.core.money import CURRENCIES, format_amount
    from equipment_desk.core.units import UNIT_CODES
    from equipment_desk.documents.fonts import missing_characters

    texts = []
    for lang in CODES:
        for code in CURRENCIES:
            texts += [currency_info(code).sign(lang), format_amount(123_456_789, code, lang)]
            texts += [amount_in_words(minor, code, lang) for minor in (100, 200, 500, 2_100, 10_100, 100_000, 200_100_050, 123_456_789)]
        texts += [unit_label(unit, lang) for unit in UNIT_CODES]
    assert missing_characters("".join(texts), face) == set()


@pytest.mark.parametrize(("national", "partner"), [("ky", "ru"), ("uz", "en")])
def test_the_pdf_embeds_the_bundled_font_and_only_it(national: str, partner: str, prints: dict) -> None:
    reader = PdfReader(io.BytesIO(prints[(national, partner)]))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font  # TrueType outlines embedded
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold"}


def test_the_demo_acts_in_a_national_pair_print_their_national_column_in_that_language(tmp_path) -> None:
    """The demo's handovers in the state languages, as the office would print them: the same checks on their PDFs."""
    import inspect

    from equipment_desk.core.languages import NATIONAL
    from equipment_desk.documents.printing import certificate_pdf
    from equipment_desk.store import acts, demo
    from equipment_desk.store.database import open_database

    if "national" not in inspect.signature(demo.load_demo).parameters:
        pytest.skip("the demo has no acts in the state languages yet (they come with the office's national data)")
    demo_db = open_database(tmp_path / "demo.sqlite")
    demo.load_demo(db=demo_db, national=True)  # as the command line's `demo` loads it

    checked = []
    for (act_id,) in demo_db.execute("SELECT id FROM act WHERE status <> 'draft' ORDER BY id").fetchall():
        act = acts.act_document(db=demo_db, act_id=act_id)
        national = [lang for lang in act["languages"] if lang in NATIONAL]
        if not national:
            continue
        (lang,) = national
        alone = render_certificate(act, languages=[lang])
        printed = all_words(alone)
        allowed = vocabulary(act, lang) | identifiers(act)
        strangers = sorted({w for w in printed if w not in allowed})
        assert not strangers, f"{act['number']} ({lang}): words that are not {lang}: {strangers}"
        if lang in ("uz", "tk"):
            assert not [w for w in printed if _CYRILLIC.search(w)], act["number"]
        else:
            assert not sorted({w for w in printed if _LATIN.search(w) and w not in identifiers(act)}), act["number"]
        whole = certificate_pdf(db=demo_db, act_id=act_id)
        flat = " ".join(" ".join(text for _y, text in fragments(whole)).split())
        assert amount_in_words(act["totals"]["amount_minor"], act["currency"], lang) in flat
        assert certificate_pdf(db=demo_db, act_id=act_id) == whole  # a reprint is the same file
        checked.append(tuple(act["languages"]))
    demo_db.close()
    assert {pair[0] for pair in checked} >= {"kk", "ky", "tg", "uz", "tk"}, checked
