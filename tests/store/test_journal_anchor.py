"""A forgery that recomputes every hash, and the noted journal entry that catches it.

Everything ``check`` compares lives in the one file: someone with ``sqlite3`` and this program's source can change
a sealed act, compute its content hash again, and write the journal again with every entry's hash recomputed.
``check`` then finds nothing — the paper's QR code, another laptop holding the act and a recorded print do.  So
``check`` names the journal's last entry and its hash; noted down (in the office's files, an e-mail to the
auditor), ``check --since ENTRY:HASH`` later says whether the journal still holds that entry as it was: a
journal written again since fails, whatever else was made to agree.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlite_utils

from equipment_desk.cli import main
from equipment_desk.core.errors import InputError
from equipment_desk.core.hashing import canonical_json, sha256_hex
from equipment_desk.store import acts
from equipment_desk.store.check import check_database, parse_anchor
from equipment_desk.store.database import open_database
from tests.conftest import Factory
from tests.store.forgery import rewrite_journal, without_triggers

FORGED_GOODS = "Two armoured vehicles"


def _forge_goods(db: sqlite_utils.Database, act_id: int) -> None:
    """The last act's goods changed, its content and hash, the office's chain end and its seal entry made to agree."""
    row = acts.get_act_row(db=db, act_id=act_id)
    content = json.loads(row["content_json"])
    content["goods"]["en"] = FORGED_GOODS
    text = canonical_json(content)
    digest = sha256_hex(text)

    def agree(act_uuid: str, event: str, body: dict) -> None:
        if act_uuid == row["uuid"] and event == "seal":
            body["act"].update(goods_en=FORGED_GOODS, content_json=sha256_hex(text), content_hash=digest)

    def change() -> None:
        db.execute("UPDATE act SET goods_en = ?, content_json = ?, content_hash = ? WHERE id = ?", [FORGED_GOODS, text, digest, act_id])
        db.execute("UPDATE act_chain_head SET content_hash = ? WHERE act_uuid = ?", [digest, row["uuid"]])
        rewrite_journal(db, agree)

    without_triggers(db, change)


@pytest.fixture
def register(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    make = Factory(db)
    make.finalized()
    last = make.finalized(goods_en="Computers", goods_ru="Компьютеры")
    db.close()
    return path, last


def test_a_forgery_that_recomputes_every_hash_is_caught_by_the_noted_entry(register, capsys) -> None:
    path, last = register
    assert main(["--db", str(path), "check"]) == 0
    said = capsys.readouterr().out
    db = open_database(path)
    report = check_database(db=db)
    pos, digest = report.journal_head
    assert pos == 2 and f"{pos}:{digest}" in said  # the line to note, as it is to be given back
    _forge_goods(db, last)
    assert acts.act_document(db=db, act_id=last)["goods"]["en"] == FORGED_GOODS
    assert check_database(db=db).ok  # the limit of a check inside the one file
    forged = check_database(db=db, since=(pos, digest))
    assert not forged.ok
    assert any("journal entry 2" in str(problem) and "written again" in str(problem) for problem in forged.anchor), forged.lines()
    db.close()
    assert main(["--db", str(path), "check", "--since", f"{pos}:{digest}"]) == 1
    assert "written again" in capsys.readouterr().out


def test_the_noted_entry_still_there_as_it_was_passes_as_the_journal_grows(register, capsys) -> None:
    path, _last = register
    db = open_database(path)
    pos, digest = check_database(db=db).journal_head
    later = Factory(db)
    later._serial = 100  # after the fixture's items
    later.finalized()
    report = check_database(db=db, since=(pos, digest))
    assert report.ok and report.journal_head[0] == pos + 1
    db.close()
    assert main(["--db", str(path), "check", "--since", f"{pos}:{digest}"]) == 0
    assert f"journal entry {pos} is still the one noted" in capsys.readouterr().out


def test_a_noted_entry_cut_off_is_named(register) -> None:
    path, _last = register
    db = open_database(path)
    report = check_database(db=db, since=(7, "0" * 64))
    assert not report.ok and any("has no entry 7" in str(problem) for problem in report.anchor)


@pytest.mark.parametrize("text", ["", "12", "x:" + "0" * 64, "0:" + "0" * 64, "3:abc", "3:" + "g" * 64])
def test_a_malformed_note_is_refused_with_what_is_expected(register, text, capsys) -> None:
    with pytest.raises(InputError) as caught:
        parse_anchor(text)
    assert "ENTRY:HASH" in caught.value.text()
    path, _last = register
    assert main(["--db", str(path), "check", "--since", text]) == 2
