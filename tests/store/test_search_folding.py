"""Search reads the national letters as their Russian look-alikes, typed and indexed (0012_search_folded_letters)."""

from __future__ import annotations

import sqlite3

import pytest

from equipment_desk.core.national_text import SEARCH_FOLDS, fold_for_search
from equipment_desk.store import check, queries, records, search
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
    donor = records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Uzbekistan", "name_uz_cyrl": "Ўзбекистон ҳукумати"})["id"]
    programme = records.save_programme(db=db, programme_id=None, values={"code": "KGZ/K50", "name_en": "Development programme",
                                                                        "name_ky": "Өнүгүү программасы"}, donor_ids=[donor])
    institution = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "Customs", "country": "KZ",
                                                                        "name_kk": "Қазақстан Республикасының кеден қызметі"})["id"]
    records.add_signatory(db=db, institution_id=institution, data={"name_ru": "Семёнов Пётр", "name_kk": "Әбішев Ғалым"})
    item = records.create(db=db, kind=records.ITEM, data={"category": "computers", "name_ru": "Ёмкость для реактивов", "quantity": 1,
                                                          "unit_value_minor": 100, "currency": "USD", "name_tg": "Зарфи тоҷикӣ барои реактивҳо",
                                                          "programme_id": programme})["id"]
    plain = records.create(db=db, kind=records.ITEM, data={"category": "office", "name_ru": "Казан чугунный", "quantity": 1,
                                                           "unit_value_minor": 100, "currency": "USD"})["id"]
    return {"donor": donor, "programme": programme, "institution": institution, "item": item, "plain": plain}


def test_fold_for_search_gives_each_letter_its_look_alike_in_both_cases():
    assert fold_for_search("Қазақстан ӘҒҚҢӨҰҮҺІ әғқңөұүһі ӣӯҳҷ ӢӮҲҶ Ўў Ёё") == "Казакстан АГКНОУУХИ агкноуухи иухч ИУХЧ Уу Ее"
    assert fold_for_search("Oʻzbekiston, Türkmenistan") == "Oʻzbekiston, Türkmenistan"  # Latin letters are the tokenizer's
    assert len(SEARCH_FOLDS) == 15


@pytest.mark.parametrize(("kind", "typed", "key"), [
    ("institutions", "казак", "institution"),        # Kazakh қ ақ typed plain
    ("institutions", "Қазақ", "institution"),        # and as written
    ("institutions", "кызмет", "institution"),       # ы/і: «қызметі» by its look-alikes
    ("institutions", "республикасынын", "institution"),  # ң
    ("institutions", "Семенов", "institution"),      # a signatory's ё typed as е
    ("institutions", "абишев", "institution"),       # a signatory's Kazakh name
    ("institutions", "ғалым", "institution"),
    ("institutions", "пётр", "institution"),         # a name typed in small letters
    ("programmes", "онугуу", "programme"),           # Kyrgyz ө ү
    ("programmes", "узбекистон", "programme"),       # through its donor's Uzbek Cyrillic ў
    ("donors", "хукумати", "donor"),                 # ҳ
    ("donors", "ЎЗБЕК", "donor"),
    ("items", "тоджик", None),                       # not a look-alike: ҷ is ч, not дж
    ("items", "точики", "item"),                     # Tajik ҷ ӣ
    ("items", "реактивх", "item"),
    ("items", "емкость", "item"),                    # Russian ё
    ("items", "ёмкость", "item"),
    ("items", "қазан", "plain"),                     # a national letter typed finds the Russian name
])
def test_national_letters_fold_both_ways(db, kind, typed, key):
    ids = _register(db)
    assert _ids(db, kind, typed) == ([ids[key]] if key else [])


def test_search_ids_fold_the_typed_words(db):
    ids = _register(db)
    assert search.search_ids(db=db, table="institution", text="казакстан") == [ids["institution"]]
    assert search.match_expression("Қазақ ёлка") == '"Казак"* AND "елка"*'


def test_the_folded_index_follows_changes_and_deletions_and_stays_in_step(db):
    ids = _register(db)
    records.update(db=db, kind=records.INSTITUTION, record_id=ids["institution"], changes={"name_kk": "Мемлекеттік кіріс комитеті"})
    assert _ids(db, "institutions", "казак") == []
    assert _ids(db, "institutions", "мемлекеттик") == [ids["institution"]]
    records.delete(db=db, kind=records.ITEM, record_id=ids["plain"])
    assert _ids(db, "items", "казан") == []
    assert search.index_problems(db=db) == []
    search.rebuild(db=db)
    assert search.index_problems(db=db) == [] and _ids(db, "institutions", "кирис") == [ids["institution"]]


def test_a_plain_sqlite_connection_keeps_the_folded_index_in_step(tmp_path):
    # the folding is plain SQL: a write made outside the program (the sqlite3 shell) is indexed as the program's are
    path = tmp_path / "db.sqlite"
    db = open_database(path)
    ids = _register(db)
    db.close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE donor SET name_kk = 'Өзбекстан үкіметі' WHERE id = ?", [ids["donor"]])
    raw.commit()
    raw.close()
    db = open_database(path)
    assert _ids(db, "donors", "озбекстан укимети") == [ids["donor"]]
    assert search.index_problems(db=db) == []
    db.close()


def test_the_migration_folds_the_names_already_recorded(tmp_path):
    path = tmp_path / "before.sqlite"
    db = open_database(path, migrate=False)
    in_order().apply(db, stop_before="0012_search_folded_letters")
    ids = _register(db)
    assert search.search_ids(db=db, table="institution", text="казак") == []  # the index of 0011 holds the letters as written
    db.close()
    db = open_database(path)
    try:
        assert "0012_search_folded_letters" in {m.name for m in MIGRATIONS.applied(db)}
        assert _ids(db, "institutions", "казак") == [ids["institution"]]
        assert _ids(db, "items", "точики") == [ids["item"]]
        assert search.index_problems(db=db) == []
        assert check.check_database(db=db).ok
    finally:
        db.close()
