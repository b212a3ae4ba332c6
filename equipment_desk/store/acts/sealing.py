"""Checking sealed acts against what was sealed: content and hash, the journal's record of every column, the chains.

:func:`verify_act` checks one act: its content against its hash; its columns
and lines against its content (derived, key by key of the canonical form);
every column of its row, of its lines and of its signed scans against the
journal's entries (:mod:`.journal`) by one comparison over the declared
columns, its scans' bytes re-hashed; and its state (finalized, signed, void)
against the entries that moved it there.  :func:`verify_journal` checks the
journal itself (each entry hashing the one before, its head), that every act
it sealed is still here and still sealed, and the heads of numbers and
chains; :func:`verify_chains` each office's chain of acts.  Every failure is
a message template with its values (``str()`` gives the English), so the
window can translate it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from equipment_desk.core import act_texts
from equipment_desk.core.errors import Problem
from equipment_desk.core.hashing import FORMAT, FORMATS, GENESIS_HASH, SEALED_TEXTS_KEY, canonical_json, canonical_keys, sha256_hex
from equipment_desk.store.acts import journal
from equipment_desk.store.acts.document import live_content
from equipment_desk.store.acts.rows import act_lines, fetch_rows, get_act_row

IDENTIFIED_KEYS = {"recipient": ("institution_uuid", ("signatory", "uuid")), "programme": ("code",)}
"""Content that names other records as they were printed: the act's row must still point at the same records
(their texts today may differ from what was printed, and need not be the same)."""


@dataclass
class Entry:
    pos: int
    act_uuid: str
    event: str
    body: dict[str, Any]


@dataclass
class JournalRecord:
    """What the journal says about one act."""

    entries: list[Entry] = field(default_factory=list)

    def of(self, event: str) -> list[Entry]:
        return [e for e in self.entries if e.event == event]


def journal_of(db: sqlite_utils.Database, act_uuid: str) -> JournalRecord:
    rows = db.execute("SELECT pos, act_uuid, event, body FROM act_log WHERE act_uuid = ? ORDER BY pos", [act_uuid]).fetchall()
    return JournalRecord([Entry(pos, uuid, event, _body(body)) for pos, uuid, event, body in rows])


def _body(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def verify_act(*, db: sqlite_utils.Database, act_id: int, record: JournalRecord | None = None) -> list[Problem]:
    """What is wrong with a sealed act (empty when it verifies); a draft has nothing sealed."""
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] == "draft":
        return []
    failures = _content_problems(db, row)
    if record is None:
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'act_log'").fetchone() is None:
            return failures  # a backup from before the journal: its migration journals its acts when it is opened
        record = journal_of(db, row["uuid"])
    return failures + _journal_problems(db, row, record)


def _content_problems(db: sqlite_utils.Database, row: Mapping[str, Any]) -> list[Problem]:
    failures: list[Problem] = []
    text = row["content_json"] or ""
    if sha256_hex(text) != row["content_hash"]:
        failures.append(Problem("its content does not match its hash"))
    try:
        content = json.loads(text)
    except ValueError:
        return [*failures, Problem("its stored content is not readable")]
    if not isinstance(content, dict):
        return [*failures, Problem("its stored content is not readable")]
    if canonical_json(content) != text:
        failures.append(Problem("its stored content is not in canonical form"))
    content_format = content.get("format") if content.get("format") in FORMATS else FORMAT  # rebuilt in its own version
    live = json.loads(canonical_json(live_content(db, row, act_lines(db=db, act_id=row["id"]), content_format)))
    for key in canonical_keys(content_format):
        if key == SEALED_TEXTS_KEY:  # sealed as the files said them then; the files may be corrected since
            failures += act_texts.sealed_problems(content.get(key), content.get("languages") or [])
            continue
        expected, sealed = live.get(key), content.get(key)
        if key in IDENTIFIED_KEYS:
            expected, sealed = _identity(key, expected), _identity(key, sealed)
        if expected == sealed:
            continue
        if key == "lines":
            failures.append(Problem("its lines differ from the signed content"))
        elif key == "totals":
            failures.append(Problem("its totals differ from the signed content"))
        else:
            failures.append(Problem("its {field} differs from the signed content", params={"field": key}))
    return failures


def _identity(key: str, value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    out = []
    for path in IDENTIFIED_KEYS[key]:
        part: Any = value
        for step in (path,) if isinstance(path, str) else path:
            part = part.get(step) if isinstance(part, dict) else None
        out.append(part)
    return out


def _differing(current: Mapping[str, Any], sealed: Mapping[str, Any], columns: Iterable[str],
               absent: Mapping[str, Any] | None = None) -> list[str]:
    """The columns whose values differ from the sealed record's: the one comparison every sealed row goes through.
    A column the record does not hold is compared with its value in ``absent`` (a column added after the record
    was written, see :data:`.journal.ADDED_AFTER_SEALING`), or not at all."""
    absent = absent or {}
    return [c for c in columns if (c in sealed and current.get(c) != sealed[c])
            or (c not in sealed and c in absent and current.get(c) != absent[c])]


def _journal_problems(db: sqlite_utils.Database, row: Mapping[str, Any], record: JournalRecord) -> list[Problem]:
    seals = record.of("seal")
    if not seals:
        return [Problem("it is sealed but the journal has no record of its sealing")]
    failures: list[Problem] = []
    if len(seals) > 1 or record.entries[0].event != "seal":
        failures.append(Problem("the journal records its sealing more than once or out of order"))
    seal = seals[0].body
    sealed_act = seal.get("act") if isinstance(seal.get("act"), dict) else {}
    changed = _differing(journal.sealed_row(row), sealed_act, journal.ACT_COLUMNS, journal.ADDED_AFTER_SEALING["act"])
    if changed:
        failures.append(Problem("its {field} differs from what was sealed (journal entry {entry})",
                                params={"field": ", ".join(changed), "entry": seals[0].pos}))
    failures += _line_problems(journal.sealed_lines(journal.act_lines_rows(db, row["id"])), seal.get("lines"), seals[0].pos)
    failures += _state_problems(db, row, record)
    failures += _print_problems(db, row, record)
    return failures


def _print_problems(db: sqlite_utils.Database, row: Mapping[str, Any], record: JournalRecord) -> list[Problem]:
    """Every print recorded as issued for the act against its print entry, and every print entry against its row:
    ``verify`` accepts a file whose SHA-256 is recorded, so a record the journal does not vouch for is named."""
    held = {p["uuid"]: p for p in fetch_rows(db, "SELECT * FROM issued_print WHERE act_id = ? ORDER BY id", [row["id"]])}
    entries: dict[Any, list[Entry]] = {}
    for entry in record.of("print"):
        recorded = entry.body.get("print") if isinstance(entry.body.get("print"), dict) else {}
        entries.setdefault(recorded.get("uuid"), []).append(entry)
    failures = []
    for uuid, issued in held.items():
        params = {"sha256": issued["sha256"], "at": issued["issued_at"]}
        found = entries.get(uuid) or []
        if not found:
            failures.append(Problem("its print {sha256} recorded as issued on {at} is not in the journal: "
                                    "it was recorded behind the program's back", params=params))
            continue
        changed = _differing(issued, {c: found[0].body["print"].get(c) for c in journal.PRINT_COLUMNS}, journal.PRINT_COLUMNS)
        if changed or len(found) > 1:
            failures.append(Problem("its print {sha256} recorded as issued on {at}: its {field} differs from what the "
                                    "journal records (journal entry {entry})",
                                    params={**params, "field": ", ".join(changed) or "entry", "entry": found[0].pos}))
    for uuid, found in entries.items():
        if uuid not in held:
            recorded = found[0].body["print"]
            failures.append(Problem("its print {sha256} recorded as issued on {at} (journal entry {entry}) is missing",
                                    params={"sha256": recorded.get("sha256"), "at": recorded.get("issued_at"), "entry": found[0].pos}))
    return failures


def _line_problems(current: list[dict[str, Any]], sealed: Any, entry: int) -> list[Problem]:
    if not isinstance(sealed, list):
        return [Problem("its lines differ from what was sealed (journal entry {entry})", params={"entry": entry})]
    failures = []
    by_no = {line.get("line_no"): line for line in sealed if isinstance(line, dict)}
    now = {line["line_no"]: line for line in current}
    for line_no in sorted(set(by_no) | set(now), key=lambda n: (n is None, n if isinstance(n, int) else 0)):
        if line_no not in now:
            failures.append(Problem("line {line_no} is missing (journal entry {entry})", params={"line_no": line_no, "entry": entry}))
        elif line_no not in by_no:
            failures.append(Problem("line {line_no} was not sealed (journal entry {entry})", params={"line_no": line_no, "entry": entry}))
        else:
            changed = _differing(now[line_no], by_no[line_no], journal.LINE_COLUMNS, journal.ADDED_AFTER_SEALING["act_line"])
            if changed:
                failures.append(Problem("line {line_no}: its {field} differs from what was sealed (journal entry {entry})",
                                        params={"line_no": line_no, "field": ", ".join(changed), "entry": entry}))
    return failures


def _state_problems(db: sqlite_utils.Database, row: Mapping[str, Any], record: JournalRecord) -> list[Problem]:
    """Status, signature, signed scan and voiding against the entries that record them."""
    signs, voids = record.of("sign"), record.of("void")
    expected: dict[str, Any] = {"status": "void" if voids else "signed" if signs else "finalized"}
    sign = signs[-1].body if signs else {}
    void = voids[-1].body if voids else {}
    expected.update({c: sign.get(c) for c in journal.SIGN_COLUMNS})
    expected.update({c: void.get(c) for c in journal.VOID_COLUMNS})
    scan_entries = [e for e in record.entries if e.event in ("sign", "scan") and isinstance(e.body.get("scan"), dict)]
    current_scan = scan_entries[-1].body["scan"] if scan_entries else None
    expected["signed_scan_id"] = current_scan.get("id") if current_scan else None
    failures = []
    if row["status"] != expected["status"]:
        failures.append(Problem("it is {status} but the journal records it as {expected} (journal entry {entry})",
                                params={"status": row["status"], "expected": expected["status"],
                                        "entry": [e for e in record.entries if e.event != "print"][-1].pos}))
    changed = [c for c in _differing(row, expected, journal.LIFECYCLE_COLUMNS) if c != "status"]
    if changed:
        failures.append(Problem("its {field} differs from what the journal records", params={"field": ", ".join(changed)}))
    for entry in scan_entries:
        failures += _scan_problems(db, entry)
    return failures


def _scan_problems(db: sqlite_utils.Database, entry: Entry) -> list[Problem]:
    """A signed scan recorded in ``entry`` must be here as recorded, its bytes hashing to the recorded SHA-256."""
    recorded = entry.body["scan"]
    rows = fetch_rows(db, "SELECT *, length(data) AS data_size FROM attachment WHERE uuid = ?", [recorded.get("uuid")])
    params = {"filename": recorded.get("filename"), "entry": entry.pos}
    if not rows:
        return [Problem("its signed scan {filename} is missing (journal entry {entry})", params=params)]
    held = rows[0]
    failures = []
    changed = _differing(held, recorded, journal.SCAN_COLUMNS)
    if changed:
        failures.append(Problem("its signed scan {filename}: its {field} differs from what was recorded (journal entry {entry})",
                                params={**params, "field": ", ".join(changed)}))
    data = bytes(held["data"]) if held["data"] is not None else b""
    if sha256_hex(data) != recorded.get("sha256") or len(data) != recorded.get("size"):
        failures.append(Problem("the bytes of its signed scan {filename} do not match the SHA-256 recorded when it was filed (journal entry {entry})",
                                params=params))
    return failures


# --- the journal as a whole ---------------------------------------------------------------------

def _act_names(db: sqlite_utils.Database) -> dict[str, str]:
    return {uuid: number or uuid for uuid, number in db.execute("SELECT uuid, number FROM act")}


def read_journal(db: sqlite_utils.Database) -> tuple[list[Entry], list[tuple[str, Problem]]]:
    """Every entry in order, and what is wrong with the chain of entries (named by act)."""
    failures: list[tuple[str, Problem]] = []
    entries: list[Entry] = []
    names = _act_names(db)
    previous, expected_pos = GENESIS_HASH, 1
    last: tuple[int, str, str] | None = None
    for pos, act_uuid, event, body, previous_hash, digest in db.execute(
            "SELECT pos, act_uuid, event, body, previous_hash, hash FROM act_log ORDER BY pos"):
        entry = Entry(pos, act_uuid, event, _body(body))
        entries.append(entry)
        name = names.get(act_uuid) or _sealed_number(entry) or act_uuid
        if pos != expected_pos:
            failures.append((name, Problem("the journal skips from entry {after} to {entry} (an entry is missing)",
                                           params={"after": expected_pos - 1, "entry": pos})))
        if previous_hash != previous:
            failures.append((name, Problem("journal entry {entry} does not follow the entry before it", params={"entry": pos})))
        if journal.entry_hash(pos=pos, act_uuid=act_uuid, event=event, body=body, previous_hash=previous_hash) != digest:
            failures.append((name, Problem("journal entry {entry} ({event}) was changed after it was written", params={"entry": pos, "event": event})))
        previous, expected_pos, last = digest, pos + 1, (pos, digest, act_uuid)
    head = db.execute("SELECT pos, hash, act_uuid FROM act_log_head WHERE id = 1").fetchone()
    if tuple(head or ()) != (last or (0, GENESIS_HASH, None)):
        recorded = head[2] if head else None
        name = names.get(recorded or "") or next((_sealed_number(e) for e in entries if e.act_uuid == recorded and e.event == "seal"), None)
        failures.append((name or (names.get(last[2]) if last else "") or "", Problem(
            "the journal ends at entry {last} but its head records entry {entry}: entries were cut off or the head was changed",
            params={"last": last[0] if last else 0, "entry": head[0] if head else "none"})))
    return entries, failures


def _sealed_number(entry: Entry) -> str | None:
    act = entry.body.get("act")
    return act.get("number") if isinstance(act, dict) else None


def verify_journal(*, db: sqlite_utils.Database, entries: list[Entry] | None = None) -> list[tuple[str, Problem]]:
    """The journal's chain and head; every act it sealed still here and sealed; the heads of numbers and chains."""
    failures: list[tuple[str, Problem]] = []
    if entries is None:
        entries, failures = read_journal(db)
    held = {uuid: (number, status) for uuid, number, status in db.execute("SELECT uuid, number, status FROM act")}
    series: dict[str, tuple[int, str]] = {}
    chains: dict[str, tuple[int, str, str, str]] = {}
    for entry in entries:
        if entry.event != "seal":
            continue
        act = entry.body.get("act") if isinstance(entry.body.get("act"), dict) else {}
        number = act.get("number") or entry.act_uuid
        here = held.get(entry.act_uuid)
        if here is None:
            failures.append((number, Problem("it was sealed (journal entry {entry}) but is missing from the register", params={"entry": entry.pos})))
        elif here[1] == "draft":
            failures.append((number, Problem("it was sealed (journal entry {entry}) but is now a draft", params={"entry": entry.pos})))
        if isinstance(act.get("seq"), int) and act.get("series"):
            series[act["series"]] = max(series.get(act["series"], (0, "")), (act["seq"], number))
        if isinstance(act.get("chain_pos"), int) and act.get("office_code"):
            chains[act["office_code"]] = max(chains.get(act["office_code"], (0, "", "", "")),
                                             (act["chain_pos"], act.get("content_hash") or "", entry.act_uuid, number))
    kept_series = dict(db.execute("SELECT series, last_seq FROM act_series_head").fetchall())
    for name in sorted(set(series) | set(kept_series)):
        last, number = series.get(name, (0, ""))
        if kept_series.get(name) != (last or None):
            failures.append((number or name, Problem("series {series}: the last number given is recorded as {kept} but the journal's is {last}",
                                                     params={"series": name, "kept": kept_series.get(name, "none"), "last": last})))
    kept_chains = {office: (pos, digest, uuid) for office, pos, digest, uuid in db.execute(
        "SELECT office_code, chain_pos, content_hash, act_uuid FROM act_chain_head")}
    for office in sorted(set(chains) | set(kept_chains)):
        pos, digest, uuid, number = chains.get(office, (0, "", "", ""))
        if kept_chains.get(office) != ((pos, digest, uuid) if pos else None):
            failures.append((number or office, Problem("the end of the chain of office {office} is recorded as place {kept} but the journal's is {last}",
                                                       params={"office": office, "kept": (kept_chains.get(office) or ("none",))[0], "last": pos})))
    return failures


def verify_chains(*, db: sqlite_utils.Database) -> list[tuple[str, Problem]]:
    """Every finalized act's links: ``[(number, what is wrong)]``, each a message template with its values."""
    failures: list[tuple[str, Problem]] = []
    offices = [r[0] for r in db.execute("SELECT DISTINCT office_code FROM act WHERE chain_pos IS NOT NULL ORDER BY office_code")]
    for office in offices:
        expected_previous, expected_pos = GENESIS_HASH, 1
        for number, pos, previous, content_hash in db.execute(
            "SELECT number, chain_pos, previous_hash, content_hash FROM act WHERE office_code = ? AND chain_pos IS NOT NULL ORDER BY chain_pos",
            [office],
        ).fetchall():
            if pos != expected_pos:
                failures.append((number, Problem("the chain of office {office} skips from position {after} to {position} (an act is missing)",
                                                 params={"office": office, "after": expected_pos - 1, "position": pos})))
            if previous != expected_previous:
                failures.append((number, Problem("its link to the previous act is broken (previous hash differs)")))
            expected_previous, expected_pos = content_hash, pos + 1
    return failures


def records_by_act(entries: list[Entry]) -> dict[str, JournalRecord]:
    out: dict[str, JournalRecord] = {}
    for entry in entries:
        out.setdefault(entry.act_uuid, JournalRecord()).entries.append(entry)
    return out
