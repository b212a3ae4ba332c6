"""Identifiers (serial and inventory numbers, codes) are normalised on the way in: what looks the same is the same."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from equipment_desk.core.errors import DeskError
from equipment_desk.core.validation import INVISIBLE, normalize_identifier
from equipment_desk.store import records

VISIBLE = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="".join(INVISIBLE)), max_size=20)


@given(text=VISIBLE, hidden=st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(sorted(INVISIBLE))),
                                     max_size=5))
def test_invisible_characters_never_make_two_identifiers(text: str, hidden: list[tuple[int, str]]) -> None:
    polluted = text
    for position, char in hidden:
        at = position % (len(polluted) + 1)
        polluted = polluted[:at] + char + polluted[at:]
    assert normalize_identifier(polluted) == normalize_identifier(text)
    assert normalize_identifier(normalize_identifier(text)) == normalize_identifier(text)  # idempotent


@given(text=VISIBLE)
def test_composed_and_decomposed_letters_are_one(text: str) -> None:
    assert normalize_identifier(unicodedata.normalize("NFD", text)) == normalize_identifier(
        unicodedata.normalize("NFC", text))


def test_a_serial_number_with_a_zero_width_space_is_the_same_serial_number(db, make) -> None:
    first = make.item(serial_number="ZW1")
    with pytest.raises(DeskError, match="serial"):
        make.item(serial_number="ZW1\u200b")
    with pytest.raises(DeskError, match="serial"):
        make.item(serial_number="\u202eZW1\u202c")
    assert records.find_id(db=db, kind=records.ITEM, ref="ZW1\u200b") == first["id"]
    second = make.item(serial_number="Z\u030c-7", inventory_number="INV\u200d-1")  # Z + combining caron
    stored = db.execute("SELECT serial_number, inventory_number FROM item WHERE id = ?", [second["id"]]).fetchone()
    assert stored == ("\u017d-7", "INV-1")
    assert records.find_id(db=db, kind=records.ITEM, ref="\u017d-7") == second["id"]


def test_a_programme_code_is_normalised(db, make) -> None:
    make.programme(code="XAC/Z60")
    with pytest.raises(DeskError):
        make.programme(code="XAC/Z60\ufeff")


def test_items_import_sees_the_invisible_duplicate(db_path: Path, tmp_path: Path, capsys) -> None:
    from equipment_desk.cli import main

    source = tmp_path / "items.csv"
    source.write_text("Category;Name;Serial number;Quantity;Unit value;Currency\n"
                      "office;Chair;ZW1;1;10;USD\noffice;Chair;ZW1\u200b;1;10;USD\n", encoding="utf-8")
    assert main(["--db", str(db_path), "items", "import", str(source)]) == 2
    assert "ZW1" in capsys.readouterr().err


@given(st.text(alphabet=st.sampled_from("aZ09 -/\t\u00a0\u00e9e\u0301\u212b\u0041\u030a\u00adЖ\u200b\u200e\u202e\u2066\ufeffﬁ") | st.characters(),
               max_size=30))
def test_the_ascii_shortcut_and_the_table_give_what_nfc_and_filtering_give(text):
    expected = "".join(char for char in unicodedata.normalize("NFC", text) if char not in INVISIBLE).strip()
    assert normalize_identifier(text) == expected
