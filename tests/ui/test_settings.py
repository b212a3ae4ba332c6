"""The per-user settings wrapper: declared options, defaults, layouts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView, QWidget

from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.settings import OPTIONS, DeskSettings

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring


def test_defaults_and_typed_values(tmp_path):
    settings = DeskSettings.at(tmp_path / "s.ini")
    assert settings.get("print_copies") == 2
    assert settings.ui_language == ""
    settings.set("print_copies", 3)
    settings.set("ui_language", "ru")
    settings.sync()
    again = DeskSettings.at(tmp_path / "s.ini")
    assert again.get("print_copies") == 3  # ini files hand back text; the wrapper converts
    assert again.ui_language == "ru"
    again.reset("print_copies")
    assert again.get("print_copies") == OPTIONS["print_copies"].default


def test_unknown_options_and_wrong_types_are_refused(tmp_path):
    settings = DeskSettings.at(tmp_path / "s.ini")
    with pytest.raises(KeyError):
        settings.get("no_such_option")
    with pytest.raises(TypeError):
        settings.set("print_copies", "two")


def test_unknown_language_falls_back_to_system(tmp_path):
    settings = DeskSettings.at(tmp_path / "s.ini")
    settings.set("ui_language", "xx")
    assert settings.ui_language == ""


def test_geometry_and_columns_are_remembered(qtbot, tmp_path):
    settings = DeskSettings.at(tmp_path / "s.ini")
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    assert settings.restore_geometry("w", widget) is False
    settings.save_geometry("w", widget)
    other = QWidget()
    qtbot.addWidget(other)
    assert settings.restore_geometry("w", other)
    assert other.size().width() == 640

    model = QStandardItemModel(2, 4)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().moveSection(0, 3)
    view.setColumnHidden(1, True)
    settings.save_header("t", view.horizontalHeader())
    fresh = QTableView()
    qtbot.addWidget(fresh)
    fresh.setModel(model)
    assert settings.restore_header("t", fresh.horizontalHeader())
    assert fresh.horizontalHeader().visualIndex(0) == 3
    assert fresh.isColumnHidden(1)


def test_last_folder(tmp_path):
    settings = DeskSettings.at(tmp_path / "s.ini")
    scan = tmp_path / "scans" / "a.pdf"
    scan.parent.mkdir()
    scan.write_bytes(b"%PDF-")
    settings.remember_folder("scan", scan)
    assert settings.last_folder("scan") == str(scan.parent)
    assert settings.last_folder("never") != ""


def test_settings_page_saves_office_and_user_settings(qtbot, tmp_path):
    from equipment_desk.store import settings as office_settings
    from equipment_desk.store.database import open_database
    from equipment_desk.ui.settings_page import SettingsPage

    db = open_database(memory=True)
    user = DeskSettings.at(tmp_path / "s.ini")
    page = SettingsPage(db=db, settings=user)
    qtbot.addWidget(page)
    page.edits["office_code"].setText("bish")
    page.edits["default_place_ru"].setText("г. Бишкек")
    page.edits["default_languages"].set_pair("en,ru")
    page.edits["ui_language"].setCurrentIndex(page.edits["ui_language"].findData("ru"))
    page.edits["backup_folder"].setText(str(tmp_path))
    assert page.save()
    assert office_settings.get_setting(db=db, key="office_code") == "BISH"
    assert office_settings.get_setting(db=db, key="default_languages") == "en,ru"
    assert user.ui_language == "ru" and user.backup_folder == str(tmp_path)


def test_settings_page_shows_problems_beside_the_fields(qtbot, tmp_path):
    from equipment_desk.store import settings as office_settings
    from equipment_desk.store.database import open_database
    from equipment_desk.ui.settings_page import SettingsPage

    db = open_database(memory=True)
    page = SettingsPage(db=db, settings=DeskSettings.at(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.edits["office_code"].setText("Bishkek office")
    page.edits["number_pattern"].setText("{office}-{seq}")
    page.edits["logo_path"].setText(str(tmp_path / "missing.png"))
    assert not page.save()
    assert "Latin capital letters" in page.messages["office_code"].text()
    assert "{year}" in page.messages["number_pattern"].text()
    assert page.messages["logo_path"].text() == "the file does not exist"
    assert office_settings.get_setting(db=db, key="office_code") == "ROCA"
    page.load()
    assert page.edits["office_code"].text() == "ROCA"


def test_backups_to_keep_has_a_default_and_is_saved_from_the_page(qtbot, tmp_path):
    from equipment_desk.store.database import open_database
    from equipment_desk.ui.settings_page import SettingsPage

    user = DeskSettings.at(tmp_path / "s.ini")
    assert user.get("backup_keep") == 14 and user.backup_keep == 14
    user.set("backup_keep", 0)
    assert user.backup_keep == 1  # never keep no backup at all
    user.reset("backup_keep")
    db = open_database(memory=True)
    page = SettingsPage(db=db, settings=user)
    qtbot.addWidget(page)
    assert page.edits["backup_keep"].value() == 14
    page.edits["backup_keep"].setValue(30)
    assert page.save()
    assert DeskSettings.at(tmp_path / "s.ini").backup_keep == 30
    page.edits["backup_keep"].setValue(3)
    page.load()  # "Undo changes"
    assert page.edits["backup_keep"].value() == 30


def test_ctrl_s_saves_the_settings_page(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from equipment_desk.store.database import open_database
    from equipment_desk.ui.settings_page import SettingsPage

    page = SettingsPage(db=open_database(memory=True), settings=DeskSettings.at(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    assert page.save_shortcut.key() == QKeySequence(QKeySequence.StandardKey.Save)
    assert page.save_shortcut.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    page.edits["user_name"].setText("Aida")
    page.save_shortcut.activated.emit()
    assert page.status.text() == "Settings saved."


def test_settings_page_sets_the_currency_of_new_acts(qtbot, tmp_path):
    from equipment_desk.core.money import CURRENCY_CODES
    from equipment_desk.store import settings as office_settings
    from equipment_desk.store.database import open_database
    from equipment_desk.ui.settings_page import SettingsPage

    db = open_database(memory=True)
    page = SettingsPage(db=db, settings=DeskSettings.at(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    currencies = page.edits["default_currency"]
    assert [currencies.itemData(i) for i in range(currencies.count())] == list(CURRENCY_CODES)
    assert currencies.currentData() == "USD" and currencies.currentText() == "USD — US dollar"
    currencies.setCurrentIndex(currencies.findData("KGS"))
    assert page.save()
    assert office_settings.get_setting(db=db, key="default_currency") == "KGS"
    office_settings.set_settings(db=db, values={"default_currency": "eur"})  # e.g. a merge from another office
    page.load()
    assert currencies.currentData() == "EUR"


def test_act_languages_are_named_in_the_language_of_the_program(qtbot, tmp_path):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from equipment_desk.store.database import open_database
    from equipment_desk.ui.app import install_translations
    from equipment_desk.ui.settings_page import SettingsPage

    page = SettingsPage(db=open_database(memory=True), settings=DeskSettings.at(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    pair = page.edits["default_languages"]
    assert (pair.first.currentText(), pair.second.currentText()) == ("Russian", "English")
    assert page.edits["national_languages"].boxes["uz-Cyrl"].text() == "Uzbek (Cyrillic)"
    app = QApplication.instance()
    previous = QLocale()
    translators = install_translations(app, "ru")
    try:
        russian = SettingsPage(db=open_database(memory=True), settings=DeskSettings.at(tmp_path / "s.ini"))
        qtbot.addWidget(russian)
        pair = russian.edits["default_languages"]
        assert (pair.first.currentText(), pair.second.currentText()) == ("Русский", "Английский")
        assert russian.edits["national_languages"].boxes["ky"].text() == "Кыргызский"
        pair.set_pair("ky,ky")
        assert russian.messages["default_languages"].text().startswith("Акт печатается на двух разных языках")
        assert russian.edits["default_currency"].currentText() == "USD — доллар США"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)


@pytest.mark.parametrize(("platform", "wording"), [("win32", "As in Windows"), ("linux", "As in the system"), ("darwin", "As in the system")])
def test_the_system_language_is_named_as_the_system_is(qtbot, tmp_path, monkeypatch, platform, wording):
    from equipment_desk.store.database import open_database
    from equipment_desk.ui import settings_page
    from equipment_desk.ui.settings_page import SettingsPage

    monkeypatch.setattr(settings_page.sys, "platform", platform)
    page = SettingsPage(db=open_database(memory=True), settings=DeskSettings.at(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    languages = page.edits["ui_language"]
    assert languages.itemText(languages.findData("")) == wording


def test_the_acts_languages_are_two_short_lists_with_the_offices_state_languages_on_top(qtbot, tmp_path):
    from equipment_desk.store import settings as office_settings
    from equipment_desk.store.database import open_database
    from equipment_desk.ui.settings_page import SettingsPage

    db = open_database(memory=True)
    page = SettingsPage(db=db, settings=DeskSettings.at(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    pair, states = page.edits["default_languages"], page.edits["national_languages"]

    def listed(box):
        return [box.itemData(i) for i in range(box.count())]

    assert listed(pair.first)[:3] == ["ru", "en", None]  # Russian and English, a line, the others
    assert sorted(code for code in listed(pair.first) if code) == sorted(("ru", "en", "kk", "ky", "tg", "uz", "uz-Cyrl", "tk"))
    states.boxes["ky"].setChecked(True)  # the office prints in Kyrgyz: it comes first in both lists
    assert listed(pair.first)[:4] == listed(pair.second)[:4] == ["ky", "ru", "en", None]
    assert page.national_group.isVisibleTo(page)
    pair.set_pair("ky,ru")
    pair.swap()
    assert pair.pair() == "ru,ky"

    pair.set_pair("ru,ru")  # the same language twice is refused, said beside the field, nothing written
    assert pair.pair() is None
    assert page.messages["default_languages"].isVisibleTo(page)
    assert "two different languages" in page.messages["default_languages"].text()
    assert not page.save()
    assert "two different languages" in page.messages["default_languages"].text()
    assert office_settings.get_setting(db=db, key="national_languages") == ""

    pair.set_pair("ky,ru")
    assert not page.messages["default_languages"].isVisibleTo(page)
    assert page.save()
    assert office_settings.get_setting(db=db, key="default_languages") == "ky,ru"
    assert office_settings.get_setting(db=db, key="national_languages") == "ky"
    page.load()
    assert states.boxes["ky"].isChecked() and not states.boxes["kk"].isChecked() and pair.pair() == "ky,ru"


def test_a_long_setting_is_shown_from_its_beginning(qtbot, tmp_path):
    from equipment_desk.store import settings as office_settings
    from equipment_desk.store.database import open_database
    from equipment_desk.ui.settings_page import SettingsPage

    db = open_database(memory=True)
    title = "Региональный представитель Регионального представительства УНП ООН в Центральной Азии"
    office_settings.set_settings(db=db, values={"default_signatory_title_ru": title})
    page = SettingsPage(db=db, settings=DeskSettings.at(tmp_path / "s.ini"))
    qtbot.addWidget(page)
    assert page.edits["default_signatory_title_ru"].text() == title
    assert page.edits["default_signatory_title_ru"].cursorPosition() == 0  # not scrolled to «…в Центральной Азии»
