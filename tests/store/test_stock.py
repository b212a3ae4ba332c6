"""The handed-over figure of each item is kept, guarded by the database, and proven by ``check``."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equipment_desk.core.errors import InputError, RefusedError
from equipment_desk.store import acts, records
from equipment_desk.store.check import check_database
from equipment_desk.store.database import open_database
from equipment_desk.store.migrations import MIGRATIONS
from equipment_desk.store.stock import kept_stock_problems
from tests.conftest import Factory


def kept(db, item_id: int) -> int:
    row = db.execute("SELECT quantity FROM item_handed_over WHERE item_id = ?", [item_id]).fetchone()
    return row[0] if row else 0


def test_finalizing_adds_the_lines_and_voiding_takes_them_back(db, make) -> None:
    a, b = make.item(quantity=5), make.item(quantity=2)
    act_id = make.draft()
    acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": a["id"], "quantity": 3}, {"item_id": b["id"]}])
    assert (kept(db, a["id"]), kept(db, b["id"])) == (0, 0)  # a draft hands over nothing
    acts.finalize_act(db=db, act_id=act_id)
    assert (kept(db, a["id"]), kept(db, b["id"])) == (3, 2)
    assert records.item_stock(db=db, item_id=a["id"])["available"] == 2
    acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20")
    assert (kept(db, a["id"]), kept(db, b["id"])) == (3, 2)  # signing changes nothing
    acts.void_act(db=db, act_id=act_id, reason="misspelt recipient")
    assert (kept(db, a["id"]), kept(db, b["id"])) == (0, 0)
    assert records.item_stock(db=db, item_id=b["id"])["status"] == "in_stock"
    assert kept_stock_problems(db=db) == []


def test_the_database_refuses_handing_over_more_than_in_stock_by_the_kept_figure(db, make) -> None:
    item = make.item(quantity=3)
    first, second = make.draft(), make.draft()
    acts.add_lines(db=db, act_id=first, lines=[{"item_id": item["id"], "quantity": 2}])
    acts.add_lines(db=db, act_id=second, lines=[{"item_id": item["id"], "quantity": 2}])
    acts.finalize_act(db=db, act_id=first)
    # Bypassing the program: the trigger reads the kept figure and refuses.
    with pytest.raises(sqlite3.IntegrityError, match="more of an item than is still in stock"):
        with db.conn:
            db.execute("UPDATE act_line SET item_name = 'x' WHERE act_id = ?", [second])
            db.execute("""UPDATE act SET status = 'finalized', number = 'X-1', office_code = 'X', series = 'X', seq = 1,
                              chain_pos = 99, content_json = '{}', content_hash = ?, previous_hash = ? WHERE id = ?""",
                       ["a" * 64, "0" * 64, second])
    assert kept(db, item["id"]) == 2
    with pytest.raises(sqlite3.IntegrityError, match="more than is still in stock"):
        db.execute("INSERT INTO act_line (uuid, act_id, line_no, item_id, quantity, unit_value_minor) VALUES (?,?,?,?,?,?)",
                   ["b" * 36, make.draft(), 1, item["id"], 2, 100])
    with pytest.raises(RefusedError, match="less than what has already been handed over"):
        records.update(db=db, kind=records.ITEM, record_id=item["id"], changes={"quantity": 1})
    with pytest.raises(sqlite3.IntegrityError, match="more of an item than is still in stock"):
        db.execute("UPDATE item_handed_over SET quantity = 4 WHERE item_id = ?", [item["id"]])
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute("UPDATE item_handed_over SET quantity = -1 WHERE item_id = ?", [item["id"]])
    with pytest.raises(InputError):
        acts.finalize_act(db=db, act_id=second)


def test_check_names_every_item_whose_kept_figure_is_wrong(db, make) -> None:
    right, wrong, missing = make.item(quantity=4, name="Laptop"), make.item(quantity=4, name="Printer"), make.item(name="Server")
    act_id = make.draft()
    acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": i["id"], "quantity": 1} for i in (right, wrong, missing)])
    acts.finalize_act(db=db, act_id=act_id)
    assert check_database(db=db).ok
    db.execute("UPDATE item_handed_over SET quantity = 3 WHERE item_id = ?", [wrong["id"]])
    db.execute("DELETE FROM item_handed_over WHERE item_id = ?", [missing["id"]])
    report = check_database(db=db)
    assert not report.ok
    assert [(w.item_id, w.kept, w.recomputed) for w in report.kept_stock] == [(wrong["id"], 3, 1), (missing["id"], 0, 1)]
    assert report.lines() == [
        f"stock: item {wrong['id']} 'Printer': the kept handed-over quantity is 3 but its finalized and signed act lines add up to 1",
        f"stock: item {missing['id']} 'Server': the kept handed-over quantity is 0 but its finalized and signed act lines add up to 1",
    ]


def test_the_migration_fills_the_kept_figures_of_an_existing_register(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    db = open_database(path, migrate=False)
    MIGRATIONS.apply(db, stop_before="0006_kept_stock")
    # today's writers need the per-language columns of 0009 and 0010: add them (recorded) to the register as 0005 left it
    from equipment_desk.store.languages import m0009_names_per_language, m0010_texts_in_national_languages

    for name, migration in (("0009_names_per_language", m0009_names_per_language),
                            ("0010_texts_in_national_languages", m0010_texts_in_national_languages)):
        if name not in {m.name for m in MIGRATIONS.applied(db)}:
            with db.atomic():
                migration(db)
                MIGRATIONS._record_applied(db, name)  # noqa: SLF001 - sqlite-utils keeps no public way
    make = Factory(db)
    items = [make.item(quantity=3), make.item(quantity=2), make.item(quantity=1)]
    handed = make.draft()
    acts.add_lines(db=db, act_id=handed, lines=[{"item_id": items[0]["id"], "quantity": 2}, {"item_id": items[1]["id"]}])
    acts.finalize_act(db=db, act_id=handed)
    voided = make.draft()
    acts.add_lines(db=db, act_id=voided, lines=[{"item_id": items[2]["id"]}])
    acts.finalize_act(db=db, act_id=voided)
    acts.void_act(db=db, act_id=voided, reason="wrong recipient")
    make.draft(items=[items[0]])  # a draft hands over nothing
    assert not db["item_handed_over"].exists()
    db.close()

    db = open_database(path)
    assert [kept(db, i["id"]) for i in items] == [2, 2, 0]
    assert check_database(db=db).ok
    db.close()


STEPS = st.lists(
    st.tuples(st.sampled_from(["draft", "finalize", "sign", "void", "delete", "requantity"]),
              st.integers(min_value=0, max_value=9), st.integers(min_value=1, max_value=4)),
    min_size=1, max_size=30,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STEPS)
def test_the_kept_figure_always_equals_the_figure_recomputed_from_scratch(steps) -> None:
    db = open_database(memory=True)
    make = Factory(db)
    items = [make.item(quantity=q) for q in (1, 2, 3, 5)]
    for op, index, quantity in steps:
        act_ids = [row[0] for row in db.execute("SELECT id FROM act ORDER BY id")]
        target = act_ids[index % len(act_ids)] if act_ids else None
        try:
            if op == "draft":
                act_id = make.draft()
                acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": items[index % 4]["id"], "quantity": quantity},
                                                            {"item_id": items[(index + 1) % 4]["id"], "quantity": 1}])
            elif target is None:
                continue
            elif op == "finalize":
                acts.finalize_act(db=db, act_id=target)
            elif op == "sign":
                acts.sign_act(db=db, act_id=target, signed_date="2018-03-01")
            elif op == "void":
                acts.void_act(db=db, act_id=target, reason="test")
            elif op == "delete":
                acts.delete_draft(db=db, act_id=target)
            elif op == "requantity":
                records.update(db=db, kind=records.ITEM, record_id=items[index % 4]["id"], changes={"quantity": quantity})
        except (RefusedError, InputError):
            pass
    assert kept_stock_problems(db=db) == []
    for item in items:
        stock = records.item_stock(db=db, item_id=item["id"])
        assert 0 <= stock["handed_over"] <= stock["quantity"]
    db.close()


def test_finalizing_reads_nothing_in_proportion_to_the_register(db, make) -> None:
    """Every query finalizing runs finds its rows through an index: no statement reads a whole table of acts,
    lines, items or journal entries (a cost that would grow with the register)."""
    for _ in range(3):
        make.finalized()
    act_id = make.draft(items=[make.item(), make.item()])
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        acts.finalize_act(db=db, act_id=act_id)
    finally:
        db.conn.set_trace_callback(None)
    scans = []
    for statement in statements:
        if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        for row in db.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall():
            detail = row[-1]
            if detail.startswith("SCAN ") and detail.split()[1] in ("act", "act_line", "item", "act_log", "audit_log"):
                scans.append((detail, statement[:120]))
    assert scans == []
