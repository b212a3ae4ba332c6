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
from equipment_desk.store.migrations import MIGRATIONS, loosen_table_check

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["KINDS", "bundle_form", "file_sha256", "issued_prints", "keep_incoming_prints", "received_print", "record_issued_print"]

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


JOURNALED_TRIGGER = """CREATE TRIGGER issued_print_journaled BEFORE INSERT ON issued_print
    WHEN NOT EXISTS (SELECT 1 FROM act_log WHERE act_uuid = (SELECT uuid FROM act WHERE id = NEW.act_id) AND event = 'print'
                     AND json_extract(body, '$.print.uuid') = NEW.uuid)
    BEGIN SELECT RAISE(ABORT, 'a print is recorded as issued only after the journal of sealed acts records it'); END"""
"""``verify`` accepts a file whose SHA-256 is recorded: a record no journal entry vouches for is refused."""


def journal_existing_prints(db: sqlite_utils.Database) -> None:
    """Entries for the prints recorded before the journal held them, in the order they were recorded."""
    from equipment_desk.store.acts import journal

    rows = db.execute(
        f"SELECT p.{', p.'.join(journal.PRINT_COLUMNS)}, a.uuid FROM issued_print p JOIN act a ON a.id = p.act_id "
        "WHERE NOT EXISTS (SELECT 1 FROM act_log l WHERE l.act_uuid = a.uuid AND l.event = 'print' "
        "AND json_extract(l.body, '$.print.uuid') = p.uuid) ORDER BY p.id").fetchall()
    for row in rows:
        journal.record_print(db, row[-1], dict(zip(journal.PRINT_COLUMNS, row[:-1])), received=False)


@MIGRATIONS(name="0011_issued_prints_journaled")
def m0011_issued_prints_journaled(db: sqlite_utils.Database) -> None:
    """Every print recorded as issued gets an entry in the journal of sealed acts, and none is recorded without
    one (:data:`JOURNALED_TRIGGER`): a plain ``INSERT`` of a forged file's SHA-256 made ``verify`` accept it.
    A print's entry names no scan, so the signed scan now follows the act's last signature or scan entry, not its
    last entry (:data:`~equipment_desk.store.acts.journal.SCAN_ONLY_AS_JOURNALED`)."""
    from equipment_desk.store.acts.journal import EVENTS_CHECK, OLD_EVENTS_CHECK, scan_only_as_journaled

    if OLD_EVENTS_CHECK in db.execute("SELECT sql FROM sqlite_master WHERE name = 'act_log'").fetchone()[0]:
        loosen_table_check(db, "act_log", OLD_EVENTS_CHECK, EVENTS_CHECK)
    journal_existing_prints(db)
    db.execute(JOURNALED_TRIGGER)
    scan_only_as_journaled(db)


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
        for act_id in ids:  # one act at a time: no limit on how many acts a collection holds
            added += _keep(db, act_id, {"uuid": str(uuid.uuid4()), "sha256": sha256, "size": size, "kind": kind,
                                        "languages": _languages_text(languages), "copies": int(copies),
                                        "issued_at": now, "issued_by": user}, received=False)
    return added


def _keep(db: sqlite_utils.Database, act_id: int, values: dict, *, received: bool) -> int:
    """Record one print of a finalized act, its journal entry first; 0 for a draft or a print already kept
    (the same UUID, or the same file for the same act).  The caller holds the transaction."""
    from equipment_desk.store.acts import journal

    act = db.execute("SELECT uuid, status FROM act WHERE id = ?", [act_id]).fetchone()
    if act is None or act[1] == "draft" or db.execute(
            "SELECT 1 FROM issued_print WHERE uuid = ? OR (act_id = ? AND sha256 = ?)",
            [values["uuid"], act_id, values["sha256"]]).fetchone():
        return 0
    row = {**values, "act_id": act_id}
    journal.record_print(db, act[0], row, received=received)
    db.execute(f"INSERT INTO issued_print ({', '.join(journal.PRINT_COLUMNS)}) VALUES ({', '.join('?' * len(journal.PRINT_COLUMNS))})",
               [row[column] for column in journal.PRINT_COLUMNS])
    return 1


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


def received_print(*, db: sqlite_utils.Database, print_uuid: str, act_id: int) -> bool:
    """Whether a bundle brought the record of this print (its journal entry says so): this laptop did not issue it."""
    row = db.execute("SELECT json_extract(l.body, '$.received') FROM act_log l WHERE l.act_uuid = (SELECT uuid FROM act WHERE id = ?) "
                     "AND l.event = 'print' AND json_extract(l.body, '$.print.uuid') = ?", [act_id, print_uuid]).fetchone()
    return bool(row and row[0])


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
        added += _keep(db, act_id, {column: entry.get(column, default) for column, default in
                                    (("uuid", None), ("sha256", None), ("size", None), ("kind", None), ("languages", ""),
                                     ("copies", 1), ("issued_at", None), ("issued_by", None))}, received=True)
    return added
