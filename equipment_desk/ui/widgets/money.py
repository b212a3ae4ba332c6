"""Amounts: a field with its currency beside it, and the editor a table's amount cell opens."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyledItemDelegate, QWidget

from equipment_desk.core.errors import InputError
from equipment_desk.core.money import format_amount, parse_amount


class MoneyEdit(QWidget):
    """An amount in major units with its currency shown beside it.

    Accepts ``2 150 000,50``, ``2,150,000.50``, ``2150000.5``; :meth:`minor`
    gives minor units (or raises :class:`InputError` with the reason).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, currency: str = "USD", lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setPlaceholderText("0,00" if lang == "ru" else "0.00")
        self.currency_label = QLabel(self)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.currency_label)
        self.setFocusProxy(self.edit)
        self._currency = ""
        self.set_currency(currency)
        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._tidy)

    def set_currency(self, code: str) -> None:
        self._currency = code
        self.currency_label.setText(code)

    def minor(self) -> int | None:
        text = self.edit.text().strip()
        if not text:
            return None
        return parse_amount(text, field="unit_value_minor")

    def set_minor(self, value: int | None) -> None:
        self.edit.setText("" if value is None else format_amount(value, self._currency or "USD", self.lang, with_currency=False))

    def _tidy(self) -> None:
        try:
            value = self.minor()
        except InputError:
            return
        if value is not None:
            formatted = format_amount(value, self._currency or "USD", self.lang, with_currency=False)
            if formatted != self.edit.text():
                self.edit.setText(formatted)



class MoneyDelegate(QStyledItemDelegate):
    """A plain text editor for an amount ("2 150 000,50" or "2,150,000.50")."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor, index):
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

