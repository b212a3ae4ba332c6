"""A new user's first hour, through the window: from an empty database to the first act saved as a PDF.

The path a person takes: the welcome offers to set up the office; the settings are filled and saved; a
programme, an institution with the person who signs for it and three items are entered through their
forms; a new act is filled in, its lines picked from stock, finalized and saved as a PDF.  Every modal
dialog is filled and confirmed as a person would (its fields, then its button), from the event loop;
only the system's file dialog is answered for the user.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from equipment_desk.store import acts, queries
from equipment_desk.store.database import open_database
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.tasks import TaskRunner

protect_python_singletons()

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


class Person:
    """Answers the modal dialogs as they open, in order: each ``expect(kind, fill)`` handles the next one of ``kind``."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.handled: list[str] = []
        self.failures: list[BaseException] = []

    def expect(self, kind: type[QDialog], fill) -> None:  # noqa: ANN001
        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, kind) or not dialog.isVisible():
                QTimer.singleShot(10, look)
                return
            try:
                fill(dialog)
                self.handled.append(kind.__name__)
            except BaseException as error:  # noqa: BLE001 - reported by the test, not lost in the event loop
                self.failures.append(error)
                dialog.reject()

        QTimer.singleShot(0, look)

    def check(self) -> None:
        if self.failures:
            raise self.failures[0]


def test_from_an_empty_database_to_the_first_act_saved_as_pdf(qtbot, tmp_path, monkeypatch):
    from equipment_desk.ui.acts.dialogs import FinalizeDialog
    from equipment_desk.ui.acts.editor import ActEditorDialog
    from equipment_desk.ui.acts.item_picker import ItemPickerDialog
    from equipment_desk.ui.forms.records import InstitutionForm, ItemForm, ProgrammeForm, SignatoryForm
    from equipment_desk.ui.main_window import MainWindow
    from equipment_desk.ui.welcome import WelcomeDialog

    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    assert queries.is_empty(db=db)
    settings = DeskSettings.at(tmp_path / "settings.ini")
    window = MainWindow(db=db, db_path=path, settings=settings, tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(window)
    window.show()
    person = Person(qtbot)

    # --- the welcome: set up my office ---------------------------------------------------------------
    person.expect(WelcomeDialog, lambda dialog: dialog.set_up_button.click())
    window.show_welcome()
    person.check()
    assert window.current_section() == "settings"
    page = window.settings_page
    for key, value in {
        "office_name_en": "UNODC Programme Office in Kyrgyzstan", "office_name_ru": "Программный офис УНП ООН в Кыргызстане",
        "office_code": "BISH", "default_place_en": "Bishkek", "default_place_ru": "г. Бишкек",
        "default_signatory_title_en": "Regional Representative",
        "default_signatory_title_ru": "Региональный представитель",
        "default_signatory_authority_en": "the delegation of authority", "default_signatory_authority_ru": "делегирования полномочий",
    }.items():
        page.edits[key].setText(value)
    page.edits["default_currency"].setCurrentIndex(page.edits["default_currency"].findData("USD"))
    page.edits["default_signatory_name_ru"].setText("Ашита Миттал")  # the office's signatory in both scripts
    page.edits["default_signatory_name_en"].setText("Ashita Mittal")
    page.save_button.click()
    assert page.status.text() == "Settings saved."

    # --- a programme -----------------------------------------------------------------------------------
    def programme(form: ProgrammeForm) -> None:
        form.field("code").setText("XAC/Z60")
        form.field("name_en").setText("UNODC Programme for Central Asia")
        form.field("name_ru").setText("Программа УНП ООН для Центральной Азии")
        form.save_button.click()

    window.show_section("programmes")
    person.expect(ProgrammeForm, programme)
    window.new_action.trigger()
    person.check()

    # --- an institution and the person who signs for it ------------------------------------------------
    def signatory(form: SignatoryForm) -> None:
        form.field("name_ru").setText("Азизбек Усубалиев")  # the name in both scripts
        form.field("name_en").setText("Azizbek Usubaliev")
        form.field("title_en").setText("Head of the Legal Statistics Unit")
        form.field("title_ru").setText("Начальник управления правовой статистики")
        form.field("authority_en").setText("the Regulations")
        form.field("authority_ru").setText("Положения")
        form.save_button.click()

    def institution(form: InstitutionForm) -> None:
        form.field("name_en").setText("General Prosecutor's Office of the Kyrgyz Republic")
        form.field("name_ru").setText("Генеральная прокуратура Кыргызской Республики")
        form.field("country").setCurrentIndex(form.field("country").findData("KG"))
        person.expect(SignatoryForm, signatory)
        form.add_signatory_button.click()
        assert form.signatory_model.rowCount() == 1
        form.save_button.click()

    window.show_section("institutions")
    person.expect(InstitutionForm, institution)
    window.new_action.trigger()
    person.check()

    # --- three items -------------------------------------------------------------------------------------
    def item(name: str, name_ru: str, model: str, serial: str, value: str):  # noqa: ANN202
        def fill(form: ItemForm) -> None:
            assert form.field("currency").currentData() == "USD"  # the office's currency
            form.field("name_en").setText(name)  # the name in both languages
            form.field("name_ru").setText(name_ru)
            form.field("model").setText(model)
            form.field("serial_number").setText(serial)
            form.value_edit.edit.setText(value)
            form.field("programme_id").setCurrentIndex(form.field("programme_id").findText("XAC/Z60", Qt.MatchFlag.MatchStartsWith))
            form.save_button.click()
        return fill

    window.show_section("items")
    for entry in (("Laptop computer", "Ноутбук", "Dell Latitude 5490", "CN-0F1R7X-2018-0001", "980.00"),
                  ("Laptop computer", "Ноутбук", "Dell Latitude 5490", "CN-0F1R7X-2018-0002", "980.00"),
                  ("Multimedia projector", "Мультимедийный проектор", "Epson EB-X41", "X41-778812", "640.00")):
        person.expect(ItemForm, item(*entry))
        window.new_action.trigger()
        person.check()
    assert window.items_page.model.rowCount() == 3

    # --- the act: header, lines from stock, finalize, save as PDF ---------------------------------------
    pdf = tmp_path / "first act.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(pdf), "PDF (*.pdf)"))
    numbers = []

    def pick_everything(picker: ItemPickerDialog) -> None:
        picker.check_shown_button.click()
        assert picker.add_button.isEnabled()
        picker.add_button.click()

    def confirm(dialog: FinalizeDialog) -> None:
        assert dialog.ready, [str(p) for p in dialog.problems]
        numbers.append(dialog.number)
        dialog.finalize_button.click()

    def act(editor: ActEditorDialog) -> None:
        editor.ask_unsaved = lambda: None
        editor.date_edit.setDate(QDate.currentDate())
        editor.programme_combo.setCurrentIndex(editor.programme_combo.findText("XAC/Z60", Qt.MatchFlag.MatchStartsWith))
        recipient = db.execute("SELECT id FROM institution").fetchone()[0]
        editor.institution_combo.setCurrentIndex(editor.institution_combo.findData(recipient))
        assert editor.signatory_combo.currentText().startswith("Azizbek Usubaliev")  # named in the window's language
        assert editor.transferor_name_edit.text("ru") == "Ашита Миттал"  # the name in both scripts, from the settings
        assert editor.transferor_name_edit.text("en") == "Ashita Mittal"
        editor.goods_edit.edits["en"].setText("computer equipment")
        editor.goods_edit.edits["ru"].setText("компьютерное оборудование")
        editor.basis_edit.edits["en"].setText("Request letter of 05.12.2026")
        editor.basis_edit.edits["ru"].setText("Письмо-запрос от 05.12.2026")
        person.expect(ItemPickerDialog, pick_everything)
        editor.add_items_button.click()
        assert editor.lines_model.rowCount() == 3
        editor.save_button.click()
        person.expect(FinalizeDialog, confirm)
        editor.finalize_button.click()
        assert editor.banner_text().startswith("Finalized — BISH-")
        editor.pdf_button.click()
        qtbot.waitUntil(lambda: pdf.exists() and not editor._busy, timeout=30000)
        editor.close_button.click()

    window.show_section("acts")
    person.expect(ActEditorDialog, act)
    window.new_action.trigger()
    person.check()
    assert person.handled == ["WelcomeDialog", "ProgrammeForm", "SignatoryForm", "InstitutionForm", "ItemForm", "ItemForm",
                              "ItemForm", "ItemPickerDialog", "FinalizeDialog", "ActEditorDialog"]

    year = QDate.currentDate().year()
    assert numbers == [f"BISH-{year}-0001"]
    row = db.execute("SELECT id, status FROM act WHERE number = ?", [numbers[0]]).fetchone()
    assert row[1] == "finalized" and acts.verify_act(db=db, act_id=row[0]) == []
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    for expected in (numbers[0], "CN-0F1R7X-2018-0001", "Генеральная прокуратура Кыргызской Республики", "2,600.00"):
        assert expected in text.replace("\xa0", " ").replace("2 600,00", "2,600.00"), expected
    assert window.acts_page.model.rowCount() == 1  # the list shows the act at once
