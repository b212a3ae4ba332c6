"""The demo data reproduces the 2018 handovers of the newsletter."""

from __future__ import annotations

from equipment_desk.store import acts
from equipment_desk.store.check import check_database
from equipment_desk.store.demo import load_demo


def test_demo_reproduces_the_2018_handovers(demo_db) -> None:
    listed = acts.list_acts(db=demo_db)
    by_number = {row["number"]: row for row in listed}
    gpo = by_number["ROCA-2018-0001"]
    assert gpo["recipient_en"] == "General Prosecutor's Office of the Kyrgyz Republic"
    assert gpo["currency"] == "KGS" and gpo["total_minor"] > 2_000_000_00  # "worth over 2 million Kyrgyz soms"
    assert sum(1 for line in acts.act_document(db=demo_db, act_id=gpo["id"])["lines"] if "computer" in line["name"]["en"].lower() and "компьютер" in line["name"]["ru"]) == 50
    dispensaries = {row["recipient_en"] for row in listed if row["programme_code"] == "GLO/K32"}
    assert dispensaries == {f"Narcological Dispensary of {region} Region" for region in ("Jizzakh", "Fergana", "Navoi", "Khorazm")}
    ccp = [row for row in listed if row["programme_code"] == "GLO/G80" and row["date"] == "2018-03-02"]
    assert {row["recipient_en"].split(" of ")[0] for row in ccp} >= {"State Customs Committee"}
    assert {row["status"] for row in listed} == {"draft", "finalized", "signed", "void"}


def test_demo_verifies_and_loads_once(demo_db) -> None:
    assert check_database(db=demo_db).ok
    before = demo_db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert not any(load_demo(db=demo_db).values())
    assert demo_db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_two_laptops_load_identical_demo_data(tmp_path) -> None:
    from equipment_desk.store.database import open_database

    tables = ("donor", "programme", "institution", "signatory", "item", "act", "act_line", "attachment")
    dumps = []
    for name in ("a.sqlite", "b.sqlite"):
        db = open_database(tmp_path / name)
        load_demo(db=db)
        dumps.append({t: db.execute(f"SELECT * FROM {t} ORDER BY uuid").fetchall() for t in tables})
        db.close()
    assert dumps[0] == dumps[1]


def test_the_demo_carries_both_scripts_for_every_person_and_both_languages_for_every_item(demo_db) -> None:
    from equipment_desk.core.names import CYRILLIC, LATIN, script_of

    people = demo_db.execute("SELECT name_ru, name_en, gender, name_ru_genitive, title_ru_genitive FROM signatory").fetchall()
    assert people and all(script_of(ru) == CYRILLIC and script_of(en) == LATIN and gender in ("m", "f") and gen_name and gen_title
                          for ru, en, gender, gen_name, gen_title in people)
    assert ("Каримова Дилноза", "Dilnoza Karimova", "f", "Каримовой Дилнозы", "главного врача") in people  # a woman signs too
    items = demo_db.execute("SELECT name_ru, name_en FROM item").fetchall()
    assert items and all(script_of(ru) == CYRILLIC and script_of(en) == LATIN for ru, en in items)
    transferors = demo_db.execute("SELECT DISTINCT transferor_name_ru, transferor_name_en, transferor_gender FROM act").fetchall()
    assert sorted(transferors) == [("Ашита Миттал", "Ashita Mittal", "f"), ("Кристина Куттниг", "Kristina Kuttnig", "f")]
    for act_id, in demo_db.execute("SELECT id FROM act WHERE status <> 'draft'").fetchall():
        assert acts.act_document(db=demo_db, act_id=act_id)["format"] == "equipment-desk/act@4"
    assert acts.finalize_problems(db=demo_db, act_id=demo_db.execute("SELECT id FROM act WHERE status = 'draft'").fetchone()[0]) == []


def test_the_demos_russian_texts_use_russian_typography(tmp_path) -> None:
    # ranges with an en dash (2015–2019), quotes as «ёлочки», an inch as ″: never a hyphen or a straight quote
    import re

    from equipment_desk.store.database import open_database

    db = open_database(tmp_path / "demo.sqlite")
    try:
        load_demo(db=db, national=True)
        texts = []
        for table in ("donor", "programme", "institution", "signatory", "item", "act", "act_line"):
            columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})") if row[1].endswith("_ru") and row[2] == "TEXT"]
            for column in columns:
                texts += [value for (value,) in db.execute(f"SELECT {column} FROM {table}") if value]
        assert len(texts) > 200
        assert [t for t in texts if '"' in t or "'" in t] == []
        assert [t for t in texts if re.search(r"\b\d{4}-\d{4}\b", t)] == []
        assert any("2015–2019" in t for t in texts) and any("«Тритнет II»" in t for t in texts)
        before = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        assert not any(load_demo(db=db, national=True).values())  # loading it again changes nothing
        assert db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    finally:
        db.close()
