"""The prints the program issued: each act's PDF files, by SHA-256.

Whenever the program writes or prints an act's PDF — the ``certificate`` and
``certificates`` commands, the window's Save as PDF and Print — it records the
file's SHA-256 with the act (:func:`record_issued_print`).  ``verify FILE.pdf``
then accepts a file byte for byte identical to a print the program issued,
even after a change of the layout has made a fresh print differ.  The record
is append-only (triggers), travels in exchange bundles, and a draft is never
recorded (a draft is not evidence).

Migration ``0008_issued_prints`` creates the table.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from equipment_desk.core.errors import RefusedError
from equipment_desk.store.context import current_user
from equipment_desk.store.database import utc_now, write_transaction
from equipment_desk.store.migrations import MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["KINDS", "bundle_form", "file_sha256", "issued_prints", "keep_incoming_prints", "record_issued_print"]

KINDS = ("certificate", "collection")
"""What was printed: one act's certificate, or a collection of acts after a cover list."""

SCHEMA = [
    """CREATE TABLE issued_print (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
        act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE RESTRICT,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        size INTEGER NOT NULL CHECK (size > 0),
        kind TEXT NOT NULL CHECK (kind IN ('certificate', 'collection')),
        languages TEXT NOT NULL DEFAULT '' CHECK (length(languages) <= 20),
        copies INTEGER NOT NULL DEFAULT 1 CHECK (copies BETWEEN 1 AND 100),
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL CHECK (length(issued_by) <= 200),
        UNIQUE (act_id, sha256)
    ) STRICT""",
    "CREATE INDEX issued_print_sha256 ON issued_print (sha256)",
    """CREATE TRIGGER issued_print_not_of_a_draft BEFORE INSERT ON issued_print
        WHEN (SELECT status FROM act WHERE id = NEW.act_id) = 'draft'
        BEGIN SELECT RAISE(ABORT, 'a draft is not recorded as an issued print'); END""",
    """CREATE TRIGGER issued_print_append_only_update BEFORE UPDATE ON issued_print
        BEGIN SELECT RAISE(ABORT, 'the record of issued prints cannot be changed'); END""",
    """CREATE TRIGGER issued_print_append_only_delete BEFORE DELETE ON issued_print
        BEGIN SELECT RAISE(ABORT, 'the record of issued prints cannot be changed'); END""",
]


@MIGRATIONS(name="0008_issued_prints")
def m0008_issued_prints(db: sqlite_utils.Database) -> None:
    for statement in SCHEMA:
        db.execute(statement)


def file_sha256(source: bytes | str | os.PathLike) -> tuple[str, int]:
    """The SHA-256 (hex) and size of bytes or of a file (read in blocks)."""
    import hashlib  # (this module registers a migration, so it loads at every start; hashlib and uuid need not)

    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        return hashlib.sha256(data).hexdigest(), len(data)
    digest = hashlib.sha256()
    size = 0
    with Path(source).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _languages_text(languages: Iterable[str] | str | None) -> str:
    if languages is None:
        return ""
    if isinstance(languages, str):
        languages = languages.split(",")
    return ",".join(code.strip().lower() for code in languages if code.strip())


def record_issued_print(*, db: sqlite_utils.Database, act_ids: Iterable[int], source: bytes | str | os.PathLike,
                        kind: str = "certificate", languages: Iterable[str] | str | None = None,
                        copies: int = 1) -> int:
    """Record that the PDF ``source`` (its bytes or its file) was issued for ``act_ids``; one transaction.

    Drafts among ``act_ids`` are skipped; a print already recorded for an act
    is not recorded twice.  ``languages`` and ``copies`` are the options it was
    printed with (``None``: the act's own languages).  Returns the rows added.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind of print {kind!r}")
    import uuid

    sha256, size = file_sha256(source)
    ids = sorted(set(int(act_id) for act_id in act_ids))
    if not ids or not size:
        return 0
    added = 0
    with write_transaction(db):
        now, user = utc_now(), current_user()
        for act_id in ids:  # one statement per act: no limit on how many acts a collection holds
            cursor = db.execute(
                "INSERT OR IGNORE INTO issued_print (uuid, act_id, sha256, size, kind, languages, copies, issued_at, "
                "issued_by) SELECT ?, id, ?, ?, ?, ?, ?, ?, ? FROM act WHERE id = ? AND status <> 'draft'",
                [str(uuid.uuid4()), sha256, size, kind, _languages_text(languages), int(copies), now, user,
                 act_id])
            added += cursor.rowcount
    return added


def issued_prints(*, db: sqlite_utils.Database, sha256: str | None = None, act_id: int | None = None) -> list[dict]:
    """The recorded prints with this SHA-256 and/or of this act, oldest first."""
    where, params = [], []
    if sha256 is not None:
        where.append("sha256 = ?")
        params.append(sha256.lower())
    if act_id is not None:
        where.append("act_id = ?")
        params.append(act_id)
    sql = "SELECT * FROM issued_print" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


BUNDLE_COLUMNS = ("uuid", "sha256", "size", "kind", "languages", "copies", "issued_at", "issued_by")
"""What a bundle carries of each issued print, inside its act's record."""
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def bundle_form(*, db: sqlite_utils.Database, act_id: int) -> list[dict]:
    """The prints issued for an act, as a bundle carries them (oldest first)."""
    return [{column: row[column] for column in BUNDLE_COLUMNS} for row in issued_prints(db=db, act_id=act_id)]


def keep_incoming_prints(*, db: sqlite_utils.Database, act_id: int, prints: object) -> int:
    """Keep the issued prints a bundle carries for the act ``act_id`` here; returns how many were new.

    Called inside the bundle's transaction.  A malformed entry refuses the act
    (:class:`RefusedError`); a print already kept (same UUID, or the same file
    for the same act) is left alone.
    """
    if prints is None:
        return 0
    if not isinstance(prints, list):
        raise RefusedError("its record of issued prints is not a list")
    added = 0
    for entry in prints:
        if not (isinstance(entry, dict) and isinstance(entry.get("uuid"), str) and _UUID.match(entry["uuid"])
                and isinstance(entry.get("sha256"), str) and _SHA256.match(entry["sha256"])
                and isinstance(entry.get("size"), int) and not isinstance(entry.get("size"), bool)
                and entry["size"] > 0 and entry.get("kind") in KINDS
                and isinstance(entry.get("languages", ""), str) and len(entry.get("languages", "")) <= 20
                and isinstance(entry.get("copies", 1), int) and 1 <= entry.get("copies", 1) <= 100
                and isinstance(entry.get("issued_at"), str) and isinstance(entry.get("issued_by"), str)
                and len(entry["issued_by"]) <= 200):
            raise RefusedError("an entry of its record of issued prints is malformed")
        cursor = db.execute(
            "INSERT INTO issued_print (uuid, act_id, sha256, size, kind, languages, copies, issued_at, issued_by) "
            "SELECT ?,?,?,?,?,?,?,?,? WHERE NOT EXISTS (SELECT 1 FROM issued_print WHERE uuid = ? "
            "OR (act_id = ? AND sha256 = ?))",
            [entry["uuid"], act_id, entry["sha256"], entry["size"], entry["kind"], entry.get("languages", ""),
             entry.get("copies", 1), entry["issued_at"], entry["issued_by"], entry["uuid"], act_id, entry["sha256"]])
        added += cursor.rowcount
    return added
