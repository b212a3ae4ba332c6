"""Pivot totals of what was handed over, and the acts still without a signed copy."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.exchange import reports
from equipment_desk.exchange.act_rows import allocate
from equipment_desk.store.database import open_database
from equipment_desk.store.demo import load_demo


@pytest.fixture(scope="module")
def db():
    database = open_database(memory=True)
    load_demo(db=database)
    yield database
    database.close()


def handed_over(db):
    """Expected totals straight from the act rows: finalized and signed acts only."""
    rows = db.execute("SELECT id, currency FROM act WHERE status IN ('finalized', 'signed')").fetchall()
    from equipment_desk.store.acts import list_acts

    listed = {r["id"]: r for r in list_acts(db=db)}
    return sum(listed[i]["usd_minor"] for i, _ in rows), len(rows)


def test_one_dimension_totals_match_the_acts(db):
    usd, count = handed_over(db)
    result = reports.pivot(db=db, rows_by="programme")
    assert result.total.usd_minor == usd and result.total.act_count == count
    assert sum(result.row_totals[k].usd_minor for k in result.row_keys) == usd
    assert result.row_totals["GLO/K32"].local == {"UZS": 4 * 284_300_000_00 // 1}  # the void act is left out
    assert result.label("programme", "XAC/Z60").startswith("XAC/Z60 — ")


def test_two_dimensions_and_donor_overlap(db):
    usd, _ = handed_over(db)
    result = reports.pivot(db=db, rows_by="donor", cols_by="country")
    assert result.total.usd_minor == usd
    assert sum(result.col_totals[c].usd_minor for c in result.col_keys) == usd
    # co-funded programmes count for each donor, so the donor rows add up to more than the total
    assert sum(result.row_totals[k].usd_minor for k in result.row_keys) > usd
    for r in result.row_keys:
        assert sum(result.cell(r, c).usd_minor for c in result.col_keys) == result.row_totals[r].usd_minor


@pytest.mark.parametrize("dimension", reports.DIMENSIONS)
def test_every_dimension_adds_up(db, dimension):
    usd, count = handed_over(db)
    result = reports.pivot(db=db, rows_by=dimension, cols_by="year" if dimension != "year" else "category")
    assert result.total.usd_minor == usd and result.total.act_count == count
    assert sum(result.col_totals[c].usd_minor for c in result.col_keys) == usd


def test_period_filter_and_bad_arguments(db):
    assert reports.pivot(db=db, rows_by="country", date_from="2019-01-01").total.usd_minor == 0
    with pytest.raises(InputError):
        reports.pivot(db=db, rows_by="colour")
    with pytest.raises(InputError):
        reports.pivot(db=db, rows_by="country", cols_by="country")
    with pytest.raises(InputError):
        reports.pivot(db=db, rows_by="country", date_from="2018-31-12")


def test_allocation_keeps_the_act_total():
    assert allocate(100, [1, 1, 1]) == [34, 33, 33]
    assert sum(allocate(3_123_207, [4300000] * 50 + [17]) ) == 3_123_207


def test_unsigned_acts(db):
    found = reports.unsigned_acts(db=db, days=30, today=date(2018, 4, 1))
    assert [(a.number, a.state) for a in found] == [("ROCA-2018-0005", "not signed"), ("ROCA-2018-0008", "not signed")]
    assert found[0].days == 34
    assert reports.unsigned_acts(db=db, days=40, today=date(2018, 4, 1)) == []


def test_pivot_to_xlsx(db, tmp_path):
    result = reports.pivot(db=db, rows_by="programme", cols_by="country")
    path = tmp_path / "report.xlsx"
    reports.export_pivot(result, path)
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == ["Programme", "Country", "Currency", "Amount", "Amount, USD", "Items", "Acts"]
    totals = [[c.value for c in row] for row in ws.iter_rows(min_row=2) if row[0].value == "Total" and row[1].value == "Total"]
    assert [r[2] for r in totals] == ["KGS", "USD", "UZS"]
    assert totals[0][-1] == result.total.act_count and totals[1][-1] is None
