"""Files kept with an act or an item: signed scans, photos, warranties."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import InputError, NotFoundError, Problem
from equipment_desk.core.hashing import sha256_hex
from equipment_desk.core.scans import check_scan
from equipment_desk.store.acts.rows import fetch_rows
from equipment_desk.store.audit import record_change
from equipment_desk.store.changes import changes
from equipment_desk.store.context import current_user
from equipment_desk.store.database import utc_now, write_transaction
from equipment_desk.store.records import new_uuid

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
ATTACHMENT_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}



def read_scan(path: str | Path) -> tuple[str, bytes]:
    path = Path(path)
    if not path.is_file():
        raise InputError(Problem("the file does not exist", field="scan", value=str(path)))
    if path.suffix.lower() not in ATTACHMENT_TYPES:
        raise InputError(Problem("must be a PDF, JPG or PNG file", field="scan", value=path.name))
    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise InputError(Problem("is too large ({size} MB); at most 50 MB", params={"size": size // (1024 * 1024)}, field="scan", value=path.name))
    data = path.read_bytes()
    _check_file_type(path.name, data)
    return path.name, data


def _check_file_type(filename: str, data: bytes) -> None:
    """The whole file must be what its name says (see :mod:`equipment_desk.core.scans`): a scan is evidence."""
    check_scan(data, filename)


def insert_attachment(db: sqlite_utils.Database, *, act_id: int | None, item_id: int | None, kind: str, filename: str, data: bytes, user: str,
                       uuid: str | None = None) -> int:
    suffix = Path(filename).suffix.lower()
    mime = ATTACHMENT_TYPES.get(suffix) or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    cursor = db.execute(
        """INSERT INTO attachment (uuid, act_id, item_id, kind, filename, mime_type, size, sha256, data, added_by, added_at)
           VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
        [uuid or new_uuid(), act_id, item_id, kind, Path(filename).name, mime, len(data), sha256_hex(data), data, user, utc_now()],
    )
    return int(cursor.lastrowid)


@changes("attachments")
def add_attachment(
    *, db: sqlite_utils.Database, path: str | Path, act_id: int | None = None, item_id: int | None = None,
    kind: str = "photo", user: str | None = None,
) -> int:
    """Keep a photo, warranty or other file with an act or an item."""
    if (act_id is None) == (item_id is None):
        raise InputError(Problem("an attachment belongs to exactly one act or one item", field="attachment"))
    if kind not in ("photo", "warranty", "other"):
        raise InputError(Problem("must be photo, warranty or other", field="kind", value=kind))
    filename, data = read_scan(path)
    user = user or current_user()
    with write_transaction(db):
        attachment_id = insert_attachment(db, act_id=act_id, item_id=item_id, kind=kind, filename=filename, data=data, user=user)
        record_change(db, action="attach", table="act" if act_id else "item", record_uuid=None, record_id=act_id or item_id,
                      changes={"filename": filename, "kind": kind}, user=user)
    return attachment_id


def list_attachments(*, db: sqlite_utils.Database, act_id: int | None = None, item_id: int | None = None) -> list[dict[str, Any]]:
    column, value = ("act_id", act_id) if act_id is not None else ("item_id", item_id)
    return fetch_rows(db, f"SELECT id, uuid, kind, filename, mime_type, size, sha256, added_by, added_at FROM attachment WHERE {column} = ? ORDER BY id", [value])


def attachment_data(*, db: sqlite_utils.Database, attachment_id: int) -> tuple[str, bytes]:
    row = db.execute("SELECT filename, data FROM attachment WHERE id = ?", [attachment_id]).fetchone()
    if row is None:
        raise NotFoundError("no attachment with id {id}", id=attachment_id)
    return row[0], bytes(row[1])


def same_attachment(*, db: sqlite_utils.Database, act_id: int | None, item_id: int | None, kind: str | None, sha256: str | None) -> int | None:
    """An attachment held for the same act or item, of the same kind and with the same bytes (any UUID)."""
    if act_id is None and item_id is None:
        return None
    column, owner = ("act_id", act_id) if act_id is not None else ("item_id", item_id)
    row = db.execute(f"SELECT id FROM attachment WHERE {column} = ? AND kind = ? AND sha256 = ? ORDER BY id LIMIT 1",
                     [owner, kind, sha256]).fetchone()
    return int(row[0]) if row else None


def store_attachment_row(*, db: sqlite_utils.Database, values: dict[str, Any], data: bytes) -> int:
    """Write an attachment row with the given column values (those this database has) and bytes."""
    columns = [row[1] for row in db.execute("PRAGMA table_info(attachment)").fetchall() if row[1] not in ("id", "data")]
    names = [c for c in columns if c in values] + ["data"]
    row = {**{c: values[c] for c in names[:-1]}, "data": data}
    cursor = db.execute(f"INSERT INTO attachment ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})", [row[n] for n in names])
    return int(cursor.lastrowid)
