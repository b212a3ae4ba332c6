"""The list queries: filters, sorting by every column, rows with derived values."""

from __future__ import annotations

import json

import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.store import acts, demo, queries, records, search
from equipment_desk.store.database import open_database, write_transaction
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


def test_items_to_hand_over_leave_out_what_is_gone_and_subtract_what_the_draft_holds():
    database = open_database(memory=True)
    demo.load_demo(db=database)
    stock = {row["id"]: row for row in database.query("SELECT * FROM item_stock")}
    listed = {row["id"]: row for row in queries.items_to_hand_over(db=database)}
    expected = {item_id for item_id, row in stock.items() if row["available"] > 0 and not row["written_off"]}
    assert set(listed) == expected and expected
    assert all(row["left_quantity"] == stock[item_id]["available"] for item_id, row in listed.items())
    names = [(row["name"].casefold(), (row["model"] or "").casefold()) for row in listed.values()]
    assert names == sorted(names)
    draft = database.execute("SELECT id FROM act WHERE status = 'draft'").fetchone()[0]
    held = dict(database.execute("SELECT item_id, sum(quantity) FROM act_line WHERE act_id = ? GROUP BY item_id", [draft]).fetchall())
    assert held
    for item_id, row in {row["id"]: row for row in queries.items_to_hand_over(db=database, act_id=draft)}.items():
        assert row["left_quantity"] == stock[item_id]["available"] - held.get(item_id, 0) > 0
    fully_held = [item_id for item_id, quantity in held.items() if quantity == stock[item_id]["available"]]
    assert fully_held and not set(fully_held) & {row["id"] for row in queries.items_to_hand_over(db=database, act_id=draft)}


def _items_matching_each_word(db, text, order):
    """The straightforward reading of an item search: every word matches the item, its programme or a code piece."""
    conditions, params = [], []
    for word in search.search_words(text):
        match = '"' + word.replace('"', '""') + '"*'
        condition = ("i.id IN (SELECT rowid FROM item_fts WHERE item_fts MATCH ?) "
                     "OR i.programme_id IN (SELECT rowid FROM programme_fts WHERE programme_fts MATCH ?)")
        params += [match, match]
        if len(word) >= 3:
            condition += " OR i.id IN (SELECT rowid FROM item_code_fts WHERE item_code_fts MATCH ?)"
            params.append(search.code_expression(word))
        conditions.append(f"({condition})")
    where = " AND ".join(conditions) or "1"
    return [r[0] for r in db.execute(f"SELECT i.id FROM item i WHERE {where} ORDER BY {order}", params).fetchall()]


@pytest.mark.parametrize("text", ["d", "desk", "CZC", "8021", "czc8021 0001", "UNODC-KG-18", "Asia", "glo desk", "программа",
                                  "desktop monitor 400", "zzz", "hp 2015 keyboard"])
def test_item_search_reads_every_word_in_every_place_in_any_order(db, text):
    assert queries.list_ids(db=db, kind="items", filters=ListFilter(text=text), sort="added", descending=True) == \
        _items_matching_each_word(db, text, "i.id DESC")
    assert queries.list_ids(db=db, kind="items", filters=ListFilter(text=text), sort="added") == \
        _items_matching_each_word(db, text, "i.id")
    assert queries.list_ids(db=db, kind="items", filters=ListFilter(text=text), sort="name", descending=True) == \
        _items_matching_each_word(db, text, "i.name COLLATE NOCASE DESC, i.id DESC")
    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref="XAC/Z60")
    with_programme = queries.list_ids(db=db, kind="items", filters=ListFilter(text=text, programme_id=programme_id), sort="added")
    assert with_programme == [i for i in _items_matching_each_word(db, text, "i.id")
                              if queries.fetch_rows(db=db, kind="items", ids=[i])[i]["programme_id"] == programme_id]


def test_sorting_by_availability_follows_the_stock(db):
    ids = queries.list_ids(db=db, kind="items", sort="available", descending=True)
    rows = queries.fetch_rows(db=db, kind="items", ids=ids)
    available = [rows[i]["available"] for i in ids]
    assert available == sorted(available, reverse=True) and len(ids) == len(rows)
    ids = queries.list_ids(db=db, kind="items", sort="status")
    statuses = [rows[i]["status"] for i in ids]
    assert statuses == sorted(statuses)


def test_filtered_lists_sort_like_unfiltered_ones(db):
    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref="XAC/Z60")
    for column in ("name", "model", "acquisition_date", "added"):
        everything = queries.list_ids(db=db, kind="items", sort=column, descending=True)
        filtered = queries.list_ids(db=db, kind="items", filters=ListFilter(programme_id=programme_id), sort=column, descending=True)
        rows = queries.fetch_rows(db=db, kind="items", ids=everything)
        assert filtered == [i for i in everything if rows[i]["programme_id"] == programme_id], column
    everything = queries.list_ids(db=db, kind="acts", sort="date", descending=True)
    signed = queries.list_ids(db=db, kind="acts", filters=ListFilter(status="signed"), sort="date", descending=True)
    statuses = queries.fetch_rows(db=db, kind="acts", ids=everything)
    assert signed == [i for i in everything if statuses[i]["status"] == "signed"]


def test_acts_summary_adds_up_the_rows_of_the_list(db):
    for filters in (ListFilter(), ListFilter(status="signed"), ListFilter(country="KG"), ListFilter(text="japan")):
        ids = queries.list_ids(db=db, kind="acts", filters=filters)
        rows = queries.fetch_rows(db=db, kind="acts", ids=ids).values()
        summary = queries.acts_summary(db=db, filters=filters)
        counted = [r for r in rows if r["status"] in ("finalized", "signed")]
        assert summary["acts"] == len(ids)
        assert summary["by_status"] == {s: sum(r["status"] == s for r in rows) for s in queries.ACT_STATUSES}
        assert summary["quantity"] == sum(r["quantity"] for r in counted)
        per_currency = {}
        for r in counted:
            per_currency[r["currency"]] = per_currency.get(r["currency"], 0) + r["total_minor"]
        assert summary["per_currency"] == per_currency
        assert queries.acts_summary(db=db, filters=filters, ids=ids) == summary


def _acts_matching_each_word(db, text):
    """The straightforward reading of an act search: every word matches the act, its recipient, its programme or
    a donor of it, or an item on one of its lines (as an item search reads it)."""
    conditions, params = [], []
    for word in search.search_words(text):
        match = '"' + word.replace('"', '""') + '"*'
        items = _items_matching_each_word(db, word, "i.id")
        conditions.append(
            "(a.id IN (SELECT rowid FROM act_fts WHERE act_fts MATCH ?)"
            " OR a.recipient_institution_id IN (SELECT rowid FROM institution_fts WHERE institution_fts MATCH ?)"
            " OR a.programme_id IN (SELECT rowid FROM programme_fts WHERE programme_fts MATCH ?)"
            " OR a.programme_id IN (SELECT programme_id FROM programme_donor WHERE donor_id IN"
            " (SELECT rowid FROM donor_fts WHERE donor_fts MATCH ?))"
            f" OR a.id IN (SELECT act_id FROM act_line WHERE item_id IN ({', '.join(map(str, items)) or 'NULL'})))")
        params += [match] * 4
    where = " AND ".join(conditions) or "1"
    return [r[0] for r in db.execute(f"SELECT a.id FROM act a WHERE {where}", params).fetchall()]


@pytest.mark.parametrize("text", ["g", "генерал прок", "japan", "ProDesk", "CZC8021001", "glo", "ROCA 2018", "k", "zzz"])
def test_act_search_reads_every_word_in_every_place(db, text):
    expected = set(_acts_matching_each_word(db, text))
    found = queries.list_ids(db=db, kind="acts", filters=ListFilter(text=text), sort="number", descending=True)
    assert found == [i for i in queries.list_ids(db=db, kind="acts", sort="number", descending=True) if i in expected]
    assert queries.acts_summary(db=db, filters=ListFilter(text=text))["acts"] == len(expected)


def test_the_acts_total_in_usd_is_summed_one_way_with_reports_and_acts(demo_db_path):
    """The status line, Reports (and ``report``) and the acts themselves add USD the same way: each act's own amount."""
    from equipment_desk.analytics import reports
    from equipment_desk.store import acts
    from equipment_desk.store.database import open_database

    database = open_database(demo_db_path)
    try:
        summary = queries.acts_summary(db=database, filters=ListFilter())
        counted = [row["id"] for row in database.query("SELECT id FROM act WHERE status IN ('finalized', 'signed')")]
        each_act = sum(acts.act_document(db=database, act_id=act_id)["totals"]["usd_minor"] for act_id in counted)
        assert summary["usd_minor"] == each_act == reports.pivot(db=database, rows_by="programme").total.usd_minor
        assert summary["usd_minor"] == 26_157_005  # the demo's 261,570.05 (converting per rate gave .04)
    finally:
        database.close()


@pytest.mark.parametrize("text", ["d", "desk", "CZC", "8021", "czc8021 0001", "UNODC-KG-18", "Asia", "glo desk", "программа",
                                  "desktop monitor 400", "zzz", "hp 2015 keyboard", "zzz desk", "desk zzz", "UNODC-KG-18-0003"])
@pytest.mark.parametrize("limit", [1, 2, 5, 40])
def test_a_searchs_first_page_is_the_head_of_its_whole_list(db, text, limit):
    # Several words read the first page window by window of ids (_first_of_all): the same ids, in the same order.
    for descending in (True, False):
        whole = queries.list_ids(db=db, kind="items", filters=ListFilter(text=text), sort="added", descending=descending)
        first = queries.list_ids(db=db, kind="items", filters=ListFilter(text=text), sort="added", descending=descending,
                                 limit=limit)
        assert first == whole[:limit], (text, descending)
        count, ids = queries.list_ids_text(db=db, kind="items", filters=ListFilter(text=text), sort="added",
                                           descending=descending)
        assert count == len(whole) and json.loads(ids) == whole


def test_a_first_page_of_several_words_finds_matches_far_apart():
    # Matches of every word only among the oldest of many items: the windows widen until the page is full.
    database = open_database(memory=True)
    demo.load_demo(db=database)
    programme_id = database.execute("SELECT min(id) FROM programme").fetchone()[0]
    with write_transaction(database):
        for n in range(600):
            rare = n in (3, 7, 11, 590)
            records.create(db=database, kind=records.ITEM, data={
                "category": "computers", "name_en": f"Scanner {'rare ' if rare else ''}{n}", "name_ru": f"Сканер {n}",
                "model": "Canon", "serial_number": f"FAR{n:05d}", "quantity": 1, "unit_value_minor": 100,
                "currency": "USD", "programme_id": programme_id})
    for descending in (True, False):
        whole = queries.list_ids(db=database, kind="items", filters=ListFilter(text="scanner rare"), sort="added",
                                 descending=descending)
        assert len(whole) == 4
        for limit in (1, 3, 4, 10):
            assert queries.list_ids(db=database, kind="items", filters=ListFilter(text="scanner rare"), sort="added",
                                    descending=descending, limit=limit) == whole[:limit]


def test_filter_choices_read_down_the_indexes_are_what_reading_every_row_gives():
    """Years and countries are read a value at a time down an index; they are the same as a read of every row,
    with dates missing, several a year, old years, and acts without a country."""
    db = open_database(memory=True)
    demo.load_demo(db=db)
    item = db.execute("SELECT id FROM item LIMIT 1").fetchone()[0]
    db.execute("UPDATE item SET acquisition_date = NULL WHERE id % 3 = 0")
    db.execute("UPDATE item SET acquisition_date = '0999-12-31' WHERE id = ?", [item])
    db.execute("UPDATE act SET country = '' WHERE id % 4 = 0 AND status = 'draft'")
    db.execute("UPDATE act SET act_date = '2016-03-01' WHERE id % 4 <> 0 AND status = 'draft'")
    for kind, table, column in (("items", "item", "acquisition_date"), ("acts", "act", "act_date")):
        every_row = [row[0] for row in db.execute(
            f"SELECT DISTINCT CAST(substr({column}, 1, 4) AS INTEGER) AS y FROM {table} WHERE {column} IS NOT NULL ORDER BY y DESC")]
        assert queries.filter_years(db=db, kind=kind) == every_row and len(every_row) > 1
    assert queries.filter_years(db=db, kind="items")[-1] == 999
    every_country = [row[0] for row in db.execute(
        "SELECT country FROM institution UNION SELECT country FROM act WHERE country <> '' ORDER BY 1")]
    assert queries.filter_countries(db=db) == every_country and "" not in every_country


@pytest.mark.parametrize("count", [0, 1, 2, 50, 101, 599, 600, 5_000, 100_000])
def test_ids_go_to_sqlite_and_come_back_as_json_does(count):
    # A short list of ids is read without json (the first page at every start), a long one with it: the same ids.
    import json

    from equipment_desk.store.database import open_database
    from equipment_desk.store.queries import ids_of, ids_text

    ids = [(i * 7919) % 1_000_003 + 1 for i in range(count)]
    assert json.loads(ids_text(ids)) == ids
    db = open_database(memory=True)
    text = db.execute("SELECT json_group_array(value) FROM json_each(?)", [ids_text(ids)]).fetchone()[0]
    assert ids_of(text) == ids == json.loads(text)
    assert ids_text([True, 3.0, "4"]) == "[1,3,4]"  # each made a whole number, as json.dumps([int(i)]) did
