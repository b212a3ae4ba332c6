"""The certificate as it will print: a PDF shown inside the program.

:class:`PdfPreview` shows PDF bytes with QtPdf (zoom, fit, page through,
"Page X of Y") and prints or saves exactly those pages:

- **Print** renders every page with :meth:`QPdfDocument.render` straight into
  the printer's painter at the printer's resolution (capped, and drawn in
  horizontal bands so a 600 dpi A4 page never needs one huge image), so the
  paper shows the same pages as the PDF.
- **Save as PDF** writes the PDF bytes themselves: the saved file *is* the
  certificate, byte for byte.

:func:`print_pdf` is the printing routine on its own, for callers that have
their own :class:`QPrinter` (tests print to a PDF file with it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.errors import DeskError
from equipment_desk.core.files import write_file
from equipment_desk.ui import errors
from equipment_desk.ui.widgets.screen import fit_to_screen

log = logging.getLogger(__name__)

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
"""The zoom factors Zoom in / Zoom out step through (1.0 is 100 %)."""
MAX_RENDER_DPI = 600
"""Pages are rendered at the printer's resolution, but never finer than this."""
BAND_PIXELS = 8_000_000
"""At most this many pixels are rendered at once (about 32 MB)."""


class PrintError(Exception):
    """The printer could not be used (not started, or out of paper mid-job)."""


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A :class:`QPdfDocument` holding ``data`` (its buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(bytes(data)))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


# --- printing ------------------------------------------------------------------------------------

def prepare_printer(printer: QPrinter, document: QPdfDocument, *, name: str = "") -> None:
    """Set the printer's paper and orientation to the PDF's first page, full-page, no margins.

    Called before the print dialog opens, so the dialog proposes the right
    paper; the user may still choose another (pages are then scaled to fit).
    """
    if document.pageCount() > 0:
        size = document.pagePointSize(0)
        orientation = QPageLayout.Orientation.Landscape if size.width() > size.height() else QPageLayout.Orientation.Portrait
        portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setPageLayout(QPageLayout(page_size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    if name:
        printer.setDocName(name)


def _pages_to_print(printer: QPrinter, page_count: int, current_page: int) -> list[int]:
    """0-based page numbers to print, from the range chosen in the print dialog."""
    pages = list(range(page_count))
    print_range = printer.printRange()
    if print_range == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1) - 1
        last = min(printer.toPage() if printer.toPage() > 0 else page_count, page_count) - 1
        pages = list(range(first, last + 1))
    elif print_range == QPrinter.PrintRange.CurrentPage:
        pages = [min(max(current_page, 0), page_count - 1)] if page_count else []
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def _sheet_sequence(printer: QPrinter, pages: list[int]) -> list[int]:
    """Pages in the order they go to the printer, with copies the printer cannot make itself."""
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if copies == 1:
        return list(pages)
    if printer.collateCopies():
        return [page for _ in range(copies) for page in pages]
    return [page for page in pages for _ in range(copies)]


def _draw_page(painter: QPainter, document: QPdfDocument, page: int, target: QRectF, dpi_ratio: float) -> None:
    """Render one page into ``target`` (device pixels), in bands of at most BAND_PIXELS."""
    width = max(1, round(target.width() * dpi_ratio))
    height = max(1, round(target.height() * dpi_ratio))
    scale_x = target.width() / width
    scale_y = target.height() / height
    band_height = max(64, BAND_PIXELS // width)
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(QSize(width, height))
    top = 0
    while top < height:
        rows = min(band_height, height - top)
        options.setScaledClipRect(QRect(0, top, width, rows))
        image = document.render(page, QSize(width, rows), options)
        band = QRectF(target.left(), target.top() + top * scale_y, width * scale_x, rows * scale_y)
        painter.drawImage(band, image)
        top += rows


def print_pdf(document: QPdfDocument, printer: QPrinter, *, current_page: int = 0) -> int:
    """Print the loaded ``document`` on ``printer``; returns the number of sheets sent.

    Each page is scaled to fit the printer's paper (exactly 1:1 when the
    paper is the PDF's own size, see :func:`prepare_printer`) and centred.
    Raises :class:`PrintError` when the printer cannot be started.
    """
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError("there is nothing to print")
    sheets = _sheet_sequence(printer, _pages_to_print(printer, document.pageCount(), current_page))
    if not sheets:
        raise PrintError("the chosen pages are not in the document")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("the printer could not be started")
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        resolution = max(printer.resolution(), 1)
        dpi_ratio = min(1.0, MAX_RENDER_DPI / resolution)
        for index, page in enumerate(sheets):
            if index and not printer.newPage():
                raise PrintError(f"the printer stopped after {index} pages")
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            page_points = document.pagePointSize(page)
            page_pixels = QSizeF(page_points.width() * resolution / 72.0, page_points.height() * resolution / 72.0)
            fit = min(paper.width() / page_pixels.width(), paper.height() / page_pixels.height())
            size = QSizeF(page_pixels.width() * fit, page_pixels.height() * fit)
            origin = QPointF((paper.width() - size.width()) / 2, (paper.height() - size.height()) / 2)
            _draw_page(painter, document, page, QRectF(origin, size), dpi_ratio)
    finally:
        painter.end()
    return len(sheets)


def pdf_file_of(printer: QPrinter) -> Path | None:
    """The file the user chose in the print dialog's "Print to file" (PDF), else ``None``.

    Printing to a file must give the document itself, not pages drawn as
    images by the printer engine: the caller writes the PDF's own bytes there
    (the same file "Save as PDF" writes, which ``verify`` recognises)."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not printer.outputFileName():
        return None
    path = Path(printer.outputFileName())
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def pdf_for_file(data: bytes, printer: QPrinter, *, current_page: int = 0) -> bytes:
    """What "Print to file" writes: the PDF's own bytes, or only the pages chosen in the print dialog
    (copied as they are, still vector)."""
    import io

    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    pages = _pages_to_print(printer, len(reader.pages), current_page)
    if pages == list(range(len(reader.pages))):
        return data
    writer = PdfWriter()
    for page in pages:
        writer.add_page(reader.pages[page])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def send_pdf_to_printer(data: bytes, printer: QPrinter, *, current_page: int = 0) -> bool:
    """Send the PDF itself (vector pages) to a printer of the system's print spooler, where there is one.

    On Linux and macOS a printer set up in CUPS takes a PDF as it is (``lp``),
    so nothing is drawn as an image on the way; the pages chosen and the
    copies go as options.  Returns ``False`` when this path is not open (no
    ``lp``, Windows, a printer to a file, or ``lp`` refusing), and the caller
    draws the pages through Qt instead.
    """
    import shutil
    import subprocess
    import sys

    lp = shutil.which("lp")
    if sys.platform.startswith("win") or lp is None or printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return False
    name = printer.printerName()
    if not name:
        return False
    command = [lp, "-d", name, "-n", str(max(printer.copyCount(), 1)), "-t", printer.docName() or "act"]
    if printer.printRange() in (QPrinter.PrintRange.PageRange, QPrinter.PrintRange.CurrentPage):
        import io

        from pypdf import PdfReader

        count = len(PdfReader(io.BytesIO(data)).pages)
        pages = sorted(page + 1 for page in _pages_to_print(printer, count, current_page))
        if not pages:
            return False
        command += ["-o", f"page-ranges={pages[0]}-{pages[-1]}"]
    if printer.duplex() != QPrinter.DuplexMode.DuplexNone:
        command += ["-o", "sides=two-sided-long-edge"]
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("lp could not be run (%s); the pages are drawn instead", error)
        return False
    if done.returncode != 0:
        log.warning("lp refused the PDF (%s); the pages are drawn instead", done.stderr.decode(errors="replace").strip())
        return False
    return True


def print_error_text(error: PrintError) -> str:
    """Why printing failed, in the program's language."""
    text = str(error)
    known = {
        "there is nothing to print": QCoreApplication.translate("PdfPreview", "there is nothing to print"),
        "the chosen pages are not in the document": QCoreApplication.translate("PdfPreview", "the chosen pages are not in the document"),
        "the printer could not be started": QCoreApplication.translate("PdfPreview", "the printer could not be started"),
    }
    if text.startswith("the printer stopped after "):
        return QCoreApplication.translate("PdfPreview", "the printer stopped in the middle of the job")
    return known.get(text, text)


# --- the preview widget -----------------------------------------------------------------------

class PdfPreview(QWidget):
    """PDF pages with zoom, paging, Print and Save as PDF.

    Give it bytes with :meth:`set_pdf`; :attr:`document` is the loaded
    :class:`QPdfDocument` (``status()`` is ``Ready`` once shown).
    """

    printed = Signal(int)
    """Emitted with the number of sheets after a successful print."""
    saved = Signal(str)
    """Emitted with the path after Save as PDF."""

    def __init__(self, parent: QWidget | None = None, *, printable: bool = True, savable: bool = True) -> None:
        super().__init__(parent)
        self._data = b""
        self._buffer: QBuffer | None = None
        self.suggested_name = "document.pdf"
        self.copies = 1
        """How many copies of the document the PDF holds, one after the other (said beside the page number)."""
        self.last_directory = ""
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setMinimumSize(360, 300)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.action_previous = self._action("◀", self.previous_page, QKeySequence.StandardKey.MoveToPreviousPage,
                                            tip=self.tr("Previous page"))
        self.page_label = QLabel(self)
        self.page_label.setMinimumWidth(110)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar.addWidget(self.page_label)
        self.action_next = self._action("▶", self.next_page, QKeySequence.StandardKey.MoveToNextPage, tip=self.tr("Next page"))
        self.toolbar.addSeparator()
        self.action_zoom_out = self._action("−", self.zoom_out, QKeySequence.StandardKey.ZoomOut, tip=self.tr("Zoom out"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(56)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar.addWidget(self.zoom_label)
        self.action_zoom_in = self._action("+", self.zoom_in, QKeySequence.StandardKey.ZoomIn, tip=self.tr("Zoom in"))
        self.action_fit_width = self._action(self.tr("Fit width"), self.fit_width)
        self.action_fit_page = self._action(self.tr("Whole page"), self.fit_page)
        self.toolbar.addSeparator()
        self.action_print = self._action(self.tr("Print…"), self.print_with_dialog, QKeySequence.StandardKey.Print)
        self.action_save = self._action(self.tr("Save as PDF…"), self.save_with_dialog)
        self.action_print.setVisible(printable)
        self.action_save.setVisible(printable and savable)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)

        # the zoom a fit mode gives follows the viewport's size, known only once the view has laid itself out
        self.view.viewport().installEventFilter(self)
        self.view.pageNavigator().currentPageChanged.connect(self._update_labels)
        self.view.zoomFactorChanged.connect(self._update_labels)
        self.view.zoomModeChanged.connect(self._update_labels)
        self.document.statusChanged.connect(self._update_labels)
        self.document.pageCountChanged.connect(self._update_labels)
        self._update_labels()

    def _action(self, text: str, slot, shortcut=None, *, tip: str = "") -> QAction:
        action = QAction(text, self)
        if tip:
            action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # --- content -------------------------------------------------------------------------------

    def set_pdf(self, data: bytes, *, suggested_name: str = "document.pdf", copies: int = 1) -> bool:
        """Show the PDF ``data`` (holding ``copies`` copies of the document, one after the other); True when it loaded."""
        self.document.close()
        self._data = bytes(data)
        self.suggested_name = suggested_name
        self.copies = max(1, copies)
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self._data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        ready = self.document.status() == QPdfDocument.Status.Ready
        if not ready:
            log.warning("PDF did not load: %s", self.document.error())
        self._update_labels()
        return ready

    def pdf_bytes(self) -> bytes:
        return self._data

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """0-based page shown at the top of the view."""
        return self.view.pageNavigator().currentPage()

    # --- paging and zoom -----------------------------------------------------------------------

    def go_to_page(self, page: int) -> None:
        if self.page_count() == 0:
            return
        page = min(max(page, 0), self.page_count() - 1)
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._update_labels()

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def zoom_factor(self) -> float:
        return float(self.view.zoomFactor())

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1]))
        self._update_labels()

    def _effective_zoom(self) -> float:
        """The zoom shown now; in a fit mode, estimated from the page and viewport widths."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.zoom_factor()
        page = self.document.pagePointSize(0)
        dpi = self.logicalDpiX() / 72.0
        viewport = self.view.viewport().size()
        by_width = max(viewport.width() - 2 * 6, 1) / max(page.width() * dpi, 1)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return by_width
        return min(by_width, max(viewport.height() - 12, 1) / max(page.height() * dpi, 1))

    def zoom_in(self) -> None:
        current = self._effective_zoom()
        self.set_zoom(next((z for z in ZOOM_STEPS if z > current + 0.001), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self._effective_zoom()
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < current - 0.001), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_labels()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_labels()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_labels()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._update_labels()
        return super().eventFilter(watched, event)

    def _update_labels(self, *_args) -> None:
        count = self.page_count()
        page = self.current_page() + 1 if count else 0
        text = self.tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(count))
        if self.copies > 1 and count and count % self.copies == 0:  # say that the pages are the copies, one after the other
            per_copy = count // self.copies
            text = self.tr("{page} · copy {copy} of {copies}").format(page=text, copy=(page - 1) // per_copy + 1, copies=self.copies)
        self.page_label.setText(text)
        self.zoom_label.setText(f"{round(self._effective_zoom() * 100)}\u00a0%")
        has_pages = count > 0
        self.action_previous.setEnabled(has_pages and page > 1)
        self.action_next.setEnabled(has_pages and page < count)
        for action in (self.action_zoom_in, self.action_zoom_out, self.action_fit_width, self.action_fit_page,
                       self.action_print, self.action_save):
            action.setEnabled(has_pages)

    # --- print and save ------------------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> int:
        """Print on an already set-up printer; returns the number of sheets.  Printing to a PDF file writes
        the document's own bytes (see :func:`pdf_file_of`)."""
        target = pdf_file_of(printer)
        if target is not None and self._data:
            data = pdf_for_file(self._data, printer, current_page=self.current_page())
            write_file(data, target, what="act.pdf")
            pages = len(_pages_to_print(printer, self.page_count(), self.current_page()))
            self.printed.emit(pages)
            return pages
        if self._data and send_pdf_to_printer(self._data, printer, current_page=self.current_page()):
            pages = len(_pages_to_print(printer, self.page_count(), self.current_page()))
            self.printed.emit(pages)
            return pages
        sheets = print_pdf(self.document, printer, current_page=self.current_page())
        self.printed.emit(sheets)
        return sheets

    def new_printer(self) -> QPrinter:
        """A printer set to the PDF's paper, full page, named after the document."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, self.document, name=Path(self.suggested_name).stem)
        return printer

    def exec_print_dialog(self, printer: QPrinter) -> bool:
        """Ask which printer and pages; a separate method so tests can answer for the user."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(self.page_count(), 1))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_with_dialog(self) -> int:
        """Print after the print dialog; returns the number of sheets (0 when cancelled)."""
        if self.page_count() == 0:
            return 0
        printer = self.new_printer()
        if not self.exec_print_dialog(printer):
            return 0
        try:
            return self.print_to(printer)
        except PrintError as error:
            QMessageBox.warning(self, self.tr("Printing failed"),
                                self.tr("The document was not printed: %1. Check that the printer is on and has paper, then try again.")
                                .replace("%1", self._print_error_text(error)))
            return 0

    def _print_error_text(self, error: PrintError) -> str:
        return print_error_text(error)

    def ask_save_path(self) -> str:
        """Where to save; a separate method so tests can answer for the user."""
        directory = self.last_directory or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path(directory) / self.suggested_name), self.tr("PDF files (*.pdf)")
        )
        return path

    def save_to(self, path: str | Path) -> Path:
        """Write the PDF bytes to ``path`` (``.pdf`` added when missing)."""
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        write_file(self._data, path, what="act.pdf")
        self.last_directory = str(path.parent)
        self.saved.emit(str(path))
        return path

    def save_with_dialog(self) -> str:
        """Save as PDF after asking where; returns the path ('' when cancelled or failed)."""
        if not self._data:
            return ""
        path = self.ask_save_path()
        if not path:
            return ""
        try:
            return str(self.save_to(path))
        except DeskError as error:  # a database or a folder chosen, a full disk, a read-only folder
            errors.show_error(self, error)
            return ""


class PreviewDialog(QDialog):
    """A window with a :class:`PdfPreview` and a Close button."""

    def __init__(self, data: bytes, *, title: str = "", suggested_name: str = "document.pdf",
                 printable: bool = True, copies: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Preview"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.preview = PdfPreview(self, printable=printable)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 1000)  # a page and its Close button, never taller than the screen
        self.preview.set_pdf(data, suggested_name=suggested_name, copies=copies)
