"""The act editor: one handover act, from draft to signed scan.

:class:`ActEditorDialog` edits a **draft** — header (date, place, parties,
programme, goods, basis, transfer type, currency and exchange rate, an
optional second rate of the national bank for the recipient's books, act
languages) and lines (items added with the picker; quantity and unit price
editable) — with live totals in the act's currency and in USD, and the
amount in words in the act's two languages.  From the same window the act
is previewed, printed and saved as PDF (the certificate of
``equipment_desk.documents.certificate``, rendered in the background),
finalized, recorded as signed with its scan, or voided.  A finalized act
opens read-only under a status banner; its attachments open in the program.
Photos, warranties and other documents are added to a draft, finalized or
signed act at any time (never removed from a finalized one).

Long texts stay readable: the transferring party's names, titles and
authority wrap (:class:`WrappingLineEdit`), and the programme, institution
and signatory fields shorten what does not fit with "…", show it whole in
the tooltip, in the list that drops down, and (programme, institution) under
the field.

How changes are stored:

- Header fields are edited in the form and written by **Save** (Ctrl+S),
  through ``store.acts.update_draft``; Close asks when something is unsaved.
  Problems appear under the fields they concern.
- Line changes (add, remove, quantity, unit price) are written at once
  through ``add_lines`` / ``remove_lines`` / ``update_line``, after saving
  the header (the lines are priced in the saved currency at the saved rate).
- After every change the window reloads the act from the store.

A new act (``act_id=None``) is created as a draft at once, with the office
defaults (``store.acts.create_draft``); if it is closed untouched it is
deleted again.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, QEvent, QModelIndex, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette, QShortcut, QTextCursor, QTextLayout, QTextOption
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.errors import DeskError, InputError, Problem
from equipment_desk.core.files import write_file
from equipment_desk.core.grammar import name_genitive, title_genitive
from equipment_desk.core.money import CURRENCY_CODES, format_amount, format_rate, parse_amount, parse_rate, to_usd_minor
from equipment_desk.core.names import CYRILLIC, guess_gender, script_of, suggest_cyrillic, suggest_latin
from equipment_desk.core.rate_sources import find_source, national_bank
from equipment_desk.core.words import amount_in_words
from equipment_desk.store import acts as acts_store
from equipment_desk.store import records
from equipment_desk.store import settings as office_settings
from equipment_desk.store.database import database_file
from equipment_desk.ui import act_dialogs as words
from equipment_desk.ui import errors
from equipment_desk.ui.act_dialogs import (
    AttachmentDialog,
    FinalizeDialog,
    SignDialog,
    VoidDialog,
    add_attachment_from,
    format_date,
    open_attachment,
    problem_text,
    show_error,
    ui_language,
)
from equipment_desk.ui.columns import FittedColumns
from equipment_desk.ui.combos import ReadableCombo
from equipment_desk.ui.item_picker import LIMIT_ROLE, ItemPickerDialog, QuantityDelegate
from equipment_desk.ui.screen import fit_to_screen, keep_place

log = logging.getLogger(__name__)

EMPTY_DATE = QDate(2000, 1, 1)
"""The date an :class:`OptionalDateEdit` shows as "not set"."""
ATTACHABLE_STATUSES = ("draft", "finalized", "signed")
"""An act takes photos and documents until it is voided."""
RATE_KEYS = ("rate", "rate_scale", "rate_type", "rate_source_en", "rate_source_ru", "rate_date", "nb_rate", "nb_rate_scale",
             "nb_rate_source_en", "nb_rate_source_ru", "nb_rate_date")


def _source_values(column: str, english: str, russian: str) -> dict[str, str]:
    """A rate's source as the form gives it: a listed source (typed in either field, the other empty or the
    same source) in both languages from the bilingual list, else both fields as typed."""
    english, russian = english.strip(), russian.strip()
    listed = find_source(english) or find_source(russian)
    if listed is not None and {find_source(english), find_source(russian)} <= {listed, None}:
        return {f"{column}_en": listed.en, f"{column}_ru": listed.ru}
    return {f"{column}_en": english, f"{column}_ru": russian}
"""The header fields of the two exchange rates (an act in US dollars has neither)."""


# --- background work (plain data in, bytes out) -------------------------------------------------

def render_act_pdf(context: Any, document: dict[str, Any], *, copies: int = 1, logo_path: str = "") -> bytes:
    """The certificate of ``document`` (``store.acts.act_document``) as PDF bytes; runs in a worker."""
    from equipment_desk.documents.certificate import render_certificate

    logo = None
    if logo_path:
        try:
            logo = Path(logo_path).read_bytes()
        except OSError as error:
            log.info("office logo %s not readable (%s); printing without it", logo_path, error)
    return render_certificate(document, copies=copies, logo=logo)


# --- small widgets ----------------------------------------------------------------------------

class OptionalDateEdit(QDateEdit):
    """A date with a calendar that may also be empty (shown as "—")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(words.DATE_FORMAT)
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText("—")
        self.setDate(EMPTY_DATE)
        self.setMinimumWidth(130)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def value(self) -> str | None:
        """ISO date, or None when empty."""
        return None if self.date() == EMPTY_DATE else self.date().toString("yyyy-MM-dd")

    def set_value(self, iso: str | None) -> None:
        found = QDate.fromString(str(iso)[:10], "yyyy-MM-dd") if iso else QDate()
        self.setDate(found if found.isValid() else EMPTY_DATE)


class WrappingLineEdit(QPlainTextEdit):
    """Text that wraps at the field's edge instead of being cut, growing from ``min_lines`` to ``max_lines`` lines.

    For long single-line values (an organisation's name, a title, an authority):
    Enter does not start a new line, pasted line breaks become spaces, and
    :meth:`text` / :meth:`setText` work as on a :class:`QLineEdit`.  With
    ``line_breaks`` it is a small free-text box (the basis of the act) that
    grows with what it holds.
    """

    def __init__(self, parent: QWidget | None = None, *, min_lines: int = 1, max_lines: int = 4, max_length: int = 300,
                 line_breaks: bool = False) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.max_length = max_length
        self.line_breaks = line_breaks
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._keep_to_max_length)
        self.textChanged.connect(self.fit_height)
        self.fit_height()

    def _keep_to_max_length(self) -> None:
        """As a QLineEdit's maxLength: what goes beyond is not taken."""
        text = self.toPlainText()
        if len(text) > self.max_length:
            cursor = self.textCursor()
            position = min(cursor.position(), self.max_length)
            self.setPlainText(text[: self.max_length])
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit name, on purpose
        if text != self.toPlainText():
            self.setPlainText(text)

    def line_count(self) -> int:
        """How many lines the text takes at the present width (at least 1), wrapped as the field wraps it."""
        width = self.viewport().width() - 2 * self.document().documentMargin()
        text = self.toPlainText() or self.placeholderText()
        if width < 20 or not text:
            return 1
        option = QTextOption()
        option.setWrapMode(self.wordWrapMode())
        count = 0
        for paragraph in text.split("\n"):
            layout = QTextLayout(paragraph, self.font())
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                count += 1
            layout.endLayout()
        return max(count, 1)

    def fit_height(self) -> None:
        lines = max(self.min_lines, min(self.line_count(), self.max_lines))
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin())
                  + margins.top() + margins.bottom() + 4)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if self.line_count() > self.max_lines
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_height()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.line_breaks:
            event.ignore()  # one line: Enter belongs to the window
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt override
        if source.hasText() and not self.line_breaks:
            self.insertPlainText(" ".join(source.text().split()))
            return
        if source.hasText():
            self.insertPlainText(source.text())  # plain text only
            return
        super().insertFromMimeData(source)


class Bilingual(QWidget):
    """Two texts side by side (or one above the other): English and Russian, each marked.

    ``multiline`` gives two paragraphs of free text; ``wrapping`` gives one-line
    values that wrap at the edge (:class:`WrappingLineEdit`) instead of being cut.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, multiline: bool = False, max_length: int = 300,
                 stacked: bool = False, wrapping: bool = False) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.max_length = max_length
        for position, (lang, placeholder) in enumerate((("en", self.tr("in English")), ("ru", self.tr("in Russian")))):
            edit: QLineEdit | QPlainTextEdit
            if wrapping:
                edit = WrappingLineEdit(self, max_length=max_length)
                edit.setPlaceholderText(placeholder)
            elif multiline:
                edit = WrappingLineEdit(self, min_lines=3, max_lines=10, max_length=max_length, line_breaks=True)
                edit.setPlaceholderText(placeholder)
            else:
                edit = QLineEdit(self)
                edit.setPlaceholderText(placeholder)
                edit.setMaxLength(max_length)
            edit.setMinimumWidth(120)
            edit.textChanged.connect(self.changed)
            tag = QLabel(lang.upper(), self)
            tag.setStyleSheet("color: palette(mid); font-size: 8pt;")
            tag.setBuddy(edit)
            tag_alignment = Qt.AlignmentFlag.AlignTop if (multiline or wrapping) else Qt.AlignmentFlag.AlignVCenter
            row, column = (position, 0) if stacked else (0, 2 * position)
            layout.addWidget(tag, row, column, tag_alignment)
            layout.addWidget(edit, row, column + 1)
            layout.setColumnStretch(column + 1, 1)
            self.edits[lang] = edit
        self.setFocusProxy(self.edits["en"])
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def text(self, lang: str) -> str:
        edit = self.edits[lang]
        return (edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()).strip()

    def set_texts(self, en: str | None, ru: str | None) -> None:
        for lang, value in (("en", en), ("ru", ru)):
            edit = self.edits[lang]
            if isinstance(edit, QPlainTextEdit):
                if edit.toPlainText() != (value or ""):
                    edit.setPlainText(value or "")
                    edit.moveCursor(QTextCursor.MoveOperation.Start)
            else:
                edit.setText(value or "")
                edit.setCursorPosition(0)

    def widgets(self) -> list[QWidget]:
        return [self.edits["en"], self.edits["ru"]]


class SearchableCombo(ReadableCombo):
    """A combo box you can type into: the list narrows to entries containing the words typed."""

    NOT_IN_LIST = -1

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(placeholder)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self.widen_completer()
        super().showPopup()

    def widen_completer(self) -> None:
        """The list shown while typing is as wide as the drop-down list (call after the entries change)."""
        self.completer().popup().setMinimumWidth(self.popup_width())

    def current_id(self) -> int | None:
        """The chosen entry's id; None when empty; NOT_IN_LIST when the text matches no entry."""
        text = self.currentText().strip()
        if not text:
            return None
        position = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if position < 0:
            return self.NOT_IN_LIST
        return self.itemData(position)

    def set_current_id(self, value: int | None) -> None:
        position = self.findData(value) if value is not None else -1
        if position >= 0:
            self.setCurrentIndex(position)
            self.lineEdit().setCursorPosition(0)
        else:
            self.setCurrentIndex(-1)
            self.setEditText("")


def _combo(parent: QWidget, entries: list[tuple[str, Any]], *, placeholder: str = "") -> ReadableCombo:
    combo = ReadableCombo(parent)
    for text, data in entries:
        combo.addItem(text, data)
    if placeholder:
        combo.setPlaceholderText(placeholder)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _set_combo_data(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(combo.findData(value) if value is not None else -1)


def _info_label(parent: QWidget) -> QLabel:
    """Grey, wrapped, selectable text under a field (e.g. an institution's full names)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(dark);")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.hide()
    return label


def _error_label(parent: QWidget, *, keep: bool = False) -> QLabel:
    """A red message line; ``keep``: it keeps its room while empty, so the form does not jump (under a field)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a1260d;")
    if keep:
        keep_place(label)
    label.hide()
    return label


# --- the lines table ----------------------------------------------------------------------------

class MoneyDelegate(QStyledItemDelegate):
    """A plain text editor for an amount ("2 150 000,50" or "2,150,000.50")."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ActLinesModel(QAbstractTableModel):
    """The lines of one act; a draft's quantity and unit price are editable.

    Edits are handed to ``commit(line_id, quantity=…, unit_value_minor=…)``,
    which writes them through the store and returns True when stored;
    ``edit_failed(message)`` is emitted for input that cannot be read.
    """

    NUMBER, NAME, MODEL, SERIAL, INVENTORY, UNIT, QUANTITY, PRICE, AMOUNT = range(9)
    COLUMN_COUNT = 9

    edit_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[dict[str, Any]] = []
        self.currency = "USD"
        self.editable = False
        self.commit = None

    def set_lines(self, lines: list[dict[str, Any]], *, currency: str, editable: bool) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.currency = currency
        self.editable = editable
        self.endResetModel()

    def lines(self) -> list[dict[str, Any]]:
        return list(self._lines)

    def line_at(self, row: int) -> dict[str, Any]:
        return self._lines[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return (self.tr("No."), self.tr("Name"), self.tr("Make and model"), self.tr("Serial No."), self.tr("Inventory No."),
                self.tr("Unit"), self.tr("Quantity"), self.tr("Unit price"), self.tr("Amount"))[section]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (self.QUANTITY, self.PRICE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        lang = ui_language()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.NUMBER, self.QUANTITY, self.PRICE, self.AMOUNT):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == LIMIT_ROLE and column == self.QUANTITY:
            return line["limit"]
        if role == Qt.ItemDataRole.EditRole:
            if column == self.QUANTITY:
                return line["quantity"]
            if column == self.PRICE:
                return format_amount(line["unit_value_minor"], self.currency, lang, with_currency=False)
        if role == Qt.ItemDataRole.ToolTipRole:
            key = {self.NAME: "name", self.MODEL: "model", self.SERIAL: "serial_number", self.INVENTORY: "inventory_number"}.get(column)
            if key:
                return line[key] or None
            if column == self.QUANTITY and self.editable:
                return self.tr("At most %1 can be handed over").replace("%1", str(line["limit"]))
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NUMBER:
            return str(line["line_no"])
        if column == self.NAME:
            return line["name"] or ""
        if column == self.MODEL:
            return line["model"] or ""
        if column == self.SERIAL:
            return line["serial_number"] or ""
        if column == self.INVENTORY:
            return line["inventory_number"] or ""
        if column == self.UNIT:
            return words.unit_text(line["unit"] or "pcs")
        if column == self.QUANTITY:
            return str(line["quantity"])
        if column == self.PRICE:
            return format_amount(line["unit_value_minor"], self.currency, lang, with_currency=False)
        if column == self.AMOUNT:
            return format_amount(line["quantity"] * line["unit_value_minor"], self.currency, lang, with_currency=False)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable or self.commit is None:
            return False
        line = self._lines[index.row()]
        if index.column() == self.QUANTITY:
            try:
                quantity = int(str(value).strip())
            except ValueError:
                self.edit_failed.emit(self.tr("The quantity must be a whole number."))
                return False
            if quantity == line["quantity"]:
                return False
            if not 1 <= quantity <= line["limit"]:
                self.edit_failed.emit(self.tr("Line %1: the quantity must be from 1 to %2, the quantity still available.")
                                      .replace("%1", str(line["line_no"])).replace("%2", str(line["limit"])))
                return False
            return bool(self.commit(line["id"], quantity=quantity))
        if index.column() == self.PRICE:
            try:
                minor = parse_amount(str(value), field="unit_value_minor")
            except InputError as error:
                self.edit_failed.emit(self.tr("Line %1: the unit price %2.").replace("%1", str(line["line_no"]))
                                      .replace("%2", problem_text(error.problems[0])))
                return False
            if minor == line["unit_value_minor"]:
                return False
            return bool(self.commit(line["id"], unit_value_minor=minor))
        return False

    def totals(self) -> tuple[int, int]:
        """(total quantity, total amount in minor units)."""
        return (sum(line["quantity"] for line in self._lines),
                sum(line["quantity"] * line["unit_value_minor"] for line in self._lines))


# --- the editor --------------------------------------------------------------------------------

class ActEditorDialog(QDialog):
    """Edit, print, finalize, sign or void one act (see the module docstring)."""

    act_changed = Signal(int)
    """Emitted with the act's id whenever something about it was stored."""

    def __init__(self, *, db: sqlite_utils.Database, act_id: int | None = None, settings: Any = None,
                 tasks: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        if tasks is None:
            from equipment_desk.ui.tasks import TaskRunner

            tasks = TaskRunner(db=db, synchronous=True, parent=self)
        self.tasks = tasks
        self._created_here = act_id is None
        self._touched = False
        if act_id is None:
            act_id = acts_store.create_draft(db=db, data={"act_date": date.today().isoformat()})
        self.act_id = int(act_id)
        self.row: dict[str, Any] = {}
        self._loaded_values: dict[str, Any] = {}
        self._loading = False
        self._busy = False
        self._field_errors: dict[str, QLabel] = {}
        self.preview_dialog = None
        self.last_pdf: bytes = b""
        self.attachment_windows: list[QWidget] = []

        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self._build()
        self.reload()
        fit_to_screen(self, 1440, 940)
        self._sized = False
        if settings is not None:
            settings.restore_geometry("act_editor", self)

    # ----------------------------------------------------------------------------------- building

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("act_status_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form_error = _error_label(self)

        self.header_widget = QWidget(self)
        grid = QGridLayout(self.header_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        # the transferring party's long bilingual texts take a column of their own, beside both rows
        grid.addWidget(self._build_act_group(), 0, 0)
        grid.addWidget(self._build_recipient_group(), 0, 1)
        grid.addWidget(self._build_transferor_group(), 0, 2, 2, 1)
        grid.addWidget(self._build_goods_group(), 1, 0)
        grid.addWidget(self._build_rate_group(), 1, 1)
        for column, stretch in enumerate((4, 4, 5)):
            grid.setColumnStretch(column, stretch)
        grid.setRowStretch(2, 1)  # groups keep their natural height; spare room goes below them

        palette = self.header_widget.palette()
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
        self.header_widget.setPalette(palette)  # a finalized act's fields stay readable

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.header_widget)

        self.header_scroll = scroll
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self._build_lines_group())
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.form_error)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self._build_attachments())
        layout.addLayout(self._build_buttons())

        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self._chain_tab_order()

    def _field(self, form: QFormLayout, label: str, widget: QWidget, *fields: str) -> QWidget:
        """A form row whose field has its problem shown underneath."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = _error_label(holder, keep=True)
        box.addWidget(error)
        for name in fields:
            self._field_errors[name] = error
        caption = QLabel(label, self)
        caption.setBuddy(widget.focusProxy() or widget)
        form.addRow(caption, holder)
        return holder

    def _rate_row(self, parent: QWidget, placeholder: str) -> tuple[QWidget, QLineEdit, QLabel, QComboBox]:
        """A rate, its currency and its scale on one row: ``[ 68.8395 ] KGS for [1 USD ▾]``."""
        rate_row = QWidget(parent)
        row = QHBoxLayout(rate_row)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(rate_row)
        edit.setPlaceholderText(placeholder)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaximumWidth(130)
        unit_label = QLabel(rate_row)
        scale_combo = _combo(rate_row, [(self.tr("1 USD"), 1), (self.tr("100 USD"), 100)])
        row.addWidget(edit)
        row.addWidget(unit_label)
        row.addWidget(scale_combo)
        row.addStretch(1)
        rate_row.setFocusProxy(edit)
        return rate_row, edit, unit_label, scale_combo

    @staticmethod
    def _form(group: QGroupBox) -> QFormLayout:
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _build_act_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Act"), self)
        form = self._form(group)
        self.date_edit = OptionalDateEdit(group)
        self.date_edit.setToolTip(self.tr("The date printed on the act"))
        self._field(form, self.tr("Date:"), self.date_edit, "act_date")
        self.place_edit = Bilingual(group, max_length=200)
        self._field(form, self.tr("Place:"), self.place_edit, "place_en", "place_ru")
        self.languages_combo = _combo(group, [(words.language_pair_text(p), p) for p in acts_store.LANGUAGE_PAIRS])
        self._field(form, self.tr("Printed in:"), self.languages_combo, "languages")
        self.transfer_combo = _combo(group, [(words.transfer_type_text(c), c) for c in ("title", "custody")])
        self._field(form, self.tr("Transfer:"), self.transfer_combo, "transfer_type")
        self.programme_combo = _combo(group, [], placeholder=self.tr("Choose the programme"))
        self.programme_combo.setMinimumContentsLength(20)
        self._field(form, self.tr("Programme:"), self.programme_combo, "programme_id")
        self.programme_info = _info_label(group)
        form.addRow("", self.programme_info)
        self.date_edit.dateChanged.connect(self._form_changed)
        self.place_edit.changed.connect(self._form_changed)
        self.languages_combo.currentIndexChanged.connect(self._form_changed)
        self.transfer_combo.currentIndexChanged.connect(self._form_changed)
        self.programme_combo.currentIndexChanged.connect(self._programme_changed)
        return group

    def _build_recipient_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Receiving party"), self)
        form = self._form(group)
        self.institution_combo = SearchableCombo(group, placeholder=self.tr("Type to search institutions"))
        self._field(form, self.tr("Institution:"), self.institution_combo, "recipient_institution_id", "country")
        self.institution_info = _info_label(group)
        form.addRow("", self.institution_info)
        self.signatory_combo = _combo(group, [], placeholder=self.tr("Choose who signs"))
        self.signatory_combo.setMinimumContentsLength(20)
        self._field(form, self.tr("Represented by:"), self.signatory_combo, "recipient_signatory_id")
        self.signatory_info = _info_label(group)
        form.addRow("", self.signatory_info)
        self.institution_combo.currentIndexChanged.connect(self._institution_changed)
        self.institution_combo.lineEdit().editingFinished.connect(self._form_changed)
        self.signatory_combo.currentIndexChanged.connect(self._signatory_changed)
        return group

    def _build_transferor_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Transferring party"), self)
        form = self._form(group)
        self.transferor_org_edit = Bilingual(group, stacked=True, wrapping=True)
        self._field(form, self.tr("Organisation:"), self.transferor_org_edit, "transferor_org_en", "transferor_org_ru")
        # the name in each column's script: Latin (the passport's) in English, Cyrillic in Russian
        self.transferor_name_edit = Bilingual(group, max_length=200)
        self.transferor_name_edit.edits["en"].setPlaceholderText(self.tr("in Latin, as in the passport"))
        self.transferor_name_edit.edits["ru"].setPlaceholderText(self.tr("in Cyrillic"))
        self._field(form, self.tr("Represented by:"), self.transferor_name_edit, "transferor_name_en", "transferor_name_ru")
        self.transferor_gender_combo = _combo(group, [(self.tr("(not given)"), ""), (self.tr("man"), "m"), (self.tr("woman"), "f")])
        self._field(form, self.tr("Gender:"), self.transferor_gender_combo, "transferor_gender")
        for lang in ("en", "ru"):
            self.transferor_name_edit.edits[lang].editingFinished.connect(lambda lang=lang: self.suggest_transferor_name(lang))
        self.transferor_title_edit = Bilingual(group, stacked=True, wrapping=True)
        self._field(form, self.tr("Title:"), self.transferor_title_edit, "transferor_title_en", "transferor_title_ru")
        # what the Russian preamble prints after «в лице»: suggested from name, title and gender, correctable
        self.transferor_title_genitive_edit = QLineEdit(group)
        self.transferor_title_genitive_edit.setMaxLength(300)
        self._field(form, self.tr("Title after «в лице»:"), self.transferor_title_genitive_edit, "transferor_title_ru_genitive")
        self.transferor_name_genitive_edit = QLineEdit(group)
        self.transferor_name_genitive_edit.setMaxLength(200)
        self._field(form, self.tr("Name after «в лице»:"), self.transferor_name_genitive_edit, "transferor_name_ru_genitive")
        for edit in (self.transferor_title_genitive_edit, self.transferor_name_genitive_edit):
            edit.setToolTip(self.tr("The Russian genitive the act's preamble prints; suggested, correct it if needed"))
            edit.textEdited.connect(lambda _text, edit=edit: self._genitive_typed.add(edit))
            edit.textChanged.connect(self._form_changed)
        self._genitive_typed: set[QLineEdit] = set()
        self.transferor_authority_edit = Bilingual(group, stacked=True, wrapping=True)
        self._field(form, self.tr("Acting under:"), self.transferor_authority_edit, "transferor_authority_en", "transferor_authority_ru")
        for widget in (self.transferor_org_edit, self.transferor_title_edit, self.transferor_authority_edit):
            widget.changed.connect(self._form_changed)
        self.transferor_name_edit.changed.connect(self._form_changed)
        for signal in (self.transferor_name_edit.changed, self.transferor_title_edit.changed, self.transferor_gender_combo.currentIndexChanged):
            signal.connect(self.suggest_transferor_genitive)
        self.transferor_gender_combo.currentIndexChanged.connect(self._form_changed)
        return group

    def _build_goods_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Goods and basis"), self)
        form = self._form(group)
        self.goods_edit = Bilingual(group, max_length=500, wrapping=True, stacked=True)
        self._field(form, self.tr("Goods:"), self.goods_edit, "goods_en", "goods_ru")
        self.basis_edit = Bilingual(group, multiline=True, stacked=True, max_length=2000)
        self._field(form, self.tr("Basis:"), self.basis_edit, "basis_en", "basis_ru")
        self.basis_edit.setToolTip(self.tr("Agreement or memorandum and its date, the recipient's request letter"))
        self.goods_edit.changed.connect(self._form_changed)
        self.basis_edit.changed.connect(self._form_changed)
        return group

    def _build_rate_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Currency and exchange rate"), self)
        form = self._form(group)
        self.currency_combo = _combo(group, [(words.currency_text(code), code) for code in CURRENCY_CODES])
        self.currency_combo.setMinimumContentsLength(18)
        self._field(form, self.tr("Currency:"), self.currency_combo, "currency")

        rate_row, self.rate_edit, self.rate_unit_label, self.rate_scale_combo = self._rate_row(group, self.tr("e.g. 68.8395"))
        self.rate_holder = self._field(form, self.tr("Rate:"), rate_row, "rate", "rate_scale")
        self.rate_type_combo = _combo(group, [(words.rate_type_text(c), c) for c in acts_store.RATE_TYPES])
        self._field(form, self.tr("Kind of rate:"), self.rate_type_combo, "rate_type")
        self.rate_source_edit = WrappingLineEdit(group, max_lines=3, max_length=200)
        self.rate_source_edit.setPlaceholderText(self.tr("e.g. UN Treasury"))
        self._field(form, self.tr("Source:"), self.rate_source_edit, "rate_source_en", "rate_source")
        self.rate_source_ru_edit = WrappingLineEdit(group, max_lines=3, max_length=200)
        self.rate_source_ru_edit.setPlaceholderText(self.tr("in Russian; filled for a listed source"))
        self._field(form, self.tr("Source (Russian):"), self.rate_source_ru_edit, "rate_source_ru")
        self.rate_date_edit = OptionalDateEdit(group)
        self._field(form, self.tr("Effective from:"), self.rate_date_edit, "rate_date")
        self.usd_note = QLabel(self.tr("An act in US dollars needs no exchange rate."), group)
        self.usd_note.setWordWrap(True)
        self.usd_note.setStyleSheet("color: palette(dark);")
        form.addRow("", self.usd_note)
        self._build_national_rate(form, group)

        self.currency_combo.currentIndexChanged.connect(self._currency_changed)
        self.rate_edit.textChanged.connect(self._rate_changed)
        self.rate_scale_combo.currentIndexChanged.connect(self._rate_changed)
        self.rate_type_combo.currentIndexChanged.connect(self._form_changed)
        self.rate_source_edit.textChanged.connect(self._form_changed)
        self.rate_source_ru_edit.textChanged.connect(self._form_changed)
        self.rate_date_edit.dateChanged.connect(self._form_changed)
        self.rate_widgets = [self.rate_edit, self.rate_scale_combo, self.rate_type_combo, self.rate_source_edit, self.rate_source_ru_edit,
                             self.rate_date_edit, self.nb_rate_source_ru_edit,
                             self.nb_rate_edit, self.nb_rate_scale_combo, self.nb_rate_source_edit, self.nb_bank_button, self.nb_rate_date_edit]
        return group

    def _transferor_genitives(self) -> tuple[str, str]:
        name, title = self.transferor_name_edit.text("ru"), self.transferor_title_edit.text("ru")
        gender = self.transferor_gender_combo.currentData() or ""
        return (title_genitive(title) if title else "", name_genitive(name, gender) if name else "")

    def suggest_transferor_genitive(self, *_args: Any) -> None:
        """The genitive follows the Russian title, name and gender, unless the user wrote their own."""
        if self._loading:
            return
        for edit, text in zip((self.transferor_title_genitive_edit, self.transferor_name_genitive_edit), self._transferor_genitives()):
            if edit not in self._genitive_typed:
                edit.setText(text)

    def suggest_transferor_name(self, typed: str) -> None:
        """Typed in one script, the other's empty field gets the suggested form (and the gender its guess)."""
        text = self.transferor_name_edit.text(typed)
        other = "ru" if typed == "en" else "en"
        if text and not self.transferor_name_edit.text(other):
            self.transferor_name_edit.edits[other].setText(suggest_cyrillic(text) if typed == "en" else suggest_latin(text))
        cyrillic = self.transferor_name_edit.text("ru")
        if cyrillic and not self.transferor_gender_combo.currentData():
            _set_combo_data(self.transferor_gender_combo, guess_gender(cyrillic))

    def choose_national_bank(self, currency: str) -> None:
        """The national bank of ``currency`` as the second rate's source, in both languages."""
        bank = national_bank(currency)
        if bank is not None:
            self.nb_rate_source_edit.setText(bank.en)
            self.nb_rate_source_ru_edit.setText(bank.ru)

    def national_banks(self) -> dict[str, str]:
        """The national bank of each currency of the region, as suggested for the source of the second rate."""
        return {
            "KGS": self.tr("NBKR, National Bank of the Kyrgyz Republic"),
            "UZS": self.tr("CBU, Central Bank of the Republic of Uzbekistan"),
            "KZT": self.tr("NBK, National Bank of the Republic of Kazakhstan"),
            "TJS": self.tr("NBT, National Bank of Tajikistan"),
            "TMT": self.tr("CBT, Central Bank of Turkmenistan"),
        }

    def _build_national_rate(self, form: QFormLayout, group: QGroupBox) -> None:
        """The optional second rate (the national bank's) for the recipient's books: folded away until wanted."""
        self.national_toggle = QToolButton(group)
        self.national_toggle.setText(self.tr("National bank rate (optional)"))
        self.national_toggle.setToolTip(self.tr("A second rate printed on the act for the recipient's books; "
                                                "the amounts in USD use the rate above"))
        self.national_toggle.setCheckable(True)
        self.national_toggle.setAutoRaise(True)
        self.national_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.national_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.national_toggle.setStyleSheet("QToolButton { border: none; background: transparent; padding: 2px 0; color: palette(window-text); }")
        self.national_toggle.toggled.connect(self._national_toggled)
        form.addRow(self.national_toggle)

        rate_row, self.nb_rate_edit, self.nb_rate_unit_label, self.nb_rate_scale_combo = self._rate_row(group, self.tr("e.g. 69.8500"))
        self.nb_rate_holder = self._field(form, self.tr("National rate:"), rate_row, "nb_rate", "nb_rate_scale")
        bank_row = QWidget(group)
        row = QHBoxLayout(bank_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.nb_rate_source_edit = WrappingLineEdit(bank_row, max_lines=3, max_length=200)
        self.nb_bank_button = QToolButton(bank_row)
        self.nb_bank_button.setArrowType(Qt.ArrowType.DownArrow)
        self.nb_bank_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.nb_bank_button.setToolTip(self.tr("Choose the national bank"))
        self.nb_bank_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.nb_bank_menu = QMenu(self.nb_bank_button)
        for code, bank in self.national_banks().items():
            self.nb_bank_menu.addAction(bank).triggered.connect(lambda _checked=False, code=code: self.choose_national_bank(code))
        self.nb_bank_button.setMenu(self.nb_bank_menu)
        row.addWidget(self.nb_rate_source_edit, 1)
        row.addWidget(self.nb_bank_button, 0, Qt.AlignmentFlag.AlignTop)
        bank_row.setFocusProxy(self.nb_rate_source_edit)
        self.nb_rate_source_holder = self._field(form, self.tr("Bank:"), bank_row, "nb_rate_source_en", "nb_rate_source")
        self.nb_rate_source_ru_edit = WrappingLineEdit(group, max_lines=3, max_length=200)
        self.nb_rate_source_ru_edit.setPlaceholderText(self.tr("in Russian; filled for a listed bank"))
        self.nb_rate_source_ru_holder = self._field(form, self.tr("Bank (Russian):"), self.nb_rate_source_ru_edit, "nb_rate_source_ru")
        self.nb_rate_date_edit = OptionalDateEdit(group)
        self.nb_rate_date_edit.setToolTip(self.tr("The day the national bank's rate applies from"))
        self.nb_rate_date_holder = self._field(form, self.tr("Effective from:"), self.nb_rate_date_edit, "nb_rate_date")
        self.nb_hint = _info_label(group)
        self.nb_hint.setText(self.tr(
            "Recipients often keep their books at the national bank's official rate: NBKR (Kyrgyzstan) and CBU (Uzbekistan) "
            "set daily rates effective the next day; NBK (Kazakhstan) applies the exchange average of the next working day "
            "and quotes some currencies per 100 units; NBT (Tajikistan) sets a daily rate; CBT (Turkmenistan) has kept "
            "3.50 TMT per USD since 2015."))
        form.addRow(self.nb_hint)
        for widget in (self.nb_rate_edit, self.nb_rate_source_edit):
            widget.setToolTip(self.nb_hint.text())
        self._national_form = form
        self.national_rows: list[QWidget] = [self.nb_rate_holder, self.nb_rate_source_holder, self.nb_rate_source_ru_holder,
                                             self.nb_rate_date_holder, self.nb_hint]

        self.nb_rate_edit.textChanged.connect(self._nb_rate_changed)
        self.nb_rate_scale_combo.currentIndexChanged.connect(self._form_changed)
        self.nb_rate_source_edit.textChanged.connect(self._form_changed)
        self.nb_rate_source_ru_edit.textChanged.connect(self._form_changed)
        self.nb_rate_date_edit.dateChanged.connect(self._form_changed)
        self._national_toggled(False)

    def _national_toggled(self, shown: bool) -> None:
        self.national_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        for widget in self.national_rows:
            # the advice is for filling the rate in; once an act has one, it stays in the tooltips
            advice = self.is_draft and not self.row.get("nb_rate_micro")
            self._national_form.setRowVisible(widget, shown and (widget is not self.nb_hint or advice))
        if shown and not self._loading and self.isVisible():
            if getattr(self, "_sized", False):
                self.fit_header()  # room for the rows just unfolded, if the window has it
            if self.nb_rate_edit.isEnabled():
                self.nb_rate_edit.setFocus()

    def has_national_rate(self) -> bool:
        """Whether the form shows anything in the national bank rate's fields."""
        return bool(self.nb_rate_edit.text().strip() or self.nb_rate_source_edit.text().strip()
                    or self.nb_rate_source_ru_edit.text().strip() or self.nb_rate_date_edit.value())

    def _build_lines_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Items handed over"), self)
        layout = QVBoxLayout(group)
        tools = QHBoxLayout()
        self.add_items_button = QPushButton(self.tr("Add items…"), group)
        self.add_items_button.setToolTip(self.tr("Choose items in stock: search, filter, tick many at once"))
        self.add_items_button.clicked.connect(self.add_items)
        self.remove_lines_button = QPushButton(self.tr("Remove selected lines"), group)
        self.remove_lines_button.clicked.connect(self.remove_selected_lines)
        for button in (self.add_items_button, self.remove_lines_button):
            button.setAutoDefault(False)  # Enter in a header field must not open the picker
        self.lines_hint = QLabel(self.tr("Double-click a quantity or unit price to change it. Line changes are saved at once."), group)
        self.lines_hint.setStyleSheet("color: palette(dark);")
        tools.addWidget(self.add_items_button)
        tools.addWidget(self.remove_lines_button)
        tools.addSpacing(12)
        tools.addWidget(self.lines_hint, 1)
        layout.addLayout(tools)

        self.lines_model = ActLinesModel(self)
        self.lines_model.commit = self._commit_line
        self.lines_model.edit_failed.connect(self._show_lines_error)
        self.lines_view = QTableView(group)
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.setWordWrap(False)
        self.lines_view.verticalHeader().hide()
        self.lines_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.lines_view.setItemDelegateForColumn(ActLinesModel.QUANTITY, QuantityDelegate(self.lines_view))
        self.lines_view.setItemDelegateForColumn(ActLinesModel.PRICE, MoneyDelegate(self.lines_view))
        # serial and inventory numbers whole; the user's widths kept once they set them
        self.line_columns = FittedColumns(self.lines_view, self.settings, "act_editor_lines")
        self.lines_view.selectionModel().selectionChanged.connect(self._update_buttons)
        remove = QAction(self.tr("Remove selected lines"), self.lines_view)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected_lines)
        self.lines_view.addAction(remove)
        layout.addWidget(self.lines_view, 1)
        self.lines_error = _error_label(group)
        layout.addWidget(self.lines_error)

        totals = QGridLayout()
        totals.setHorizontalSpacing(16)
        self.total_label = QLabel(group)
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.usd_label = QLabel(group)
        self.usd_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words_labels = [QLabel(group), QLabel(group)]
        for label in self.words_labels:
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        totals.addWidget(self.total_label, 0, 0)
        totals.addWidget(self.usd_label, 0, 1)
        totals.addWidget(self.words_labels[0], 1, 0, 1, 2)
        totals.addWidget(self.words_labels[1], 2, 0, 1, 2)
        totals.setColumnStretch(1, 1)
        layout.addLayout(totals)
        return group

    def _build_attachments(self) -> QWidget:
        self.attachments_row = QWidget(self)
        layout = QHBoxLayout(self.attachments_row)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Attachments:"), self.attachments_row)
        self.attachments_list = QListWidget(self.attachments_row)
        self.attachments_list.setFlow(QListWidget.Flow.LeftToRight)
        self.attachments_list.setSpacing(2)
        self.attachments_list.setFixedHeight(self.fontMetrics().height() + 14)
        self.attachments_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attachments_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attachments_list.itemActivated.connect(self._open_attachment_item)
        caption.setBuddy(self.attachments_list)
        self.no_attachments_label = QLabel(self.tr("none yet"), self.attachments_row)
        self.no_attachments_label.setStyleSheet("color: palette(dark);")
        self.open_attachment_button = QPushButton(self.tr("Open"), self.attachments_row)
        self.open_attachment_button.setAutoDefault(False)
        self.open_attachment_button.clicked.connect(self.open_selected_attachment)
        self.add_attachment_button = QPushButton(self.tr("Add photo or document…"), self.attachments_row)
        self.add_attachment_button.setToolTip(self.tr("Keep a photo, a warranty or another document (PDF, JPG or PNG) with the act"))
        self.add_attachment_button.setAutoDefault(False)
        self.add_attachment_button.clicked.connect(self.add_attachment)
        layout.addWidget(caption)
        layout.addWidget(self.attachments_list, 1)
        layout.addWidget(self.no_attachments_label, 1)
        layout.addWidget(self.open_attachment_button)
        layout.addWidget(self.add_attachment_button)
        return self.attachments_row

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.clicked.connect(self.preview)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(lambda: self.print_act())
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.finalize_button = QPushButton(self.tr("Finalize…"), self)
        self.finalize_button.clicked.connect(self.finalize)
        self.sign_button = QPushButton(self.tr("Mark as signed…"), self)
        self.sign_button.clicked.connect(self.mark_signed)
        self.attach_scan_button = QPushButton(self.tr("Attach signed scan…"), self)
        self.attach_scan_button.clicked.connect(self.attach_scan)
        self.void_button = QPushButton(self.tr("Void…"), self)
        self.void_button.clicked.connect(self.void)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.busy_label = QLabel(self)
        self.busy_label.setStyleSheet("color: palette(dark);")
        for button in (self.preview_button, self.print_button, self.pdf_button):
            row.addWidget(button)
        row.addWidget(self.busy_label)
        row.addStretch(1)
        for button in (self.finalize_button, self.sign_button, self.attach_scan_button, self.void_button):
            row.addWidget(button)
        row.addSpacing(24)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.finalize_button, self.sign_button,
                       self.attach_scan_button, self.void_button, self.close_button):
            button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        return row

    def _chain_tab_order(self) -> None:
        order: list[QWidget] = [self.date_edit, *self.place_edit.widgets(), self.languages_combo, self.transfer_combo,
                                self.programme_combo, self.institution_combo, self.signatory_combo,
                                *self.transferor_org_edit.widgets(), *self.transferor_name_edit.widgets(), self.transferor_gender_combo,
                                *self.transferor_title_edit.widgets(), *self.transferor_authority_edit.widgets(),
                                *self.goods_edit.widgets(), *self.basis_edit.widgets(), self.currency_combo,
                                self.rate_edit, self.rate_scale_combo, self.rate_type_combo, self.rate_source_edit,
                                self.rate_date_edit, self.national_toggle, self.nb_rate_edit, self.nb_rate_scale_combo,
                                self.nb_rate_source_edit, self.nb_bank_button, self.nb_rate_date_edit, self.add_items_button, self.remove_lines_button,
                                self.lines_view, self.attachments_list, self.open_attachment_button, self.add_attachment_button,
                                self.preview_button, self.print_button, self.pdf_button, self.finalize_button, self.sign_button,
                                self.attach_scan_button, self.void_button, self.save_button, self.close_button]
        self.tab_order = order
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            fit_to_screen(self)  # a remembered size, or one made on a larger screen, never runs off this one
            self.fit_header()

    def fit_header(self) -> None:
        """Give the header the room it needs (all of it when the window is tall enough), the lines the rest."""
        total = sum(self.splitter.sizes()) or self.splitter.height()
        wanted = self.header_widget.sizeHint().height() + 2
        header = min(wanted, max(total - 220, total // 2))
        self.splitter.setSizes([header, max(total - header, 1)])

    # ----------------------------------------------------------------------------------- loading

    @property
    def status(self) -> str:
        return self.row.get("status", "draft")

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    def reload(self) -> None:
        """Read the act, its lines and attachments again and show them."""
        self.row = acts_store.get_act_row(db=self.db, act_id=self.act_id)
        self._loading = True
        try:
            self._fill_choices()
            self._populate(self.row)
        finally:
            self._loading = False
        self._loaded_values = self._stored_values(self._form_values())
        self._reload_lines()
        self._reload_attachments()
        self._clear_field_errors()
        self._update_rate_widgets()
        self._update_banner()
        self._update_title()
        self._update_buttons()
        self._update_totals()

    def _fill_choices(self) -> None:
        lang = ui_language()
        self.programme_combo.clear()
        for programme in records.list_records(db=self.db, kind=records.PROGRAMME, order_by="code"):
            pid, code = programme["id"], programme["code"]
            name = words.pick(programme, "name", lang)
            self.programme_combo.addItem(f"{code} — {name}" if name else code, pid)
            self.programme_combo.setItemData(self.programme_combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.institution_combo.clear()
        self._institution_countries: dict[int, str] = {}
        for inst in records.list_records(db=self.db, kind=records.INSTITUTION, order_by="coalesce(nullif(name_en, ''), name_ru) COLLATE NOCASE"):
            iid, name_en, name_ru, country = inst["id"], inst["name_en"], inst["name_ru"], inst["country"]
            name = words.pick(inst, "name", lang)
            self.institution_combo.addItem(f"{name} ({country})" if country else name, iid)
            names = [n.strip() for n in (name_en, name_ru) if n and n.strip()]
            self.institution_combo.setItemData(self.institution_combo.count() - 1, "\n".join(dict.fromkeys(names)), Qt.ItemDataRole.ToolTipRole)
            self._institution_countries[iid] = country
        self.institution_combo.widen_completer()

    def _fill_signatories(self, institution_id: int | None, keep: int | None) -> None:
        was = self.signatory_combo.blockSignals(True)
        self.signatory_combo.clear()
        if institution_id is not None and institution_id != SearchableCombo.NOT_IN_LIST:
            for sig in records.signatories(db=self.db, institution_id=institution_id):
                if not sig["active"] and sig["id"] != keep:
                    continue
                title = words.pick(sig, "title")
                text = f"{sig['full_name']}, {title}" if title else sig["full_name"]
                if not sig["active"]:
                    text += " " + self.tr("(no longer signs)")
                self.signatory_combo.addItem(text, sig["id"])
        _set_combo_data(self.signatory_combo, keep)
        self.signatory_combo.blockSignals(was)
        self._show_signatory_info()

    def _populate(self, row: dict[str, Any]) -> None:
        self.date_edit.set_value(row["act_date"])
        self.place_edit.set_texts(row["place_en"], row["place_ru"])
        _set_combo_data(self.languages_combo, row["languages"])
        _set_combo_data(self.transfer_combo, row["transfer_type"])
        _set_combo_data(self.programme_combo, row["programme_id"])
        self.institution_combo.set_current_id(row["recipient_institution_id"])
        self._fill_signatories(row["recipient_institution_id"], row["recipient_signatory_id"])
        self.transferor_org_edit.set_texts(row["transferor_org_en"], row["transferor_org_ru"])
        names = (row["transferor_name_en"], row["transferor_name_ru"])
        if not any(names) and row["transferor_name"]:  # recorded in one column: shown in its script's field
            names = (row["transferor_name"], "") if script_of(row["transferor_name"]) != CYRILLIC else ("", row["transferor_name"])
        self.transferor_name_edit.set_texts(*names)
        _set_combo_data(self.transferor_gender_combo, row["transferor_gender"] or "")
        self.transferor_title_genitive_edit.setText(row["transferor_title_ru_genitive"] or "")
        self.transferor_name_genitive_edit.setText(row["transferor_name_ru_genitive"] or "")
        self._genitive_typed = {edit for edit, suggested in zip((self.transferor_title_genitive_edit, self.transferor_name_genitive_edit),
                                                                self._transferor_genitives()) if edit.text() and edit.text() != suggested}
        self.transferor_title_edit.set_texts(row["transferor_title_en"], row["transferor_title_ru"])
        self.transferor_authority_edit.set_texts(row["transferor_authority_en"], row["transferor_authority_ru"])
        self.goods_edit.set_texts(row["goods_en"], row["goods_ru"])
        self.basis_edit.set_texts(row["basis_en"], row["basis_ru"])
        _set_combo_data(self.currency_combo, row["currency"])
        self.rate_edit.setText(format_rate(row["rate_micro"], ui_language()) if row["rate_micro"] else "")
        _set_combo_data(self.rate_scale_combo, row["rate_scale"] or 1)
        _set_combo_data(self.rate_type_combo, row["rate_type"] or "unore")
        self.rate_source_edit.setText(row["rate_source_en"] or ("" if row["rate_source_ru"] else row["rate_source"]) or "")
        self.rate_source_ru_edit.setText(row["rate_source_ru"] or "")
        self.rate_date_edit.set_value(row["rate_date"])
        self.nb_rate_edit.setText(format_rate(row["nb_rate_micro"], ui_language()) if row["nb_rate_micro"] else "")
        _set_combo_data(self.nb_rate_scale_combo, row["nb_rate_scale"] or 1)
        self.nb_rate_source_edit.setText(row["nb_rate_source_en"] or ("" if row["nb_rate_source_ru"] else row["nb_rate_source"]) or "")
        self.nb_rate_source_ru_edit.setText(row["nb_rate_source_ru"] or "")
        self.nb_rate_date_edit.set_value(row["nb_rate_date"])
        self.national_toggle.setChecked(self.has_national_rate())
        self._show_programme_info()
        self._show_institution_info()

    def _reload_lines(self) -> None:
        frozen = not self.is_draft
        rows = acts_store.act_lines(db=self.db, act_id=self.act_id)
        available = {} if frozen else acts_store.available_quantities(db=self.db, item_ids=[r["item_id"] for r in rows])
        lines = []
        for r in rows:
            lines.append({
                "id": r["id"],
                "item_id": r["item_id"],
                "line_no": r["line_no"],
                **acts_store.line_texts(r, frozen=frozen),
                "quantity": r["quantity"],
                "unit_value_minor": r["unit_value_minor"],
                "limit": r["quantity"] if frozen else max(available.get(r["item_id"], 0), 1),
            })
        self.lines_model.set_lines(lines, currency=self.row["currency"], editable=not frozen)
        self.lines_error.hide()

    def _reload_attachments(self, current: int | None = None) -> None:
        """List the act's files; ``current`` (an attachment id) is selected, else the first."""
        self.attachments_list.clear()
        found = acts_store.list_attachments(db=self.db, act_id=self.act_id)
        for attachment in found:
            item = QListWidgetItem(words.attachment_text(attachment), self.attachments_list)
            item.setData(Qt.ItemDataRole.UserRole, attachment["id"])
            item.setToolTip(words.attachment_tooltip(attachment))
            if attachment["id"] == current:
                self.attachments_list.setCurrentItem(item)
        may_add = self.status in ATTACHABLE_STATUSES
        self.attachments_row.setVisible(bool(found) or may_add)
        self.attachments_list.setVisible(bool(found))
        self.no_attachments_label.setVisible(not found)
        self.open_attachment_button.setVisible(bool(found))
        self.add_attachment_button.setVisible(may_add)
        if found and self.attachments_list.currentItem() is None:
            self.attachments_list.setCurrentRow(0)

    def attachment_subject(self) -> str:
        number = self.row.get("number")
        return self.tr("act %1").replace("%1", number) if number else self.tr("this draft act")

    def add_attachment(self) -> int | None:
        """Ask for a photo or document and keep it with the act; returns the new attachment's id.

        Allowed on a draft and on a finalized or signed act (files are only
        ever added: the store refuses to delete those of a finalized act).
        """
        if self.status not in ATTACHABLE_STATUSES:
            return None
        folder = self.settings.last_folder("attachment") if self.settings is not None else ""
        dialog = AttachmentDialog(subject=self.attachment_subject(), last_folder=folder, parent=self)
        try:
            if not self.exec_dialog(dialog):
                return None
            attachment_id = add_attachment_from(dialog, db=self.db, act_id=self.act_id, parent=self)
            path = dialog.file_path()
        finally:
            dialog.deleteLater()
        if attachment_id is None:
            return None
        if self.settings is not None:
            self.settings.remember_folder("attachment", path)
        self._reload_attachments(current=attachment_id)
        self.act_changed.emit(self.act_id)
        return attachment_id

    # ----------------------------------------------------------------------------------- form values

    def _form_values(self) -> dict[str, Any]:
        """The header as the form shows it, in the keys of ``store.acts.HEADER_FIELDS``."""
        institution = self.institution_combo.current_id()
        values: dict[str, Any] = {
            "act_date": self.date_edit.value(),
            "place_en": self.place_edit.text("en"),
            "place_ru": self.place_edit.text("ru"),
            "languages": self.languages_combo.currentData(),
            "transfer_type": self.transfer_combo.currentData(),
            "programme_id": self.programme_combo.currentData(),
            "recipient_institution_id": institution,
            "recipient_signatory_id": self.signatory_combo.currentData(),
            "transferor_org_en": self.transferor_org_edit.text("en"),
            "transferor_org_ru": self.transferor_org_edit.text("ru"),
            "transferor_name_en": self.transferor_name_edit.text("en"),
            "transferor_name_ru": self.transferor_name_edit.text("ru"),
            "transferor_gender": self.transferor_gender_combo.currentData() or "",
            "transferor_title_ru_genitive": self.transferor_title_genitive_edit.text().strip(),
            "transferor_name_ru_genitive": self.transferor_name_genitive_edit.text().strip(),
            "transferor_title_en": self.transferor_title_edit.text("en"),
            "transferor_title_ru": self.transferor_title_edit.text("ru"),
            "transferor_authority_en": self.transferor_authority_edit.text("en"),
            "transferor_authority_ru": self.transferor_authority_edit.text("ru"),
            "goods_en": self.goods_edit.text("en"),
            "goods_ru": self.goods_edit.text("ru"),
            "basis_en": self.basis_edit.text("en"),
            "basis_ru": self.basis_edit.text("ru"),
            "currency": self.currency_combo.currentData(),
            "rate": self.rate_edit.text().strip(),
            "rate_scale": self.rate_scale_combo.currentData(),
            "rate_type": self.rate_type_combo.currentData(),
            **_source_values("rate_source", self.rate_source_edit.text(), self.rate_source_ru_edit.text()),
            "rate_date": self.rate_date_edit.value(),
            "nb_rate": self.nb_rate_edit.text().strip(),
            "nb_rate_scale": self.nb_rate_scale_combo.currentData(),
            **_source_values("nb_rate_source", self.nb_rate_source_edit.text(), self.nb_rate_source_ru_edit.text()),
            "nb_rate_date": self.nb_rate_date_edit.value(),
        }
        return values

    def _stored_values(self, shown: dict[str, Any]) -> dict[str, Any]:
        """What the form showed on loading, except where it shows a default for a field the act has not stored
        ("Kind of rate" shows the UN rate for an act without one): Save writes what the window shows."""
        stored = dict(shown)
        for key, value in shown.items():
            if key in self.row and self.row[key] is None and value not in (None, ""):
                stored[key] = None
        return stored

    def pending_changes(self) -> dict[str, Any]:
        """What Save would write: the fields changed since the act was loaded."""
        now = self._form_values()
        changes = {key: value for key, value in now.items() if value != self._loaded_values.get(key)}
        for key in ("rate", "nb_rate"):
            if key in changes:
                old, new = self._loaded_values.get(key) or "", changes[key]
                try:
                    if old and new and parse_rate(old) == parse_rate(new):
                        del changes[key]
                except InputError:
                    pass
        if "recipient_institution_id" in changes:
            institution = changes["recipient_institution_id"]
            if institution == SearchableCombo.NOT_IN_LIST:
                changes["recipient_institution_id"] = -1
            elif institution is not None:
                changes["country"] = self._institution_countries.get(institution) or self.row.get("country")
        if {"transferor_name_ru", "transferor_title_ru", "transferor_gender"} & set(changes):
            # the genitive shown goes with them (the store would otherwise compute its own)
            for key in ("transferor_title_ru_genitive", "transferor_name_ru_genitive"):
                changes[key] = now[key]
        if self.currency_combo.currentData() == "USD":
            for key in RATE_KEYS:
                changes.pop(key, None)
            # an act in dollars keeps no rate: one left from another currency would be printed
            for key, column in (("rate", "rate_micro"), ("nb_rate", "nb_rate_micro")):
                if self.row.get(column) is not None:
                    changes[key] = None
        for key in ("rate", "nb_rate"):
            if key in changes and not changes[key]:
                changes[key] = None
        return changes

    def has_unsaved_changes(self) -> bool:
        return self.is_draft and bool(self.pending_changes())

    # ----------------------------------------------------------------------------------- reacting

    def _form_changed(self, *_args) -> None:
        if self._loading:
            return
        self._update_title()
        self._update_totals()

    def _institution_changed(self, *_args) -> None:
        if self._loading:
            return
        institution = self.institution_combo.current_id()
        signatories = []
        if institution not in (None, SearchableCombo.NOT_IN_LIST):
            signatories = [s for s in records.signatories(db=self.db, institution_id=institution) if s["active"]]
        keep = signatories[0]["id"] if len(signatories) == 1 else None
        self._fill_signatories(institution, keep)
        self._show_institution_info()
        self._form_changed()

    def _programme_changed(self, *_args) -> None:
        self._show_programme_info()
        self._form_changed()

    def _show_programme_info(self) -> None:
        """The chosen programme's full name under the field (the field itself may have to shorten it)."""
        index = self.programme_combo.currentIndex()
        name = self.programme_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) if index >= 0 else ""
        self.programme_info.setText(name or "")
        self.programme_info.setVisible(bool(name))

    def _show_institution_info(self) -> None:
        """The chosen institution's names in both languages, as the act prints them."""
        institution = self.institution_combo.current_id()
        text = ""
        if institution not in (None, SearchableCombo.NOT_IN_LIST):
            index = self.institution_combo.findData(institution)
            text = str(self.institution_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) or "").strip()
        self.institution_info.setText(text)
        self.institution_info.setVisible(bool(text))

    def _signatory_changed(self, *_args) -> None:
        self._show_signatory_info()
        self._form_changed()

    def _show_signatory_info(self) -> None:
        sig_id = self.signatory_combo.currentData()
        if sig_id is None:
            self.signatory_info.setText("")
            self.signatory_info.hide()
            return
        sig = records.get(db=self.db, kind=records.SIGNATORY, record_id=sig_id)
        authority = words.pick(sig, "authority")
        text = self.tr("Acting under: %1").replace("%1", authority) if authority else ""
        self.signatory_info.setText(text)
        self.signatory_info.setVisible(bool(text))

    def _currency_changed(self, *_args) -> None:
        self._update_rate_widgets()
        self._form_changed()

    def _rate_changed(self, *_args) -> None:
        if self._loading:
            return
        self._check_rate_text(self.rate_edit, "rate")
        self._form_changed()

    def _nb_rate_changed(self, *_args) -> None:
        if self._loading:
            return
        self._check_rate_text(self.nb_rate_edit, "nb_rate")
        self._form_changed()

    def _check_rate_text(self, edit: QLineEdit, field: str) -> bool:
        """Show under the field why the rate typed cannot be read (nothing when it can); True when it can."""
        error = self._field_errors[field]
        text = edit.text().strip()
        message = ""
        if text:
            try:
                parse_rate(text)
            except InputError as problem:
                message = self.tr("The rate %1.").replace("%1", problem_text(problem.problems[0]))
        error.setText(message)
        error.setVisible(bool(message))
        return not message

    def local_problems(self) -> list[Problem]:
        """What the form can tell before the store: a national bank's source or date without its rate."""
        if self.currency_combo.currentData() == "USD" or self.nb_rate_edit.text().strip():
            return []
        if self.nb_rate_source_edit.text().strip() or self.nb_rate_date_edit.value():
            return [Problem(QT_TRANSLATE_NOOP("problems", "enter the national bank's rate, or clear its bank and date"), field="nb_rate")]
        return []

    def _update_rate_widgets(self) -> None:
        currency = self.currency_combo.currentData() or "USD"
        usd = currency == "USD"
        editable = self.is_draft
        for widget in self.rate_widgets:
            widget.setEnabled(editable and not usd)
        self.usd_note.setVisible(usd)
        self.nb_bank_button.setVisible(editable)
        self.rate_unit_label.setText(self.tr("%1 for").replace("%1", currency))
        self.nb_rate_unit_label.setText(self.tr("%1 for").replace("%1", currency))
        bank = self.national_banks().get(currency)
        self.nb_rate_source_edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", bank) if bank else self.tr("The national bank"))
        # a finalized act shows the section only when it has a national rate, and then unfolded
        offered = not usd and (editable or bool(self.row.get("nb_rate_micro")))
        self._national_form.setRowVisible(self.national_toggle, offered)
        if not offered:
            self._national_toggled(False)
        elif self.national_toggle.isChecked():
            self._national_toggled(True)

    # ----------------------------------------------------------------------------------- showing

    def _update_title(self) -> None:
        number = self.row.get("number")
        if number:
            title = self.tr("Act %1").replace("%1", number)
        else:
            title = self.tr("Draft act %1").replace("%1", str(self.act_id))
        self.setWindowTitle(title + "[*]")
        self.setWindowModified(self.has_unsaved_changes())

    def banner_text(self) -> str:
        row = self.row
        status = row.get("status")
        number = row.get("number") or ""
        if status == "draft":
            return self.tr("Draft — the act gets its number when it is finalized.")
        if status == "finalized":
            return self.tr("Finalized — %1. Print it, have it signed and stamped, then record it as signed.").replace("%1", number)
        if status == "signed":
            text = self.tr("Finalized — %1. Signed on %2.").replace("%1", number).replace("%2", format_date(row.get("signed_date")))
            if row.get("signed_scan_id") is None:
                text += " " + self.tr("The signed scan is not attached yet.")
            return text
        if status == "void":
            return self.tr("Void — %1. Reason: %2").replace("%1", number).replace("%2", row.get("void_reason") or "")
        return status or ""

    def _update_banner(self) -> None:
        colours = {
            "draft": ("#fff4ce", "#5c4a00", "#e6d28a"),
            "finalized": ("#deecf9", "#0b3a66", "#a9c8e8"),
            "signed": ("#dff6dd", "#0e4b12", "#a6d7a2"),
            "void": ("#fde7e9", "#7a1016", "#eeb0b5"),
        }
        background, foreground, border = colours.get(self.status, colours["draft"])
        self.banner.setText(self.banner_text())
        self.banner.setStyleSheet(
            f"QLabel#act_status_banner {{ background: {background}; color: {foreground}; border: 1px solid {border};"
            " border-radius: 4px; padding: 8px 10px; font-weight: bold; }")

    def _update_buttons(self, *_args) -> None:
        draft = self.is_draft
        status = self.status
        self.header_widget.setEnabled(draft)
        self.add_items_button.setVisible(draft)
        self.remove_lines_button.setVisible(draft)
        self.lines_hint.setVisible(draft)
        has_selection = bool(self.lines_view.selectionModel().selectedRows())
        self.remove_lines_button.setEnabled(draft and has_selection and not self._busy)
        self.add_items_button.setEnabled(draft and not self._busy)
        self.save_button.setVisible(draft)
        self.finalize_button.setVisible(draft)
        self.sign_button.setVisible(status == "finalized")
        self.attach_scan_button.setVisible(status == "signed" and self.row.get("signed_scan_id") is None)
        self.void_button.setVisible(status in ("finalized", "signed"))
        has_lines = self.lines_model.rowCount() > 0
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(has_lines and not self._busy)
        self.save_shortcut.setEnabled(draft)

    def _update_totals(self) -> None:
        quantity, amount = self.lines_model.totals()
        saved_currency = self.row.get("currency") or "USD"
        form_currency = self.currency_combo.currentData() or saved_currency
        lang = ui_language()
        self.total_label.setText(self.tr("Total: %1 (quantity %2)").replace("%1", format_amount(amount, saved_currency, lang))
                                 .replace("%2", str(quantity)))
        self.usd_label.setText(self._usd_text(amount, saved_currency, form_currency))
        pair = (self.languages_combo.currentData() or self.row.get("languages") or "ru,en").split(",")
        for label, code in zip(self.words_labels, pair):
            try:
                text = amount_in_words(amount, saved_currency, code)
            except DeskError:
                text = "—"
            label.setText(self.tr("In words (%1): %2").replace("%1", words.language_name(code)).replace("%2", text))

    def _usd_text(self, amount: int, saved_currency: str, form_currency: str) -> str:
        lang = ui_language()
        if form_currency != saved_currency and self.is_draft:
            return self.tr("Save to convert the prices to %1.").replace("%1", form_currency)
        if saved_currency == "USD":
            return ""
        rate_micro, scale = self.row.get("rate_micro"), self.row.get("rate_scale") or 1
        if self.is_draft:
            try:
                text = self.rate_edit.text().strip()
                rate_micro = parse_rate(text) if text else None
                scale = self.rate_scale_combo.currentData() or 1
            except InputError:
                rate_micro = None
        if not rate_micro:
            return self.tr("In USD: enter the exchange rate")
        usd = to_usd_minor(amount, rate_micro, scale)
        return (self.tr("In USD: %1 at %2 %3 for %4 USD").replace("%1", format_amount(usd, "USD", lang))
                .replace("%2", format_rate(rate_micro, lang)).replace("%3", saved_currency).replace("%4", str(scale)))

    def _clear_field_errors(self) -> None:
        for label in set(self._field_errors.values()):
            label.clear()
            label.hide()
        self.form_error.clear()
        self.form_error.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field; the rest above the form."""
        self._clear_field_errors()
        if any((problem.field or "").startswith("nb_rate") for problem in problems):
            self.national_toggle.setChecked(True)
        by_label: dict[QLabel, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            label = self._field_errors.get(problem.field or "")
            text = problem_text(problem)
            text = text[:1].upper() + text[1:]
            if label is None:
                general.append(errors.problem_text(problem))
            else:
                by_label.setdefault(label, []).append(text)
        for label, texts in by_label.items():
            label.setText("\n".join(texts))
            label.show()
        if general:
            self.form_error.setText("\n".join(general))
            self.form_error.show()

    def field_error(self, field: str) -> str:
        """The problem shown under ``field`` ('' when none); for tests and screenshots."""
        label = self._field_errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _show_lines_error(self, message: str) -> None:
        self.lines_error.setText(message)
        self.lines_error.setVisible(bool(message))

    # ----------------------------------------------------------------------------------- saving

    def save(self) -> bool:
        """Write the header changes; True when everything is stored."""
        if not self.is_draft:
            return True
        changes = self.pending_changes()
        if not changes:
            return True
        local = self.local_problems()
        if local:
            self.national_toggle.setChecked(True)
            self.show_problems(local)
            return False
        try:
            acts_store.update_draft(db=self.db, act_id=self.act_id, changes=changes)
        except InputError as error:
            self.show_problems(error.problems)
            return False
        except DeskError as error:
            show_error(self, error)
            return False
        self._touched = True
        self.reload()
        self.act_changed.emit(self.act_id)
        return True

    def _commit_line(self, line_id: int, **change: int) -> bool:
        try:
            acts_store.update_line(db=self.db, line_id=line_id, **change)
        except InputError as error:
            self._show_lines_error("\n".join(problem_text(p)[:1].upper() + problem_text(p)[1:] for p in error.problems))
            return False
        except DeskError as error:
            show_error(self, error)
            return False
        self._after_lines_changed()
        return True

    def _after_lines_changed(self) -> None:
        self._touched = True
        self.row = acts_store.get_act_row(db=self.db, act_id=self.act_id)
        self._reload_lines()  # the header form keeps what is typed and not yet saved
        self._update_buttons()
        self._update_totals()
        self.act_changed.emit(self.act_id)

    def exec_picker(self, picker: ItemPickerDialog) -> bool:
        """Show the picker; a separate method so tests can tick items and answer for the user."""
        return picker.exec() == QDialog.DialogCode.Accepted

    def add_items(self) -> list[int]:
        """Choose items in the picker and add them as lines; returns the ids of the lines added."""
        if not self.is_draft or not self.save():
            return []
        picker = ItemPickerDialog(db=self.db, act_id=self.act_id, programme_id=self.row.get("programme_id"), parent=self)
        try:
            if not self.exec_picker(picker):
                return []
            lines = picker.selected_lines()
        finally:
            picker.deleteLater()
        return self.add_lines(lines)

    def add_lines(self, lines: list[dict[str, int]]) -> list[int]:
        if not lines:
            return []
        try:
            added = acts_store.add_lines(db=self.db, act_id=self.act_id, lines=lines)
        except DeskError as error:
            show_error(self, error)
            return []
        self._after_lines_changed()
        return added

    def remove_selected_lines(self) -> None:
        if not self.is_draft:
            return
        rows = sorted({index.row() for index in self.lines_view.selectionModel().selectedRows()})
        ids = [self.lines_model.line_at(r)["id"] for r in rows]
        if not ids:
            return
        try:
            acts_store.remove_lines(db=self.db, act_id=self.act_id, line_ids=ids)
        except DeskError as error:
            show_error(self, error)
            return
        self._after_lines_changed()

    # ----------------------------------------------------------------------------------- documents

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
        try:
            document = acts_store.act_document(db=self.db, act_id=self.act_id)
        except DeskError as error:
            show_error(self, error)
            return False
        logo_path = office_settings.get_setting(db=self.db, key="logo_path") or ""
        self._set_busy(True, self.tr("Preparing the certificate…"))

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

        self.tasks.run(render_act_pdf, document, copies=copies, logo_path=logo_path, on_done=done, on_error=failed)
        return True

    def deleteLater(self) -> None:  # noqa: N802 - Qt override
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
            title = self.tr("Preview — %1").replace("%1", self.windowTitle().replace("[*]", ""))
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
                    self.busy_label.setText(self.tr("Saved %1").replace("%1", file.name))
                    return
                if send_pdf_to_printer(data, target):  # the PDF itself, vector, where the spooler takes it
                    self.record_print(data, self.print_copies())
                    self.busy_label.setText(self.tr("Sent %1 pages to the printer.").replace("%1", str(document.pageCount())))
                    return
                sheets = print_pdf(document, target)
                self.record_print(data, self.print_copies())
                self.busy_label.setText(self.tr("Sent %1 pages to the printer.").replace("%1", str(sheets)))
            except PrintError as error:
                QMessageBox.warning(self, self.tr("Printing failed"),
                                    self.tr("The act was not printed: %1. Check the printer and try again.").replace("%1", print_error_text(error)))
            finally:
                document.close()
                document.deleteLater()

        self.render_pdf(send, copies=self.print_copies())

    def ask_pdf_path(self, suggested: str) -> str:
        """Where to save the PDF; a separate method so tests can answer for the user."""
        folder = self.settings.last_folder("pdf") if self.settings is not None else ""
        folder = folder or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the act as PDF"), str(Path(folder) / suggested),
                                                    self.tr("PDF files (*.pdf)"))
        return path

    def save_pdf(self, path: str | None = None) -> None:
        """Save one copy of the certificate as a PDF file (asks where unless given a path)."""
        def write(data: bytes) -> None:
            target = path or self.ask_pdf_path(self.suggested_file_name())
            if not target:
                return
            file = Path(target)
            if file.suffix.lower() != ".pdf":
                file = file.with_name(file.name + ".pdf")
            try:
                write_file(data, file, protected=[database_file(self.db)], what="act.pdf")
            except DeskError as error:  # the database or a folder chosen, a full disk, a read-only folder
                errors.show_error(self, error)
                return
            self.record_print(data, 1)
            if self.settings is not None:
                self.settings.remember_folder("pdf", file)
            self.busy_label.setText(self.tr("Saved %1").replace("%1", file.name))

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
            result = acts_store.finalize_act(db=self.db, act_id=self.act_id)
        except DeskError as error:
            show_error(self, error)
            self.reload()
            return None
        self._touched = True
        self.reload()
        self.act_changed.emit(self.act_id)
        return result["number"]

    def mark_signed(self) -> bool:
        if self.status != "finalized":
            return False
        folder = self.settings.last_folder("scan") if self.settings is not None else ""
        dialog = SignDialog(act_date=self.row.get("act_date"), number=self.row.get("number") or "", last_folder=folder, parent=self)
        try:
            if not self.exec_dialog(dialog):
                return False
            signed_date, scan = dialog.signed_date(), dialog.scan_path()
        finally:
            dialog.deleteLater()
        try:
            acts_store.sign_act(db=self.db, act_id=self.act_id, signed_date=signed_date, scan_path=scan)
        except DeskError as error:
            show_error(self, error)
            return False
        if scan and self.settings is not None:
            self.settings.remember_folder("scan", scan)
        self.reload()
        self.act_changed.emit(self.act_id)
        return True

    def ask_scan_path(self) -> str:
        folder = self.settings.last_folder("scan") if self.settings is not None else ""
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the signed scan"), folder,
                                                    self.tr("Scans (*.pdf *.jpg *.jpeg *.png)"))
        return path

    def attach_scan(self) -> bool:
        if self.status != "signed" or self.row.get("signed_scan_id") is not None:
            return False
        path = self.ask_scan_path()
        if not path:
            return False
        try:
            acts_store.attach_signed_scan(db=self.db, act_id=self.act_id, scan_path=path)
        except DeskError as error:
            show_error(self, error)
            return False
        self.reload()
        self.act_changed.emit(self.act_id)
        return True

    def void(self) -> bool:
        if self.status not in ("finalized", "signed"):
            return False
        dialog = VoidDialog(number=self.row.get("number") or "", parent=self)
        try:
            if not self.exec_dialog(dialog):
                return False
            reason = dialog.reason()
        finally:
            dialog.deleteLater()
        try:
            acts_store.void_act(db=self.db, act_id=self.act_id, reason=reason)
        except DeskError as error:
            show_error(self, error)
            return False
        self.reload()
        self.act_changed.emit(self.act_id)
        return True

    def _open_attachment_item(self, item: QListWidgetItem) -> None:
        viewer = open_attachment(db=self.db, attachment_id=item.data(Qt.ItemDataRole.UserRole), parent=self)
        if viewer is not None:
            self.attachment_windows = [w for w in self.attachment_windows if w.isVisible()] + [viewer]

    def open_selected_attachment(self) -> None:
        item = self.attachments_list.currentItem()
        if item is not None:
            self._open_attachment_item(item)

    # ----------------------------------------------------------------------------------- closing

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel; a separate method so tests can answer for the user."""
        return QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("The act has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def may_close(self) -> bool:
        """Ask about unsaved changes; False when the user wants to stay."""
        if self._busy:
            return False
        if self.has_unsaved_changes():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return False
        return True

    def reject(self) -> None:  # noqa: D401 - Qt override: Close, Esc and the window's X all come here
        if not self.may_close():
            return
        self._forget_untouched_draft()
        if self.settings is not None:
            self.settings.save_geometry("act_editor", self)
            self.line_columns.save()
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        for window in self.attachment_windows:
            window.close()
        super().reject()

    def _forget_untouched_draft(self) -> None:
        """A new act closed without any change is deleted again."""
        if not (self._created_here and not self._touched and self.is_draft and self.lines_model.rowCount() == 0):
            return
        try:
            acts_store.delete_draft(db=self.db, act_id=self.act_id)
        except DeskError as error:
            log.info("the untouched new draft %s was kept: %s", self.act_id, error)
