"""What the store needs of the SQLite library Python was built with, checked once when a database is opened.

The schema uses STRICT tables (SQLite 3.37.0), full-text search with FTS5 and its trigram tokenizer
(3.34.0; any three characters inside a serial number match) and the JSON functions.  Python's own
SQLite is new enough everywhere the program is meant to run (the frozen Windows program ships
Python 3.12's, 3.43 or newer, built with FTS5), but a Python linked against an old system library
would otherwise fail half-way through creating a database with "no such tokenizer: trigram".
So :func:`require_sqlite_features` says at once what is missing, and nothing is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from equipment_desk.core.errors import StorageError

MINIMUM_SQLITE = (3, 37, 0)
"""The oldest SQLite the store works with: STRICT tables came in 3.37.0 (FTS5's trigram tokenizer in 3.34.0)."""

PROBES: dict[str, str] = {
    "FTS5": "CREATE VIRTUAL TABLE temp.probe_fts5 USING fts5(text)",
    "the FTS5 trigram tokenizer": "CREATE VIRTUAL TABLE temp.probe_trigram USING fts5(text, tokenize='trigram')",
    "JSON functions": "SELECT json_group_array(value) FROM json_each('[1, 2]')",
}
"""Each feature the store uses, and a statement that fails without it."""

_checked = False


def version_text(version: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in version)


def missing_sqlite_features(
    *, version: tuple[int, ...] | None = None, connect: Callable[[], sqlite3.Connection] | None = None
) -> list[str]:
    """What this SQLite lacks, in words (empty when it has everything).

    ``version`` and ``connect`` default to the library Python uses (tests pass others).
    """
    version = sqlite3.sqlite_version_info if version is None else version
    missing = []
    if tuple(version) < MINIMUM_SQLITE:
        missing.append(f"version {version_text(MINIMUM_SQLITE)} or newer")
    connection = connect() if connect is not None else sqlite3.connect(":memory:")
    try:
        for feature, statement in PROBES.items():
            try:
                connection.execute(statement)
            except sqlite3.Error:
                missing.append(feature)
    finally:
        connection.close()
    return missing


def require_sqlite_features() -> None:
    """Raise :class:`StorageError` naming what is missing when this SQLite cannot hold our database (checked once)."""
    global _checked
    if _checked:
        return
    missing = missing_sqlite_features()
    if missing:
        raise StorageError(
            "the SQLite library of this Python ({version}) cannot hold an Equipment Desk database: it lacks {missing}. "
            "Use the program's own build, or a Python 3.11 or newer whose SQLite is {minimum} or newer with FTS5",
            version=sqlite3.sqlite_version,
            missing=", ".join(missing),
            minimum=version_text(MINIMUM_SQLITE),
        )
    _checked = True
