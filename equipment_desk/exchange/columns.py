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
_TITLE_TITLES = ("signatory title", "title", "position", "job title", "должность", "должность подписанта", "должность представителя")
_AUTHORITY_TITLES = ("authority", "acting under", "acting on the basis of", "signatory authority", "basis of authority",
                     "действующего на основании", "действующий на основании", "на основании", "основание полномочий", "полномочия")

ITEM_COLUMNS: tuple[ColumnSpec, ...] = (
    _spec("category", "Category", "Категория", ("type of equipment", "equipment type", "категория оборудования", "вид оборудования", "тип оборудования"),
          "choice: " + ", ".join(ITEM_CATEGORIES) + " (or Russian: компьютеры, медицинское, эндоскопы, офисное, транспорт, прочее)", "computers", required=True),
    _spec("name", "Name", "Наименование", ("item", "item name", "description", "name of item", "equipment", "название", "наименование товара",
                                             "наименование оборудования", "описание", "товар", "оборудование"),
          "text, up to 2000 characters", "Desktop computer", required=True),
    _spec("model", "Model", "Модель", ("make model", "make and model", "brand", "make", "марка", "марка модель", "модель марка", "тип модель"),
          "text, up to 500 characters", "HP ProDesk 400 G4"),
    _spec("serial_number", "Serial number", "Серийный номер", ("serial no", "serial", "s n", "sn", "serial numbers", "серийный no", "серийный",
                                                                "заводской номер", "зав no", "зав номер", "с н"),
          "text, unique among all items", "CZC8021ABC", note="must not repeat within the file or match an item already recorded"),
    _spec("inventory_number", "Inventory number", "Инвентарный номер", ("inventory no", "inv no", "inventory", "asset tag", "asset number",
                                                                       "инв no", "инв номер", "инвентарный no"),
          "text, unique among all items", "UNODC-KG-0001", note="must not repeat within the file or match an item already recorded"),
    _spec("unit", "Unit", "Ед. изм.", ("uom", "unit of measure", "units", "единица измерения", "ед изм", "ед", "единица"),
          "unit: pcs, set, kit, pair, pack, m, kg, l (or шт., компл., набор, пара, упак., м, кг, л)", "pcs", note="empty means pcs"),
    _spec("quantity", "Quantity", "Количество", ("qty", "q ty", "number of units", "кол во", "колво", "количество шт", "кол"),
          "whole number, 1 to 1,000,000,000", "50", required=True),
    _spec("unit_value", "Unit value", "Цена за единицу", ("unit price", "price", "unit cost", "price per unit", "value per unit", "cost",
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
)

INSTITUTION_COLUMNS: tuple[ColumnSpec, ...] = (
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
    _spec("signatory_name", "Signatory", "Подписант", ("signatory name", "signatory full name", "representative", "represented by", "head",
                                                      "фио подписанта", "фио", "ф и о", "в лице", "представитель", "руководитель"),
          "full name, up to 200 characters", "Азизбек Усубалиев", note="repeat the institution on further rows to add more signatories"),
    _spec("signatory_title_en", "Signatory title (EN)", "Должность (англ.)", _TITLE_TITLES, "text, up to 300 characters",
          "Head of the Legal Statistics Unit", lang="en"),
    _spec("signatory_title_ru", "Signatory title (RU)", "Должность (рус.)", _TITLE_TITLES, "text, up to 300 characters",
          "Начальник управления правовой статистики", lang="ru"),
    _spec("signatory_authority_en", "Acting under (EN)", "На основании (англ.)", _AUTHORITY_TITLES, "text, up to 300 characters",
          "the Regulation of the Unit", lang="en"),
    _spec("signatory_authority_ru", "Acting under (RU)", "На основании (рус.)", _AUTHORITY_TITLES, "text, up to 300 characters",
          "Положения об управлении", lang="ru"),
)

DONOR_COLUMNS: tuple[ColumnSpec, ...] = (
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

COLUMNS: dict[str, tuple[ColumnSpec, ...]] = {
    "item": ITEM_COLUMNS,
    "institution": INSTITUTION_COLUMNS,
    "donor": DONOR_COLUMNS,
    "programme": PROGRAMME_COLUMNS,
}

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


def columns_markdown() -> str:
    """The text of ``docs/import-columns.md`` (a test keeps the file equal to this)."""
    out = [
        "# Columns for importing from Excel or CSV",
        "",
        "Equipment Desk reads XLSX workbooks (the first sheet) and CSV files with any common delimiter "
        "(comma, semicolon, tab, pipe) in UTF-8 (with or without BOM), UTF-16 or Windows-1251. "
        "The header row may sit below a title row; it is the row among the first 15 whose cells name the most columns below. "
        "Titles are matched ignoring case, punctuation and ё/е, in English or Russian; a plain title such as "
        "«Наименование» or \"Name\" goes to the Russian or English field by its alphabet, and a mark such as "
        "\"(EN)\", \"(RU)\", «(англ.)» or «(рус.)» chooses explicitly. Columns not listed are ignored "
        "(e.g. «№», \"Available\", \"UUID\" of an export), so a file exported by Equipment Desk imports again, "
        "in English or Russian: the words an export writes for codes (\"Computers and IT\", «Компьютеры и оргтехника», «шт.», "
        "«Новое», «Кыргызстан») are read back as the codes, and a Russian CSV (semicolons, decimal commas) reads like any other.",
        "",
        "The import checks every row first and writes all rows or none. Each problem names the row (as the "
        "spreadsheet numbers it), the column title and what is wrong. Formulas are read by their saved result; "
        "a formula without one, and merged cells inside the table, are reported. In the window the guessed "
        "mapping is shown and can be corrected; on the command line use `--map \"COLUMN=field\"` and, for a "
        "column the file lacks, `--currency`, `--programme`, `--category` (items) or `--country` (institutions).",
        "",
        "Dates: `2018-02-15`, `15.02.2018`, `15/02/2018` or a date cell. Files up to 50 MB and 100,000 rows.",
    ]
    for kind in ("item", "institution", "programme", "donor"):
        heading, command, text = _KIND_TEXT[kind]
        out += ["", f"## {heading} — {command}", ""]
        if text:
            out += [text, ""]
        out += ["| Field | English title | Russian title | Also recognised | Type | Example | Required |",
                "|---|---|---|---|---|---|---|"]
        for spec in COLUMNS[kind]:
            also = ", ".join(t for t in spec.titles[:6])
            type_text = spec.type + (f"; {spec.note}" if spec.note else "")
            out.append(f"| `{spec.field}` | {spec.title_en} | {spec.title_ru} | {also} | {type_text} | {spec.example or '—'} | "
                       f"{'yes' if spec.required else ''} |")
    return "\n".join(out) + "\n"
