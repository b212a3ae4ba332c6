"""Texts kept per language: people's names in both scripts, items' names, rate sources, the glossary.

A text the act prints is stored once per language, in columns named by the
language's column suffix (``name_ru``, ``name_en``, ``name_kk``,
``name_uz_cyrl``…, see :mod:`equipment_desk.core.languages`).
:data:`PER_LANGUAGE` lists those texts for each table in one place and
:data:`RECORD_LANGUAGES` the languages, which are every language an act can
be printed in: a Kyrgyz act prints the Kyrgyz texts, never the Russian ones.
Migration ``0009_names_per_language`` added the Russian and English columns
and moved what was recorded in one column (a person's ``full_name``, an
item's ``name``, a rate's ``source``) to the language of the script it is
written in; ``0010_texts_in_national_languages`` adds the columns of the
national languages and lets an act pair any two of them.

The one-column names stay as the name lists show and search (the display
name, :func:`display_name`): kept in step by :func:`fill_languages`, which
every writer calls, so a caller that only knows the old column (an import, a
bundle from an older laptop) still lands its text in the right language.

The glossary remembers item-name pairs it has seen (Ноутбук ↔ Laptop) and
suggests the other language's name (:func:`glossary_suggestions`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from equipment_desk.core import languages as printed
from equipment_desk.core import national_text
from equipment_desk.core.errors import Problem
from equipment_desk.core.names import CYRILLIC, LATIN, guess_gender, script_of
from equipment_desk.store.migrations import ACT_CONTENT_COLUMNS, MIGRATIONS, _changed, _text, loosen_table_check

if TYPE_CHECKING:
    import sqlite_utils

RECORD_LANGUAGES: tuple[str, ...] = printed.CODES
"""The languages texts are recorded in: every printed language, each text in its own column."""

SCRIPT_LANGUAGES: tuple[str, ...] = printed.WORKING
"""The languages a text recorded in one column may go to, by its script (Cyrillic Russian, Latin English)."""

SCRIPT_LANGUAGE = {CYRILLIC: "ru", LATIN: "en"}
"""The language a text goes to when it was recorded in one column: by its script."""

GENDERS = ("m", "f", "")


def language_of(text: str) -> str:
    """``"ru"`` for a Cyrillic text, else ``"en"``."""
    return SCRIPT_LANGUAGE.get(script_of(text), "en")


# table -> [(one-column text, per-language prefix, display language order)]
ONE_COLUMN_TEXTS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "signatory": (("full_name", "name", ("ru", "en")),),
    "item": (("name", "name", ("en", "ru")),),
    "act": (("transferor_name", "transferor_name", ("ru", "en")), ("rate_source", "rate_source", ("en", "ru")),
            ("nb_rate_source", "nb_rate_source", ("en", "ru"))),
}
"""A person is listed by the name in national documents (Cyrillic), an item and a rate source by the English text,
else the other."""

DISPLAY_NAMES = {table: texts[0] for table, texts in ONE_COLUMN_TEXTS.items() if table != "act"}
"""The record kinds whose name must be given in at least one language."""

PERSON_PREFIX = {"signatory": "", "act": "transferor_"}
"""Where a person's per-language name, gender and genitive forms live (the act's donor-side signatory)."""

TEXT_LENGTHS: dict[str, dict[str, int]] = {
    "signatory": {"name": 200, "title": 300, "authority": 300},
    "item": {"name": 2000},
    "act": {"place": 200, "goods": 500, "basis": 2000, "transferor_org": 300, "transferor_name": 200, "transferor_title": 300,
            "transferor_authority": 300, "rate_source": 200, "nb_rate_source": 200},
    "institution": {"name": 300},
    "programme": {"name": 300},
    "donor": {"name": 300},
}
"""Every per-language text of each table (column prefix) with its longest length, the same in every language."""

PER_LANGUAGE: dict[str, tuple[str, ...]] = {table: tuple(lengths) for table, lengths in TEXT_LENGTHS.items()}
"""Every per-language text of each table (prefixes; the columns are ``{prefix}_{suffix}``, :func:`column`)."""


def column(prefix: str, code: str) -> str:
    """The column of ``prefix``'s text in language ``code``: ``("name", "uz-Cyrl")`` -> ``name_uz_cyrl``."""
    return f"{prefix}_{printed.column_suffix(code)}"


NATIONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    table: tuple(column(prefix, code) for prefix in prefixes for code in printed.NATIONAL) for table, prefixes in PER_LANGUAGE.items()
}
"""The columns of the national languages in each table (added by ``0010``)."""

LINE_NATIONAL_COLUMNS: tuple[str, ...] = tuple(column("item_name", code) for code in printed.NATIONAL)
"""An act line's snapshot of its item's name in each national language (taken when the act is finalized)."""


def texts_of(row: Mapping[str, Any], prefix: str, languages: tuple[str, ...] = RECORD_LANGUAGES) -> dict[str, str]:
    """A text in each of ``languages`` as recorded in ``row`` (``""`` where it is not), keyed by language code."""
    return {code: row.get(column(prefix, code)) or "" for code in languages}


_SCRIPT_OF = {"Cyrl": CYRILLIC, "Latn": LATIN}
_WRONG_SCRIPT = {
    CYRILLIC: Problem("is in Latin letters; a name in {language} is written in Cyrillic letters"),
    LATIN: Problem("is in Cyrillic letters; a name in {language} is written in Latin letters"),
}


def name_script_problems(table: str, values: Mapping[str, Any]) -> list[Problem]:
    """A person's name given in a language must be in that language's script: the Cyrillic name in Russian,
    Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic, the Latin (passport) form in English, Uzbek and Turkmen."""
    if table not in PERSON_PREFIX:
        return []
    problems = []
    for code in RECORD_LANGUAGES:
        key = column(f"{PERSON_PREFIX[table]}name", code)
        text = (values.get(key) or "").strip() if isinstance(values.get(key), str) else ""
        expected = _SCRIPT_OF[printed.BY_CODE[code].script]
        found = script_of(text)
        if found and found != expected:
            problems.append(Problem(_WRONG_SCRIPT[expected].message, params={"language": code}, field=key, value=text))
    return problems


def display_name(row: Mapping[str, Any], table: str, prefix: str | None = None) -> str:
    for _column, text_prefix, order in ONE_COLUMN_TEXTS[table]:
        if prefix not in (None, text_prefix):
            continue
        for lang in order:
            value = (row.get(f"{text_prefix}_{lang}") or "").strip()
            if value:
                return value
        return ""
    return ""


UZBEK_SUFFIX = "_" + printed.column_suffix("uz")


def respell_national(values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` with each text in Uzbek (Latin) spelled as the language wants (``name_uz`` "O'zbekiston" ->
    "Oʻzbekiston", :func:`equipment_desk.core.national_text.normalise`), as an import spells it: whoever writes it,
    a form, the command line or a file, the record holds one spelling (search, the printed act and a bundle agree)."""
    return {key: national_text.normalise("uz", value) if key.endswith(UZBEK_SUFFIX) and isinstance(value, str) else value
            for key, value in values.items()}


def fill_languages(table: str, values: dict[str, Any], old: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Keep one-column and per-language texts in step; compute the genitive forms a person's form did not give.

    ``values`` are the cleaned changes (for a new record, all of it);
    ``old`` the stored row for an update.  A text given only in its one
    column goes to the language of its script (a rate source from the
    bilingual list to both).  Returns the values to write.
    """
    values = respell_national(values)
    for column, prefix, _order in ONE_COLUMN_TEXTS.get(table, ()):
        per_language = [f"{prefix}_{lang}" for lang in SCRIPT_LANGUAGES]
        text = (values.get(column) or "").strip()
        given = any((values.get(key) or "").strip() for key in per_language)
        if text and prefix.endswith("rate_source") and not given:
            from equipment_desk.core.rate_sources import source_texts  # a rate's source is written rarely

            values.update({f"{prefix}_{lang}": value for lang, value in source_texts(text).items()})
        elif text and not prefix.endswith("rate_source"):
            # a name fills the language of its script, unless that was given with it
            values.update({f"{prefix}_{lang}": value for lang, value in split_by_script(text).items()
                           if value and not (values.get(f"{prefix}_{lang}") or "").strip()})
        if given or not text:  # the one column as typed by an older caller stays; else it follows the languages
            merged = {**(old or {}), **values}
            values[column] = display_name(merged, table, prefix)
    if table in PERSON_PREFIX:
        values.update(_person_forms(PERSON_PREFIX[table], values, old))
    return values


def _person_forms(prefix: str, values: Mapping[str, Any], old: Mapping[str, Any] | None) -> dict[str, Any]:
    """The gender (guessed from the Russian name when not recorded) and the genitive of name and title,
    recomputed when what they come from changed and they were not given with it."""
    from equipment_desk.core.grammar import name_genitive, title_genitive  # a person written: not needed to start

    out: dict[str, Any] = {}
    merged = {**(old or {}), **values}
    name_key, title_key, gender_key = f"{prefix}name_ru", f"{prefix}title_ru", f"{prefix}gender"
    name_gen_key, title_gen_key = f"{prefix}name_ru_genitive", f"{prefix}title_ru_genitive"
    name_ru, title_ru = merged.get(name_key) or "", merged.get(title_key) or ""
    new = old is None
    if name_ru and not merged.get(gender_key) and (new or gender_key not in values):
        out[gender_key] = merged[gender_key] = guess_gender(name_ru)
    changed = {key for key in (name_key, title_key, gender_key)
               if key in {**values, **out} and (new or {**values, **out}[key] != (old or {}).get(key))}
    if not merged.get(name_gen_key) if new else name_gen_key not in values and changed & {name_key, gender_key}:
        out[name_gen_key] = name_genitive(name_ru, merged.get(gender_key) or "") if name_ru else ""
    if not merged.get(title_gen_key) if new else title_gen_key not in values and title_key in changed:
        out[title_gen_key] = title_genitive(title_ru) if title_ru else ""
    return out


def split_by_script(text: str) -> dict[str, str]:
    """A text recorded in one column, as per-language texts: in the language of its script (Russian or English)."""
    text = (text or "").strip()
    out = {lang: "" for lang in SCRIPT_LANGUAGES}
    if text:
        out[language_of(text)] = text
    return out


# --- the glossary -----------------------------------------------------------------------------------

def remember_pair(db: sqlite_utils.Database, ru: str, en: str) -> None:
    """Record that ``ru`` and ``en`` name the same thing (inside the caller's transaction)."""
    ru, en = (ru or "").strip(), (en or "").strip()
    if not ru or not en:
        return
    db.execute(
        """INSERT INTO glossary (ru, en, uses) VALUES (?, ?, 1)
           ON CONFLICT (ru, en) DO UPDATE SET uses = uses + 1""",
        [ru, en],
    )


def glossary_suggestions(*, db: sqlite_utils.Database, text: str, lang: str, limit: int = 5) -> list[str]:
    """Names in the other language that ``text`` (a name in ``lang``, "ru" or "en") was seen with, most used first.

    An exact pair comes first; else pairs whose ``lang`` side starts with the text."""
    text = (text or "").strip()
    if not text or lang not in SCRIPT_LANGUAGES:
        return []
    other = "en" if lang == "ru" else "ru"
    rows = db.execute(
        f"""SELECT {other}, max(CASE WHEN {lang} = ? COLLATE NOCASE THEN 1 ELSE 0 END) AS exact, sum(uses) AS n
            FROM glossary WHERE {lang} = ? COLLATE NOCASE OR {lang} LIKE ? ESCAPE '\\'
            GROUP BY {other} ORDER BY exact DESC, n DESC, {other} LIMIT ?""",
        [text, text, text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit],
    ).fetchall()
    return [row[0] for row in rows]


# --- the migration ----------------------------------------------------------------------------------

NEW_ACT_CONTENT_COLUMNS = (
    "transferor_name_ru", "transferor_name_en", "transferor_gender", "transferor_name_ru_genitive",
    "transferor_title_ru_genitive", "rate_source_ru", "rate_source_en", "nb_rate_source_ru", "nb_rate_source_en",
)
"""The act's columns added by 0009: content, frozen once the act is finalized like the others."""

FROZEN_ACT_COLUMNS = ACT_CONTENT_COLUMNS + NEW_ACT_CONTENT_COLUMNS

_GENDER = "CHECK ({0} IN ('m', 'f', ''))"


@MIGRATIONS(name="0009_names_per_language")
def m0009_names_per_language(db: sqlite_utils.Database) -> None:
    from equipment_desk.store.search import INDEXED_COLUMNS, _statements

    statements = [
        f"ALTER TABLE signatory ADD COLUMN {_text('name_ru', 200)}",
        f"ALTER TABLE signatory ADD COLUMN {_text('name_en', 200)}",
        f"ALTER TABLE signatory ADD COLUMN gender TEXT NOT NULL DEFAULT '' {_GENDER.format('gender')}",
        f"ALTER TABLE signatory ADD COLUMN {_text('name_ru_genitive', 200)}",
        f"ALTER TABLE signatory ADD COLUMN {_text('title_ru_genitive', 300)}",
        f"ALTER TABLE item ADD COLUMN {_text('name_ru', 2000)}",
        f"ALTER TABLE item ADD COLUMN {_text('name_en', 2000)}",
        "ALTER TABLE act_line ADD COLUMN item_name_ru TEXT",
        "ALTER TABLE act_line ADD COLUMN item_name_en TEXT",
        f"ALTER TABLE act ADD COLUMN {_text('transferor_name_ru', 200)}",
        f"ALTER TABLE act ADD COLUMN {_text('transferor_name_en', 200)}",
        f"ALTER TABLE act ADD COLUMN transferor_gender TEXT NOT NULL DEFAULT '' {_GENDER.format('transferor_gender')}",
        f"ALTER TABLE act ADD COLUMN {_text('transferor_name_ru_genitive', 200)}",
        f"ALTER TABLE act ADD COLUMN {_text('transferor_title_ru_genitive', 300)}",
        f"ALTER TABLE act ADD COLUMN {_text('rate_source_ru', 200)}",
        f"ALTER TABLE act ADD COLUMN {_text('rate_source_en', 200)}",
        f"ALTER TABLE act ADD COLUMN {_text('nb_rate_source_ru', 200)}",
        f"ALTER TABLE act ADD COLUMN {_text('nb_rate_source_en', 200)}",
        """CREATE TABLE glossary (
            id INTEGER PRIMARY KEY,
            ru TEXT NOT NULL CHECK (length(trim(ru)) BETWEEN 1 AND 2000),
            en TEXT NOT NULL CHECK (length(trim(en)) BETWEEN 1 AND 2000),
            uses INTEGER NOT NULL DEFAULT 1 CHECK (uses > 0),
            UNIQUE (ru, en)
        ) STRICT""",
        "CREATE INDEX glossary_en ON glossary(en COLLATE NOCASE)",
        "CREATE INDEX glossary_ru ON glossary(ru COLLATE NOCASE)",
    ]
    for statement in statements:
        db.execute(statement)
    # what was recorded in one column goes to the language of its script (finalized acts keep their sealed content)
    for row_id, full_name, title_ru in db.execute("SELECT id, full_name, title_ru FROM signatory").fetchall():
        values = fill_languages("signatory", {"full_name": full_name, "title_ru": title_ru})
        columns = ("name_ru", "name_en", "gender", "name_ru_genitive", "title_ru_genitive")
        db.execute(f"UPDATE signatory SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                   [*(values.get(c, "") for c in columns), row_id])
    for row_id, name in db.execute("SELECT id, name FROM item").fetchall():
        texts = split_by_script(name)
        db.execute("UPDATE item SET name_ru = ?, name_en = ? WHERE id = ?", [texts["ru"], texts["en"], row_id])
    drafts = db.execute("SELECT * FROM act WHERE status = 'draft'")
    names = [d[0] for d in drafts.description]
    for draft in [dict(zip(names, r)) for r in drafts.fetchall()]:
        values = fill_languages("act", {key: draft[key] for key in ("transferor_name", "rate_source", "nb_rate_source", "transferor_title_ru")})
        values = {key: value for key, value in values.items() if key in NEW_ACT_CONTENT_COLUMNS}
        if values:
            db.execute(f"UPDATE act SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?", [*values.values(), draft["id"]])
    # the new act columns are content: frozen with the rest once the act is finalized
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'act_frozen_update'").fetchone()[0]
    old_test, new_test = f"({_changed(ACT_CONTENT_COLUMNS)})", f"({_changed(FROZEN_ACT_COLUMNS)})"
    if old_test not in trigger:
        raise RuntimeError("act_frozen_update is not the trigger this migration extends")
    db.execute("DROP TRIGGER act_frozen_update")
    db.execute(trigger.replace(old_test, new_test))
    # search finds an item and an act by either language's name
    for table, extra in (("item", ("name_ru", "name_en")), ("act", ("transferor_name_ru", "transferor_name_en"))):
        for suffix in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER {table}_fts_{suffix}")
        db.execute(f"DROP TABLE {table}_fts")
        for statement in _statements(table, INDEXED_COLUMNS[table] + extra):
            db.execute(statement)


# --- 0010: the national languages -----------------------------------------------------------------

LANGUAGE_PAIRS: tuple[str, ...] = tuple(f"{first},{second}" for first in printed.CODES for second in printed.CODES if first != second)
"""Every pair an act may be printed in: any two different printed languages, in the order of its columns."""

NATIONAL_ACT_CONTENT_COLUMNS = NATIONAL_COLUMNS["act"]
"""The act's columns added by 0010: content, frozen once the act is finalized like the others."""

_OLD_PAIRS = ("('ru,en','en,ru','ru,kk','kk,ru','ru,tg','tg,ru','en,kk','kk,en','en,tg','tg,en','kk,tg','tg,kk')")


def _widen_language_pairs(db: sqlite_utils.Database) -> None:
    """Let ``act.languages`` hold any pair of :data:`LANGUAGE_PAIRS` (a looser CHECK, see :func:`loosen_table_check`)."""
    wider = "(" + ",".join(f"'{pair}'" for pair in LANGUAGE_PAIRS) + ")"
    loosen_table_check(db, "act", _OLD_PAIRS, wider)


@MIGRATIONS(name="0010_texts_in_national_languages")
def m0010_texts_in_national_languages(db: sqlite_utils.Database) -> None:
    """A column for each text the act prints in each national language (Kazakh, Kyrgyz, Tajik, Uzbek in both
    scripts, Turkmen), in every table that records one, and in each act line's snapshot of its item's name;
    an act may then be printed in any two languages.  The act's new columns are frozen with the rest."""
    for table, lengths in TEXT_LENGTHS.items():
        for prefix, length in lengths.items():
            for code in printed.NATIONAL:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {_text(column(prefix, code), length)}")
    for name in LINE_NATIONAL_COLUMNS:
        db.execute(f"ALTER TABLE act_line ADD COLUMN {name} TEXT")
    _widen_language_pairs(db)
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'act_frozen_update'").fetchone()[0]
    anchor = "OLD.status = 'void'"
    if trigger.count(anchor) != 1:
        raise RuntimeError("act_frozen_update is not the trigger this migration extends")
    db.execute("DROP TRIGGER act_frozen_update")
    db.execute(trigger.replace(anchor, f"{anchor}\n            OR ({_changed(NATIONAL_ACT_CONTENT_COLUMNS)})"))


INSTITUTION_NAME_CHECK = ("CHECK (length(trim(name_en)) BETWEEN 1 AND 300)", "CHECK (length(name_en) <= 300)")
"""The institution's English name as ``0001`` required it, and as ``0013`` lets it be empty."""


@MIGRATIONS(name="0013_institution_named_in_any_language")
def m0013_institution_named_in_any_language(db: sqlite_utils.Database) -> None:
    """An institution may be recorded without an English name: an office whose acts are in Russian and a national
    language names it in those (the store requires a name in one language at least, the form the names of the
    languages the office prints).  A looser CHECK (:func:`loosen_table_check`)."""
    loosen_table_check(db, "institution", *INSTITUTION_NAME_CHECK)
