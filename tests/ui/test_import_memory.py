"""The window's view of what imports remember: the office's category words edited, column mappings forgotten."""

from __future__ import annotations

import pytest

from equipment_desk.exchange import remembered
from equipment_desk.exchange.importers import import_file
from equipment_desk.store.database import open_database
from equipment_desk.ui import import_memory
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.import_memory import ImportMemoryDialog

protect_python_singletons()

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def db():
    database = open_database(memory=True)
    yield database
    database.close()


def test_category_words_are_listed_added_changed_and_deleted(qtbot, db, monkeypatch):
    remembered.set_office_categories(db=db, words={"Laptops": "computers", "Chairs": "office"})
    dialog = ImportMemoryDialog(db=db)
    qtbot.addWidget(dialog)
    assert dialog.word_rows() == [("Chairs", "office"), ("Laptops", "computers")]
    dialog.set_word(1, "Laptops", "office")  # changed
    dialog.words_table.setCurrentCell(0, 0)
    dialog.delete_selected_word()  # Chairs deleted
    row = dialog.add_word()
    dialog.set_word(row, "Projectors", "office")  # added
    assert dialog.save_words()
    assert remembered.office_categories(db=db) == {"laptops": ("Laptops", "office"), "projectors": ("Projectors", "office")}
    assert dialog.words_status.text() == "Saved."
    shown = []
    monkeypatch.setattr(import_memory.errors, "show_error", lambda parent, error: shown.append(str(error)))
    row = dialog.add_word()
    dialog.set_word(row, "Desktops", "")  # no category chosen: refused, nothing changes
    assert not dialog.save_words()
    assert "choose the category the word Desktops means" in shown[0] and "row 3" in shown[0]
    assert len(remembered.office_categories(db=db)) == 2


def test_remembered_mappings_are_shown_and_forgotten(qtbot, db, tmp_path):
    for name, header in (("a.csv", "Name;Category;Qty;Price;Currency"), ("b.csv", "Наименование;Категория;Кол-во;Цена;Валюта")):
        path = tmp_path / name
        path.write_text(header + "\nСтол;office;1;100;KGS\n", encoding="utf-8")
        import_file(db=db, kind="item", path=path, date_order="mdy" if name == "a.csv" else None)
    dialog = ImportMemoryDialog(db=db)
    qtbot.addWidget(dialog)
    assert dialog.mappings_table.rowCount() == 2
    assert dialog.mappings_table.item(0, 0).text() == "Items"
    assert dialog.mappings_table.item(0, 1).text().startswith("Name → Name; Category → Category; Qty → Quantity")
    assert dialog.mappings_table.item(0, 2).text() == "month first"
    dialog.mappings_table.selectRow(0)
    dialog.forget_selected()
    assert [m.titles[0] for m in remembered.remembered_mappings(db=db)] == ["Наименование"]
    assert dialog.mappings_table.rowCount() == 1
    dialog.forget_all()
    assert remembered.remembered_mappings(db=db) == [] and not dialog.forget_all_button.isEnabled()
