"""Editing a register as someone with ``sqlite3`` and this program's source could: triggers dropped and put back,
the journal of sealed acts written again with every hash recomputed."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import sqlite_utils

from equipment_desk.core.hashing import GENESIS_HASH
from equipment_desk.store.acts import journal


def without_triggers(db: sqlite_utils.Database, change: Callable[[], None]) -> None:
    """``change()`` with every guard dropped; the search indexes' triggers stay, keeping them in step with the rows,
    as a careful forger would (``check`` compares each index with its records)."""
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE '%\\_fts\\_%' ESCAPE '\\'").fetchall()
    for name, _sql in triggers:
        db.execute(f"DROP TRIGGER {name}")
    change()
    for _name, sql in triggers:
        db.execute(sql)


def rewrite_journal(db: sqlite_utils.Database, edit: Callable[[str, str, dict[str, Any]], None]) -> None:
    """Every entry of the journal written again after ``edit(act_uuid, event, body)`` changed its body in place, each
    hash recomputed as the program computes it, the head moved to the last; call it inside :func:`without_triggers`."""
    entries = db.execute("SELECT pos, act_uuid, event, body FROM act_log ORDER BY pos").fetchall()
    db.execute("DELETE FROM act_log")
    previous, last = GENESIS_HASH, (0, None)
    for pos, act_uuid, event, body in entries:
        value = json.loads(body)
        edit(act_uuid, event, value)
        text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        digest = journal.entry_hash(pos=pos, act_uuid=act_uuid, event=event, body=text, previous_hash=previous)
        db.execute("INSERT INTO act_log (pos, act_uuid, event, body, previous_hash, hash) VALUES (?,?,?,?,?,?)",
                   [pos, act_uuid, event, text, previous, digest])
        previous, last = digest, (pos, act_uuid)
    db.execute("UPDATE act_log_head SET pos = ?, hash = ?, act_uuid = ? WHERE id = 1", [last[0], previous, last[1]])
