"""Pivot totals of what was handed over, and the acts still without a signed copy."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from equipment_desk.analytics import reports
from equipment_desk.analytics.act_rows import allocate
from equipment_desk.core.errors import InputError
from equipment_desk.exchange.reports import export_pivot
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
    export_pivot(result, path)
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == ["Programme", "Country", "Currency", "Amount", "Amount, USD", "Items", "Acts"]
    totals = [[c.value for c in row] for row in ws.iter_rows(min_row=2) if row[0].value == "Total" and row[1].value == "Total"]
    assert [r[2] for r in totals] == ["KGS", "USD", "UZS"]
    assert totals[0][-1] == result.total.act_count and totals[1][-1] is None


def test_unknown_donor_or_programme_is_an_error_not_an_empty_report(db):
    from equipment_desk.core.errors import NotFoundError

    with pytest.raises(NotFoundError, match="no donor named Nobody"):
        reports.pivot(db=db, rows_by="programme", donor="Nobody")
    with pytest.raises(NotFoundError, match="no programme with the code NOPE"):
        reports.pivot(db=db, rows_by="programme", programme_code="NOPE")
    # a donor may be named in English, in Russian, by its short name or UUID, in any case
    japan = reports.pivot(db=db, rows_by="programme", donor="japan")
    assert japan.total.act_count > 0
    assert reports.pivot(db=db, rows_by="programme", donor="Правительство Японии").total.usd_minor == japan.total.usd_minor


def co_funded_uuids(db):
    return {a.uuid for a in reports.iter_acts(db=db, statuses=reports.HANDED_OVER) if len(a.donors_en) > 1}


def test_by_donor_figures_carry_the_note_on_co_funded_programmes(db, tmp_path):
    assert co_funded_uuids(db), "the demo has a programme with several donors"
    by_donor = reports.pivot(db=db, rows_by="donor")
    assert sum(by_donor.row_totals[k].usd_minor for k in by_donor.row_keys) > by_donor.total.usd_minor
    assert by_donor.notes() == [reports.CO_FUNDED_NOTE[0]]
    assert by_donor.notes("ru") == [reports.CO_FUNDED_NOTE[1]]
    assert reports.pivot(db=db, rows_by="country", cols_by="donor").notes()
    assert reports.pivot(db=db, rows_by="programme").notes() == []
    assert reports.pivot(db=db, rows_by="programme", donor="Japan").notes() == [reports.ONE_DONOR_NOTE[0]]
    path = tmp_path / "by-donor.xlsx"
    export_pivot(by_donor, path)
    ws = openpyxl.load_workbook(path).active
    assert ws.cell(row=ws.max_row, column=1).value == reports.CO_FUNDED_NOTE[0]
    plain = tmp_path / "by-programme.xlsx"
    export_pivot(reports.pivot(db=db, rows_by="programme"), plain)
    ws = openpyxl.load_workbook(plain).active
    assert ws.cell(row=ws.max_row, column=1).value == "Total"


def test_codes_show_as_words_and_rows_are_in_the_order_of_their_labels(db):
    countries = reports.pivot(db=db, rows_by="country", cols_by="category", lang="ru")
    assert [countries.label("country", k) for k in countries.row_keys] == ["Кыргызстан", "Узбекистан"]
    shown = [countries.label("category", k) for k in countries.col_keys]
    assert "Компьютеры и оргтехника" in shown and shown == sorted(shown, key=str.casefold)
    english = reports.pivot(db=db, rows_by="category")
    assert english.label("category", "computers") == "Computers and IT"
    by_institution = reports.pivot(db=db, rows_by="institution", cols_by="month")
    labels = [by_institution.label("institution", k) for k in by_institution.row_keys]
    assert len(labels) > 2 and labels == sorted(labels, key=str.casefold)
    assert by_institution.col_keys == sorted(by_institution.col_keys)
    rows = reports.pivot_rows(reports.pivot(db=db, rows_by="country", lang="ru"))
    assert rows[-1]["row"] == "Итого" and rows[0]["row"] == "Кыргызстан"


def test_time_series_have_every_month_and_year_of_their_span():
    assert reports.fill_periods({"2018-11": 5, "2019-02": 7}) == [("2018-11", 5), ("2018-12", 0), ("2019-01", 0), ("2019-02", 7)]
    filled = reports.fill_periods({"2018-03": 1, "2019-06": 2, reports.NONE_KEY: 9})
    assert len(filled) == 16 and filled[0] == ("2018-03", 1) and filled[-1] == ("2019-06", 2) and sum(v for _, v in filled) == 3
    assert reports.fill_periods({"2016": 1, "2019": 2}, "year") == [("2016", 1), ("2017", 0), ("2018", 0), ("2019", 2)]
    assert reports.fill_periods({}) == []
    from types import SimpleNamespace

    acts = [SimpleNamespace(date="2018-03-05", usd_minor=100), SimpleNamespace(date="2019-06-01", usd_minor=50),
            SimpleNamespace(date="2018-03-20", usd_minor=None), SimpleNamespace(date=None, usd_minor=7)]
    series = reports.usd_by_period(acts)
    assert len(series) == 16 and series[0] == ("2018-03", 100) and series[5] == ("2018-08", 0)


def test_series_over_time_fills_the_gaps():
    from tests.conftest import Factory

    database = open_database(memory=True)
    make = Factory(database)
    make.finalized(act_date="2018-02-15")
    make.finalized(act_date="2018-06-10", rate_date="2018-06-01")
    series = reports.series_over_time(db=database)
    assert [key for key, _ in series] == ["2018-02", "2018-03", "2018-04", "2018-05", "2018-06"]
    assert [value for _, value in series][1:4] == [0, 0, 0] and all(value > 0 for value in (series[0][1], series[-1][1]))
    assert reports.series_over_time(db=database, by="year") == [("2018", sum(v for _, v in series))]
    database.close()
