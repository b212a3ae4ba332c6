"""What the act editor does with the act as a document and through its life: preview, print and save as
PDF (the certificate rendered in the background), finalize, record as signed with its scan, void, open an
attachment: :class:`ActEditorActions`, a part of :class:`~.editor.ActEditorDialog`.

Its words are in the editor's translation context (``ActEditorDialog``), as the window shows them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QMessageBox,
)

from equipment_desk.core.errors import DeskError
from equipment_desk.core.files import write_file
from equipment_desk.store import acts as acts_store
from equipment_desk.store.changes import perform
from equipment_desk.store.database import database_file
from equipment_desk.ui import errors
from equipment_desk.ui.acts.attachments import open_attachment
from equipment_desk.ui.acts.dialogs import FinalizeDialog, SignDialog, VoidDialog, show_error
from equipment_desk.ui.widgets.files import ask_open_file

log = logging.getLogger(__name__)


def render_act_pdf(context: Any, act_id: int, *, copies: int = 1) -> bytes:
    """The certificate of act ``act_id`` as PDF bytes, by the command line's own call
    (``documents.printing.certificate_pdf``), so both print the same bytes; runs in a worker."""
    from equipment_desk.documents.printing import certificate_pdf

    return certificate_pdf(db=context.db, act_id=act_id, copies=copies)


class ActEditorActions:
    """Documents and the life of the act (mixed into :class:`~.editor.ActEditorDialog`)."""

    def suggested_file_name(self) -> str:
        number = self.row.get("number")
        return f"{number}.pdf" if number else f"draft-act-{self.act_id}.pdf"

    def print_copies(self) -> int:
        if self.settings is not None:
            try:
                return max(1, min(int(self.settings.get("print_copies")), 10))
            except (TypeError, ValueError, KeyError):
                pass
        return 2

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy_label.setText(text)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
        self._update_buttons()

    def render_pdf(self, on_done, *, copies: int = 1) -> bool:
        """Render the certificate in the background; ``on_done(pdf_bytes)`` runs on the GUI thread.

        A draft's unsaved header is saved first, so the PDF shows what the form shows.
        """
        if self._busy:
            return False
        if self.is_draft and not self.save():
            return False
        self._set_busy(True, QCoreApplication.translate("ActEditorDialog", "Preparing the certificate…"))

        def done(data: bytes) -> None:
            self._set_busy(False)
            self.last_pdf = data
            try:
                on_done(data)
            finally:
                self._delete_if_asked()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            try:
                show_error(self, error)
            finally:
                self._delete_if_asked()

        self.tasks.run(render_act_pdf, self.act_id, copies=copies, on_done=done, on_error=failed)
        return True

    def deleteLater(self) -> None:
        """Delete the window, but not before a certificate being rendered has been printed or saved.

        The main window may open an editor only to print (``print_act()``
        then ``deleteLater()``); the rendering still runs in the background.
        """
        if self._busy:
            self._delete_when_idle = True
            return
        super().deleteLater()

    def _delete_if_asked(self) -> None:
        if getattr(self, "_delete_when_idle", False):
            self._delete_when_idle = False
            super().deleteLater()

    def preview(self) -> None:
        """Show the certificate as it will print, inside the program."""
        def show(data: bytes) -> None:
            from equipment_desk.ui.preview import PreviewDialog

            if self.preview_dialog is not None:
                self.preview_dialog.close()
                self.preview_dialog.deleteLater()
            title = QCoreApplication.translate("ActEditorDialog", "Preview — %1").replace("%1", self.windowTitle().replace("[*]", ""))
            self.preview_dialog = PreviewDialog(data, title=title, suggested_name=self.suggested_file_name(),
                                                copies=self.print_copies(), parent=self)  # says the pages are the copies
            if self.settings is not None:
                self.preview_dialog.preview.last_directory = self.settings.last_folder("pdf")
            copies = self.print_copies()
            self.preview_dialog.preview.saved.connect(lambda _path: self.record_print(data, copies))
            self.preview_dialog.preview.printed.connect(lambda _sheets: self.record_print(data, copies))
            self.preview_dialog.show()

        self.render_pdf(show, copies=self.print_copies())

    def record_print(self, data: bytes, copies: int) -> None:
        """Record a saved or printed certificate as issued, so ``verify`` accepts the file byte for byte later."""
        from equipment_desk.documents.printing import record_print

        try:
            record_print(db=self.db, act_ids=[self.act_id], source=data, copies=copies)
        except DeskError as error:  # the print is made; only its record is missing (verify falls back to a reprint)
            log.warning("the print of act %s was not recorded: %s", self.act_id, error)

    def exec_print_dialog(self, printer: QPrinter, page_count: int) -> bool:
        """Ask which printer and pages; a separate method so tests can answer for the user."""
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(page_count, 1))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_act(self, printer: QPrinter | None = None) -> None:
        """Print the certificate (``print_copies`` copies, one per party); asks for the printer unless given one."""
        def send(data: bytes) -> None:
            from equipment_desk.ui.preview import (
                PrintError,
                load_pdf,
                pdf_file_of,
                pdf_for_file,
                prepare_printer,
                print_error_text,
                print_pdf,
                send_pdf_to_printer,
            )

            document = load_pdf(data, self)
            try:
                target = printer
                if target is None:
                    target = QPrinter(QPrinter.PrinterMode.HighResolution)
                    prepare_printer(target, document, name=Path(self.suggested_file_name()).stem)
                    if not self.exec_print_dialog(target, document.pageCount()):
                        return
                else:
                    prepare_printer(target, document, name=Path(self.suggested_file_name()).stem)
                file = pdf_file_of(target)
                if file is not None:  # "Print to file": the act's own PDF, not pages drawn as images
                    try:
                        write_file(pdf_for_file(data, target), file, protected=[database_file(self.db)], what="act.pdf")
                    except DeskError as error:
                        errors.show_error(self, error)
                        return
                    self.record_print(data, self.print_copies())
                    self.busy_label.setText(QCoreApplication.translate("ActEditorDialog", "Saved %1").replace("%1", file.name))
                    return
                if send_pdf_to_printer(data, target):  # the PDF itself, vector, where the spooler takes it
                    self.record_print(data, self.print_copies())
                    self.busy_label.setText(QCoreApplication.translate("ActEditorDialog", "Sent %1 pages to the printer.").replace("%1", str(document.pageCount())))
                    return
                sheets = print_pdf(document, target)
                self.record_print(data, self.print_copies())
                self.busy_label.setText(QCoreApplication.translate("ActEditorDialog", "Sent %1 pages to the printer.").replace("%1", str(sheets)))
            except PrintError as error:
                QMessageBox.warning(self, QCoreApplication.translate("ActEditorDialog", "Printing failed"),
                                    QCoreApplication.translate("ActEditorDialog", "The act was not printed: %1. Check the printer and try again.").replace("%1", print_error_text(error)))
            finally:
                document.close()
                document.deleteLater()

        self.render_pdf(send, copies=self.print_copies())

    def ask_pdf_path(self, suggested: str) -> str:
        """Where to save the PDF; a separate method so tests can answer for the user."""
        folder = self.settings.last_folder("pdf") if self.settings is not None else ""
        folder = folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(self, QCoreApplication.translate("ActEditorDialog", "Save the act as PDF"), str(Path(folder) / suggested),
                                                    QCoreApplication.translate("ActEditorDialog", "PDF files (*.pdf)"))
        return path

    def save_pdf(self, path: str | None = None) -> None:
        """Save one copy of the certificate as a PDF file (asks where unless given a path)."""
        def write(data: bytes) -> None:
            from equipment_desk.documents.printing import write_pdf

            target = path or self.ask_pdf_path(self.suggested_file_name())
            if not target:
                return
            file = Path(target)
            if file.suffix.lower() != ".pdf":
                file = file.with_name(file.name + ".pdf")
            try:
                write_pdf(data, file, protected=[database_file(self.db)])
            except DeskError as error:  # the database or a folder chosen, a full disk, a read-only folder
                errors.show_error(self, error)
                return
            self.record_print(data, 1)
            if self.settings is not None:
                self.settings.remember_folder("pdf", file)
            self.busy_label.setText(QCoreApplication.translate("ActEditorDialog", "Saved %1").replace("%1", file.name))

        self.render_pdf(write, copies=1)

    # ----------------------------------------------------------------------------------- life of the act

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Show a confirmation dialog; a separate method so tests can answer for the user."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def finalize(self) -> str | None:
        """Confirm and finalize; returns the number given, or None."""
        if not self.is_draft or not self.save():
            return None
        dialog = FinalizeDialog(db=self.db, act_id=self.act_id, parent=self)
        try:
            if not self.exec_dialog(dialog) or not dialog.ready:
                return None
        finally:
            dialog.deleteLater()
        try:
            done = perform(acts_store.finalize_act, db=self.db, act_id=self.act_id)
        except DeskError as error:
            show_error(self, error)
            self.reload()
            return None
        self._touched = True
        self.reload()
        self.report(done.changes)
        return done.value["number"]

    def _ask(self, dialog: QDialog, answer: Callable[[Any], Any]) -> Any:
        """``answer(dialog)`` once the user accepts ``dialog``, None when cancelled; the dialog is let go either way."""
        try:
            if not self.exec_dialog(dialog):
                return None
            return answer(dialog)
        finally:
            dialog.deleteLater()

    def _apply(self, run: Callable[[], Any], *, scan: str | None = None) -> bool:
        """``run()`` (a ``perform`` of a store write on this act); on success remember the folder of ``scan``
        (if any), reload and report what changed; on refusal show why."""
        try:
            done = run()
        except DeskError as error:
            show_error(self, error)
            return False
        if scan and self.settings is not None:
            self.settings.remember_folder("scan", scan)
        self.reload()
        self.report(done.changes)
        return True

    def mark_signed(self) -> bool:
        if self.status != "finalized":
            return False
        folder = self.settings.last_folder("scan") if self.settings is not None else ""
        dialog = SignDialog(act_date=self.row.get("act_date"), number=self.row.get("number") or "", last_folder=folder, parent=self)
        answer = self._ask(dialog, lambda d: (d.signed_date(), d.scan_path()))
        if answer is None:
            return False
        signed_date, scan = answer
        return self._apply(lambda: perform(acts_store.sign_act, db=self.db, act_id=self.act_id, signed_date=signed_date,
                                           scan_path=scan), scan=scan)

    def ask_scan_path(self) -> str:
        folder = self.settings.last_folder("scan") if self.settings is not None else ""
        return ask_open_file(self, QCoreApplication.translate("ActEditorDialog", "Choose the signed scan"),
                             QCoreApplication.translate("ActEditorDialog", "Scans (*.pdf *.jpg *.jpeg *.png)"), folder)

    def attach_scan(self) -> bool:
        if self.status != "signed" or self.row.get("signed_scan_id") is not None:
            return False
        path = self.ask_scan_path()
        if not path:
            return False
        return self._apply(lambda: perform(acts_store.attach_signed_scan, db=self.db, act_id=self.act_id, scan_path=path))

    def rescan(self) -> bool:
        """Replace the signed scan: the new file and the reason are asked; the store keeps the old one."""
        from equipment_desk.ui.acts.rescan import RescanDialog

        scan_id = self.row.get("signed_scan_id")
        if self.status != "signed" or scan_id is None:
            return False
        current = next((a["filename"] for a in acts_store.list_attachments(db=self.db, act_id=self.act_id) if a["id"] == scan_id), "")
        folder = self.settings.last_folder("scan") if self.settings is not None else ""
        dialog = RescanDialog(number=self.row.get("number") or "", current=current, last_folder=folder, parent=self)
        answer = self._ask(dialog, lambda d: (d.scan_path(), d.reason()))
        if answer is None:
            return False
        path, reason = answer
        return self._apply(lambda: perform(acts_store.replace_signed_scan, db=self.db, act_id=self.act_id, scan_path=path,
                                           reason=reason), scan=path)

    def void(self) -> bool:
        if self.status not in ("finalized", "signed"):
            return False
        dialog = VoidDialog(number=self.row.get("number") or "", parent=self)
        answer = self._ask(dialog, lambda d: d.reason())
        if answer is None:
            return False
        return self._apply(lambda: perform(acts_store.void_act, db=self.db, act_id=self.act_id, reason=answer))

    def _open_attachment_item(self, item: QListWidgetItem) -> None:
        viewer = open_attachment(db=self.db, attachment_id=item.data(Qt.ItemDataRole.UserRole), parent=self)
        if viewer is not None:
            self.attachment_windows = [w for w in self.attachment_windows if w.isVisible()] + [viewer]

    def open_selected_attachment(self) -> None:
        item = self.attachments_list.currentItem()
        if item is not None:
            self._open_attachment_item(item)
