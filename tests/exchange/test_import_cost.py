"""What keeps an import's cost in proportion to the file, not to the register: pinned by what it leaves behind."""

from __future__ import annotations

import pytest

from equipment_desk.core.errors import InputError, NotFoundError, Problem
from equipment_desk.exchange.importers import ITEM_BATCH, apply_import, import_file, prepare_import
from equipment_desk.store import records
from equipment_desk.store.search import search_ids

from .test_importers import write_csv

HEADER = "Category;Name;Model;Serial number;Inventory number;Quantity;Unit value;Currency;Programme;Notes"


def items_csv(tmp_path, count, *, first=1, name="many.csv"):
    lines = [HEADER] + [f"computers;Desktop computer {n};HP ProDesk 400 G4;CZC{n:08d};INV-{n:06d};1;430.00;USD;XAC/Z60;room {n % 7}"
                        for n in range(first, first + count)]
    return write_csv(tmp_path, name, lines)


def test_many_rows_are_written_by_a_few_statements_not_one_per_row(db, tmp_path):
    """FTS5 writes what a statement gathered to disk when the statement ends: items written one statement per row
    (an ``executemany``) left one index segment per row and merge work that grew with the index, four fifths of an
    import's write on a large register.  Rows are now written a batch (200) per statement."""
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        result = import_file(db=db, kind="item", path=items_csv(tmp_path, 1234))
    finally:
        db.conn.set_trace_callback(None)
    assert result.created == 1234
    # a statement is traced again at each trigger it runs: each run of one shows the same text
    assert len({s for s in statements if s.startswith("INSERT INTO item (")}) == -(-1234 // ITEM_BATCH)
    for fts in ("item_fts", "item_code_fts"):
        db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")  # raises when out of step


def test_every_row_of_a_large_import_is_stored_audited_and_found_in_order(db, tmp_path):
    result = import_file(db=db, kind="item", path=items_csv(tmp_path, 1234))
    stored = db.execute("SELECT id, serial_number, inventory_number, notes FROM item ORDER BY id").fetchall()
    assert [row[0] for row in stored] == result.ids
    assert [row[1] for row in stored] == [f"CZC{n:08d}" for n in range(1, 1235)]
    assert stored[1000][2:] == ("INV-001001", "room 0")
    audit = db.execute("SELECT record_id, json_extract(changes, '$.row'), json_extract(changes, '$.serial_number') FROM audit_log "
                       "WHERE action = 'import' ORDER BY id").fetchall()
    assert audit == [(item_id, n + 1, f"CZC{n:08d}") for n, item_id in enumerate(result.ids, start=1)]
    assert search_ids(db=db, table="item", text="Desktop 1234") == [result.ids[-1]]
    assert db.execute("SELECT rowid FROM item_code_fts WHERE item_code_fts MATCH '\"00000777\"'").fetchall() == [(result.ids[776],)]


def test_a_second_import_into_a_filled_register_still_checks_against_it(db, tmp_path):
    import_file(db=db, kind="item", path=items_csv(tmp_path, 600))
    again = items_csv(tmp_path, 3, first=599, name="again.csv")
    try:
        import_file(db=db, kind="item", path=again)
    except Exception as error:  # noqa: BLE001 - the message is what is pinned
        text = str(error)
    else:
        raise AssertionError("a serial number already recorded was imported again")
    assert "again.csv" in text and "row 2" in text and "another item already has this serial number" in text
    assert db.execute("SELECT count(*) FROM item").fetchone()[0] == 600
    with pytest.raises(NotFoundError):
        records.find_id(db=db, kind=records.ITEM, ref="CZC00000601")


def test_the_register_is_asked_about_the_files_numbers_a_few_hundred_at_a_time(db, tmp_path):
    import_file(db=db, kind="item", path=items_csv(tmp_path, 300, first=1001, name="first.csv"))
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        preview = prepare_import(db=db, kind="item", path=items_csv(tmp_path, 1234))
    finally:
        db.conn.set_trace_callback(None)
    lookups = [s for s in statements if "serial_number" in s and s.startswith("SELECT")]
    assert 1 <= len(lookups) <= 3, lookups[:5]
    assert not [s for s in statements if "SELECT 1 FROM programme" in s][1:], "the programme is looked up once"
    taken = [(p.row, p.field, p.value) for p in preview.problems]
    assert len(taken) == 2 * 234  # rows 1001 to 1234 of the file, each by both numbers
    assert taken[:2] == [(1002, "Serial number", "CZC00001001"), (1002, "Inventory number", "INV-001001")]


def test_a_number_recorded_in_other_letter_case_is_taken_as_the_database_compares_it(db, tmp_path):
    """The unique indexes compare with NOCASE: ASCII letters in either case are the same number, other letters are not."""
    import_file(db=db, kind="item", path=write_csv(tmp_path, "one.csv", [HEADER, "office;Safe;S1;ÄB-czc-1;;1;1;USD;XAC/Z60;"]))
    ascii_case = prepare_import(db=db, kind="item", path=write_csv(tmp_path, "two.csv", [HEADER, "office;Safe;S1;ÄB-CZC-1;;1;1;USD;XAC/Z60;"]))
    assert [(p.row, p.field, p.message) for p in ascii_case.problems] == [(2, "Serial number", "another {label} already has this {what}")]
    other_case = prepare_import(db=db, kind="item", path=write_csv(tmp_path, "three.csv", [HEADER, "office;Safe;S1;äB-czc-1;;1;1;USD;XAC/Z60;"]))
    assert other_case.ok and other_case.rows[0].record["serial_number"] == "äB-czc-1"


def test_imported_records_get_time_ordered_uuids_in_file_order(db, tmp_path):
    """Version 7 UUIDs (time first) go in at the end of the uuid indexes, not at a random page for every row."""
    import uuid

    result = import_file(db=db, kind="item", path=items_csv(tmp_path, 450))
    uuids = [row[0] for row in db.execute("SELECT uuid FROM item ORDER BY id")]
    assert len(uuids) == len(set(uuids)) == 450
    assert uuids == sorted(uuids)
    assert {uuid.UUID(u).version for u in uuids} == {7} and all(str(uuid.UUID(u)) == u for u in uuids)
    logged = [row[0] for row in db.execute("SELECT record_uuid FROM audit_log WHERE action = 'import' ORDER BY id")]
    assert logged == uuids and result.ids == [row[0] for row in db.execute("SELECT id FROM item ORDER BY uuid")]


def test_ordered_uuids_are_unique_and_ascending_within_a_call():
    first, second = records.ordered_uuids(2000), records.ordered_uuids(2000)
    assert first == sorted(first) and second == sorted(second)
    assert len(set(first) | set(second)) == 4000
    assert first[-1][:13] <= second[0][:13]  # the milliseconds lead


def test_the_connections_page_cache_is_given_back_after_an_import(db, tmp_path):
    db.execute("PRAGMA cache_size = -3000")
    import_file(db=db, kind="item", path=items_csv(tmp_path, 20))
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -3000
    preview = prepare_import(db=db, kind="item", path=items_csv(tmp_path, 20, first=100, name="more.csv"))

    def fail(count):
        raise InputError(Problem("stopped before the commit"))

    with pytest.raises(InputError):
        apply_import(db=db, preview=preview, before_commit=fail)
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -3000
    assert db.execute("SELECT count(*) FROM item").fetchone()[0] == 20
