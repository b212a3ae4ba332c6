"""Units of measure: a short code stored with each act line, printed per language.

The codes are those of the act JSON (``pcs``, ``set``, ``kit``, ``pair``,
``pack``, ``m``, ``kg``, ``l``).  :func:`parse_unit` reads what people type in
a spreadsheet ("шт.", "штук", "pieces", "компл." ...) back into a code.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.languages import CODES


def _labels(**labels: str) -> Mapping[str, str]:
    """One label per printed language (``uz_Cyrl`` stands for ``uz-Cyrl``); all of them, or ImportError."""
    by_code = {lang.replace("_", "-"): label for lang, label in labels.items()}
    if set(by_code) != set(CODES):
        raise ImportError(f"unit labels {labels!r} do not cover exactly the printed languages {CODES!r}")
    return MappingProxyType(by_code)


# The state-language labels are listed for a native speaker's review in
# docs/number-words.md.  Latin Uzbek ʻ is U+02BB.
UNITS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "pcs": _labels(ru="шт.", en="pcs", kk="дана", ky="даана", tg="дона", uz="dona", uz_Cyrl="дона", tk="sany"),
        "set": _labels(ru="компл.", en="set", kk="жиынтық", ky="комплект", tg="маҷмӯа", uz="komplekt", uz_Cyrl="комплект", tk="toplum"),
        "kit": _labels(ru="набор", en="kit", kk="жинақ", ky="топтом", tg="тӯплам", uz="to\u02bbplam", uz_Cyrl="тўплам", tk="ýygyndy"),
        "pair": _labels(ru="пара", en="pair", kk="жұп", ky="жуп", tg="ҷуфт", uz="juft", uz_Cyrl="жуфт", tk="jübüt"),
        "pack": _labels(ru="упак.", en="pack", kk="қаптама", ky="таңгак", tg="баста", uz="qadoq", uz_Cyrl="қадоқ", tk="gaplama"),
        "m": _labels(ru="м", en="m", kk="м", ky="м", tg="м", uz="m", uz_Cyrl="м", tk="m"),
        "kg": _labels(ru="кг", en="kg", kk="кг", ky="кг", tg="кг", uz="kg", uz_Cyrl="кг", tk="kg"),
        "l": _labels(ru="л", en="l", kk="л", ky="л", tg="л", uz="l", uz_Cyrl="л", tk="l"),
    }
)
"""Unit code -> language (every code of :data:`equipment_desk.core.languages.CODES`) -> printed label."""

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


# What people type for Uzbek ʻ (U+02BB) in oʻ and gʻ: apostrophes, quotes, a backtick.
_OKINA = str.maketrans({mark: "\u02bb" for mark in "'`\u2018\u2019\u02bc"})


def _key(text: str) -> str:
    return " ".join(text.strip().lower().translate(_OKINA).split()).rstrip(".").strip()


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

    Every printed language has its own labels; only a language that is not
    one (a window's locale, say) gets the English label.
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
