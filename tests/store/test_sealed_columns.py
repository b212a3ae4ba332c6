"""Every column of the sealed tables is sealed or declared outside the seal with a reason; check names what was seen."""

from __future__ import annotations

import sqlite3

import pytest

from equipment_desk.store import acts
from equipment_desk.store.acts import journal
from equipment_desk.store.check import check_database
from tests.scans import pdf_scan

SEALED = {
    "act": (*journal.ACT_COLUMNS, *journal.LIFECYCLE_COLUMNS),
    "act_line": journal.LINE_COLUMNS,
    "attachment": journal.SCAN_COLUMNS,
}


@pytest.mark.parametrize("table", sorted(SEALED))
def test_every_column_is_sealed_or_outside_the_seal_with_a_reason(db, table) -> None:
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()]
    outside = journal.OUTSIDE_SEAL[table]
    undeclared = [c for c in columns if c not in SEALED[table] and c not in outside]
    assert undeclared == [], f"{table}: declare these columns as sealed (store/acts/journal.py) or outside the seal with a reason"
    assert not set(SEALED[table]) & set(outside)
    assert all(reason.strip() for reason in outside.values())
    assert set(SEALED[table]) | set(outside) <= set(columns), "a declared column no longer exists"


def _drop_triggers(db) -> None:
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute(f"DROP TRIGGER {name}")


def _named(db) -> dict[str, list[str]]:
    named: dict[str, list[str]] = {}
    for number, problem in check_database(db=db).acts:
        named.setdefault(number, []).append(problem.message)
    return named


def _signed(db, make, tmp_path, name: str = "signed.pdf") -> int:
    act_id = make.finalized()
    scan = tmp_path / name
    scan.write_bytes(pdf_scan(name))
    acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20", scan_path=scan)
    return act_id


def test_a_signature_reverted_behind_the_programs_back_is_named(db, make, tmp_path) -> None:
    act_id = _signed(db, make, tmp_path)
    number = acts.get_act_row(db=db, act_id=act_id)["number"]
    _drop_triggers(db)
    db.execute("UPDATE act SET status = 'finalized', signed_date = NULL, signed_at = NULL, signed_by = NULL, signed_scan_id = NULL WHERE id = ?", [act_id])
    assert "it is {status} but the journal records it as {expected} (journal entry {entry})" in _named(db)[number]


def test_a_signed_act_voided_behind_the_programs_back_is_named(db, make, tmp_path) -> None:
    act_id = _signed(db, make, tmp_path)
    number = acts.get_act_row(db=db, act_id=act_id)["number"]
    _drop_triggers(db)
    db.execute("UPDATE act SET status = 'void', void_reason = 'x', voided_at = 'now', voided_by = 'x' WHERE id = ?", [act_id])
    assert number in _named(db)


def test_a_sealed_act_made_a_draft_and_deleted_is_named(db, make) -> None:
    act_id = make.finalized()
    number = acts.get_act_row(db=db, act_id=act_id)["number"]
    _drop_triggers(db)
    db.execute("UPDATE act SET status = 'draft' WHERE id = ?", [act_id])
    assert "it was sealed (journal entry {entry}) but is now a draft" in _named(db)[number]
    acts.delete_draft(db=db, act_id=act_id)
    assert "it was sealed (journal entry {entry}) but is missing from the register" in _named(db)[number]


def test_the_last_act_deleted_is_named_and_its_number_is_never_given_again(db, make) -> None:
    make.finalized()
    last = make.finalized()
    number = acts.get_act_row(db=db, act_id=last)["number"]
    _drop_triggers(db)
    db.execute("DELETE FROM act WHERE id = ?", [last])
    assert number in _named(db)
    following = make.finalized()
    assert acts.get_act_row(db=db, act_id=following)["number"] not in (number, None)
    assert acts.get_act_row(db=db, act_id=following)["chain_pos"] == 3


def test_a_signed_scans_bytes_replaced_are_named(db, make, tmp_path) -> None:
    act_id = _signed(db, make, tmp_path)
    number = acts.get_act_row(db=db, act_id=act_id)["number"]
    _drop_triggers(db)
    db.execute("UPDATE attachment SET data = zeroblob(size) WHERE kind = 'signed_scan'")
    assert ("the bytes of its signed scan {filename} do not match the SHA-256 recorded when it was filed (journal entry {entry})"
            in _named(db)[number])


@pytest.mark.parametrize(("column", "value"), [("place_en", "Osh"), ("recipient_institution_id", "other"), ("programme_id", "other")])
def test_a_sealed_column_edited_is_named(db, make, column, value) -> None:
    act_id = make.finalized()
    number = acts.get_act_row(db=db, act_id=act_id)["number"]
    if value == "other":
        table = "institution" if column.startswith("recipient") else "programme"
        value = make.institution("Customs Service")["id"] if table == "institution" else make.programme("GLO/K32")["id"]
    _drop_triggers(db)
    db.execute(f"UPDATE act SET {column} = ? WHERE id = ?", [value, act_id])
    assert any(column in str(message) or "differs" in message for message in _named(db)[number])
    problems = acts.verify_act(db=db, act_id=act_id)
    assert any(p.params.get("field", "").split(", ").count(column) for p in problems)


def test_a_dropped_or_altered_trigger_is_named(db) -> None:
    assert check_database(db=db).guards == []
    db.execute("DROP TRIGGER act_frozen_delete")
    db.execute("DROP TRIGGER attachment_immutable")
    db.execute("CREATE TRIGGER attachment_immutable BEFORE UPDATE ON attachment WHEN 0 BEGIN SELECT 1; END")
    db.execute("CREATE TRIGGER mine AFTER INSERT ON item BEGIN SELECT 1; END")
    report = check_database(db=db)
    assert [str(p) for p in report.guards] == [
        "the trigger act_frozen_delete is missing",
        "the trigger attachment_immutable is not defined as the program defines it",
        "the trigger mine was not made by the program",
    ]
    assert not report.ok


def test_a_replaced_scan_keeps_the_old_one_and_is_journaled(db, make, tmp_path) -> None:
    act_id = _signed(db, make, tmp_path, "blurred.pdf")
    old = acts.get_act_row(db=db, act_id=act_id)["signed_scan_id"]
    better = tmp_path / "clear.pdf"
    better.write_bytes(pdf_scan("clear"))
    with pytest.raises(Exception, match="reason"):
        acts.replace_signed_scan(db=db, act_id=act_id, scan_path=better, reason=" ")
    new = acts.replace_signed_scan(db=db, act_id=act_id, scan_path=better, reason="the first scan is unreadable")
    assert new != old and acts.get_act_row(db=db, act_id=act_id)["signed_scan_id"] == new
    assert db.execute("SELECT count(*) FROM attachment WHERE act_id = ? AND kind = 'signed_scan'", [act_id]).fetchone()[0] == 2
    entry = db.execute("SELECT event, json_extract(body, '$.reason') FROM act_log ORDER BY pos DESC LIMIT 1").fetchone()
    assert entry == ("scan", "the first scan is unreadable")
    audit = db.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert audit == "replace_scan"
    assert check_database(db=db).ok
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        db.execute("UPDATE act SET signed_scan_id = ? WHERE id = ?", [old, act_id])


def test_a_database_from_before_the_journal_gets_its_acts_journaled_when_opened(tmp_path) -> None:
    from equipment_desk.store.database import open_database
    from tests.conftest import Factory

    path = tmp_path / "old.sqlite"
    db = open_database(path)
    make = Factory(db)
    first, second = make.finalized(), make.finalized()
    acts.void_act(db=db, act_id=second, reason="wrong recipient")
    # Take the register back to what it was before the journal: its tables, triggers and record of the migration gone.
    frozen = db.execute("SELECT sql FROM sqlite_master WHERE name = 'act_frozen_update'").fetchone()[0]
    assert journal.SCAN_ONLY_AS_JOURNALED in frozen
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'act_log%' OR name LIKE 'act_series_head%' "
                              "OR name LIKE 'act_chain_head%' OR name IN ('act_sealed_moves_heads', 'act_state_journaled', 'act_frozen_update'))").fetchall():
        db.execute(f"DROP TRIGGER {name}")
    db.execute(frozen.replace(journal.SCAN_ONLY_AS_JOURNALED, journal.SCAN_KEPT))
    for table in ("act_log", "act_log_head", "act_series_head", "act_chain_head"):
        db.execute(f"DROP TABLE {table}")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_journal_of_sealed_acts'")
    assert acts.verify_act(db=db, act_id=first) == []  # an old backup is checked without a journal
    db.close()
    db = open_database(path)
    assert db.execute("SELECT event FROM act_log ORDER BY pos").fetchall() == [("seal",), ("seal",), ("void",)]
    assert check_database(db=db).ok, check_database(db=db).lines()
    later = Factory(db)
    later._serial = 100
    third = later.finalized()
    assert acts.get_act_row(db=db, act_id=third)["chain_pos"] == 3
    db.close()
