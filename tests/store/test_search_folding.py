"""Search reads the national letters as their Russian look-alikes, typed and indexed (0012_search_folded_letters)."""

from __future__ import annotations

import sqlite3

import pytest

from equipment_desk.core.national_text import SEARCH_FOLDS, fold_for_search
from equipment_desk.store import check, records, search
from equipment_desk.store.database import open_database
from equipment_desk.store.migrations import MIGRATIONS, in_order
from tests.store.conftest import build_national_register, list_ids


def test_fold_for_search_gives_each_letter_its_look_alike_in_both_cases():
    assert fold_for_search("Қазақстан ӘҒҚҢӨҰҮҺІ әғқңөұүһі ӣӯҳҷ ӢӮҲҶ Ўў Ёё") == "Казакстан АГКНОУУХИ агкноуухи иухч ИУХЧ Уу Ее"
    assert fold_for_search("Oʻzbekiston, Türkmenistan") == "Oʻzbekiston, Türkmenistan"  # Latin letters are the tokenizer's
    assert len(SEARCH_FOLDS) == 15


@pytest.mark.parametrize(("kind", "typed", "key"), [
    ("institutions", "казак", "institution_kk"),        # Kazakh қ ақ typed plain
    ("institutions", "Қазақ", "institution_kk"),        # and as written
    ("institutions", "кызмет", "institution_kk"),       # ы/і: «қызметі» by its look-alikes
    ("institutions", "республикасынын", "institution_kk"),  # ң
    ("institutions", "Семенов", "institution_kk"),      # a signatory's ё typed as е
    ("institutions", "абишев", "institution_kk"),       # a signatory's Kazakh name
    ("institutions", "ғалым", "institution_kk"),
    ("institutions", "пётр", "institution_kk"),         # a name typed in small letters
    ("programmes", "онугуу", "programme_ky"),           # Kyrgyz ө ү
    ("programmes", "узбекистон", "programme_ky"),       # through its donor's Uzbek Cyrillic ў
    ("donors", "хукумати", "donor_uz"),                 # ҳ
    ("donors", "ЎЗБЕК", "donor_uz"),
    ("items", "тоджик", None),                       # not a look-alike: ҷ is ч, not дж
    ("items", "точики", "item_tg"),                     # Tajik ҷ ӣ
    ("items", "реактивх", "item_tg"),
    ("items", "емкость", "item_tg"),                    # Russian ё
    ("items", "ёмкость", "item_tg"),
    ("items", "қазан", "item_plain"),                     # a national letter typed finds the Russian name
])
def test_national_letters_fold_both_ways(db, national_register, kind, typed, key):
    ids = national_register
    assert list_ids(db, kind, typed) == ([ids[key]] if key else [])


def test_search_ids_fold_the_typed_words(db, national_register):
    ids = national_register
    assert search.search_ids(db=db, table="institution", text="казакстан") == [ids["institution_kk"]]
    assert search.match_expression("Қазақ ёлка") == '"Казак"* AND "елка"*'


def test_the_folded_index_follows_changes_and_deletions_and_stays_in_step(db, national_register):
    ids = national_register
    records.update(db=db, kind=records.INSTITUTION, record_id=ids["institution_kk"], changes={"name_kk": "Мемлекеттік кіріс комитеті"})
    assert list_ids(db, "institutions", "казак") == []
    assert list_ids(db, "institutions", "мемлекеттик") == [ids["institution_kk"]]
    records.delete(db=db, kind=records.ITEM, record_id=ids["item_plain"])
    assert list_ids(db, "items", "казан") == []
    assert search.index_problems(db=db) == []
    search.rebuild(db=db)
    assert search.index_problems(db=db) == [] and list_ids(db, "institutions", "кирис") == [ids["institution_kk"]]


def test_a_plain_sqlite_connection_keeps_the_folded_index_in_step(tmp_path):
    # the folding is plain SQL: a write made outside the program (the sqlite3 shell) is indexed as the program's are
    path = tmp_path / "db.sqlite"
    db = open_database(path)
    ids = build_national_register(db)
    db.close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE donor SET name_kk = 'Өзбекстан үкіметі' WHERE id = ?", [ids["donor_uz"]])
    raw.commit()
    raw.close()
    db = open_database(path)
    assert list_ids(db, "donors", "озбекстан укимети") == [ids["donor_uz"]]
    assert search.index_problems(db=db) == []
    db.close()


def test_the_migration_folds_the_names_already_recorded(tmp_path):
    path = tmp_path / "before.sqlite"
    db = open_database(path, migrate=False)
    in_order().apply(db, stop_before="0012_search_folded_letters")
    ids = build_national_register(db)
    assert search.search_ids(db=db, table="institution", text="казак") == []  # the index of 0011 holds the letters as written
    db.close()
    db = open_database(path)
    try:
        assert "0012_search_folded_letters" in {m.name for m in MIGRATIONS.applied(db)}
        assert list_ids(db, "institutions", "казак") == [ids["institution_kk"]]
        assert list_ids(db, "items", "точики") == [ids["item_tg"]]
        assert search.index_problems(db=db) == []
        assert check.check_database(db=db).ok
    finally:
        db.close()
