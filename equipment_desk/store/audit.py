"""The audit log: who changed which record, when, and what changed.

Rows are written inside the same transaction as the change they describe,
and triggers make the table append-only.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from equipment_desk.store.context import current_user
from equipment_desk.store.database import utc_now


def record_change(
    db: sqlite_utils.Database,
    *,
    action: str,
    table: str,
    record_uuid: str | None,
    record_id: int | None = None,
    changes: dict[str, Any] | None = None,
    user: str | None = None,
) -> None:
    """Append one entry; ``changes`` maps a field to ``[old, new]`` (or a plain value)."""
    db.execute(
        "INSERT INTO audit_log (at, user, action, table_name, record_uuid, record_id, changes) VALUES (?,?,?,?,?,?,?)",
        [
            utc_now(),
            user or current_user(),
            action,
            table,
            record_uuid,
            record_id,
            json.dumps(changes or {}, ensure_ascii=False, sort_keys=True, default=str),
        ],
    )


def record_changes(
    db: sqlite_utils.Database,
    *,
    action: str,
    table: str,
    entries: list[tuple[str | None, int | None, dict[str, Any]]],
    user: str | None = None,
) -> None:
    """Append one entry per ``(record_uuid, record_id, changes)`` in one statement (many records written at once)."""
    at, who = utc_now(), user or current_user()
    db.conn.executemany(
        "INSERT INTO audit_log (at, user, action, table_name, record_uuid, record_id, changes) VALUES (?,?,?,?,?,?,?)",
        [[at, who, action, table, uuid, record_id, json.dumps(changes or {}, ensure_ascii=False, sort_keys=True, default=str)]
         for uuid, record_id, changes in entries],
    )


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """The fields of ``new`` whose value differs from ``old``, as ``{field: [old, new]}``."""
    return {key: [old.get(key), value] for key, value in new.items() if old.get(key) != value}


def history(db: sqlite_utils.Database, *, table: str | None = None, record_uuid: str | None = None, limit: int = 500) -> list[dict]:
    """Latest entries first, optionally for one table or one record."""
    where, params = [], []
    if table:
        where.append("table_name = ?")
        params.append(table)
    if record_uuid:
        where.append("record_uuid = ?")
        params.append(record_uuid)
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    params.append(limit)
    rows = [dict(r) for r in db.query(sql, params)]
    for row in rows:
        row["changes"] = json.loads(row["changes"])
    return rows
