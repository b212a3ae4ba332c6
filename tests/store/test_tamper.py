"""Tampering behind the program's back is caught by ``check`` and named by its act.

With every trigger dropped (someone with ``sqlite3``), any single change to
any sealed row — a column of a sealed act, of its lines, of a signed scan, of
the journal and its heads; a deleted act; a state reverted — must make
``check`` name the act it concerns.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from equipment_desk.store import acts
from equipment_desk.store.acts import journal
from equipment_desk.store.check import check_database
from equipment_desk.store.database import open_database
from tests.conftest import Factory
from tests.scans import pdf_scan

SEALED_TABLES = ("act", "act_line", "attachment", "act_log", "act_log_head", "act_series_head", "act_chain_head")


def _scan(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_bytes(pdf_scan(text))
    return path


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Acts in every state: finalized; signed with a scan; signed, its scan replaced; void; signed then void; a draft."""
    tmp = tmp_path_factory.mktemp("tamper")
    path = tmp / "register.sqlite"
    db = open_database(path)
    make = Factory(db)
    finalized = make.finalized()
    signed = make.finalized()
    acts.sign_act(db=db, act_id=signed, signed_date="2018-02-20", scan_path=_scan(tmp, "signed.pdf", "first"))
    rescanned = make.finalized()
    acts.sign_act(db=db, act_id=rescanned, signed_date="2018-02-21", scan_path=_scan(tmp, "blurred.pdf", "blurred"))
    acts.replace_signed_scan(db=db, act_id=rescanned, scan_path=_scan(tmp, "clear.pdf", "clear"), reason="the first scan is unreadable")
    voided = make.finalized()
    acts.void_act(db=db, act_id=voided, reason="wrong recipient")
    signed_void = make.finalized()
    acts.sign_act(db=db, act_id=signed_void, signed_date="2018-02-22")
    acts.void_act(db=db, act_id=signed_void, reason="handed over twice")
    make.draft(items=[make.item()])
    assert {finalized, signed, rescanned, voided, signed_void}
    assert check_database(db=db).ok, check_database(db=db).lines()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def _copy(path: Path) -> sqlite_utils.Database:
    source = sqlite3.connect(path)
    target = sqlite3.connect(":memory:")
    source.backup(target)
    source.close()
    db = sqlite_utils.Database(target)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _drop_triggers(db: sqlite_utils.Database) -> None:
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute(f"DROP TRIGGER {name}")


def _numbers(db: sqlite_utils.Database) -> dict[str, str]:
    return {uuid: number for uuid, number in db.execute("SELECT uuid, number FROM act WHERE number IS NOT NULL")}


def _owner(db: sqlite_utils.Database, table: str, row: dict) -> str | None:
    """The number of the act a row of a sealed table belongs to (None: the row is not sealed)."""
    numbers = _numbers(db)
    if table == "act":
        return row["number"] if row["status"] != "draft" else None
    if table == "act_line":
        found = db.execute("SELECT number, status FROM act WHERE id = ?", [row["act_id"]]).fetchone()
        return found[0] if found and found[1] != "draft" else None
    if table == "attachment":
        if row["kind"] != "signed_scan":
            return None
        return db.execute("SELECT number FROM act WHERE id = ?", [row["act_id"]]).fetchone()[0]
    if table in ("act_log", "act_log_head", "act_chain_head"):
        return numbers.get(row["act_uuid"])
    if table == "act_series_head":
        return db.execute("SELECT number FROM act WHERE series = ? AND seq = ?", [row["series"], row["last_seq"]]).fetchone()[0]
    raise AssertionError(table)


def _other(value, data: st.DataObject):
    if value is None:
        return data.draw(st.one_of(st.integers(-5, 5), st.text(max_size=3)), label="new value")
    if isinstance(value, bytes):
        index = data.draw(st.integers(0, len(value) - 1), label="byte")
        return value[:index] + bytes([value[index] ^ 0xFF]) + value[index + 1:]
    if isinstance(value, int):
        return data.draw(st.one_of(st.none(), st.integers(-3, 10**6).filter(lambda v: v != value)), label="new value")
    return data.draw(st.one_of(st.none(), st.text(max_size=5).map(lambda extra: value + extra).filter(lambda v: v != value),
                               st.just(value[:-1]) if value else st.just("x")), label="new value")


def _names(db: sqlite_utils.Database) -> set[str]:
    return {str(number) for number, _problem in check_database(db=db).acts}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_single_change_to_a_sealed_row_is_caught_and_names_its_act(register, data) -> None:
    db = _copy(register)
    _drop_triggers(db)
    table = data.draw(st.sampled_from(SEALED_TABLES), label="table")
    key = "pos" if table == "act_log" else "series" if table == "act_series_head" else "office_code" if table == "act_chain_head" else "id"
    rows = [dict(zip([d[0] for d in c.description], r)) for c in [db.execute(f"SELECT * FROM {table}")] for r in c.fetchall()]
    row = data.draw(st.sampled_from(rows), label="row")
    owner = _owner(db, table, row)
    assume(owner is not None)
    columns = [c for c in row if c not in journal.OUTSIDE_SEAL.get(table, {}) or c == "data"]
    column = data.draw(st.sampled_from(columns), label="column")
    value = _other(row[column], data)
    assume(value != row[column])
    try:
        db.execute(f"UPDATE {table} SET {column} = ? WHERE {key} = ?", [value, row[key]])
    except sqlite3.DatabaseError:
        assume(False)  # the table's own constraints refuse it
    named = _names(db)
    assert owner in named or (table == "act" and column == "number" and value in named), (table, column, row[column], value, named)


@pytest.mark.parametrize("which", ["finalized", "signed", "rescanned", "voided", "signed_void", "last"])
def test_deleting_a_sealed_act_is_caught_and_named(register, which) -> None:
    db = _copy(register)
    _drop_triggers(db)
    order = ["finalized", "signed", "rescanned", "voided", "signed_void"]
    number = db.execute("SELECT number FROM act WHERE chain_pos = ?", [len(order) if which == "last" else order.index(which) + 1]).fetchone()[0]
    db.execute("DELETE FROM act WHERE number = ?", [number])
    assert number in _names(db)


@pytest.mark.parametrize(("chain_pos", "status", "cleared"), [
    (2, "finalized", ("signed_date", "signed_at", "signed_by", "signed_scan_id")),  # a signature reverted
    (2, "void", ()),                                                              # a signed act voided behind the program's back
    (4, "finalized", ("void_reason", "voided_at", "voided_by")),                  # un-voided
    (5, "signed", ("void_reason", "voided_at", "voided_by")),                     # un-voided back to signed
    (1, "draft", ()),                                                             # a sealed act turned back into a draft
    (1, "signed", ()),                                                            # signed without a signature recorded
])
def test_a_state_changed_behind_the_programs_back_is_caught_and_named(register, chain_pos, status, cleared) -> None:
    db = _copy(register)
    _drop_triggers(db)
    number = db.execute("SELECT number FROM act WHERE chain_pos = ?", [chain_pos]).fetchone()[0]
    extra = {"void_reason": "behind the back", "voided_at": "2018-03-01T00:00:00Z", "voided_by": "x"} if status == "void" else {}
    extra.update({c: None for c in cleared})
    if status == "signed" and chain_pos == 1:
        extra["signed_date"] = "2018-03-01"
    sets = ", ".join(["status = ?", *(f"{c} = ?" for c in extra)])
    db.execute(f"UPDATE act SET {sets} WHERE number = ?", [status, *extra.values(), number])
    assert number in _names(db)


def test_cutting_the_last_entries_off_the_journal_is_caught(register) -> None:
    db = _copy(register)
    _drop_triggers(db)
    last_act = db.execute("SELECT a.number FROM act_log l JOIN act a ON a.uuid = l.act_uuid ORDER BY l.pos DESC LIMIT 1").fetchone()[0]
    db.execute("DELETE FROM act_log WHERE pos = (SELECT max(pos) FROM act_log)")
    assert last_act in _names(db)
