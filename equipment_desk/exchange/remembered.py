"""What an office taught the import once, kept in the database so the window and the command line both use it.

* **Column mappings by header.**  After an import, the mapping used (and the
  date order) is kept under a key made of the kind and the file's column
  titles; the next file with the same header is read the same way.
  :func:`remembered_mappings` lists them, :func:`forget_mappings` forgets
  some or all (``items mappings``, and the import window's "What imports
  remember").
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
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.exchange.columns import CATEGORY_WORDS, choice_lookup
from equipment_desk.exchange.tables import normalise_title
from equipment_desk.store.database import write_transaction
from equipment_desk.store.records import ITEM_CATEGORIES

MAPPING_PREFIX = "import:mapping:"
MAPPING_KEY = MAPPING_PREFIX + "{kind}:{digest}"
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


@dataclass(frozen=True)
class RememberedMapping:
    """A header's mapping kept by an import."""

    key: str
    """A short name for it (the first characters of the header's digest), as listed and as given to forget it."""
    kind: str
    titles: list[str]
    fields: dict[int, str]
    date_order: str | None

    def read_as(self) -> list[tuple[str, str | None]]:
        """``[(column title, field or None)]`` in file order."""
        return [(title, self.fields.get(index)) for index, title in enumerate(self.titles)]


_SHORT_KEY = 8


def remembered_mappings(*, db: sqlite_utils.Database, kind: str | None = None) -> list[RememberedMapping]:
    """The mappings kept for each header (of one kind, or all), in the order of their kind and first title."""
    prefix = MAPPING_PREFIX + (f"{kind}:" if kind else "")
    found = []
    for key, text in db.execute("SELECT key, value FROM setting WHERE key >= ? AND key < ?", [prefix, prefix + "\uffff"]).fetchall():
        kind_here, _, digest = key[len(MAPPING_PREFIX):].partition(":")
        try:
            data = json.loads(text)
            titles = [str(t) for t in data.get("titles", [])]
            fields = {int(i): str(f) for i, f in data.get("fields", {}).items()}
        except (ValueError, TypeError, AttributeError):
            titles, fields, data = [], {}, {}
        order = data.get("date_order") if isinstance(data, dict) else None
        found.append(RememberedMapping(digest[:_SHORT_KEY], kind_here, titles, fields, order if order in ("dmy", "mdy", "ymd") else None))
    return sorted(found, key=lambda m: (m.kind, [t.casefold() for t in m.titles], m.key))


def forget_mappings(*, db: sqlite_utils.Database, keys: list[str] | None = None, kind: str | None = None) -> int:
    """Forget the mappings named by ``keys`` (as :func:`remembered_mappings` lists them), or every one (of ``kind``) when
    ``keys`` is ``None``; one transaction, and nothing is forgotten when a key names none.  Returns how many were forgotten."""
    kept = remembered_mappings(db=db, kind=kind)
    if keys is None:
        chosen = kept
    else:
        by_key = {m.key: m for m in kept}
        missing = [k for k in keys if k.strip().lower() not in by_key]
        if missing:
            raise InputError([Problem("no remembered mapping is listed as {key}", params={"key": k}, field="--forget", value=k)
                              for k in missing])
        chosen = [by_key[k.strip().lower()] for k in dict.fromkeys(keys)]
    with write_transaction(db):
        for mapping in chosen:
            db.execute("DELETE FROM setting WHERE key LIKE ?", [MAPPING_KEY.format(kind=mapping.kind, digest=mapping.key) + "%"])
    return len(chosen)


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


def replace_office_categories(*, db: sqlite_utils.Database, rows: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Make ``rows`` (word, category), as the window's table shows them, the office's whole list, in one transaction.

    Rows with neither a word nor a category are left out; a word without a category, a category without a word, a
    word listed twice or a category that is not the program's is refused (naming the table's row) and nothing changes.
    """
    problems, chosen, seen = [], {}, {}
    for number, (word, code) in enumerate(rows, start=1):
        word, code = (word or "").strip(), (code or "").strip()
        key = normalise_title(word)
        if not key and not code:
            continue
        if not key:
            problems.append(Problem("a category without a word; type the word the registers use", field="category words", row=number,
                                    value=code))
        elif not code:
            problems.append(Problem("choose the category the word {word} means", params={"word": word}, field="category words",
                                    row=number, value=word))
        elif key in seen:
            problems.append(Problem("the word {word} is listed twice (row {other})", params={"word": word, "other": seen[key]},
                                    field="category words", row=number, value=word))
        else:
            seen[key] = number
            chosen[word] = code
    if problems:
        raise InputError(problems)
    clean = check_category_words(chosen, field="category words")
    current = office_categories(db=db)
    with write_transaction(db):
        kept = {normalise_title(w): [w, c] for w, c in clean.items() if _BUILT_IN.get(normalise_title(w)) != c}
        if kept != {key: [w, c] for key, (w, c) in current.items()}:
            _set(db, CATEGORIES_KEY, json.dumps(kept, ensure_ascii=False, sort_keys=True))
    return office_categories(db=db)
