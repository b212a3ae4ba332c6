"""``check``: is the database sound, and does everything sealed still say what was sealed?"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlite_utils

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.hashing import GENESIS_HASH
from equipment_desk.store import guards, search, stock
from equipment_desk.store.acts import sealing


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    guards: list[Problem] = field(default_factory=list)
    acts: list[tuple[str, Problem]] = field(default_factory=list)
    acts_checked: int = 0
    kept_stock: list[stock.WrongFigure] = field(default_factory=list)
    search: list[str] = field(default_factory=list)
    """The full-text indexes that are out of step with their records."""
    journal_head: tuple[int, str] = (0, GENESIS_HASH)
    """The journal's last entry and its hash: noted outside the file, ``check --since`` proves it unchanged later."""
    anchor: list[Problem] = field(default_factory=list)
    """What is wrong with the entry noted before (``since``)."""

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.guards or self.acts or self.kept_stock or self.search
                    or self.anchor)

    def lines(self) -> list[str]:
        out = [f"integrity: {line}" for line in self.integrity]
        out += [f"foreign key: {line}" for line in self.foreign_keys]
        out += [f"guard: {problem}" for problem in self.guards]
        out += [f"act {number}: {problem}" for number, problem in self.acts]
        out += [f"stock: {wrong}" for wrong in self.kept_stock]
        out += [f"search: {line}" for line in self.search]
        out += [f"journal: {problem}" for problem in self.anchor]
        return out


def check_database(*, db: sqlite_utils.Database, since: tuple[int, str] | None = None) -> CheckReport:
    """SQLite's integrity check and foreign keys; the schema's guards (constraints, triggers) as the migrations make
    them; the journal of sealed acts; every sealed act against its hash, its content and its journal entries (its
    signed scans re-hashed); each office's chain; every item's kept handed-over figure recomputed from scratch; and each
    full-text index against the records it indexes.

    Everything compared lives in this one file, so a forger who recomputes every hash is not seen by it: ``since``
    (an entry of the journal and its hash, noted outside the file from an earlier report's ``journal_head``) must
    still be in the journal as it was — an entry's hash covers every entry before it."""
    report = CheckReport()
    results = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    if results != ["ok"]:
        report.integrity.extend(results)
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall():
        report.foreign_keys.append(f"{table} row {rowid} refers to a missing {parent}")
    report.guards.extend(guards.guard_problems(db=db))
    entries, broken = sealing.read_journal(db)
    report.acts.extend(broken)
    if entries:
        report.journal_head = (entries[-1].pos, journal_hash(db, entries[-1].pos))
    if since is not None:
        report.anchor.extend(anchor_problems(db, since))
    records = sealing.records_by_act(entries)
    for act_id, number, uuid in db.execute("SELECT id, number, uuid FROM act WHERE status <> 'draft' ORDER BY office_code, chain_pos").fetchall():
        report.acts_checked += 1
        for problem in sealing.verify_act(db=db, act_id=act_id, record=records.get(uuid, sealing.JournalRecord())):
            report.acts.append((number, problem))
    report.acts.extend(sealing.verify_journal(db=db, entries=entries))
    report.acts.extend(sealing.verify_chains(db=db))
    report.kept_stock.extend(stock.kept_stock_problems(db=db))
    report.search.extend(search.index_problems(db=db))
    return report


def journal_hash(db: sqlite_utils.Database, pos: int) -> str:
    row = db.execute("SELECT hash FROM act_log WHERE pos = ?", [pos]).fetchone()
    return row[0] if row else ""


def anchor_problems(db: sqlite_utils.Database, since: tuple[int, str]) -> list[Problem]:
    """Whether the journal still holds the entry noted before, with the hash noted."""
    pos, noted = since
    held = journal_hash(db, pos)
    if not held:
        return [Problem("the journal has no entry {entry}, the entry noted: entries were cut off or the journal was written again",
                        params={"entry": pos})]
    if held != noted:
        return [Problem("journal entry {entry} is not the one noted (its hash is {held}, noted {noted}): the journal was "
                        "written again since, and what it records of the acts before may have been changed with it",
                        params={"entry": pos, "held": held, "noted": noted})]
    return []


_ANCHOR = re.compile(r"^\s*([1-9][0-9]{0,17})\s*:\s*([0-9a-fA-F]{64})\s*$")


def parse_anchor(text: str) -> tuple[int, str]:
    """``ENTRY:HASH`` as ``check`` printed it (e.g. ``42:9b2f…``, 64 hex digits) as ``(42, "9b2f…")``."""
    found = _ANCHOR.match(text or "")
    if not found:
        raise InputError(Problem("must be ENTRY:HASH as check printed it, e.g. 42: and 64 hexadecimal digits",
                                 field="since", value=text))
    return int(found.group(1)), found.group(2).lower()
