"""The one vocabulary: the words for every stored code, in English and Russian.

The database keeps short codes (``computers``, ``pcs``, ``handed_over``,
``KG``); the window, the command line, exports and reports show the word in
the chosen language, from here.  The window takes the English word through
Qt's catalogue (context ``labels``, disambiguated by the kind: see
``equipment_desk.ui.words.label``); ``tools/update_translations.py`` puts
every word here into the catalogue, and a test checks that its Russian is the
Russian written here.  The words of lists are read back by the importer (see
:mod:`equipment_desk.exchange.columns`), so an exported list imports again in
either language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from equipment_desk.core.units import UNITS, unit_label
from equipment_desk.core.validation import COUNTRIES
from equipment_desk.core.words import english_form, russian_form

CATEGORY = {
    "computers": ("Computers and IT", "Компьютеры и оргтехника"),
    "medical": ("Medical equipment", "Медицинское оборудование"),
    "endoscopes": ("Endoscopes", "Эндоскопы"),
    "office": ("Office equipment", "Офисное оборудование"),
    "vehicles": ("Vehicles", "Транспорт"),
    "other": ("Other", "Прочее"),
}
CONDITION = {
    "new": ("New", "Новое"),
    "good": ("Good", "Хорошее"),
    "fair": ("Fair", "Удовлетворительное"),
    "poor": ("Poor", "Плохое"),
    "broken": ("Broken", "Неисправно"),
}
ITEM_STATUS = {
    "in_stock": ("In stock", "На складе"),
    "partly_handed_over": ("Partly handed over", "Частично передано"),
    "handed_over": ("Handed over", "Передано"),
    "written_off": ("Written off", "Списано"),
}
ACT_STATUS = {
    "draft": ("Draft", "Проект"),
    "finalized": ("Finalized", "Оформлен"),
    "signed": ("Signed", "Подписан"),
    "void": ("Void", "Аннулирован"),
}
INSTITUTION_KIND = {
    "customs": ("Customs", "Таможня"),
    "prosecutor": ("Prosecutor's office", "Прокуратура"),
    "police": ("Police", "Полиция"),
    "health": ("Health", "Здравоохранение"),
    "drug_control": ("Drug control", "Контроль над наркотиками"),
    "ministry": ("Ministry", "Министерство"),
    "other": ("Other", "Другое"),
}
TRANSFER_TYPE = {
    "title": ("Ownership passes to the recipient", "В собственность получателя"),
    "custody": ("Custody and use only", "Только во временное пользование"),
}
RATE_TYPE = {
    "unore": ("UN operational rate of exchange", "Операционный обменный курс ООН"),
    "national_bank": ("National bank rate", "Курс национального банка"),
    "other": ("Other rate", "Другой курс"),
}
ATTACHMENT_KIND = {
    "signed_scan": ("Signed scan", "Скан подписанного акта"),
    "photo": ("Photo", "Фотография"),
    "warranty": ("Warranty or technical documents", "Гарантийный талон или техническая документация"),
    "other": ("Other document", "Другой документ"),
}
ATTACHMENT_KIND_SHORT = {
    "signed_scan": ("Signed scan", "Скан подписанного акта"),
    "photo": ("Photo", "Фотография"),
    "warranty": ("Warranty", "Гарантия"),
    "other": ("Document", "Документ"),
}
"""An attachment's kind in a word or two, for lists."""
SUB_PROGRAMME = {
    "1": ("Sub-programme 1: Countering transnational organized crime, illicit drug trafficking and terrorism",
          "Подпрограмма 1: Противодействие транснациональной организованной преступности, незаконному обороту "
          "наркотиков и терроризму"),
    "2": ("Sub-programme 2: Criminal justice, crime prevention and integrity",
          "Подпрограмма 2: Уголовное правосудие, предупреждение преступности и добросовестность"),
    "3": ("Sub-programme 3: Drug prevention, treatment and reintegration, and HIV prevention",
          "Подпрограмма 3: Профилактика наркомании, лечение, реинтеграция и профилактика ВИЧ"),
}
"""The sub-programmes of the UNODC strategic framework, recorded by their number."""
GENDER = {
    "m": ("man", "мужчина"),
    "f": ("woman", "женщина"),
    "": ("not given", "не указан"),
}
"""A signatory's gender, as a list file writes it (the Russian preamble agrees with it: «действующего» / «действующей»)."""
YES_NO = {"yes": ("yes", "да"), "no": ("no", "нет")}
"""A yes-or-no column of a list file (an item written off, a signatory who still signs acts)."""
CURRENCY = {
    "KGS": ("Kyrgyz som", "кыргызский сом"),
    "UZS": ("Uzbek sum", "узбекский сум"),
    "KZT": ("Kazakh tenge", "казахстанский тенге"),
    "TJS": ("Tajik somoni", "таджикский сомони"),
    "TMT": ("Turkmen manat", "туркменский манат"),
    "USD": ("US dollar", "доллар США"),
    "EUR": ("Euro", "евро"),
}
COUNTRY = dict(COUNTRIES)

WORDS: dict[str, Mapping[str, tuple[str, str]]] = {
    "category": CATEGORY,
    "condition": CONDITION,
    "item_status": ITEM_STATUS,
    "act_status": ACT_STATUS,
    "institution_kind": INSTITUTION_KIND,
    "country": COUNTRY,
    "unit": {code: (unit_label(code, "en"), unit_label(code, "ru")) for code in UNITS},
    "transfer_type": TRANSFER_TYPE,
    "rate_type": RATE_TYPE,
    "attachment_kind": ATTACHMENT_KIND,
    "attachment_kind_short": ATTACHMENT_KIND_SHORT,
    "sub_programme": SUB_PROGRAMME,
    "currency": CURRENCY,
    "gender": GENDER,
    "yes_no": YES_NO,
}
"""Kind of code -> code -> (English, Russian)."""
WINDOW_KINDS = tuple(kind for kind in WORDS if kind not in ("country", "gender", "yes_no"))
"""The kinds the window words through Qt's catalogue (a country is shown in the list's own language; a gender and a
yes or no are words of list files only, written in the file's language)."""


COUNTED = {
    "item": (("item", "items"), ("запись", "записи", "записей")),
    "institution": (("institution", "institutions"), ("учреждение", "учреждения", "учреждений")),
    "programme": (("programme", "programmes"), ("программа", "программы", "программ")),
    "donor": (("donor", "donors"), ("донор", "донора", "доноров")),
    "signatory": (("signatory", "signatories"), ("подписант", "подписанта", "подписантов")),
}
"""What a list counts, with its forms after a number: English (1, more), Russian (1, 2–4, 5+)."""


def counted(count: int, noun: str, lang: str) -> str:
    """``3 institutions`` / ``3 учреждения``: a count with the noun of :data:`COUNTED` in the form it takes."""
    english, russian = COUNTED[noun]
    form = russian_form(count, russian) if lang == "ru" else english_form(count, english)
    return f"{count} {form}"


def word(kind: str, code: str | None, lang: str) -> str:
    """The word for ``code`` (``"computers"`` -> ``"Компьютеры и оргтехника"``); unknown codes as they are."""
    if code is None:
        return ""
    pair = WORDS[kind].get(code)
    if pair is None:
        return str(code)
    return pair[1] if lang == "ru" else pair[0]


def translator(kind: str, lang: str) -> Callable[[str | None], str]:
    """``word`` with the kind and language fixed, for a column of an export."""
    return lambda code: word(kind, code, lang)
