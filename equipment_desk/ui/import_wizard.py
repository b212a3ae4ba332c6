"""Importing items, institutions, programmes or donors from a spreadsheet, in three steps.

1. **File**: what to import and from which XLSX or CSV file.
2. **Columns**: the guessed mapping, one row per column of the file with a
   few sample values and a field chooser the user can correct; defaults for
   a column the file lacks (currency, programme, category, country).
3. **Check**: every row with its problems (row, column, what is wrong).
   Nothing is written until the user presses Import; the import is all or
   nothing.

Reading, checking and writing run in the background (``TaskRunner``) with a
progress dialog and Cancel.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
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
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.money import CURRENCY_CODES
from equipment_desk.exchange.columns import COLUMNS
from equipment_desk.exchange.importers import ImportPreview, ImportResult, apply_import, prepare_import
from equipment_desk.exchange.tables import Mapping, Table, cell_text, guess_mapping, read_table
from equipment_desk.store import records
from equipment_desk.store.records import ITEM_CATEGORIES
from equipment_desk.ui import errors
from equipment_desk.ui.models import category_label

KIND_ORDER = ("item", "institution", "programme", "donor")
Index = QModelIndex | QPersistentModelIndex


def _read_and_check(context, kind: str, path: str, mapping: dict[int, str] | None, defaults: dict[str, Any]) -> ImportPreview:
    table = read_table(path)
    context.progress(0, 0)
    return prepare_import(db=context.db, kind=kind, table=table, mapping=mapping, defaults=defaults,
                          progress=lambda done, total: context.progress(done, total), cancel=lambda: context.cancelled)


def _check_table(context, kind: str, table: Table, mapping: dict[int, str], defaults: dict[str, Any]) -> ImportPreview:
    return prepare_import(db=context.db, kind=kind, table=table, mapping=mapping, defaults=defaults,
                          progress=lambda done, total: context.progress(done, total), cancel=lambda: context.cancelled)


def _apply(context, preview: ImportPreview) -> ImportResult:
    return apply_import(db=context.db, preview=preview, progress=lambda done, total: context.progress(done, total),
                        cancel=lambda: context.cancelled)


class PreviewModel(QAbstractTableModel):
    """The rows of a checked file: row number, state, the mapped cells, the problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self._rows: list[Any] = []
        self._fields: list[str] = []
        self._titles: list[str] = []
        self.only_problems = False

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._fields = list(dict.fromkeys(preview.mapping.fields.values())) if preview else []
        self._titles = [preview.mapping.title_of(f) for f in self._fields] if preview else []
        self._filter()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self.only_problems = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = self._preview.rows if self._preview else []
        self._rows = [r for r in rows if r.problems] if self.only_problems else list(rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 3 + len(self._fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("State")
        if section == 2 + len(self._fields):
            return self.tr("Problems")
        if 2 <= section < 2 + len(self._fields):
            return self._titles[section - 2]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        check = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return check.row
            if column == 1:
                return self.tr("%n problem(s)", "", len(check.problems)) if check.problems else self.tr("ready")
            if column == 2 + len(self._fields):
                return "\n".join(errors.problem_text(replace(p, row=None)) for p in check.problems)
            if 2 <= column < 2 + len(self._fields):
                text = check.shown.get(self._fields[column - 2], "")
                return text if len(text) <= 200 else text[:199] + "…"
        if role == Qt.ItemDataRole.ForegroundRole and check.problems and column in (1, 2 + len(self._fields)):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole and check.problems:
            return "\n".join(errors.problem_text(p) for p in check.problems)
        return None

    def problem_count(self) -> int:
        return sum(len(r.problems) for r in self._rows)


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
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import from Excel or CSV"))
        self.setObjectName("import_wizard")
        self.resize(920, 620)

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
        return page

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
        self.columns_table = QTableWidget(0, 3, page)
        self.columns_table.setObjectName("columns_table")
        self.columns_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Sample values"), self.tr("Read as")])
        self.columns_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns_table.verticalHeader().setVisible(False)
        layout.addWidget(self.columns_table, 1)
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
        layout.addWidget(self.defaults_box)
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
        item_kind, institution_kind = self.kind == "item", self.kind == "institution"
        for widget in (self.default_currency, self.default_programme, self.default_category):
            widget.setEnabled(item_kind)
        self.default_country.setEnabled(institution_kind)
        self.defaults_box.setVisible(item_kind or institution_kind)
        self.default_programme.clear()
        self.default_programme.addItem(self.tr("(none)"), "")
        for programme in records.list_records(db=self.db, kind=records.PROGRAMME, order_by="code"):
            self.default_programme.addItem(programme["code"], programme["code"])

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
            text = self.tr("%1 row(s) are ready. Nothing has been written yet: press Import to add them all.").replace("%1", str(len(preview.rows)))
            if preview.signatory_count:
                text += " " + self.tr("(%1 institution(s), %2 signatory(ies))").replace("%1", str(preview.record_count)).replace("%2", str(preview.signatory_count))
        elif preview.file_problems and not bad_rows:
            text = self.tr("The file cannot be imported as it is. Correct it, or go back and choose the missing column "
                           "or a value for rows that leave it empty, then check again.")
        else:
            text = self.tr("%1 of %2 row(s) have problems; %3 problem(s) in all. Correct the file (or the columns) and check again: "
                           "nothing is imported until every row is right.") \
                .replace("%1", str(bad_rows)).replace("%2", str(len(preview.rows))).replace("%3", str(len(preview.problems)))
        self.summary_label.setText(text)
        # a file's problem names its column in its own words: no English field name in front of it
        self.file_problems_label.setText("\n".join(errors.problem_text(p, with_field=False) for p in preview.file_problems))
        self.file_problems_label.setVisible(bool(preview.file_problems))
        self.preview_view.resizeColumnsToContents()
        if len(preview.rows) <= 500:
            self.preview_view.resizeRowsToContents()
        self.pages.setCurrentIndex(2)
        self._update_buttons()

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

        def read(context, path: str) -> tuple[Table, Mapping]:
            table = read_table(path)
            return table, guess_mapping(table, COLUMNS[kind])

        def done(result: tuple[Table, Mapping]) -> None:
            self.table, self.guessed = result
            self.preview = None
            self._fill_columns()
            self.pages.setCurrentIndex(1)
            self._update_buttons()

        self.tasks.run_with_progress(read, path, parent=self, label=self.tr("Reading %1…").replace("%1", Path(path).name),
                                     on_done=done, on_error=self._failed)

    def check_rows(self) -> None:
        assert self.table is not None
        self.tasks.run_with_progress(_check_table, self.kind, self.table, self.chosen_mapping(), self.defaults(), parent=self,
                                     label=self.tr("Checking every row…"), on_done=self._show_preview, on_error=self._failed)

    def start_import(self) -> None:
        if self.preview is None or not self.preview.ok:
            return

        def done(result: ImportResult) -> None:
            self.result = result
            text = self.tr("Imported %1 record(s) from %2.").replace("%1", str(result.created)).replace("%2", result.source)
            if result.signatories:
                text += " " + self.tr("With %1 signatory(ies).").replace("%1", str(result.signatories))
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
