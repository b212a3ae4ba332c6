"""Texts kept per language: people's names in both scripts, items' names, rate sources, the glossary.

A text the act prints is stored once per language, in columns named by the
language code (``name_ru``, ``name_en``; a national language adds
``name_kk``…).  :data:`PER_LANGUAGE` lists those columns for each table in
one place.  Migration ``0008_names_per_language`` adds them and moves what
was recorded in one column (a person's ``full_name``, an item's ``name``, a
rate's ``source``) to the language of the script it is written in.

The one-column names stay as the name lists show and search (the display
name, :func:`display_name`): kept in step by :func:`fill_languages`, which
every writer calls, so a caller that only knows the old column (an import, a
bundle from an older laptop) still lands its text in the right language.

The glossary remembers item-name pairs it has seen (Ноутбук ↔ Laptop) and
suggests the other language's name (:func:`glossary_suggestions`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlite_utils

from equipment_desk.core.grammar import name_genitive, title_genitive
from equipment_desk.core.names import CYRILLIC, LATIN, guess_gender, script_of
from equipment_desk.core.rate_sources import source_texts
from equipment_desk.store.migrations import ACT_CONTENT_COLUMNS, MIGRATIONS, _changed, _text
from equipment_desk.store.search import INDEXED_COLUMNS, _statements  # registers 0002-0005 before 0008

RECORD_LANGUAGES = ("ru", "en")
"""The languages texts are recorded in (Kazakh and Tajik acts print the Russian texts)."""

SCRIPT_LANGUAGE = {CYRILLIC: "ru", LATIN: "en"}
"""The language a text goes to when it was recorded in one column: by its script."""

GENDERS = ("m", "f", "")


def language_of(text: str) -> str:
    """``"ru"`` for a Cyrillic text, else ``"en"``."""
    return SCRIPT_LANGUAGE.get(script_of(text), "en")


# table -> (one-column name, per-language prefix, display language order)
DISPLAY_NAMES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "signatory": ("full_name", "name", ("ru", "en")),
    "item": ("name", "name", ("en", "ru")),
}
"""A person is listed by the name in national documents (Cyrillic), an item by its English name, else the other."""

PER_LANGUAGE: dict[str, tuple[str, ...]] = {
    "signatory": ("name", "title", "authority"),
    "item": ("name",),
    "act": ("place", "goods", "basis", "transferor_org", "transferor_name", "transferor_title", "transferor_authority",
            "rate_source", "nb_rate_source"),
    "institution": ("name",),
}
"""Every per-language text of each table (prefixes; the columns are ``{prefix}_{language}``)."""


def display_name(row: Mapping[str, Any], table: str) -> str:
    _column, prefix, order = DISPLAY_NAMES[table]
    for lang in order:
        value = (row.get(f"{prefix}_{lang}") or "").strip()
        if value:
            return value
    return ""


def fill_languages(table: str, values: dict[str, Any], old: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Keep one-column and per-language names in step; compute the genitive a signatory's form did not give.

    ``values`` are the cleaned changes (for a new record, all of it);
    ``old`` the stored row for an update.  Returns the values to write.
    """
    values = dict(values)
    if table in DISPLAY_NAMES:
        column, prefix, _order = DISPLAY_NAMES[table]
        per_language = [f"{prefix}_{lang}" for lang in RECORD_LANGUAGES]
        if (values.get(column) or "").strip() and not any((values.get(key) or "").strip() for key in per_language):
            text = values[column]
            values[f"{prefix}_{language_of(text)}"] = text
        if any(key in values for key in per_language):
            merged = {**(old or {}), **values}
            shown = display_name(merged, table)
            if shown:
                values[column] = shown
    if table == "signatory":
        merged = {**(old or {}), **values}
        name_ru, title_ru = merged.get("name_ru") or "", merged.get("title_ru") or ""
        new = old is None
        if name_ru and not merged.get("gender") and (new or "gender" not in values):
            values["gender"] = merged["gender"] = guess_gender(name_ru)
        changed = {key for key in ("name_ru", "title_ru", "gender") if key in values and (new or values[key] != old.get(key))}
        if (not merged.get("name_ru_genitive") if new else "name_ru_genitive" not in values and changed & {"name_ru", "gender"}):
            values["name_ru_genitive"] = name_genitive(name_ru, merged.get("gender") or "") if name_ru else ""
        if (not merged.get("title_ru_genitive") if new else "title_ru_genitive" not in values and "title_ru" in changed):
            values["title_ru_genitive"] = title_genitive(title_ru) if title_ru else ""
    return values


def split_by_script(text: str) -> dict[str, str]:
    """A text recorded in one column, as per-language texts: in the language of its script."""
    text = (text or "").strip()
    out = {lang: "" for lang in RECORD_LANGUAGES}
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
    if not text or lang not in RECORD_LANGUAGES:
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
"""The act's columns added by 0008: content, frozen once the act is finalized like the others."""

FROZEN_ACT_COLUMNS = ACT_CONTENT_COLUMNS + NEW_ACT_CONTENT_COLUMNS

_GENDER = "CHECK ({0} IN ('m', 'f', ''))"


@MIGRATIONS(name="0008_names_per_language")
def m0008_names_per_language(db: sqlite_utils.Database) -> None:
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
        db.execute("UPDATE signatory SET name_ru = ?, name_en = ?, gender = ?, name_ru_genitive = ?, title_ru_genitive = ? WHERE id = ?",
                   [values.get("name_ru", ""), values.get("name_en", ""), values.get("gender", ""),
                    values.get("name_ru_genitive", ""), values.get("title_ru_genitive", ""), row_id])
    for row_id, name in db.execute("SELECT id, name FROM item").fetchall():
        texts = split_by_script(name)
        db.execute("UPDATE item SET name_ru = ?, name_en = ? WHERE id = ?", [texts["ru"], texts["en"], row_id])
    drafts = db.execute("SELECT id, transferor_name, transferor_title_ru, rate_source, nb_rate_source FROM act WHERE status = 'draft'").fetchall()
    for row_id, name, title_ru, rate_source, nb_rate_source in drafts:
        names = split_by_script(name)
        gender = guess_gender(names["ru"]) if names["ru"] else ""
        rate, bank = source_texts(rate_source), source_texts(nb_rate_source)
        db.execute(
            """UPDATE act SET transferor_name_ru = ?, transferor_name_en = ?, transferor_gender = ?,
                   transferor_name_ru_genitive = ?, transferor_title_ru_genitive = ?,
                   rate_source_ru = ?, rate_source_en = ?, nb_rate_source_ru = ?, nb_rate_source_en = ? WHERE id = ?""",
            [names["ru"], names["en"], gender, name_genitive(names["ru"], gender) if names["ru"] else "",
             title_genitive(title_ru) if title_ru else "", rate["ru"], rate["en"], bank["ru"], bank["en"], row_id],
        )
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
