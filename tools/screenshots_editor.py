"""Screenshots of the act editor, its dialogs and the certificate preview, on the demo data.

    python tools/screenshots_editor.py OUT_FOLDER [--lang en|ru] [--db FILE]

Without ``--db`` a fresh demo database is made in a temporary folder (the
same data as ``python -m equipment_desk --db FILE demo``).  Runs without a
screen (offscreen) unless QT_QPA_PLATFORM says otherwise.  Writes:

- ``act-editor-new.png``        a new act filled through the widgets (with the national bank's rate), lines added with the picker,
                                a photo and a warranty attached
- ``act-editor-draft.png``      the demo draft with its lines
- ``act-editor-problems.png``   the same draft with a bad rate and no signatory, after Save
- ``act-editor-signed.png``     a finalized act recorded as signed, read-only
- ``act-editor-void.png``       a voided act
- ``item-picker.png``           the picker filtered to computers, some ticked
- ``finalize.png``, ``sign.png``, ``void.png``   the confirmation dialogs
- ``preview.png``               the certificate of the draft in the preview
- ``attachment.png``            the signed scan opened in the program
- ``attachment-add.png``        adding a photo or document
- ``item-form.png``             an item with its photos and documents
- ``item-written-off.png``      a written-off item: the reason, read-only
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def wait(ms: int) -> None:
    """Let Qt paint (the PDF view renders its pages in the background)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, path: Path, settle_ms: int = 150) -> None:
    widget.show()
    wait(settle_ms)
    widget.grab().save(str(path))
    print(f"wrote {path}")


def load_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """The program's catalogues and Qt's own (standard buttons), as the program loads them."""
    from equipment_desk.ui.app import install_translations

    return install_translations(app, lang)


def add_stock(db) -> None:
    """Items still in stock, so the picker has something to show (the demo handed everything over)."""
    from equipment_desk.store import records

    if db.execute("SELECT 1 FROM item WHERE serial_number = 'PF3SHOT01'").fetchone():
        return
    programme = records.find_id(db=db, kind=records.PROGRAMME, ref="XAC/Z60")
    for n in range(1, 21):
        records.create(db=db, kind=records.ITEM, data={
            "category": "computers", "name": "Laptop computer", "model": "Lenovo ThinkPad T480",
            "serial_number": f"PF3SHOT{n:02d}", "inventory_number": f"UNODC-KG-18-{200 + n:04d}",
            "quantity": 1, "unit_value_minor": 8_950_000, "currency": "KGS", "programme_id": programme})
    records.create(db=db, kind=records.ITEM, data={
        "category": "office", "name": "Office chair", "model": "Ergo 200", "quantity": 12,
        "unit_value_minor": 650_000, "currency": "KGS", "programme_id": programme})
    records.create(db=db, kind=records.ITEM, data={
        "category": "computers", "name": "Network switch, 24 ports", "model": "Cisco Catalyst 2960-X",
        "serial_number": "FOC2018X0241", "quantity": 1, "unit_value_minor": 1_420_00, "currency": "USD",
        "programme_id": programme})


def sample_files(folder: Path) -> tuple[Path, Path]:
    """A photo (PNG) and a warranty card (PDF) to attach."""
    import io

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter
    from reportlab.pdfgen.canvas import Canvas

    photo = folder / "boxes-on-delivery.png"
    image = QImage(640, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8d6e5"))
    painter = QPainter(image)
    painter.fillRect(120, 140, 220, 180, QColor("#b08850"))
    painter.fillRect(360, 180, 160, 140, QColor("#9c7442"))
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter), "Delivery, 14.05.2018")
    painter.end()
    image.save(str(photo))
    warranty = folder / "warranty-lenovo-t480.pdf"
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(72, 760, "Warranty card")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 730, "Lenovo ThinkPad T480, 20 units, 36 months on-site service")
    canvas.showPage()
    canvas.save()
    warranty.write_bytes(buffer.getvalue())
    return photo, warranty


def new_act_through_widgets(editor, db) -> None:
    """Fill a new act the way a person would: header through the widgets, lines through the picker."""
    from equipment_desk.store import records

    editor.date_edit.set_iso("2018-05-14")
    editor.place_edit.edits["en"].setText("Bishkek")
    editor.place_edit.edits["ru"].setText("г. Бишкек")
    institution = records.find_id(db=db, kind=records.INSTITUTION, ref="General Prosecutor's Office of the Kyrgyz Republic")
    editor.institution_combo.set_current_id(institution)
    editor.programme_combo.setCurrentIndex(editor.programme_combo.findData(records.find_id(db=db, kind=records.PROGRAMME, ref="XAC/Z60")))
    editor.goods_edit.edits["en"].setText("laptop computers and office furniture")
    editor.goods_edit.edits["ru"].setText("портативные компьютеры и офисная мебель")
    editor.basis_edit.edits["en"].setPlainText("Request letter No. 12/1-410 of 20.04.2018")
    editor.basis_edit.edits["ru"].setPlainText("Письмо № 12/1-410 от 20.04.2018")
    editor.currency_combo.setCurrentIndex(editor.currency_combo.findData("KGS"))
    editor.rate_edit.setText("68,8395")
    editor.rate_source_field.set_text("en", "UN Treasury")
    editor.rate_date_edit.set_iso("2018-05-01")
    editor.national_toggle.setChecked(True)
    editor.nb_rate_edit.setText("69,6214")
    editor.nb_rate_source_field.set_text("en", editor.national_banks()["KGS"])
    editor.nb_rate_date_edit.set_iso("2018-05-14")
    editor.save()

    def tick(picker) -> bool:
        picker.search_edit.setText("ThinkPad")
        picker.apply_filter()
        picker.check_all_shown()
        picker.search_edit.setText("chair")
        picker.apply_filter()
        picker.check_all_shown()
        return True

    editor.exec_picker = tick
    editor.add_items()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--lang", choices=("en", "ru"), default="en")
    parser.add_argument("--db", type=Path, help="a database holding the demo data (default: a fresh one)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from equipment_desk.store import acts
    from equipment_desk.store.database import open_database
    from equipment_desk.store.demo import load_demo
    from equipment_desk.ui.app import protect_python_singletons

    protect_python_singletons()
    app = QApplication.instance() or QApplication([])
    translators = load_translations(app, args.lang)  # noqa: F841 - kept alive while the windows show

    with tempfile.TemporaryDirectory() as scratch:
        db_path = args.db or Path(scratch) / "demo.sqlite"
        db = open_database(db_path)
        load_demo(db=db)

        from equipment_desk.store import records
        from equipment_desk.ui.acts.attachments import AttachmentDialog, AttachmentViewer
        from equipment_desk.ui.acts.dialogs import FinalizeDialog, SignDialog, VoidDialog
        from equipment_desk.ui.acts.editor import ActEditorDialog
        from equipment_desk.ui.acts.item_picker import ItemPickerDialog
        from equipment_desk.ui.forms.records import ItemForm
        from equipment_desk.ui.settings import DeskSettings
        from equipment_desk.ui.tasks import TaskRunner

        add_stock(db)
        settings = DeskSettings.at(Path(scratch) / "settings.ini")
        tasks = TaskRunner(db=db, synchronous=True)
        by_status = {row["status"]: row["id"] for row in acts.list_acts(db=db)}
        draft_id = by_status["draft"]
        signed_id = next(r["id"] for r in acts.list_acts(db=db, status="signed"))
        void_id = by_status["void"]

        photo, warranty = sample_files(Path(scratch))
        fresh = ActEditorDialog(db=db, act_id=None, settings=settings, tasks=tasks)
        new_act_through_widgets(fresh, db)
        for path, kind in ((photo, "photo"), (warranty, "warranty")):
            acts.add_attachment(db=db, path=path, act_id=fresh.act_id, kind=kind)
        fresh.reload()
        shoot(fresh, args.out / "act-editor-new.png")
        adding = AttachmentDialog(subject=fresh.attachment_subject(), parent=fresh)
        adding.file_edit.setText(str(photo))
        shoot(adding, args.out / "attachment-add.png")
        adding.close()
        fresh.hide()

        laptop = records.find_id(db=db, kind=records.ITEM, ref="PF3SHOT20")
        for path, kind in ((photo, "photo"), (warranty, "warranty")):
            acts.add_attachment(db=db, path=path, item_id=laptop, kind=kind)
        item_form = ItemForm(db=db, record_id=laptop, lang=args.lang)
        shoot(item_form, args.out / "item-form.png")
        item_form.done(0)
        chairs = db.execute("SELECT id FROM item WHERE name = 'Office chair' AND model = 'Ergo 200'").fetchone()[0]
        records.write_off(db=db, item_id=chairs, reason="Damaged in the flood at the warehouse in Osh, act of inspection No. 4 of 02.06.2018")
        written_off = ItemForm(db=db, record_id=chairs, lang=args.lang)
        shoot(written_off, args.out / "item-written-off.png")
        written_off.done(0)

        editor = ActEditorDialog(db=db, act_id=draft_id, settings=settings, tasks=tasks)
        editor.resize(1440, 940)
        shoot(editor, args.out / "act-editor-draft.png")

        editor.preview()
        if editor.preview_dialog is not None:
            editor.preview_dialog.resize(1000, 1100)
            shoot(editor.preview_dialog, args.out / "preview.png", settle_ms=1500)
            editor.preview_dialog.close()

        picker = ItemPickerDialog(db=db, act_id=draft_id, parent=editor)
        picker.search_edit.setText("ThinkPad")
        picker.category_combo.setCurrentIndex(picker.category_combo.findData("computers"))
        picker.apply_filter()
        shown = picker.model.all_rows()[:3]
        picker.model.set_checked([row["id"] for row in shown], True)
        shoot(picker, args.out / "item-picker.png")
        picker.close()

        finalize = FinalizeDialog(db=db, act_id=draft_id, parent=editor)
        shoot(finalize, args.out / "finalize.png")
        finalize.close()

        editor.rate_edit.setText("68,84,5")
        editor.signatory_combo.setCurrentIndex(-1)
        editor.save()
        shoot(editor, args.out / "act-editor-problems.png")
        editor.reload()
        editor.hide()

        signed = ActEditorDialog(db=db, act_id=signed_id, settings=settings, tasks=tasks)
        signed.resize(1440, 940)
        shoot(signed, args.out / "act-editor-signed.png")
        attachments = acts.list_attachments(db=db, act_id=signed_id)
        if attachments:
            filename, data = acts.attachment_data(db=db, attachment_id=attachments[0]["id"])
            viewer = AttachmentViewer(filename=filename, data=data, parent=signed)
            viewer.resize(800, 900)
            shoot(viewer, args.out / "attachment.png", settle_ms=1500)
            viewer.close()
        sign = SignDialog(act_date="2018-02-15", number="ROCA-2018-0005", parent=signed)
        shoot(sign, args.out / "sign.png")
        sign.close()
        void = VoidDialog(number="ROCA-2018-0005", parent=signed)
        void.reason_edit.setPlainText("Wrong recipient: the equipment went to the Navoi dispensary instead.")
        shoot(void, args.out / "void.png")
        void.close()
        signed.hide()

        voided = ActEditorDialog(db=db, act_id=void_id, settings=settings, tasks=tasks)
        voided.resize(1440, 940)
        shoot(voided, args.out / "act-editor-void.png")
        voided.hide()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
