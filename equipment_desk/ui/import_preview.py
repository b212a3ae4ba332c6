"""The import wizard's check page: each row as it will be stored, the rows skipped and why, the warnings.

:class:`PreviewModel` shows a row that passed as the values that will be
stored (the name read from «Наименование», the price without its "$", the
date as a date, one unit for an asset list), and a row with problems as the
file has it, with the problems beside it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from equipment_desk.core.money import format_amount
from equipment_desk.core.units import unit_label
from equipment_desk.exchange.columns import COLUMNS, ROW_NUMBER
from equipment_desk.exchange.importers import ImportPreview
from equipment_desk.ui import errors
from equipment_desk.ui.models import category_label, condition_label, format_date
from equipment_desk.ui.words import ui_language

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The rows of a checked file: row number, state, each field as it will be stored, the problems."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview: ImportPreview | None = None
        self._rows: list[Any] = []
        self._fields: list[str] = []
        self._titles: list[str] = []
        self._texts: dict[int, dict[str, str]] = {}
        self.only_problems = False

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._texts = {}
        if preview is None:
            self._fields, self._titles = [], []
        else:
            mapped = [f for f in dict.fromkeys(preview.mapping.fields.values()) if f != ROW_NUMBER]
            if preview.kind == "item":
                # what is stored, whether or not the file has a column for it (quantity 1, the currency of the header ...)
                order = [s.field for s in COLUMNS["item"] if s.field not in (ROW_NUMBER, "manufacturer")]
                mapped = [f for f in order if f in mapped or f in ("quantity", "currency", "unit_value", "amount", "category")]
            self._fields = mapped
            self._titles = [preview.mapping.title_of(f) if preview.mapping.column_of(f) is not None
                            else self._label(f) for f in mapped]
        self._filter()
        self.endResetModel()

    def _label(self, field: str) -> str:
        if field == "amount":
            return self.tr("Total value")
        return errors.field_label({"unit_value": "unit_value_minor", "programme_code": "programme_id"}.get(field, field))

    def set_only_problems(self, only: bool) -> None:
        self.beginResetModel()
        self.only_problems = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = self._preview.rows if self._preview else []
        self._rows = [r for r in rows if r.problems] if self.only_problems else list(rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3 + len(self._fields)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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

    def _row_texts(self, check: Any) -> dict[str, str]:
        texts = self._texts.get(check.row)
        if texts is None:
            stored = check.stored
            if stored:
                texts = dict(stored)
                record = check.record
                lang = ui_language()
                if texts.get("category"):
                    texts["category"] = category_label(texts["category"])
                if texts.get("condition"):
                    texts["condition"] = condition_label(texts["condition"])
                if texts.get("acquisition_date"):
                    texts["acquisition_date"] = format_date(texts["acquisition_date"])
                if texts.get("unit"):
                    texts["unit"] = unit_label(texts["unit"], lang)
                minor, currency, quantity = record.get("unit_value_minor"), record.get("currency"), record.get("quantity")
                if isinstance(minor, int) and currency:
                    texts["unit_value"] = format_amount(minor, currency, lang, with_currency=False)
                    if isinstance(quantity, int):
                        texts["amount"] = format_amount(minor * quantity, currency, lang, with_currency=False)
            else:
                texts = check.shown
            self._texts[check.row] = texts
        return texts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        check = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return check.row
            if column == 1:
                if check.problems:
                    return self.tr("%n problem(s)", "", len(check.problems))
                if check.record is None and self._preview is not None and self._preview.kind == "item":
                    return self.tr("its category?")  # a word of the file nobody mapped yet: asked above, once for the file
                return self.tr("ready")
            if column == 2 + len(self._fields):
                return "\n".join(errors.problem_text(p.replace(row=None)) for p in check.problems)
            if 2 <= column < 2 + len(self._fields):
                text = self._row_texts(check).get(self._fields[column - 2], "")
                return text if len(text) <= 200 else text[:199] + "…"
        if role == Qt.ItemDataRole.ForegroundRole and check.problems and column in (1, 2 + len(self._fields)):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.ToolTipRole and check.problems:
            return "\n".join(errors.problem_text(p) for p in check.problems)
        return None



def skipped_text(preview: ImportPreview, limit: int = 12) -> str:
    """The rows under the header that are not imported, one line each (empty rows counted on one line)."""
    lines = []
    shown = [s for s in preview.skipped if s.reason != "empty"]
    for skipped in shown[:limit]:
        reason = errors.translate_template(skipped.message, skipped.params)
        lines.append(QCoreApplication.translate("PreviewModel", "Row %1 skipped: %2").replace("%1", str(skipped.row)).replace("%2", reason))
    if len(shown) > limit:
        lines.append(QCoreApplication.translate("PreviewModel", "… and %n more row(s) skipped", "", len(shown) - limit))
    empty = sum(1 for s in preview.skipped if s.reason == "empty")
    if empty:
        lines.append(QCoreApplication.translate("PreviewModel", "%n empty row(s) skipped", "", empty))
    return "\n".join(lines)


def warnings_text(preview: ImportPreview) -> str:
    return "\n".join(QCoreApplication.translate("PreviewModel", "Check: %1").replace("%1", errors.problem_text(w)) for w in preview.warnings)
