"""Small dialogs around an act's life: finalize, mark as signed, void, view attachments.

Each dialog only *asks*; the act editor calls the store function with the
answer (``finalize_act``, ``sign_act``, ``void_act``) and refreshes from
what it returns.

- :class:`FinalizeDialog` shows the number the act is about to receive
  (``store.acts.next_number``) and, when the draft is not ready, every
  problem of ``finalize_problems`` in plain words (and cannot be accepted).
- :class:`SignDialog`: the signing date (calendar) and the signed scan
  (PDF, JPG or PNG).
- :class:`VoidDialog`: the reason, required.
- :class:`AttachmentDialog`: a photo, warranty or other document (PDF, JPG
  or PNG) to keep with an act or an item (``store.acts.add_attachment``).
- :class:`AttachmentViewer`: a PDF attachment in the preview widget, an
  image in a scroll area; both can be saved as a copy.

The module also holds the few helpers the act windows share: the words for
codes (currency, rate type, transfer type…), problem messages and the
error message box.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.errors import DeskError, Problem
from equipment_desk.core.files import write_file
from equipment_desk.core.money import format_amount
from equipment_desk.store import acts as acts_store
from equipment_desk.ui import errors
from equipment_desk.ui.models import format_date
from equipment_desk.ui.screen import fit_to_screen

log = logging.getLogger(__name__)

SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")
DATE_FORMAT = "dd.MM.yyyy"
ATTACHMENT_KINDS = ("photo", "warranty", "other")
"""The kinds of file a person may add to an act or an item (the signed scan has its own way in)."""


# --- shared helpers ------------------------------------------------------------------------------

def ui_language() -> str:
    """``"ru"`` when the program speaks Russian, else ``"en"`` (for names and amounts)."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def pick(row: dict[str, Any], prefix: str, lang: str | None = None) -> str:
    """The ``{prefix}_ru`` or ``{prefix}_en`` text of a row in the UI language, falling back to the other."""
    lang = lang or ui_language()
    other = "en" if lang == "ru" else "ru"
    return (row.get(f"{prefix}_{lang}") or row.get(f"{prefix}_{other}") or "").strip()


def status_text(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("ActWords", "Draft"),
        "finalized": QCoreApplication.translate("ActWords", "Finalized"),
        "signed": QCoreApplication.translate("ActWords", "Signed"),
        "void": QCoreApplication.translate("ActWords", "Void"),
    }.get(status, status)


def transfer_type_text(code: str) -> str:
    return {
        "title": QCoreApplication.translate("ActWords", "Ownership passes to the recipient"),
        "custody": QCoreApplication.translate("ActWords", "Custody and use only"),
    }.get(code, code)


def rate_type_text(code: str | None) -> str:
    return {
        "unore": QCoreApplication.translate("ActWords", "UN operational rate of exchange"),
        "national_bank": QCoreApplication.translate("ActWords", "National bank rate"),
        "other": QCoreApplication.translate("ActWords", "Other rate"),
    }.get(code or "", code or "")


def language_name(code: str) -> str:
    return {"en": QCoreApplication.translate("ActWords", "English"), "ru": QCoreApplication.translate("ActWords", "Russian"), "kk": QCoreApplication.translate("ActWords", "Kazakh"), "tg": QCoreApplication.translate("ActWords", "Tajik")}.get(code, code)


def language_pair_text(pair: str) -> str:
    """``"ru,en"`` -> "Russian and English"."""
    parts = [language_name(code) for code in pair.split(",")]
    text = QCoreApplication.translate("ActWords", "%1 and %2").replace("%1", parts[0]).replace("%2", parts[-1])
    return text[:1].upper() + text[1:]


def currency_text(code: str) -> str:
    names = {
        "KGS": QCoreApplication.translate("ActWords", "Kyrgyz som"),
        "UZS": QCoreApplication.translate("ActWords", "Uzbek sum"),
        "KZT": QCoreApplication.translate("ActWords", "Kazakh tenge"),
        "TJS": QCoreApplication.translate("ActWords", "Tajik somoni"),
        "TMT": QCoreApplication.translate("ActWords", "Turkmen manat"),
        "USD": QCoreApplication.translate("ActWords", "US dollar"),
        "EUR": QCoreApplication.translate("ActWords", "Euro"),
    }
    return f"{code} — {names[code]}" if code in names else code


def category_text(code: str) -> str:
    return {
        "computers": QCoreApplication.translate("ActWords", "Computers and IT"),
        "medical": QCoreApplication.translate("ActWords", "Medical equipment"),
        "endoscopes": QCoreApplication.translate("ActWords", "Endoscopes"),
        "office": QCoreApplication.translate("ActWords", "Office equipment"),
        "vehicles": QCoreApplication.translate("ActWords", "Vehicles"),
        "other": QCoreApplication.translate("ActWords", "Other"),
    }.get(code, code)


def attachment_kind_text(kind: str) -> str:
    return {
        "signed_scan": QCoreApplication.translate("ActWords", "Signed scan"),
        "photo": QCoreApplication.translate("ActWords", "Photo"),
        "warranty": QCoreApplication.translate("ActWords", "Warranty or technical documents"),
        "other": QCoreApplication.translate("ActWords", "Other document"),
    }.get(kind, kind)


def attachment_short_kind(kind: str) -> str:
    """The kind in a word or two, for lists."""
    return {
        "signed_scan": QCoreApplication.translate("ActWords", "Signed scan"),
        "photo": QCoreApplication.translate("ActWords", "Photo"),
        "warranty": QCoreApplication.translate("ActWords", "Warranty"),
        "other": QCoreApplication.translate("ActWords", "Document"),
    }.get(kind, kind)


def attachment_text(attachment: dict[str, Any]) -> str:
    """How an attachment is listed: ``Photo: front-panel.jpg``."""
    return QCoreApplication.translate("ActWords", "%1: %2").replace("%1", attachment_short_kind(attachment["kind"])).replace(
        "%2", attachment["filename"])


def attachment_tooltip(attachment: dict[str, Any]) -> str:
    """Size, who added it and when; how to open it."""
    size = int(attachment.get("size") or 0)
    if size >= 1024 * 1024:
        shown = QCoreApplication.translate("ActWords", "%1 MB").replace("%1", QLocale().toString(size / (1024 * 1024), "f", 1))
    else:
        shown = QCoreApplication.translate("ActWords", "%1 KB").replace("%1", str(max(1, round(size / 1024))))
    added = (QCoreApplication.translate("ActWords", "Added by %1 on %2").replace("%1", attachment.get("added_by") or "—")
             .replace("%2", format_date(attachment.get("added_at"))))
    return "\n".join((attachment["filename"], f"{attachment_kind_text(attachment['kind'])}, {shown}", added,
                      QCoreApplication.translate("ActWords", "Double-click to open")))


def unit_text(code: str) -> str:
    from equipment_desk.core.units import unit_label

    return unit_label(code, ui_language())


def money(minor: int | None, currency: str) -> str:
    if minor is None:
        return "—"
    return format_amount(minor, currency, ui_language())


def problem_text(problem: Problem) -> str:
    """A problem in the program's language, without the field name (shown beside the field)."""
    return errors.problem_text(problem, with_field=False)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong and what to do (the shell's message box)."""
    errors.show_error(parent, error)


def run_guarded(parent: QWidget | None, action: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a store call; expected errors become a message box. Returns ``(ok, result)``."""
    try:
        return True, action()
    except DeskError as error:
        show_error(parent, error)
        return False, None


def _warning_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a1260d;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def make_date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumWidth(130)
    return edit


# --- finalize ---------------------------------------------------------------------------------

class FinalizeDialog(QDialog):
    """Confirm finalizing: the number about to be assigned, or what is still missing."""

    def __init__(self, *, db: sqlite_utils.Database, act_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finalize act"))
        self.problems: list[Problem] = acts_store.finalize_problems(db=db, act_id=act_id)
        self.number: str | None = None
        number_problem = ""
        try:
            self.number = acts_store.next_number(db=db, act_id=act_id)
        except DeskError as error:
            number_problem = errors.error_text(error)

        intro = QLabel(self.tr(
            "Finalizing gives the act its number and freezes its content. Afterwards the act can be "
            "printed, recorded as signed or voided, but not changed."), self)
        intro.setWordWrap(True)

        self.number_label = QLabel(self)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.number_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.number_label.setFont(font)
        caption = QLabel(self.tr("The act will be numbered:"), self)
        if self.number:
            self.number_label.setText(self.number)
        else:
            self.number_label.setText("—")

        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setStyleSheet("color: #a1260d;")
        messages = [problem_text(p) for p in self.problems]
        if number_problem and not messages:
            messages.append(number_problem)
        if messages:
            items = "".join(f"<li>{_escape(m[:1].upper() + m[1:])}</li>" for m in messages)
            self.problems_label.setText(self.tr("Before the act can be finalized:") + f"<ul>{items}</ul>")
        else:
            self.problems_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.finalize_button = self.buttons.addButton(self.tr("Finalize"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.finalize_button.setEnabled(not messages and self.number is not None)
        self.finalize_button.setDefault(self.finalize_button.isEnabled())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        number_row = QHBoxLayout()
        number_row.addWidget(caption)
        number_row.addWidget(self.number_label, 1)
        layout.addLayout(number_row)
        layout.addWidget(self.problems_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    @property
    def ready(self) -> bool:
        return self.finalize_button.isEnabled()

    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.ready:
            super().accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- mark as signed -------------------------------------------------------------------------

class SignDialog(QDialog):
    """When the act was signed and stamped, and its scanned copy."""

    def __init__(self, *, act_date: str | None, number: str = "", last_folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record as signed"))
        self.last_folder = last_folder
        self._act_date = QDate.fromString(act_date, "yyyy-MM-dd") if act_date else QDate()

        intro = QLabel(self.tr("Record that act %1 came back signed and stamped by both parties, "
                               "and keep its scanned copy with it.").replace("%1", number), self)
        intro.setWordWrap(True)
        self.intro_label = intro

        self.date_edit = make_date_edit(self)
        today = QDate.currentDate()
        if self._act_date.isValid():
            self.date_edit.setMinimumDate(self._act_date)
        self.date_edit.setDate(max(today, self._act_date) if self._act_date.isValid() else today)

        self.scan_edit = QLineEdit(self)
        self.scan_edit.setPlaceholderText(self.tr("PDF, JPG or PNG file"))
        self.scan_edit.setMinimumWidth(320)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose_scan)
        scan_row = QHBoxLayout()
        scan_row.setContentsMargins(0, 0, 0, 0)
        scan_row.addWidget(self.scan_edit, 1)
        scan_row.addWidget(self.choose_button)

        self.note = QLabel(self.tr("Without a scan the act is still recorded as signed; "
                                   "the scan can be attached later."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.error_label = _warning_label(self)

        form = QFormLayout()
        form.addRow(self.tr("Signed on:"), self.date_edit)
        form.addRow(self.tr("Scanned copy:"), scan_row)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Record as signed"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.date_edit, self.scan_edit)
        self.setTabOrder(self.scan_edit, self.choose_button)

    def signed_date(self) -> str:
        """ISO date."""
        return self.date_edit.date().toString("yyyy-MM-dd")

    def scan_path(self) -> str | None:
        text = self.scan_edit.text().strip()
        return text or None

    def ask_scan_path(self) -> str:
        """The file dialog; a separate method so tests can answer for the user."""
        start = self.last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the scanned copy"), start,
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        return path

    def choose_scan(self) -> None:
        path = self.ask_scan_path()
        if path:
            self.scan_edit.setText(path)
            self.last_folder = str(Path(path).parent)
            self.validate()

    def validate(self) -> bool:
        """Check the chosen file before the store does; shows the problem under the fields."""
        message = ""
        path = self.scan_path()
        if path:
            file = Path(path)
            if not file.is_file():
                message = self.tr("The scanned copy was not found: %1").replace("%1", path)
            elif file.suffix.lower() not in SCAN_SUFFIXES:
                message = self.tr("The scanned copy must be a PDF, JPG or PNG file.")
        if self._act_date.isValid() and self.date_edit.date() < self._act_date:
            message = self.tr("The signing date cannot be before the act's date.")
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        return not message

    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.validate():
            super().accept()


# --- void -------------------------------------------------------------------------------------

class VoidDialog(QDialog):
    """Why the act is voided (required)."""

    def __init__(self, *, number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Void act"))
        intro = QLabel(self.tr("Act %1 will be marked void. It stays in the register with its number, "
                               "which is never given to another act. This cannot be undone.").replace("%1", number), self)
        intro.setWordWrap(True)
        caption = QLabel(self.tr("Reason (required):"), self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. wrong recipient; replaced by a new act"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(90)
        caption.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(self)
        self.void_button = self.buttons.addButton(self.tr("Void act"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.void_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(caption)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update(self) -> None:
        self.void_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.reason():
            super().accept()


# --- attachments -----------------------------------------------------------------------------

class AttachmentDialog(QDialog):
    """A photo, warranty or other document to keep with an act or an item: the file and what it is.

    Only asks; the caller stores the answer with ``store.acts.add_attachment``
    (:meth:`file_path`, :meth:`kind`).
    """

    def __init__(self, *, subject: str = "", last_folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add photo or document"))
        self.last_folder = last_folder
        intro = QLabel(self.tr("Keep a photo, a warranty or another document with %1. "
                               "The file is copied into the database; it can be opened from there at any time.")
                       .replace("%1", subject or self.tr("the record")), self)
        intro.setWordWrap(True)
        self.intro_label = intro

        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("PDF, JPG or PNG file"))
        self.file_edit.setMinimumWidth(320)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.kind_combo = QComboBox(self)
        for kind in ATTACHMENT_KINDS:
            self.kind_combo.addItem(attachment_kind_text(kind), kind)
        self.error_label = _warning_label(self)

        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("What it is:"), self.kind_combo)

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.file_edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.setTabOrder(self.file_edit, self.choose_button)
        self.setTabOrder(self.choose_button, self.kind_combo)

    def file_path(self) -> str:
        return self.file_edit.text().strip()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))

    def ask_path(self) -> str:
        """The file dialog; a separate method so tests can answer for the user."""
        start = self.last_folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo or document"), start,
            self.tr("Photos and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        return path

    def choose_file(self) -> None:
        path = self.ask_path()
        if path:
            self.file_edit.setText(path)
            self.last_folder = str(Path(path).parent)
            if Path(path).suffix.lower() == ".pdf" and self.kind() == "photo":
                self.set_kind("warranty")
            elif Path(path).suffix.lower() != ".pdf" and self.kind() == "warranty":
                self.set_kind("photo")
            self.validate()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.file_path()))
        if not self.error_label.isHidden():  # a problem already shown follows what is typed
            self.validate()

    def validate(self) -> bool:
        """Check the chosen file before the store does; shows the problem under the fields."""
        message = ""
        path = self.file_path()
        if not path:
            message = self.tr("Choose the file to add.")
        elif not Path(path).is_file():
            message = self.tr("The file was not found: %1").replace("%1", path)
        elif Path(path).suffix.lower() not in SCAN_SUFFIXES:
            message = self.tr("Only PDF, JPG and PNG files can be added.")
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        return not message

    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.validate():
            super().accept()


def add_attachment_from(dialog: AttachmentDialog, *, db: sqlite_utils.Database, act_id: int | None = None,
                        item_id: int | None = None, parent: QWidget | None = None) -> int | None:
    """Store the file chosen in ``dialog`` with the act or item; returns the new attachment's id (None when refused)."""
    ok, attachment_id = run_guarded(parent, lambda: acts_store.add_attachment(
        db=db, path=dialog.file_path(), act_id=act_id, item_id=item_id, kind=dialog.kind()))
    return attachment_id if ok else None


class AttachmentViewer(QDialog):
    """One attachment shown inside the program: a PDF in the preview, an image in a scroll area."""

    def __init__(self, *, filename: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filename = filename
        self.data = data
        self.setWindowTitle(filename)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.preview = None
        self.image_label: QLabel | None = None
        self._image = QImage()
        layout = QVBoxLayout(self)
        suffix = Path(filename).suffix.lower()
        if suffix == ".pdf" or data[:5] == b"%PDF-":
            from equipment_desk.ui.preview import PdfPreview

            self.preview = PdfPreview(self, savable=False)
            self.preview.set_pdf(data, suggested_name=filename)
            layout.addWidget(self.preview, 1)
        else:
            self._image.loadFromData(data)
            self.scroll = QScrollArea(self)
            self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.scroll.setBackgroundRole(self.scroll.palette().ColorRole.Dark)
            self.image_label = QLabel(self.scroll)
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            if self._image.isNull():
                self.image_label.setText(self.tr("This image cannot be shown."))
            self.scroll.setWidget(self.image_label)
            self.fit_check = QCheckBox(self.tr("Fit to window"), self)
            self.fit_check.setChecked(True)
            self.fit_check.toggled.connect(self._show_image)
            layout.addWidget(self.scroll, 1)
            layout.addWidget(self.fit_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(self.tr("Save a copy…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 950)
        self._show_image()

    def is_pdf(self) -> bool:
        return self.preview is not None

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._show_image()

    def _show_image(self, *_args) -> None:
        if self.image_label is None or self._image.isNull():
            return
        pixmap = QPixmap.fromImage(self._image)
        if self.fit_check.isChecked():
            self.scroll.setWidgetResizable(True)
            area = self.scroll.viewport().size()
            if area.width() > 10 and area.height() > 10:
                pixmap = pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        else:
            self.scroll.setWidgetResizable(False)
            self.image_label.resize(pixmap.size())
        self.image_label.setPixmap(pixmap)

    def ask_save_path(self) -> str:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(Path(start) / self.filename))
        return path

    def save_copy(self) -> str:
        path = self.ask_save_path()
        if not path:
            return ""
        try:
            write_file(self.data, path)
        except DeskError as error:  # a database or a folder chosen, a full disk, a read-only folder
            errors.show_error(self, error)
            return ""
        return path


def open_attachment(*, db: sqlite_utils.Database, attachment_id: int, parent: QWidget | None = None) -> AttachmentViewer | None:
    """Show an attachment in its own window (not modal); returns the window."""
    ok, found = run_guarded(parent, lambda: acts_store.attachment_data(db=db, attachment_id=attachment_id))
    if not ok:
        return None
    filename, data = found
    viewer = AttachmentViewer(filename=filename, data=data, parent=parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    viewer.show()
    return viewer

