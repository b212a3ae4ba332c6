"""A programme with its donors and an institution's signatories from the command line: the window's store functions."""

from __future__ import annotations

import json
from pathlib import Path

from equipment_desk.store import records
from equipment_desk.store.database import open_database
from tests.cli.test_cli import run, snapshot


def test_a_programme_is_added_with_its_donors_and_they_can_be_set_again(tmp_path: Path) -> None:
    db_path = tmp_path / "desk.sqlite"
    db = open_database(db_path)
    japan = records.create(db=db, kind=records.DONOR, data={"name_en": "Government of Japan", "name_ru": "Правительство Японии"})["id"]
    inl = records.create(db=db, kind=records.DONOR, data={"name_en": "US INL"})["id"]
    db.close()
    added = run("programmes", "add", "--code", "XAC/Z60", "--name-en", "Border control", "--donor", "Правительство Японии",
                "--donor", str(inl), "--json", db=db_path, check_exit=0)
    shown = json.loads(added.stdout)
    assert shown["code"] == "XAC/Z60" and [d["id"] for d in shown["donors"]] == [japan, inl]

    before = snapshot(db_path)
    refused = run("programmes", "add", "--code", "GLO/G80", "--name-en", "Global", "--donor", "Nobody", db=db_path, check_exit=2)
    assert "no donor 'Nobody'" in refused.stderr
    assert snapshot(db_path) == before  # the programme was not kept without its donor

    changed = run("programmes", "donors", "xac/z60", "--donor", "US INL", db=db_path, check_exit=0)
    assert "changed programme" in changed.stdout and "(US INL)" in changed.stdout
    db = open_database(db_path)
    programme = records.find_id(db=db, kind=records.PROGRAMME, ref="XAC/Z60")
    assert [d["id"] for d in records.programme_donors(db=db, programme_id=programme)] == [inl]
    db.close()


def test_a_signatory_is_added_to_an_institution(tmp_path: Path) -> None:
    db_path = tmp_path / "desk.sqlite"
    run("institutions", "add", "--name-en", "General Prosecutor's Office", "--country", "KG", db=db_path, check_exit=0)
    added = run("institutions", "signatory", "General Prosecutor's Office", "--name-ru", "Усубалиев Азизбек",
                "--name-en", "Azizbek Usubaliev", "--gender", "m", "--title-en", "Head of department", "--json",
                db=db_path, check_exit=0)
    [person] = json.loads(added.stdout)
    assert (person["full_name"], person["name_en"], person["gender"], person["title_en"]) == (
        "Усубалиев Азизбек", "Azizbek Usubaliev", "m", "Head of department")
    before = snapshot(db_path)
    refused = run("institutions", "signatory", "1", "--gender", "x", db=db_path, check_exit=2)
    assert "gender" in refused.stderr and "full_name" in refused.stderr
    assert snapshot(db_path) == before
    missing = run("institutions", "signatory", "Nowhere", "--name-ru", "Асанов Асан", db=db_path, check_exit=2)
    assert "no institution 'Nowhere'" in missing.stderr
