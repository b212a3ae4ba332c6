"""Search finds records by their names in the national languages (migration 0011_search_national_names)."""

from __future__ import annotations

import pytest

from equipment_desk.store import acts, check, guards, queries, records, search
from equipment_desk.store.database import open_database
from equipment_desk.store.migrations import MIGRATIONS, in_order


@pytest.fixture
def db():
    database = open_database(memory=True)
    yield database
    database.close()


def _ids(db, kind, text):
    return queries.list_ids(db=db, kind=kind, filters=queries.ListFilter(text=text))


def _register(db):
    donor = records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan", "name_tk": "Ýaponiýanyň hökümeti"})["id"]
    programme = records.save_programme(db=db, programme_id=None, values={"code": "XAC/Z60", "name_en": "Programme for Central Asia",
                                                                        "name_kk": "Орталық Азияға арналған бағдарлама"}, donor_ids=[donor])
    institution = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "General Prosecutor's Office", "country": "KG",
                                                                        "name_ky": "Башкы прокуратура", "name_uz": "Bosh prokuratura"})["id"]
    records.add_signatory(db=db, institution_id=institution, data={"name_ru": "Усубалиев Азизбек", "name_tg": "Усубалиев Азизбек",
                                                                   "name_uz": "Usubaliyev Azizbek Oʻrolovich"})
    item = records.create(db=db, kind=records.ITEM, data={"category": "computers", "name": "Laptop", "quantity": 2, "unit_value_minor": 100,
                                                          "currency": "USD", "name_tg": "Ноутбуки ҳисоббарорӣ", "name_uz": "Oʻquv noutbuki",
                                                          "name_uz_cyrl": "Ўқув ноутбуки", "programme_id": programme})["id"]
    other = records.create(db=db, kind=records.ITEM, data={"category": "office", "name": "Printer", "quantity": 1, "unit_value_minor": 100,
                                                           "currency": "USD"})["id"]
    act = acts.create_draft(db=db, data={"goods_en": "computers", "goods_ky": "компьютер техникасы", "place_tk": "Aşgabat şäheri"})
    return {"donor": donor, "programme": programme, "institution": institution, "item": item, "other": other, "act": act}


def test_every_kind_is_found_by_its_national_names(db):
    ids = _register(db)
    assert _ids(db, "items", "ҳисоббар") == [ids["item"]]
    assert _ids(db, "items", "ўқув") == [ids["item"]]
    assert _ids(db, "items", "бағдарлама") == [ids["item"]]  # through its programme's Kazakh name
    assert _ids(db, "institutions", "башкы прок") == [ids["institution"]]
    assert _ids(db, "institutions", "bosh") == [ids["institution"]]
    assert _ids(db, "institutions", "Усубалиев") == [ids["institution"]]
    assert _ids(db, "institutions", "Oʻrolovich") == [ids["institution"]]  # the signatory's Uzbek name
    assert _ids(db, "programmes", "орталық") == [ids["programme"]]
    assert _ids(db, "programmes", "ýaponiýa") == [ids["programme"]]  # through its donor's Turkmen name
    assert _ids(db, "donors", "hökümeti") == [ids["donor"]]
    assert _ids(db, "donors", "hokumeti") == [ids["donor"]]  # Turkmen letters without their marks, as on a plain keyboard
    assert _ids(db, "acts", "техникасы") == [ids["act"]]
    assert _ids(db, "acts", "aşgabat") == [ids["act"]]
    assert _ids(db, "items", "прокуратура") == []


@pytest.mark.parametrize("typed", ["oʻquv", "o'quv", "o‘quv", "O`quv", "oʼquv"])
def test_uzbek_apostrophes_typed_any_way_find_the_name(db, typed):
    ids = _register(db)
    assert _ids(db, "items", typed) == [ids["item"]]


def test_a_name_typed_with_an_ascii_apostrophe_in_a_form_is_found_by_the_right_letter(db):
    item = records.create(db=db, kind=records.ITEM, data={"category": "office", "name": "Desk", "quantity": 1, "unit_value_minor": 1,
                                                          "currency": "USD", "name_uz": "Yozuv stoli o'qituvchi uchun"})["id"]
    assert _ids(db, "items", "oʻqituvchi") == [item]


def test_the_index_follows_a_changed_and_a_deleted_national_name(db):
    ids = _register(db)
    records.update(db=db, kind=records.ITEM, record_id=ids["other"], changes={"name_kk": "Принтер лазерлік"})
    assert _ids(db, "items", "лазерлік") == [ids["other"]]
    records.update(db=db, kind=records.ITEM, record_id=ids["other"], changes={"name_kk": "Көшірме құрылғысы"})
    assert _ids(db, "items", "лазерлік") == [] and _ids(db, "items", "көшірме") == [ids["other"]]
    records.delete(db=db, kind=records.ITEM, record_id=ids["other"])
    assert _ids(db, "items", "көшірме") == []
    records.update(db=db, kind=records.INSTITUTION, record_id=ids["institution"], changes={"name_ky": "Мамлекеттик бажы кызматы"})
    assert _ids(db, "institutions", "башкы") == [] and _ids(db, "institutions", "бажы") == [ids["institution"]]
    assert search.search_ids(db=db, table="institution", text="бажы") == [ids["institution"]]


def test_the_migration_indexes_the_national_names_already_recorded(tmp_path):
    path = tmp_path / "before.sqlite"
    db = open_database(path, migrate=False)
    in_order().apply(db, stop_before="0011_search_national_names")
    assert "0011_search_national_names" not in {m.name for m in MIGRATIONS.applied(db)}
    ids = _register(db)
    assert _ids(db, "items", "ҳисоббар") == []  # the index of 0009 has no national names
    db.close()
    db = open_database(path)
    try:
        assert "0011_search_national_names" in {m.name for m in MIGRATIONS.applied(db)}
        assert _ids(db, "items", "ҳисоббар") == [ids["item"]]
        assert _ids(db, "institutions", "башкы") == [ids["institution"]]
        assert _ids(db, "acts", "техникасы") == [ids["act"]]
        assert guards.guard_problems(db=db) == []
        for table in search.SEARCHED_COLUMNS:
            db.execute(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)")  # raises when out of step
        assert check.check_database(db=db).ok
    finally:
        db.close()


def test_a_dropped_national_search_trigger_is_named_by_check(db):
    _register(db)
    db.execute("DROP TRIGGER item_fts_update")
    assert any(problem.params == {"kind": "trigger", "name": "item_fts_update"} for problem in guards.guard_problems(db=db))


def test_check_names_an_index_out_of_step_with_its_records(db):
    ids = _register(db)
    assert check.check_database(db=db).search == []
    db.execute("DROP TRIGGER item_fts_update")
    db.execute("UPDATE item SET name_ky = 'Ноутбук' WHERE id = ?", [ids["item"]])  # the index never heard of it
    report = check.check_database(db=db)
    assert not report.ok
    assert len(report.search) == 1 and report.search[0].startswith("the index item_fts is out of step")
    assert any(line.startswith("search: the index item_fts") for line in report.lines())
