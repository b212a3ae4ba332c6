"""Importing items, institutions, programmes or donors from a spreadsheet, in three steps.

1. **File**: what to import and from which XLSX or CSV file.
2. **Columns**: the mapping — remembered from an earlier file with the same
   header, or guessed — one row per column of the file with a few sample
   values and a field chooser the user can correct or set to "ignore";
   defaults for a column the file lacks (currency, programme, category,
   country); how dates such as 01/02/18 are written; the file's own
   category words and the category each is (asked once, kept for the office).
3. **Check**: every row as it will be stored, or with its problems (row,
   column, what is wrong); the rows skipped (titles, totals, signatures) and
   why; odd data worth a look.  Nothing is written until the user presses
   Import; the import is all or nothing.

The dialog calls the same functions as ``items import`` on the command line
(:func:`~equipment_desk.exchange.importers.choose_mapping`,
:func:`~equipment_desk.exchange.importers.prepare_import`,
:func:`~equipment_desk.exchange.importers.apply_import`).

Reading, checking and writing run in the background (``TaskRunner``) with a
progress dialog and Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.money import CURRENCY_CODES
from equipment_desk.exchange import remembered
from equipment_desk.exchange.columns import COLUMNS
from equipment_desk.exchange.importers import ChosenMapping, ImportPreview, ImportResult, apply_import, choose_mapping, prepare_import
from equipment_desk.exchange.tables import Mapping, Table, cell_text, normalise_title, read_table
from equipment_desk.store import records
from equipment_desk.store.records import ITEM_CATEGORIES
from equipment_desk.ui import errors
from equipment_desk.ui.import_memory import ImportMemoryDialog
from equipment_desk.ui.import_preview import PreviewModel, skipped_text, warnings_text
from equipment_desk.ui.models import category_label
from equipment_desk.ui.widgets.screen import fit_to_screen

__all__ = ["ImportWizard", "PreviewModel"]

KIND_ORDER = ("item", "institution", "programme", "donor")
UNKNOWN_CATEGORY = "the category {word} (rows {rows}) is none of the program's categories"
"""How the check's problem about a category word nobody mapped begins (worded for the window here)."""


def _check_table(context, kind: str, table: Table, mapping: dict[int, str], defaults: dict[str, Any], date_order: str | None = None,
                 categories: dict[str, str] | None = None) -> ImportPreview:
    return prepare_import(db=context.db, kind=kind, table=table, mapping=mapping, defaults=defaults, date_order=date_order,
                          categories=categories, progress=lambda done, total: context.progress(done, total),
                          cancel=lambda: context.cancelled)


def _apply(context, preview: ImportPreview) -> ImportResult:
    return apply_import(db=context.db, preview=preview, progress=lambda done, total: context.progress(done, total),
                        cancel=lambda: context.cancelled)


SHOWN_PROBLEMS = 3
"""The rows' problems the summary words (the others are in the table)."""


class ImportWizard(QDialog):
    """File → columns → check → import.  ``imported(ImportResult)`` is emitted after a successful import."""

    imported = Signal(object)

    def __init__(self, *, db, tasks, settings=None, kind: str = "item", path: str | Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self.settings = settings
        self.table: Table | None = None
        self.guessed: Mapping | None = None
        self.remembered = False
        self.remembered_order: str | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import from Excel or CSV"))
        self.setObjectName("import_wizard")
        fit_to_screen(self, 920, 620)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._file_page(kind, path))
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._check_page())

        self.back_button = QPushButton(self.tr("< Back"), self)
        self.next_button = QPushButton(self.tr("Next >"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        if settings is not None:
            settings.restore_geometry("import_wizard", self)

    # --- page 1: file -----------------------------------------------------------------------------

    def _file_page(self, kind: str, path: str | Path | None) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.kind_combo = QComboBox(page)
        labels = {"item": self.tr("Items (equipment)"), "institution": self.tr("Institutions with their signatories"),
                  "programme": self.tr("Programmes"), "donor": self.tr("Donors")}
        for name in KIND_ORDER:
            self.kind_combo.addItem(labels[name], name)
        self.kind_combo.setCurrentIndex(max(0, KIND_ORDER.index(kind) if kind in KIND_ORDER else 0))
        self.path_edit = QLineEdit(str(path) if path else "", page)
        self.path_edit.setPlaceholderText(self.tr("An .xlsx or .csv file"))
        self.path_edit.textChanged.connect(self._update_buttons)
        browse = QPushButton(self.tr("Browse…"), page)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Import:"), self.kind_combo)
        form.addRow(self.tr("File:"), row)
        hint = QLabel(self.tr("The first sheet is read. Column titles may be in English or Russian; "
                              "the next step shows how they were understood."), page)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.memory_button = QPushButton(self.tr("What imports remember…"), page)
        self.memory_button.setObjectName("memory_button")
        self.memory_button.setToolTip(self.tr("The office's category words, and the column mappings kept for earlier files"))
        self.memory_button.clicked.connect(self.open_memory)
        memory_row = QHBoxLayout()
        memory_row.addWidget(self.memory_button)
        memory_row.addStretch(1)
        form.addRow(memory_row)
        return page

    def open_memory(self) -> None:
        """The office's category words and the remembered mappings, to see and edit (the choices made here are re-read after)."""
        dialog = ImportMemoryDialog(db=self.db, parent=self)
        dialog.exec()
        if self.table is not None and self.guessed is not None:
            self._fill_categories()

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def browse(self) -> None:
        start = self.settings.last_folder("import") if self.settings is not None else ""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), start,
                                                self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
        if chosen:
            self.path_edit.setText(chosen)
            if self.settings is not None:
                self.settings.remember_folder("import", chosen)

    # --- page 2: columns --------------------------------------------------------------------------

    def _columns_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.columns_label = QLabel(page)
        self.columns_label.setWordWrap(True)
        layout.addWidget(self.columns_label)
        self.remembered_label = QLabel(self.tr("These columns are read as they were for the last file with the same titles."), page)
        self.remembered_label.setObjectName("remembered_label")
        self.remembered_label.setWordWrap(True)
        self.guess_again_button = QPushButton(self.tr("Guess the columns again"), page)
        self.guess_again_button.setObjectName("guess_again_button")
        self.guess_again_button.clicked.connect(self.guess_again)
        remembered_row = QHBoxLayout()
        remembered_row.addWidget(self.remembered_label, 1)
        remembered_row.addWidget(self.guess_again_button)
        self.remembered_label.setVisible(False)
        self.guess_again_button.setVisible(False)
        layout.addLayout(remembered_row)
        self.columns_table = QTableWidget(0, 3, page)
        self.columns_table.setObjectName("columns_table")
        self.columns_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Sample values"), self.tr("Read as")])
        self.columns_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns_table.verticalHeader().setVisible(False)
        layout.addWidget(self.columns_table, 3)  # the file's columns first: the defaults below need little height
        self.defaults_box = QGroupBox(self.tr("For rows that leave these empty"), page)
        defaults = QFormLayout(self.defaults_box)
        self.default_currency = QComboBox(self.defaults_box)
        self.default_currency.addItem(self.tr("(none)"), "")
        for code in CURRENCY_CODES:
            self.default_currency.addItem(code, code)
        self.default_programme = QComboBox(self.defaults_box)
        self.default_category = QComboBox(self.defaults_box)
        self.default_category.addItem(self.tr("(none)"), "")
        for code in ITEM_CATEGORIES:
            self.default_category.addItem(category_label(code), code)
        self.default_country = QLineEdit(self.defaults_box)
        self.default_country.setPlaceholderText(self.tr("e.g. KG"))
        defaults.addRow(self.tr("Currency:"), self.default_currency)
        defaults.addRow(self.tr("Programme:"), self.default_programme)
        defaults.addRow(self.tr("Category:"), self.default_category)
        defaults.addRow(self.tr("Country:"), self.default_country)
        self.date_order = QComboBox(self.defaults_box)
        self.date_order.setObjectName("date_order")
        self.date_order.addItem(self.tr("Not given: refuse dates that could be read two ways"), "")
        self.date_order.addItem(self.tr("Day first: 15/02/18"), "dmy")
        self.date_order.addItem(self.tr("Month first: 02/15/18"), "mdy")
        self.date_order.addItem(self.tr("Year first: 2018/02/15"), "ymd")
        defaults.addRow(self.tr("Dates such as 01/02/18:"), self.date_order)
        lower = QHBoxLayout()
        lower.addWidget(self.defaults_box, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(lower, 1)
        self.categories_box = QGroupBox(self.tr("The file's categories"), page)
        categories = QVBoxLayout(self.categories_box)
        hint = QLabel(self.tr("Say once which category each word of the file is; the office's words are kept for the next import."),
                      self.categories_box)
        hint.setWordWrap(True)
        categories.addWidget(hint)
        self.categories_table = QTableWidget(0, 2, self.categories_box)
        self.categories_table.setObjectName("categories_table")
        self.categories_table.setHorizontalHeaderLabels([self.tr("Word in the file"), self.tr("Category")])
        self.categories_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.categories_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.categories_table.verticalHeader().setVisible(False)
        categories.addWidget(self.categories_table, 1)
        words_button = QPushButton(self.tr("The office's words…"), self.categories_box)
        words_button.clicked.connect(self.open_memory)
        words_row = QHBoxLayout()
        words_row.addStretch(1)
        words_row.addWidget(words_button)
        categories.addLayout(words_row)
        lower.addWidget(self.categories_box, 1, Qt.AlignmentFlag.AlignTop)
        for box in (self.defaults_box, self.categories_box):  # no taller than they need: the room goes to the columns
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.categories_table.setMaximumHeight(self.categories_table.fontMetrics().lineSpacing() * 8)
        self.category_combos: dict[str, QComboBox] = {}
        return page

    def _fill_columns(self) -> None:
        assert self.table is not None and self.guessed is not None
        specs = COLUMNS[self.kind]
        mapping = self.guessed
        self.columns_label.setText(self.tr("Titles found on row %1 of %2. Check how each column will be read; "
                                           "choose another field or “ignore” where the guess is wrong.")
                                   .replace("%1", str(mapping.header_row)).replace("%2", self.table.source))
        samples: dict[int, list[str]] = {i: [] for i in range(len(mapping.titles))}
        for number, values in self.table.rows:
            if number <= mapping.header_row:
                continue
            for index in samples:
                if index < len(values) and len(samples[index]) < 3 and cell_text(values[index]):
                    samples[index].append(cell_text(values[index])[:40])
            if all(len(s) >= 3 for s in samples.values()):
                break
        self.columns_table.setRowCount(len(mapping.titles))
        self.field_combos: list[QComboBox] = []
        for index, title in enumerate(mapping.titles):
            self.columns_table.setItem(index, 0, QTableWidgetItem(title or self.tr("(no title)")))
            self.columns_table.setItem(index, 1, QTableWidgetItem(" · ".join(samples.get(index, []))))
            combo = QComboBox(self.columns_table)
            combo.addItem(self.tr("(ignore)"), "")
            for spec in specs:
                combo.addItem(f"{spec.title_en} / {spec.title_ru}", spec.field)
            chosen = mapping.fields.get(index, "")
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.columns_table.setCellWidget(index, 2, combo)
            self.field_combos.append(combo)
        self.columns_table.resizeColumnToContents(0)
        self.columns_table.resizeColumnToContents(2)
        for combo in self.field_combos:
            combo.currentIndexChanged.connect(self._fill_categories)
        self.remembered_label.setVisible(self.remembered)
        self.guess_again_button.setVisible(self.remembered)
        self.date_order.setCurrentIndex(max(0, self.date_order.findData(self.remembered_order or "")))
        self.date_order.setEnabled(self.kind == "item")
        self._fill_categories()
        item_kind, institution_kind = self.kind == "item", self.kind == "institution"
        for widget in (self.default_currency, self.default_programme, self.default_category):
            widget.setEnabled(item_kind)
        self.default_country.setEnabled(institution_kind)
        self.defaults_box.setVisible(item_kind or institution_kind)
        self.default_programme.clear()
        self.default_programme.addItem(self.tr("(none)"), "")
        for programme in records.list_records(db=self.db, kind=records.PROGRAMME, order_by="code"):
            self.default_programme.addItem(programme["code"], programme["code"])

    def guess_again(self) -> None:
        """Forget the remembered columns for this file and show the guess (as ``--fresh`` does on the command line)."""
        assert self.table is not None
        guessed = choose_mapping(db=self.db, kind=self.kind, table=self.table, remembered_ok=False).mapping
        for index, combo in enumerate(self.field_combos):
            combo.setCurrentIndex(max(0, combo.findData(guessed.fields.get(index, ""))))
        self.remembered = False
        self.remembered_label.setVisible(False)
        self.guess_again_button.setVisible(False)

    def _fill_categories(self) -> None:
        """One row per category word of the file's category column, with the category it is read as."""
        column = next((index for index, field in self.chosen_mapping().items() if field == "category"), None)
        words: dict[str, str] = {}
        if self.kind == "item" and column is not None and self.table is not None:
            for number, values in self.table.rows:
                if number <= self.guessed.header_row or column >= len(values):
                    continue
                word = cell_text(values[column])
                if word and normalise_title(word) not in words and len(words) < 60:
                    words[normalise_title(word)] = word
        known = remembered.category_lookup(db=self.db)
        earlier = {key: combo.currentData() for key, combo in self.category_combos.items()}
        self.categories_table.setRowCount(len(words))
        self.category_combos = {}
        for row, (key, word) in enumerate(words.items()):
            self.categories_table.setItem(row, 0, QTableWidgetItem(word))
            combo = QComboBox(self.categories_table)
            combo.addItem(self.tr("(choose)"), "")
            for code in ITEM_CATEGORIES:
                combo.addItem(category_label(code), code)
            combo.setCurrentIndex(max(0, combo.findData(earlier.get(key) or known.get(key, ""))))
            self.categories_table.setCellWidget(row, 1, combo)
            self.category_combos[key] = combo
        self.categories_box.setVisible(bool(words))

    def chosen_categories(self) -> dict[str, str]:
        """The file's category words -> our category, as chosen (words left on "(choose)" are asked about by the check)."""
        chosen = {}
        for row in range(self.categories_table.rowCount()):
            word = self.categories_table.item(row, 0).text()
            code = self.category_combos[normalise_title(word)].currentData()
            if code:
                chosen[word] = code
        return chosen

    def set_category(self, word: str, code: str) -> None:
        combo = self.category_combos[normalise_title(word)]
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def chosen_mapping(self) -> dict[int, str]:
        """Column index -> field as the user left it (a field chosen twice keeps its first column)."""
        mapping: dict[int, str] = {}
        for index, combo in enumerate(getattr(self, "field_combos", [])):
            field = combo.currentData()
            if field and field not in mapping.values():
                mapping[index] = field
        return mapping

    def set_field(self, column: int, field: str) -> None:
        """Choose the field of one column (as the user would with the chooser)."""
        combo = self.field_combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def defaults(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if self.kind == "item":
            values.update(currency=self.default_currency.currentData(), programme_code=self.default_programme.currentData(),
                          category=self.default_category.currentData())
        if self.kind == "institution":
            values["country"] = self.default_country.text().strip()
        return {k: v for k, v in values.items() if v}

    # --- page 3: check ------------------------------------------------------------------------------

    def _check_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.summary_label = QLabel(page)
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.file_problems_label = QLabel(page)
        self.file_problems_label.setWordWrap(True)
        self.file_problems_label.setStyleSheet("color: #b3261e")
        layout.addWidget(self.file_problems_label)
        self.warnings_label = QLabel(page)
        self.warnings_label.setObjectName("warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #8a5300")
        layout.addWidget(self.warnings_label)
        self.skipped_label = QLabel(page)
        self.skipped_label.setObjectName("skipped_label")
        self.skipped_label.setWordWrap(True)
        layout.addWidget(self.skipped_label)
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"), page)
        self.only_problems.toggled.connect(lambda on: self.preview_model.set_only_problems(on))
        layout.addWidget(self.only_problems)
        self.preview_model = PreviewModel(page)
        self.preview_view = QTableView(page)
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setWordWrap(True)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.verticalHeader().setVisible(False)
        layout.addWidget(self.preview_view, 1)
        return page

    def _show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.preview_model.set_preview(preview)
        bad_rows = sum(1 for r in preview.rows if r.problems)
        if preview.ok:
            text = self.tr("%n row(s) ready. Nothing has been written yet: press Import to add them all.", "", len(preview.rows))
            if preview.signatory_count:
                text += " " + "({}, {})".format(self.tr("%n institution(s)", "", preview.record_count),
                                                self.tr("%n signatory(ies)", "", preview.signatory_count))
        elif preview.file_problems and not bad_rows:
            text = self.tr("The file cannot be imported as it is. Correct it, or go back and choose the missing column "
                           "or a value for rows that leave it empty, then check again.")
        else:
            text = self.tr("{bad} of {rows} have problems; {problems} in all. Correct the file (or the columns) and check again: "
                           "nothing is imported until every row is right.").format(
                bad=bad_rows, rows=self.tr("%n row(s)", "", len(preview.rows)), problems=self.tr("%n problem(s)", "", len(preview.problems)))
            # the first problems in words: the table's own column of problems is at its far right, out of view
            text += "".join("\n• " + errors.problem_text(problem) for problem in preview.problems[:SHOWN_PROBLEMS])
            if len(preview.problems) > SHOWN_PROBLEMS:
                text += "\n" + self.tr("…and %n more, in the last column of the table.", "", len(preview.problems) - SHOWN_PROBLEMS)
        self.summary_label.setText(text)
        # a file's problem names its column in its own words: no English field name in front of it
        self.file_problems_label.setText("\n".join(self._file_problem_text(p) for p in preview.file_problems))
        self.file_problems_label.setVisible(bool(preview.file_problems))
        self.warnings_label.setText(warnings_text(preview))
        self.warnings_label.setVisible(bool(preview.warnings))
        self.skipped_label.setText(skipped_text(preview))
        self.skipped_label.setVisible(bool(preview.skipped))
        self.preview_view.resizeColumnsToContents()
        if len(preview.rows) <= 500:
            self.preview_view.resizeRowsToContents()
        self.pages.setCurrentIndex(2)
        self._update_buttons()

    def _file_problem_text(self, problem) -> str:
        """A file's problem as the window says it: an unknown category word points to the list on the columns page."""
        if problem.message.startswith(UNKNOWN_CATEGORY):
            return (self.tr("The category %1 (rows %2) is none of the program's categories: go back and choose which it is "
                            "under “The file's categories”; the office keeps the word for the next import.")
                    .replace("%1", str(problem.params.get("word", ""))).replace("%2", str(problem.params.get("rows", ""))))
        return errors.problem_text(problem, with_field=False)

    # --- navigation ---------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setEnabled(page > 0)
        self.next_button.setVisible(page < 2)
        self.next_button.setEnabled(page == 1 or bool(self.path_edit.text().strip()))
        self.next_button.setText(self.tr("Check rows >") if page == 1 else self.tr("Next >"))
        self.import_button.setVisible(page == 2)
        self.import_button.setEnabled(page == 2 and self.preview is not None and self.preview.ok and self.result is None)

    def go_back(self) -> None:
        self.pages.setCurrentIndex(max(0, self.pages.currentIndex() - 1))
        self._update_buttons()

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if page == 0:
            self.read_file()
        elif page == 1:
            self.check_rows()

    def read_file(self) -> None:
        path = self.path_edit.text().strip()
        kind = self.kind

        def read(context, path: str) -> tuple[Table, ChosenMapping]:
            table = read_table(path)
            return table, choose_mapping(db=context.db, kind=kind, table=table)

        def done(result: tuple[Table, ChosenMapping]) -> None:
            self.table, chosen = result
            self.guessed, self.remembered, self.remembered_order = chosen.mapping, chosen.remembered, chosen.date_order
            self.preview = None
            self._fill_columns()
            self.pages.setCurrentIndex(1)
            self._update_buttons()

        self.tasks.run_with_progress(read, path, parent=self, label=self.tr("Reading %1…").replace("%1", Path(path).name),
                                     on_done=done, on_error=self._failed)

    def check_rows(self) -> None:
        assert self.table is not None
        self.tasks.run_with_progress(_check_table, self.kind, self.table, self.chosen_mapping(), self.defaults(),
                                     self.date_order.currentData() or None, self.chosen_categories(), parent=self,
                                     label=self.tr("Checking every row…"), on_done=self._show_preview, on_error=self._failed)

    def start_import(self) -> None:
        if self.preview is None or not self.preview.ok:
            return

        def done(result: ImportResult) -> None:
            self.result = result
            text = self.tr("Imported %n record(s) from {file}.", "", result.created).format(file=result.source)
            if result.signatories:
                text += " " + self.tr("With %n signatory(ies).", "", result.signatories)
            self.summary_label.setText(text)
            self._update_buttons()
            self.imported.emit(result)

        def cancelled() -> None:
            self.summary_label.setText(self.tr("The import was cancelled; nothing was written."))

        self.tasks.run_with_progress(_apply, self.preview, parent=self, label=self.tr("Importing…"), on_done=done,
                                     on_error=self._failed, on_cancelled=cancelled)

    def _failed(self, error: BaseException) -> None:
        errors.show_error(self, error)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        if self.settings is not None:
            self.settings.save_geometry("import_wizard", self)
        super().done(result)
