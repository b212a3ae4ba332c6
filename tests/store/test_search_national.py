"""Search finds records by their names in the national languages (migration 0011_search_national_names)."""

from __future__ import annotations

import pytest

from equipment_desk.store import check, guards, records, search
from equipment_desk.store.database import open_database
from equipment_desk.store.migrations import MIGRATIONS, in_order
from tests.store.conftest import build_national_register, list_ids


def test_every_kind_is_found_by_its_national_names(db, national_register):
    ids = national_register
    assert list_ids(db, "items", "ҳисоббар") == [ids["item_uz"]]
    assert list_ids(db, "items", "ўқув") == [ids["item_uz"]]
    assert list_ids(db, "items", "бағдарлама") == [ids["item_uz"]]  # through its programme's Kazakh name
    assert list_ids(db, "institutions", "башкы прок") == [ids["institution_ky"]]
    assert list_ids(db, "institutions", "bosh") == [ids["institution_ky"]]
    assert list_ids(db, "institutions", "Усубалиев") == [ids["institution_ky"]]
    assert list_ids(db, "institutions", "Oʻrolovich") == [ids["institution_ky"]]  # the signatory's Uzbek name
    assert list_ids(db, "programmes", "орталық") == [ids["programme_kk"]]
    assert list_ids(db, "programmes", "ýaponiýa") == [ids["programme_kk"]]  # through its donor's Turkmen name
    assert list_ids(db, "donors", "hökümeti") == [ids["donor_tk"]]
    assert list_ids(db, "donors", "hokumeti") == [ids["donor_tk"]]  # Turkmen letters without their marks, as on a plain keyboard
    assert list_ids(db, "acts", "техникасы") == [ids["act"]]
    assert list_ids(db, "acts", "aşgabat") == [ids["act"]]
    assert list_ids(db, "items", "прокуратура") == []


@pytest.mark.parametrize("typed", ["oʻquv", "o'quv", "o‘quv", "O`quv", "oʼquv"])
def test_uzbek_apostrophes_typed_any_way_find_the_name(db, national_register, typed):
    ids = national_register
    assert list_ids(db, "items", typed) == [ids["item_uz"]]


def test_a_name_typed_with_an_ascii_apostrophe_in_a_form_is_found_by_the_right_letter(db):
    item = records.create(db=db, kind=records.ITEM, data={"category": "office", "name": "Desk", "quantity": 1, "unit_value_minor": 1,
                                                          "currency": "USD", "name_uz": "Yozuv stoli o'qituvchi uchun"})["id"]
    assert list_ids(db, "items", "oʻqituvchi") == [item]


def test_the_index_follows_a_changed_and_a_deleted_national_name(db, national_register):
    ids = national_register
    records.update(db=db, kind=records.ITEM, record_id=ids["item_other"], changes={"name_kk": "Принтер лазерлік"})
    assert list_ids(db, "items", "лазерлік") == [ids["item_other"]]
    records.update(db=db, kind=records.ITEM, record_id=ids["item_other"], changes={"name_kk": "Көшірме құрылғысы"})
    assert list_ids(db, "items", "лазерлік") == [] and list_ids(db, "items", "көшірме") == [ids["item_other"]]
    records.delete(db=db, kind=records.ITEM, record_id=ids["item_other"])
    assert list_ids(db, "items", "көшірме") == []
    records.update(db=db, kind=records.INSTITUTION, record_id=ids["institution_ky"], changes={"name_ky": "Мамлекеттик бажы кызматы"})
    assert list_ids(db, "institutions", "башкы") == [] and list_ids(db, "institutions", "бажы") == [ids["institution_ky"]]
    assert search.search_ids(db=db, table="institution", text="бажы") == [ids["institution_ky"]]


def test_the_migration_indexes_the_national_names_already_recorded(tmp_path):
    path = tmp_path / "before.sqlite"
    db = open_database(path, migrate=False)
    in_order().apply(db, stop_before="0011_search_national_names")
    assert "0011_search_national_names" not in {m.name for m in MIGRATIONS.applied(db)}
    ids = build_national_register(db)
    assert list_ids(db, "items", "ҳисоббар") == []  # the index of 0009 has no national names
    db.close()
    db = open_database(path)
    try:
        assert "0011_search_national_names" in {m.name for m in MIGRATIONS.applied(db)}
        assert list_ids(db, "items", "ҳисоббар") == [ids["item_uz"]]
        assert list_ids(db, "institutions", "башкы") == [ids["institution_ky"]]
        assert list_ids(db, "acts", "техникасы") == [ids["act"]]
        assert guards.guard_problems(db=db) == []
        for table in search.SEARCHED_COLUMNS:
            db.execute(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)")  # raises when out of step
        assert check.check_database(db=db).ok
    finally:
        db.close()


def test_a_dropped_national_search_trigger_is_named_by_check(db, national_register):
    db.execute("DROP TRIGGER item_fts_update")
    assert any(problem.params == {"kind": "trigger", "name": "item_fts_update"} for problem in guards.guard_problems(db=db))


def test_check_names_an_index_out_of_step_with_its_records(db, national_register):
    ids = national_register
    assert check.check_database(db=db).search == []
    db.execute("DROP TRIGGER item_fts_update")
    db.execute("UPDATE item SET name_ky = 'Ноутбук' WHERE id = ?", [ids["item_uz"]])  # the index never heard of it
    report = check.check_database(db=db)
    assert not report.ok
    assert len(report.search) == 1 and report.search[0].startswith("the index item_fts is out of step")
    assert any(line.startswith("search: the index item_fts") for line in report.lines())
