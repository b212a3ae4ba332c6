"""The fixed texts an act printed are sealed with it: a later correction of a text file never changes a sealed act."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from equipment_desk.core import act_texts
from equipment_desk.core.errors import InputError
from equipment_desk.core.hashing import SEALED_TEXTS_KEY, canonical_json, sha256_hex
from equipment_desk.documents.printing import certificate_pdf
from equipment_desk.store import acts
from equipment_desk.store.check import check_database
from tests.conftest import Factory

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def texts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The program's resources, with text files this test may correct."""
    folder = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", folder, ignore=shutil.ignore_patterns("*.ts", "icons"))
    monkeypatch.setenv("EQUIPMENT_DESK_RESOURCES", str(folder))
    return folder / act_texts.FOLDER


def _correct(folder: Path, code: str, old: str, new: str) -> None:
    path = folder / f"{code}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_finalizing_seals_the_texts_of_the_acts_two_languages(db: sqlite_utils.Database) -> None:
    act_id = Factory(db).finalized()
    document = acts.act_document(db=db, act_id=act_id)
    assert document["format"] == "equipment-desk/act@4"
    sealed = document[SEALED_TEXTS_KEY]
    assert sorted(sealed) == sorted(document["languages"])
    for code, snapshot in sealed.items():
        assert snapshot == act_texts.load(code).snapshot()
        assert snapshot["review"]["status"] and snapshot["tables"]["texts"]["title"]
    row = acts.get_act_row(db=db, act_id=act_id)
    assert sha256_hex(canonical_json(json.loads(row["content_json"]))) == row["content_hash"]  # covered by the act's hash
    assert check_database(db=db).ok


def test_a_corrected_file_changes_new_acts_and_drafts_but_never_a_sealed_act(db: sqlite_utils.Database, texts_folder: Path) -> None:
    make = Factory(db)
    sealed_id = make.finalized()
    draft_id = make.draft(items=[make.item(serial_number="SN-DRAFT")])
    before = certificate_pdf(db=db, act_id=sealed_id)
    draft_before = certificate_pdf(db=db, act_id=draft_id)
    _correct(texts_folder, "ru", 'title = "АКТ ПРИЕМА-ПЕРЕДАЧИ"', 'title = "АКТ ПРИЁМА-ПЕРЕДАЧИ ИМУЩЕСТВА"')
    _correct(texts_folder, "en", 'seal = "L.S."', 'seal = "Seal"')
    assert certificate_pdf(db=db, act_id=sealed_id) == before  # byte for byte, as it was sealed
    assert check_database(db=db).ok
    assert certificate_pdf(db=db, act_id=draft_id) != draft_before  # a draft prints the files as they are now
    later = make.finalized()
    sealed_now = acts.act_document(db=db, act_id=later)[SEALED_TEXTS_KEY]
    assert sealed_now["ru"]["tables"]["texts"]["title"] == "АКТ ПРИЁМА-ПЕРЕДАЧИ ИМУЩЕСТВА"
    assert sealed_now["en"]["tables"]["texts"]["seal"] == "Seal"
    assert acts.act_document(db=db, act_id=sealed_id)[SEALED_TEXTS_KEY]["ru"]["tables"]["texts"]["title"] == "АКТ ПРИЕМА-ПЕРЕДАЧИ"


def test_an_act_is_not_finalized_while_a_text_file_of_its_languages_is_broken(db: sqlite_utils.Database, texts_folder: Path) -> None:
    make = Factory(db)
    act_id = make.draft(items=[make.item()])
    _correct(texts_folder, "en", "Page {page} of {pages}", "Page {page} of {total}")
    with pytest.raises(InputError) as caught:
        acts.finalize_act(db=db, act_id=act_id)
    assert any("en.toml, field 'texts.page': its placeholders differ from the English text" in line for line in caught.value.lines())
    row = acts.get_act_row(db=db, act_id=act_id)
    assert (row["status"], row["number"], row["content_json"]) == ("draft", None, None)  # nothing written


def test_check_names_sealed_texts_that_were_changed_behind_the_programs_back(db: sqlite_utils.Database) -> None:
    act_id = Factory(db).finalized()
    row = acts.get_act_row(db=db, act_id=act_id)
    content = json.loads(row["content_json"])
    content[SEALED_TEXTS_KEY]["ru"]["tables"]["texts"]["condition"] = "4. Имущество передано."
    text = canonical_json(content)
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute(f"DROP TRIGGER {name}")
    # even with the act's own hash made to agree, the texts no longer match the SHA-256 they were sealed with
    db.execute("UPDATE act SET content_json = ?, content_hash = ? WHERE id = ?", [text, sha256_hex(text), act_id])
    lines = check_database(db=db).lines()
    assert any("the sealed fixed texts of ru do not match their SHA-256" in line for line in lines), lines


def test_a_sealed_act_prints_in_its_own_languages_only(db: sqlite_utils.Database) -> None:
    act_id = Factory(db).finalized()
    number = acts.get_act_row(db=db, act_id=act_id)["number"]
    assert certificate_pdf(db=db, act_id=act_id, languages="en,ru").startswith(b"%PDF")  # its two, either order
    assert certificate_pdf(db=db, act_id=act_id, languages="ru").startswith(b"%PDF")  # or one of them
    with pytest.raises(InputError) as caught:
        certificate_pdf(db=db, act_id=act_id, languages="kk,ru")
    assert caught.value.lines() == [f"field 'lang': act {number} was drawn up in ru, en; it prints in those languages only, "
                                    f"not in kk (got 'kk,ru')"]
