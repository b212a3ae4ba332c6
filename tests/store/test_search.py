"""Full-text search: the 0002_search migration, prefix matching, triggers keeping the index in step."""

from __future__ import annotations

import pytest

from equipment_desk.store import acts, records, search
from equipment_desk.store.database import open_database
from equipment_desk.store.migrations import MIGRATIONS


@pytest.fixture
def db():
    return open_database(memory=True)


def _institution(db, **extra):
    data = {"name_en": "General Prosecutor's Office", "name_ru": "Генеральная прокуратура", "country": "KG"}
    data.update(extra)
    return records.create(db=db, kind=records.INSTITUTION, data=data)["id"]


def test_migration_is_registered_after_the_initial_one(db):
    names = [m.name for m in MIGRATIONS.applied(db)]
    assert names[:3] == ["0001_initial", "0002_search", "0003_search_codes"]
    assert {"item_fts", "institution_fts", "programme_fts", "donor_fts", "act_fts"} <= set(db.table_names())


def test_prefix_matching_in_latin_and_cyrillic_ignores_case(db):
    institution_id = _institution(db)
    assert search.search_ids(db=db, table="institution", text="prosec") == [institution_id]
    assert search.search_ids(db=db, table="institution", text="ГЕН прок") == [institution_id]
    assert search.search_ids(db=db, table="institution", text="прок customs") == []


def test_user_text_is_never_fts_syntax(db):
    _institution(db)
    for text in ('"', "OR", "prosec*", "-", "NEAR(a b)", "a:b", "(", "*"):
        search.search_ids(db=db, table="institution", text=text)  # must not raise
    assert search.match_expression("  ") is None
    assert search.match_expression('say "hi"') == '"say"* AND "hi"*'


def test_triggers_follow_insert_update_and_delete(db):
    item = records.create(db=db, kind=records.ITEM, data={
        "category": "medical", "name": "Video endoscope", "serial_number": "VE-7781", "quantity": 2,
        "unit_value_minor": 100000, "currency": "USD"})
    assert search.search_ids(db=db, table="item", text="endosc") == [item["id"]]
    records.update(db=db, kind=records.ITEM, record_id=item["id"], changes={"name": "Bronchoscope"})
    assert search.search_ids(db=db, table="item", text="endosc") == []
    assert search.search_ids(db=db, table="item", text="bronch") == [item["id"]]
    assert search.search_ids(db=db, table="item", text="VE 7781") == [item["id"]]
    records.delete(db=db, kind=records.ITEM, record_id=item["id"])
    assert search.search_ids(db=db, table="item", text="bronch") == []


def test_acts_are_indexed_and_their_number_after_finalizing(db):
    act_id = acts.create_draft(db=db, data={"goods_en": "computers", "goods_ru": "компьютеры"})
    assert search.search_ids(db=db, table="act", text="компьют") == [act_id]
    db.execute("UPDATE act SET number = 'BISH-2018-0001' WHERE id = ?", [act_id])
    assert search.search_ids(db=db, table="act", text="BISH 2018") == [act_id]


def test_existing_rows_are_indexed_by_the_migration(tmp_path):
    import sqlite_utils

    path = tmp_path / "old.sqlite"
    db = open_database(path, migrate=False)
    MIGRATIONS._migrations[0].fn(db)  # noqa: SLF001 - build a database as version 0001 left it
    db.execute("INSERT INTO donor (uuid, name_en, created_at, updated_at) VALUES (?, 'Government of Japan', 'x', 'x')",
               ["00000000-0000-0000-0000-000000000001"])
    search.m0002_search(db)
    search.m0003_search_codes(db)
    assert search.search_ids(db=db, table="donor", text="jap") == [1]
    search.rebuild(db=db)
    assert search.search_ids(db=db, table="donor", text="gov") == [1]
    assert isinstance(db.full(), sqlite_utils.Database)  # sqlite-utils' API over the same connection
    assert db["donor"].count == 1


def test_pieces_of_serial_and_inventory_numbers_match(db):
    item = records.create(db=db, kind=records.ITEM, data={
        "category": "computers", "name": "Desktop computer", "serial_number": "CZC8021ABC", "inventory_number": "UNODC-KG-18-0001",
        "quantity": 1, "unit_value_minor": 100, "currency": "USD"})
    assert db.execute("SELECT rowid FROM item_code_fts WHERE item_code_fts MATCH ?", [search.code_expression("8021ab")]).fetchall() == [(item["id"],)]
    assert db.execute("SELECT rowid FROM item_code_fts WHERE item_code_fts MATCH ?", [search.code_expression("KG-18")]).fetchall() == [(item["id"],)]
    records.update(db=db, kind=records.ITEM, record_id=item["id"], changes={"serial_number": "XYZ999"})
    assert db.execute("SELECT rowid FROM item_code_fts WHERE item_code_fts MATCH ?", [search.code_expression("8021")]).fetchall() == []


def test_list_indexes_follow_the_search_migrations_and_keep_an_analysed_database_analysed(tmp_path):
    fresh = open_database(memory=True)
    names = [m.name for m in MIGRATIONS.applied(fresh)]
    assert names.index("0005_list_narrow_indexes") == names.index("0004_list_order_indexes") + 1 > names.index("0003_search_codes")
    indexes = {row[0] for row in fresh.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert set(search.LIST_ORDER_INDEXES) | set(search.NARROW_INDEXES) <= indexes

    path = tmp_path / "analysed.sqlite"
    db = open_database(path, migrate=False)
    for migration in MIGRATIONS._migrations[:3]:  # noqa: SLF001 - a database as version 0003 left it
        migration.fn(db)
    # an item as that version wrote it (today's writer knows columns added later)
    db.execute("""INSERT INTO item (uuid, category, name, quantity, unit_value_minor, currency, created_at, updated_at)
                  VALUES ('00000000-0000-4000-8000-000000000001', 'office', 'Desk', 1, 100, 'USD', '2018-01-01', '2018-01-01')""")
    db.execute("ANALYZE")
    search.m0004_list_order_indexes(db)
    search.m0005_list_narrow_indexes(db)
    analysed = {row[0] for row in db.execute("SELECT idx FROM sqlite_stat1")}
    assert {"item_name_order", "item_model_order", "item_newest"} <= analysed
