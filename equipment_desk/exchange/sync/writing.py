"""Writing a bundle: the database's records (all, or what changed since the last bundle for an office, with
everything they refer to) into the zip file (:func:`export_bundle`)."""

from __future__ import annotations

import hashlib
import json
import uuid as uuid_module
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk import __version__
from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.files import atomic_output, check_output_path
from equipment_desk.exchange.progress import CancelFlag, ProgressCallback, Ticker
from equipment_desk.exchange.sync.bundle import ATTACHMENT_DIR, FORMAT, MANIFEST, RECORDS, SENT_KEY, TABLES, BundleInfo
from equipment_desk.store import prints as store_prints
from equipment_desk.store import settings as settings_store
from equipment_desk.store.acts.incoming import (
    LINE_COLUMNS,
)
from equipment_desk.store.acts.journal import scan_history
from equipment_desk.store.audit import record_change
from equipment_desk.store.database import database_file, utc_now, write_transaction
from equipment_desk.store.migrations import known_migration_names

# --- reading the database into bundle records --------------------------------------------------

def _columns(db: sqlite_utils.Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()]


def _uuid_maps(db: sqlite_utils.Database) -> dict[str, dict[int, str]]:
    return {table: dict(db.execute(f"SELECT id, uuid FROM {table}").fetchall()) for table in TABLES}


def _fetch(db: sqlite_utils.Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _to_record(db: sqlite_utils.Database, table: str, row: dict[str, Any], uuids: dict[str, dict[int, str]]) -> dict[str, Any]:
    refs = TABLES[table][1]
    record = {}
    for column, value in row.items():
        if column == "id" or (table == "attachment" and column == "data"):
            continue
        if column in refs:
            target, key = refs[column]
            record[key] = uuids[target].get(value) if value is not None else None
        else:
            record[column] = value
    if table == "programme":
        record["donors"] = [u for (u,) in db.execute(
            "SELECT d.uuid FROM programme_donor pd JOIN donor d ON d.id = pd.donor_id WHERE pd.programme_id = ? ORDER BY pd.position, d.id",
            [row["id"]])]
    if table == "act":
        record["issued_prints"] = store_prints.bundle_form(db=db, act_id=row["id"])
        record["scans"] = scan_history(db, row["uuid"])  # its signed scans in order, each replacement with its reason
        record["lines"] = [
            {**{c: line[c] for c in LINE_COLUMNS}, "item_uuid": uuids["item"].get(line["item_id"])}
            for line in _fetch(db, "SELECT * FROM act_line WHERE act_id = ? ORDER BY line_no", [row["id"]])
        ]
    return record


def digest(record: dict[str, Any]) -> str:
    """A digest of a record's content (what a tie between equal ``updated_at`` is decided by)."""
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


def _select_changed(db: sqlite_utils.Database, since: str | None) -> dict[str, set[int]]:
    """Row ids per table changed at or after ``since`` (everything when None), with what they refer to."""
    chosen: dict[str, set[int]] = {t: set() for t in TABLES}
    for table in TABLES:
        stamp = "added_at" if table == "attachment" else "updated_at"
        if since is None:
            rows = db.execute(f"SELECT id FROM {table}").fetchall()
        else:
            rows = db.execute(f"SELECT id FROM {table} WHERE {stamp} >= ?", [since]).fetchall()
        chosen[table].update(r[0] for r in rows)
    if since is not None:
        # attachments of changed acts (the signed scan arrives with the signing) and their owners
        # acts printed since (a print is recorded without changing its act)
        chosen["act"].update(r[0] for r in db.execute("SELECT DISTINCT act_id FROM issued_print WHERE issued_at >= ?",
                                                      [since]))
        for act_id in list(chosen["act"]):
            chosen["attachment"].update(r[0] for r in db.execute("SELECT id FROM attachment WHERE act_id = ?", [act_id]))
        _close_references(db, chosen)
    return chosen


def _close_references(db: sqlite_utils.Database, chosen: dict[str, set[int]]) -> None:
    def add(table: str, ids: Iterable[int | None]) -> None:
        chosen[table].update(i for i in ids if i is not None)

    for att in list(chosen["attachment"]):
        row = db.execute("SELECT act_id, item_id FROM attachment WHERE id = ?", [att]).fetchone()
        add("act", [row[0]])
        add("item", [row[1]])
    for act_id in list(chosen["act"]):
        row = db.execute("SELECT recipient_institution_id, recipient_signatory_id, programme_id, signed_scan_id FROM act WHERE id = ?", [act_id]).fetchone()
        add("institution", [row[0]])
        add("signatory", [row[1]])
        add("programme", [row[2]])
        add("attachment", [row[3]])
        add("item", [r[0] for r in db.execute("SELECT item_id FROM act_line WHERE act_id = ?", [act_id])])
    for item_id in list(chosen["item"]):
        add("programme", [db.execute("SELECT programme_id FROM item WHERE id = ?", [item_id]).fetchone()[0]])
    for sig in list(chosen["signatory"]):
        add("institution", [db.execute("SELECT institution_id FROM signatory WHERE id = ?", [sig]).fetchone()[0]])
    for prog in list(chosen["programme"]):
        add("donor", [r[0] for r in db.execute("SELECT donor_id FROM programme_donor WHERE programme_id = ?", [prog])])


def last_sent(*, db: sqlite_utils.Database, office: str) -> str | None:
    """When the last bundle for ``office`` was written (the start of that export), or None."""
    row = db.execute("SELECT value FROM setting WHERE key = ?", [SENT_KEY.format(office=office.upper())]).fetchone()
    return json.loads(row[0])["since"] if row else None


def export_bundle(
    *,
    db: sqlite_utils.Database,
    path: str | Path,
    office: str | None = None,
    full: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag = None,
) -> BundleInfo:
    """Write a bundle: everything, or (with ``office``) what changed since the last bundle for that office."""
    path = Path(path)
    if path.suffix.lower() != ".zip":
        raise InputError(Problem("a bundle file name must end in .zip", field="file", value=str(path)))
    check_output_path(path, protected=[database_file(db)], what="bundle.zip")
    to_office = office.strip().upper() if office else None
    started = utc_now()
    since = None if (full or not to_office) else last_sent(db=db, office=to_office)
    sender = settings_store.get_setting(db=db, key="office_code")
    uuids = _uuid_maps(db)
    chosen = _select_changed(db, since)
    sections: dict[str, list[dict[str, Any]]] = {}
    total = sum(len(ids) for ids in chosen.values())
    ticker = Ticker(progress, cancel, total, step=100)
    done = 0
    attachment_ids: list[tuple[str, int]] = []
    for table, (section, _refs) in TABLES.items():
        out = []
        for record_id in sorted(chosen[table]):
            ticker.tick(done)
            done += 1
            row = _fetch(db, f"SELECT * FROM {table} WHERE id = ?", [record_id])[0]
            record = _to_record(db, table, row, uuids)
            out.append(record)
            if table == "attachment":
                attachment_ids.append((record["uuid"], record_id))
        sections[section] = out
    records_bytes = json.dumps({"format": FORMAT, **sections}, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    bundle_id = str(uuid_module.uuid4())
    parts = {RECORDS: {"sha256": hashlib.sha256(records_bytes).hexdigest(), "size": len(records_bytes)}}
    with atomic_output(path, protected=[database_file(db)], what="bundle.zip") as temporary:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(RECORDS, records_bytes)
            for att_uuid, att_id in attachment_ids:
                data = bytes(db.execute("SELECT data FROM attachment WHERE id = ?", [att_id]).fetchone()[0])
                name = f"{ATTACHMENT_DIR}{att_uuid}"
                archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
                parts[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            manifest = {
                "format": FORMAT,
                "bundle_id": bundle_id,
                "office_code": sender,
                "to_office": to_office,
                "since": since,
                "created_at": started,
                "app_version": __version__,
                "migrations": known_migration_names(),
                "counts": {section: len(records) for section, records in sections.items()},
                "parts": parts,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1))
    if to_office:
        with write_transaction(db):
            db.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       [SENT_KEY.format(office=to_office), json.dumps({"since": started, "bundle": bundle_id})])
            record_change(db, action="sync_export", table="setting", record_uuid=None,
                          changes={"bundle": bundle_id, "to_office": to_office, "since": since, "file": path.name})
    ticker.finish()
    return BundleInfo(path=path, bundle_id=bundle_id, office=sender, to_office=to_office, since=since,
                      counts={s: len(r) for s, r in sections.items()}, attachments=len(attachment_ids))
