"""The languages an act can be printed in: one registry for every layer.

An act is printed in a pair of these (its two columns).  Russian and English
are the working languages of the office; the five state languages of the
region may stand beside either.  Uzbek is printed in its official Latin
script (``uz``) or, where the office chooses, in Cyrillic (``uz-Cyrl``).

A code is a BCP 47 tag.  Where a text is stored per language, its column is
``{prefix}_{suffix}`` with :func:`column_suffix` (``name_uz_cyrl``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PrintedLanguage:
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
