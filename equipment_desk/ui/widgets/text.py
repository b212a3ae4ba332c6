"""Text fields that keep long values readable: one value that wraps, two languages side by side, and the
grey note and red message a form shows under a field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor, QTextLayout, QTextOption
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from equipment_desk.ui.widgets.screen import keep_place


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

    def setText(self, text: str) -> None:
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

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_height()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.line_breaks:
            event.ignore()  # one line: Enter belongs to the window
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:
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


def info_label(parent: QWidget) -> QLabel:
    """Grey, wrapped, selectable text under a field (e.g. an institution's full names)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(dark);")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.hide()
    return label


def error_label(parent: QWidget, *, keep: bool = False) -> QLabel:
    """Red, wrapped, selectable text under a field or a form: what is wrong (hidden until there is something);
    ``keep``: it keeps its room while empty, so the form does not jump (under a field)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a1260d;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if keep:
        keep_place(label)
    label.hide()
    return label
