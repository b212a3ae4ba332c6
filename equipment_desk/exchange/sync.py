"""Exchange between laptops without a server: bundles on a USB stick or by e-mail.

A **bundle** is one zip file::

    manifest.json         format, sender office, time, bundle id, schema, and
                          the SHA-256 and size of every other part
    records.json          donors, programmes (with donor links), institutions,
                          signatories, items, acts (with lines) and attachment
                          records, every reference written as a UUID
    attachments/<uuid>    the bytes of each attachment (signed scans, photos)

:func:`export_bundle` writes everything, or what changed since the last
bundle sent to a given office (plus every record those changes refer to, so
a bundle always stands on its own).

:func:`import_bundle` merges by UUID, in one transaction, whole or not at all
(when any record is refused, nothing is written and every refusal is listed):

* a record not known here is added;
* reference data (donors, programmes, institutions, signatories, items) and
  drafts take the newer change — ``updated_at``, ties broken by a digest of
  what an update writes (never ``created_at``, which an update keeps), so the
  result never depends on the order bundles arrive in; a record equal here
  in everything an update would write is unchanged;
* an attachment already held for the same act (or item), of the same kind
  and with the same SHA-256, is not added again, whatever its UUID;
* a finalized, signed or void act is never altered: an incoming act that is
  different from the one held here under the same UUID, number or chain
  position, or whose predecessor in its office's chain is neither here nor
  in the bundle, is a **conflict** and refused.  The only moves are
  forward in the act's life and only for the same content (same
  ``content_hash``): finalized here + signed there becomes signed; void
  there makes it void;
* importing the same bundle twice changes nothing.

Every record refused is reported with its reason as a :class:`Message` (an
English template and its values), which the window translates and the
command line prints as it is; ``Change.reason`` is the English text.

Before anything is merged the whole bundle is checked — zip structure, part
sizes against the manifest, every SHA-256, the JSON's shape, and every
finalized act's content against its hash — and a bundle that fails is
refused whole.  :func:`preview_bundle` runs the whole merge and rolls it
back, so what it reports is exactly what an import would do.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import sqlite3
import uuid as uuid_module
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk import __version__
from equipment_desk.core.errors import DeskError, InputError, Problem, english_params
from equipment_desk.core.files import atomic_output, check_output_path
from equipment_desk.exchange.progress import CancelFlag, ProgressCallback, Ticker
from equipment_desk.store import prints as store_prints
from equipment_desk.store import records as records_store
from equipment_desk.store import settings as settings_store
from equipment_desk.store.acts import canonical_json
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
    scan_history_well_formed,
)
from equipment_desk.store.acts.journal import scan_history
from equipment_desk.store.audit import record_change
from equipment_desk.store.database import database_file, failed_constraint, utc_now, write_transaction
from equipment_desk.store.migrations import known_migration_names

log = logging.getLogger(__name__)

FORMAT = "equipment-desk/bundle@1"
MANIFEST = "manifest.json"
RECORDS = "records.json"
ATTACHMENT_DIR = "attachments/"
MAX_RECORDS_BYTES = 512 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_BUNDLE_BYTES = 4 * 1024 * 1024 * 1024
MAX_MEMBERS = 200_000
SENT_KEY = "sync:sent:{office}"

# table -> (section in records.json, {column: (referenced table, key in the bundle)})
TABLES: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "donor": ("donors", {}),
    "programme": ("programmes", {}),
    "institution": ("institutions", {}),
    "signatory": ("signatories", {"institution_id": ("institution", "institution_uuid")}),
    "item": ("items", {"programme_id": ("programme", "programme_uuid")}),
    "act": ("acts", {"recipient_institution_id": ("institution", "recipient_institution_uuid"),
                     "recipient_signatory_id": ("signatory", "recipient_signatory_uuid"),
                     "programme_id": ("programme", "programme_uuid"),
                     "signed_scan_id": ("attachment", "signed_scan_uuid")}),
    "attachment": ("attachments", {"act_id": ("act", "act_uuid"), "item_id": ("item", "item_uuid")}),
}
REFERENCE_TABLES = ("donor", "programme", "institution", "signatory", "item")
ACT_STAGE = {"draft": 0, "finalized": 1, "signed": 2, "void": 3}
LABELS = {"donor": "donor", "programme": "programme", "institution": "institution", "signatory": "signatory",
          "item": "item", "act": "act", "attachment": "attachment"}


class BundleError(InputError):
    """The bundle cannot be used at all (truncated, edited, failing its checksums); nothing was merged."""

    def __init__(self, message: str, source: str = "", **params: Any) -> None:
        super().__init__(Problem(message, params=params, source=source or None), message="the bundle was refused")


@dataclass(frozen=True)
class Message:
    """Why a record was refused, or what an update did: an English message *template* and its parameters.

    As with :class:`~equipment_desk.core.errors.Problem`, the window translates
    the template (context ``problems``) and fills it in, the command line takes
    :meth:`text`.  Values are parameters, never part of the template.  Some
    parameters name things the window words in its own way:

    * ``field`` — a column name (``serial_number``; several separated by ", "),
      shown as the field's label;
    * ``kind`` — a table name (``programme``), shown as the kind of record;
    * a name starting with ``date`` — an ISO date, shown the way dates are written.
    """

    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def english_params(self) -> dict[str, Any]:
        params = english_params(self.params)
        if "kind" in params:
            params["kind"] = LABELS.get(params["kind"], str(params["kind"]).replace("_", " "))
        return params

    def text(self) -> str:
        """The message with its parameters filled in (English)."""
        try:
            return self.message.format(**self.english_params())
        except (KeyError, IndexError, ValueError):
            return self.message

    def __str__(self) -> str:
        return self.text()


@dataclass
class Change:
    table: str
    uuid: str
    label: str
    """The record as people know it: an act's number, an item's name and serial number, a programme's code."""
    action: str
    """``add``, ``update`` or ``refuse``."""
    why: tuple[Message, ...] = ()
    """Why it was refused (one message), or what an update did (none or several, e.g. signed, voided)."""
    label_message: Message | None = None
    """The label as a message when it has words of ours in it (a draft without a number), else None."""

    @property
    def reason(self) -> str:
        """:attr:`why` in English, e.g. ``"conflict: act BISH-2018-0001 here has the same UUID but different content"``."""
        return ", ".join(message.text() for message in self.why)

    def __str__(self) -> str:
        text = f"{self.action} {LABELS[self.table]} {self.label}"
        return f"{text}: {self.reason}" if self.reason else text


@dataclass
class SyncReport:
    """What an import did (or, for a preview, would do)."""

    source: str
    from_office: str
    bundle_id: str
    created_at: str
    applied: bool = False
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0

    def of(self, action: str) -> list[Change]:
        return [c for c in self.changes if c.action == action]

    @property
    def added(self) -> list[Change]:
        return self.of("add")

    @property
    def updated(self) -> list[Change]:
        return self.of("update")

    @property
    def refused(self) -> list[Change]:
        return self.of("refuse")

    def summary(self) -> str:
        if self.applied:
            return (f"{len(self.added)} added, {len(self.updated)} updated, {len(self.refused)} refused, "
                    f"{self.unchanged} unchanged")
        return (f"{len(self.added)} to add, {len(self.updated)} to update, {len(self.refused)} to refuse, "
                f"{self.unchanged} unchanged")


@dataclass
class BundleInfo:
    path: Path
    bundle_id: str
    office: str
    to_office: str | None
    since: str | None
    counts: dict[str, int]
    attachments: int


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


# --- reading and checking a bundle ---------------------------------------------------------------

@dataclass
class Bundle:
    source: str
    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    path: Path

    def attachment(self, uuid: str) -> bytes:
        name = f"{ATTACHMENT_DIR}{uuid}"
        with zipfile.ZipFile(self.path) as archive:
            data = _read_member(archive, archive.getinfo(name), self.manifest["parts"][name]["size"], self.source)
        if hashlib.sha256(data).hexdigest() != self.manifest["parts"][name]["sha256"]:
            raise BundleError("the part {part} fails its checksum; the bundle was changed after it was written", self.source, part=name)
        return data


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, source: str) -> bytes:
    if info.file_size > limit:
        raise BundleError("the part {part} is larger than the manifest says", source, part=info.filename)
    out = io.BytesIO()
    with archive.open(info) as handle:
        while True:
            chunk = handle.read(1 << 20)
            if not chunk:
                break
            out.write(chunk)
            if out.tell() > limit:
                raise BundleError("the part {part} is larger than the manifest says", source, part=info.filename)
    return out.getvalue()


def read_bundle(path: str | Path) -> Bundle:
    """Open and check a bundle completely; raise :class:`BundleError` if anything is wrong."""
    path = Path(path)
    source = path.name
    if not path.is_file():
        raise BundleError("the file {path} does not exist", source, path=str(path))
    if path.stat().st_size > MAX_BUNDLE_BYTES:
        raise BundleError("the file is too large to be a bundle", source)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise BundleError("the file is not a complete bundle (it is truncated or not a zip file: {reason})", source, reason=str(error)) from error
    try:
        with archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise BundleError("the bundle has too many parts", source)
            names = [i.filename for i in infos]
            if len(set(names)) != len(names):
                raise BundleError("the bundle holds the same part twice; it was edited", source)
            if MANIFEST not in names:
                raise BundleError("the bundle has no manifest; it is not an Equipment Desk bundle", source)
            try:
                manifest = json.loads(_read_member(archive, archive.getinfo(MANIFEST), 64 * 1024 * 1024, source))
            except (ValueError, UnicodeDecodeError) as error:
                raise BundleError("the manifest is not readable JSON; the bundle was damaged or edited", source) from error
            _check_manifest(manifest, source)
            parts = manifest["parts"]
            if set(names) - {MANIFEST} != set(parts):
                extra = sorted(set(names) - {MANIFEST} - set(parts))
                missing = sorted(set(parts) - set(names))
                raise BundleError("the bundle's parts do not match its manifest (missing: {missing}; extra: {extra})", source,
                                  missing=", ".join(missing) or "none", extra=", ".join(extra) or "none")
            total = 0
            for info in infos:
                if info.filename == MANIFEST:
                    continue
                expected = parts[info.filename]
                if info.file_size != expected["size"]:
                    raise BundleError("the part {part} has the wrong size; the bundle was changed after it was written", source, part=info.filename)
                total += info.file_size
                if total > MAX_BUNDLE_BYTES:
                    raise BundleError("the bundle unpacks to more than {limit} GB; it was not opened", source, limit=MAX_BUNDLE_BYTES >> 30)
                limit = MAX_RECORDS_BYTES if info.filename == RECORDS else MAX_ATTACHMENT_BYTES
                try:
                    data = _read_member(archive, info, min(limit, expected["size"]), source)
                except (zipfile.BadZipFile, EOFError, OSError, zlib_error()) as error:
                    raise BundleError("the part {part} cannot be read (the bundle is truncated or damaged: {reason})", source,
                                      part=info.filename, reason=str(error)) from error
                if hashlib.sha256(data).hexdigest() != expected["sha256"]:
                    raise BundleError("the part {part} fails its checksum; the bundle was changed after it was written", source, part=info.filename)
                if info.filename == RECORDS:
                    records_bytes = data
    except zipfile.BadZipFile as error:
        raise BundleError("the bundle is damaged ({reason})", source, reason=str(error)) from error
    try:
        records = json.loads(records_bytes)
    except (ValueError, UnicodeDecodeError) as error:
        raise BundleError("the records are not readable JSON", source) from error
    _check_records(records, manifest, source)
    return Bundle(source=source, manifest=manifest, records=records, path=path)


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _check_manifest(manifest: Any, source: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("this is not an Equipment Desk bundle (format {format})", source,
                          format=manifest.get("format") if isinstance(manifest, dict) else "unknown")
    parts = manifest.get("parts")
    if not isinstance(parts, dict) or RECORDS not in parts:
        raise BundleError("the manifest lists no records; the bundle was damaged or edited", source)
    for name, part in parts.items():
        if not (isinstance(name, str) and (name == RECORDS or (name.startswith(ATTACHMENT_DIR) and _is_uuid(name[len(ATTACHMENT_DIR):])))):
            raise BundleError("the manifest names an unexpected part {part}", source, part=str(name)[:80])
        if not (isinstance(part, dict) and isinstance(part.get("sha256"), str) and len(part["sha256"]) == 64
                and isinstance(part.get("size"), int) and not isinstance(part.get("size"), bool) and part["size"] >= 0):
            raise BundleError("the manifest entry of {part} is malformed", source, part=name)
    for key in ("bundle_id", "office_code", "created_at"):
        if not isinstance(manifest.get(key), str):
            raise BundleError("the manifest lacks its {key}", source, key=key)
    migrations = manifest.get("migrations") or []
    unknown = sorted(set(migrations) - set(known_migration_names())) if isinstance(migrations, list) else ["?"]
    if unknown:
        raise BundleError("the bundle was written by a newer version of Equipment Desk (changes {unknown}); update this copy first",
                          source, unknown=", ".join(map(str, unknown)))


def _is_uuid(text: Any) -> bool:
    if not isinstance(text, str) or len(text) != 36:
        return False
    try:
        return str(uuid_module.UUID(text)) == text
    except ValueError:
        return False


def _check_records(records: Any, manifest: dict[str, Any], source: str) -> None:
    if not isinstance(records, dict) or records.get("format") != FORMAT:
        raise BundleError("the records are not in the bundle format", source)
    attachments = {name[len(ATTACHMENT_DIR):] for name in manifest["parts"] if name.startswith(ATTACHMENT_DIR)}
    seen: set[tuple[str, str]] = set()
    for table, (section, refs) in TABLES.items():
        rows = records.get(section, [])
        if not isinstance(rows, list):
            raise BundleError("the records' {section} are not a list", source, section=section)
        for index, record in enumerate(rows):
            where = f"{section}[{index}]"
            if not isinstance(record, dict) or not _is_uuid(record.get("uuid")):
                raise BundleError("{where} has no valid UUID", source, where=where)
            if (section, record["uuid"]) in seen:
                raise BundleError("{where} repeats a UUID", source, where=where)
            seen.add((section, record["uuid"]))
            for key, value in record.items():
                if key in ("lines", "donors", "issued_prints", "scans"):  # checked where they are merged
                    continue
                if value is not None and not isinstance(value, (str, int)) or isinstance(value, bool):
                    raise BundleError("{where}.{key} has a value of the wrong type", source, where=where, key=key)
                if isinstance(value, int) and not -(2**63) <= value < 2**63:
                    raise BundleError("{where}.{key} is out of range", source, where=where, key=key)
            for _column, (_target, key) in refs.items():
                if record.get(key) is not None and not _is_uuid(record[key]):
                    raise BundleError("{where}.{key} is not a UUID", source, where=where, key=key)
            if not isinstance(record.get("updated_at", record.get("added_at")), str):
                raise BundleError("{where} has no time of its last change", source, where=where)
            if table == "programme":
                donors = record.get("donors", [])
                if not isinstance(donors, list) or not all(_is_uuid(d) for d in donors):
                    raise BundleError("{where}.donors is malformed", source, where=where)
            if table == "attachment" and record["uuid"] not in attachments:
                raise BundleError("{where} has no data in the bundle", source, where=where)
            if table == "act":
                _check_act_record(record, where, source)


def _check_act_record(record: dict[str, Any], where: str, source: str) -> None:
    status = record.get("status")
    if status not in ACT_STAGE:
        raise BundleError("{where}.status is not a known act status", source, where=where)
    lines = record.get("lines")
    if not isinstance(lines, list):
        raise BundleError("{where}.lines is malformed", source, where=where)
    for n, line in enumerate(lines):
        if not isinstance(line, dict) or not _is_uuid(line.get("uuid")) or not _is_uuid(line.get("item_uuid")):
            raise BundleError("{where}.lines[{n}] is malformed", source, where=where, n=n)
        for key in ("line_no", "quantity", "unit_value_minor"):
            if not isinstance(line.get(key), int) or isinstance(line.get(key), bool):
                raise BundleError("{where}.lines[{n}].{key} is not a whole number", source, where=where, n=n, key=key)
        for key, value in line.items():
            if value is not None and not isinstance(value, (str, int)):
                raise BundleError("{where}.lines[{n}].{key} has a value of the wrong type", source, where=where, n=n, key=key)
    if "scans" in record and not scan_history_well_formed(record["scans"]):
        raise BundleError("{where}.scans is malformed", source, where=where)
    if status != "draft":
        text = record.get("content_json")
        if not isinstance(text, str) or hashlib.sha256(text.encode("utf-8")).hexdigest() != record.get("content_hash"):
            raise BundleError("act {number} does not match its content hash; the bundle was edited", source, number=record.get("number") or where)
        try:
            content = json.loads(text)
        except ValueError as error:
            raise BundleError("act {number} has unreadable content", source, number=record.get("number") or where) from error
        if canonical_json(content) != text or content.get("uuid") != record["uuid"] or content.get("number") != record.get("number") \
                or content.get("previous_hash") != record.get("previous_hash"):
            raise BundleError("act {number} does not agree with its own content; the bundle was edited", source, number=record.get("number") or where)


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
