"""The journal of sealed acts: every sealing, signature, signed scan and voiding, each entry hashing the one before.

An act's canonical content is sealed by its ``content_hash`` and chained to
its office's previous act (:mod:`equipment_desk.core.hashing`).  What happens
to the act afterwards is evidence too, and so is every column of its row that
the content does not carry.  Each of these moments appends one entry to the
table ``act_log``:

``seal``
    every sealed column of the act's row and of each of its lines
    (:data:`ACT_COLUMNS`, :data:`LINE_COLUMNS`), as they were sealed;
``sign``
    the signing columns and, when there is one, the signed scan's record;
``scan``
    a signed scan added after signing, or one replacing another (with the
    reason);
``void``
    the voiding columns;
``print``
    a PDF of the act the program issued (:mod:`equipment_desk.store.prints`): ``verify`` accepts a file whose
    SHA-256 is recorded, so the record is journaled like a signature (``received`` when a bundle brought it).

An entry's ``hash`` is the SHA-256 of its position, act, event, body and the
previous entry's hash, so no entry can be changed, removed or put back in
another order without breaking the chain; ``act_log_head`` records the last
entry, so cutting entries off the end is seen too.  ``act_series_head`` keeps the
last number given in each series and ``act_chain_head`` the last act of each
office's chain: numbers and places are taken from them, so a number once
given is never given again, even if rows vanish.  The journal is this
database's own record (a bundle's act gets its entries when it is applied
here); :mod:`.sealing` compares everything with it.

Every column of ``act``, ``act_line`` and ``attachment`` is declared here:
sealed in an entry, or outside the seal with the reason
(:data:`OUTSIDE_SEAL`).  A test reads the schema and fails on a column that
is not declared.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import sqlite_utils

from equipment_desk.core.hashing import GENESIS_HASH, sha256_hex
from equipment_desk.store.languages import LINE_NATIONAL_COLUMNS, NATIONAL_COLUMNS, NEW_ACT_CONTENT_COLUMNS

EVENTS = ("seal", "sign", "scan", "void", "print")
SIGN_COLUMNS = ("signed_date", "signed_at", "signed_by")
VOID_COLUMNS = ("void_reason", "voided_at", "voided_by")
LIFECYCLE_COLUMNS = ("status", *SIGN_COLUMNS, "signed_scan_id", *VOID_COLUMNS)
"""Columns of ``act`` that change after sealing; what they must say follows from the sign, scan and void entries."""
SCAN_COLUMNS = ("id", "uuid", "act_id", "item_id", "kind", "filename", "mime_type", "size", "sha256", "added_by", "added_at")
"""Columns of a signed scan's ``attachment`` row recorded in its sign or scan entry (its bytes are re-hashed against ``sha256``)."""
PRINT_COLUMNS = ("uuid", "act_id", "sha256", "size", "kind", "languages", "copies", "issued_at", "issued_by")
"""Columns of an ``issued_print`` row recorded in its print entry (all of them but its row id)."""
OUTSIDE_SEAL = {
    "act": {"updated_at": "when the row last changed in this database: bookkeeping for bundles, never printed"},
    "act_line": {},
    "attachment": {"data": "the scan's bytes: the entry records their SHA-256 and size, which check recomputes"},
}
"""Columns outside the seal, with the reason."""
ACT_COLUMNS = (
    "id", "uuid", "number", "office_code", "series", "seq", "chain_pos", "act_date", "place_en", "place_ru",
    "country", "languages", "goods_en", "goods_ru", "recipient_institution_id", "recipient_signatory_id",
    "transferor_org_en", "transferor_org_ru", "transferor_name", "transferor_title_en", "transferor_title_ru",
    "transferor_authority_en", "transferor_authority_ru", "programme_id", "basis_en", "basis_ru",
    "transfer_type", "currency", "rate_micro", "rate_scale", "rate_type", "rate_source", "rate_date",
    "rate_entered_by", "rate_entered_at", "nb_rate_micro", "nb_rate_scale", "nb_rate_source", "nb_rate_date",
    "content_json", "content_hash", "previous_hash", "created_at", "created_by", "finalized_at", "finalized_by",
    # migration 0009: the texts per language (an act sealed before records none of them, and none is compared)
    "transferor_name_ru", "transferor_name_en", "transferor_gender", "transferor_name_ru_genitive",
    "transferor_title_ru_genitive", "rate_source_ru", "rate_source_en", "nb_rate_source_ru", "nb_rate_source_en",
    # migration 0010: the texts in each national language (likewise absent from older seal entries)
    *NATIONAL_COLUMNS["act"],
)
"""Columns of ``act`` recorded in its seal entry (``content_json`` as its SHA-256, which must be ``content_hash``)."""
LINE_COLUMNS = ("id", "uuid", "act_id", "line_no", "item_id", "quantity", "unit_value_minor", "item_name", "item_model",
                "serial_number", "inventory_number", "unit", "item_name_ru", "item_name_en", *LINE_NATIONAL_COLUMNS)
"""Columns of each ``act_line`` recorded in the seal entry."""
ADDED_AFTER_SEALING = {
    "act": {column: "" for column in (*NEW_ACT_CONTENT_COLUMNS, *NATIONAL_COLUMNS["act"])},
    "act_line": {column: None for column in ("item_name_ru", "item_name_en", *LINE_NATIONAL_COLUMNS)},
}
"""Columns added by migrations 0009 and 0010, and what they hold on an act sealed before (whose seal entry does not
name them): the migrations added them empty (NOT NULL DEFAULT '' on the act, NULL on its lines), filled them only
on drafts, and froze them with the rest — so that is what they must still say."""


def _canonical(body: Mapping[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(*, pos: int, act_uuid: str, event: str, body: str, previous_hash: str) -> str:
    """The hash of one entry: everything it says and the hash of the entry before it."""
    return sha256_hex(f"{previous_hash}\n{pos}\n{act_uuid}\n{event}\n{body}")


def sealed_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """The sealed columns of an act's row as its seal entry records them."""
    out = {column: row.get(column) for column in ACT_COLUMNS}
    out["content_json"] = sha256_hex(row["content_json"]) if row.get("content_json") is not None else None
    return out


def sealed_lines(lines: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [{column: line.get(column) for column in LINE_COLUMNS} for line in sorted(lines, key=lambda line: line["line_no"])]


def scan_record(attachment: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return None if attachment is None else {column: attachment.get(column) for column in SCAN_COLUMNS}


def _rows(db: sqlite_utils.Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def act_lines_rows(db: sqlite_utils.Database, act_id: int) -> list[dict[str, Any]]:
    return _rows(db, "SELECT * FROM act_line WHERE act_id = ? ORDER BY line_no", [act_id])


def attachment_row(db: sqlite_utils.Database, attachment_id: int | None) -> dict[str, Any] | None:
    if attachment_id is None:
        return None
    found = _rows(db, "SELECT * FROM attachment WHERE id = ?", [attachment_id])
    return found[0] if found else None


def append(db: sqlite_utils.Database, *, act_uuid: str, event: str, body: Mapping[str, Any]) -> str:
    """Append one entry after the journal's head; returns its hash.  The caller holds the transaction."""
    pos, previous = db.execute("SELECT pos, hash FROM act_log_head WHERE id = 1").fetchone()
    text = _canonical(body)
    digest = entry_hash(pos=pos + 1, act_uuid=act_uuid, event=event, body=text, previous_hash=previous)
    db.execute("INSERT INTO act_log (pos, act_uuid, event, body, previous_hash, hash) VALUES (?,?,?,?,?,?)",
               [pos + 1, act_uuid, event, text, previous, digest])
    return digest


def record_seal(db: sqlite_utils.Database, row: Mapping[str, Any], lines: list[Mapping[str, Any]]) -> None:
    """The seal entry of an act about to become finalized (``row`` as it will be stored)."""
    append(db, act_uuid=row["uuid"], event="seal", body={"act": sealed_row(row), "lines": sealed_lines(lines)})


def record_sign(db: sqlite_utils.Database, act_uuid: str, values: Mapping[str, Any], scan: Mapping[str, Any] | None) -> None:
    append(db, act_uuid=act_uuid, event="sign", body={**{c: values.get(c) for c in SIGN_COLUMNS}, "scan": scan_record(scan)})


def record_scan(db: sqlite_utils.Database, act_uuid: str, scan: Mapping[str, Any], *, replaces: str | None, reason: str,
                at: str, by: str) -> None:
    append(db, act_uuid=act_uuid, event="scan", body={"scan": scan_record(scan), "replaces": replaces, "reason": reason, "at": at, "by": by})


def record_void(db: sqlite_utils.Database, act_uuid: str, values: Mapping[str, Any]) -> None:
    append(db, act_uuid=act_uuid, event="void", body={c: values.get(c) for c in VOID_COLUMNS})


def record_print(db: sqlite_utils.Database, act_uuid: str, values: Mapping[str, Any], *, received: bool) -> None:
    """The entry of a print about to be recorded as issued (``received``: a bundle brought the record)."""
    append(db, act_uuid=act_uuid, event="print", body={"print": {c: values.get(c) for c in PRINT_COLUMNS}, "received": received})


def scan_history(db: sqlite_utils.Database, act_uuid: str) -> list[dict[str, Any]]:
    """The act's signed scans in the order the journal made each the current one, as a bundle carries them.

    One entry per ``sign`` entry with a scan and per ``scan`` entry (its ``event``): the scan's ``uuid``, ``sha256`` and
    ``filename``, the ``uuid`` of the scan it ``replaces`` (None for the first), the ``reason`` given, and
    ``at``/``by`` (when and by whom it was filed).  Another copy applies the ones it lacks in the same order
    (:func:`equipment_desk.store.acts.incoming.apply_incoming_act`), so a replaced scan and its reason travel.
    """
    history: list[dict[str, Any]] = []
    for event, text in db.execute("SELECT event, body FROM act_log WHERE act_uuid = ? AND event IN ('sign', 'scan') ORDER BY pos",
                                  [act_uuid]).fetchall():
        body = json.loads(text)
        scan = body.get("scan")
        if not isinstance(scan, dict):
            continue
        replaces = body.get("replaces") if event == "scan" else None
        history.append({"event": event, "uuid": scan.get("uuid"), "sha256": scan.get("sha256"), "filename": scan.get("filename"),
                        "replaces": replaces, "reason": (body.get("reason") or "") if event == "scan" else "",
                        "at": body.get("at") if event == "scan" else scan.get("added_at"),
                        "by": body.get("by") if event == "scan" else scan.get("added_by")})
    return history


def next_seq(db: sqlite_utils.Database, series: str) -> int:
    """The next number of a series: after the last ever given (kept in ``act_series_head``) and after every act held."""
    kept = db.execute("SELECT last_seq FROM act_series_head WHERE series = ?", [series]).fetchone()
    held = db.execute("SELECT coalesce(max(seq), 0) FROM act WHERE series = ?", [series]).fetchone()[0]
    return max(kept[0] if kept else 0, held) + 1


def chain_end(db: sqlite_utils.Database, office: str) -> tuple[int, str]:
    """The place and hash of the last act of an office's chain ever sealed here (``(0, GENESIS_HASH)`` when none)."""
    kept = db.execute("SELECT chain_pos, content_hash FROM act_chain_head WHERE office_code = ?", [office]).fetchone()
    held = db.execute("SELECT chain_pos, content_hash FROM act WHERE office_code = ? AND chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1",
                      [office]).fetchone()
    best = max([r for r in (kept, held) if r is not None], key=lambda r: r[0], default=None)
    return (int(best[0]), str(best[1])) if best else (0, GENESIS_HASH)


# --- the schema -----------------------------------------------------------------------------------

OLD_EVENTS_CHECK = "(event IN ('seal', 'sign', 'scan', 'void'))"
EVENTS_CHECK = "(event IN ('seal', 'sign', 'scan', 'void', 'print'))"
"""The journal's events before and after prints were journaled (migration ``0011_issued_prints_journaled``)."""
_STATUS_EVENT = "CASE NEW.status WHEN 'finalized' THEN 'seal' WHEN 'signed' THEN 'sign' WHEN 'void' THEN 'void' END"
SCHEMA = [
    """CREATE TABLE act_log (
        pos INTEGER PRIMARY KEY CHECK (pos > 0),
        act_uuid TEXT NOT NULL CHECK (length(act_uuid) = 36),
        event TEXT NOT NULL CHECK """ + EVENTS_CHECK + """,
        body TEXT NOT NULL CHECK (json_valid(body)),
        previous_hash TEXT NOT NULL CHECK (length(previous_hash) = 64),
        hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
    ) STRICT""",
    "CREATE INDEX act_log_act ON act_log(act_uuid, event)",
    """CREATE TABLE act_log_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        pos INTEGER NOT NULL CHECK (pos >= 0),
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        act_uuid TEXT
    ) STRICT""",
    f"INSERT INTO act_log_head (id, pos, hash, act_uuid) VALUES (1, 0, '{GENESIS_HASH}', NULL)",
    """CREATE TABLE act_series_head (
        series TEXT PRIMARY KEY,
        last_seq INTEGER NOT NULL CHECK (last_seq > 0)
    ) STRICT""",
    """CREATE TABLE act_chain_head (
        office_code TEXT PRIMARY KEY,
        chain_pos INTEGER NOT NULL CHECK (chain_pos > 0),
        content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
        act_uuid TEXT NOT NULL
    ) STRICT""",
    # The journal only grows, in order, and its head follows it.
    """CREATE TRIGGER act_log_append_only_update BEFORE UPDATE ON act_log
        BEGIN SELECT RAISE(ABORT, 'the journal of sealed acts cannot be changed'); END""",
    """CREATE TRIGGER act_log_append_only_delete BEFORE DELETE ON act_log
        BEGIN SELECT RAISE(ABORT, 'the journal of sealed acts cannot be changed'); END""",
    """CREATE TRIGGER act_log_in_order BEFORE INSERT ON act_log
        WHEN NEW.pos IS NOT (SELECT pos + 1 FROM act_log_head WHERE id = 1)
          OR NEW.previous_hash IS NOT (SELECT hash FROM act_log_head WHERE id = 1)
        BEGIN SELECT RAISE(ABORT, 'a journal entry must follow the last one'); END""",
    """CREATE TRIGGER act_log_moves_head AFTER INSERT ON act_log
        BEGIN UPDATE act_log_head SET pos = NEW.pos, hash = NEW.hash, act_uuid = NEW.act_uuid WHERE id = 1; END""",
    """CREATE TRIGGER act_log_head_follows BEFORE UPDATE ON act_log_head
        WHEN NEW.id IS NOT OLD.id OR NEW.pos IS NOT (SELECT max(pos) FROM act_log)
          OR NEW.hash IS NOT (SELECT hash FROM act_log WHERE pos = NEW.pos)
          OR NEW.act_uuid IS NOT (SELECT act_uuid FROM act_log WHERE pos = NEW.pos)
        BEGIN SELECT RAISE(ABORT, 'the journal''s head records its last entry'); END""",
    """CREATE TRIGGER act_log_head_kept BEFORE DELETE ON act_log_head
        BEGIN SELECT RAISE(ABORT, 'the journal''s head records its last entry'); END""",
    # Numbers and places are never given twice.
    """CREATE TRIGGER act_sealed_moves_heads AFTER UPDATE OF status ON act
        WHEN OLD.status = 'draft' AND NEW.status = 'finalized'
        BEGIN
            INSERT INTO act_series_head (series, last_seq) VALUES (NEW.series, NEW.seq)
                ON CONFLICT (series) DO UPDATE SET last_seq = excluded.last_seq WHERE excluded.last_seq > last_seq;
            INSERT INTO act_chain_head (office_code, chain_pos, content_hash, act_uuid)
                VALUES (NEW.office_code, NEW.chain_pos, NEW.content_hash, NEW.uuid)
                ON CONFLICT (office_code) DO UPDATE SET chain_pos = excluded.chain_pos, content_hash = excluded.content_hash,
                                                        act_uuid = excluded.act_uuid
                WHERE excluded.chain_pos > chain_pos;
        END""",
    """CREATE TRIGGER act_series_only_grows BEFORE UPDATE ON act_series_head
        WHEN NEW.series IS NOT OLD.series OR NEW.last_seq < OLD.last_seq
        BEGIN SELECT RAISE(ABORT, 'a number once given is never given again'); END""",
    """CREATE TRIGGER act_series_kept BEFORE DELETE ON act_series_head
        BEGIN SELECT RAISE(ABORT, 'a number once given is never given again'); END""",
    """CREATE TRIGGER act_chain_head_only_grows BEFORE UPDATE ON act_chain_head
        WHEN NEW.office_code IS NOT OLD.office_code OR NEW.chain_pos <= OLD.chain_pos
        BEGIN SELECT RAISE(ABORT, 'the end of an office''s chain only moves forward'); END""",
    """CREATE TRIGGER act_chain_head_kept BEFORE DELETE ON act_chain_head
        BEGIN SELECT RAISE(ABORT, 'the end of an office''s chain only moves forward'); END""",
    # Every move of an act after its draft is in the journal before it is in the act.
    f"""CREATE TRIGGER act_state_journaled AFTER UPDATE OF status ON act
        WHEN NEW.status IS NOT OLD.status AND NEW.status IN ('finalized', 'signed', 'void')
         AND NOT EXISTS (SELECT 1 FROM act_log WHERE act_uuid = NEW.uuid AND event = {_STATUS_EVENT})
        BEGIN SELECT RAISE(ABORT, 'an act''s sealing, signature or voiding must be recorded in the journal first'); END""",
    # A signed scan may be replaced, only as the journal's last entry for the act records it (see create_journal).
]


SCAN_KEPT = "(OLD.signed_scan_id IS NOT NULL AND NEW.signed_scan_id IS NOT OLD.signed_scan_id)"
"""The clause of ``act_frozen_update`` (0001) that keeps a signed scan for ever."""
SCAN_REPLACED_ONLY_AS_JOURNALED = """(OLD.signed_scan_id IS NOT NULL AND NEW.signed_scan_id IS NOT OLD.signed_scan_id
                AND (SELECT json_extract(l.body, '$.scan.uuid') FROM act_log l WHERE l.act_uuid = NEW.uuid
                     ORDER BY l.pos DESC LIMIT 1) IS NOT (SELECT uuid FROM attachment WHERE id = NEW.signed_scan_id))"""
"""What this migration makes of it: a signed scan changes only to the one the act's last journal entry names."""
SCAN_ONLY_AS_JOURNALED = """(NEW.signed_scan_id IS NOT OLD.signed_scan_id
                AND (SELECT json_extract(l.body, '$.scan.uuid') FROM act_log l WHERE l.act_uuid = NEW.uuid
                     AND l.event IN ('sign', 'scan') ORDER BY l.pos DESC LIMIT 1)
                    IS NOT (SELECT uuid FROM attachment WHERE id = NEW.signed_scan_id))"""
"""What migration 0011 makes of it: the signed scan changes only to the one the act's last signature or scan entry
names.  The last entry of any kind let a print's entry (which names no scan) allow clearing the scan, and a
finalized act (no scan yet) could be given any attachment, another act's signed scan too."""


def _frozen_update_trigger(db: sqlite_utils.Database) -> str:
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'act_frozen_update'").fetchone()[0]
    if SCAN_KEPT not in trigger:
        raise RuntimeError("act_frozen_update is not the trigger this migration extends")
    if _applied(db, "0011_issued_prints_journaled"):  # a journal made again keeps the rule its register already has
        return trigger.replace(SCAN_KEPT, SCAN_ONLY_AS_JOURNALED)
    return trigger.replace(SCAN_KEPT, SCAN_REPLACED_ONLY_AS_JOURNALED)


def _applied(db: sqlite_utils.Database, migration: str) -> bool:
    return db.execute("SELECT 1 FROM _sqlite_migrations WHERE name = ?", [migration]).fetchone() is not None


def scan_only_as_journaled(db: sqlite_utils.Database) -> None:
    """Migration 0011's part of ``act_frozen_update``: :data:`SCAN_REPLACED_ONLY_AS_JOURNALED` becomes
    :data:`SCAN_ONLY_AS_JOURNALED`."""
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'act_frozen_update'").fetchone()[0]
    if SCAN_ONLY_AS_JOURNALED in trigger:
        return
    if trigger.count(SCAN_REPLACED_ONLY_AS_JOURNALED) != 1:
        raise RuntimeError("act_frozen_update is not the trigger this migration changes")
    db.execute("DROP TRIGGER act_frozen_update")
    db.execute(trigger.replace(SCAN_REPLACED_ONLY_AS_JOURNALED, SCAN_ONLY_AS_JOURNALED))


def journal_existing_acts(db: sqlite_utils.Database) -> None:
    """Entries for the acts sealed before the journal existed, in the order they were sealed; the heads from them."""
    acts = _rows(db, "SELECT * FROM act WHERE status <> 'draft' ORDER BY finalized_at, office_code, chain_pos, id", [])
    for row in acts:
        record_seal(db, row, act_lines_rows(db, row["id"]))
        if row["signed_date"] is not None:
            record_sign(db, row["uuid"], row, attachment_row(db, row["signed_scan_id"]))
        if row["status"] == "void":
            record_void(db, row["uuid"], row)
    db.execute("""INSERT INTO act_series_head (series, last_seq)
                  SELECT series, max(seq) FROM act WHERE seq IS NOT NULL GROUP BY series""")
    db.execute("""INSERT INTO act_chain_head (office_code, chain_pos, content_hash, act_uuid)
                  SELECT a.office_code, a.chain_pos, a.content_hash, a.uuid FROM act a
                  WHERE a.chain_pos = (SELECT max(b.chain_pos) FROM act b WHERE b.office_code = a.office_code)""")


SEALED_NUMBER_INDEX = ("CREATE INDEX IF NOT EXISTS act_log_sealed_number ON act_log "
                       "(json_extract(body, '$.act.number') COLLATE NOCASE) WHERE event = 'seal'")
"""The number inside each seal entry (migration ``0009_sealed_number_index``): finalizing asks whether a number
was ever sealed here without reading the whole journal."""


def create_journal(db: sqlite_utils.Database) -> None:
    """Migration ``0005_journal_of_sealed_acts``: the tables and triggers above, and entries for acts sealed before."""
    frozen = _frozen_update_trigger(db)
    for statement in SCHEMA:
        db.execute(statement)
    db.execute("DROP TRIGGER act_frozen_update")
    db.execute(frozen)
    journal_existing_acts(db)
    if _applied(db, "0009_sealed_number_index"):
        db.execute(SEALED_NUMBER_INDEX)  # a journal made again keeps the index its register already has
    if _applied(db, "0011_issued_prints_journaled"):
        from equipment_desk.store.prints import journal_existing_prints

        journal_existing_prints(db)  # and the prints it already records
