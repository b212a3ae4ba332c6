"""The words the documents print: the act's fixed texts in each of its languages, and recorded texts per language.

The fixed texts — title, clauses, headings, labels — are the reviewed files of
:mod:`equipment_desk.core.act_texts`, one per language.  An act prints with
the texts it was sealed with (:func:`words_for`): a finalized act of content
version 3 carries them in its content, an act sealed in version 1 or 2 prints
the frozen words of then (:mod:`.legacy_texts`), a draft the files as they are
now.  A clause's slots are filled with texts recorded in the nominative case
(names, titles, organisations), so each clause is built to stay grammatical
whatever is put in.

Recorded texts (an object keyed by language) are chosen by :func:`pick`: the
text in the print language and nothing else.  Nothing falls back silently to
another language; finalizing refuses an act whose texts are missing in one of
its languages, and a draft shows the gap.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from equipment_desk.core import act_texts
from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.hashing import FORMAT_1, FORMAT_2, FORMAT_3, SEALED_TEXTS_KEY
from equipment_desk.core.languages import CODES
from equipment_desk.documents.legacy_texts import MAX_COPIES, LegacyTexts

__all__ = ["DEFAULT_LANGUAGES", "LANGUAGES", "MAX_COPIES", "Words", "content_version", "current_words", "format_date",
           "pick", "words_for"]

LANGUAGES = CODES
"""Languages an act can be printed in (:mod:`equipment_desk.core.languages`)."""
DEFAULT_LANGUAGES = ("ru", "en")


class Texts(Protocol):
    """One language's fixed texts: :class:`~equipment_desk.core.act_texts.ActTexts` or :class:`.LegacyTexts`."""

    def text(self, key: str, **params: Any) -> str: ...
    def template(self, key: str) -> str: ...
    def has(self, key: str) -> bool: ...
    def format_date(self, value: str | _dt.date | None) -> str: ...
    def copies_clause(self, copies: int, languages: tuple[str, ...]) -> str: ...


class Words:
    """The fixed texts of a document's languages, looked up by key and language."""

    def __init__(self, by_language: Mapping[str, Texts]) -> None:
        self._by_language = dict(by_language)

    def of(self, lang: str) -> Texts:
        return self._by_language[lang]

    def text(self, key: str, lang: str, **params: Any) -> str:
        """The fixed text ``key`` in ``lang`` with ``params`` filled in."""
        return self._by_language[lang].text(key, **params)

    def template(self, key: str, lang: str) -> str:
        """The unfilled text (for texts filled in later, like page numbers)."""
        return self._by_language[lang].template(key)

    def has(self, key: str) -> bool:
        return all(texts.has(key) for texts in self._by_language.values())

    def format_date(self, value: str | _dt.date | None, lang: str) -> str:
        return self._by_language[lang].format_date(value)

    def copies_clause(self, copies: int, languages: tuple[str, ...], lang: str) -> str:
        return self._by_language[lang].copies_clause(copies, tuple(languages))


def content_version(act: Mapping[str, Any]) -> int:
    """1 or 2 for an act sealed in those content versions (printed with the words of then), 3 for one sealed in
    version 3 (printed as then: its sealed texts, the layout of then), else 4 (the current version, and a draft)."""
    return {FORMAT_1: 1, FORMAT_2: 2, FORMAT_3: 3}.get(act.get("format"), 4)


def words_for(act: Mapping[str, Any], langs: Sequence[str]) -> Words:
    """The words ``act`` prints in ``langs``: those it sealed (version 3; in no other language), the frozen ones of
    versions 1 and 2, or (a draft) the files as they are now.

    A language whose file is missing or broken raises :class:`~equipment_desk.core.errors.InputError` naming
    every problem; it never prints another language's words instead."""
    version = content_version(act)
    if version < 3:
        return Words({lang: LegacyTexts(lang, version) for lang in langs})
    sealed = act.get(SEALED_TEXTS_KEY)
    if sealed:
        other = [lang for lang in langs if lang not in sealed]
        if other:
            # its texts in another language were never sealed, nor its data recorded: it would print unsealed words and gaps
            raise InputError(Problem("act {number} was drawn up in {languages}; it prints in those languages only, not in {other}",
                                     params={"number": act.get("number") or "", "languages": ", ".join(act.get("languages") or sorted(sealed)),
                                             "other": ", ".join(other)}, field="lang", value=",".join(langs)))
        return Words({lang: act_texts.from_snapshot(sealed[lang]) for lang in langs})
    return Words({lang: act_texts.load(lang) for lang in langs})


def current_words(langs: Sequence[str]) -> Words:
    """The files' words as they are now (documents that are not sealed: the register of acts, a draft)."""
    return Words({lang: act_texts.load(lang) for lang in langs})


def pick(value: Any, lang: str) -> str:
    """A recorded text for ``lang``: ``value`` as is when it is a plain string (one text for every language, as
    content version 1 recorded names), else its entry for ``lang`` — empty when there is none, never another
    language's text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        found = value.get(lang)
        return str(found) if found else ""
    return str(value)


def format_date(value: str | _dt.date | None, lang: str) -> str:
    """A date as ``lang``'s file writes it (``15 February 2018`` in English, ``15.02.2018`` in Russian)."""
    return act_texts.load(lang).format_date(value)
