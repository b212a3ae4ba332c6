"""The act's fixed texts as reviewed data files: every language's file complete, a broken file named precisely."""

from __future__ import annotations

import shutil
import string
from pathlib import Path

import pytest

from equipment_desk.core import act_texts
from equipment_desk.core.errors import InputError
from equipment_desk.core.languages import CODES, NATIONAL

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "act_texts"


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped resources the test may break (the locator is pointed at it)."""
    folder = tmp_path / "resources"
    shutil.copytree(SHIPPED, folder / act_texts.FOLDER)
    monkeypatch.setenv("EQUIPMENT_DESK_RESOURCES", str(folder))
    return folder / act_texts.FOLDER


def _messages(code: str) -> list[str]:
    return [str(p) for p in act_texts.missing(code)]


def _edit(folder: Path, code: str, old: str, new: str) -> None:
    path = folder / f"{code}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("code", CODES)
def test_every_printed_language_has_a_complete_file(code: str) -> None:
    assert act_texts.missing(code) == []
    texts = act_texts.load(code)
    assert texts.code == code and texts.review["language"] == code
    for table, keys in act_texts.SCHEMA.items():
        for key, slots in keys.items():
            value = texts.get(table, key)
            found = {name for _lit, name, _spec, _conv in string.Formatter().parse(value) if name}
            assert found == slots or (table, key) in act_texts.FREE_PLACEHOLDERS, (code, table, key)


@pytest.mark.parametrize("code", NATIONAL)
def test_every_national_file_says_it_needs_a_native_speakers_review(code: str) -> None:
    texts = act_texts.load(code)
    assert texts.needs_review, texts.review["status"]
    assert code in act_texts.needs_review()


def test_a_missing_file_is_named(resources: Path) -> None:
    (resources / "tk.toml").unlink()
    (message,) = _messages("tk")
    assert "the fixed texts of the act in Turkmen are missing: there is no file" in message and "tk.toml" in message
    with pytest.raises(InputError, match="tk.toml"):
        act_texts.load("tk")
    assert act_texts.missing("ru") == []  # the others are untouched


def test_a_missing_key_an_empty_text_and_a_misspelt_key_are_each_named(resources: Path) -> None:
    _edit(resources, "kk", 'title = "ҚАБЫЛДАУ-ТАПСЫРУ АКТІСІ"', 'titel = "ҚАБЫЛДАУ-ТАПСЫРУ АКТІСІ"')
    _edit(resources, "kk", 'seal = "М.О."', 'seal = "  "')
    messages = _messages("kk")
    assert "kk.toml, field 'texts.title': is missing" in messages
    assert "kk.toml, field 'texts.seal': is empty" in messages
    assert "kk.toml, field 'texts.titel': is not a known text of [texts] (misspelt?)" in messages
    assert len(messages) == 3


def test_a_lost_or_foreign_placeholder_is_named_with_what_is_expected(resources: Path) -> None:
    _edit(resources, "tg", "Саҳифаи {page} аз {pages}", "Саҳифаи {page} аз {pagez}")
    _edit(resources, "tg", "{org_from} (минбаъд", "{org} (минбаъд")
    messages = _messages("tg")
    assert ("tg.toml, field 'texts.page': its placeholders differ from the English text ({page}, {pages}): "
            "{pages} missing; {pagez} unknown; keep every {name} as it is") in messages
    assert any(m.startswith("tg.toml, field 'texts.parties'") and "{org_from} missing; {org} unknown" in m for m in messages)


def test_broken_braces_a_number_instead_of_text_and_a_wrong_language_are_named(resources: Path) -> None:
    _edit(resources, "ru", 'act_label = "Акт № {number}"', 'act_label = "Акт № {number"')
    _edit(resources, "ru", 'two = "двух"', "two = 2")
    _edit(resources, "ru", 'language = "ru"', 'language = "kk"')
    messages = _messages("ru")
    assert any(m.startswith("ru.toml, field 'texts.act_label': its braces are not well formed") for m in messages)
    assert "ru.toml, field 'copies.two': must be a text in quotes (got 2)" in messages
    assert "ru.toml, field 'review.language': says kk but the file is the ru texts" in messages


def test_a_file_that_is_not_toml_says_where(resources: Path) -> None:
    _edit(resources, "en", 'title = "ACT OF ACCEPTANCE AND TRANSFER"', 'title = "ACT OF ACCEPTANCE AND TRANSFER')
    (message,) = _messages("en")
    assert message.startswith("en.toml: is not a valid TOML file:") and "line" in message


def test_a_missing_review_table_and_an_unknown_table_are_named(resources: Path) -> None:
    _edit(resources, "uz", "[review]", "[reviewed]")
    messages = _messages("uz")
    assert any("uz.toml, field 'review': the table [review] is missing" in m for m in messages)
    assert any(m.startswith("uz.toml, field 'reviewed': is not a known table") for m in messages)


def test_a_corrected_file_is_read_again(resources: Path) -> None:
    before = act_texts.load("kk")
    _edit(resources, "kk", 'seal = "М.О."', 'seal = "М. О."')
    after = act_texts.load("kk")
    assert (before.get("texts", "seal"), after.get("texts", "seal")) == ("М.О.", "М. О.")
    assert before.digest() != after.digest()


def test_a_snapshot_reads_back_and_a_changed_one_is_refused() -> None:
    snapshot = act_texts.load("ky").snapshot()
    assert act_texts.from_snapshot(snapshot) == act_texts.load("ky")
    snapshot["tables"]["texts"]["title"] = "ACT"
    with pytest.raises(InputError, match="do not match their SHA-256"):
        act_texts.from_snapshot(snapshot)
    del snapshot["tables"]["texts"]["seal"]
    with pytest.raises(InputError, match="texts.seal"):
        act_texts.from_snapshot(snapshot)


def test_an_unknown_language_is_refused() -> None:
    (problem,) = act_texts.missing("de")
    assert "unknown language de" in str(problem)


def test_the_command_line_checks_the_files_and_names_what_is_wrong(resources: Path, capsys: pytest.CaptureFixture) -> None:
    from equipment_desk.cli import main

    assert main(["texts", "check"]) == 0
    out = capsys.readouterr().out
    assert "kk: complete — draft — needs review by a native speaker" in out and out.count("complete") == len(CODES)
    _edit(resources, "ky", "{page}-бети", "{бет}-бети")
    assert main(["texts", "check", "ky", "ru"]) == 1
    out = capsys.readouterr().out
    assert "ky: 1 problem(s)" in out and "ky.toml, field 'texts.page': its placeholders differ" in out
    assert "ru: complete" in out
