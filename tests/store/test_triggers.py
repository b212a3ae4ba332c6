"""The database defends itself: direct SQL cannot change a finalized act."""

from __future__ import annotations

import sqlite3

import pytest

from equipment_desk.store import acts
from equipment_desk.store.migrations import ACT_CONTENT_COLUMNS
from tests.scans import pdf_scan

_SAMPLE_VALUES = {
    "seq": 99, "chain_pos": 99, "rate_micro": 1, "rate_scale": 100, "nb_rate_micro": 1, "nb_rate_scale": 100,
    "recipient_institution_id": None, "recipient_signatory_id": None, "programme_id": None,
    "act_date": "2019-01-01", "rate_date": "2019-01-01", "nb_rate_date": "2019-01-01", "country": "UZ",
    "languages": "en,ru", "transfer_type": "custody", "currency": "USD", "rate_type": "other",
    "content_hash": "f" * 64, "previous_hash": "e" * 64, "uuid": "00000000-0000-4000-8000-000000000000",
}


@pytest.mark.parametrize("column", ACT_CONTENT_COLUMNS)
def test_every_content_column_of_a_finalized_act_is_frozen(db, make, column) -> None:
    act_id = make.finalized()
    value = _SAMPLE_VALUES.get(column, "tampered")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        db.execute(f"UPDATE act SET {column} = ? WHERE id = ?", [value, act_id])
    assert acts.verify_act(db=db, act_id=act_id) == []


def test_a_finalized_act_cannot_be_deleted(db, make) -> None:
    act_id = make.finalized()
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        db.execute("DELETE FROM act WHERE id = ?", [act_id])


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE act_line SET quantity = quantity + 1 WHERE act_id = ?",
        "UPDATE act_line SET unit_value_minor = 1 WHERE act_id = ?",
        "UPDATE act_line SET item_name = 'other' WHERE act_id = ?",
        "DELETE FROM act_line WHERE act_id = ?",
        "INSERT INTO act_line (uuid, act_id, line_no, item_id, quantity, unit_value_minor) "
        "SELECT '11111111-1111-4111-8111-111111111111', ?, 99, item_id, 1, 1 FROM act_line LIMIT 1",
    ],
)
def test_lines_of_a_finalized_act_are_frozen(db, make, statement) -> None:
    act_id = make.finalized()
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        db.execute(statement, [act_id])


def test_a_void_act_cannot_come_back(db, make) -> None:
    act_id = make.finalized()
    acts.void_act(db=db, act_id=act_id, reason="duplicate")
    for statement in ("UPDATE act SET status = 'finalized' WHERE id = ?", "UPDATE act SET void_reason = 'other' WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(statement, [act_id])


def test_a_signed_act_cannot_be_unsigned_or_redated(db, make) -> None:
    act_id = make.finalized()
    acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20")
    for statement in ("UPDATE act SET status = 'finalized' WHERE id = ?", "UPDATE act SET signed_date = '2018-03-01' WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(statement, [act_id])


def test_finalizing_by_sql_still_obeys_the_rules(db, make) -> None:
    draft = make.draft()  # no lines
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "UPDATE act SET status = 'finalized', number = 'X-1', seq = 1, series = 'X', chain_pos = 1, office_code = 'X', "
            "content_json = '{}', content_hash = ?, previous_hash = ? WHERE id = ?",
            ["a" * 64, "0" * 64, draft],
        )


def test_stock_cannot_drop_below_what_was_handed_over(db, make) -> None:
    item = make.item(quantity=3, serial_number=None)
    act_id = make.draft()
    acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": item["id"], "quantity": 2}])
    acts.finalize_act(db=db, act_id=act_id)
    with pytest.raises(sqlite3.IntegrityError, match="already been handed over"):
        db.execute("UPDATE item SET quantity = 1 WHERE id = ?", [item["id"]])
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        db.execute("UPDATE item SET unit_value_minor = 1 WHERE id = ?", [item["id"]])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM item WHERE id = ?", [item["id"]])


def test_the_signed_scan_and_the_audit_log_are_kept(db, make) -> None:
    act_id = make.finalized()
    acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20", scan=("scan.pdf", pdf_scan("scan")))
    scan_id = acts.get_act_row(db=db, act_id=act_id)["signed_scan_id"]
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM attachment WHERE id = ?", [scan_id])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE attachment SET data = x'00', size = 1 WHERE id = ?", [scan_id])
    with pytest.raises(sqlite3.IntegrityError, match="audit log"):
        db.execute("DELETE FROM audit_log")
    with pytest.raises(sqlite3.IntegrityError, match="audit log"):
        db.execute("UPDATE audit_log SET user = 'nobody'")


@pytest.mark.parametrize(
    ("column", "value"),
    [("quantity", 0), ("quantity", -1), ("unit_value_minor", -5), ("currency", "RUB"), ("category", "toys")],
)
def test_check_constraints_refuse_bad_item_values(db, make, column, value) -> None:
    item = make.item()
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(f"UPDATE item SET {column} = ? WHERE id = ?", [value, item["id"]])


def test_amount_past_the_integer_column_is_refused(db, make) -> None:
    item = make.item(quantity=10, serial_number=None, unit_value_minor=1)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE item SET unit_value_minor = ? WHERE id = ?", [2**62, item["id"]])
