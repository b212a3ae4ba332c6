"""Reading a bundle and checking it whole before anything is merged: zip structure, sizes, every SHA-256,
the JSON's shape and every sealed act's content against its hash (:func:`read_bundle`)."""

from __future__ import annotations

import hashlib
import io
import json
import uuid as uuid_module
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from equipment_desk.exchange.sync.bundle import (
    ACT_STAGE,
    ATTACHMENT_DIR,
    FORMAT,
    MANIFEST,
    MAX_ATTACHMENT_BYTES,
    MAX_BUNDLE_BYTES,
    MAX_MEMBERS,
    MAX_RECORDS_BYTES,
    RECORDS,
    TABLES,
    BundleError,
)
from equipment_desk.store.acts import canonical_json
from equipment_desk.store.acts.incoming import scan_history_well_formed
from equipment_desk.store.migrations import known_migration_names

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
