"""The columns a spreadsheet may have for each kind of record, in English and Russian.

One :class:`ColumnSpec` per field: the title we write on export, the titles we
recognise on import (compared after :func:`~equipment_desk.exchange.tables.normalise_title`),
the type and an example for ``docs/import-columns.md``.  A field of a
bilingual pair (``name_en`` / ``name_ru``) has ``lang`` set; a plain title
("Name", «Наименование») is given to the English or Russian field by the
script it is written in, or by a mark such as "(RU)" or «(англ.)».
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from equipment_desk.core import languages as printed
from equipment_desk.store.languages import TEXT_LENGTHS
from equipment_desk.store.languages import column as text_column
from equipment_desk.store.records import INSTITUTION_KINDS, ITEM_CATEGORIES, ITEM_CONDITIONS


@dataclass(frozen=True)
class ColumnSpec:
    field: str
    title_en: str
    title_ru: str
    titles: tuple[str, ...]
    type: str
    example: str
    required: bool = False
    lang: str | None = None
    note: str = ""

    @cached_property
    def normalised_titles(self) -> frozenset[str]:
        from equipment_desk.exchange.tables import normalise_title

        return frozenset(normalise_title(t) for t in (self.title_en, self.title_ru, *self.titles) if t)


def _spec(field, en, ru, titles, type_, example, **kw) -> ColumnSpec:
    return ColumnSpec(field, en, ru, tuple(titles), type_, example, **kw)


_NAME_TITLES = ("name", "names", "full name of the institution", "institution", "institution name", "organisation", "organization",
                "recipient", "наименование", "название", "учреждение", "организация", "наименование организации",
                "наименование учреждения", "получатель")
_CITY_TITLES = ("city", "town", "город", "населенный пункт")
_SIGNATORY_TITLES = ("signatory name", "signatory full name", "representative", "represented by", "head", "фио подписанта", "фио",
                     "ф и о", "в лице", "представитель", "руководитель")
_TITLE_TITLES = ("signatory title", "title", "position", "job title", "должность", "должность подписанта", "должность представителя")
_AUTHORITY_TITLES = ("authority", "acting under", "acting on the basis of", "signatory authority", "basis of authority",
                     "действующего на основании", "действующий на основании", "на основании", "основание полномочий", "полномочия")

_ITEM_NAME_TITLES = ("name", "наименование", "item", "item name", "description", "item description", "name of item", "equipment",
                     "asset name", "asset description", "description of goods", "название", "наименование товара",
                     "наименование оборудования", "наименование имущества", "наименование основных средств", "наименование объекта",
                     "описание", "товар", "оборудование")
ROW_NUMBER = "row_number"
"""The register's own row numbers («№ п/п», "No.", "Item No.", "#"): recognised so they are never read as the name; not imported."""
ROW_NUMBER_COLUMN = _spec(ROW_NUMBER, "No.", "№ п/п", ("no", "n", "nr", "item no", "item number", "line no", "line number", "s no", "sl no",
                                                    "sr no", "no п п", "n п п", "п п", "номер п п", "порядковый номер", "номер по порядку", "#"),
                          "the register's own row numbers", "1", note="recognised so it is never read as the name; not imported")
NOT_IMPORTED_TITLES = frozenset({"model no", "model number", "model n", "номер модели"})
"""Titles that start like a known one but mean something we do not keep (Snipe-IT's "Model No." beside "Model")."""

NATIONAL_EXAMPLES = {"kk": "Қазақ тілі", "ky": "Кыргыз тили", "tg": "Тоҷикӣ", "uz": "Oʻzbek tili", "uz-Cyrl": "Ўзбек тили",
                     "tk": "Türkmen dili"}


def national_specs(field: str, en: str, ru: str, titles: tuple[str, ...], length: int) -> tuple[ColumnSpec, ...]:
    """One column per national language for a text kept in each (``name_ky`` titled "Name (KY)", as exports write it).

    The titles are the field's own with a language mark: "(KY)", "(Kyrgyz)", «(кырг.)», «на кыргызском», «(кыргызча)»
    (:data:`NATIONAL_MARKS`)."""
    return tuple(
        _spec(text_column(field, code), f"{en} ({code.upper()})", f"{ru} ({code.upper()})", titles,
              f"text in {printed.BY_CODE[code].english}, up to {length} characters", NATIONAL_EXAMPLES[code], lang=code,
              note=NATIONAL_NOTE)
        for code in printed.NATIONAL)


NATIONAL_NOTE = ("letters of another language of the region, or none of the language's script, are refused as the wrong "
                 "column; Uzbek apostrophes are written as ʻ (oʻ, gʻ) and ʼ")

NATIONAL_MARKS: dict[str, str] = {
    "kk": r"kk|kaz|kazakh|каз|казах\w*|қаз|қазақ\w*",
    "ky": r"ky|kir|kyrgyz|kirghiz|kirgiz|кыр|кырг|кыргыз\w*|кирг|киргиз\w*",
    "tg": r"tg|tgk|tajik|tadjik|tadzhik|тадж|таджик\w*|тоҷ|тоҷик\w*|тоджик\w*",
    "uz": r"uz|uzb|uzbek|o[ʻʼ]?zbek\w*|узб|узбек\w*",
    "uz-Cyrl": r"ўзб|ўзбек\w*",
    "tk": r"tk|tuk|turkmen\w*|türkmen\w*|туркм|туркмен\w*",
}
"""A title's words that name a national language: its code, its name in English, Russian (also shortened) or itself."""
CYRILLIC_MARK = r"cyrl|cyr|cyrillic|kirill\w*|кир|кирил\w*|кириллиц\w*"
LATIN_MARK = r"latn|lat|latin|lotin\w*|лат|латин\w*"
MARK_FILLERS = frozenset({"in", "на", "language", "lang", "script", "язык", "языке", "яз", "тілі", "тілінде", "тили", "тилинде",
                          "tili", "tilida", "dili", "dilinde", "забони", "ба"})
"""Words around a language's name in a title («на кыргызском языке», "in Kazakh") that say nothing more."""


ITEM_COLUMNS: tuple[ColumnSpec, ...] = (
    ROW_NUMBER_COLUMN,
    _spec("category", "Category", "Категория", ("type of equipment", "equipment type", "категория оборудования", "вид оборудования", "тип оборудования"),
          "choice: " + ", ".join(ITEM_CATEGORIES) + " (or Russian: компьютеры, медицинское, эндоскопы, офисное, транспорт, прочее)", "computers", required=True),
    _spec("name", "Name", "Наименование", _ITEM_NAME_TITLES,
          "text, up to 2000 characters", "Desktop computer", required=True,
          note="stored as the Russian or the English name by the script it is written in; a column of numbers only is a row number, "
               "not a name; with no name the model is used"),
    _spec("name_ru", "Name (RU)", "Наименование (рус.)", _ITEM_NAME_TITLES, "text, up to 2000 characters", "Компьютер настольный",
          lang="ru", note="a title marked (RU) keeps its text Russian; a second name column unmarked goes to the language of its script"),
    _spec("name_en", "Name (EN)", "Наименование (англ.)", _ITEM_NAME_TITLES, "text, up to 2000 characters", "Desktop computer",
          lang="en", note="a title marked (EN) keeps its text English; a second name column unmarked goes to the language of its script"),
    _spec("model", "Model", "Модель", ("make model", "make and model", "model name", "brand", "make", "марка", "марка модель", "модель марка",
                                       "тип модель"),
          "text, up to 500 characters", "HP ProDesk 400 G4"),
    _spec("manufacturer", "Manufacturer", "Производитель", ("maker", "vendor brand", "brand name", "изготовитель", "фирма производитель",
                                                           "завод изготовитель"),
          "text; joined before the model", "Dell", note="Dell + OptiPlex 3060 is stored as the model Dell OptiPlex 3060"),
    _spec("serial_number", "Serial number", "Серийный номер", ("serial no", "serial", "s n", "sn", "serial numbers", "серийный no", "серийный",
                                                                "заводской номер", "зав no", "зав n", "серийный n", "зав номер", "с н"),
          "text, unique among all items", "CZC8021ABC", note="must not repeat within the file or match an item already recorded"),
    _spec("inventory_number", "Inventory number", "Инвентарный номер", ("inventory no", "inv no", "inventory", "asset tag", "asset number",
                                                                       "asset no", "un asset tag", "asset tag no", "asset id", "tag",
                                                                       "tag no", "barcode", "инв no", "инв n", "инвентарный n", "инв номер", "инвентарный no",
                                                                       "инвентарный"),
          "text, unique among all items", "UNODC-KG-0001", note="must not repeat within the file or match an item already recorded"),
    _spec("unit", "Unit", "Ед. изм.", ("uom", "unit of measure", "units", "единица измерения", "ед изм", "ед", "единица"),
          "unit: pcs, set, kit, pair, pack, m, kg, l (or шт., компл., набор, пара, упак., м, кг, л)", "pcs", note="empty means pcs"),
    _spec("quantity", "Quantity", "Количество", ("qty", "q ty", "number of units", "кол во", "колво", "количество шт", "кол"),
          "whole number, 1 to 1,000,000,000", "50", required=True),
    _spec("unit_value", "Unit value", "Цена за единицу", ("unit price", "price", "unit cost", "price per unit", "value per unit", "cost",
                                                         "purchase cost", "purchase price", "cost price",
                                                         "цена", "стоимость единицы", "цена за ед", "стоимость за единицу", "стоимость за ед", "цена ед"),
          "amount in major units: 43000, 43 000,00 or 43,000.00", "43000.00", required=True,
          note="a Total column instead is divided by the quantity when it divides exactly"),
    _spec("amount", "Total value", "Сумма", ("total", "amount", "total amount", "total price", "total cost", "value", "итого", "сумма итого",
                                             "общая стоимость", "стоимость", "всего"),
          "amount in major units (checked against quantity × unit value)", "2150000.00"),
    _spec("currency", "Currency", "Валюта", ("cur", "ccy", "currency code", "код валюты"),
          "KGS, UZS, KZT, TJS, TMT, USD or EUR, or the currency's name or sign (сом, сум/сўм, тенге/₸, сомони, манат, доллар/$, евро/€)",
          "KGS", required=True),
    _spec("acquisition_date", "Acquisition date", "Дата приобретения", ("date of acquisition", "purchase date", "date of purchase", "date",
                                                                         "дата покупки", "дата", "дата поступления", "дата закупки"),
          "date: 2018-02-15, 15.02.2018 or a date cell", "15.02.2018"),
    _spec("condition", "Condition", "Состояние", ("state", "техническое состояние"),
          "choice: " + ", ".join(ITEM_CONDITIONS) + " (or новое, хорошее, удовлетворительное, плохое, неисправно)", "new", note="empty means new"),
    _spec("programme_code", "Programme", "Программа", ("programme code", "program", "program code", "project", "project code", "код программы",
                                                      "проект", "код проекта"),
          "the code of a programme already recorded", "XAC/Z60"),
    _spec("notes", "Notes", "Примечание", ("note", "comment", "comments", "remarks", "примечания", "комментарий", "комментарии"),
          "text, up to 4000 characters", "with monitor and UPS"),
    _spec("written_off", "Written off", "Списано", ("write off", "списан", "списание"), "yes or no (да, нет)", "no",
          note="empty means no; a list's Status column is not read (handed over follows from the acts)"),
    _spec("written_off_reason", "Write-off reason", "Причина списания", ("reason for write off", "reason written off", "основание списания"),
          "text, up to 1000 characters", "Broken beyond repair"),
)

INSTITUTION_COLUMNS: tuple[ColumnSpec, ...] = (
    ROW_NUMBER_COLUMN,
    _spec("name_en", "Name (EN)", "Наименование (англ.)", _NAME_TITLES, "text, up to 300 characters",
          "General Prosecutor's Office of the Kyrgyz Republic", required=True, lang="en"),
    _spec("name_ru", "Name (RU)", "Наименование (рус.)", _NAME_TITLES, "text, up to 300 characters",
          "Генеральная прокуратура Кыргызской Республики", lang="ru"),
    _spec("country", "Country", "Страна", ("country code", "код страны"), "two-letter code (KG, UZ, KZ, TJ, TM) or the country's name", "KG", required=True),
    _spec("city_en", "City (EN)", "Город (англ.)", _CITY_TITLES, "text, up to 100 characters", "Bishkek", lang="en"),
    _spec("city_ru", "City (RU)", "Город (рус.)", _CITY_TITLES, "text, up to 100 characters", "г. Бишкек", lang="ru"),
    _spec("region", "Region", "Область", ("oblast", "province", "регион", "область регион"), "text, up to 100 characters", "Chui"),
    _spec("kind", "Kind", "Тип", ("type", "institution type", "kind of institution", "вид", "тип учреждения", "вид учреждения"),
          "choice: " + ", ".join(INSTITUTION_KINDS) + " (or таможня, прокуратура, полиция, здравоохранение, наркоконтроль, министерство, другое)",
          "prosecutor", note="empty means other"),
    _spec("address", "Address", "Адрес", ("postal address", "почтовый адрес", "юридический адрес"), "text, up to 500 characters", "139 Erkindik Blvd, Bishkek"),
    _spec("phone", "Phone", "Телефон", ("telephone", "tel", "phone number", "тел", "номер телефона"), "text, up to 100 characters", "+996 312 000000"),
    _spec("email", "E-mail", "Эл. почта", ("email", "e mail", "mail", "электронная почта", "e mail адрес"), "text, up to 200 characters", "info@example.kg"),
    _spec("contact_person", "Contact person", "Контактное лицо", ("contact", "contact name", "контакт"), "text, up to 200 characters", "A. Usubaliev"),
    _spec("notes", "Notes", "Примечание", ("note", "comment", "comments", "remarks", "примечания", "комментарий"), "text, up to 4000 characters", ""),
    _spec("signatory_name", "Signatory", "Подписант", _SIGNATORY_TITLES,
          "full name, up to 200 characters", "Азизбек Усубалиев", note="repeat the institution on further rows to add more signatories"),
    _spec("signatory_name_ru", "Signatory (RU)", "Подписант (рус.)", _SIGNATORY_TITLES, "full name in Cyrillic, up to 200 characters",
          "Усубалиев Азизбек", lang="ru", note="with Signatory (EN): the name in each script, as an export writes them"),
    _spec("signatory_name_en", "Signatory (EN)", "Подписант (англ.)", _SIGNATORY_TITLES, "full name in Latin letters, up to 200 characters",
          "Azizbek Usubaliev", lang="en", note="the passport form"),
    _spec("signatory_title_en", "Signatory title (EN)", "Должность (англ.)", _TITLE_TITLES, "text, up to 300 characters",
          "Head of the Legal Statistics Unit", lang="en"),
    _spec("signatory_title_ru", "Signatory title (RU)", "Должность (рус.)", _TITLE_TITLES, "text, up to 300 characters",
          "Начальник управления правовой статистики", lang="ru"),
    _spec("signatory_authority_en", "Acting under (EN)", "На основании (англ.)", _AUTHORITY_TITLES, "text, up to 300 characters",
          "the Regulation of the Unit", lang="en"),
    _spec("signatory_authority_ru", "Acting under (RU)", "На основании (рус.)", _AUTHORITY_TITLES, "text, up to 300 characters",
          "Положения об управлении", lang="ru"),
    _spec("signatory_gender", "Signatory gender", "Пол подписанта", ("gender", "sex", "пол"),
          "man, woman or not given (мужчина, женщина, не указан; also m, f, м, ж)", "woman",
          note="the Russian preamble agrees with it («действующей»); empty: read from the Russian name"),
    _spec("signatory_name_ru_genitive", "Signatory in the genitive (RU)", "Подписант в родительном падеже",
          ("signatory genitive", "name in the genitive", "name after в лице", "фио в родительном падеже", "в лице кого"),
          "full name in the Russian genitive, up to 200 characters", "Усубалиева Азизбека",
          note="as the preamble prints it after «в лице»; empty: made from the Russian name"),
    _spec("signatory_title_ru_genitive", "Signatory title in the genitive (RU)", "Должность в родительном падеже",
          ("title in the genitive", "title after в лице", "должность подписанта в родительном падеже"),
          "text in the Russian genitive, up to 300 characters", "начальника управления правовой статистики",
          note="as the preamble prints it after «в лице»; empty: made from the Russian title"),
    _spec("signatory_active", "Signs acts", "Подписывает акты", ("signatory active", "active", "still signs", "действующий подписант"),
          "yes or no (да, нет)", "yes", note="empty means yes; no: kept on record, not offered for new acts"),
)

DONOR_COLUMNS: tuple[ColumnSpec, ...] = (
    ROW_NUMBER_COLUMN,
    _spec("name_en", "Name (EN)", "Наименование (англ.)", ("name", "donor", "donor name", "наименование", "донор", "название"),
          "text, up to 300 characters", "Government of Japan", required=True, lang="en"),
    _spec("name_ru", "Name (RU)", "Наименование (рус.)", ("name", "donor", "donor name", "наименование", "донор", "название"),
          "text, up to 300 characters", "Правительство Японии", lang="ru"),
    _spec("short_name", "Short name", "Краткое наименование", ("abbreviation", "acronym", "short", "сокращение", "аббревиатура"),
          "text, up to 50 characters", "Japan"),
    _spec("country", "Country", "Страна", (), "text, up to 100 characters", "Japan"),
    _spec("notes", "Notes", "Примечание", ("comment", "comments", "примечания"), "text, up to 4000 characters", ""),
)

PROGRAMME_COLUMNS: tuple[ColumnSpec, ...] = (
    ROW_NUMBER_COLUMN,
    _spec("code", "Code", "Код", ("programme code", "program code", "project code", "код программы", "код проекта"),
          "text, up to 50 characters, unique", "XAC/Z60", required=True),
    _spec("name_en", "Name (EN)", "Наименование (англ.)", ("name", "programme", "program", "title", "наименование", "программа", "название"),
          "text, up to 300 characters", "UNODC Programme for Central Asia", required=True, lang="en"),
    _spec("name_ru", "Name (RU)", "Наименование (рус.)", ("name", "programme", "program", "title", "наименование", "программа", "название"),
          "text, up to 300 characters", "Программа УНП ООН для Центральной Азии", lang="ru"),
    _spec("sub_programme", "Sub-programme", "Подпрограмма", ("subprogramme", "sub program", "subprogram", "sub programme no", "подпрограмма no"),
          "text, up to 200 characters", "2"),
    _spec("donors", "Donors", "Доноры", ("donor", "funded by", "донор", "финансирование", "источник финансирования"),
          "donor names (English, Russian or short name) separated by ;", "Government of Japan; US INL",
          note="each donor must be recorded already or listed in a donor file imported first"),
    _spec("notes", "Notes", "Примечание", ("comment", "comments", "примечания"), "text, up to 4000 characters", ""),
)

def _national_of(specs: tuple[ColumnSpec, ...], field: str, en: str, ru: str, table: str, prefix: str) -> tuple[ColumnSpec, ...]:
    """The national columns of ``field``: its titles (as recognised for ``field``), each with a language mark."""
    spec = next(s for s in specs if s.field == field)
    return national_specs(field.removesuffix("_en"), en, ru, (spec.title_en, spec.title_ru, *spec.titles), TEXT_LENGTHS[table][prefix])


ITEM_COLUMNS += _national_of(ITEM_COLUMNS, "name", "Name", "Наименование", "item", "name")
INSTITUTION_COLUMNS += (_national_of(INSTITUTION_COLUMNS, "name_en", "Name", "Наименование", "institution", "name")
                        + _national_of(INSTITUTION_COLUMNS, "signatory_name", "Signatory", "Подписант", "signatory", "name")
                        + _national_of(INSTITUTION_COLUMNS, "signatory_title_en", "Signatory title", "Должность", "signatory", "title")
                        + _national_of(INSTITUTION_COLUMNS, "signatory_authority_en", "Acting under", "На основании", "signatory", "authority"))
DONOR_COLUMNS += _national_of(DONOR_COLUMNS, "name_en", "Name", "Наименование", "donor", "name")
PROGRAMME_COLUMNS += _national_of(PROGRAMME_COLUMNS, "name_en", "Name", "Наименование", "programme", "name")

NATIONAL_FIELDS: dict[str, dict[str, tuple[str, str]]] = {}
"""Kind -> import field of a national text -> (its language, the column it is stored in, of the record or its signatory)."""

COLUMNS: dict[str, tuple[ColumnSpec, ...]] = {
    "item": ITEM_COLUMNS,
    "institution": INSTITUTION_COLUMNS,
    "donor": DONOR_COLUMNS,
    "programme": PROGRAMME_COLUMNS,
}
for _kind, _specs in COLUMNS.items():
    NATIONAL_FIELDS[_kind] = {spec.field: (spec.lang, spec.field.removeprefix("signatory_")) for spec in _specs
                              if spec.lang in printed.NATIONAL}

# Words people write instead of our codes.
CATEGORY_WORDS = {
    "computers": ("computer", "computers", "it", "it equipment", "ict", "компьютеры", "компьютер", "компьютерное оборудование", "оргтехника и компьютеры"),
    "medical": ("medical", "medical equipment", "медицинское", "медицинское оборудование", "медицина", "медоборудование"),
    "endoscopes": ("endoscope", "endoscopes", "video endoscope", "video endoscopes", "эндоскоп", "эндоскопы", "видеоэндоскоп", "видеоэндоскопы"),
    "office": ("office", "office equipment", "furniture", "офисное", "офисное оборудование", "оргтехника", "мебель"),
    "vehicles": ("vehicle", "vehicles", "car", "cars", "transport", "транспорт", "транспортные средства", "автомобиль", "автомобили"),
    "other": ("other", "misc", "miscellaneous", "прочее", "другое", "разное", "иное"),
}
CONDITION_WORDS = {
    "new": ("new", "новое", "новый", "новая", "нов"),
    "good": ("good", "хорошее", "хороший", "хорошая", "б у хорошее"),
    "fair": ("fair", "satisfactory", "удовлетворительное", "удовл", "удовлетворительный"),
    "poor": ("poor", "bad", "плохое", "плохой"),
    "broken": ("broken", "faulty", "out of order", "неисправно", "неисправное", "неисправен", "сломано"),
}
INSTITUTION_KIND_WORDS = {
    "customs": ("customs", "таможня", "таможенный", "таможенная служба", "таможенный комитет"),
    "prosecutor": ("prosecutor", "prosecution", "прокуратура"),
    "police": ("police", "law enforcement", "полиция", "милиция", "мвд"),
    "health": ("health", "hospital", "dispensary", "здравоохранение", "больница", "диспансер", "наркологический диспансер"),
    "drug_control": ("drug control", "drug control agency", "наркоконтроль", "агентство по контролю за наркотиками"),
    "ministry": ("ministry", "министерство"),
    "other": ("other", "другое", "прочее", "иное"),
}


GENDER_WORDS = {
    "m": ("m", "male", "man", "мужской", "муж", "м"),
    "f": ("f", "female", "woman", "женский", "жен", "ж"),
    "": ("unknown", "не указано", "неизвестно"),
}


# Currency words and signs people write instead of the ISO code (Russian and English; compared by currency_key).
CURRENCY_WORDS = {
    "KGS": ("сом", "сома", "сомов", "som", "soms", "kyrgyz som", "кыргызский сом", "⃀"),
    "UZS": ("сум", "сума", "сумов", "сўм", "sum", "soʻm", "so'm", "uzbek sum", "узбекский сум"),
    "KZT": ("тенге", "tenge", "₸", "тг", "kazakh tenge", "казахстанский тенге"),
    "TJS": ("сомони", "somoni", "смн", "tajik somoni", "таджикский сомони"),
    "TMT": ("манат", "маната", "манатов", "manat", "manats", "turkmen manat", "туркменский манат"),
    "USD": ("доллар", "доллара", "долларов", "доллар сша", "доллары сша", "долларов сша", "долл", "долл сша", "dollar", "dollars",
            "us dollar", "us dollars", "$", "us$"),
    "EUR": ("евро", "euro", "euros", "€"),
}


def currency_key(text: str) -> str:
    """``"Долл. США"`` -> ``"долл сша"``: lower case, ``ё`` as ``е``, full stops as spaces, single spaces."""
    return " ".join(str(text).lower().replace("ё", "е").replace(".", " ").split())


def currency_lookup() -> dict[str, str]:
    """Currency word or sign (as :func:`currency_key` gives it) -> ISO code; the codes themselves included."""
    lookup = {}
    for code, words in CURRENCY_WORDS.items():
        for text in (code, *words):
            lookup[currency_key(text)] = code
    return lookup


def _with_labels(words: dict[str, tuple[str, ...]], kind: str) -> dict[str, tuple[str, ...]]:
    """The synonyms plus the words our own lists and exports show (so an export imports again)."""
    from equipment_desk.core.labels import WORDS

    return {code: (*synonyms, *WORDS[kind].get(code, ())) for code, synonyms in words.items()}


CATEGORY_WORDS = _with_labels(CATEGORY_WORDS, "category")
CONDITION_WORDS = _with_labels(CONDITION_WORDS, "condition")
INSTITUTION_KIND_WORDS = _with_labels(INSTITUTION_KIND_WORDS, "institution_kind")
GENDER_WORDS = _with_labels(GENDER_WORDS, "gender")


def choice_lookup(words: dict[str, tuple[str, ...]]) -> dict[str, str]:
    from equipment_desk.exchange.tables import normalise_title

    lookup = {}
    for code, synonyms in words.items():
        for word in (code, *synonyms):
            lookup[normalise_title(word)] = code
    return lookup


_KIND_TEXT = {
    "item": ("Items", "`items import FILE`",
             "One row per item (a batch of identical pieces is one row with its quantity). "
             "Money is in major units of the row's currency: `43000`, `43 000,00`, `43,000.00` or a number cell; "
             "more decimals than the currency has are refused, never rounded, and `1,500` is refused as ambiguous."),
    "institution": ("Institutions and their signatories", "`institutions import FILE`",
                    "One row per signatory. Repeat the institution's English name and country on further rows to give it "
                    "more signatories; the institution's other cells may then be left empty. An institution already "
                    "recorded (same English name and country) is reported, not duplicated."),
    "programme": ("Programmes", "`programmes import FILE`",
                  "Donors named in the Donors column must already be recorded (import donors first)."),
    "donor": ("Donors", "`donors import FILE`", ""),
}


def _national_row(first: ColumnSpec) -> str:
    """One row of the column list for a text's columns in the six national languages."""
    base = first.field.removesuffix("_" + printed.column_suffix(first.lang))
    fields = ", ".join(f"`{text_column(base, code)}`" for code in printed.NATIONAL)
    title_en, title_ru = first.title_en.rsplit(" (", 1)[0], first.title_ru.rsplit(" (", 1)[0]
    marks = ", ".join(f"({code.upper()})" for code in printed.NATIONAL)
    return (f"| {fields} | {title_en} ({first.lang.upper()}) … | {title_ru} ({first.lang.upper()}) … | {title_en} or {title_ru} with a "
            f"language mark: {marks}, (Kyrgyz), «(кырг.)», «на кыргызском», «(кыргызча)» | text in that language; {NATIONAL_NOTE} | "
            f"{NATIONAL_EXAMPLES['ky']} |  |")


def columns_markdown() -> str:
    """The text of ``docs/import-columns.md`` (a test keeps the file equal to this)."""
    out = [
        "# Importing registers from Excel or CSV",
        "",
        "Equipment Desk reads XLSX workbooks (the first sheet) and CSV or text files with any common delimiter (comma, "
        "semicolon, tab, pipe). The encoding of a text file is told by its byte-order mark or by charset-normalizer: UTF-8 "
        "with or without BOM, UTF-16 (Excel's \"Unicode text\"), Windows-1251, KOI8-R, DOS 866. Text that still reads as "
        "garbled characters («лПНРШАФЕТ», «РљРѕРјРї») is refused with a sample, never stored: save such a file as CSV UTF-8 "
        "or XLSX.",
        "",
        "Titles are matched ignoring case, punctuation and ё/е, in English or Russian; a plain title such as «Наименование» "
        "or \"Name\" goes to the Russian or English field by its alphabet, and a mark such as \"(EN)\", \"(RU)\", «(англ.)» or "
        "«(рус.)» chooses explicitly. Columns not listed are ignored (e.g. \"Available\", \"UUID\" of an export, Snipe-IT's "
        "\"Model No.\"), so a file exported by Equipment Desk imports again, in English or Russian: the words an export writes "
        "for codes (\"Computers and IT\", «Компьютеры и оргтехника», «шт.», «Новое», «Кыргызстан») are read back as the codes, "
        "and a Russian CSV (semicolons, decimal commas) reads like any other.",
        "",
        "The import checks every row first and writes all rows or none. Each problem names the row (as the spreadsheet "
        "numbers it), the column title, what was found and what is expected. Formulas are read by their saved result; a "
        "formula without one is reported. Files up to 50 MB and 100,000 rows.",
        "",
        "## Finding the table",
        "",
        "The header is the row among the first 15 whose cells name the most columns; title rows above it (merged or not) are "
        "passed over. Below it these rows are skipped, and the dry run and the import window list each with the reason:",
        "",
        "- empty rows;",
        "- totals rows: a cell «Итого», «Итого:», «Итого 12 шт.», «Всего по разделу 2», \"Total\", \"Grand total (USD)\", "
        "\"Subtotal\" in the first cell or the number or name column, on a row with no model, serial or inventory number (but "
        "not \"Total station Leica TS07\", an instrument). An item may be named with such a word («Итого ааа», «Всего "
        "хорошего»): a row whose word is followed by other words is a totals row only when its quantity and amounts are the "
        "sums of the rows above it, otherwise it is an item;",
        "- signature and footer rows: «Главный бухгалтер ________ Иванова А.А.», «М.П.», \"Prepared by:\", a line of "
        "underscores (a signatory's title «Директор» or «Начальник управления» in an institution list's own title column is "
        "data, not a signature);",
        "- rows below a totals row that have no quantity, value, serial or inventory number (notes under the table);",
        "- a section title merged across the table («Раздел 1. Компьютеры»); the column titles repeated on a new page.",
        "",
        "A cell merged down over several rows of a text column (one programme or date for a group of items) is read for each "
        "of those rows; a merged quantity or amount is reported, never spread (it would multiply the total).",
        "",
        "## Values as people write them",
        "",
        "- Amounts: `43000`, `43 000,00`, `43,000.00`, a number cell, and with their currency: `$1,234.50`, `USD 1,234.50`, "
        "`1 234,50 сом`, `₸ 5 000`, `€100`, `1 500 000 сум`. A title such as \"Unit Price (USD)\" or «Цена, сом» gives the "
        "currency of its column. The currency column, the amounts and the titles must agree; `--currency` (or the window's "
        "default) fills only rows where none of them names one. More decimals than the currency has are refused, never "
        "rounded; `1,500` is refused as ambiguous.",
        "- Dates: `2018-02-15`, `15.02.2018`, `15.02.18`, `15-Feb-2018`, `15 фев. 2018`, «15 февраля 2018 г.», `Feb 15, "
        "2018`, date cells and Excel day numbers. `1/23/18` and `23/1/18` read themselves; a date such as `2/3/18` is "
        "refused as ambiguous, naming its row (and a row of the same column that shows the order, if one does), until the "
        "order is given: `--date-order dmy|mdy|ymd` on the command line, «Dates such as 01/02/18» in the window.",
        "- No quantity column (an asset list, one row per asset): each row is one unit, and the check says so.",
        "- A row-number column («№ п/п», \"No.\", \"Item No.\", \"#\") is recognised and never read as the name; \"Description\" or "
        "«Наименование» is the name, stored as the Russian or the English name by the script it is written in (with two name "
        "columns, «Наименование» and \"Description\", each text gives the name in its language); a Manufacturer column is "
        "joined before the model (\"Dell\" + \"OptiPlex 3060\" → \"Dell OptiPlex 3060\"); a row with no name takes the model as "
        "its name; \"UN Asset Tag\" and \"Asset Tag\" are the inventory number; \"Purchase Cost\" is the unit value; Notes/Remarks "
        "are kept.",
        "- Categories: the program's own words, or the office's (\"Laptops\", \"Desktops\", «Оргтехника»): a word nobody mapped "
        "yet is asked about once for the whole file (`--category-map \"Laptops=computers\"`, or the window's category list). "
        "The office's words are kept in the database; `items categories` lists them, `--set WORD=CATEGORY` and `--remove "
        "WORD` change them.",
        "",
        "Odd data is shown before anything is written (warnings in the dry run and the window): a name column of numbers "
        "only, a column mostly empty, a last row whose quantity or total equals the sum of the rows above (a totals row "
        "without the word).",
        "",
        "## Choosing the columns",
        "",
        "The window shows the mapping and every column can be changed or set to \"ignore\". On the command line `--map "
        "\"COLUMN=field\"` maps a column by its title or its number (1 is the first), and `--map \"COLUMN=\"` switches a guessed "
        "column off. The mapping used (and the date order) is remembered for the next file with the same titles, in the "
        "window and on the command line alike (`--fresh` guesses again). `items mappings` (and `institutions mappings`, ...) "
        "lists the mappings kept, `--forget KEY` or `--forget-all` forgets them; in the window, \"What imports remember…\" on "
        "the first page of the import shows the mappings and the office's category words, to forget the one or edit the "
        "other. For a column the file lacks use `--currency`, `--programme`, `--category` (items) or `--country` "
        "(institutions).",
        "",
        "## Layouts understood, with an example of each",
        "",
        "**A UN equipment list** (CSV or XLSX; a title row, \"Grand total\" at the bottom):",
        "",
        "```",
        "UNODC Regional Office for Central Asia — equipment received",
        "Item No.,Description,Make/Model,Serial No.,UN Asset Tag,Qty,Unit,Unit Price (USD),Total (USD),Date Received,Project,Remarks",
        "1,Desktop computer,HP ProDesk 400 G4,CZC8021ABC,UNODC-KG-0101,1,pcs,\"$1,234.50\",\"$1,234.50\",15-Feb-2018,XAC/Z60,with monitor",
        ",Grand total,,,,1,,,\"$1,234.50\",,,",
        "```",
        "",
        "`items import un-list.csv --category computers`: the name comes from Description, the currency from the titles, the "
        "asset tag is the inventory number, the totals row is skipped.",
        "",
        "**A Russian ministry register** (XLSX with merged title rows, «Итого:» and signatures; the same as Windows-1251 or "
        "KOI8-R CSV with semicolons):",
        "",
        "```",
        "Генеральная прокуратура Кыргызской Республики                (merged A1:K1)",
        "Реестр оборудования, полученного в рамках программы XAC/Z60  (merged A2:K2)",
        "№ п/п;Наименование;Модель;Инвентарный номер;Заводской номер;Ед. изм.;Кол-во;Цена, сом;Сумма, сом;Дата поступления;Примечание",
        "1;Компьютер настольный;HP ProDesk 400 G4;ГП-000231;CZC8021XYZ;шт.;2;43 000,00;86 000,00;15.02.18;в комплекте с ИБП",
        "Итого:;;;;;;2;;86 000,00;;",
        ";Главный бухгалтер ____________ Иванова А.А.;;;;;;;;;",
        "```",
        "",
        "`items import реестр.xlsx --category office`: the currency (KGS) comes from «Цена, сом»; «Итого» and the signature "
        "are skipped.",
        "",
        "**A Snipe-IT asset export** (one row per asset, no quantity, the office's categories, US dates):",
        "",
        "```",
        "Asset Tag,Asset Name,Serial,Model,Model No.,Category,Manufacturer,Status,Location,Purchase Date,Purchase Cost,Notes",
        "ROCA-0001,,5CG8123ABC,OptiPlex 3060,D11S,Desktops,Dell,Ready to Deploy,Bishkek,1/23/18,612.00,room 4",
        "```",
        "",
        "`items import assets.csv --currency USD --date-order mdy --category-map \"Desktops=computers\"`: model \"Dell OptiPlex "
        "3060\" (also the name, as the asset has none), quantity 1, price 612.00 USD, acquired 2018-01-23.",
        "",
        "**Excel's \"Unicode text\"** (UTF-16, tab-separated) with Russian titles:",
        "",
        "```",
        "Категория<TAB>Наименование<TAB>Серийный номер<TAB>Количество<TAB>Цена за единицу<TAB>Валюта",
        "компьютеры<TAB>Ноутбук «Lenovo» для ГКНБ<TAB>PF-1AB2C3<TAB>1<TAB>1 200,00<TAB>USD",
        "```",
        "",
        "**The same register as KOI8-R or DOS 866 CSV** (a file that passed through a mail system, or an old program): the "
        "text above, saved in that code page (KOI8-R has no «№»: registers write N). The code page is told from the text; a "
        "file that would still read as garbled characters is refused with a sample.",
        "",
        "**An institution list** (title rows, the signatory on each row, a signature block below; XLSX or a Windows-1251 CSV):",
        "",
        "```",
        "Перечень учреждений-получателей",
        "№;Name (EN);Наименование;Страна;Тип;ФИО подписанта;Должность;Действующего на основании",
        "1;General Prosecutor's Office;Генеральная прокуратура;Кыргызстан;прокуратура;Азизбек Усубалиев;Начальник управления правовой статистики;Положения",
        "2;Republican Narcological Centre;Республиканский центр наркологии;KG;здравоохранение;Айгуль Осмонова;Директор;Устава",
        ";Руководитель ____________ Иванов И.И.",
        "```",
        "",
        "`institutions import учреждения.csv`: two institutions with their signatories; the country «Кыргызстан» is KG, "
        "«прокуратура» the kind; the signature row is skipped.",
        "",
        "**A donor or programme list** (Cyrillic code page, a title row, «Итого» or a signature below):",
        "",
        "```",
        "Программы УНП ООН",
        "Код;Название (англ.);Название (рус.);Доноры",
        "GLOK31;Treatnet II;Тритнет II;\"INL; Европейский союз\"",
        "Итого: 1 программа",
        "```",
        "",
        "`programmes import программы.csv` (after `donors import`): the donors are named by their English, Russian or short "
        "name, separated by ;.",
        "",
        "**Excel date cells and merged cells**: a date typed into Excel is a date cell (or an Excel day number in a date "
        "format) and is read as a date, in the 1900 or the 1904 date system; title rows merged across the sheet are passed "
        "over; a text cell merged down over several items (one programme for a group) is read for each; a merged quantity or "
        "amount is refused, naming the cells to unmerge.",
        "",
        "**Refused, with the reason**: an old Excel 97–2003 `.xls`, an OpenDocument `.ods` (LibreOffice: save as `.xlsx` or "
        "CSV), a file whose name says XLSX but is not, a PDF, a formula whose result was not saved, text that reads as "
        "garbled characters, a date that reads two ways without the date order.",
        "",
        "**A list exported by Equipment Desk** (English or Russian, XLSX or CSV) imports again as it is.",
        "",
        "## Texts in the national languages",
        "",
        "Names (and a signatory's name, title and authority) are kept in Kazakh, Kyrgyz, Tajik, Uzbek (Latin and Cyrillic) and "
        "Turkmen beside Russian and English, and an export writes a column for each language the records have: \"Name (KY)\", "
        "«Наименование (KY)», \"Signatory title (UZ-CYRL)\". Such a column is read back into that language. A title names the "
        "language by its code (KK, KY, TG, UZ, UZ-CYRL, TK, also `name_uz_cyrl`), by its name in English (\"Name (Kyrgyz)\", "
        "\"Kazakh name\", \"Name in Turkmen\", \"Name (Uzbek, Cyrillic)\"), in Russian, also shortened («Наименование (кырг.)», "
        "«на казахском языке», «(узб. кир.)») or in the language itself («(қазақша)», «(кыргызча)», «(тоҷикӣ)», \"(oʻzbekcha)\", "
        "«(ўзбекча)», \"(türkmençe)\"), after any title the field has in English or Russian. A title without a mark is Russian or "
        "English, never a national language.",
        "",
        "These texts must be in the UTF-8 or UTF-16 encoding of a CSV, or in an XLSX: Windows-1251, KOI8-R and DOS 866 have none "
        "of their letters. Each text is checked for its column, and a row whose text does not fit is refused with its row, its "
        "column and the reason, and nothing is imported:",
        "",
        "- letters of another language of the region that the column's language does not use: Kazakh «ә», «қ» or «і» in the "
        "Kyrgyz column, Turkmen \"ň\" or \"ý\" in the Uzbek column, Uzbek \"ʻ\" in the Turkmen column;",
        "- no letter of the language's script at all: Latin letters only in the Kazakh, Kyrgyz, Tajik or Uzbek Cyrillic column "
        "(\"Laptop HP\" in the Tajik column; «Ноутбук HP» is fine), Cyrillic letters only in the Uzbek or Turkmen column; a "
        "person's name in Uzbek and Turkmen is the Latin passport form, in the others the Cyrillic one;",
        "- `?` where a letter should be (\"?аза?стан\"): the file went through a code page without the language's letters.",
        "",
        "Uzbek (Latin) writes oʻ and gʻ with ʻ (U+02BB) and the tutuq belgisi with ʼ (U+02BC): an apostrophe, a typographic "
        "quote or a backtick typed between letters instead (\"O'zbekiston\", \"ma’lumot\") is written as the letter the spelling "
        "wants, ʻ after o and g, ʼ elsewhere, and the check before the import lists the rows so respelled. Russian and English "
        "cannot be told from Kazakh or Uzbek by their letters and are not guessed at.",
        "",
        "An import adds new records only, as for every other column: a record already recorded is reported, not changed, "
        "so a national text is added with its record (in the window, each record's form takes them, and on the command line "
        "`languages set`). The window's check shows each national column as it will be stored; a column chosen by hand for a "
        "national language is remembered with the rest of the mapping. Search finds records by these names (see the user "
        "guide).",
        "",
        "One record without a file: `items add --name \"Laptop\" --category computers --price \"$1,234.50\" --serial SN-1` and "
        "`institutions add --name-en \"State Customs Service\" --country KG --signatory \"A. Usubaliev\"` are checked exactly as "
        "an imported row.",
    ]
    for kind in ("item", "institution", "programme", "donor"):
        heading, command, text = _KIND_TEXT[kind]
        out += ["", f"## {heading} — {command}", ""]
        if text:
            out += [text, ""]
        out += ["| Field | English title | Russian title | Also recognised | Type | Example | Required |",
                "|---|---|---|---|---|---|---|"]
        for spec in COLUMNS[kind]:
            if spec.lang in printed.NATIONAL:
                if spec.lang == printed.NATIONAL[0]:
                    out.append(_national_row(spec))
                continue
            also = ", ".join(t for t in spec.titles[:6])
            type_text = spec.type + (f"; {spec.note}" if spec.note else "")
            out.append(f"| `{spec.field}` | {spec.title_en} | {spec.title_ru} | {also} | {type_text} | {spec.example or '—'} | "
                       f"{'yes' if spec.required else ''} |")
    return "\n".join(out) + "\n"
