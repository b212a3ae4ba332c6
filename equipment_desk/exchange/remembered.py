"""What an office taught the import once, kept in the database so the window and the command line both use it.

* **Column mappings by header.**  After an import, the mapping used (and the
  date order) is kept under a key made of the kind and the file's column
  titles; the next file with the same header is read the same way.
* **The office's category words.**  Registers name categories in the
  office's own words ("Laptops", "Desktops", «Оргтехника»); each word the
  office mapped once to one of the program's categories is kept, and can
  be listed, changed and removed (``items categories``).

Both live in the ``setting`` table under keys of their own (``import:...``),
so they travel with a backup and a bundle's office settings are not touched.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.exchange.columns import CATEGORY_WORDS, choice_lookup
from equipment_desk.exchange.tables import normalise_title
from equipment_desk.store.database import write_transaction
from equipment_desk.store.records import ITEM_CATEGORIES

MAPPING_KEY = "import:mapping:{kind}:{digest}"
CATEGORIES_KEY = "import:categories"
_BUILT_IN = choice_lookup(CATEGORY_WORDS)


def header_key(kind: str, titles: list[str]) -> str:
    """The setting key of a header: the same titles (case, punctuation and ё aside) give the same key."""
    text = "\x1f".join(normalise_title(t) for t in titles).rstrip("\x1f")
    return MAPPING_KEY.format(kind=kind, digest=hashlib.sha256(text.encode("utf-8")).hexdigest()[:24])


def _set(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])


def _get(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def recall_mapping(*, db: sqlite_utils.Database, kind: str, titles: list[str], known_fields: set[str]) -> tuple[dict[int, str], str | None] | None:
    """``({column: field}, date_order)`` kept for this header, or ``None``."""
    text = _get(db, header_key(kind, titles))
    if not text:
        return None
    try:
        data = json.loads(text)
        fields = {int(i): str(f) for i, f in data.get("fields", {}).items()}
    except (ValueError, TypeError, AttributeError):
        return None
    fields = {i: f for i, f in fields.items() if f in known_fields and 0 <= i < len(titles)}
    order = data.get("date_order")
    return fields, (order if order in ("dmy", "mdy", "ymd") else None)


def remember_mapping(*, db: sqlite_utils.Database, kind: str, titles: list[str], fields: dict[int, str], date_order: str | None) -> None:
    """Keep the mapping of this header (call inside the import's transaction)."""
    value: dict[str, Any] = {"titles": titles, "fields": {str(i): f for i, f in sorted(fields.items())}}
    if date_order:
        value["date_order"] = date_order
    _set(db, header_key(kind, titles), json.dumps(value, ensure_ascii=False))


# --- the office's category words --------------------------------------------------------------

def office_categories(*, db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """Normalised word -> (the word as first written, category) for every word the office mapped."""
    text = _get(db, CATEGORIES_KEY)
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return {key: (str(value[0]), str(value[1])) for key, value in data.items()
            if isinstance(value, list) and len(value) == 2 and value[1] in ITEM_CATEGORIES}


def category_lookup(*, db: sqlite_utils.Database, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Normalised word -> category: the program's own words, then the office's, then ``extra`` (word -> category)."""
    lookup = dict(_BUILT_IN)
    lookup.update({key: code for key, (_word, code) in office_categories(db=db).items()})
    for word, code in (extra or {}).items():
        lookup[normalise_title(word)] = code
    return lookup


def check_category_words(words: dict[str, str], *, field: str = "--category-map") -> dict[str, str]:
    """``{"Laptops": "computers"}`` checked: every target one of the program's categories."""
    problems, clean = [], {}
    for word, code in words.items():
        code = (code or "").strip().lower()
        target = _BUILT_IN.get(normalise_title(code), code)
        if not normalise_title(word):
            problems.append(Problem("must be WORD=CATEGORY with a word before the =", field=field, value=f"{word}={code}"))
        elif target not in ITEM_CATEGORIES:
            problems.append(Problem("{category} is not a category; use one of {choices}",
                                    params={"category": code, "choices": ", ".join(ITEM_CATEGORIES)}, field=field, value=f"{word}={code}"))
        else:
            clean[word.strip()] = target
    if problems:
        raise InputError(problems)
    return clean


def remember_categories(*, db: sqlite_utils.Database, words: dict[str, str]) -> None:
    """Add or change the office's words (word as written -> category); call inside a transaction."""
    if not words:
        return
    current = {key: [w, c] for key, (w, c) in office_categories(db=db).items()}
    changed = False
    for word, code in words.items():
        key = normalise_title(word)
        if _BUILT_IN.get(key) == code:
            continue  # the program knows this word already
        if current.get(key, [None, None])[1] != code:
            current[key] = [word.strip(), code]
            changed = True
    if changed:
        _set(db, CATEGORIES_KEY, json.dumps(current, ensure_ascii=False, sort_keys=True))


def set_office_categories(*, db: sqlite_utils.Database, words: dict[str, str], remove: list[str] | None = None) -> dict[str, tuple[str, str]]:
    """Edit the office's words in one transaction: add or change ``words``, drop ``remove``; returns the new list."""
    clean = check_category_words(words)
    with write_transaction(db):
        remember_categories(db=db, words=clean)
        if remove:
            current = {key: [w, c] for key, (w, c) in office_categories(db=db).items()}
            missing = [word for word in remove if normalise_title(word) not in current]
            if missing:
                raise InputError([Problem("the office has no category word {word}", params={"word": word}, field="--remove", value=word)
                                  for word in missing])
            for word in remove:
                current.pop(normalise_title(word), None)
            _set(db, CATEGORIES_KEY, json.dumps(current, ensure_ascii=False, sort_keys=True))
    return office_categories(db=db)
