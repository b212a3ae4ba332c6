"""The record dialogs: messages beside the fields, Save only when valid, unsaved changes, money and dates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from equipment_desk.core.validation import COUNTRIES
from equipment_desk.store import acts, demo, records
from equipment_desk.store.database import open_database
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.forms.records import DonorForm, InstitutionForm, ItemForm, ProgrammeForm, SignatoryForm
from equipment_desk.ui.widgets.money import MoneyEdit

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring


@pytest.fixture(autouse=True)
def never_block(monkeypatch):
    """A form left with changes asks on close; tests answer "Discard" unless they say otherwise."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)


@pytest.fixture
def db():
    database = open_database(memory=True)
    demo.load_demo(db=database)
    return database


def test_donor_form_save_disabled_until_valid_then_creates(qtbot, db):
    form = DonorForm(db=db)
    qtbot.addWidget(form)
    assert not form.save_button.isEnabled()
    assert form.message_for("name_en") == "is required"
    qtbot.keyClicks(form.field("name_en"), "European Union")
    assert form.save_button.isEnabled() and form.message_for("name_en") == ""
    form.field("name_ru").setText("Европейский союз")
    assert form.save_shortcut.key().toString() == "Ctrl+S"
    with qtbot.waitSignal(form.saved) as saved:
        form.save_shortcut.activated.emit()  # the offscreen platform has no keyboard map for shortcuts
    row = records.get(db=db, kind=records.DONOR, record_id=saved.args[0])
    assert row["name_ru"] == "Европейский союз"


def test_programme_form_duplicate_code_and_donors(qtbot, db):
    form = ProgrammeForm(db=db)
    qtbot.addWidget(form)
    form.field("code").setText("xac/z60")
    form.field("name_en").setText("Another")
    assert "already has this code" in form.message_for("code")
    assert not form.save_button.isEnabled()
    form.field("code").setText("KGZ/X01")
    donor_ids = [d["id"] for d in records.list_records(db=db, kind=records.DONOR)]
    form.set_donors(donor_ids[:2])
    assert form.save()
    assert [d["id"] for d in records.programme_donors(db=db, programme_id=form.record_id)] == donor_ids[:2]


def test_programme_form_shows_existing_donors(qtbot, db):
    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref="GLO/G80")
    form = ProgrammeForm(db=db, record_id=programme_id)
    qtbot.addWidget(form)
    checked = [form.donor_model.item(r).checkState() == Qt.CheckState.Checked for r in range(form.donor_model.rowCount())]
    assert sum(checked) == 3
    assert not form.has_changes()


def test_institution_form_with_signatories(qtbot, db, monkeypatch):
    form = InstitutionForm(db=db)
    qtbot.addWidget(form)
    assert form.message_for("country") == "choose the country"
    countries = form.field("country")
    assert countries.placeholderText() == "Choose the country" and countries.currentIndex() == -1
    assert [countries.itemData(i) for i in range(countries.count())] == list(COUNTRIES)  # the hint is not a country to pick
    form.field("name_en").setText("Drug Control Agency of Tajikistan")
    form.field("country").setCurrentIndex(form.field("country").findData("TJ"))
    assert form.message_for("name_ru") == "is required"  # the office prints its acts in Russian and English
    form.field("name_ru").setText("Агентство по контролю за наркотиками")
    assert form.save_button.isEnabled()

    def fill(dialog_self):
        # typed in Cyrillic: the passport's Latin form and the gender are suggested, the genitive follows
        dialog_self.field("name_ru").setText("Назарова Дилноза")
        dialog_self.suggest_other_script("name_ru")
        assert dialog_self.field("name_en").text() == "Dilnoza Nazarova"
        assert dialog_self.field("gender").currentData() == "f"
        dialog_self.field("title_ru").setText("Председатель комитета")
        assert dialog_self.field("title_ru_genitive").text() == "председателя комитета"
        assert dialog_self.field("name_ru_genitive").text() == "Назаровой Дилнозы"
        dialog_self.field("title_ru_genitive").setText("председателя Комитета")  # the user's correction
        dialog_self.field("title_ru_genitive").textEdited.emit("председателя Комитета")
        dialog_self.field("title_ru").setText("Председатель Комитета")
        assert dialog_self.field("title_ru_genitive").text() == "председателя Комитета"  # kept
        dialog_self.field("name_en").setText("Dilnoza Nazarova")
        dialog_self.field("title_en").setText("Chairwoman")
        assert dialog_self.save()
        return True

    monkeypatch.setattr(SignatoryForm, "exec", fill)
    form.add_signatory()
    assert form.signatory_model.rowCount() == 1
    assert form.save()
    people = records.signatories(db=db, institution_id=form.record_id)
    assert [(p["full_name"], p["name_ru"], p["name_en"], p["gender"], p["name_ru_genitive"], p["title_ru_genitive"]) for p in people] == [
        ("Назарова Дилноза", "Назарова Дилноза", "Dilnoza Nazarova", "f", "Назаровой Дилнозы", "председателя Комитета")]


def test_signatory_typed_in_latin_gets_its_cyrillic_suggested(qtbot, db):
    form = SignatoryForm(db=db)
    qtbot.addWidget(form)
    form.field("name_en").setText("Azizbek Usubaliev")
    form.suggest_other_script("name_en")
    assert form.field("name_ru").text() == "Усубалиев Азизбек"
    assert form.field("gender").currentData() == "m"
    assert form.field("name_ru_genitive").text() == "Усубалиева Азизбека"
    form.field("name_ru").setText("Усубалиев Азиз")  # the suggestion stays editable
    form.suggest_other_script("name_ru")
    assert form.field("name_en").text() == "Azizbek Usubaliev"  # a filled field is never overwritten


def test_signatory_used_on_acts_is_not_removed(qtbot, db, monkeypatch):
    institution_id = db.execute("SELECT recipient_institution_id FROM act WHERE recipient_signatory_id IS NOT NULL LIMIT 1").fetchone()[0]
    form = InstitutionForm(db=db, record_id=institution_id)
    qtbot.addWidget(form)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    form.signatory_view.selectRow(0)
    form.remove_signatory()
    assert shown and form.signatory_model.rowCount() >= 1


def test_item_form_money_in_both_notations_and_calendar_date(qtbot, db):
    form = ItemForm(db=db)
    qtbot.addWidget(form)
    form.field("name_en").setText("Video endoscope")
    form.field("name_ru").setText("Видеоэндоскоп")
    form.field("serial_number").setText("VE-2018-77")
    form.field("currency").setCurrentIndex(form.field("currency").findData("KGS"))
    assert form.value_edit.currency_label.text() == "KGS"
    form.value_edit.edit.setText("2 150 000,50")
    assert form.value_edit.minor() == 215000050
    form.value_edit.edit.setText("2,150,000.50")
    assert form.value_edit.minor() == 215000050
    assert form.field("acquisition_date").calendarPopup()
    form.field("acquisition_date").setDate(QDate(2018, 2, 1))
    form.field("quantity").setValue(3)
    assert form.save()
    row = records.get(db=db, kind=records.ITEM, record_id=form.record_id)
    assert (row["unit_value_minor"], row["currency"], row["acquisition_date"], row["quantity"]) == (215000050, "KGS", "2018-02-01", 3)


def test_a_long_name_is_shown_from_its_beginning(qtbot, db):
    programme = records.create(db=db, kind=records.PROGRAMME, data={
        "code": "KGZ/X12", "name_en": "Support to the Drug Control Service of the Kyrgyz Republic " * 3})
    form = ProgrammeForm(db=db, record_id=programme["id"])
    qtbot.addWidget(form)
    form.show()
    assert form.field("name_en").cursorPosition() == 0  # before: scrolled to its end, «…the Kyrgyz Republic»


def test_a_problem_of_no_field_of_the_form_says_which_field_it_is(qtbot, db):
    form = ItemForm(db=db)  # an item needs a name in either language: the store names the problem "name"
    qtbot.addWidget(form)
    assert form.general_message.text() == "Name: is required"  # before, only "is required", of nothing in particular
    form.field("name_ru").setText("Ноутбук")
    assert form.general_message.isHidden()


def test_item_form_suggests_the_other_language_from_the_glossary(qtbot, db):
    form = ItemForm(db=db)
    qtbot.addWidget(form)
    form.field("name_ru").setText("Ноутбук")
    assert form.suggest_translation("name_ru") == ["Laptop computer"]  # the demo's pair
    assert form.field("name_en").text() == "Laptop computer"
    form.field("name_en").setText("Notebook")
    form.suggest_translation("name_ru")
    assert form.field("name_en").text() == "Notebook"  # what the user typed stays


def test_item_form_bad_amount_and_duplicate_serial(qtbot, db):
    existing = records.get(db=db, kind=records.ITEM, record_id=1)
    form = ItemForm(db=db)
    qtbot.addWidget(form)
    form.field("name_en").setText("Laptop")
    form.value_edit.edit.setText("1,500")
    assert form.message_for("unit_value_minor")
    form.value_edit.edit.setText("1500")
    form.field("serial_number").setText(existing["serial_number"].lower())
    assert "serial number" in form.message_for("serial_number")
    assert not form.save_button.isEnabled()


def test_item_on_finalized_act_keeps_its_value(qtbot, db):
    item_id = db.execute("SELECT l.item_id FROM act_line l JOIN act a ON a.id = l.act_id WHERE a.status = 'signed' LIMIT 1").fetchone()[0]
    form = ItemForm(db=db, record_id=item_id)
    qtbot.addWidget(form)
    assert not form.value_edit.isEnabled()
    form.field("notes").setPlainText("kept in the server room")
    assert form.save()
    assert records.get(db=db, kind=records.ITEM, record_id=item_id)["notes"] == "kept in the server room"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_closing_with_changes_asks(qtbot, db, monkeypatch):
    form = DonorForm(db=db, record_id=1)
    qtbot.addWidget(form)
    form.field("notes").setPlainText("changed")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(True) or QMessageBox.StandardButton.Cancel)
    form.show()
    form.reject()
    assert asked and form.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    form.reject()
    assert not form.isVisible()
    assert records.get(db=db, kind=records.DONOR, record_id=1)["notes"] != "changed"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_closing_without_changes_does_not_ask(qtbot, db, monkeypatch):
    form = ItemForm(db=db, record_id=1)
    qtbot.addWidget(form)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: pytest.fail("asked"))
    form.show()
    form.reject()
    assert not form.isVisible()


def test_money_edit_tidies_and_shows_currency(qtbot):
    edit = MoneyEdit(currency="UZS", lang="ru")
    qtbot.addWidget(edit)
    edit.edit.setText("1234567.8")
    edit._tidy()
    assert edit.edit.text() == "1\u00a0234\u00a0567,80"
    assert edit.currency_label.text() == "UZS"


# --- the item: written off, photos and documents ------------------------------------------------

def _stock_item(db) -> int:
    return records.create(db=db, kind=records.ITEM, data={
        "category": "office", "name": "Office chair", "model": "Ergo 200", "quantity": 12,
        "unit_value_minor": 650_000, "currency": "KGS"})["id"]


def test_item_form_shows_a_write_off_and_its_reason_read_only(qtbot, db):
    item_id = _stock_item(db)
    form = ItemForm(db=db, record_id=item_id)
    qtbot.addWidget(form)
    assert form.written_off_label is None
    records.write_off(db=db, item_id=item_id, reason="broken beyond repair, act of inspection No. 4 of 02.03.2018")
    form = ItemForm(db=db, record_id=item_id)
    qtbot.addWidget(form)
    label = form.written_off_label
    assert label is not None and label.text() == "broken beyond repair, act of inspection No. 4 of 02.03.2018"
    assert form.form.labelForField(label).text() == "Written off:"
    assert not label.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable
    assert not form.has_changes()


def test_a_new_item_has_no_attachments_yet(qtbot, db):
    form = ItemForm(db=db)
    qtbot.addWidget(form)
    assert form.attachments_group is None
    assert form.add_attachment() is None


def test_item_form_adds_and_opens_photos_and_documents(qtbot, db, tmp_path):
    from tests.ui.test_act_dialogs import pdf_bytes, png_bytes

    item_id = _stock_item(db)
    photo, warranty = tmp_path / "chair.png", tmp_path / "warranty.pdf"
    photo.write_bytes(png_bytes())
    warranty.write_bytes(pdf_bytes("Warranty 24 months"))
    form = ItemForm(db=db, record_id=item_id)
    qtbot.addWidget(form)
    form.show()
    assert form.no_attachments_label.isVisible() and not form.open_attachment_button.isEnabled()
    asked = []

    def answer(path, kind):
        def fill(dialog) -> bool:
            asked.append(dialog.intro_label.text())
            dialog.file_edit.setText(str(path))
            dialog.set_kind(kind)
            return dialog.validate()
        return fill

    form.exec_attachment_dialog = answer(photo, "photo")
    first = form.add_attachment()
    form.exec_attachment_dialog = answer(warranty, "warranty")
    second = form.add_attachment()
    assert "the item “Office chair”" in asked[0]
    stored = acts.list_attachments(db=db, item_id=item_id)
    assert [(a["id"], a["kind"], a["filename"]) for a in stored] == [(first, "photo", "chair.png"), (second, "warranty", "warranty.pdf")]
    assert [form.attachments_list.item(i).text() for i in range(form.attachments_list.count())] == [
        "Photo: chair.png", "Warranty: warranty.pdf"]
    assert not form.has_changes()  # kept at once, nothing left for Save

    form.attachments_list.setCurrentRow(0)
    form.open_selected_attachment()
    image = form.attachment_windows[-1]
    assert not image.is_pdf() and image.data == photo.read_bytes()
    form.attachments_list.setCurrentRow(1)
    form.open_selected_attachment()
    assert form.attachment_windows[-1].is_pdf()
    form.reject()
    assert not image.isVisible()  # the viewers close with the form

    form.exec_attachment_dialog = lambda dialog: False  # cancelled: nothing added
    assert form.add_attachment() is None
    assert len(acts.list_attachments(db=db, item_id=item_id)) == 2


def test_a_new_item_starts_in_the_currency_of_new_acts(qtbot, db):
    from equipment_desk.store import settings as office_settings

    office_settings.set_settings(db=db, values={"default_currency": "UZS"})
    form = ItemForm(db=db)
    qtbot.addWidget(form)
    assert form.field("currency").currentData() == "UZS"
    assert form.value_edit.currency_label.text() == "UZS"
    usd_item = records.create(db=db, kind=records.ITEM, data={"category": "office", "name": "Printer", "quantity": 1, "unit_value_minor": 100, "currency": "USD"})
    stored = ItemForm(db=db, record_id=usd_item["id"])
    qtbot.addWidget(stored)
    assert stored.field("currency").currentData() == "USD"  # an item keeps its own


def test_the_form_does_not_jump_when_a_message_goes(qtbot, db):
    form = ItemForm(db=db)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.message_for("unit_value_minor") == "is required")
    below = form.field("acquisition_date")
    before = below.mapTo(form, below.rect().topLeft()).y()
    form.value_edit.edit.setText("980.00")  # the "is required" message goes as the user types
    qtbot.waitUntil(lambda: form.message_for("unit_value_minor") == "")
    form.form.activate()
    QApplication.processEvents()
    assert below.mapTo(form, below.rect().topLeft()).y() == before
