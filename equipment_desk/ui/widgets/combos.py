"""Combo boxes whose entries stay readable however long they are (the forms', the lists' filters), one you can
type into to search, and the helpers that fill and set them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from equipment_desk.ui.qt_values import ELIDE_MIDDLE, TOOLTIP_ROLE, Qt


def elided_right(metrics: QFontMetrics, text: str, room: int) -> str:
    """``text`` as wide as ``room`` at most, its end cut and "…" put in its place when it is wider.

    What ``metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)`` gives, without its argument: one of the
    ``Qt`` namespace's enums, whose making would cost the filters' first paint 10 ms (see qt_values).
    """
    if metrics.horizontalAdvance(text) <= room:
        return text
    ellipsis = "\u2026"
    if metrics.horizontalAdvance(ellipsis) > room:
        return ""
    kept, longest = 0, len(text)  # the most characters that fit with the ellipsis: a binary search
    while kept < longest:
        middle = (kept + longest + 1) // 2
        if metrics.horizontalAdvance(text[:middle] + ellipsis) <= room:
            kept = middle
        else:
            longest = middle - 1
    return text[:kept] + ellipsis


class ReadableCombo(QComboBox):
    """A combo box whose long entries stay readable.

    With ``setSizeAdjustPolicy(AdjustToMinimumContentsLengthWithIcon)`` the
    field keeps its width (so a long programme name does not push the form
    wider); what does not fit ends in "…", the whole entry is the tooltip,
    and the list that drops down is as wide as its longest entry (up to nine
    tenths of the screen).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view().setProperty("textElideMode", ELIDE_MIDDLE)  # a property: no Qt enum at start (qt_values)
        self.currentIndexChanged.connect(self._update_tooltip)
        self.editTextChanged.connect(self._update_tooltip)
        self.model().dataChanged.connect(self._update_tooltip)  # an entry's own tooltip is set after the entry

    def full_text(self) -> str:
        """The current entry in full: its own tooltip when it has one (e.g. both languages), else its text."""
        index = self.currentIndex()
        text = self.currentText()
        if index >= 0 and text == self.itemText(index):
            tip = str(self.itemData(index, TOOLTIP_ROLE) or "")
            return "\n".join([text] + [line for line in tip.splitlines() if line.strip() and line not in text])
        return text

    def _update_tooltip(self, *_args) -> None:
        self.setToolTip(self.full_text())

    def popup_width(self) -> int:
        """The width the drop-down list needs to show every entry whole (never narrower than the field)."""
        view = self.view()
        metrics = view.fontMetrics()
        longest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        wanted = longest + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width() + 32  # 32: the item's margins
        screen = self.screen()
        limit = int(screen.availableGeometry().width() * 0.9) if screen is not None else 1200
        return max(self.width(), min(wanted, limit))

    def showPopup(self) -> None:
        self.view().setMinimumWidth(self.popup_width())
        super().showPopup()

    def shown_text(self) -> str:
        """The text the closed field shows: the entry, shortened with "…" when it does not fit."""
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self)
        text = self.currentText() if self.currentIndex() >= 0 else self.placeholderText()
        return elided_right(self.fontMetrics(), text, max(field.width() - 4, 0))

    def paintEvent(self, event) -> None:
        if self.isEditable():
            super().paintEvent(event)
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        if self.currentIndex() < 0 and self.placeholderText():
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class FilterCombo(ReadableCombo):
    """A filter of a list: as wide as its entries when there is room, narrower (the text ends in "…") when not.

    Its drop-down list always shows the entries whole, and the chosen entry is its tooltip.  (Not
    ``AdjustToContents``: that policy resizes the box by itself, over its neighbours, when entries are added.)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.model().rowsInserted.connect(self.updateGeometry)
        self.model().rowsRemoved.connect(self.updateGeometry)

    def _hint_for(self, text_width: int) -> QSize:
        """The box's size for a text ``text_width`` wide: Qt's own hint with its text's width replaced.

        With this size policy Qt sizes the box for ``minimumContentsLength`` letters "X" and an icon, and the
        style adds its frame and arrow to that width.  The style is not asked here: the filters are sized
        before the window's first paint, and reaching ``QStyle`` from Python makes its enums, a few
        milliseconds of every start (see qt_values).
        """
        qt_hint = super().sizeHint()
        qt_text = self.minimumContentsLength() * self.fontMetrics().horizontalAdvance("X") + self.iconSize().width() + 4
        return QSize(qt_hint.width() - qt_text + text_width, qt_hint.height())

    def sizeHint(self) -> QSize:
        """Wide enough for the longest entry."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        return self._hint_for(max(widest, metrics.averageCharWidth() * self.minimumContentsLength()))

    def minimumSizeHint(self) -> QSize:
        """A few letters of the chosen entry."""
        return self._hint_for(self.fontMetrics().averageCharWidth() * self.minimumContentsLength())

    def paintEvent(self, event: QPaintEvent) -> None:
        """As wide as its hint, the box holds its longest entry whole: Qt paints it, as at start.  Narrower, the
        chosen entry ends in "…" (:meth:`ReadableCombo.paintEvent`)."""
        if self.width() >= self.sizeHint().width():
            QComboBox.paintEvent(self, event)
        else:
            super().paintEvent(event)


class SearchableCombo(ReadableCombo):
    """A combo box you can type into: the list narrows to entries containing the words typed."""

    NOT_IN_LIST = -1

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        from PySide6.QtWidgets import QCompleter  # the forms' combos, not the lists' filters at start

        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(placeholder)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)

    def showPopup(self) -> None:
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


def combo(parent: QWidget, entries: list[tuple[str, Any]], *, placeholder: str = "", min_length: int | None = None) -> ReadableCombo:
    """A combo box of ``(text, data)`` entries (long ones shortened with "…", whole in the tooltip and the list).

    ``min_length`` keeps the field that many characters wide whatever its entries (the field does not grow
    with a long entry); ``placeholder`` is shown while nothing is chosen.
    """
    box = ReadableCombo(parent)
    for text, data in entries:
        box.addItem(text, data)
    if placeholder:
        box.setPlaceholderText(placeholder)
    if min_length is not None:
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(min_length)
    return box


def set_combo(box: QComboBox, data: Any, *, or_none: bool = False) -> None:
    """Choose the entry holding ``data``; when there is none, keep the choice (or, ``or_none``, choose nothing)."""
    if or_none:
        box.setCurrentIndex(box.findData(data) if data is not None else -1)
        return
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)
