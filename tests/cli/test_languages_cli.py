"""``languages show|set|pair``: the office's texts per language and the act's pair, from the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from equipment_desk.cli import main
from equipment_desk.store.database import open_database
from tests.conftest import Factory


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    make = Factory(db)
    make.institution()
    make.draft(items=[make.item()])
    db.close()
    return path


def run(path: Path, *args: str) -> int:
    return main(["--db", str(path), *args])


def rows(path: Path, sql: str) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_set_and_show_the_texts_of_a_record_in_one_language(register, capsys) -> None:
    assert run(register, "languages", "set", "signatory", "1", "KY", "name=Усубалиев Азизбек",
               "title=Укуктук статистика башкармалыгынын башчысы") == 0
    assert rows(register, "SELECT name_ky, title_ky, name_ru FROM signatory") == [
        ("Усубалиев Азизбек", "Укуктук статистика башкармалыгынын башчысы", "Усубалиев Азизбек")]
    capsys.readouterr()
    assert run(register, "languages", "show", "signatory", "1", "--lang", "ky,ru", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["title"] == {"ky": "Укуктук статистика башкармалыгынын башчысы", "ru": "Начальник управления"}
    assert run(register, "languages", "show", "institution", "General Prosecutor's Office") == 0
    table = capsys.readouterr().out
    assert "name  uz-Cyrl  —" in table and "Генеральная прокуратура" in table


@pytest.mark.parametrize(("args", "message"), [
    (("set", "institution", "1", "xx", "name=a"), "xx is not a language an act is printed in"),
    (("set", "institution", "1", "ky", "title=a"), "institution has no text title; its texts are name"),
    (("set", "institution", "1", "ky", "name"), "must be FIELD=TEXT"),
    (("set", "signatory", "1", "ky", "name=Azizbek Usubaliev"), "a name in Kyrgyz is written in Cyrillic letters"),
    (("set", "signatory", "1", "uz", "name=Усубалиев Азизбек"), "a name in Uzbek is written in Latin letters"),
    (("set", "item", "1", "ky", "name=" + "ж" * 2001), "at most 2000"),
    (("pair", "1", "ky,ky"), "must be two different languages"),
    (("pair", "1", "ky"), "must be two different languages"),
    (("show", "act", "1", "--lang", "ky,zz"), "zz is not a language"),
])
def test_bad_input_is_named_and_nothing_is_written(register, capsys, args, message) -> None:
    before = rows(register, "SELECT * FROM signatory") + rows(register, "SELECT * FROM act") + rows(register, "SELECT * FROM item")
    assert run(register, "languages", *args) == 2
    assert message in capsys.readouterr().err
    assert rows(register, "SELECT * FROM signatory") + rows(register, "SELECT * FROM act") + rows(register, "SELECT * FROM item") == before


def test_choose_the_pair_and_see_what_the_new_language_still_lacks(register, capsys) -> None:
    assert run(register, "languages", "pair", "1", "uz_cyrl,ru") == 0
    out = capsys.readouterr().out
    assert rows(register, "SELECT languages FROM act") == [("uz-Cyrl,ru",)]
    assert "languages: uz-Cyrl,ru" in out
    assert "missing: field 'place_uz_cyrl': the place of the act has no text in Uzbek (Cyrillic)" in out
    assert run(register, "languages", "set", "act", "1", "uz-Cyrl", "place=Тошкент ш.") == 0
    assert rows(register, "SELECT place_uz_cyrl FROM act") == [("Тошкент ш.",)]
    assert run(register, "acts", "finalize", "1") == 2
    assert "has no name in Uzbek (Cyrillic)" in capsys.readouterr().err
    assert rows(register, "SELECT status FROM act") == [("draft",)]
