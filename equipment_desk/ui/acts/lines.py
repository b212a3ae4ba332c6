"""The lines of one act as a table: item, quantity, unit price, amount; a draft's quantity and price editable."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from equipment_desk.core.errors import InputError
from equipment_desk.core.money import format_amount, parse_amount
from equipment_desk.ui import words
from equipment_desk.ui.acts.dialogs import problem_text
from equipment_desk.ui.acts.item_picker import LIMIT_ROLE
from equipment_desk.ui.words import pick, ui_language

log = logging.getLogger(__name__)


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

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
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
            return pick(line, "name", lang) or line["name"] or ""
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

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
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
