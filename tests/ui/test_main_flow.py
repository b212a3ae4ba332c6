"""The whole life of a handover act through the windows, as an officer goes through it.

Records are created with the store; the act is prepared in the editor (header
through its widgets, lines through the picker), previewed (rendered in a real
worker thread), finalized, printed through QPrinter into a PDF file, recorded
as signed with a scan made here, and another act is voided.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from equipment_desk.documents.certificate import render_certificate
from equipment_desk.store import acts, records
from equipment_desk.store.database import open_database
from equipment_desk.ui.acts.attachments import AttachmentViewer
from equipment_desk.ui.acts.dialogs import FinalizeDialog, SignDialog, VoidDialog
from equipment_desk.ui.acts.editor import ActEditorDialog
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.tasks import TaskRunner

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def scan_png() -> bytes:
    image = QImage(120, 170, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for x in range(10, 110):
        image.setPixelColor(x, 150, QColor("navy"))  # the signature line
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


@pytest.fixture
def desk(tmp_path):
    """A database file, the user's settings and a real background-task runner (worker threads)."""
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    runner = TaskRunner(db_path=path)
    yield db, DeskSettings.at(tmp_path / "settings.ini"), runner
    runner.wait(10000)
    db.close()


def test_prepare_preview_finalize_print_sign_and_void(qtbot, desk, tmp_path):
    db, settings, runner = desk

    # --- records, as the Records section would create them -------------------------------------
    programme = records.create(db=db, kind=records.PROGRAMME, data={
        "code": "XAC/Z60", "name_en": "UNODC Programme for Central Asia", "name_ru": "Программа УНП ООН для Центральной Азии"})
    institution = records.create(db=db, kind=records.INSTITUTION, data={
        "name_en": "General Prosecutor's Office of the Kyrgyz Republic", "name_ru": "Генеральная прокуратура Кыргызской Республики",
        "country": "KG", "kind": "prosecutor"})
    signatory = records.add_signatory(db=db, institution_id=institution["id"], data={
        "name_ru": "Усубалиев Азизбек", "name_en": "Azizbek Usubaliev", "title_en": "Head of the Legal Statistics Unit",
        "title_ru": "Начальник управления правовой статистики", "authority_en": "the Regulations", "authority_ru": "Положения"})
    computers = [records.create(db=db, kind=records.ITEM, data={
        "category": "computers", "name_en": "Desktop computer", "name_ru": "Персональный компьютер", "model": "HP ProDesk 400 G4", "serial_number": f"CZC80210{n:02d}",
        "inventory_number": f"UNODC-KG-18-{n:04d}", "quantity": 1, "unit_value_minor": 4_300_000, "currency": "KGS",
        "programme_id": programme["id"]}) for n in range(1, 6)]
    records.create(db=db, kind=records.ITEM, data={
        "category": "office", "name_en": "Office chair", "name_ru": "Кресло офисное", "quantity": 10, "unit_value_minor": 650_000, "currency": "KGS"})

    # --- a new act, filled in through the widgets --------------------------------------------------
    editor = ActEditorDialog(db=db, act_id=None, settings=settings, tasks=runner)
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    editor.show()
    editor.date_edit.setDate(QDate(2018, 2, 15))
    editor.place_edit.edits["en"].setText("Bishkek")
    editor.place_edit.edits["ru"].setText("г. Бишкек")
    editor.programme_combo.setCurrentIndex(editor.programme_combo.findData(programme["id"]))
    editor.institution_combo.setCurrentIndex(editor.institution_combo.findData(institution["id"]))
    assert editor.signatory_combo.currentData() == signatory["id"]
    editor.transferor_name_edit.edits["en"].setText("Ashita Mittal")
    editor.transferor_name_edit.edits["ru"].setText("Ашита Миттал")
    editor.transferor_gender_combo.setCurrentIndex(editor.transferor_gender_combo.findData("f"))
    editor.transferor_title_edit.edits["en"].setText("Regional Representative")
    editor.transferor_title_edit.edits["ru"].setText("Региональный представитель")
    editor.goods_edit.edits["en"].setText("computers")
    editor.goods_edit.edits["ru"].setText("компьютеры")
    editor.currency_combo.setCurrentIndex(editor.currency_combo.findData("KGS"))
    editor.rate_edit.setText("68,8395")
    editor.rate_type_combo.setCurrentIndex(editor.rate_type_combo.findData("unore"))
    editor.rate_source_field.edits["en"].setText("UN Treasury")
    editor.rate_date_edit.set_iso("2018-02-01")
    assert editor.save()
    act_id = editor.act_id

    # --- lines through the picker: four computers by serial number, three chairs ------------------
    def pick(picker) -> bool:
        ticked, missing = picker.check_numbers(["CZC8021001", "CZC8021002", "CZC8021003", "CZC8021004"])
        assert (ticked, missing) == (4, [])
        assert picker.programme_combo.currentData() == programme["id"]  # the act's programme is shown first
        picker.programme_combo.setCurrentIndex(0)  # the chairs belong to no programme
        picker.search_edit.setText("chair")
        picker.apply_filter()
        chairs = picker.model.index(0, 0)
        picker.model.setData(chairs, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        picker.model.setData(picker.model.index(0, picker.model.TAKE), 3)
        return True

    editor.exec_picker = pick
    assert len(editor.add_items()) == 5
    assert editor.lines_model.totals() == (7, 4 * 4_300_000 + 3 * 650_000)
    assert "KGS\u00a0191,500.00" in editor.total_label.text()
    assert "Сто девяносто одна тысяча пятьсот сомов 00 тыйынов" in editor.words_labels[0].text()

    # --- preview: rendered in a worker thread, shown with QtPdf -------------------------------------
    editor.preview()
    qtbot.waitUntil(lambda: editor.preview_dialog is not None, timeout=30000)
    shown = editor.preview_dialog.preview.document
    assert shown.status() == QPdfDocument.Status.Ready
    expected = len(PdfReader(io.BytesIO(render_certificate(acts.act_document(db=db, act_id=act_id), copies=2))).pages)
    assert shown.pageCount() == expected == len(PdfReader(io.BytesIO(editor.last_pdf)).pages)
    assert editor.preview_dialog.preview.page_label.text() == f"Page 1 of {expected} · copy 1 of 2"  # both copies, said so

    # --- finalize: the confirmation shows the number, then the act carries it ---------------------
    confirmations = []

    def answer(dialog) -> bool:
        if isinstance(dialog, FinalizeDialog):
            confirmations.append(dialog.number_label.text())
            assert dialog.ready
        return True

    editor.exec_dialog = answer
    assert editor.finalize() == "ROCA-2018-0001"
    assert confirmations == ["ROCA-2018-0001"]
    assert acts.get_act_row(db=db, act_id=act_id)["number"] == "ROCA-2018-0001"
    assert editor.banner_text().startswith("Finalized — ROCA-2018-0001")
    assert not editor.header_widget.isEnabled()
    assert acts.verify_act(db=db, act_id=act_id) == []

    # --- print into a PDF file through QPrinter ---------------------------------------------------
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    editor.print_act(printer=printer)
    qtbot.waitUntil(lambda: printed.exists() and not editor._busy, timeout=30000)
    assert printed.read_bytes() == editor.last_pdf  # "Print to file" gives the act's own vector PDF
    finalized_pages = len(PdfReader(io.BytesIO(editor.last_pdf)).pages)
    assert len(PdfReader(printed).pages) == finalized_pages == 2 * len(
        PdfReader(io.BytesIO(render_certificate(acts.act_document(db=db, act_id=act_id), copies=1))).pages)

    # --- mark as signed with the scan --------------------------------------------------------------
    scan = tmp_path / "ROCA-2018-0001-signed.png"
    scan.write_bytes(scan_png())

    def sign(dialog) -> bool:
        assert isinstance(dialog, SignDialog)
        dialog.date_edit.setDate(QDate(2018, 2, 20))
        dialog.scan_edit.setText(str(scan))
        return dialog.validate()

    editor.exec_dialog = sign
    assert editor.mark_signed()
    row = acts.get_act_row(db=db, act_id=act_id)
    assert (row["status"], row["signed_date"]) == ("signed", "2018-02-20")
    assert "Signed on 20.02.2018" in editor.banner_text()
    assert editor.attachments_list.count() == 1
    editor.open_selected_attachment()
    viewer = editor.attachment_windows[-1]
    assert isinstance(viewer, AttachmentViewer) and not viewer.is_pdf()
    assert viewer.data == scan.read_bytes()
    viewer.close()
    editor.reject()
    assert not editor.isVisible()

    # --- void another act --------------------------------------------------------------------------
    other = acts.create_draft(db=db, data={
        "act_date": "2018-02-22", "recipient_institution_id": institution["id"], "recipient_signatory_id": signatory["id"],
        "programme_id": programme["id"], "currency": "KGS", "rate": "68.8395", "rate_type": "unore",
        "transferor_name_en": "Ashita Mittal", "transferor_name_ru": "Ашита Миттал", "transferor_title_en": "Regional Representative",
        "transferor_title_ru": "Региональный представитель"})
    acts.add_lines(db=db, act_id=other, lines=[{"item_id": computers[4]["id"]}])
    acts.finalize_act(db=db, act_id=other)
    second = ActEditorDialog(db=db, act_id=other, settings=settings, tasks=runner)
    qtbot.addWidget(second)

    def void(dialog) -> bool:
        assert isinstance(dialog, VoidDialog)
        dialog.reason_edit.setPlainText("Wrong recipient; the computer stays in stock")
        return dialog.void_button.isEnabled()

    second.exec_dialog = void
    assert second.void()
    row = acts.get_act_row(db=db, act_id=other)
    assert (row["status"], row["void_reason"]) == ("void", "Wrong recipient; the computer stays in stock")
    assert second.banner_text() == "Void — ROCA-2018-0002. Reason: Wrong recipient; the computer stays in stock"
    assert records.item_stock(db=db, item_id=computers[4]["id"])["available"] == 1  # back in stock
    assert acts.verify_chains(db=db) == []
