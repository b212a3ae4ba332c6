"""The database's own guards: every table, index, view and trigger the migrations create, exactly as they create it.

The store defends itself with CHECK constraints (part of each table's
definition) and triggers.  Someone with ``sqlite3`` can drop or rewrite
them; :func:`guard_problems` compares the schema of a database with the one
the migrations make in a fresh database and names what is missing, altered
or added.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sqlite_utils

from equipment_desk.core.errors import Problem

_KINDS = ("table", "index", "view", "trigger")


def _schema(db: sqlite_utils.Database) -> dict[tuple[str, str], str]:
    rows = db.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'").fetchall()
    return {(kind, name): _normal(sql) for kind, name, sql in rows if kind in _KINDS}


def _normal(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


@lru_cache(maxsize=1)
def expected_schema() -> tuple[tuple[tuple[str, str], str], ...]:
    """What the migrations create, read from a fresh database in memory (once per run)."""
    from equipment_desk.store.database import open_database

    fresh = open_database(memory=True)
    try:
        return tuple(sorted(_schema(fresh).items()))
    finally:
        fresh.close()


def guard_problems(*, db: sqlite_utils.Database) -> list[Problem]:
    """Every table, index, view and trigger that is missing, defined otherwise than the migrations define it, or not ours."""
    expected = dict(expected_schema())
    present = _schema(db)
    problems = []
    for (kind, name), sql in sorted(expected.items()):
        if (kind, name) not in present:
            problems.append(Problem("the {kind} {name} is missing", params={"kind": kind, "name": name}))
        elif present[(kind, name)] != sql:
            problems.append(Problem("the {kind} {name} is not defined as the program defines it", params={"kind": kind, "name": name}))
    for kind, name in sorted(set(present) - set(expected)):
        problems.append(Problem("the {kind} {name} was not made by the program", params={"kind": kind, "name": name}))
    return problems
