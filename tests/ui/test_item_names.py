"""The window shows an item's name in its own language: the items list (and its order) and an act's lines."""

from __future__ import annotations

from PySide6.QtCore import Qt

from equipment_desk.ui import models
from tests.ui.test_act_editor import open_editor  # noqa: F401 - a fixture

pytestmark = __import__("pytest").mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def test_the_items_list_shows_and_sorts_names_in_the_windows_language(qapp, db, make):
    make.item(name="Desk", name_ru="Стол", name_en="Desk")
    make.item(name="Chair", name_ru="Стул", name_en="Chair")
    make.item(name="Printer", name_ru="", name_en="Printer")  # no Russian name: the English one stands in
    for lang, expected in (("ru", ["Printer", "Стол", "Стул"]), ("en", ["Chair", "Desk", "Printer"])):
        model = models.ItemsModel(db=db, lang=lang)
        column = [c.key for c in model.columns].index("name")
        model.sort(column, Qt.SortOrder.AscendingOrder)
        model.refresh()
        assert [model.index(row, column).data() for row in range(model.rowCount())] == expected


def test_an_acts_lines_show_the_item_in_the_windows_language(open_editor, db, make, monkeypatch):  # noqa: F811
    from equipment_desk.ui.acts import lines as lines_module

    monkeypatch.setattr(lines_module, "ui_language", lambda: "ru")
    item = make.item(name="Chair", name_ru="Стул", name_en="Chair")
    editor = open_editor(make.draft(items=[item]))
    assert editor.lines_model.index(0, editor.lines_model.NAME).data() == "Стул"
