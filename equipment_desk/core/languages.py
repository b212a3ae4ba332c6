"""The languages an act can be printed in: one registry for every layer.

An act is printed in a pair of these (its two columns).  Russian and English
are the working languages of the office; the five state languages of the
region may stand beside either.  Uzbek is printed in its official Latin
script (``uz``) or, where the office chooses, in Cyrillic (``uz-Cyrl``).

A code is a BCP 47 tag.  Where a text is stored per language, its column is
``{prefix}_{suffix}`` with :func:`column_suffix` (``name_uz_cyrl``).
"""

from __future__ import annotations

from typing import NamedTuple


class PrintedLanguage(NamedTuple):
    """A language an act can be printed in (a named tuple, made faster than a dataclass at every start)."""

    code: str
    """BCP 47 tag: ``ru``, ``en``, ``kk``, ``uz-Cyrl``…"""
    english: str
    """Its name in English (the window translates it)."""
    native: str
    """Its name in itself."""
    script: str
    """``Cyrl`` or ``Latn`` (ISO 15924)."""


REGISTRY: tuple[PrintedLanguage, ...] = (
    PrintedLanguage("ru", "Russian", "Русский", "Cyrl"),
    PrintedLanguage("en", "English", "English", "Latn"),
    PrintedLanguage("kk", "Kazakh", "Қазақ тілі", "Cyrl"),
    PrintedLanguage("ky", "Kyrgyz", "Кыргыз тили", "Cyrl"),
    PrintedLanguage("tg", "Tajik", "Тоҷикӣ", "Cyrl"),
    PrintedLanguage("uz", "Uzbek", "Oʻzbek tili", "Latn"),
    PrintedLanguage("uz-Cyrl", "Uzbek (Cyrillic)", "Ўзбек тили", "Cyrl"),
    PrintedLanguage("tk", "Turkmen", "Türkmen dili", "Latn"),
)

BY_CODE = {language.code: language for language in REGISTRY}

WORKING = ("ru", "en")
"""The office's working languages, in which its records are first kept.  Any two printed languages may pair."""

NATIONAL = tuple(language.code for language in REGISTRY if language.code not in WORKING)
"""The state languages of the region (and Uzbek's Cyrillic option)."""

CODES = tuple(language.code for language in REGISTRY)


def column_suffix(code: str) -> str:
    """The suffix of a per-language column: ``ru`` -> ``ru``, ``uz-Cyrl`` -> ``uz_cyrl``."""
    return code.replace("-", "_").lower()


def is_printed(code: str) -> bool:
    return code in BY_CODE


_BY_LOWER = {language.code.lower(): language.code for language in REGISTRY}


def canonical_code(text: str) -> str | None:
    """The registry's code for ``text`` in any case and with ``_`` for ``-`` (``uz_cyrl`` -> ``uz-Cyrl``), else None."""
    return _BY_LOWER.get(str(text).strip().replace("_", "-").lower())


def parse_pair(value: object) -> str | None:
    """Two different printed languages as the act stores them (``"ky,ru"``), from ``"KY, ru"``, ``["uz_cyrl", "ru"]``…;
    None when ``value`` is not two different known languages."""
    parts = list(value) if isinstance(value, (list, tuple)) else str(value).split(",")
    codes = [canonical_code(str(part)) for part in parts]
    if len(codes) != 2 or None in codes or codes[0] == codes[1]:
        return None
    return f"{codes[0]},{codes[1]}"
