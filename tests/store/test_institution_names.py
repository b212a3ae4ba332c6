"""An institution is named in the languages the office prints, not in English always (0013_institution_named_in_any_language)."""

from __future__ import annotations

import sqlite3

import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.store import check, records
from equipment_desk.store.database import open_database
from equipment_desk.store.migrations import MIGRATIONS, in_order


@pytest.fixture
def db():
    database = open_database(memory=True)
    yield database
    database.close()


def test_an_institution_may_have_no_english_name_but_needs_one_name(db):
    inst = records.create(db=db, kind=records.INSTITUTION, data={"name_ru": "Генеральная прокуратура", "name_ky": "Башкы прокуратура",
                                                                 "country": "KG"})
    assert (inst["name_en"], inst["name_ru"]) == ("", "Генеральная прокуратура")
    only_kyrgyz = records.create(db=db, kind=records.INSTITUTION, data={"name_ky": "Бажы кызматы", "country": "KG"})
    assert only_kyrgyz["name_ky"] == "Бажы кызматы"
    with pytest.raises(InputError) as refused:
        records.create(db=db, kind=records.INSTITUTION, data={"name_en": " ", "country": "KG"})
    assert [(p.field, p.message) for p in refused.value.problems] == [("name_en", "give the name in one language at least")]
    with pytest.raises(InputError):  # a change that blanks the last name it has
        records.update(db=db, kind=records.INSTITUTION, record_id=only_kyrgyz["id"], changes={"name_ky": ""})
    assert records.update(db=db, kind=records.INSTITUTION, record_id=inst["id"], changes={"name_ru": ""})["name_ky"] == "Башкы прокуратура"
    assert db.execute("SELECT count(*) FROM institution").fetchone()[0] == 2


def test_the_database_still_refuses_an_over_long_english_name(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO institution (uuid, name_en, country, created_at, updated_at) VALUES (?, ?, 'KG', '', '')",
                   [records.new_uuid(), "x" * 301])


def test_the_migration_loosens_the_check_and_keeps_the_institutions(tmp_path):
    path = tmp_path / "before.sqlite"
    db = open_database(path, migrate=False)
    in_order().apply(db, stop_before="0013_institution_named_in_any_language")
    records.create(db=db, kind=records.INSTITUTION, data={"name_en": "GPO", "country": "KG"})
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO institution (uuid, name_en, name_ru, country, created_at, updated_at) VALUES (?, '', 'ГП', 'KG', '', '')",
                   [records.new_uuid()])
    db.close()
    db = open_database(path)
    try:
        assert "0013_institution_named_in_any_language" in {m.name for m in MIGRATIONS.applied(db)}
        records.create(db=db, kind=records.INSTITUTION, data={"name_ru": "Таможня", "country": "KG"})
        assert [r[0] for r in db.execute("SELECT name_en FROM institution ORDER BY id")] == ["GPO", ""]
        assert check.check_database(db=db).ok
    finally:
        db.close()
