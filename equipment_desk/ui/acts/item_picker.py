"""Choosing items in stock for an act: search, filter, tick many at once.

:class:`ItemPickerDialog` lists every item that still has something
available (finalized acts already took their share; what the act being
edited already holds is subtracted too).  Type words to filter by name,
model, serial or inventory number; narrow by category and programme; tick
rows one by one (Space, double-click), tick everything shown, or paste a
list of serial numbers to tick those 50 computers at once.  Ticked rows stay
ticked while the filter changes.

``selected_lines()`` gives ``[{"item_id", "quantity"}]`` for
``store.acts.add_lines``.
"""

from __future__ import annotations

import re
from typing import Any

import sqlite_utils
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.store import queries, records
from equipment_desk.store import settings as office_settings
from equipment_desk.store.records import ITEM_CATEGORIES
from equipment_desk.ui.widgets.columns import FittedColumns, FittedTable
from equipment_desk.ui.widgets.screen import fit_to_screen
from equipment_desk.ui.words import category_text, money, ui_language, unit_text

BATCH = 200
"""Rows handed to the view at a time (fetchMore)."""
LIMIT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The largest quantity an editable quantity cell accepts."""
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_SPLIT = re.compile(r"[\s,;]+")


def stock_rows(*, db: sqlite_utils.Database, act_id: int | None = None) -> list[dict[str, Any]]:
    """The store's items with something left to hand over (``queries.items_to_hand_over``), each with the
    text the search field looks in."""
    rows = queries.items_to_hand_over(db=db, act_id=act_id)
    # the English and Russian names in the order the act prints its languages (a Russian–English act: Russian first)
    pair = db.execute("SELECT languages FROM act WHERE id = ?", [act_id]).fetchone() if act_id is not None else None
    printed = (pair[0] if pair else office_settings.get_setting(db=db, key="default_languages") or "ru,en").split(",")
    order = [code for code in printed if code in ("en", "ru")] + [code for code in ("ru", "en") if code not in printed]
    for row in rows:
        row["haystack"] = " ".join(
            str(row[key] or "") for key in ("name", "name_en", "name_ru", "model", "serial_number", "inventory_number")
        ).casefold()
        row["names"] = " / ".join(dict.fromkeys(n for n in (row[f"name_{code}"] for code in order) if n)) or row["name"]
    return rows


class QuantityDelegate(QStyledItemDelegate):
    """A spin box from 1 to the cell's ``LIMIT_ROLE``."""

    def createEditor(self, parent, option, index):
        editor = QSpinBox(parent)
        editor.setRange(1, max(int(index.data(LIMIT_ROLE) or 1), 1))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor, index):
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 1))

    def setModelData(self, editor, model, index):
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class StockItemsModel(QAbstractTableModel):
    """Items in stock (filtered), with a tick and a quantity per item; rows handed out in batches."""

    COLUMNS = ("name", "model", "serial_number", "inventory_number", "category", "programme_code",
               "left_quantity", "unit", "unit_value_minor", "take")
    NAME, MODEL, SERIAL, INVENTORY, CATEGORY, PROGRAMME, LEFT, UNIT, VALUE, TAKE = range(10)

    checked_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._loaded = 0
        self.checked: dict[int, int] = {}
        """item id -> quantity to take, for every ticked item (shown or not)."""

    # --- content -------------------------------------------------------------------------------

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._loaded = min(BATCH, len(self._rows))
        self.endResetModel()

    def all_rows(self) -> list[dict[str, Any]]:
        """Every row that matches the filter, loaded into the view or not."""
        return list(self._rows)

    def row_at(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._loaded < len(self._rows)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._rows) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("Name"), self.tr("Model"), self.tr("Serial No."), self.tr("Inventory No."), self.tr("Category"),
            self.tr("Programme"), self.tr("Available"), self.tr("Unit"), self.tr("Unit value"), self.tr("To add"),
        )[section]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.TAKE and self._rows[index.row()]["id"] in self.checked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if row["id"] in self.checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return row["id"]
        if role == LIMIT_ROLE and column == self.TAKE:
            return row["left_quantity"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.LEFT, self.VALUE, self.TAKE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return row["names"]
        if role == Qt.ItemDataRole.EditRole and column == self.TAKE:
            return self.checked.get(row["id"], row["left_quantity"])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.CATEGORY:
            return category_text(row["category"])
        if column == self.UNIT:
            return unit_text(row["unit"])
        if column == self.VALUE:
            return money(row["unit_value_minor"], row["currency"])
        if column == self.TAKE:
            return str(self.checked[row["id"]]) if row["id"] in self.checked else ""
        if column == self.LEFT:
            return str(row["left_quantity"])
        if column == self.NAME:
            return row["names"]
        return row[self.COLUMNS[column]] or ""

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return False
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.NAME:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self.set_checked([row["id"]], checked)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == self.TAKE and row["id"] in self.checked:
            try:
                quantity = int(value)
            except (TypeError, ValueError):
                return False
            if not 1 <= quantity <= row["left_quantity"]:
                return False
            self.checked[row["id"]] = quantity
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
            self.checked_changed.emit()
            return True
        return False

    def set_checked(self, item_ids: list[int], checked: bool) -> None:
        """Tick (with all that is left) or untick items, shown or not."""
        left = {row["id"]: row["left_quantity"] for row in self._rows}
        changed = False
        for item_id in item_ids:
            if checked and item_id not in self.checked:
                self.checked[item_id] = left.get(item_id, 1)
                changed = True
            elif not checked and item_id in self.checked:
                del self.checked[item_id]
                changed = True
        if changed and self._loaded:
            self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, self.columnCount() - 1))
            self.checked_changed.emit()


class SerialListDialog(QDialog):
    """Paste serial or inventory numbers, one per line (or separated by commas or spaces)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tick by serial numbers"))
        label = QLabel(self.tr("Paste serial or inventory numbers, one per line (commas and spaces also separate them):"), self)
        label.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tick these"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(buttons)
        self.resize(420, 360)

    def numbers(self) -> list[str]:
        return [part for part in _SPLIT.split(self.text_edit.toPlainText()) if part]


class ItemPickerDialog(QDialog):
    """Pick items in stock for an act (see the module docstring)."""

    def __init__(self, *, db: sqlite_utils.Database, act_id: int | None = None, programme_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.act_id = act_id
        self.setWindowTitle(self.tr("Add items to the act"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._candidates = stock_rows(db=db, act_id=act_id)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by name, model, serial or inventory number"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox(self)
        self.category_combo.addItem(self.tr("All categories"), None)
        for code in ITEM_CATEGORIES:
            self.category_combo.addItem(category_text(code), code)
        self.programme_combo = QComboBox(self)
        self.programme_combo.addItem(self.tr("All programmes"), None)
        for programme in records.list_records(db=db, kind=records.PROGRAMME, order_by="code"):
            # the programme's name in the user's language, as the other lists show it
            code = programme["code"]
            name = (programme["name_ru"] or programme["name_en"]) if ui_language() == "ru" else programme["name_en"]
            self.programme_combo.addItem(f"{code} — {name}" if name else code, programme["id"])
        self.programme_combo.setMinimumContentsLength(18)
        self.programme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        if programme_id is not None:
            position = self.programme_combo.findData(programme_id)
            if position >= 0 and any(row["programme_id"] == programme_id for row in self._candidates):
                self.programme_combo.setCurrentIndex(position)

        self.model = StockItemsModel(self)
        self.table = FittedTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegateForColumn(StockItemsModel.TAKE, QuantityDelegate(self.table))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.columns = FittedColumns(self.table, None, "item_picker")  # "CN-0F1R7X-2018-0001" whole, the last column stretching
        self.table.doubleClicked.connect(self._double_clicked)
        toggle = QAction(self.tr("Tick or untick the selected rows"), self.table)
        toggle.setShortcut(QKeySequence(Qt.Key.Key_Space))
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.triggered.connect(self.toggle_selected)
        self.table.addAction(toggle)

        self.check_shown_button = QPushButton(self.tr("Tick all shown"), self)
        self.check_shown_button.clicked.connect(self.check_all_shown)
        self.uncheck_button = QPushButton(self.tr("Untick all"), self)
        self.uncheck_button.clicked.connect(self.uncheck_all)
        self.serials_button = QPushButton(self.tr("Tick by serial numbers…"), self)
        self.serials_button.clicked.connect(self.ask_serial_list)
        self.shown_label = QLabel(self)
        self.checked_label = QLabel(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #a1260d;")
        self.message_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(self.tr("Add to act"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(self.programme_combo, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.check_shown_button)
        ticks.addWidget(self.uncheck_button)
        ticks.addWidget(self.serials_button)
        ticks.addStretch(1)
        ticks.addWidget(self.shown_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.checked_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._filter_timer.start)
        self.category_combo.currentIndexChanged.connect(self.apply_filter)
        self.programme_combo.currentIndexChanged.connect(self.apply_filter)
        self.model.checked_changed.connect(self._update_labels)

        self.setTabOrder(self.search_edit, self.category_combo)
        self.setTabOrder(self.category_combo, self.programme_combo)
        self.setTabOrder(self.programme_combo, self.table)
        self.setTabOrder(self.table, self.check_shown_button)
        self.setTabOrder(self.check_shown_button, self.uncheck_button)
        self.setTabOrder(self.uncheck_button, self.serials_button)
        fit_to_screen(self, 1280, 720)
        self.apply_filter()
        self.search_edit.setFocus()

    # --- filtering -----------------------------------------------------------------------------

    def apply_filter(self) -> None:
        words = [w for w in self.search_edit.text().casefold().split() if w]
        category = self.category_combo.currentData()
        programme = self.programme_combo.currentData()
        rows = [
            row for row in self._candidates
            if (category is None or row["category"] == category)
            and (programme is None or row["programme_id"] == programme)
            and all(word in row["haystack"] for word in words)
        ]
        self.model.set_rows(rows)
        self._update_labels()

    def _update_labels(self) -> None:
        shown = len(self.model.all_rows())
        self.shown_label.setText(self.tr("%1 of %2 items shown").replace("%1", str(shown)).replace("%2", str(len(self._candidates))))
        count = len(self.model.checked)
        quantity = sum(self.model.checked.values())
        if count:
            self.checked_label.setText(self.tr("Ticked: %1 items, quantity %2").replace("%1", str(count)).replace("%2", str(quantity)))
        else:
            self.checked_label.setText(self.tr("Tick the items to hand over (Space or double-click ticks a row)."))
        self.add_button.setEnabled(count > 0)
        self.check_shown_button.setEnabled(shown > 0)

    # --- ticking -------------------------------------------------------------------------------

    def _double_clicked(self, index) -> None:
        if index.column() == StockItemsModel.TAKE and self.model.row_at(index.row())["id"] in self.model.checked:
            return  # the quantity editor opens instead
        item_id = self.model.row_at(index.row())["id"]
        self.model.set_checked([item_id], item_id not in self.model.checked)

    def toggle_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            current = self.table.currentIndex()
            rows = [current.row()] if current.isValid() else []
        ids = [self.model.row_at(r)["id"] for r in rows]
        if not ids:
            return
        tick = not all(item_id in self.model.checked for item_id in ids)
        self.model.set_checked(ids, tick)

    def check_all_shown(self) -> None:
        self.model.set_checked([row["id"] for row in self.model.all_rows()], True)

    def uncheck_all(self) -> None:
        self.model.set_checked(list(self.model.checked), False)

    def check_numbers(self, numbers: list[str]) -> tuple[int, list[str]]:
        """Tick the items with these serial or inventory numbers; returns (ticked, not found)."""
        by_number: dict[str, int] = {}
        for row in self._candidates:
            for key in ("serial_number", "inventory_number"):
                if row[key]:
                    by_number.setdefault(str(row[key]).casefold(), row["id"])
        found, missing = [], []
        for number in numbers:
            item_id = by_number.get(number.casefold())
            if item_id is None:
                missing.append(number)
            else:
                found.append(item_id)
        # The ticked rows may be hidden by the filter: show everything so they can be seen.
        if found and any(item_id not in {r["id"] for r in self.model.all_rows()} for item_id in found):
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.category_combo.setCurrentIndex(0)
            self.programme_combo.setCurrentIndex(0)
            self.apply_filter()
        self.model.set_checked(found, True)
        if missing:
            shown = ", ".join(missing[:10]) + (" …" if len(missing) > 10 else "")
            self.message_label.setText(
                self.tr("%1 ticked; not found among the items in stock: %2").replace("%1", str(len(set(found)))).replace("%2", shown))
            self.message_label.show()
        else:
            self.message_label.hide()
        return len(set(found)), missing

    def ask_serial_list(self) -> None:
        dialog = SerialListDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.check_numbers(dialog.numbers())

    # --- result --------------------------------------------------------------------------------

    def selected_lines(self) -> list[dict[str, int]]:
        """``[{"item_id", "quantity"}]`` of the ticked items, in list order."""
        order = {row["id"]: position for position, row in enumerate(self._candidates)}
        return [{"item_id": item_id, "quantity": quantity}
                for item_id, quantity in sorted(self.model.checked.items(), key=lambda pair: order.get(pair[0], 0))]

    def candidate_count(self) -> int:
        return len(self._candidates)


__all__ = ["ItemPickerDialog", "LIMIT_ROLE", "QuantityDelegate", "StockItemsModel", "stock_rows"]
