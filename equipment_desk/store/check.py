"""``check``: is the database sound, and does everything sealed still say what was sealed?"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from equipment_desk.core.errors import Problem
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

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.guards or self.acts or self.kept_stock or self.search)

    def lines(self) -> list[str]:
        out = [f"integrity: {line}" for line in self.integrity]
        out += [f"foreign key: {line}" for line in self.foreign_keys]
        out += [f"guard: {problem}" for problem in self.guards]
        out += [f"act {number}: {problem}" for number, problem in self.acts]
        out += [f"stock: {wrong}" for wrong in self.kept_stock]
        out += [f"search: {line}" for line in self.search]
        return out


def check_database(*, db: sqlite_utils.Database) -> CheckReport:
    """SQLite's integrity check and foreign keys; the schema's guards (constraints, triggers) as the migrations make
    them; the journal of sealed acts; every sealed act against its hash, its content and its journal entries (its
    signed scans re-hashed); each office's chain; every item's kept handed-over figure recomputed from scratch; and each
    full-text index against the records it indexes."""
    report = CheckReport()
    results = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    if results != ["ok"]:
        report.integrity.extend(results)
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall():
        report.foreign_keys.append(f"{table} row {rowid} refers to a missing {parent}")
    report.guards.extend(guards.guard_problems(db=db))
    entries, broken = sealing.read_journal(db)
    report.acts.extend(broken)
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
