"""Merging a checked bundle by UUID in one transaction, whole or not at all (:func:`import_bundle`,
:func:`preview_bundle`); sealed acts are applied by the store's own lifecycle function."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import DeskError, InputError
from equipment_desk.exchange.progress import CancelFlag, ProgressCallback, Ticker
from equipment_desk.exchange.sync.bundle import REFERENCE_TABLES, TABLES, Change, Message, SyncReport
from equipment_desk.exchange.sync.reading import Bundle, read_bundle
from equipment_desk.exchange.sync.writing import _columns, _fetch, _to_record, digest
from equipment_desk.store import prints as store_prints
from equipment_desk.store import records as records_store
from equipment_desk.store.acts.attachments import same_attachment
from equipment_desk.store.acts.incoming import (
    FINAL_COLUMNS,
    LINE_COLUMNS,
    SIGNED_COLUMNS,
    VOID_COLUMNS,
    IncomingAct,
    IncomingAttachment,
    apply_incoming_act,
    keep_incoming_attachment,
)
from equipment_desk.store.audit import record_change
from equipment_desk.store.database import failed_constraint, write_transaction

log = logging.getLogger(__name__)

# --- merging -------------------------------------------------------------------------------------

class _Rollback(Exception):  # noqa: N818 - control flow for a dry run
    pass


class _Refused(Exception):  # noqa: N818 - one record left out, reported
    """One record is left out; ``message`` is an English template (collected for translation), ``params`` its values."""

    def __init__(self, message: str, **params: Any) -> None:
        self.why = Message(message, params)
        super().__init__(self.why.text())


def preview_bundle(*, db: sqlite_utils.Database, path: str | Path) -> SyncReport:
    """What importing the bundle would add, update and refuse; nothing is written."""
    return import_bundle(db=db, path=path, dry_run=True)


def import_bundle(
    *,
    db: sqlite_utils.Database,
    path: str | Path,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag = None,
    user: str | None = None,
    before_commit: Callable[[SyncReport], None] | None = None,
) -> SyncReport:
    """Merge a bundle in one transaction (or, with ``dry_run``, report what it would do and write nothing).

    A bundle is merged whole or not at all: when any record is refused, nothing
    is written and the report (``applied`` false) lists every refusal.
    """
    bundle = read_bundle(path)
    manifest = bundle.manifest
    report = SyncReport(source=bundle.source, from_office=manifest["office_code"], bundle_id=manifest["bundle_id"],
                        created_at=manifest["created_at"])
    try:
        with write_transaction(db):
            _Merger(db, bundle, report, progress, cancel, user).run()
            if dry_run or report.refused:
                raise _Rollback()
            record_change(db, action="sync_import", table="setting", record_uuid=None, user=user,
                          changes={"bundle": report.bundle_id, "from_office": report.from_office, "file": bundle.source,
                                   "summary": report.summary()})
            if before_commit is not None:
                before_commit(report)
    except _Rollback:
        return report
    report.applied = True
    log.info("merged bundle %s from %s: %s", bundle.source, report.from_office, report.summary())
    return report


class _Merger:
    def __init__(self, db: sqlite_utils.Database, bundle: Bundle, report: SyncReport, progress: ProgressCallback | None,
                 cancel: CancelFlag, user: str | None) -> None:
        self.db = db
        self.bundle = bundle
        self.report = report
        self.user = user
        self.records = bundle.records
        total = sum(len(self.records.get(section, [])) for section, _ in TABLES.values())
        self.ticker = Ticker(progress, cancel, total, step=50)
        self.done = 0
        self.columns = {table: _columns(db, table) for table in TABLES}
        self.left_out: dict[str, set[str]] = {table: set() for table in TABLES}
        self.write_offs: list[tuple[int, dict[str, Any]]] = []
        self.attachments = {a["uuid"]: a for a in self.records.get("attachments", [])}
        self.inserted: set[str] = set()

    # helpers
    def tick(self) -> None:
        self.ticker.tick(self.done)
        self.done += 1

    def local_id(self, table: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        row = self.db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [uuid]).fetchone()
        return int(row[0]) if row else None

    def local_record(self, table: str, record_id: int) -> dict[str, Any]:
        row = _fetch(self.db, f"SELECT * FROM {table} WHERE id = ?", [record_id])[0]
        return _to_record(self.db, table, row, _LazyUuids(self.db))

    def change(self, table: str, record: dict[str, Any], action: str, *why: Message) -> None:
        self.report.changes.append(Change(table, record["uuid"], _label(table, record), action, why, _label_message(table, record)))

    def refuse(self, table: str, record: dict[str, Any], why: Message) -> None:
        self.left_out[table].add(record["uuid"])
        self.change(table, record, "refuse", why)

    def values_for(self, table: str, record: dict[str, Any]) -> dict[str, Any]:
        """Column values for this database, references turned back into local ids."""
        refs = TABLES[table][1]
        values: dict[str, Any] = {}
        for column in self.columns[table]:
            if column == "id" or (table == "attachment" and column == "data"):
                continue
            if column in refs:
                target, key = refs[column]
                ref = record.get(key)
                if ref is None:
                    values[column] = None
                    continue
                if ref in self.left_out[target]:
                    raise _Refused("the {kind} it refers to was left out", kind=target)
                local = self.local_id(target, ref)
                if local is None and not (table == "act" and column == "signed_scan_id"):
                    raise _Refused("the {kind} it refers to is neither here nor in the bundle", kind=target)
                values[column] = local
            elif column in record:
                values[column] = record[column]
        return values

    def audit(self, action: str, table: str, uuid: str, record_id: int | None) -> None:
        record_change(self.db, action=action, table=table, record_uuid=uuid, record_id=record_id, user=self.user,
                      changes={"bundle": self.report.bundle_id, "from_office": self.report.from_office})

    def savepoint(self):
        return self.db.atomic()

    # the merge
    def run(self) -> None:
        for table in REFERENCE_TABLES:
            for record in self.records.get(TABLES[table][0], []):
                self.tick()
                self.merge_reference(table, record)
        acts = sorted(self.records.get("acts", []), key=_act_order)
        for record in acts:
            self.tick()
            self.merge_act(record)
        for record in self.records.get("attachments", []):
            self.tick()
            self.merge_attachment(record)
        for item_id, values in self.write_offs:
            records_store.set_written_off(db=self.db, item_id=item_id, written_off=values["written_off"],
                                          reason=values.get("written_off_reason", ""))
        self.ticker.finish()

    def merge_reference(self, table: str, record: dict[str, Any]) -> None:
        local_id = self.local_id(table, record["uuid"])
        try:
            with self.savepoint():
                if local_id is None:
                    values = self.values_for(table, record)
                    self.check_unique(table, values, None)
                    deferred = self.defer_write_off(table, values, None)
                    new_id = records_store.put_incoming(db=self.db, kind=records_store.KINDS[table], values=values)
                    self.after_write(table, record, new_id, deferred)
                    self.audit("sync_add", table, record["uuid"], new_id)
                    self.change(table, record, "add")
                    return
                local = self.local_record(table, local_id)
                incoming, held = _written(table, record, local, self.columns[table])
                if incoming == held or not _newer(incoming, held):
                    self.report.unchanged += 1
                    return
                values = self.values_for(table, record)
                values.pop("uuid", None)
                values.pop("created_at", None)
                self.check_unique(table, values, local_id)
                deferred = self.defer_write_off(table, values, local_id)
                records_store.put_incoming(db=self.db, kind=records_store.KINDS[table], values=values, record_id=local_id)
                self.after_write(table, record, local_id, deferred)
                self.audit("sync_update", table, record["uuid"], local_id)
                self.change(table, record, "update")
        except _Refused as refused:
            self.refuse(table, record, refused.why)
        except (sqlite3.IntegrityError, DeskError) as error:
            self.refuse(table, record, _reason(error))

    def check_unique(self, table: str, values: dict[str, Any], local_id: int | None) -> None:
        checks = {"item": ("serial_number", "inventory_number"), "programme": ("code",)}.get(table, ())
        for column in checks:
            if values.get(column) is None:
                continue
            row = self.db.execute(f"SELECT uuid FROM {table} WHERE {column} = ? COLLATE NOCASE AND id IS NOT ?", [values[column], local_id]).fetchone()
            if row is not None:
                raise _Refused("conflict: another {kind} here ({uuid}) has the {field} {value}", kind=table, uuid=row[0], field=column,
                               value=values[column])

    def defer_write_off(self, table: str, values: dict[str, Any], local_id: int | None) -> dict[str, Any] | None:
        """Write-offs are applied after the acts, so an act finalized before the write-off still merges."""
        if table != "item" or "written_off" not in values:
            return None
        deferred = {"written_off": values["written_off"], "written_off_reason": values.get("written_off_reason", "")}
        if local_id is None:
            values["written_off"] = 0
        else:
            values["written_off"] = self.db.execute("SELECT written_off FROM item WHERE id = ?", [local_id]).fetchone()[0]
        values.pop("written_off_reason", None)
        return deferred

    def after_write(self, table: str, record: dict[str, Any], record_id: int, deferred: dict[str, Any] | None) -> None:
        if table == "programme":
            self.db.execute("DELETE FROM programme_donor WHERE programme_id = ?", [record_id])
            for position, donor_uuid in enumerate(dict.fromkeys(record.get("donors") or [])):
                donor_id = self.local_id("donor", donor_uuid)
                if donor_id is None:
                    raise _Refused("one of its donors is neither here nor in the bundle")
                self.db.execute("INSERT INTO programme_donor (programme_id, donor_id, position) VALUES (?,?,?)", [record_id, donor_id, position])
        if deferred is not None:
            self.write_offs.append((record_id, deferred))

    # acts
    def merge_act(self, record: dict[str, Any]) -> None:
        """Hand the act to the store's lifecycle (:func:`~equipment_desk.store.acts.incoming.apply_incoming_act`); report what it did."""
        try:
            with self.savepoint():
                replace = False
                if record["status"] == "draft":
                    local_id = self.local_id("act", record["uuid"])
                    if local_id is not None and self.db.execute("SELECT status FROM act WHERE id = ?", [local_id]).fetchone()[0] == "draft":
                        incoming, held = _written("act", self.draft_record(record), self.local_record("act", local_id), self.columns["act"])
                        replace = incoming != held and _newer(incoming, held)
                applied = apply_incoming_act(db=self.db, act=self.incoming_act(record), replace_draft=replace)
                self.inserted.update(applied.attachments_added)
                if record["status"] != "draft":
                    store_prints.keep_incoming_prints(db=self.db, act_id=applied.act_id,
                                                      prints=record.get("issued_prints"))
                if applied.action == "unchanged":
                    self.report.unchanged += 1
                    return
                self.audit("sync_add" if applied.action == "add" else "sync_update", "act", record["uuid"], applied.act_id)
                self.change("act", record, applied.action, *(Message(step) for step in applied.steps))
        except _Refused as refused:
            self.refuse("act", record, refused.why)
        except (sqlite3.IntegrityError, DeskError) as error:
            self.refuse("act", record, _reason(error))

    def incoming_act(self, record: dict[str, Any]) -> IncomingAct:
        """The bundle's act with its references turned into row ids here (a reference left out refuses it)."""
        values = self.values_for("act", {**record, "signed_scan_uuid": None})
        values.pop("signed_scan_id", None)
        lines = []
        for line in record["lines"]:
            if line["item_uuid"] in self.left_out["item"]:
                raise _Refused("an item on it was left out")
            item_id = self.local_id("item", line["item_uuid"])
            if item_id is None:
                raise _Refused("an item on it is neither here nor in the bundle")
            lines.append({**{c: line.get(c) for c in LINE_COLUMNS}, "item_id": item_id})
        scan_uuid = record.get("signed_scan_uuid")
        meta = self.attachments.get(scan_uuid) if scan_uuid else None
        history = record.get("scans")  # absent from a bundle written before scans travelled with their history
        files = {entry["uuid"]: self.incoming_attachment(self.attachments[entry["uuid"]])
                 for entry in history or [] if entry["uuid"] in self.attachments}
        return IncomingAct(values=values, lines=lines, scan_uuid=scan_uuid, scan=self.incoming_attachment(meta) if meta else None,
                           scans=history, scan_files=files)

    def incoming_attachment(self, meta: dict[str, Any]) -> IncomingAttachment:
        values = {c: meta.get(c) for c in self.columns["attachment"] if c not in ("id", "data", "act_id", "item_id")}
        return IncomingAttachment(values=values, read=lambda: self.bundle.attachment(meta["uuid"]))

    @staticmethod
    def draft_record(record: dict[str, Any]) -> dict[str, Any]:
        """The record as a draft here holds it (what the store writes for a draft)."""
        out = {**record, "signed_scan_uuid": None, "status": "draft"}
        for column in (*FINAL_COLUMNS, *SIGNED_COLUMNS, *VOID_COLUMNS):
            out[column] = None
        return out

    def merge_attachment(self, record: dict[str, Any]) -> None:
        if record["uuid"] in self.inserted:
            return  # a signed scan, added with its act
        if self.local_id("attachment", record["uuid"]) is not None:
            self.report.unchanged += 1
            return
        try:
            with self.savepoint():
                act_id = self.local_id("act", record.get("act_uuid"))
                item_id = self.local_id("item", record.get("item_uuid"))
                if record.get("act_uuid") in self.left_out["act"] or record.get("item_uuid") in self.left_out["item"]:
                    raise _Refused("the record it belongs to was left out")
                if (record.get("act_uuid") and act_id is None) or (record.get("item_uuid") and item_id is None):
                    raise _Refused("the record it belongs to is neither here nor in the bundle")
                if same_attachment(db=self.db, act_id=act_id, item_id=item_id, kind=record.get("kind"), sha256=record.get("sha256")) is not None:
                    self.report.unchanged += 1  # the same file, kept here under another UUID
                    return
                new_id = keep_incoming_attachment(db=self.db, attachment=self.incoming_attachment(record), act_id=act_id, item_id=item_id)
                self.audit("sync_add", "attachment", record["uuid"], new_id)
                self.change("attachment", record, "add")
        except _Refused as refused:
            self.refuse("attachment", record, refused.why)
        except (sqlite3.IntegrityError, DeskError) as error:
            self.refuse("attachment", record, _reason(error))


class _LazyUuids(dict):
    """id -> uuid lookups for one record, fetched on demand."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__()
        self.db = db

    def __missing__(self, table: str) -> dict[int, str]:
        db = self.db

        class _One(dict):
            def get(self, key, default=None):  # noqa: ANN001 - dict protocol
                row = db.execute(f"SELECT uuid FROM {table} WHERE id = ?", [key]).fetchone()
                return row[0] if row else default

        value = _One()
        self[table] = value
        return value


NOT_WRITTEN = ("id", "uuid", "created_at", "data")
"""Columns an update never writes: the row id, the UUID, when the record was first made, an attachment's bytes."""


def _written(table: str, incoming: dict[str, Any], local: dict[str, Any], columns: Iterable[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The parts of both versions that an update from ``incoming`` would write, in bundle form.

    Only columns this database has and the incoming record carries (a column
    it lacks is left alone by an update, so it is not compared); references
    as UUIDs; a programme's donors and an act's lines included.
    """
    refs = TABLES[table][1]
    keys = []
    for column in columns:
        if column in NOT_WRITTEN:
            continue
        if column in refs:
            keys.append(refs[column][1])
        elif column in incoming:
            keys.append(column)
    if table == "programme":
        keys.append("donors")
    if table == "act":
        keys.append("lines")

    def project(record: dict[str, Any]) -> dict[str, Any]:
        out = {key: record.get(key) for key in keys}
        if table == "programme":
            out["donors"] = list(dict.fromkeys(record.get("donors") or []))
        if table == "act":
            out["lines"] = [{c: line.get(c) for c in (*LINE_COLUMNS, "item_uuid")}
                            for line in sorted(record.get("lines") or [], key=lambda line: line.get("line_no") or 0)]
        return out

    return project(incoming), project(local)


def _newer(incoming: dict[str, Any], local: dict[str, Any]) -> bool:
    """True when the incoming version wins: later ``updated_at``, ties broken by a digest.

    Both arguments are what :func:`_written` gives — only what an update
    writes — so a tie is decided the same way on every laptop and an update
    leaves the two versions equal (the next merge finds nothing to do).
    """
    stamp_in, stamp_local = incoming.get("updated_at") or "", local.get("updated_at") or ""
    if stamp_in != stamp_local:
        return stamp_in > stamp_local
    return digest(incoming) > digest(local)


def _act_order(record: dict[str, Any]) -> tuple:
    final = record["status"] != "draft"
    return (0 if final else 1, record.get("finalized_at") or "", record.get("office_code") or "", record.get("chain_pos") or 0, record["uuid"])


def _label_message(table: str, record: dict[str, Any]) -> Message | None:
    """A draft act has no number: it is named by its date, in words the window translates."""
    if table != "act" or record.get("number"):
        return None
    if record.get("act_date"):
        return Message("draft of {date}", {"date": record["act_date"]})
    return Message("draft with no date")


def _label(table: str, record: dict[str, Any]) -> str:
    if table == "act":
        message = _label_message(table, record)
        return message.text() if message is not None else str(record.get("number"))
    if table == "item":
        serial = record.get("serial_number")
        return f"{record.get('name')}" + (f" ({serial})" if serial else "")
    if table == "programme":
        return str(record.get("code"))
    if table == "signatory":
        return str(record.get("full_name"))
    if table == "attachment":
        return str(record.get("filename"))
    return str(record.get("name_en"))


def _reason(error: Exception) -> Message:
    """What the database (or one of our checks) said, as a message the window can translate.

    SQLite names the constraint that failed; a trigger's own words (``RAISE(ABORT, '…')``
    in the store's schema) are themselves the template.
    """
    if isinstance(error, InputError) and error.problems:
        problem = error.problems[0]
        return Message(problem.message, dict(problem.params))
    if isinstance(error, DeskError):
        return Message(error.message, dict(error.params))
    constraint, table, what = failed_constraint(str(error))
    if constraint == "UNIQUE":
        return Message("conflict: another {kind} here already has this {field}", {"kind": table, "field": what})
    if constraint == "NOT NULL":
        return Message("it has no {field}", {"field": what})
    if constraint == "CHECK":
        return Message("a value is out of range ({detail})", {"detail": what})
    if constraint == "FOREIGN KEY":
        return Message("it refers to a record that does not exist here")
    return Message(what)
