"""The act editor: header through the widgets, lines, totals and words, states, closing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from equipment_desk.core.hashing import canonical_json
from equipment_desk.core.money import format_amount
from equipment_desk.core.words import amount_in_words
from equipment_desk.store import acts, records
from equipment_desk.ui.acts import editor as act_editor
from equipment_desk.ui.acts.editor import ActEditorDialog
from equipment_desk.ui.acts.item_picker import LIMIT_ROLE
from equipment_desk.ui.acts.lines import ActLinesModel
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.tasks import TaskRunner
from equipment_desk.ui.widgets.text import WrappingLineEdit

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def open_editor(qtbot, db, tmp_path):
    def opener(act_id=None, **kwargs) -> ActEditorDialog:
        editor = ActEditorDialog(db=db, act_id=act_id, settings=DeskSettings.at(tmp_path / "settings.ini"),
                                 tasks=TaskRunner(db=db, synchronous=True), **kwargs)
        qtbot.addWidget(editor)
        editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # never a modal question at teardown
        return editor
    return opener


def test_a_new_act_is_a_draft_with_the_office_defaults(open_editor, db):
    editor = open_editor()
    row = acts.get_act_row(db=db, act_id=editor.act_id)
    assert row["status"] == "draft"
    assert editor.date_edit.iso() == date.today().isoformat()
    assert editor.place_edit.text("en") == "Tashkent"
    assert editor.place_edit.text("ru") == "г. Ташкент"
    assert editor.transferor_org_edit.text("en") == "UNODC Regional Office for Central Asia"
    assert editor.languages_field.pair() == "ru,en"
    assert (editor.languages_field.first.currentText(), editor.languages_field.second.currentText()) == ("Russian", "English")
    assert editor.banner_text().startswith("Draft")
    assert not editor.has_unsaved_changes()


def test_a_new_act_closed_untouched_is_deleted_again(open_editor, db):
    editor = open_editor()
    act_id = editor.act_id
    editor.reject()
    assert db.execute("SELECT count(*) FROM act WHERE id = ?", [act_id]).fetchone()[0] == 0


def test_header_changes_are_saved_through_the_store(qtbot, open_editor, db, make):
    act_id = make.draft(items=[make.item()])
    editor = open_editor(act_id)
    editor.place_edit.edits["en"].setText("Bishkek")
    editor.place_edit.edits["ru"].setText("г. Бишкек")
    editor.transfer_combo.setCurrentIndex(editor.transfer_combo.findData("custody"))
    assert editor.has_unsaved_changes()
    assert editor.isWindowModified()
    with qtbot.waitSignal(editor.act_changed, timeout=1000) as signal:
        assert editor.save()
    assert signal.args == [act_id]
    row = acts.get_act_row(db=db, act_id=act_id)
    assert (row["place_en"], row["place_ru"], row["transfer_type"]) == ("Bishkek", "г. Бишкек", "custody")
    assert not editor.has_unsaved_changes()


def test_ctrl_s_saves(qtbot, open_editor, db, make):
    act_id = make.draft()
    editor = open_editor(act_id)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.goods_edit.edits["en"].setText("computers")
    editor.goods_edit.edits["en"].setFocus()
    qtbot.keyClick(editor.goods_edit.edits["en"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert acts.get_act_row(db=db, act_id=act_id)["goods_en"] == "computers"


def test_problems_appear_next_to_their_fields(open_editor, db, make):
    act_id = make.draft()
    editor = open_editor(act_id)
    editor.rate_edit.setText("68,84,5")
    assert "thousands separators" in editor.field_error("rate")  # at once, while typing
    editor.transferor_name_edit.edits["en"].setText("x" * 200)
    editor.place_edit.edits["en"].setText("y" * 200)
    assert not editor.save()
    assert "thousands separators" in editor.field_error("rate")
    assert editor.field_error("place_en") == ""
    assert acts.get_act_row(db=db, act_id=act_id)["rate_micro"] == 68_450_000  # nothing was written
    editor.rate_edit.setText("68,8395")
    assert editor.field_error("rate") == ""
    assert editor.save()
    assert acts.get_act_row(db=db, act_id=act_id)["rate_micro"] == 68_839_500


def test_choosing_the_institution_offers_its_signatories(open_editor, db, make):
    act_id = make.draft()
    other = make.institution("State Customs Service", name_ru="Государственная таможенная служба", country="UZ")
    editor = open_editor(act_id)
    editor.institution_combo.set_current_id(other["id"])
    signatories = records.signatories(db=db, institution_id=other["id"])
    assert editor.signatory_combo.count() == 1
    assert editor.signatory_combo.currentData() == signatories[0]["id"]  # the only one is chosen
    assert editor.signatory_combo.currentText() == "Azizbek Usubaliev, Head of Unit"  # named in the window's language
    assert editor.save()
    row = acts.get_act_row(db=db, act_id=act_id)
    assert row["recipient_institution_id"] == other["id"]
    assert row["recipient_signatory_id"] == signatories[0]["id"]
    assert row["country"] == "UZ"


def test_typing_an_unknown_institution_is_reported(open_editor, make):
    editor = open_editor(make.draft())
    editor.institution_combo.setEditText("Ministry of Nowhere")
    assert not editor.save()
    assert editor.field_error("recipient_institution_id")


def test_a_long_genitive_is_shown_from_its_beginning(open_editor, make):
    title = "Регионального представителя Регионального представительства УНП ООН в Центральной Азии"
    editor = open_editor(make.draft(transferor_title_ru_genitive=title))
    assert editor.transferor_title_genitive_edit.text() == title
    assert editor.transferor_title_genitive_edit.cursorPosition() == 0


def test_codes_are_shown_as_words(open_editor, make):
    editor = open_editor(make.draft())
    texts = [editor.transfer_combo.itemText(i) for i in range(editor.transfer_combo.count())]
    texts += [editor.rate_type_combo.itemText(i) for i in range(editor.rate_type_combo.count())]
    texts += [box.itemText(i) for box in (editor.languages_field.first, editor.languages_field.second) for i in range(box.count())]
    for code in ("title", "custody", "unore", "national_bank", "ru,en", "ru,kk"):
        assert code not in texts
    assert "Custody and use only" in texts
    assert "UN operational rate of exchange" in texts
    assert editor.currency_combo.currentText() == "KGS — Kyrgyz som"


def test_an_act_in_dollars_needs_no_rate(open_editor, db, make):
    editor = open_editor(make.draft(nb_rate="69.85"))
    assert editor.rate_edit.isEnabled()
    editor.rate_source_field.edits["en"].setText("changed")
    editor.currency_combo.setCurrentIndex(editor.currency_combo.findData("USD"))
    assert not editor.rate_edit.isEnabled()
    assert not editor.nb_rate_edit.isEnabled()
    assert editor.usd_note.isVisibleTo(editor)
    # the rates kept from KGS are cleared (they would be printed), nothing else about them is written
    assert editor.pending_changes() == {"currency": "USD", "rate": None, "nb_rate": None}
    assert editor.save()
    row = acts.get_act_row(db=db, act_id=editor.act_id)
    assert (row["currency"], row["rate_micro"], row["nb_rate_micro"]) == ("USD", None, None)
    document = acts.act_document(db=db, act_id=editor.act_id)
    assert document["rate"] is None and document["national_rate"] is None
    assert not editor.has_unsaved_changes()


def test_lines_totals_and_amount_in_words(open_editor, db, make):
    first, second = make.item(unit_value_minor=4_300_000), make.item(unit_value_minor=2_900_000)
    editor = open_editor(make.draft(items=[first, second]))
    model = editor.lines_model
    assert model.rowCount() == 2
    assert model.index(0, ActLinesModel.SERIAL).data() == first["serial_number"]
    assert model.index(0, ActLinesModel.PRICE).data() == "43,000.00"
    total = 7_200_000
    assert format_amount(total, "KGS", "en") in editor.total_label.text()
    assert "USD\u00a01,051.86" in editor.usd_label.text()  # 72 000 / 68.45
    assert editor.words_labels[0].text().endswith(amount_in_words(total, "KGS", "ru"))
    assert editor.words_labels[1].text().endswith(amount_in_words(total, "KGS", "en"))
    editor.languages_field.set_pair("ru,kk")
    assert editor.words_labels[1].text().endswith(amount_in_words(total, "KGS", "kk"))
    editor.rate_edit.setText("70")
    assert "USD\u00a01,028.57" in editor.usd_label.text()  # live, before saving


@pytest.mark.parametrize("typed", ["2 150 000,50", "2,150,000.50", "2150000.5", "2\u00a0150\u00a0000,50"])
def test_unit_price_accepts_both_ways_of_writing_money(open_editor, db, make, typed):
    editor = open_editor(make.draft(items=[make.item()]))
    price = editor.lines_model.index(0, ActLinesModel.PRICE)
    assert editor.lines_model.setData(price, typed)
    assert acts.act_lines(db=db, act_id=editor.act_id)[0]["unit_value_minor"] == 215_000_050
    assert editor.lines_model.index(0, ActLinesModel.AMOUNT).data() == "2,150,000.50"


def test_unreadable_price_and_excess_quantity_are_refused(open_editor, db, make):
    chairs = make.item(name="Office chair", serial_number=None, quantity=12, unit_value_minor=650_000)
    editor = open_editor(make.draft())
    editor.add_lines([{"item_id": chairs["id"], "quantity": 4}])
    model = editor.lines_model
    assert model.index(0, ActLinesModel.QUANTITY).data(LIMIT_ROLE) == 12
    assert not model.setData(model.index(0, ActLinesModel.PRICE), "1,500")
    assert "ambiguous" in editor.lines_error.text()
    assert not model.setData(model.index(0, ActLinesModel.QUANTITY), 13)
    assert "from 1 to 12" in editor.lines_error.text()
    assert model.setData(model.index(0, ActLinesModel.QUANTITY), 12)
    assert acts.act_lines(db=db, act_id=editor.act_id)[0]["quantity"] == 12
    assert "(quantity 12)" in editor.total_label.text()


def test_add_items_through_the_picker_and_remove_lines(open_editor, db, make):
    items = [make.item() for _ in range(3)]
    editor = open_editor(make.draft())

    def tick_all(picker) -> bool:
        picker.check_all_shown()
        return True

    editor.exec_picker = tick_all
    added = editor.add_items()
    assert len(added) == 3
    assert [line["item_id"] for line in editor.lines_model.lines()] == [i["id"] for i in items]
    editor.lines_view.selectRow(1)
    editor.remove_selected_lines()
    assert [line["line_no"] for line in editor.lines_model.lines()] == [1, 2]
    assert [line["item_id"] for line in editor.lines_model.lines()] == [items[0]["id"], items[2]["id"]]


def test_add_items_saves_the_header_first(open_editor, db, make):
    item = make.item()
    editor = open_editor(make.draft())
    editor.goods_edit.edits["ru"].setText("компьютеры")
    editor.exec_picker = lambda picker: picker.check_all_shown() or True
    assert editor.add_items()
    assert acts.get_act_row(db=db, act_id=editor.act_id)["goods_ru"] == "компьютеры"
    assert editor.lines_model.line_at(0)["item_id"] == item["id"]


def test_the_lines_model_passes_the_model_tester(qtmodeltester, open_editor, make):
    editor = open_editor(make.draft(items=[make.item(), make.item()]))
    qtmodeltester.check(editor.lines_model, force_py=True)


def test_a_finalized_act_opens_read_only(open_editor, db, make):
    act_id = make.finalized()
    editor = open_editor(act_id)
    assert editor.banner_text().startswith("Finalized — ROCA-2018-0001")
    assert not editor.header_widget.isEnabled()
    assert not editor.lines_model.editable
    assert not editor.lines_model.flags(editor.lines_model.index(0, ActLinesModel.QUANTITY)) & Qt.ItemFlag.ItemIsEditable
    assert not editor.save_button.isVisibleTo(editor)
    assert not editor.finalize_button.isVisibleTo(editor)
    assert not editor.add_items_button.isVisibleTo(editor)
    assert editor.sign_button.isVisibleTo(editor)
    assert editor.void_button.isVisibleTo(editor)
    assert editor.preview_button.isEnabled()
    assert editor.windowTitle().startswith("Act ROCA-2018-0001")


def test_signed_and_void_banners(open_editor, db, make):
    signed = make.finalized()
    acts.sign_act(db=db, act_id=signed, signed_date="2018-02-20")
    editor = open_editor(signed)
    assert "Signed on 20.02.2018" in editor.banner_text()
    assert "not attached yet" in editor.banner_text()
    assert editor.attach_scan_button.isVisibleTo(editor)
    assert not editor.sign_button.isVisibleTo(editor)
    void = make.finalized()
    acts.void_act(db=db, act_id=void, reason="wrong recipient")
    editor = open_editor(void)
    assert editor.banner_text() == "Void — ROCA-2018-0002. Reason: wrong recipient"
    assert not editor.void_button.isVisibleTo(editor)


def test_close_asks_about_unsaved_changes(open_editor, db, make):
    act_id = make.draft()
    editor = open_editor(act_id)
    editor.show()
    editor.place_edit.edits["en"].setText("Osh")
    answers = [QMessageBox.StandardButton.Cancel]
    editor.ask_unsaved = lambda: answers.pop(0)
    editor.reject()
    assert editor.isVisible()
    answers.append(QMessageBox.StandardButton.Save)
    editor.reject()
    assert not editor.isVisible()
    assert acts.get_act_row(db=db, act_id=act_id)["place_en"] == "Osh"

    editor = open_editor(act_id)
    editor.show()
    editor.place_edit.edits["en"].setText("Naryn")
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    editor.reject()
    assert not editor.isVisible()
    assert acts.get_act_row(db=db, act_id=act_id)["place_en"] == "Osh"


def test_tab_order_follows_the_form(open_editor, make):
    editor = open_editor(make.draft())
    order = editor.tab_order
    assert order[0] is editor.date_edit
    # as the fields are shown: the act's first language (Russian) on the left, then English
    assert order[1] is editor.place_edit.edits["ru"] and order[2] is editor.place_edit.edits["en"]
    assert order[3:6] == [editor.languages_field.first, editor.languages_field.second, editor.languages_field.swap_button]
    assert order.index(editor.institution_combo) < order.index(editor.signatory_combo) < order.index(editor.transferor_name_edit.edits["en"])
    assert order.index(editor.currency_combo) < order.index(editor.rate_edit) < order.index(editor.add_items_button)
    assert order[-1] is editor.close_button
    for first, second in zip(order, order[1:]):
        assert first.nextInFocusChain() is second or second in _chain_between(first, second)


def test_tab_order_goes_through_the_fields_of_the_acts_languages(open_editor, make):
    editor = open_editor(make.draft(languages="ky,ru"))
    order = editor.tab_order
    assert order[1:3] == [editor.place_edit.edits["ky"], editor.place_edit.edits["ru"]]
    assert editor.place_edit.edits["en"] not in order  # hidden: an English text the act does not print
    editor.languages_field.set_pair("en,tk")
    order = editor.tab_order
    assert order[1:3] == [editor.place_edit.edits["en"], editor.place_edit.edits["tk"]]
    sources = editor.rate_source_field.edits
    assert order.index(editor.rate_type_combo) < order.index(sources["en"]) < order.index(sources["tk"]) < order.index(editor.rate_date_edit)
    for first, second in zip(order, order[1:]):
        assert first.nextInFocusChain() is second or second in _chain_between(first, second)


def _chain_between(first, second, limit=12):
    """Widgets the focus chain visits after ``first`` (inner parts of compound widgets come in between)."""
    found, widget = [], first
    for _ in range(limit):
        widget = widget.nextInFocusChain()
        found.append(widget)
        if widget is second:
            break
    return found


def test_store_errors_become_a_message_not_a_crash(open_editor, db, make, monkeypatch):
    act_id = make.draft()
    editor = open_editor(act_id)
    shown = []
    monkeypatch.setattr(act_editor, "show_error", lambda parent, error: shown.append(error))
    editor.place_edit.edits["en"].setText("Osh")

    def refuse(**kwargs):
        from equipment_desk.core.errors import DatabaseLockedError

        raise DatabaseLockedError("the database is in use by another program (it is locked); close the other program and try again")

    monkeypatch.setattr(act_editor.acts_store, "update_draft", refuse)
    assert not editor.save()
    assert len(shown) == 1 and "locked" in str(shown[0])
    assert editor.has_unsaved_changes()  # what was typed is kept


def test_print_from_the_list_outlives_delete_later(qtbot, db_path, tmp_path):
    """The main window opens an editor only to print and deletes it at once; printing still happens."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from equipment_desk.store.database import open_database
    from tests.conftest import Factory

    db = open_database(db_path)
    runner = TaskRunner(db_path=db_path)
    try:
        act_id = Factory(db).finalized()
        editor = ActEditorDialog(db=db, act_id=act_id, settings=DeskSettings.at(tmp_path / "s.ini"), tasks=runner)
        target = tmp_path / "from-list.pdf"
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        with qtbot.waitSignal(editor.destroyed, timeout=30000):
            editor.print_act(printer=printer)
            editor.deleteLater()
        assert len(PdfReader(target).pages) >= 2  # two copies, one for each party
        # what was sent to the printer is recorded as issued, with its options
        from equipment_desk.store.prints import issued_prints

        assert [(row["act_id"], row["kind"], row["copies"]) for row in issued_prints(db=db)] == [(act_id, "certificate", 2)]
    finally:
        runner.wait(10000)
        db.close()


def test_save_as_pdf_records_the_file_and_never_writes_over_the_database(tmp_path, monkeypatch):
    from equipment_desk.documents.verify import verify_pdf
    from equipment_desk.store.database import open_database
    from equipment_desk.store.prints import file_sha256, issued_prints
    from tests.conftest import Factory

    db_path = tmp_path / "register.pdf"  # a database may carry any name, even the one a save adds
    db = open_database(db_path)
    try:
        act_id = Factory(db).finalized()
        editor = ActEditorDialog(db=db, act_id=act_id, settings=DeskSettings.at(tmp_path / "s.ini"),
                                 tasks=TaskRunner(db=db, synchronous=True))
        shown = []
        monkeypatch.setattr(act_editor.errors, "show_error", lambda parent, error: shown.append(error))
        before = db_path.read_bytes()
        editor.save_pdf(str(db_path))
        assert shown and "never written over" in str(shown[0])
        assert db_path.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
        assert issued_prints(db=db) == []

        target = tmp_path / "act.pdf"
        editor.save_pdf(str(target))
        [row] = issued_prints(db=db)
        assert (row["act_id"], row["sha256"]) == (act_id, file_sha256(target)[0])
        [result] = verify_pdf(db=db, source=target)  # no reprint needed: the file is a recorded print
        assert result.ok
        editor.deleteLater()
    finally:
        db.close()


def test_the_window_saves_the_bytes_the_command_line_prints(open_editor, db, make, tmp_path):
    """The editor renders through ``documents.printing.certificate_pdf``: the office logo prints in both, and the
    saved file is the command line's print byte for byte."""
    import io

    from PIL import Image

    from equipment_desk.documents import printing
    from equipment_desk.store import settings as office_settings

    buffer = io.BytesIO()
    Image.new("RGB", (240, 80), (0, 158, 219)).save(buffer, format="PNG")
    (tmp_path / "logo.png").write_bytes(buffer.getvalue())
    act_id = make.finalized()
    without_logo = printing.certificate_pdf(db=db, act_id=act_id)
    office_settings.set_settings(db=db, values={"logo_path": str(tmp_path / "logo.png")})
    editor = open_editor(act_id)
    target = tmp_path / "act.pdf"
    editor.save_pdf(str(target))
    assert target.read_bytes() == printing.certificate_pdf(db=db, act_id=act_id) != without_logo


# --- the national bank's rate ---------------------------------------------------------------------

BILINGUAL = {"transferor_title_ru": "Руководитель офиса"}
"""What a draft of the factory needs besides to be finalized (the act prints in two languages)."""


def test_the_national_bank_rate_is_folded_away_until_wanted(open_editor, make):
    editor = open_editor(make.draft())
    editor.show()
    editor.resize(1440, 940)  # a screen taller than the test's (the window opens no larger than its screen)
    editor.fit_header()
    assert editor.national_toggle.isVisible() and not editor.national_toggle.isChecked()
    assert not editor.nb_rate_edit.isVisible()
    header_before = editor.splitter.sizes()[0]
    editor.national_toggle.click()
    assert editor.nb_rate_edit.isVisible() and editor.nb_rate_date_edit.isVisible()
    assert editor.splitter.sizes()[0] > header_before  # the header makes room for what unfolded
    hint = editor.nb_hint.text()
    for bank in ("NBKR", "CBU", "NBK", "NBT", "CBT"):
        assert bank in hint
    assert editor.nb_rate_unit_label.text() == "KGS for"
    assert "National Bank of the Kyrgyz Republic" in editor.nb_rate_source_field.edits["en"].placeholderText()
    editor.currency_combo.setCurrentIndex(editor.currency_combo.findData("KZT"))
    assert "National Bank of the Republic of Kazakhstan" in editor.nb_rate_source_field.edits["en"].placeholderText()
    banks = [action.text() for action in editor.nb_bank_menu.actions()]
    assert [bank.split(",")[0] for bank in banks] == ["NBKR", "CBU", "NBK", "NBT", "CBT"]
    editor.nb_bank_menu.actions()[2].trigger()  # one click instead of typing the name
    assert editor.nb_rate_source_field.edits["en"].text() == "National Bank of the Republic of Kazakhstan"
    assert editor.nb_rate_source_field.edits["ru"].text() == "Национальный банк Республики Казахстан"  # the bank in both languages
    assert editor.nb_rate_unit_label.text() == "KZT for"
    editor.currency_combo.setCurrentIndex(editor.currency_combo.findData("USD"))
    assert not editor.national_toggle.isVisible() and not editor.nb_rate_edit.isVisible()


def test_the_national_bank_rate_is_saved_with_the_header(qtbot, open_editor, db, make):
    act_id = make.draft(items=[make.item()])
    editor = open_editor(act_id)
    editor.national_toggle.setChecked(True)
    editor.nb_rate_edit.setText("18 545,2")
    editor.nb_rate_scale_combo.setCurrentIndex(editor.nb_rate_scale_combo.findData(100))
    editor.nb_rate_source_field.edits["en"].setText("NBKR, National Bank of the Kyrgyz Republic")
    editor.nb_rate_date_edit.set_iso("2018-02-14")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.act_changed, timeout=1000):
        assert editor.save()
    row = acts.get_act_row(db=db, act_id=act_id)
    assert (row["nb_rate_micro"], row["nb_rate_scale"], row["nb_rate_source"], row["nb_rate_date"]) == (
        18_545_200_000, 100, "National Bank of the Kyrgyz Republic", "2018-02-14")
    assert row["nb_rate_source_ru"] == "Национальный банк Кыргызской Республики"
    assert acts.act_document(db=db, act_id=act_id)["national_rate"] == {
        "value": "18545.20", "scale": 100, "type": "national_bank",
        # a listed bank is printed in each language by its own name
        "source": {"en": "National Bank of the Kyrgyz Republic", "ru": "Национальный банк Кыргызской Республики"},
        "effective_date": "2018-02-14"}
    assert row["rate_micro"] == 68_450_000  # the UN rate is untouched
    assert not editor.has_unsaved_changes()
    assert editor.nb_rate_edit.text() == "18,545.20"
    editor.nb_rate_edit.setText("18545.20")  # the same rate written differently is no change
    assert not editor.has_unsaved_changes()

    editor.nb_rate_edit.clear()
    editor.nb_rate_source_field.set_texts("", "")  # the bank in both languages the act shows
    editor.nb_rate_date_edit.set_iso(None)
    assert editor.save()
    assert acts.act_document(db=db, act_id=act_id)["national_rate"] is None


def test_national_bank_rate_problems_appear_next_to_its_fields(open_editor, db, make):
    act_id = make.draft()
    editor = open_editor(act_id)
    editor.nb_rate_edit.setText("68,84,5")
    assert "thousands separators" in editor.field_error("nb_rate")  # at once, while typing
    assert editor.field_error("rate") == ""
    assert not editor.save()
    assert editor.national_toggle.isChecked()  # unfolded to show the problem
    assert "thousands separators" in editor.field_error("nb_rate")
    editor.nb_rate_edit.clear()
    editor.nb_rate_source_field.edits["en"].setText("NBKR")
    assert not editor.save()
    assert editor.field_error("nb_rate") == "Enter the national bank's rate, or clear its bank and date"
    assert not acts.get_act_row(db=db, act_id=act_id)["nb_rate_source"]  # nothing was written
    editor.nb_rate_edit.setText("69.85")
    assert editor.save()
    assert editor.field_error("nb_rate") == ""


def test_a_finalized_act_shows_its_national_rate_read_only(open_editor, db, make):
    with_rate = make.finalized(nb_rate="69.8512", nb_rate_source="NBKR", nb_rate_date="2018-02-14", **BILINGUAL)
    editor = open_editor(with_rate)
    editor.show()
    assert editor.national_toggle.isChecked() and editor.nb_rate_edit.isVisible()
    assert editor.nb_rate_edit.text() == "69.8512"
    assert editor.nb_rate_source_field.edits["en"].text() == "National Bank of the Kyrgyz Republic"  # a listed bank, by its name
    assert editor.nb_rate_date_edit.iso() == "2018-02-14"
    assert not editor.nb_rate_edit.isEnabled() and not editor.header_widget.isEnabled()
    assert not editor.nb_hint.isVisible()  # advice for typing, not for reading

    without = make.finalized(**BILINGUAL)
    editor = open_editor(without)
    editor.show()
    assert not editor.national_toggle.isVisible() and not editor.nb_rate_edit.isVisible()


# --- photos and documents -----------------------------------------------------------------------

def _answer_attachment(path, kind=None):
    def answer(dialog) -> bool:
        dialog.file_edit.setText(str(path))
        if kind:
            dialog.set_kind(kind)
        return dialog.validate()
    return answer


def test_a_draft_takes_photos_and_documents(qtbot, open_editor, db, make, tmp_path):
    from tests.ui.test_act_dialogs import pdf_bytes, png_bytes

    act_id = make.draft()
    editor = open_editor(act_id)
    editor.show()
    assert editor.attachments_row.isVisible() and editor.add_attachment_button.isVisible()
    assert editor.no_attachments_label.isVisible() and not editor.open_attachment_button.isVisible()
    photo, warranty = tmp_path / "boxes.png", tmp_path / "warranty.pdf"
    photo.write_bytes(png_bytes())
    warranty.write_bytes(pdf_bytes("Warranty"))
    editor.exec_dialog = _answer_attachment(photo)
    with qtbot.waitSignal(editor.act_changed, timeout=1000):
        first = editor.add_attachment()
    editor.exec_dialog = _answer_attachment(warranty, "warranty")
    second = editor.add_attachment()
    assert [(a["id"], a["kind"]) for a in acts.list_attachments(db=db, act_id=act_id)] == [(first, "photo"), (second, "warranty")]
    texts = [editor.attachments_list.item(i).text() for i in range(editor.attachments_list.count())]
    assert texts == ["Photo: boxes.png", "Warranty: warranty.pdf"]
    assert editor.attachments_list.currentItem().text().endswith("warranty.pdf")  # the one just added
    assert not editor.no_attachments_label.isVisible() and editor.open_attachment_button.isVisible()
    editor.open_selected_attachment()
    assert editor.attachment_windows[-1].is_pdf()
    assert not editor.has_unsaved_changes()


def test_finalized_and_signed_acts_take_documents_but_a_void_act_does_not(open_editor, db, make, tmp_path):
    from tests.ui.test_act_dialogs import png_bytes

    photo = tmp_path / "handover.png"
    photo.write_bytes(png_bytes())
    act_id = make.finalized(**BILINGUAL)
    acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20")
    editor = open_editor(act_id)
    assert editor.add_attachment_button.isVisibleTo(editor)
    editor.exec_dialog = _answer_attachment(photo)
    assert editor.add_attachment() is not None
    assert editor.attachments_list.item(0).text() == "Photo: handover.png"
    assert acts.get_act_row(db=db, act_id=act_id)["status"] == "signed"

    acts.void_act(db=db, act_id=act_id, reason="wrong recipient")
    editor = open_editor(act_id)
    assert not editor.add_attachment_button.isVisibleTo(editor)
    assert editor.add_attachment() is None
    assert editor.attachments_list.count() == 1  # what was kept is still there to open


# --- long texts ----------------------------------------------------------------------------------

LONG_AUTHORITY = ("the delegation of authority of the Executive Director of the United Nations Office on Drugs and Crime "
                  "of 12 March 2017, No. UNODC/ED/2017/14")


def test_long_texts_of_the_transferring_party_wrap_instead_of_being_cut(qtbot, open_editor, db, make):
    act_id = make.draft()
    editor = open_editor(act_id)
    editor.resize(1200, 900)
    editor.show()
    authority = editor.transferor_authority_edit.edits["en"]
    assert isinstance(authority, WrappingLineEdit)
    one_line = authority.height()
    authority.setText(LONG_AUTHORITY)
    assert authority.line_count() >= 2
    assert authority.height() > one_line  # grows to show all of it
    editor.exec_picker = lambda picker: pytest.fail("Enter in a header field opened the picker")
    qtbot.keyClick(authority, Qt.Key.Key_Return)  # a one-line value: Enter adds no line break
    assert "\n" not in authority.text()
    qtbot.keyClick(editor.place_edit.edits["en"], Qt.Key.Key_Return)
    from PySide6.QtCore import QMimeData

    pasted = QMimeData()
    pasted.setText("Regional Representative,\nUNODC Regional Office\r\nfor Central Asia")
    title = editor.transferor_title_edit.edits["en"]
    title.setText("")
    title.insertFromMimeData(pasted)
    assert title.text() == "Regional Representative, UNODC Regional Office for Central Asia"
    editor.rate_source_field.edits["en"].setText("UN Treasury " * 30)  # as long as a line edit would take, no longer
    assert len(editor.rate_source_field.edits["en"].text()) == 200
    assert editor.save()
    row = acts.get_act_row(db=db, act_id=act_id)
    assert (row["transferor_authority_en"], row["transferor_title_en"]) == (LONG_AUTHORITY, title.text())


def test_long_programme_and_institution_names_stay_readable(qtbot, open_editor, db, make, monkeypatch):
    long_name = "UNODC-WCO Global Container Control Programme, Regional Segment for Central Asia and Azerbaijan"
    programme = make.programme("GLO/G80", name_en=long_name)
    institution = make.institution("State Customs Service of Turkmenistan, Port Control Unit of the Turkmenbashi Seaport",
                                   name_ru="Государственная таможенная служба Туркменистана, группа портового контроля", country="TM")
    editor = open_editor(make.draft(programme_id=programme["id"], recipient_institution_id=institution["id"], recipient_signatory_id=None))
    editor.resize(1200, 900)
    editor.show()
    combo = editor.programme_combo
    assert combo.currentText() == f"GLO/G80 — {long_name}"
    assert combo.shown_text().endswith("…") and len(combo.shown_text()) < len(combo.currentText())
    assert combo.toolTip() == f"GLO/G80 — {long_name}"
    assert combo.popup_width() > combo.width()  # the list shows whole entries
    # whole, as the Russian–English act prints them: its first language first
    assert editor.programme_info.text() == "Программа для Центральной Азии\n" + long_name
    assert editor.institution_info.text() == ("Государственная таможенная служба Туркменистана, группа портового контроля\n"
                                              "State Customs Service of Turkmenistan, Port Control Unit of the Turkmenbashi Seaport")
    assert "Государственная таможенная служба" in editor.institution_combo.toolTip()
    assert editor.institution_combo.completer().popup().minimumWidth() >= editor.institution_combo.popup_width() > 0
    monkeypatch.setattr(QComboBox, "showPopup", lambda self: None)  # the offscreen platform cannot show popups
    combo.showPopup()
    assert combo.view().minimumWidth() == combo.popup_width()
    short = editor.transfer_combo
    assert short.shown_text() == short.currentText()  # what fits is not shortened


# --- Russian ----------------------------------------------------------------------------------

def test_the_new_parts_of_the_editor_speak_russian(open_editor, make):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from equipment_desk.ui import app as app_module
    from equipment_desk.ui import words
    from equipment_desk.ui.acts.attachments import AttachmentDialog

    app = QApplication.instance()
    previous_locale = QLocale()
    translators = app_module.install_translations(app, "ru")
    try:
        editor = open_editor(make.draft())
        assert editor.national_toggle.text() == "Курс национального банка (необязательно)"
        assert "НБКР" in editor.nb_hint.text() and "ЦБТ" in editor.nb_hint.text()
        assert editor.add_attachment_button.text() == "Добавить фото или документ…"
        assert words.attachment_kind_text("warranty") == "Гарантийный талон или техническая документация"
        editor.nb_rate_source_field.edits["en"].setText("НБКР")
        assert not editor.save()
        assert editor.field_error("nb_rate") == "Введите курс национального банка или очистите поля банка и даты"
        dialog = AttachmentDialog(subject=editor.attachment_subject(), parent=editor)
        assert dialog.intro_label.text().startswith("Сохраните вместе с этим проектом акта фотографию")
        dialog.deleteLater()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


def test_the_advice_on_national_banks_gives_way_once_a_rate_is_saved(open_editor, make):
    editor = open_editor(make.draft())
    editor.show()
    editor.national_toggle.setChecked(True)
    assert editor.nb_hint.isVisible()
    editor.nb_rate_edit.setText("69.85")
    assert editor.save()
    assert editor.national_toggle.isChecked() and not editor.nb_hint.isVisible()
    assert "NBKR" in editor.nb_rate_source_field.edits["en"].toolTip()  # still at hand


def test_the_act_the_window_seals_is_the_act_it_shows_and_the_same_as_from_the_command_line(qtbot, tmp_path, capsys):
    """"Kind of rate" shows the UN rate for a new act: left as shown, it is what is sealed, as from the command line."""
    import json

    from equipment_desk.cli import main
    from equipment_desk.store.database import open_database
    from tests.conftest import Factory

    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    make = Factory(db)
    by_window = make.item(serial_number="W-1")
    make.item(serial_number="C-1")
    programme_id, institution_id = make.programme()["id"], make.institution()["id"]
    editor = ActEditorDialog(db=db, act_id=None, settings=DeskSettings.at(tmp_path / "settings.ini"),
                             tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    editor.date_edit.set_iso("2018-02-15")
    editor.place_edit.edits["en"].setText("Bishkek")
    editor.place_edit.edits["ru"].setText("г. Бишкек")
    editor.programme_combo.setCurrentIndex(editor.programme_combo.findData(programme_id))
    editor.institution_combo.setCurrentIndex(editor.institution_combo.findData(institution_id))
    editor.transferor_org_edit.edits["en"].setText("UNODC Programme Office in the Kyrgyz Republic")
    editor.transferor_org_edit.edits["ru"].setText("Программный офис УНП ООН в Кыргызской Республике")
    editor.transferor_name_edit.edits["en"].setText("Kristina Kuttnig")
    editor.suggest_transferor_name("en")  # the Cyrillic form and the gender, as leaving the field suggests them
    assert editor.transferor_name_edit.text("ru") == "Кристина Куттниг"
    assert editor.transferor_gender_combo.currentData() == "f"
    assert editor.transferor_name_genitive_edit.text() == "Кристины Куттниг"
    editor.transferor_title_edit.edits["en"].setText("Head of Office")
    editor.transferor_title_edit.edits["ru"].setText("Руководитель офиса")
    editor.currency_combo.setCurrentIndex(editor.currency_combo.findData("KGS"))
    editor.rate_edit.setText("68.45")
    assert editor.rate_type_combo.currentData() == "unore"  # shown as the default, never touched
    editor.rate_source_field.edits["en"].setText("UN Treasury")
    editor.rate_date_edit.set_iso("2018-02-01")
    assert editor.transferor_title_genitive_edit.text() == "руководителя офиса"
    assert editor.transferor_title_genitive_edit.cursorPosition() == 0  # a long suggestion is read from its beginning
    editor.transferor_title_genitive_edit.setText("руководителя Офиса")  # the user's correction is what is sealed
    editor.transferor_title_genitive_edit.textEdited.emit("руководителя Офиса")
    editor.transferor_title_edit.edits["ru"].setText("Руководитель офиса")
    assert editor.transferor_title_genitive_edit.text() == "руководителя Офиса"
    assert editor.save()
    act_id = editor.act_id
    acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": by_window["id"]}])
    acts.finalize_act(db=db, act_id=act_id)
    window = acts.act_document(db=db, act_id=act_id)
    assert window["rate"]["type"] == "unore"
    assert window["transferor"]["signatory"]["title_genitive"] == {"ru": "руководителя Офиса"}

    document = {key: window[key] for key in ("date", "place", "languages", "goods", "basis", "transfer_type", "currency",
                                             "transferor", "recipient", "programme", "rate")}
    document["lines"] = [{"serial_number": "C-1", "quantity": 1}]
    source = tmp_path / "act.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db.close()
    assert main(["--db", str(path), "acts", "import", str(source)]) == 0
    db = open_database(path)
    command_id = db.execute("SELECT max(id) FROM act").fetchone()[0]
    assert main(["--db", str(path), "acts", "finalize", str(command_id)]) == 0
    command = acts.act_document(db=db, act_id=command_id)

    def sealed(document: dict) -> dict:
        content = json.loads(canonical_json(document))
        for key in ("uuid", "number", "previous_hash"):
            content.pop(key)
        for line in content["lines"]:
            line.pop("item_uuid"), line.pop("serial_number")
        return content

    assert sealed(window) == sealed(command)
    db.close()
