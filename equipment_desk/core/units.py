"""Units of measure: a short code stored with each act line, printed per language.

The codes are those of the act JSON (``pcs``, ``set``, ``kit``, ``pair``,
``pack``, ``m``, ``kg``, ``l``).  :func:`parse_unit` reads what people type in
a spreadsheet ("шт.", "штук", "pieces", "компл." ...) back into a code.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from equipment_desk.core.errors import InputError, Problem

UNITS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "pcs": MappingProxyType({"en": "pcs", "ru": "шт.", "kk": "дана", "tg": "дона"}),
        "set": MappingProxyType({"en": "set", "ru": "компл.", "kk": "жиынтық", "tg": "маҷмӯа"}),
        "kit": MappingProxyType({"en": "kit", "ru": "набор", "kk": "жинақ", "tg": "тӯплам"}),
        "pair": MappingProxyType({"en": "pair", "ru": "пара", "kk": "жұп", "tg": "ҷуфт"}),
        "pack": MappingProxyType({"en": "pack", "ru": "упак.", "kk": "қаптама", "tg": "баста"}),
        "m": MappingProxyType({"en": "m", "ru": "м", "kk": "м", "tg": "м"}),
        "kg": MappingProxyType({"en": "kg", "ru": "кг", "kk": "кг", "tg": "кг"}),
        "l": MappingProxyType({"en": "l", "ru": "л", "kk": "л", "tg": "л"}),
    }
)
"""Unit code -> language -> printed label."""

UNIT_CODES: tuple[str, ...] = tuple(UNITS)

# Words people write for each unit, besides the code and the printed labels.
# Compared after lower-casing and dropping a final full stop.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "pcs": (
        "pc", "pce", "piece", "pieces", "ea", "each", "unit", "units",
        "шт", "штука", "штуки", "штук", "ед", "единица", "единицы", "единиц",
    ),
    "set": (
        "sets", "компл", "комплект", "комплекта", "комплектов", "к-т", "кт",
    ),
    "kit": ("kits", "набора", "наборов"),
    "pair": ("pairs", "пар", "пары", "пара"),
    "pack": (
        "packs", "package", "packages", "pkg", "packet", "packets",
        "уп", "упак", "упаковка", "упаковки", "упаковок", "пачка", "пачки", "пачек",
    ),
    "m": ("metre", "metres", "meter", "meters", "метр", "метра", "метров"),
    "kg": ("kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes",
           "килограмм", "килограмма", "килограммов"),
    "l": ("ltr", "litre", "litres", "liter", "liters", "литр", "литра", "литров"),
}


def _key(text: str) -> str:
    return " ".join(text.strip().lower().split()).rstrip(".").strip()


def _build_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    for code, labels in UNITS.items():
        for word in (code, *labels.values(), *_SYNONYMS.get(code, ())):
            key = _key(word)
            previous = lookup.setdefault(key, code)
            assert previous == code, f"unit word {word!r} means both {previous} and {code}"
    return lookup


_LOOKUP = _build_lookup()


def unit_label(code: str, lang: str) -> str:
    """The printed label of a unit code in ``lang``; unknown codes print as given.

    A language without its own labels falls back to English.
    """
    labels = UNITS.get(code)
    if labels is None:
        return code
    return labels.get(lang, labels["en"])


def parse_unit(text: str, *, field: str = "unit") -> str:
    """The unit code for a code, label or common word (``"штук"`` -> ``"pcs"``)."""
    if not isinstance(text, str) or not _key(text):
        raise InputError(Problem("must not be empty", field=field, value=text))
    code = _LOOKUP.get(_key(text))
    if code is None:
        raise InputError(
            Problem(
                "unknown unit {unit}; expected one of {expected}",
                params={"unit": text.strip(), "expected": ", ".join(UNIT_CODES)},
                field=field,
                value=text,
            )
        )
    return code
