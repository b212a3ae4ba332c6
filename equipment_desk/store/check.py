"""``check``: is the database sound, and does every finalized act still verify?"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from equipment_desk.store import acts, stock


@dataclass
class CheckReport:
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    acts: list[tuple[str, str]] = field(default_factory=list)
    acts_checked: int = 0
    kept_stock: list[stock.WrongFigure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.acts or self.kept_stock)

    def lines(self) -> list[str]:
        out = [f"integrity: {line}" for line in self.integrity]
        out += [f"foreign key: {line}" for line in self.foreign_keys]
        out += [f"act {number}: {problem}" for number, problem in self.acts]
        out += [f"stock: {wrong}" for wrong in self.kept_stock]
        return out


def check_database(*, db: sqlite_utils.Database) -> CheckReport:
    """SQLite's integrity check, foreign keys, every finalized act's hash, each office's chain, and every item's
    kept handed-over figure against its act lines recomputed from scratch."""
    report = CheckReport()
    results = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    if results != ["ok"]:
        report.integrity.extend(results)
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall():
        report.foreign_keys.append(f"{table} row {rowid} refers to a missing {parent}")
    for act_id, number in db.execute("SELECT id, number FROM act WHERE status <> 'draft' ORDER BY office_code, chain_pos").fetchall():
        report.acts_checked += 1
        for problem in acts.verify_act(db=db, act_id=act_id):
            report.acts.append((number, problem))
    report.acts.extend(acts.verify_chains(db=db))
    report.kept_stock.extend(stock.kept_stock_problems(db=db))
    return report
