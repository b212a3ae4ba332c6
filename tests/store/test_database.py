"""Opening files: ours, foreign, damaged, newer, locked; migrations applied once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from equipment_desk.core.errors import DatabaseLockedError, NewerSchemaError, NotOurDatabaseError, RefusedError
from equipment_desk.store import records
from equipment_desk.store.database import APPLICATION_ID, database_file, integrity_refusal, open_database, write_transaction
from equipment_desk.store.migrations import MIGRATIONS


def test_new_database_is_created_with_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / "desk.sqlite"
    db = open_database(path)
    assert path.is_file()
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"act", "act_line", "item", "institution", "signatory", "programme", "donor", "attachment", "audit_log"} <= set(db.table_names())
    assert database_file(db) == path
    db.close()
    assert database_file(open_database(memory=True)) is None


def test_migrations_apply_once(db_path: Path) -> None:
    db = open_database(db_path)
    applied = [m.name for m in MIGRATIONS.applied(db)]
    MIGRATIONS.apply(db)
    assert [m.name for m in MIGRATIONS.applied(db)] == applied
    assert len(applied) == len(set(applied)) >= 1
    db.close()


def test_reopening_keeps_the_data(db_path: Path) -> None:
    db = open_database(db_path)
    records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan"})
    db.close()
    db = open_database(db_path)
    assert db.execute("SELECT name_en FROM donor").fetchall() == [("Government of Japan",)]
    db.close()


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("shopping list: milk, bread", encoding="utf-8")
    with pytest.raises(NotOurDatabaseError, match="not an Equipment Desk database"):
        open_database(path)
    assert path.read_text(encoding="utf-8") == "shopping list: milk, bread"


def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotOurDatabaseError, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_damaged_file_is_refused_and_left_untouched(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # garble the schema page, keep the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(NotOurDatabaseError):
        open_database(db_path)
    assert db_path.read_bytes() == bytes(data)


def test_a_newer_database_is_refused_and_left_untouched(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('equipment_desk', '9999_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_a_locked_database_gives_a_clear_error(db_path: Path) -> None:
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError, match="in use by another program"):
            db = open_database(db_path, busy_timeout_ms=50)
            with write_transaction(db):
                db.execute("INSERT INTO setting (key, value) VALUES ('x', 'y')")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_before_migrate_hook_runs_only_for_pending_migrations(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    open_database(db_path, before_migrate=lambda db, path, names: calls.append(names)).close()
    assert calls == []

    @MIGRATIONS(name="9000_test_extra")
    def extra(db) -> None:  # pragma: no cover - registered only for this test
        db.execute("CREATE TABLE test_extra (x INTEGER)")

    try:
        db = open_database(db_path, before_migrate=lambda db, path, names: calls.append(names))
        assert calls == [["9000_test_extra"]]
        assert "test_extra" in db.table_names()
        db.close()
    finally:
        MIGRATIONS._migrations = [m for m in MIGRATIONS._migrations if m.name != "9000_test_extra"]


def test_what_sqlite_refuses_comes_back_as_a_template_with_its_values(db, make) -> None:
    """The window translates refusals: the template is ours (or a trigger's own words), the values are parameters."""
    finalized = make.finalized()
    with pytest.raises(RefusedError) as caught:
        with write_transaction(db):
            db.execute("DELETE FROM act WHERE id = ?", [finalized])
    assert caught.value.message == "a finalized act cannot be deleted; void it instead" and caught.value.params == {}
    make.item(serial_number="SN-A")
    make.item(serial_number="SN-B")
    with pytest.raises(RefusedError) as caught:
        with write_transaction(db):
            db.execute("UPDATE item SET serial_number = 'SN-A' WHERE serial_number = 'SN-B'")
    assert caught.value.message == "another record already has this {field}", caught.value.text()
    assert caught.value.params == {"field": "serial_number"}
    unique = integrity_refusal("UNIQUE constraint failed: act.series, act.seq")
    assert (unique.message, unique.params) == ("another record already has this {field}", {"field": "series, seq"})
    assert str(integrity_refusal("UNIQUE constraint failed: item.serial_number")) == "another record already has this serial number"
    check = integrity_refusal("CHECK constraint failed: quantity > 0")
    assert (check.message, check.params) == ("a value is out of range ({detail})", {"detail": "quantity > 0"})
    assert integrity_refusal("FOREIGN KEY constraint failed").params == {}


def test_a_failed_transaction_leaves_nothing(db) -> None:
    with pytest.raises(RuntimeError):
        with write_transaction(db):
            records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan"})
            raise RuntimeError("power cut")
    assert db.execute("SELECT count(*) FROM donor").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def test_damage_is_found_after_an_unclean_shutdown(db_path: Path) -> None:
    db = open_database(db_path)
    records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan"})
    db.close()
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'donor'").fetchone()[0]
    conn.close()
    data = bytearray(db_path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\x07" * page_size  # a garbled table page; the schema still reads
    db_path.write_bytes(bytes(data))
    db_path.with_name(db_path.name + "-wal").write_bytes(b"\x00" * 32)  # what a crash leaves behind
    with pytest.raises(NotOurDatabaseError, match="damaged"):
        open_database(db_path)


def test_a_workers_connection_does_not_check_the_whole_file_again(db_path: Path, monkeypatch) -> None:
    # While the window has the register open its write-ahead log is not empty: each background read (one per
    # keystroke in a search) would otherwise run quick_check over the whole file.
    db = open_database(db_path)
    records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan"})
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    ran: list[str] = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.set_trace_callback(ran.append)
        return connection

    monkeypatch.setattr(sqlite3, "connect", traced)
    worker = open_database(db_path, migrate=False, quick_check=False)
    assert worker.execute("SELECT count(*) FROM donor").fetchone()[0] >= 1
    assert not [statement for statement in ran if "quick_check" in statement]
    worker.close()
    open_database(db_path).close()  # the program's own opening still checks after an unclean close
    assert [statement for statement in ran if "quick_check" in statement]
    db.close()
