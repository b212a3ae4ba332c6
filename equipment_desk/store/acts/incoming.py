"""An act arriving from another copy (a bundle): applied by the same rules as one made here.

:func:`apply_incoming_act` is the one place where an act from elsewhere
enters this database.  A draft is added, or replaces the draft held here when
the caller has decided the incoming one is newer.  A finalized, signed or void
act is never altered: it is added (as a draft, then moved forward), or a
draft held here under its UUID becomes it, or the act held here moves forward
to its state — finalized here + signed there becomes signed; void there makes
it void — and only for the same sealed content.  Anything else is refused with
an :class:`ActConflictError` (or, for stock, :class:`NotInStockError`),
whose message is a template the window translates.

The caller resolves references (its UUIDs to this database's row ids) and
decides whether an incoming draft is newer; everything that writes ``act``,
``act_line`` or ``attachment`` happens here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import RefusedError, message_template
from equipment_desk.core.hashing import sha256_hex
from equipment_desk.core.scans import check_scan
from equipment_desk.store.acts import journal
from equipment_desk.store.acts.attachments import same_attachment, store_attachment_row
from equipment_desk.store.acts.rows import fetch_rows
from equipment_desk.store.acts.sealing import verify_act

LINE_COLUMNS = ("uuid", "line_no", "quantity", "unit_value_minor", "item_name", "item_name_ru", "item_name_en", "item_model",
                "serial_number", "inventory_number", "unit")
"""The columns of a line that travel with an act (besides its item)."""
FINAL_COLUMNS = ("number", "office_code", "series", "seq", "chain_pos", "content_json", "content_hash", "previous_hash",
                 "finalized_at", "finalized_by")
SIGNED_COLUMNS = ("signed_date", "signed_at", "signed_by")
VOID_COLUMNS = ("void_reason", "voided_at", "voided_by")


class ActConflictError(RefusedError):
    """The incoming act conflicts with what is held here; nothing of it was written."""


class NotInStockError(ActConflictError):
    """The incoming act hands over more of an item than this database has left."""


@dataclass
class IncomingAttachment:
    """An attachment as it arrives: its columns (``uuid``, ``kind``, ``filename``, ``mime_type``, ``size``,
    ``sha256``, ``added_by``, ``added_at``) and a way to read its bytes (only when they are needed)."""

    values: dict[str, Any]
    read: Callable[[], bytes]


@dataclass
class IncomingAct:
    values: dict[str, Any]
    """The act's columns, references already this database's row ids (``signed_scan_id`` is ignored)."""
    lines: list[dict[str, Any]]
    """Each line's :data:`LINE_COLUMNS` and ``item_id`` (a row id here)."""
    scan_uuid: str | None = None
    """The UUID of its signed scan, if it has one."""
    scan: IncomingAttachment | None = None
    """The signed scan as it arrives (None when it did not come along: it must then be held here already)."""
    scans: list[dict[str, Any]] | None = None
    """Its signed scans in the order each became the current one (:func:`journal.scan_history` of the copy it comes
    from: a replaced scan with its reason); None from a bundle that carries no history (its one scan is then all)."""
    scan_files: dict[str, IncomingAttachment] = field(default_factory=dict)
    """The scans of :attr:`scans` that came along, by UUID (the others must be held here already)."""


@dataclass
class AppliedAct:
    """What :func:`apply_incoming_act` did."""

    act_id: int | None
    action: str
    """``add``, ``update`` or ``unchanged``."""
    steps: list[str] = field(default_factory=list)
    """What an update did, as English message templates: ``finalized elsewhere`` (a draft here became the
    sealed act), or the moves of a sealed act held here — ``signed``, ``signed scan added``, ``signed scan
    replaced``, ``voided``."""
    attachments_added: list[str] = field(default_factory=list)
    """UUIDs of the attachments written with the act (its signed scan)."""


def apply_incoming_act(*, db: sqlite_utils.Database, act: IncomingAct, replace_draft: bool = False) -> AppliedAct:
    """Apply an act from another copy; the caller runs it inside a transaction (or savepoint) and rolls back on a refusal.

    ``replace_draft``: for an incoming draft, whether it replaces the draft held here under the same UUID.
    """
    values = act.values
    row = db.execute("SELECT id, status FROM act WHERE uuid = ?", [values["uuid"]]).fetchone()
    local_id, local_status = (int(row[0]), row[1]) if row else (None, None)
    applied = AppliedAct(act_id=local_id, action="unchanged")
    if values["status"] == "draft":
        if local_id is None:
            applied.act_id = _insert_draft(db, act)
            applied.action = "add"
        elif local_status == "draft" and replace_draft:
            _replace_draft(db, act, local_id)
            applied.action = "update"
        return applied
    _check_number_and_chain(db, values, local_id)
    if local_id is None or local_status == "draft":
        bumped = _make_room(db, act)
        if local_id is None:
            applied.act_id = _insert_draft(db, act)
            applied.action = "add"
        else:
            _replace_draft(db, act, local_id)
            applied.action = "update"
            applied.steps.append(message_template("finalized elsewhere"))
        _advance(db, applied, act, "draft", None, bumped)
        return applied
    local = fetch_rows(db, "SELECT * FROM act WHERE id = ?", [local_id])[0]
    if local["content_hash"] != values["content_hash"]:
        raise ActConflictError("conflict: act {number} here has the same UUID but different content", number=local["number"])
    applied.steps = _advance(db, applied, act, local["status"], local, [])
    if applied.steps:
        applied.action = "update"
    return applied


def _check_number_and_chain(db: sqlite_utils.Database, values: dict[str, Any], local_id: int | None) -> None:
    holder = db.execute("SELECT id FROM act WHERE number = ? COLLATE NOCASE", [values["number"]]).fetchone()
    if holder is not None and holder[0] != local_id:
        raise ActConflictError("conflict: a different act here already has the number {number}", number=values["number"])
    office, pos = values.get("office_code"), values.get("chain_pos")
    at = db.execute("SELECT id, number FROM act WHERE office_code = ? AND chain_pos = ?", [office, pos]).fetchone()
    if at is not None and at[0] != local_id:
        raise ActConflictError("conflict: act {number} here holds place {place} in the chain of office {office}",
                                 number=at[1], place=pos, office=office)
    before = db.execute("SELECT number, content_hash FROM act WHERE office_code = ? AND chain_pos = ?", [office, (pos or 0) - 1]).fetchone()
    if before is None and (pos or 0) > 1 and local_id is None:
        raise ActConflictError("conflict: the act before it in the chain of office {office} (place {place}) is neither here nor in the bundle; "
                               "ask for a bundle with everything", office=office, place=(pos or 0) - 1)
    if before is not None and before[1] != values.get("previous_hash"):
        raise ActConflictError("conflict: it does not follow act {number} in the chain of office {office}", number=before[0], office=office)
    after = db.execute("SELECT number, previous_hash FROM act WHERE office_code = ? AND chain_pos = ?", [office, (pos or 0) + 1]).fetchone()
    if after is not None and after[1] != values.get("content_hash"):
        raise ActConflictError("conflict: act {number} here does not follow it in the chain of office {office}", number=after[0], office=office)


def _draft_values(act: IncomingAct) -> dict[str, Any]:
    values = dict(act.values)
    for column in (*FINAL_COLUMNS, *SIGNED_COLUMNS, *VOID_COLUMNS, "signed_scan_id"):
        values[column] = None
    values["status"] = "draft"
    return values


def _insert_draft(db: sqlite_utils.Database, act: IncomingAct) -> int:
    values = _draft_values(act)
    names = list(values)
    cursor = db.execute(f"INSERT INTO act ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})", [values[n] for n in names])
    act_id = int(cursor.lastrowid)
    _insert_lines(db, act_id, act)
    return act_id


def _replace_draft(db: sqlite_utils.Database, act: IncomingAct, act_id: int) -> None:
    db.execute("DELETE FROM act_line WHERE act_id = ?", [act_id])
    values = _draft_values(act)
    values.pop("uuid")
    values.pop("created_at", None)  # when the draft was first made stays as it is here
    db.execute(f"UPDATE act SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?", [*values.values(), act_id])
    _insert_lines(db, act_id, act)


def _left(db: sqlite_utils.Database, item_id: int, act_id: int | None = None) -> tuple[int, str]:
    """What is left of an item here (its quantity less what finalized and signed acts other than ``act_id`` hand over), and its name."""
    row = db.execute(
        """SELECT i.quantity - coalesce((SELECT sum(l.quantity) FROM act_line l JOIN act a ON a.id = l.act_id
                                         WHERE l.item_id = i.id AND a.status IN ('finalized', 'signed') AND a.id IS NOT ?), 0),
                  i.name
           FROM item i WHERE i.id = ?""", [act_id, item_id]).fetchone()
    return int(row[0]), str(row[1])


def _insert_lines(db: sqlite_utils.Database, act_id: int, act: IncomingAct) -> None:
    for line in act.lines:
        if db.execute("SELECT 1 FROM act_line WHERE uuid = ?", [line["uuid"]]).fetchone() is not None:
            raise ActConflictError("conflict: one of its lines belongs to another act here")
        left, name = _left(db, line["item_id"])
        if line["quantity"] > left:
            raise NotInStockError("conflict: it hands over more of '{item}' than is left here", item=line.get("item_name") or name)
        db.execute(
            f"INSERT INTO act_line (act_id, item_id, {', '.join(LINE_COLUMNS)}) VALUES (?, ?, {', '.join('?' for _ in LINE_COLUMNS)})",
            [act_id, line["item_id"], *[line.get(c) for c in LINE_COLUMNS]],
        )


def _make_room(db: sqlite_utils.Database, act: IncomingAct) -> list[tuple[int, int]]:
    """A void act hands nothing over; while it passes through 'finalized' its items get room for its lines.

    The room is taken back as soon as the act is void, in the same
    transaction, so the stock ends exactly as it was.
    """
    if act.values["status"] != "void":
        return []
    bumped = []
    for line in act.lines:
        db.execute("UPDATE item SET quantity = quantity + ? WHERE id = ?", [line["quantity"], line["item_id"]])
        bumped.append((line["item_id"], line["quantity"]))
    return bumped


def _advance(db: sqlite_utils.Database, applied: AppliedAct, act: IncomingAct, status: str, local: dict[str, Any] | None,
             bumped: list[tuple[int, int]]) -> list[str]:
    """Move the act forward to the incoming state, step by step; returns the steps (none when it stays as it is)."""
    values = act.values
    act_id = applied.act_id
    assert act_id is not None
    target = values["status"]
    steps: list[str] = []
    if status == "draft":
        _finalize(db, act_id, values)
        status = "finalized"
        steps.append(message_template("finalized"))
    if status == "finalized" and (target == "signed" or (target == "void" and values.get("signed_date"))):
        history = _history(db, act)
        first = history.pop(0) if history and history[0]["event"] == "sign" else None
        scan_id = _scan(db, applied, act_id, act, first) if first else None
        journal.record_sign(db, values["uuid"], values, journal.attachment_row(db, scan_id))
        db.execute("UPDATE act SET status = 'signed', signed_date = ?, signed_at = ?, signed_by = ?, signed_scan_id = ? WHERE id = ?",
                   [values.get("signed_date"), values.get("signed_at"), values.get("signed_by"), scan_id, act_id])
        status = "signed"
        steps.append(message_template("signed"))
        steps += _file_scans(db, applied, act_id, act, history)
    elif status == "signed" and target in ("signed", "void") and local is not None:
        if values.get("signed_date") and values["signed_date"] != local["signed_date"]:
            raise ActConflictError("conflict: recorded here as signed on {date_here}, in the bundle on {date_there}",
                                     date_here=local["signed_date"], date_there=values["signed_date"])
        steps += _file_scans(db, applied, act_id, act, _missing_here(db, act, local))
    if target == "void" and status != "void":
        journal.record_void(db, values["uuid"], values)
        db.execute("UPDATE act SET status = 'void', void_reason = ?, voided_at = ?, voided_by = ?, updated_at = ? WHERE id = ?",
                   [values.get("void_reason"), values.get("voided_at"), values.get("voided_by"), values["updated_at"], act_id])
        for item_id, quantity in bumped:
            db.execute("UPDATE item SET quantity = quantity - ? WHERE id = ?", [quantity, item_id])
        steps.append(message_template("voided"))
    elif target != "void" and status == "void" and local is not None:
        return []
    if steps:
        db.execute("UPDATE act SET updated_at = max(updated_at, ?) WHERE id = ? AND status <> 'void'", [values["updated_at"], act_id])
    return steps


def _finalize(db: sqlite_utils.Database, act_id: int, values: dict[str, Any]) -> None:
    """Seal the draft with the incoming act's sealed columns; its content must then verify here.

    An item written off here after the act was sealed elsewhere does not
    stop the act (it was handed over before): the write-off is lifted for
    the moment of sealing and put back.
    """
    lines = db.execute("SELECT l.item_id, l.quantity, i.written_off FROM act_line l JOIN item i ON i.id = l.item_id WHERE l.act_id = ?",
                       [act_id]).fetchall()
    for item_id, quantity, _written_off in lines:
        left, name = _left(db, item_id, act_id)
        if quantity > left:
            raise NotInStockError("conflict: it hands over more of '{item}' than is left here", item=name)
    cleared = [item_id for item_id, _quantity, written_off in lines if written_off]
    for item_id in cleared:
        db.execute("UPDATE item SET written_off = 0 WHERE id = ?", [item_id])
    final = {c: values.get(c) for c in FINAL_COLUMNS}
    draft = fetch_rows(db, "SELECT * FROM act WHERE id = ?", [act_id])[0]
    journal.record_seal(db, {**draft, **final}, journal.act_lines_rows(db, act_id))
    db.execute(
        f"UPDATE act SET status = 'finalized', {', '.join(f'{c} = ?' for c in final)}, updated_at = ? WHERE id = ? AND status = 'draft'",
        [*final.values(), values["updated_at"], act_id],
    )
    failures = verify_act(db=db, act_id=act_id)
    if failures:
        raise ActConflictError("its stored content does not verify: {detail}", detail=failures[0])
    for item_id in cleared:
        db.execute("UPDATE item SET written_off = 1 WHERE id = ?", [item_id])


SCAN_HISTORY_KEYS = {"event": (str,), "uuid": (str,), "sha256": (str,), "filename": (str, type(None)), "replaces": (str, type(None)),
                     "reason": (str,), "at": (str, type(None)), "by": (str, type(None))}
"""Each entry of an act's ``scans`` in a bundle (:func:`journal.scan_history`) and the types its values may have."""


def scan_history_well_formed(history: Any) -> bool:
    """Whether a bundle's ``scans`` of an act has the shape :func:`journal.scan_history` writes (what it says is
    checked when it is applied)."""
    return isinstance(history, list) and all(
        isinstance(entry, dict) and set(entry) == set(SCAN_HISTORY_KEYS)
        and all(isinstance(entry[key], types) for key, types in SCAN_HISTORY_KEYS.items())
        and len(entry["sha256"]) == 64 and len(entry["uuid"]) == 36 and len(entry["reason"]) <= 2000
        for entry in history)


def _history(db: sqlite_utils.Database, act: IncomingAct) -> list[dict[str, Any]]:
    """The incoming act's signed scans in order, checked to agree with themselves and with the act's signed scan.

    From a bundle without a history, the act's one scan (as the signature's).  Each replacement names the scan
    before it and gives a reason; the last is the act's signed scan.  Anything else was edited on the way.
    """
    if act.scans is None:
        if not act.scan_uuid:
            return []
        meta = act.scan.values if act.scan is not None else None
        held = db.execute("SELECT sha256, filename FROM attachment WHERE uuid = ?", [act.scan_uuid]).fetchone()
        sha256, filename = (meta.get("sha256"), meta.get("filename")) if meta else (held if held else (None, None))
        return [{"event": "sign", "uuid": act.scan_uuid, "sha256": sha256, "filename": filename, "replaces": None, "reason": "",
                 "at": None, "by": None}]
    history = [dict(entry) for entry in act.scans]
    previous = None
    for index, entry in enumerate(history):
        replacing = entry.get("replaces") is not None
        if (entry.get("event") not in ("sign", "scan") or (entry["event"] == "sign" and index > 0)
                or entry.get("replaces") != (previous if replacing else None) or (replacing and previous is None)
                or (replacing and not str(entry.get("reason") or "").strip()) or (not replacing and previous is not None)):
            raise ActConflictError("its history of signed scans does not hold together; the bundle was edited")
        previous = entry.get("uuid")
    if previous != act.scan_uuid:
        raise ActConflictError("its history of signed scans does not end with its signed scan; the bundle was edited")
    return history


def _missing_here(db: sqlite_utils.Database, act: IncomingAct, local: dict[str, Any]) -> list[dict[str, Any]]:
    """The incoming scans this copy lacks: its own history must begin the incoming one (the same files, by SHA-256).

    When this copy is further on (the incoming history begins its own) there is nothing to do; histories that
    part ways (the scan was replaced here and there differently) are a conflict.
    """
    here = [entry["sha256"] for entry in journal.scan_history(db, local["uuid"])]
    history = _history(db, act)
    for entry in history:  # a scan held here under its UUID must be the same file (a swapped one is named)
        held = db.execute("SELECT sha256, filename FROM attachment WHERE uuid = ?", [entry["uuid"]]).fetchone()
        if held is not None and held[0] != entry["sha256"]:
            raise ActConflictError("conflict: the scan {filename} held here is not the file the bundle names for this act",
                                   filename=held[1])
    there = [entry["sha256"] for entry in history]
    if there[:len(here)] == here:
        return history[len(here):]
    if here[:len(there)] == there:
        return []
    raise ActConflictError("conflict: the signed scan of act {number} was replaced here and elsewhere differently; "
                           "on one laptop, replace it once more with the scan to keep", number=local["number"])


def _file_scans(db: sqlite_utils.Database, applied: AppliedAct, act_id: int, act: IncomingAct,
                entries: list[dict[str, Any]]) -> list[str]:
    """File each incoming scan after the act's current one, as the copy it comes from did (journal entry, reason); the act
    must verify after."""
    steps: list[str] = []
    for entry in entries:
        current = db.execute("SELECT a.uuid FROM act JOIN attachment a ON a.id = act.signed_scan_id WHERE act.id = ?", [act_id]).fetchone()
        if (current is None) != (entry.get("replaces") is None):
            raise ActConflictError("its history of signed scans does not follow the scan held here")
        scan_id = _scan(db, applied, act_id, act, entry)
        scan = journal.attachment_row(db, scan_id)
        assert scan is not None
        journal.record_scan(db, act.values["uuid"], scan, replaces=current[0] if current else None, reason=entry.get("reason") or "",
                            at=entry.get("at") or scan["added_at"], by=entry.get("by") or scan["added_by"])
        db.execute("UPDATE act SET signed_scan_id = ? WHERE id = ?", [scan_id, act_id])
        steps.append(message_template("signed scan replaced") if current else message_template("signed scan added"))
    if entries:
        failures = verify_act(db=db, act_id=act_id)
        if failures:
            raise ActConflictError("its stored content does not verify: {detail}", detail=failures[0])
    return steps


def _scan(db: sqlite_utils.Database, applied: AppliedAct, act_id: int, act: IncomingAct, entry: dict[str, Any]) -> int:
    """The row id here of the scan ``entry`` names: held already (by UUID, or the same file for this act), or added now.

    A scan held under the UUID must be the same file for the same act; one that arrives must be the file the
    history names and a whole PDF, JPEG or PNG (:func:`~equipment_desk.core.scans.check_scan`), as a scan filed here is.
    """
    uuid = entry["uuid"]
    held = db.execute("SELECT id, act_id, sha256, filename FROM attachment WHERE uuid = ?", [uuid]).fetchone()
    if held is not None:
        if held[1] != act_id or held[2] != entry.get("sha256"):
            raise ActConflictError("conflict: the scan {filename} held here is not the file the bundle names for this act",
                                   filename=held[3])
        return int(held[0])
    incoming = act.scan_files.get(uuid) or (act.scan if uuid == act.scan_uuid else None)
    if incoming is None:
        raise ActConflictError("its signed scan is missing from the bundle")
    if incoming.values.get("sha256") != entry.get("sha256") or incoming.values.get("kind") != "signed_scan":
        raise ActConflictError("its history of signed scans does not agree with its attachments; the bundle was edited")
    applied.attachments_added.append(str(uuid))
    same = same_attachment(db=db, act_id=act_id, item_id=None, kind="signed_scan", sha256=entry.get("sha256"))
    if same is not None:
        return same
    return keep_incoming_attachment(db=db, attachment=incoming, act_id=act_id, item_id=None)


def keep_incoming_attachment(*, db: sqlite_utils.Database, attachment: IncomingAttachment, act_id: int | None, item_id: int | None) -> int:
    """Keep an attachment from another copy as it came (its UUID, who added it and when); its bytes must match its record
    and be a whole file of the kind its name says, as a file attached here must be (:func:`~equipment_desk.core.scans.check_scan`)."""
    data = attachment.read()
    values = attachment.values
    if len(data) != values.get("size") or sha256_hex(data) != values.get("sha256"):
        raise ActConflictError("an attachment's data does not match its record")
    check_scan(data, str(values.get("filename") or ""), field="attachment")
    return store_attachment_row(db=db, values={**values, "act_id": act_id, "item_id": item_id}, data=data)
