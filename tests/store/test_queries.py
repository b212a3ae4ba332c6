"""The list queries: filters, sorting by every column, rows with derived values."""

from __future__ import annotations

import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.store import acts, demo, queries, records
from equipment_desk.store.database import open_database
from equipment_desk.store.queries import ListFilter


@pytest.fixture(scope="module")
def db():
    database = open_database(memory=True)
    demo.load_demo(db=database)
    return database


@pytest.mark.parametrize("kind", queries.LIST_KINDS)
def test_every_column_sorts_both_ways_and_returns_every_row(db, kind):
    total = db.execute(f"SELECT count(*) FROM {dict(acts='act', items='item', institutions='institution', programmes='programme', donors='donor')[kind]}").fetchone()[0]
    for column in queries.SORT_KEYS[kind]:
        for lang in ("en", "ru"):
            up = queries.list_ids(db=db, kind=kind, sort=column, lang=lang)
            down = queries.list_ids(db=db, kind=kind, sort=column, descending=True, lang=lang)
            assert sorted(up) == sorted(down) and len(up) == total, column


def test_sort_orders_are_right(db):
    ids = queries.list_ids(db=db, kind="items", sort="name")
    names = [queries.fetch_rows(db=db, kind="items", ids=[i])[i]["name"].casefold() for i in ids]
    assert names == sorted(names)
    ids = queries.list_ids(db=db, kind="acts", sort="date", descending=True)
    dates = [row["date"] for row in (queries.fetch_rows(db=db, kind="acts", ids=ids)[i] for i in ids) if row["date"]]
    assert dates == sorted(dates, reverse=True)


def test_unknown_sort_column_and_status_are_input_errors(db):
    with pytest.raises(InputError):
        queries.list_ids(db=db, kind="items", sort="price; DROP TABLE item")
    with pytest.raises(InputError):
        queries.list_ids(db=db, kind="acts", filters=ListFilter(status="lost"))


def test_act_text_search_reaches_recipient_programme_donor_and_items(db):
    gpo = records.find_id(db=db, kind=records.INSTITUTION, ref="General Prosecutor's Office of the Kyrgyz Republic")
    by_recipient = queries.list_ids(db=db, kind="acts", filters=ListFilter(text="генерал прокурат"))
    rows = queries.fetch_rows(db=db, kind="acts", ids=by_recipient)
    assert by_recipient and all(r["recipient_institution_id"] == gpo for r in rows.values())
    by_donor = queries.list_ids(db=db, kind="acts", filters=ListFilter(text="japan"))
    assert set(by_recipient) <= set(by_donor)
    by_item = queries.list_ids(db=db, kind="acts", filters=ListFilter(text="ProDesk"))
    assert set(by_item) >= set(by_recipient)
    assert queries.list_ids(db=db, kind="acts", filters=ListFilter(text="zzzznothing")) == []


def test_serial_and_inventory_numbers_match_inside(db):
    item = queries.fetch_rows(db=db, kind="items", ids=[1])[1]
    middle = item["serial_number"][3:8]
    assert 1 in queries.list_ids(db=db, kind="items", filters=ListFilter(text=middle))
    assert 1 in queries.list_ids(db=db, kind="items", filters=ListFilter(text=item["inventory_number"]))
    assert queries.list_ids(db=db, kind="items", filters=ListFilter(text="100%_")) == []


def test_filters_by_status_country_programme_year(db):
    signed = queries.list_ids(db=db, kind="acts", filters=ListFilter(status="signed"))
    assert signed and all(r["status"] == "signed" for r in queries.fetch_rows(db=db, kind="acts", ids=signed).values())
    uz = queries.list_ids(db=db, kind="acts", filters=ListFilter(country="UZ"))
    assert uz and all(r["country"] == "UZ" for r in queries.fetch_rows(db=db, kind="acts", ids=uz).values())
    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref="GLO/G80")
    ccp_items = queries.list_ids(db=db, kind="items", filters=ListFilter(programme_id=programme_id))
    assert ccp_items and all(r["programme"] == "GLO/G80" for r in queries.fetch_rows(db=db, kind="items", ids=ccp_items).values())
    year = queries.filter_years(db=db, kind="acts")[0]
    assert queries.list_ids(db=db, kind="acts", filters=ListFilter(year=year))
    assert queries.list_ids(db=db, kind="acts", filters=ListFilter(year=1990)) == []
    donors = queries.list_ids(db=db, kind="donors", filters=ListFilter(programme_id=programme_id))
    assert len(donors) == 3


def test_item_status_filter_agrees_with_the_stock_view(db):
    for status in queries.ITEM_STATUSES:
        ids = queries.list_ids(db=db, kind="items", filters=ListFilter(status=status))
        expected = [r[0] for r in db.execute("SELECT id FROM item_stock WHERE status = ? ORDER BY id", [status]).fetchall()]
        assert sorted(ids) == expected
        for row in queries.fetch_rows(db=db, kind="items", ids=ids).values():
            assert row["status"] == status


def test_rows_carry_derived_values(db):
    act_ids = queries.list_ids(db=db, kind="acts")
    for act_id, row in queries.fetch_rows(db=db, kind="acts", ids=act_ids).items():
        document = acts.act_document(db=db, act_id=act_id)
        assert row["total_minor"] == document["totals"]["amount_minor"]
        if row["status"] != "draft":
            assert row["usd_minor"] == document["totals"]["usd_minor"]
    institutions = queries.fetch_rows(db=db, kind="institutions", ids=queries.list_ids(db=db, kind="institutions"))
    assert sum(r["acts"] for r in institutions.values()) == db.execute(
        "SELECT count(*) FROM act WHERE status IN ('finalized','signed')").fetchone()[0]
    summary = queries.acts_summary(db=db, filters=ListFilter())
    exact = sum(r["usd_minor"] or 0 for r in institutions.values())
    assert abs(summary["usd_minor"] - exact) <= summary["acts"]  # converted per rate, not per act: within a cent per act
    assert sum(summary["by_status"].values()) == summary["acts"] == len(act_ids)


def test_counts_and_empty(db):
    counts = queries.counts(db=db)
    assert counts["acts"] == db.execute("SELECT count(*) FROM act").fetchone()[0]
    assert not queries.is_empty(db=db)
    assert queries.is_empty(db=open_database(memory=True))
    assert queries.fetch_rows(db=db, kind="items", ids=[]) == {}
