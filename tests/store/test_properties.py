"""Property tests: numbering, hashes and money stay right under any sequence of operations."""

from __future__ import annotations

import hashlib
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equipment_desk.core.errors import InputError, RefusedError
from equipment_desk.store import acts, records
from equipment_desk.store.database import open_database
from tests.conftest import Factory

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("create"), st.integers(min_value=0, max_value=3), st.sampled_from(["2018-03-01", "2019-06-30"])),
        st.tuples(st.just("finalize"), st.integers(min_value=0, max_value=20), st.just(None)),
        st.tuples(st.just("void"), st.integers(min_value=0, max_value=20), st.just(None)),
        st.tuples(st.just("sign"), st.integers(min_value=0, max_value=20), st.just(None)),
        st.tuples(st.just("delete"), st.integers(min_value=0, max_value=20), st.just(None)),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIONS)
def test_numbering_never_gaps_or_repeats_and_hashes_hold(operations) -> None:
    db = open_database(memory=True)
    make = Factory(db)
    make.programme()
    make.institution()
    stock = make.item(quantity=1000, serial_number=None, unit_value_minor=123_45)
    for op, index, date in operations:
        ids = [row[0] for row in db.execute("SELECT id FROM act ORDER BY id")]
        try:
            if op == "create":
                act_id = make.draft(act_date=date)
                acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": stock["id"], "quantity": index + 1}])
            elif ids:
                target = ids[index % len(ids)]
                if op == "finalize":
                    acts.finalize_act(db=db, act_id=target)
                elif op == "void":
                    acts.void_act(db=db, act_id=target, reason="test")
                elif op == "sign":
                    acts.sign_act(db=db, act_id=target, signed_date="2019-12-31")
                elif op == "delete":
                    acts.delete_draft(db=db, act_id=target)
        except (RefusedError, InputError):
            pass
    numbered = db.execute("SELECT series, seq, number FROM act WHERE number IS NOT NULL ORDER BY series, seq").fetchall()
    by_series: dict[str, list[int]] = {}
    for series, seq, number in numbered:
        by_series.setdefault(series, []).append(seq)
        assert number == f"{series}-{seq:04d}"
    for seqs in by_series.values():
        assert seqs == list(range(1, len(seqs) + 1))  # no gaps, no repeats
    assert len({n for *_, n in numbered}) == len(numbered)
    for (act_id, content_json, content_hash) in db.execute("SELECT id, content_json, content_hash FROM act WHERE status <> 'draft'"):
        assert hashlib.sha256(content_json.encode()).hexdigest() == content_hash
        assert acts.verify_act(db=db, act_id=act_id) == []
    assert acts.verify_chains(db=db) == []
    handed = db.execute(
        "SELECT coalesce(sum(l.quantity), 0) FROM act_line l JOIN act a ON a.id = l.act_id WHERE a.status IN ('finalized','signed')"
    ).fetchone()[0]
    assert handed <= 1000
    assert records.item_stock(db=db, item_id=stock["id"])["available"] == 1000 - handed
    db.close()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 50), st.integers(0, 10**9)), min_size=1, max_size=8))
def test_totals_are_exact_sums_of_lines(lines) -> None:
    db = open_database(memory=True)
    make = Factory(db)
    act_id = make.draft()
    for quantity, value in lines:
        item = make.item(quantity=quantity, unit_value_minor=value, serial_number=None)
        acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": item["id"]}])
    totals = acts.act_document(db=db, act_id=act_id)["totals"]
    assert totals["amount_minor"] == sum(q * v for q, v in lines)
    assert totals["quantity"] == sum(q for q, _ in lines)
    assert isinstance(totals["amount_minor"], int)
    db.close()


TAMPER = st.sampled_from([
    ("act_line", "quantity", 7),
    ("act_line", "unit_value_minor", 1),
    ("act_line", "item_name", "Changed"),
    ("act", "basis_en", "changed"),
    ("act", "content_json", "{}"),
    ("act", "rate_micro", 1),
])


@settings(max_examples=30, deadline=None)
@given(TAMPER)
def test_no_direct_change_makes_stored_content_differ_from_its_hash(tamper) -> None:
    db = open_database(memory=True)
    make = Factory(db)
    act_id = make.finalized()
    table, column, value = tamper
    where = "act_id" if table == "act_line" else "id"
    try:
        db.execute(f"UPDATE {table} SET {column} = ? WHERE {where} = ?", [value, act_id])
    except Exception as error:  # the triggers refuse
        assert re.search("cannot be changed", str(error))
    assert acts.verify_act(db=db, act_id=act_id) == []
    db.close()


def test_verification_notices_tampering_that_bypasses_triggers(db, make) -> None:
    act_id = make.finalized()
    number = acts.get_act_row(db=db, act_id=act_id)["number"]
    db.execute("DROP TRIGGER act_line_frozen_update")  # what an attacker with the file could do
    db.execute("UPDATE act_line SET quantity = 1, unit_value_minor = 1 WHERE act_id = ?", [act_id])
    problems = acts.verify_act(db=db, act_id=act_id)
    assert "its lines differ from the signed content" in [str(problem) for problem in problems]
    assert [problem.message for problem in problems] == ["its lines differ from the signed content",
                                                        "its totals differ from the signed content",
                                                        "line {line_no}: its {field} differs from what was sealed (journal entry {entry})"]
    assert "unit_value_minor" in problems[-1].params["field"]
    from equipment_desk.store.check import check_database

    report = check_database(db=db)
    assert not report.ok and any(line.startswith(f"act {number}") for line in report.lines())
