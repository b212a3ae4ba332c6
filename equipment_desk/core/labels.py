"""Words for stored codes, in English and Russian, for what the command line and files show.

The database keeps short codes (``computers``, ``pcs``, ``handed_over``,
``KG``); lists, exports and reports show the word in the chosen language.
The words are the same the window shows, and every one of them is read back
by the importer (see :mod:`equipment_desk.exchange.columns`), so an exported
list imports again in either language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from equipment_desk.core.units import UNITS, unit_label
from equipment_desk.core.validation import COUNTRIES

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
COUNTRY = dict(COUNTRIES)

WORDS: dict[str, Mapping[str, tuple[str, str]]] = {
    "category": CATEGORY,
    "condition": CONDITION,
    "item_status": ITEM_STATUS,
    "act_status": ACT_STATUS,
    "institution_kind": INSTITUTION_KIND,
    "country": COUNTRY,
    "unit": {code: (unit_label(code, "en"), unit_label(code, "ru")) for code in UNITS},
}


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
