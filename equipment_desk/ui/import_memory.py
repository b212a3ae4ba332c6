"""What imports remember, seen and edited in the window (``items categories`` and ``items mappings`` on the command line).

* **The office's category words**: each word the office's registers use for a
  category ("Laptops", «Оргтехника») and the program's category it means —
  listed, added, changed and deleted; saved in one transaction with
  :func:`~equipment_desk.exchange.remembered.set_office_categories`.
* **Column mappings**: the mapping kept for each header an import has seen,
  with the date order; any of them, or all, can be forgotten so the next
  file with that header is guessed again.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.errors import InputError
from equipment_desk.exchange import remembered
from equipment_desk.exchange.columns import COLUMNS
from equipment_desk.store.records import ITEM_CATEGORIES
from equipment_desk.ui import errors
from equipment_desk.ui.models import category_label
from equipment_desk.ui.widgets.screen import fit_to_screen
from equipment_desk.ui.words import ui_language


def _hinted_page(parent: QWidget, hint: str) -> tuple[QWidget, QVBoxLayout]:
    """A tab's page and its layout, headed by the wrapped ``hint``."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    label = QLabel(hint, page)
    label.setWordWrap(True)
    layout.addWidget(label)
    return page, layout


def _table(page: QWidget, name: str, titles: list[str], *, stretch: tuple[int, ...]) -> QTableWidget:
    """A table with the column ``titles``, the columns ``stretch`` taking the spare width, and no row numbers."""
    table = QTableWidget(0, len(titles), page)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(titles)
    for column in stretch:
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    return table

class ImportMemoryDialog(QDialog):
    """Two tabs: the office's category words (editable) and the remembered column mappings (forgettable)."""

    def __init__(self, *, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("What imports remember"))
        self.setObjectName("import_memory")
        fit_to_screen(self, 760, 480)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._words_tab(), self.tr("Category words"))
        self.tabs.addTab(self._mappings_tab(), self.tr("Column mappings"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.load_words()
        self.load_mappings()

    # --- the office's category words --------------------------------------------------------------

    def _words_tab(self) -> QWidget:
        page, layout = _hinted_page(self, self.tr("The words the office's registers use for categories, and the category each means. "
                                                  "An import reads these words as their category."))
        self.words_table = _table(page, "words_table", [self.tr("Word in the registers"), self.tr("Category")], stretch=(0, 1))
        layout.addWidget(self.words_table, 1)
        self.words_status = QLabel(page)
        self.words_status.setObjectName("words_status")
        self.words_status.setWordWrap(True)
        layout.addWidget(self.words_status)
        buttons = QHBoxLayout()
        self.add_word_button = QPushButton(self.tr("Add a word"), page)
        self.delete_word_button = QPushButton(self.tr("Delete the word"), page)
        self.save_words_button = QPushButton(self.tr("Save the words"), page)
        self.save_words_button.setObjectName("save_words_button")
        self.add_word_button.clicked.connect(lambda: self.add_word())
        self.delete_word_button.clicked.connect(self.delete_selected_word)
        self.save_words_button.clicked.connect(self.save_words)
        for button in (self.add_word_button, self.delete_word_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_words_button)
        layout.addLayout(buttons)
        return page

    def load_words(self) -> None:
        self.saved_words = remembered.office_categories(db=self.db)
        self.words_table.setRowCount(0)
        for _key, (word, code) in sorted(self.saved_words.items(), key=lambda entry: entry[1][0].casefold()):
            self.add_word(word, code)
        self.words_status.setText("" if self.saved_words else self.tr("The office has no words of its own yet."))

    def add_word(self, word: str = "", code: str = "") -> int:
        row = self.words_table.rowCount()
        self.words_table.insertRow(row)
        self.words_table.setItem(row, 0, QTableWidgetItem(word))
        combo = QComboBox(self.words_table)
        combo.addItem(self.tr("(choose)"), "")
        for category in ITEM_CATEGORIES:
            combo.addItem(category_label(category), category)
        combo.setCurrentIndex(max(0, combo.findData(code)))
        self.words_table.setCellWidget(row, 1, combo)
        if not word:
            self.words_table.setCurrentCell(row, 0)
            self.words_table.editItem(self.words_table.item(row, 0))
        return row

    def set_word(self, row: int, word: str, code: str) -> None:
        """Change one row as the user would: its word and its category."""
        self.words_table.item(row, 0).setText(word)
        combo = self.words_table.cellWidget(row, 1)
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def delete_selected_word(self) -> None:
        row = self.words_table.currentRow()
        if row >= 0:
            self.words_table.removeRow(row)

    def word_rows(self) -> list[tuple[str, str]]:
        """(word, category) of each row of the table, as shown."""
        rows = []
        for row in range(self.words_table.rowCount()):
            item = self.words_table.item(row, 0)
            rows.append(((item.text() if item else "").strip(), self.words_table.cellWidget(row, 1).currentData() or ""))
        return rows

    def save_words(self) -> bool:
        """Write the table as the office's words (added, changed, deleted) in one transaction; a problem names the row."""
        try:
            remembered.replace_office_categories(db=self.db, rows=self.word_rows())
        except InputError as error:
            errors.show_error(self, error)
            return False
        self.load_words()
        self.words_status.setText(self.tr("Saved."))
        return True

    # --- remembered column mappings ---------------------------------------------------------------

    def _mappings_tab(self) -> QWidget:
        page, layout = _hinted_page(self, self.tr("After an import, the columns are read the same way for the next file with the same titles. "
                                                  "Forget a mapping to have its columns guessed again."))
        self.mappings_table = _table(page, "mappings_table", [self.tr("Import of"), self.tr("Columns read as"), self.tr("Dates")],
                                     stretch=(1,))
        self.mappings_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.mappings_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.mappings_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mappings_table.setWordWrap(True)
        layout.addWidget(self.mappings_table, 1)
        buttons = QHBoxLayout()
        self.forget_button = QPushButton(self.tr("Forget the mapping"), page)
        self.forget_all_button = QPushButton(self.tr("Forget them all"), page)
        self.forget_button.clicked.connect(self.forget_selected)
        self.forget_all_button.clicked.connect(self.forget_all)
        buttons.addWidget(self.forget_button)
        buttons.addWidget(self.forget_all_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _kind_label(self, kind: str) -> str:
        return {"item": self.tr("Items"), "institution": self.tr("Institutions"), "programme": self.tr("Programmes"),
                "donor": self.tr("Donors")}.get(kind, kind)

    def _order_label(self, order: str | None) -> str:
        return {"dmy": self.tr("day first"), "mdy": self.tr("month first"), "ymd": self.tr("year first")}.get(order or "", "")

    def load_mappings(self) -> None:
        self.mappings = remembered.remembered_mappings(db=self.db)
        self.mappings_table.setRowCount(len(self.mappings))
        for row, mapping in enumerate(self.mappings):
            specs = {s.field: s for s in COLUMNS.get(mapping.kind, ())}
            parts = []
            for title, field in mapping.read_as():
                spec = specs.get(field or "")
                target = (spec.title_ru if ui_language() == "ru" else spec.title_en) if spec else self.tr("(ignored)")
                shown = title or self.tr("(no title)")  # not inside the f-string: lupdate would not see it
                parts.append(f"{shown} → {target}")
            self.mappings_table.setItem(row, 0, QTableWidgetItem(self._kind_label(mapping.kind)))
            self.mappings_table.setItem(row, 1, QTableWidgetItem("; ".join(parts)))
            self.mappings_table.setItem(row, 2, QTableWidgetItem(self._order_label(mapping.date_order)))
        self.mappings_table.resizeColumnToContents(0)
        self.forget_button.setEnabled(bool(self.mappings))
        self.forget_all_button.setEnabled(bool(self.mappings))

    def forget_selected(self) -> None:
        rows = sorted({index.row() for index in self.mappings_table.selectedIndexes()})
        if not rows:
            return
        by_kind: dict[str, list[str]] = {}
        for row in rows:
            by_kind.setdefault(self.mappings[row].kind, []).append(self.mappings[row].key)
        for kind, keys in by_kind.items():
            remembered.forget_mappings(db=self.db, keys=keys, kind=kind)
        self.load_mappings()

    def forget_all(self) -> None:
        remembered.forget_mappings(db=self.db)
        self.load_mappings()

