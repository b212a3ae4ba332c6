"""The import wizard: mapping shown and corrected, every row's problems, nothing written until Import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from equipment_desk.store import records
from equipment_desk.store.database import open_database
from equipment_desk.ui import import_wizard
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.import_wizard import ImportWizard
from equipment_desk.ui.tasks import TaskRunner

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def db():
    database = open_database(memory=True)
    records.create(db=database, kind=records.PROGRAMME, data={"code": "XAC/Z60", "name_en": "Programme for Central Asia"})
    yield database
    database.close()


@pytest.fixture
def wizard(qtbot, db):
    def make(path, kind="item"):
        dialog = ImportWizard(db=db, tasks=TaskRunner(db=db, synchronous=True), kind=kind, path=path)
        qtbot.addWidget(dialog)
        return dialog

    return make


def item_count(db):
    return db.execute("SELECT count(*) FROM item").fetchone()[0]


def test_guess_correct_check_and_import(wizard, db, tmp_path, qtmodeltester):
    path = tmp_path / "list.csv"
    path.write_text("Перечень;;;;\nНаименование;Шифр;Кол-во;Цена за ед.;Валюта\nКомпьютер;A1;2;43 000,00;KGS\nМонитор;A2;1;10000;KGS\n",
                    encoding="utf-8")
    dialog = wizard(path)
    imported = []
    dialog.imported.connect(imported.append)
    dialog.go_next()
    assert dialog.pages.currentIndex() == 1
    assert dialog.guessed.header_row == 2
    assert dialog.chosen_mapping() == {0: "name", 2: "quantity", 3: "unit_value", 4: "currency"}
    assert dialog.columns_table.item(0, 1).text() == "Компьютер · Монитор"
    dialog.set_field(1, "serial_number")
    dialog.go_next()  # check: category is missing
    assert dialog.pages.currentIndex() == 2
    assert not dialog.import_button.isEnabled()
    assert "Category" in dialog.file_problems_label.text()
    assert "cannot be imported as it is" in dialog.summary_label.text()  # not "0 of 0 rows have problems"
    dialog.go_back()
    assert dialog.default_category.itemText(dialog.default_category.findData("computers")) == "Computers and IT"
    dialog.default_category.setCurrentIndex(dialog.default_category.findData("computers"))
    dialog.go_next()
    assert dialog.preview.ok and dialog.import_button.isEnabled()
    qtmodeltester.check(dialog.preview_model)
    assert item_count(db) == 0  # nothing written before Import
    dialog.import_button.click()
    assert item_count(db) == 2
    assert db.execute("SELECT serial_number, category FROM item ORDER BY id").fetchall() == [("A1", "computers"), ("A2", "computers")]
    assert imported and imported[0].created == 2
    assert not dialog.import_button.isEnabled()


def test_every_row_problem_is_listed(wizard, db, tmp_path, qtmodeltester):
    path = tmp_path / "bad.csv"
    path.write_text("Category;Name;Quantity;Unit value;Currency\noffice;Chair;0;10;USD\noffice;Desk;1;-5;XXX\noffice;Lamp;1;5;USD\n",
                    encoding="utf-8")
    dialog = wizard(path)
    dialog.go_next()
    dialog.go_next()
    model = dialog.preview_model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    problems_column = model.columnCount() - 1
    assert "Quantity" in model.index(0, problems_column).data()
    assert "Currency" in model.index(1, problems_column).data() and "Unit value" in model.index(1, problems_column).data()
    assert model.index(2, 1).data() == "ready"
    summary = dialog.summary_label.text().splitlines()  # the first problems said in words, not only counted
    assert summary[1].startswith("• row 2, Quantity: ") and summary[2].startswith("• row 3, ")
    assert len(summary) == 4 and all(line.startswith("• row ") for line in summary[1:])  # all three problems
    dialog.only_problems.setChecked(True)
    assert model.rowCount() == 2
    assert not dialog.import_button.isEnabled()
    dialog.start_import()
    assert item_count(db) == 0


def test_the_summary_words_the_first_problems_and_counts_the_others(wizard, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Category;Name;Quantity;Unit value;Currency\n" + "office;Chair;0;10;USD\n" * 5, encoding="utf-8")
    dialog = wizard(path)
    dialog.go_next()
    dialog.go_next()
    summary = dialog.summary_label.text().splitlines()
    assert [line[:9] for line in summary[1:4]] == ["• row 2, ", "• row 3, ", "• row 4, "]
    assert summary[4] == "…and 2 more, in the last column of the table."


def test_unreadable_file_shows_the_message(wizard, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(import_wizard.errors, "show_error", lambda parent, error: shown.append(error))
    dialog = wizard(tmp_path / "missing.xlsx")
    dialog.go_next()
    assert dialog.pages.currentIndex() == 0
    assert "does not exist" in str(shown[0])


def test_institutions_with_a_default_country(wizard, db, tmp_path):
    path = tmp_path / "inst.csv"
    path.write_text("Name;Наименование;Signatory\nGPO;Генпрокуратура;Азизбек Усубалиев\n", encoding="utf-8")
    dialog = wizard(path, kind="institution")
    dialog.go_next()
    dialog.default_country.setText("KG")
    dialog.go_next()
    dialog.import_button.click()
    assert db.execute("SELECT country FROM institution").fetchall() == [("KG",)]
    assert db.execute("SELECT full_name FROM signatory").fetchall() == [("Азизбек Усубалиев",)]


def _registers():
    from tests.exchange import registers

    return registers


def test_a_snipe_it_export_through_the_dialog_as_on_the_command_line(wizard, db, tmp_path, qtmodeltester):
    path = _registers().snipe_export(tmp_path)
    dialog = wizard(path)
    dialog.go_next()
    assert dialog.chosen_mapping()[5] == "category" and 4 not in dialog.chosen_mapping()  # "Model No." is not the model
    assert dialog.categories_table.rowCount() == 3  # Desktops, Laptops, Projectors: asked once each
    dialog.default_currency.setCurrentIndex(dialog.default_currency.findData("USD"))
    dialog.go_next()
    assert not dialog.preview.ok
    assert "ambiguous" in dialog.preview_model.index(1, dialog.preview_model.columnCount() - 1).data()
    assert "The category Desktops (rows 2) is none of the program's categories: go back and choose" in dialog.file_problems_label.text()
    assert "--category-map" not in dialog.file_problems_label.text()  # the window's words, not the command line's
    assert dialog.preview_model.index(0, 1).data() == "its category?"  # asked above once, not refused row by row
    dialog.go_back()
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("mdy"))
    for word, code in (("Desktops", "computers"), ("Laptops", "computers"), ("Projectors", "office")):
        dialog.set_category(word, code)
    dialog.go_next()
    assert dialog.preview.ok, [str(p) for p in dialog.preview.problems]
    model = dialog.preview_model
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    first = {headers[c]: model.index(0, c).data() for c in range(model.columnCount())}
    assert first["Asset Name"] == "Dell OptiPlex 3060" and first["Model"] == "Dell OptiPlex 3060"
    assert first["Purchase Cost"] == "612.00" and first["Quantity"] == "1" and first["Purchase Date"] == "23.01.2018"
    assert "no quantity column" in dialog.warnings_label.text()
    dialog.import_button.click()
    assert item_count(db) == 3
    # the same header again: the columns, the date order and the office's words are remembered
    again = wizard(_registers().snipe_export(tmp_path, name="again.csv"))
    again.go_next()
    assert again.remembered_label.isVisibleTo(again) and again.date_order.currentData() == "mdy"
    assert again.chosen_categories() == {"Desktops": "computers", "Laptops": "computers", "Projectors": "office"}
    again.set_field(5, "")  # switch Category off, as --map "Category=" does
    assert 5 not in again.chosen_mapping()
    again.guess_again()
    assert again.chosen_mapping()[5] == "category" and not again.remembered_label.isVisibleTo(again)


def test_the_rows_skipped_are_listed_with_the_reason(wizard, db, tmp_path):
    path = _registers().ministry_xlsx(tmp_path)
    dialog = wizard(path)
    dialog.go_next()
    dialog.default_category.setCurrentIndex(dialog.default_category.findData("office"))
    dialog.go_next()
    assert dialog.preview.ok
    text = dialog.skipped_label.text()
    assert "Row 8 skipped: a totals row: Итого:" in text and "Row 10 skipped: a signature or footer row" in text
    assert dialog.preview_model.rowCount() == 3


def test_rows_skipped_are_counted_with_plural_forms(db, tmp_path):
    """«1 пустая строка», «3 пустые строки», «5 пустых строк»: Qt's %n forms, in English and Russian."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from equipment_desk.exchange.importers import prepare_import
    from equipment_desk.ui import app as app_module
    from equipment_desk.ui.import_preview import skipped_text

    def preview_with(empty: int):
        path = tmp_path / f"empty{empty}.csv"
        path.write_text("Наименование;Категория;Кол-во;Цена;Валюта\nСтол;office;1;100;KGS\n" + ";;;;\n" * empty + "Стул;office;1;50;KGS\n",
                        encoding="utf-8")
        return prepare_import(db=db, kind="item", path=path)

    previews = {n: preview_with(n) for n in (1, 3, 5, 21)}
    app = QApplication.instance()
    translators = app_module.install_translations(app, "en")
    try:
        assert skipped_text(previews[1]) == "1 empty row skipped" and skipped_text(previews[3]) == "3 empty rows skipped"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    previous_locale = QLocale()
    translators = app_module.install_translations(app, "ru")
    try:
        assert [skipped_text(previews[n]) for n in (1, 3, 5, 21)] == [
            "1 пустая строка пропущена", "3 пустые строки пропущены", "5 пустых строк пропущено", "21 пустая строка пропущена"]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


def test_the_check_shows_the_national_columns_as_they_will_be_stored(wizard, db, tmp_path, qtmodeltester):
    path = tmp_path / "list.csv"
    path.write_text("Категория;Наименование;Кол-во;Цена;Валюта;Наименование (кырг.);Name (Uzbek)\n"
                    "компьютеры;Ноутбук;1;100;USD;Ноутбук;O'quv noutbuki\n"
                    "компьютеры;Принтер;1;100;USD;Принтер;Printer\n", encoding="utf-8")
    dialog = wizard(path)
    dialog.go_next()
    assert dialog.chosen_mapping()[5] == "name_ky" and dialog.chosen_mapping()[6] == "name_uz"
    assert dialog.field_combos[5].currentText() == "Name (KY) / Наименование (KY)"
    dialog.go_next()
    assert dialog.preview.ok, [str(p) for p in dialog.preview.problems]
    model = dialog.preview_model
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    first = {headers[c]: model.index(0, c).data() for c in range(model.columnCount())}
    assert first["Наименование (кырг.)"] == "Ноутбук" and first["Name (Uzbek)"] == "Oʻquv noutbuki"
    assert "ʻ" in dialog.warnings_label.text() and "rows 2" in dialog.warnings_label.text()
    dialog.import_button.click()
    assert db.execute("SELECT name_ky, name_uz FROM item ORDER BY id").fetchall() == [("Ноутбук", "Oʻquv noutbuki"), ("Принтер", "Printer")]


def test_the_check_of_an_institution_list_names_a_national_text_in_the_wrong_column(wizard, db, tmp_path):
    path = tmp_path / "inst.csv"
    path.write_text("Name (EN);Country;Name (KY);Signatory;Signatory (TG)\nGPO;KG;Қазақстан;Азизбек Усубалиев;Azizbek Usubaliev\n",
                    encoding="utf-8")
    dialog = wizard(path, kind="institution")
    dialog.go_next()
    dialog.go_next()
    assert not dialog.preview.ok and not dialog.import_button.isEnabled()
    problems = dialog.preview_model.index(0, dialog.preview_model.columnCount() - 1).data()
    assert "Kyrgyz does not use (қ)" in problems and "Tajik is written in Cyrillic letters" in problems
    assert db.execute("SELECT count(*) FROM institution").fetchone()[0] == 0


def test_the_files_columns_get_most_of_the_page(wizard, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Наименование;Модель;Серийный номер;Кол-во;Цена за ед.;Валюта;Программа;Категория\n"
                    "Принтер;HP M404;PHB1;2;25 000,00;KGS;XAC/Z60;офисное\n", encoding="utf-8")
    dialog = wizard(path)
    dialog.resize(900, 620)
    dialog.show()
    dialog.go_next()
    # before, the defaults below took half the page and the eight columns scrolled in a five-row table
    assert dialog.columns_table.height() > 1.5 * dialog.defaults_box.height()
