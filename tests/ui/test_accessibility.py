"""A screen reader hears each list's column titles when the lists answer them (the user's setting, or a screen
reader running on Windows); otherwise the start stays lean and the titles are the header's own."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from equipment_desk.store import demo
from equipment_desk.store.database import open_database
from equipment_desk.ui import accessibility
from equipment_desk.ui.main_window import MainWindow
from equipment_desk.ui.models import ItemsModel, ListModel, speak_column_titles
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.tasks import TaskRunner


@pytest.fixture
def spoken():
    speak_column_titles()
    yield
    speak_column_titles(False)


def heard_titles(view) -> list[str]:
    """What a screen reader reads as the table's column titles."""
    table = QAccessible.queryAccessibleInterface(view)
    cells = [table.child(i) for i in range(table.childCount())]
    return [cell.text(QAccessible.Text.Name) for cell in cells if cell.role() == QAccessible.Role.ColumnHeader]


def shown_window(qtbot, tmp_path, lang="en"):
    db = open_database(memory=True)
    demo.load_demo(db=db)
    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"), lang=lang,
                     tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    win.resize(1340, 700)
    win.show()
    win.show_section("items")
    QApplication.processEvents()
    return win


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_screen_reader_hears_the_column_titles_when_the_lists_speak_them(qtbot, tmp_path, request, spoken, lang):
    if lang == "ru":
        request.getfixturevalue("russian")
    page = shown_window(qtbot, tmp_path, lang).items_page
    model, view = page.model, page.view
    titles = [model.column_title(i) for i in range(model.columnCount())]
    heard = heard_titles(view)
    assert heard[:len(titles)] == titles
    assert ("Item" if lang == "en" else "Наименование") in heard


def test_without_them_the_reader_hears_numbers_and_the_header_still_shows_titles(qtbot, tmp_path):
    page = shown_window(qtbot, tmp_path).items_page
    assert "headerData" not in vars(ListModel)  # the lean start: no Python headerData (see widgets/header.py)
    heard = heard_titles(page.view)
    assert heard[:3] == ["1", "2", "3"]
    header = page.view.horizontalHeader()
    shown = [header.model().headerData(i, header.orientation()) for i in range(header.count())]
    assert shown[0] == "Item"


def test_the_spoken_titles_hold_for_models_made_afterwards_and_can_be_turned_off(qtbot):
    db = open_database(memory=True)
    demo.load_demo(db=db)
    speak_column_titles()
    try:
        from PySide6.QtCore import Qt

        model = ItemsModel(db=db)
        assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == model.column_title(0)
        assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole) == model.column_title(0)
        assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == model.columns[0].align
        assert model.headerData(99, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == 100  # Qt's own: a number
    finally:
        speak_column_titles(False)
    assert "headerData" not in vars(ListModel)


def test_the_setting_or_a_running_screen_reader_turns_them_on(tmp_path, monkeypatch):
    settings = DeskSettings.at(tmp_path / "s.ini")
    assert accessibility.spoken_titles_wanted(settings) is (sys.platform == "win32" and accessibility.screen_reader_running())
    settings.set("screen_reader_titles", True)
    assert accessibility.spoken_titles_wanted(settings) is True
    settings.set("screen_reader_titles", False)
    monkeypatch.setattr(accessibility.sys, "platform", "win32")
    monkeypatch.setattr(accessibility, "_windows_flag", lambda action: action == accessibility.SPI_GETSCREENREADER)
    assert accessibility.screen_reader_running() is True
    assert accessibility.spoken_titles_wanted(settings) is True
    monkeypatch.setattr(accessibility, "_windows_flag", lambda action: False)
    assert accessibility.spoken_titles_wanted(settings) is False

    def no_user32(action):
        raise AttributeError("windll")

    monkeypatch.setattr(accessibility, "_windows_flag", no_user32)
    assert accessibility.screen_reader_running() is False
    monkeypatch.setattr(accessibility.sys, "platform", "linux")
    assert accessibility.screen_reader_running() is False


def test_the_settings_page_keeps_the_choice(qtbot, tmp_path):
    from equipment_desk.ui.settings_page import SettingsPage

    db = open_database(memory=True)
    demo.load_demo(db=db)
    settings = DeskSettings.at(tmp_path / "s.ini")
    page = SettingsPage(db=db, settings=settings)
    qtbot.addWidget(page)
    assert not page.screen_reader_box.isChecked()
    page.screen_reader_box.setChecked(True)
    assert page.save()
    assert settings.get("screen_reader_titles") is True
    again = SettingsPage(db=db, settings=DeskSettings.at(tmp_path / "s.ini"))
    qtbot.addWidget(again)
    assert again.screen_reader_box.isChecked()
