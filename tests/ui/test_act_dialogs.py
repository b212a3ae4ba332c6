"""Finalize confirmation, Mark as signed, Void and the attachment viewer."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QImage
from reportlab.pdfgen.canvas import Canvas

from equipment_desk.store import acts
from equipment_desk.ui import words
from equipment_desk.ui.acts import attachments, dialogs
from equipment_desk.ui.acts.attachments import AttachmentDialog, AttachmentViewer, open_attachment
from equipment_desk.ui.acts.dialogs import FinalizeDialog, SignDialog, VoidDialog
from equipment_desk.ui.app import protect_python_singletons

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

# The offscreen platform cannot size windows and says so whenever one is shown; nothing else is ignored.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def png_bytes() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def pdf_bytes(text: str = "Signed and stamped") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- finalize ---------------------------------------------------------------------------------

def test_finalize_dialog_shows_the_number_about_to_be_assigned(qtbot, db, make):
    act_id = make.draft(items=[make.item()])
    dialog = FinalizeDialog(db=db, act_id=act_id)
    qtbot.addWidget(dialog)
    assert dialog.number == acts.next_number(db=db, act_id=act_id) == "ROCA-2018-0001"
    assert dialog.number_label.text() == "ROCA-2018-0001"
    assert dialog.problems == []
    assert dialog.ready and dialog.finalize_button.isEnabled()
    assert dialog.problems_label.isHidden()


def test_finalize_dialog_lists_what_is_missing_and_cannot_be_accepted(qtbot, db, make):
    make.programme()
    act_id = acts.create_draft(db=db, data={"act_date": "2018-03-01", "currency": "KGS"})
    dialog = FinalizeDialog(db=db, act_id=act_id)
    qtbot.addWidget(dialog)
    assert not dialog.ready
    assert not dialog.finalize_button.isEnabled()
    text = dialog.problems_label.text()
    assert "The recipient institution is missing" in text
    assert "The programme is missing" in text
    assert "An exchange rate to USD is required for an act in KGS" in text
    assert "The act has no lines; add at least one item" in text
    assert "KGS" in text and "{currency}" not in text
    dialog.accept()
    assert dialog.result() != FinalizeDialog.DialogCode.Accepted


def test_finalize_dialog_without_a_date_explains_the_number_is_unknown(qtbot, db, make):
    make.institution()
    act_id = acts.create_draft(db=db, data={})
    dialog = FinalizeDialog(db=db, act_id=act_id)
    qtbot.addWidget(dialog)
    assert dialog.number is None
    assert dialog.number_label.text() == "—"
    assert "The date is missing" in dialog.problems_label.text()


# --- sign -----------------------------------------------------------------------------------

def test_sign_dialog_takes_a_date_not_before_the_act_and_a_scan(qtbot, tmp_path, monkeypatch):
    scan = tmp_path / "scan.png"
    scan.write_bytes(png_bytes())
    dialog = SignDialog(act_date="2018-02-15", number="ROCA-2018-0001", last_folder=str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.date_edit.calendarPopup()
    assert dialog.date_edit.minimumDate() == QDate(2018, 2, 15)
    dialog.date_edit.setDate(QDate(2018, 2, 1))  # clamped to the act's date
    assert dialog.signed_date() == "2018-02-15"
    dialog.date_edit.setDate(QDate(2018, 2, 20))
    assert dialog.signed_date() == "2018-02-20"
    monkeypatch.setattr(dialog, "ask_scan_path", lambda: str(scan))
    dialog.choose_scan()
    assert dialog.scan_path() == str(scan)
    assert dialog.validate()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()
    assert "ROCA-2018-0001" in dialog.intro_label.text()


def test_sign_dialog_refuses_a_missing_or_wrong_file(qtbot, tmp_path):
    dialog = SignDialog(act_date="2018-02-15")
    qtbot.addWidget(dialog)
    dialog.scan_edit.setText(str(tmp_path / "missing.pdf"))
    assert not dialog.validate()
    assert "was not found" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a scan")
    dialog.scan_edit.setText(str(text_file))
    assert not dialog.validate()
    assert dialog.error_label.text() == "The scanned copy must be a PDF, JPG or PNG file."
    dialog.accept()
    assert dialog.result() != SignDialog.DialogCode.Accepted
    dialog.scan_edit.clear()
    assert dialog.validate() and dialog.scan_path() is None


# --- void ---------------------------------------------------------------------------------

def test_void_dialog_requires_a_reason(qtbot):
    dialog = VoidDialog(number="ROCA-2018-0003")
    qtbot.addWidget(dialog)
    assert not dialog.void_button.isEnabled()
    dialog.accept()
    assert dialog.result() != VoidDialog.DialogCode.Accepted
    dialog.reason_edit.setPlainText("   ")
    assert not dialog.void_button.isEnabled()
    dialog.reason_edit.setPlainText("  wrong recipient; replaced by ROCA-2018-0004 ")
    assert dialog.void_button.isEnabled()
    assert dialog.reason() == "wrong recipient; replaced by ROCA-2018-0004"
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        dialog.accept()


# --- attachments --------------------------------------------------------------------------

def test_attachment_viewer_shows_a_pdf_in_the_preview(qtbot):
    viewer = AttachmentViewer(filename="act-0001-signed.pdf", data=pdf_bytes())
    qtbot.addWidget(viewer)
    assert viewer.is_pdf()
    assert viewer.preview.page_count() == 1
    assert viewer.windowTitle() == "act-0001-signed.pdf"
    assert not viewer.preview.action_save.isVisible()


def test_attachment_viewer_shows_an_image_and_saves_a_copy(qtbot, tmp_path, monkeypatch):
    data = png_bytes()
    viewer = AttachmentViewer(filename="scan.png", data=data)
    qtbot.addWidget(viewer)
    viewer.show()
    assert not viewer.is_pdf()
    assert not viewer.image_label.pixmap().isNull()
    viewer.fit_check.setChecked(False)
    assert viewer.image_label.pixmap().width() == 40
    monkeypatch.setattr(viewer, "ask_save_path", lambda: str(tmp_path / "copy.png"))
    assert viewer.save_copy() == str(tmp_path / "copy.png")
    assert (tmp_path / "copy.png").read_bytes() == data


def test_open_attachment_reads_the_signed_scan_from_the_database(qtbot, db, make, tmp_path):
    act_id = make.finalized()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(pdf_bytes())
    result = acts.sign_act(db=db, act_id=act_id, signed_date="2018-02-20", scan_path=scan)
    viewer = open_attachment(db=db, attachment_id=result["scan_id"])
    qtbot.addWidget(viewer)
    assert viewer.isVisible()
    assert viewer.is_pdf()
    assert viewer.data == scan.read_bytes()


def test_codes_are_shown_in_words():
    assert words.transfer_type_text("custody") == "Custody and use only"
    assert words.transfer_type_text("title") == "Ownership passes to the recipient"
    assert words.rate_type_text("unore") == "UN operational rate of exchange"
    assert words.rate_type_text("national_bank") == "National bank rate"
    assert words.language_name("uz-Cyrl") == "Uzbek (Cyrillic)"
    assert words.currency_text("KGS") == "KGS — Kyrgyz som"
    assert words.category_text("endoscopes") == "Endoscopes"
    assert words.format_date("2018-02-20") == "20.02.2018"


# --- adding photos and documents -----------------------------------------------------------

def test_attachment_dialog_takes_a_file_and_what_it_is(qtbot, tmp_path, monkeypatch):
    warranty = tmp_path / "warranty card.pdf"
    warranty.write_bytes(pdf_bytes("Warranty 24 months"))
    dialog = AttachmentDialog(subject="act ROCA-2018-0001", last_folder=str(tmp_path))
    qtbot.addWidget(dialog)
    assert "act ROCA-2018-0001" in dialog.intro_label.text()
    assert [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())] == [
        "Photo", "Warranty or technical documents", "Other document"]
    assert dialog.kind() == "photo"
    assert not dialog.ok_button.isEnabled()  # nothing chosen yet
    monkeypatch.setattr(dialog, "ask_path", lambda: str(warranty))
    dialog.choose_file()
    assert dialog.file_path() == str(warranty)
    assert dialog.kind() == "warranty"  # a PDF is rather a document than a photo
    assert dialog.ok_button.isEnabled() and dialog.validate()
    dialog.accept()
    assert dialog.result() == AttachmentDialog.DialogCode.Accepted


def test_attachment_dialog_refuses_a_missing_or_wrong_file(qtbot, tmp_path):
    dialog = AttachmentDialog()
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(tmp_path / "nowhere.jpg"))
    dialog.accept()
    assert dialog.result() != AttachmentDialog.DialogCode.Accepted
    assert "was not found" in dialog.error_label.text()
    note = tmp_path / "notes.docx"
    note.write_bytes(b"PK\x03\x04")
    dialog.file_edit.setText(str(note))  # the message follows what is typed
    assert dialog.error_label.text() == "Only PDF, JPG and PNG files can be added."
    assert not dialog.validate()


def test_add_attachment_from_stores_the_file_or_shows_the_store_refusal(qtbot, db, make, tmp_path, monkeypatch):
    item = make.item()
    photo = tmp_path / "front.png"
    photo.write_bytes(png_bytes())
    dialog = AttachmentDialog()
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(photo))
    attachment_id = attachments.add_attachment_from(dialog, db=db, item_id=item["id"])
    [stored] = acts.list_attachments(db=db, item_id=item["id"])
    assert (stored["id"], stored["kind"], stored["filename"]) == (attachment_id, "photo", "front.png")

    fake = tmp_path / "fake.png"
    fake.write_bytes(b"not an image at all")
    dialog.file_edit.setText(str(fake))
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, error: shown.append(error))
    assert attachments.add_attachment_from(dialog, db=db, item_id=item["id"]) is None
    assert shown and "is not a whole PNG file" in str(shown[0])
    assert len(acts.list_attachments(db=db, item_id=item["id"])) == 1


def test_attachments_are_listed_with_their_kind():
    listed = {"kind": "warranty", "filename": "warranty.pdf", "size": 3 * 1024 * 1024 // 2, "added_by": "aigul",
              "added_at": "2018-03-01T09:00:00Z"}
    assert words.attachment_text(listed) == "Warranty: warranty.pdf"
    assert words.attachment_text({**listed, "kind": "signed_scan"}) == "Signed scan: warranty.pdf"
    tip = words.attachment_tooltip(listed)
    assert "1.5 MB" in tip and "Added by aigul on 01.03.2018" in tip
