"""Texts per language in the store: names in both scripts, the genitive, the glossary, the checks at finalizing."""

from __future__ import annotations

import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.core.grammar import name_genitive
from equipment_desk.store import acts, records
from equipment_desk.store.database import open_database
from equipment_desk.store.languages import glossary_suggestions
from equipment_desk.store.migrations import MIGRATIONS

NOW = "2018-01-01T00:00:00Z"


def test_the_migration_moves_each_one_column_text_to_the_language_of_its_script(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    db = open_database(path, migrate=False)
    MIGRATIONS.apply(db, stop_before="0009_names_per_language")
    db.execute(f"""INSERT INTO institution (id, uuid, name_en, country, created_at, updated_at)
                   VALUES (1, '00000000-0000-4000-8000-000000000001', 'Customs', 'KG', '{NOW}', '{NOW}')""")
    for n, name, title in ((1, "Тошматова Гульнара", "Главный врач"), (2, "John Smith", "")):
        db.execute(f"""INSERT INTO signatory (id, uuid, institution_id, full_name, title_ru, created_at, updated_at)
                       VALUES ({n}, '00000000-0000-4000-8000-00000000010{n}', 1, ?, ?, '{NOW}', '{NOW}')""", [name, title])
    for n, name in ((1, "Ноутбук"), (2, "Laptop computer")):
        db.execute(f"""INSERT INTO item (id, uuid, category, name, quantity, unit_value_minor, currency, created_at, updated_at)
                       VALUES ({n}, '00000000-0000-4000-8000-00000000020{n}', 'computers', ?, 1, 100, 'USD', '{NOW}', '{NOW}')""", [name])
    db.execute(f"""INSERT INTO act (uuid, transferor_name, transferor_title_ru, rate_source, nb_rate_source,
                                    created_at, created_by, updated_at)
                   VALUES ('00000000-0000-4000-8000-000000000301', 'Ашита Миттал', 'Региональный представитель',
                           'UN Treasury', 'NBKR', '{NOW}', 'x', '{NOW}')""")
    db.close()

    db = open_database(path)
    people = {r[0]: r[1:] for r in db.execute("SELECT id, name_ru, name_en, gender, name_ru_genitive, title_ru_genitive FROM signatory")}
    assert people[1] == ("Тошматова Гульнара", "", "f", "Тошматовой Гульнары", "главного врача")
    assert people[2] == ("", "John Smith", "", "", "")
    items = {r[0]: r[1:] for r in db.execute("SELECT id, name_ru, name_en, name FROM item")}
    assert items == {1: ("Ноутбук", "", "Ноутбук"), 2: ("", "Laptop computer", "Laptop computer")}
    act = db.execute("""SELECT transferor_name_ru, transferor_name_en, transferor_title_ru_genitive, rate_source_ru, rate_source_en,
                               nb_rate_source_ru FROM act""").fetchone()
    assert act == ("Ашита Миттал", "", "регионального представителя", "Казначейство ООН, операционные обменные курсы ООН",
                   "UN Treasury, UN operational rates of exchange", "Национальный банк Кыргызской Республики")
    # search finds an item by either language's name
    assert db.execute("SELECT rowid FROM item_fts WHERE item_fts MATCH 'ноутбук'").fetchall() == [(1,)]
    db.close()


def test_a_signatory_gets_gender_and_genitive_suggested_and_keeps_what_the_user_corrected(db, make) -> None:
    institution = make.institution()
    person = records.add_signatory(db=db, institution_id=institution["id"],
                                   data={"name_ru": "Каримова Дилноза", "name_en": "Dilnoza Karimova", "title_ru": "Главный врач"})
    assert (person["gender"], person["name_ru_genitive"], person["title_ru_genitive"]) == ("f", "Каримовой Дилнозы", "главного врача")
    assert person["full_name"] == "Каримова Дилноза"
    person = records.update(db=db, kind=records.SIGNATORY, record_id=person["id"], changes={"title_ru": "Заведующая отделением"})
    assert person["title_ru_genitive"] == "заведующей отделением"
    person = records.update(db=db, kind=records.SIGNATORY, record_id=person["id"],
                            changes={"title_ru": "Главный врач", "title_ru_genitive": "главного врача диспансера"})
    assert person["title_ru_genitive"] == "главного врача диспансера"  # the user's correction is kept
    person = records.update(db=db, kind=records.SIGNATORY, record_id=person["id"], changes={"gender": "m"})
    assert person["name_ru_genitive"] == name_genitive("Каримова Дилноза", "m") != "Каримовой Дилнозы"  # recomputed for the gender


def test_a_person_or_an_item_needs_a_name_in_one_language_at_least(db, make) -> None:
    institution = make.institution()
    with pytest.raises(InputError) as caught:
        records.add_signatory(db=db, institution_id=institution["id"], data={"title_ru": "Директор"})
    assert caught.value.problems[0].field == "full_name"
    with pytest.raises(InputError):
        records.create(db=db, kind=records.ITEM, data={"category": "office", "quantity": 1, "unit_value_minor": 1, "currency": "USD"})


def test_the_glossary_remembers_item_name_pairs_and_suggests_them(db, make) -> None:
    make.item(name_ru="Ноутбук", name_en="Laptop")
    make.item(name_ru="Ноутбук", name_en="Laptop")
    make.item(name_ru="Ноутбук", name_en="Notebook computer")
    make.item(name_ru="Принтер лазерный", name_en="Laser printer")
    assert glossary_suggestions(db=db, text="Ноутбук", lang="ru") == ["Laptop", "Notebook computer"]
    assert glossary_suggestions(db=db, text="laptop", lang="en") == ["Ноутбук"]
    assert glossary_suggestions(db=db, text="Принт", lang="ru") == ["Laser printer"]
    assert glossary_suggestions(db=db, text="Сканер", lang="ru") == []
    assert glossary_suggestions(db=db, text="50%_", lang="ru") == []


def test_finalizing_refuses_an_act_with_a_printed_text_missing_in_one_language_naming_it(db, make) -> None:
    item = make.item(name="Laptop")
    records.update(db=db, kind=records.ITEM, record_id=item["id"], changes={"name_ru": ""})
    act_id = make.draft(items=[item], basis_en="Request letter No. 5", basis_ru="", transferor_name_ru="",
                        rate_source_en="Exchange office", rate_source_ru="")
    with pytest.raises(InputError) as caught:
        acts.finalize_act(db=db, act_id=act_id)
    found = {(p.field, str(p)) for p in caught.value.problems}
    fields = {field for field, _text in found}
    assert {"basis_ru", "transferor_name_ru", "rate_source_ru", "lines"} <= fields
    assert any("line 1: item «Laptop» has no name in Russian" in text for _field, text in found)
    assert acts.get_act_row(db=db, act_id=act_id)["status"] == "draft"
    # nothing was copied from the other language behind the user's back
    assert acts.get_act_row(db=db, act_id=act_id)["basis_ru"] == ""
    acts.update_draft(db=db, act_id=act_id, changes={"basis_ru": "Письмо № 5", "transferor_name_ru": "Кристина Куттниг",
                                                     "rate_source_ru": "Обменный пункт"})
    records.update(db=db, kind=records.ITEM, record_id=item["id"], changes={"name_ru": "Ноутбук"})
    acts.finalize_act(db=db, act_id=act_id)
    document = acts.act_document(db=db, act_id=act_id)
    assert document["format"] == "equipment-desk/act@4"
    assert document["lines"][0]["name"] == {"en": "Laptop", "ru": "Ноутбук"}
    assert document["transferor"]["signatory"]["name"] == {"en": "Kristina Kuttnig", "ru": "Кристина Куттниг"}
    assert document["transferor"]["signatory"]["gender"] == "f"
    assert document["transferor"]["signatory"]["name_genitive"] == {"ru": "Кристины Куттниг"}
    assert document["rate"]["source"] == {"en": "Exchange office", "ru": "Обменный пункт"}
    assert acts.verify_act(db=db, act_id=act_id) == []


def test_the_new_content_columns_are_frozen_with_the_act(db, make) -> None:
    act_id = make.finalized()
    for column, value in (("transferor_name_ru", "Другое имя"), ("rate_source_ru", "Другой источник"),
                          ("transferor_title_ru_genitive", "другого")):
        with pytest.raises(Exception, match="cannot be changed"):
            db.execute(f"UPDATE act SET {column} = ? WHERE id = ?", [value, act_id])
    with pytest.raises(Exception, match="cannot be changed|frozen|finalized"):
        db.execute("UPDATE act_line SET item_name_ru = 'x' WHERE act_id = ?", [act_id])


def test_a_one_column_name_from_an_older_caller_lands_in_its_language(db, make) -> None:
    act_id = make.draft(transferor_name="Ашита Миттал", transferor_name_ru="", transferor_name_en="Ashita Mittal",
                        rate_source="NBKR", rate_source_en="", rate_source_ru="")
    row = acts.get_act_row(db=db, act_id=act_id)
    assert (row["transferor_name_ru"], row["transferor_name_en"], row["transferor_name"]) == ("Ашита Миттал", "Ashita Mittal", "Ашита Миттал")
    assert (row["rate_source_en"], row["rate_source_ru"]) == ("National Bank of the Kyrgyz Republic", "Национальный банк Кыргызской Республики")
