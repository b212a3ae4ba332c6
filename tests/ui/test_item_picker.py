"""The item picker: what is in stock, filters, ticking many at once, quantities."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from equipment_desk.store import acts, records
from equipment_desk.ui.acts import item_picker
from equipment_desk.ui.acts.item_picker import ItemPickerDialog, SerialListDialog, StockItemsModel, stock_rows
from equipment_desk.ui.app import protect_python_singletons

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def stock(db, make):
    """50 computers (one each), 12 chairs, a written-off printer, a monitor already handed over."""
    programme = make.programme()
    other = make.programme(code="GLO/K32", name_en="Treatnet II")
    computers = [make.item(serial_number=f"CZC80{n:03d}", inventory_number=f"UNODC-KG-{n:04d}", programme_id=programme["id"])
                 for n in range(1, 51)]
    chairs = make.item(category="office", name="Office chair", model="Ergo 200", serial_number=None, quantity=12,
                       unit_value_minor=650_000, programme_id=other["id"])
    printer = make.item(category="office", name="Laser printer", model="HP M428")
    records.write_off(db=db, item_id=printer["id"], reason="broken in transport")
    monitor = make.item(name="Monitor", model="Dell P2219H")
    finalized = make.draft(items=[monitor])
    acts.finalize_act(db=db, act_id=finalized)
    return {"programme": programme, "other": other, "computers": computers, "chairs": chairs, "printer": printer, "monitor": monitor}


def test_stock_rows_hold_only_what_can_still_be_handed_over(db, make, stock):
    rows = {row["id"]: row for row in stock_rows(db=db)}
    assert stock["printer"]["id"] not in rows  # written off
    assert stock["monitor"]["id"] not in rows  # on a finalized act
    assert rows[stock["chairs"]["id"]]["left_quantity"] == 12
    assert len(rows) == 51
    draft = make.draft(items=[])
    acts.add_lines(db=db, act_id=draft, lines=[{"item_id": stock["chairs"]["id"], "quantity": 5},
                                               {"item_id": stock["computers"][0]["id"]}])
    rows = {row["id"]: row for row in stock_rows(db=db, act_id=draft)}
    assert rows[stock["chairs"]["id"]]["left_quantity"] == 7  # what this act holds is subtracted
    assert stock["computers"][0]["id"] not in rows


def test_stock_names_come_in_the_order_the_act_prints_its_languages(db, make):
    item = make.item(name_en="Laptop computer", name_ru="Ноутбук")
    assert {r["id"]: r for r in stock_rows(db=db)}[item["id"]]["names"] == "Ноутбук / Laptop computer"
    english_first = make.draft(items=[], languages="en,ru")
    assert {r["id"]: r for r in stock_rows(db=db, act_id=english_first)}[item["id"]]["names"] == "Laptop computer / Ноутбук"
    kyrgyz = make.draft(items=[], languages="ky,ru")
    assert {r["id"]: r for r in stock_rows(db=db, act_id=kyrgyz)}[item["id"]]["names"] == "Ноутбук / Laptop computer"


def test_the_model_passes_the_model_tester(qtmodeltester, db, stock):
    model = StockItemsModel()
    model.set_rows(stock_rows(db=db))
    model.set_checked([stock["chairs"]["id"]], True)
    qtmodeltester.check(model, force_py=True)


def test_rows_are_handed_to_the_view_in_batches(db, stock, monkeypatch):
    monkeypatch.setattr(item_picker, "BATCH", 20)
    model = StockItemsModel()
    model.set_rows(stock_rows(db=db))
    assert model.rowCount() == 20
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 51
    assert not model.canFetchMore()


def test_filters_by_words_category_and_programme(qtbot, db, stock):
    picker = ItemPickerDialog(db=db)
    qtbot.addWidget(picker)
    assert picker.candidate_count() == 51
    picker.search_edit.setText("czc80 04")
    picker.apply_filter()
    assert {row["serial_number"] for row in picker.model.all_rows()} == {f"CZC800{n}" for n in (40, 41, 42, 43, 44, 45, 46, 47, 48, 49)} | {"CZC80004"}
    picker.search_edit.setText("UNODC-KG-0007")
    picker.apply_filter()
    assert [row["serial_number"] for row in picker.model.all_rows()] == ["CZC80007"]
    picker.search_edit.clear()
    picker.category_combo.setCurrentIndex(picker.category_combo.findData("office"))
    assert [row["name"] for row in picker.model.all_rows()] == ["Office chair"]
    assert picker.category_combo.currentText() == "Office equipment"
    picker.category_combo.setCurrentIndex(0)
    picker.programme_combo.setCurrentIndex(picker.programme_combo.findData(stock["programme"]["id"]))
    assert len(picker.model.all_rows()) == 50
    assert picker.shown_label.text() == "50 of 51 items shown"


def test_search_is_case_insensitive_in_cyrillic(qtbot, db, make):
    make.item(name="Кресло офисное", model="Бюрократ", serial_number="RU-1")
    picker = ItemPickerDialog(db=db)
    qtbot.addWidget(picker)
    picker.search_edit.setText("КРЕСЛО")
    picker.apply_filter()
    assert [row["serial_number"] for row in picker.model.all_rows()] == ["RU-1"]


def test_ticks_fifty_computers_by_pasted_serial_numbers(qtbot, db, stock):
    picker = ItemPickerDialog(db=db)
    qtbot.addWidget(picker)
    picker.category_combo.setCurrentIndex(picker.category_combo.findData("office"))  # hides the computers
    pasted = "\n".join(f"czc80{n:03d}" for n in range(1, 51)) + "\nNO-SUCH-SERIAL, UNODC-KG-0001"
    dialog = SerialListDialog()
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText(pasted)
    ticked, missing = picker.check_numbers(dialog.numbers())
    assert ticked == 50
    assert missing == ["NO-SUCH-SERIAL"]
    assert "NO-SUCH-SERIAL" in picker.message_label.text()
    assert picker.category_combo.currentData() is None  # the filter was cleared so the ticks can be seen
    lines = picker.selected_lines()
    assert [line["item_id"] for line in lines] == [c["id"] for c in stock["computers"]]
    assert all(line["quantity"] == 1 for line in lines)
    assert picker.checked_label.text() == "Ticked: 50 items, quantity 50"
    assert picker.add_button.isEnabled()


def test_tick_all_shown_keeps_ticks_while_the_filter_changes(qtbot, db, stock):
    picker = ItemPickerDialog(db=db)
    qtbot.addWidget(picker)
    assert not picker.add_button.isEnabled()
    picker.search_edit.setText("CZC8001")
    picker.apply_filter()
    picker.check_all_shown()
    assert len(picker.model.checked) == 10
    picker.search_edit.setText("chair")
    picker.apply_filter()
    picker.check_all_shown()
    assert len(picker.model.checked) == 11
    assert picker.model.checked[stock["chairs"]["id"]] == 12  # all that is left, by default
    picker.uncheck_all()
    assert picker.selected_lines() == []
    assert not picker.add_button.isEnabled()


def test_quantity_to_add_is_bounded_by_what_is_left(qtbot, db, stock):
    picker = ItemPickerDialog(db=db)
    qtbot.addWidget(picker)
    picker.search_edit.setText("chair")
    picker.apply_filter()
    model = picker.model
    name = model.index(0, StockItemsModel.NAME)
    take = model.index(0, StockItemsModel.TAKE)
    assert not model.flags(take) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(name, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.flags(take) & Qt.ItemFlag.ItemIsEditable
    assert take.data(item_picker.LIMIT_ROLE) == 12
    assert not model.setData(take, 13)
    assert not model.setData(take, 0)
    assert model.setData(take, 5)
    assert picker.selected_lines() == [{"item_id": stock["chairs"]["id"], "quantity": 5}]
    assert take.data() == "5"
    assert model.index(0, StockItemsModel.VALUE).data() == "KGS\u00a06,500.00"


def test_space_and_double_click_tick_the_selected_rows(qtbot, db, stock):
    picker = ItemPickerDialog(db=db)
    qtbot.addWidget(picker)
    picker.search_edit.setText("CZC8000")
    picker.apply_filter()
    selection = picker.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 1, 2):
        selection.select(picker.model.index(row, 0), flags)
    picker.toggle_selected()
    assert len(picker.model.checked) == 3
    picker.toggle_selected()
    assert picker.model.checked == {}
    picker._double_clicked(picker.model.index(4, StockItemsModel.SERIAL))
    assert list(picker.model.checked) == [picker.model.row_at(4)["id"]]


def test_the_programme_filter_speaks_the_users_language(qtbot, db, stock):
    from PySide6.QtCore import QLocale

    previous = QLocale()
    programme = records.create(db=db, kind=records.PROGRAMME, data={
        "code": "XKZ/K99", "name_en": "Border liaison offices", "name_ru": "Пограничные пункты связи"})
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian))
        picker = ItemPickerDialog(db=db)
        qtbot.addWidget(picker)
        combo = picker.programme_combo
        assert combo.itemText(combo.findData(programme["id"])) == "XKZ/K99 — Пограничные пункты связи"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        english = ItemPickerDialog(db=db)
        qtbot.addWidget(english)
        assert english.programme_combo.itemText(english.programme_combo.findData(programme["id"])) == "XKZ/K99 — Border liaison offices"
    finally:
        QLocale.setDefault(previous)


def test_the_picker_shows_and_finds_both_languages_names(qtbot, db, make):
    make.item(name_en="Laptop computer", name_ru="Ноутбук", serial_number="NB-1")
    picker = ItemPickerDialog(db=db)
    qtbot.addWidget(picker)
    picker.search_edit.setText("ноутбук")
    picker.apply_filter()
    assert [row["serial_number"] for row in picker.model.all_rows()] == ["NB-1"]
    shown = picker.model.data(picker.model.index(0, picker.model.NAME))
    assert shown == "Ноутбук / Laptop computer"  # as a Russian–English act (the office's default) prints them
