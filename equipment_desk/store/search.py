"""Full-text search: SQLite FTS5 indexes over items, institutions, programmes, donors and acts.

Migration ``0002_search`` creates one external-content FTS5 table per record
table (``item_fts``, ``institution_fts``, ``programme_fts``, ``donor_fts``,
``act_fts``; the row id is the record's id), fills them, and adds triggers
that keep them in step with every insert, update and delete — whoever
writes, the window, the command line or an import.

Migration ``0003_search_codes`` adds a trigram index over items' serial and
inventory numbers, so three or more characters from anywhere inside one match.

Migration ``0004_list_order_indexes`` adds the ordinary indexes the lists are
read through (``equipment_desk.store.queries``): acts by date, items by name,
model and acquisition date, already in the order the lists show, and the act
totals and status/currency/rate of acts without reading their rows;
``0005_list_narrow_indexes`` the item ids in order and the acts' countries.

Migration ``0011_search_national_names`` makes the item, institution, programme, donor and act indexes again
with every text in the national languages (Kazakh, Kyrgyz, Tajik, Uzbek in both scripts, Turkmen; see
:data:`SEARCHED_COLUMNS`), so «Башкы прокуратура» finds the institution whose Kyrgyz name it is.

Migration ``0012_search_folded_letters`` makes those indexes again over views that fold the letters of the national
languages to their Russian look-alikes (``қ`` as ``к``, ``ә`` as ``а``, ``ё`` as ``е``, see
:data:`~equipment_desk.core.national_text.SEARCH_FOLDS`); the words typed are folded alike, so «казак» finds «қазақ».

Search is by word prefix, case-insensitive in Latin and Cyrillic:
``"прок ген"`` finds «Генеральная прокуратура».  :func:`match_expression`
turns what a person typed into a safe FTS5 query (every word quoted, so
``-``, ``"`` or ``OR`` typed by a user are plain text, never syntax).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from equipment_desk.core.national_text import SEARCH_FOLD_PAIRS, fold_for_search
from equipment_desk.store.migrations import MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

TOKENIZER = "unicode61 remove_diacritics 2"

# table -> the text columns that are searched
INDEXED_COLUMNS: dict[str, tuple[str, ...]] = {
    "item": ("name", "model", "serial_number", "inventory_number", "notes"),
    "institution": ("name_en", "name_ru", "city_en", "city_ru", "region", "address", "contact_person", "notes"),
    "programme": ("code", "name_en", "name_ru", "sub_programme", "notes"),
    "donor": ("name_en", "name_ru", "short_name", "country", "notes"),
    "act": ("number", "goods_en", "goods_ru", "place_en", "place_ru", "basis_en", "basis_ru",
            "transferor_name", "void_reason"),
}

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 8


def fts_table(table: str) -> str:
    return f"{table}_fts"


def _statements(table: str, columns: tuple[str, ...], tokenizer: str = f"'{TOKENIZER}'") -> list[str]:
    fts = fts_table(table)
    cols = ", ".join(columns)
    new_values = ", ".join(f"new.{c}" for c in columns)
    old_values = ", ".join(f"old.{c}" for c in columns)
    changed = " OR ".join(f"new.{c} IS NOT old.{c}" for c in columns)
    return [
        f"""CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='id',
            tokenize={tokenizer}, prefix='1 2 3')""",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        f"""CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new_values});
        END""",
        f"""CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN
            INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old_values});
        END""",
        f"""CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} WHEN {changed} BEGIN
            INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old_values});
            INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new_values});
        END""",
    ]


@MIGRATIONS(name="0002_search")
def m0002_search(db: sqlite_utils.Database) -> None:
    for table, columns in INDEXED_COLUMNS.items():
        for statement in _statements(table, columns):
            db.execute(statement)


CODE_COLUMNS = ("serial_number", "inventory_number")
"""Item columns also indexed by trigrams (``item_code_fts``), so any 3 or more characters inside a serial match."""


@MIGRATIONS(name="0003_search_codes")
def m0003_search_codes(db: sqlite_utils.Database) -> None:
    cols = ", ".join(CODE_COLUMNS)
    new_values = ", ".join(f"new.{c}" for c in CODE_COLUMNS)
    old_values = ", ".join(f"old.{c}" for c in CODE_COLUMNS)
    changed = " OR ".join(f"new.{c} IS NOT old.{c}" for c in CODE_COLUMNS)
    for statement in (
        f"CREATE VIRTUAL TABLE item_code_fts USING fts5({cols}, content='item', content_rowid='id', tokenize='trigram')",
        "INSERT INTO item_code_fts(item_code_fts) VALUES ('rebuild')",
        f"""CREATE TRIGGER item_code_fts_insert AFTER INSERT ON item BEGIN
            INSERT INTO item_code_fts(rowid, {cols}) VALUES (new.id, {new_values});
        END""",
        f"""CREATE TRIGGER item_code_fts_delete AFTER DELETE ON item BEGIN
            INSERT INTO item_code_fts(item_code_fts, rowid, {cols}) VALUES ('delete', old.id, {old_values});
        END""",
        f"""CREATE TRIGGER item_code_fts_update AFTER UPDATE OF {cols} ON item WHEN {changed} BEGIN
            INSERT INTO item_code_fts(item_code_fts, rowid, {cols}) VALUES ('delete', old.id, {old_values});
            INSERT INTO item_code_fts(rowid, {cols}) VALUES (new.id, {new_values});
        END""",
    ):
        db.execute(statement)


LIST_ORDER_INDEXES = {
    # the acts list opens sorted by date ("a.act_date IS NULL, a.act_date" in queries)
    "act_date_order": "act(act_date IS NULL, act_date)",
    # each act's amount and quantity (list rows, the totals under the list) from the index alone
    "act_line_totals": "act_line(act_id, quantity, unit_value_minor)",
    # the totals under the acts list group the counted acts by currency and rate
    "act_status_rate": "act(status, currency, rate_micro, rate_scale)",
    # items sorted by a column of text or by date, without sorting 100,000 rows each time
    "item_name_order": "item(name COLLATE NOCASE)",
    "item_model_order": "item(model COLLATE NOCASE)",
    "item_acquired_order": "item(acquisition_date IS NULL, acquisition_date)",
}
"""Index name -> what it indexes; each ends with the row id, the tie-break of every list."""


def _create_indexes(db: sqlite_utils.Database, indexes: dict[str, str]) -> None:
    for name, target in indexes.items():
        db.execute(f"CREATE INDEX {name} ON {target}")
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        # A database that was analysed keeps complete statistics: without them SQLite would not know the new indexes' worth.
        for name in indexes:
            db.execute(f"ANALYZE {name}")


@MIGRATIONS(name="0004_list_order_indexes")
def m0004_list_order_indexes(db: sqlite_utils.Database) -> None:
    _create_indexes(db, LIST_ORDER_INDEXES)


NARROW_INDEXES = {
    # Item rows are wide: the items list opens newest first and an empty search shows them all again;
    # the ids alone, in order, read a fiftieth of the pages the rows would.
    "item_newest": "item(id)",
    # the countries the acts filter offers, without reading every act
    "act_country": "act(country)",
}


@MIGRATIONS(name="0005_list_narrow_indexes")
def m0005_list_narrow_indexes(db: sqlite_utils.Database) -> None:
    _create_indexes(db, NARROW_INDEXES)


def code_expression(word: str) -> str:
    """An FTS5 trigram query for a piece of a serial or inventory number (3 characters or more)."""
    return '"' + word.replace('"', '""') + '"'


def search_words(text: str) -> list[str]:
    """The words of a search text, as FTS5 sees them (at most :data:`MAX_WORDS`), with the national letters folded as
    the indexes hold them (:func:`~equipment_desk.core.national_text.fold_for_search`)."""
    return _WORD.findall(fold_for_search(text or ""))[:MAX_WORDS]


def match_expression(text: str) -> str | None:
    """An FTS5 query matching rows that contain a word starting with each typed word; None for no words."""
    words = search_words(text)
    if not words:
        return None
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)


def search_ids(*, db: sqlite_utils.Database, table: str, text: str) -> list[int]:
    """Ids of ``table`` rows whose indexed text matches every typed word by prefix, best first."""
    expression = match_expression(text)
    if expression is None:
        return []
    fts = fts_table(table)
    cursor = db.execute(f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rank", [expression])
    return [row[0] for row in cursor.fetchall()]


def index_problems(*, db: sqlite_utils.Database) -> list[str]:
    """Each full-text index whose content is not what its records give (FTS5's own integrity check, which reads every
    record again: about half a second on 100,000 items and 30,000 acts)."""
    import sqlite3

    found = []
    for fts in [fts_table(table) for table in INDEXED_COLUMNS] + ["item_code_fts"]:
        try:
            db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as error:
            found.append(f"the index {fts} is out of step with its records ({error})")
    return found


def rebuild(*, db: sqlite_utils.Database) -> None:
    """Rebuild every index from its table (after a bulk load that bypassed the triggers, or a repair)."""
    for fts in [fts_table(table) for table in INDEXED_COLUMNS] + ["item_code_fts"]:
        db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


# 0009 rebuilds the item and act indexes with the per-language names: registered after the search migrations it changes
from equipment_desk.store import languages as _languages  # noqa: E402,F401

# --- 0011: the national languages ---------------------------------------------------------------

NATIONAL_TOKENIZER = f"\"{TOKENIZER} separators '\u02bb\u02bc'\""
"""Uzbek's ʻ and ʼ split words as an apostrophe does: «Oʻzbekiston» and "O'zbekiston" (typed in a form) index alike,
and either spelling typed into the search finds both."""


def national_columns(*prefixes: str) -> tuple[str, ...]:
    """The columns of texts ``prefixes`` in each national language (``name_kk`` … ``name_tk``)."""
    from equipment_desk.core.languages import NATIONAL, column_suffix

    return tuple(f"{prefix}_{column_suffix(code)}" for prefix in prefixes for code in NATIONAL)


SEARCHED_COLUMNS: dict[str, tuple[str, ...]] = {
    "item": INDEXED_COLUMNS["item"] + ("name_ru", "name_en") + national_columns("name"),
    "institution": INDEXED_COLUMNS["institution"] + national_columns("name"),
    "programme": INDEXED_COLUMNS["programme"] + national_columns("name"),
    "donor": INDEXED_COLUMNS["donor"] + national_columns("name"),
    "act": INDEXED_COLUMNS["act"] + ("transferor_name_ru", "transferor_name_en") + national_columns("goods", "place", "basis", "transferor_name"),
}
"""The columns each full-text index holds since ``0011``: every name in every language (an act's goods, place, basis
and donor-side signatory too)."""


@MIGRATIONS(name="0011_search_national_names")
def m0011_search_national_names(db: sqlite_utils.Database) -> None:
    """Search finds records by their names in the national languages (``0010`` added the columns): each index is made
    again over :data:`SEARCHED_COLUMNS`, filled from the records as they are, with triggers that keep it in step."""
    for table, columns in SEARCHED_COLUMNS.items():
        for suffix in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER {fts_table(table)}_{suffix}")
        db.execute(f"DROP TABLE {fts_table(table)}")
        for statement in _statements(table, columns, NATIONAL_TOKENIZER):
            db.execute(statement)


# --- 0012: the national letters folded ------------------------------------------------------------

def _replaced(expression: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``expression`` with each letter of ``pairs`` replaced, the replacing skipped for a text with none (most texts:
    one GLOB reads it once, where the ``replace()`` calls would read it once each)."""
    folded = expression
    for letter, plain in pairs:
        folded = f"replace({folded}, '{letter}', '{plain}')"
    letters = "".join(letter for letter, _plain in pairs)
    return f"CASE WHEN {expression} GLOB '*[{letters}]*' THEN {folded} ELSE {expression} END"


def search_view(table: str) -> str:
    return f"{table}_search"


def folded_view_sql(view: str, table: str, texts: dict[str, str], keys: tuple[str, ...] = ("id",)) -> str:
    """A view of ``table``'s ``keys`` and ``texts`` (name -> SQL) with the letters of
    :data:`~equipment_desk.core.national_text.SEARCH_FOLDS` folded: plain ``replace()`` calls (small letters inside,
    capitals outside: SQLite parses only so many nested calls), so any connection, even the ``sqlite3`` shell's, reads
    and keeps the index alike."""
    small, capital = SEARCH_FOLD_PAIRS[0::2], SEARCH_FOLD_PAIRS[1::2]
    key_list = ", ".join(keys)
    inner = ", ".join(f"{_replaced(sql, small)} AS {name}" for name, sql in texts.items())
    outer = ", ".join(f"{_replaced(name, capital)} AS {name}" for name in texts)
    return f"CREATE VIEW {view} AS SELECT {key_list}, {outer} FROM (SELECT {key_list}, {inner} FROM {table})"


LATIN_COLUMNS = ("serial_number", "inventory_number", "code", "number")
"""Searched columns of codes, kept as they are in the search views (as are the Latin texts: English, Uzbek, Turkmen)."""


def _latin(column: str) -> bool:
    return column in LATIN_COLUMNS or column.endswith(("_en", "_uz", "_tk"))


def search_view_sql(table: str, columns: tuple[str, ...]) -> str:
    """The view ``{table}_search`` the index of ``table`` reads: its Cyrillic (or mixed) texts folded, the Latin ones and
    the codes as they are (a fold would find nothing in them and cost every write)."""
    plain = tuple(c for c in columns if _latin(c))
    return folded_view_sql(search_view(table), table, {c: c for c in columns if c not in plain}, ("id", *plain))


SIGNATORY_NAMES_VIEW = "signatory_search"
"""A signatory's names in every language as one folded text (``names``), beside its ``institution_id``: the institutions
list finds an institution by a word inside its signatories' names."""


def _folded_statements(table: str, columns: tuple[str, ...]) -> list[str]:
    """An index over ``{table}_search`` (the table's texts folded) and triggers that keep it in step, reading the folded
    texts from the view: the old ones before a change, the new ones after it."""
    fts, view = fts_table(table), search_view(table)
    cols = ", ".join(columns)
    changed = " OR ".join(f"new.{c} IS NOT old.{c}" for c in columns)
    return [
        search_view_sql(table, columns),
        f"""CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{view}', content_rowid='id',
            tokenize={NATIONAL_TOKENIZER}, prefix='1 2 3')""",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
        f"""CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO {fts}(rowid, {cols}) SELECT id, {cols} FROM {view} WHERE id = new.id;
        END""",
        f"""CREATE TRIGGER {fts}_delete BEFORE DELETE ON {table} BEGIN
            INSERT INTO {fts}({fts}, rowid, {cols}) SELECT 'delete', id, {cols} FROM {view} WHERE id = old.id;
        END""",
        f"""CREATE TRIGGER {fts}_unindex BEFORE UPDATE OF {cols} ON {table} WHEN {changed} BEGIN
            INSERT INTO {fts}({fts}, rowid, {cols}) SELECT 'delete', id, {cols} FROM {view} WHERE id = old.id;
        END""",
        f"""CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} WHEN {changed} BEGIN
            INSERT INTO {fts}(rowid, {cols}) SELECT id, {cols} FROM {view} WHERE id = new.id;
        END""",
    ]


@MIGRATIONS(name="0012_search_folded_letters")
def m0012_search_folded_letters(db: sqlite_utils.Database) -> None:
    """Search reads Kazakh, Kyrgyz, Tajik and Uzbek letters as their Russian look-alikes: each index of ``0011`` is made
    again over a view of its table with those letters folded, and filled from the records as they are."""
    for table, columns in SEARCHED_COLUMNS.items():
        for suffix in ("insert", "delete", "update"):
            db.execute(f"DROP TRIGGER {fts_table(table)}_{suffix}")
        db.execute(f"DROP TABLE {fts_table(table)}")
        for statement in _folded_statements(table, columns):
            db.execute(statement)
    names = " || ' ' || ".join(("full_name", *national_columns("name")))
    db.execute(folded_view_sql(SIGNATORY_NAMES_VIEW, "signatory", {"names": names}, ("id", "institution_id")))
