"""The PDF preview: loading, paging, zoom, printing through QPrinter, saving the bytes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.preview import PdfPreview, PreviewDialog, PrintError, load_pdf, prepare_printer, print_pdf

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

# The offscreen platform cannot size windows and says so whenever one is shown; nothing else is ignored.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def make_pdf(pages: int = 3) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for page in range(pages):
        canvas.setFont("Helvetica-Bold", 48)
        canvas.drawString(72, 700, f"Page {page + 1}")
        canvas.rect(36, 36, A4[0] - 72, A4[1] - 72, fill=0)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def dark_pixels(pdf: bytes, page: int = 0) -> int:
    document = load_pdf(pdf)
    image = document.render(page, document.pagePointSize(page).toSize())
    count = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            if QColor(image.pixel(x, y)).lightness() < 128:
                count += 1
    document.close()
    return count


@pytest.fixture
def preview(qtbot) -> PdfPreview:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    return widget


def test_loads_pdf_bytes_and_shows_page_x_of_y(preview):
    assert preview.set_pdf(make_pdf(3), suggested_name="ROCA-2018-0001.pdf")
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.page_count() == 3
    assert preview.page_label.text() == "Page 1 of 3"
    assert not preview.action_previous.isEnabled()
    assert preview.action_next.isEnabled()


def test_pages_through_and_stops_at_the_ends(preview):
    preview.set_pdf(make_pdf(3))
    preview.next_page()
    assert preview.current_page() == 1
    assert preview.page_label.text() == "Page 2 of 3"
    preview.go_to_page(99)
    assert preview.current_page() == 2
    assert not preview.action_next.isEnabled()
    preview.previous_page()
    preview.previous_page()
    preview.previous_page()
    assert preview.current_page() == 0
    assert preview.page_label.text() == "Page 1 of 3"


def test_zoom_in_out_and_fit(preview):
    preview.set_pdf(make_pdf(1))
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    preview.set_zoom(1.0)
    preview.zoom_in()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.zoom_factor() == pytest.approx(1.1)
    assert preview.zoom_label.text() == "110\u00a0%"
    preview.zoom_out()
    preview.zoom_out()
    assert preview.zoom_factor() == pytest.approx(0.9)
    preview.fit_page()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    preview.fit_width()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    for _ in range(30):
        preview.zoom_in()
    assert preview.zoom_factor() == pytest.approx(4.0)


def test_prints_every_page_into_a_pdf_file_through_qprinter(preview, tmp_path):
    source = make_pdf(3)
    preview.set_pdf(source)
    target = tmp_path / "printed.pdf"
    printer = pdf_printer(target)
    prepare_printer(printer, preview.document, name="act")
    assert preview.print_to(printer) == 3
    printed = target.read_bytes()
    assert printed == source  # the document itself, vector, not its pages drawn as images
    reader = PdfReader(target)
    assert len(reader.pages) == 3
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(A4[0], abs=1.5)
    assert float(box.height) == pytest.approx(A4[1], abs=1.5)
    # The pages carry the drawing, not blank paper.
    assert dark_pixels(printed) > 50
    assert abs(dark_pixels(printed) - dark_pixels(source)) < dark_pixels(source) * 0.5


def test_prints_the_page_range_chosen(preview, tmp_path):
    preview.set_pdf(make_pdf(3))
    printer = pdf_printer(tmp_path / "range.pdf")
    prepare_printer(printer, preview.document)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert preview.print_to(printer) == 2
    assert len(PdfReader(tmp_path / "range.pdf").pages) == 2


def test_print_with_dialog_uses_the_printer_the_user_chose(preview, tmp_path, monkeypatch):
    preview.set_pdf(make_pdf(2))
    target = tmp_path / "chosen.pdf"

    def answer(printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(96)
        return True

    monkeypatch.setattr(preview, "exec_print_dialog", answer)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(preview, "new_printer", lambda: _screen_printer(preview))
        assert preview.print_with_dialog() == 2
    assert len(PdfReader(target).pages) == 2

    monkeypatch.setattr(preview, "exec_print_dialog", lambda printer: False)
    assert preview.print_with_dialog() == 0


def _screen_printer(preview: PdfPreview) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    prepare_printer(printer, preview.document)
    return printer


def test_printing_nothing_is_refused(qtbot, tmp_path):
    document = load_pdf(b"this is not a PDF")
    assert document.status() == QPdfDocument.Status.Error
    with pytest.raises(PrintError):
        print_pdf(document, pdf_printer(tmp_path / "none.pdf"))
    assert not (tmp_path / "none.pdf").exists()


def test_save_as_pdf_writes_the_same_bytes(preview, tmp_path, monkeypatch):
    data = make_pdf(2)
    preview.set_pdf(data, suggested_name="ROCA-2018-0002.pdf")
    saved = []
    preview.saved.connect(saved.append)
    path = preview.save_to(tmp_path / "copy")
    assert path == tmp_path / "copy.pdf"
    assert path.read_bytes() == data
    monkeypatch.setattr(preview, "ask_save_path", lambda: str(tmp_path / "dialog.pdf"))
    assert preview.save_with_dialog() == str(tmp_path / "dialog.pdf")
    assert (tmp_path / "dialog.pdf").read_bytes() == data
    assert saved == [str(tmp_path / "copy.pdf"), str(tmp_path / "dialog.pdf")]
    monkeypatch.setattr(preview, "ask_save_path", lambda: "")
    assert preview.save_with_dialog() == ""


def test_preview_dialog_shows_the_pdf(qtbot):
    dialog = PreviewDialog(make_pdf(2), title="Preview — Act ROCA-2018-0001", suggested_name="ROCA-2018-0001.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Preview — Act ROCA-2018-0001"
    assert dialog.preview.document.status() == QPdfDocument.Status.Ready
    assert dialog.preview.page_count() == 2
    assert dialog.preview.suggested_name == "ROCA-2018-0001.pdf"


def test_the_zoom_shown_at_fit_width_is_the_zoom_the_page_has(qtbot):
    """At fit width the label names the zoom at which the page just fits: a little more and it no longer does."""
    dialog = PreviewDialog(make_pdf(2))
    qtbot.addWidget(dialog)
    dialog.resize(700, 600)
    dialog.show()
    preview = dialog.preview
    qtbot.waitUntil(lambda: preview.zoom_label.text() != "100\u00a0%")
    shown = int(preview.zoom_label.text().split("\u00a0")[0])
    assert 50 < shown < 100  # a 595 pt page in a viewport some 660 px wide, not "11 %"
    scrollbar = preview.view.horizontalScrollBar()
    preview.set_zoom((shown - 1) / 100)  # the label rounds to a whole per cent
    qtbot.waitUntil(lambda: preview.zoom_label.text() == f"{shown - 1}\u00a0%")
    assert scrollbar.maximum() == 0  # the page fits at the zoom the label named
    preview.set_zoom((shown + 2) / 100)
    qtbot.waitUntil(lambda: scrollbar.maximum() > 0)


def test_the_preview_says_when_it_shows_several_copies(qtbot):
    dialog = PreviewDialog(make_pdf(4), copies=2)
    qtbot.addWidget(dialog)
    preview = dialog.preview
    assert preview.page_label.text() == "Page 1 of 4 · copy 1 of 2"
    preview.go_to_page(2)
    qtbot.waitUntil(lambda: preview.page_label.text() == "Page 3 of 4 · copy 2 of 2")
    single = PreviewDialog(make_pdf(4))
    qtbot.addWidget(single)
    assert single.preview.page_label.text() == "Page 1 of 4"


def test_the_preview_and_its_close_button_fit_the_screen(qtbot):
    from equipment_desk.ui.widgets.screen import available

    dialog = PreviewDialog(make_pdf(2))
    qtbot.addWidget(dialog)
    room = available(dialog)
    assert dialog.height() < room.height() and dialog.width() < room.width()


class _SpoolerPrinter:
    """A printer of the system's spooler, as far as send_pdf_to_printer asks."""

    def __init__(self, *, name="Office_HP", copies=2, print_range=QPrinter.PrintRange.AllPages, pages=(0, 0)):
        self._name, self._copies, self._range, self._pages = name, copies, print_range, pages

    def outputFormat(self):
        return QPrinter.OutputFormat.NativeFormat

    def printerName(self):
        return self._name

    def copyCount(self):
        return self._copies

    def docName(self):
        return "ROCA-2018-0001"

    def printRange(self):
        return self._range

    def fromPage(self):
        return self._pages[0]

    def toPage(self):
        return self._pages[1]

    def pageOrder(self):
        return QPrinter.PageOrder.FirstPageFirst

    def duplex(self):
        return QPrinter.DuplexMode.DuplexNone


def test_a_spooler_printer_gets_the_pdf_itself_and_falls_back_to_drawing_when_it_cannot(monkeypatch):
    import subprocess

    from equipment_desk.ui import preview as preview_module

    sent = []

    def fake_run(command, *, input, **kwargs):  # noqa: A002 - subprocess's name
        sent.append((command, input))
        return subprocess.CompletedProcess(command, 0, b"request id is Office_HP-7", b"")

    data = make_pdf(3)
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setattr("shutil.which", lambda name: "/usr/bin/lp" if name == "lp" else None)
    monkeypatch.setattr("subprocess.run", fake_run)
    assert preview_module.send_pdf_to_printer(data, _SpoolerPrinter())
    command, stdin = sent[-1]
    assert stdin == data  # vector: the document's own bytes, not pages drawn as images
    assert command[:5] == ["/usr/bin/lp", "-d", "Office_HP", "-n", "2"]
    assert preview_module.send_pdf_to_printer(data, _SpoolerPrinter(print_range=QPrinter.PrintRange.PageRange, pages=(2, 3)))
    assert sent[-1][0][-2:] == ["-o", "page-ranges=2-3"]

    monkeypatch.setattr("subprocess.run", lambda command, **kwargs: subprocess.CompletedProcess(command, 1, b"", b"no such printer"))
    assert not preview_module.send_pdf_to_printer(data, _SpoolerPrinter())  # the caller draws the pages instead
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert not preview_module.send_pdf_to_printer(data, _SpoolerPrinter())
