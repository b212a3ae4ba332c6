"""What every record form shares: fields with their messages, live checking, Save, unsaved changes.

A form lays out its fields with :meth:`RecordForm.add_field`; each field has
a message line under it.  Every change re-checks the whole record with the
store's own validation (``records.validate``), so the words are the same as
the command line's, translated; Save stays disabled while anything is wrong.
Closing with unsaved changes asks whether to save them.  Ctrl+S saves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.errors import DeskError, InputError, Problem
from equipment_desk.store.changes import NOTHING, OpChanges, perform
from equipment_desk.ui.errors import problem_text, show_error, translate_template
from equipment_desk.ui.widgets.screen import fit_to_screen, keep_place


class RecordForm(QDialog):
    """Base of the record dialogs: subclasses add fields and implement :meth:`values` and :meth:`write`."""

    saved = Signal(int)
    """The id of the record just saved."""

    def __init__(self, *, db: sqlite_utils.Database, record_id: int | None = None, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.record_id = record_id
        self.lang = lang
        self.changes: OpChanges = NOTHING
        """What this form stored so far (:meth:`store`): the window refreshes what shows it."""
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._loading = True
        self._baseline: dict[str, Any] = {}
        self._problems: list[Problem] = []
        self._outer = QVBoxLayout(self)
        # the fields scroll when the screen is short (a 1366x768 laptop at 125 %); the buttons always show
        self.fields = QWidget(self)
        self.form = QFormLayout(self.fields)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("form_scroll")
        self.scroll.setWidget(self.fields)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._outer.addWidget(self.scroll, 1)
        self.general_message = QLabel(self)
        self.general_message.setObjectName("general_message")
        self.general_message.setWordWrap(True)
        self.general_message.setStyleSheet("color: palette(link);")
        self.general_message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)
        self.setSizeGripEnabled(True)

    # --- building ---------------------------------------------------------------------------------

    def add_field(self, name: str, label: str, widget: QWidget, *, required: bool = False) -> QWidget:
        """A labelled field with its message line; changes re-check the form."""
        message = QLabel(self)
        message.setObjectName(f"message_{name}")
        message.setWordWrap(True)
        message.setStyleSheet("color: #b00020;")
        keep_place(message)
        message.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(message)
        shown_label = QLabel((label + " *") if required else label, self)
        shown_label.setBuddy(widget)
        self.form.addRow(shown_label, box)
        self._fields[name] = (widget, message)
        self._connect(widget)
        return widget

    def _connect(self, widget: QWidget) -> None:
        for signal_name in ("textChanged", "currentIndexChanged", "valueChanged", "dateChanged", "toggled", "changed"):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(self._on_change)
                return

    def finish_layout(self) -> None:
        """Call at the end of a subclass's ``__init__``, after loading the record."""
        self._outer.addWidget(self.general_message)
        self._outer.addWidget(self.buttons)
        self._loading = False
        self._baseline = self._snapshot()
        self.check()
        first = next(iter(self._fields.values()), None)
        if first is not None:
            first[0].setFocus()
        self._fit_to_fields()

    def _fit_to_fields(self) -> None:
        """As tall as the fields need (no scrolling when the screen has room), as wide as they need."""
        self.fields.adjustSize()
        wanted = self.fields.sizeHint()
        extra = self.sizeHint().height() - self.scroll.sizeHint().height()
        fit_to_screen(self, max(self.sizeHint().width(), wanted.width() + self.scroll.verticalScrollBar().sizeHint().width() + 24),
                      wanted.height() + extra + 8)

    def field(self, name: str) -> QWidget:
        return self._fields[name][0]

    def message_for(self, name: str) -> str:
        """The message shown under field ``name`` ('' when none)."""
        return self._fields[name][1].text()

    # --- to implement ------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The record as the store takes it (may raise InputError for a value that cannot be read)."""
        raise NotImplementedError

    def problems(self, values: dict[str, Any]) -> list[Problem]:
        """Everything wrong with ``values`` (the store's own checks)."""
        raise NotImplementedError

    def write(self, values: dict[str, Any]) -> int:
        """Save ``values``; returns the record id."""
        raise NotImplementedError

    def extra_state(self) -> Any:
        """Anything besides the fields whose change counts as unsaved (e.g. a list of donors)."""
        return None

    # --- behaviour ---------------------------------------------------------------------------------

    def _snapshot(self) -> Any:
        try:
            values = self.values()
        except InputError:
            values = {name: getattr(widget, "text", lambda: None)() for name, (widget, _) in self._fields.items()}
        return (repr(sorted(values.items(), key=lambda kv: kv[0])), repr(self.extra_state()))

    def has_changes(self) -> bool:
        return not self._loading and self._snapshot() != self._baseline

    def _on_change(self, *args: Any) -> None:
        if not self._loading:
            self.check()

    def check(self) -> bool:
        """Re-check the record, show messages beside the fields; True when it can be saved."""
        try:
            values = self.values()
            problems = self.problems(values)
        except InputError as error:
            problems = list(error.problems)
        self.show_problems(problems)
        self.save_button.setEnabled(not problems)
        return not problems

    def show_problems(self, problems: list[Problem]) -> None:
        self._problems = problems
        per_field: dict[str, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            if problem.field in self._fields:
                per_field.setdefault(problem.field, []).append(translate_template(problem.message, problem.params))
            else:  # not beside a field of the form: the message names its field (an item's name in either language)
                general.append(problem_text(problem))
        for name, (_, label) in self._fields.items():
            messages = per_field.get(name)
            label.setText("; ".join(messages) if messages else "")
            label.setVisible(bool(messages))
        self.general_message.setText("\n".join(general))
        self.general_message.setVisible(bool(general))

    def store(self, function: Callable[..., Any], /, **kwargs: Any) -> Any:
        """Run the store write ``function(**kwargs)``, remember what it changed (:attr:`changes`); its value."""
        done = perform(function, **kwargs)
        self.changes |= done.changes
        return done.value

    def save(self) -> bool:
        if not self.check():
            return False
        try:
            record_id = self.write(self.values())
        except InputError as error:
            self.show_problems(list(error.problems))
            self.save_button.setEnabled(False)
            return False
        except DeskError as error:
            show_error(self, error)
            return False
        self.record_id = record_id
        self._baseline = self._snapshot()
        self.saved.emit(record_id)
        self.accept()
        return True

    def reject(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self, self.windowTitle(), self.tr("Save the changes you made?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_changes():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def line(parent: QWidget, text: str = "", *, max_length: int = 300) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(max_length)
    edit.setText(text or "")
    edit.setCursorPosition(0)  # a long name read from its beginning, not scrolled to its end
    return edit


def notes(parent: QWidget, text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setPlainText(text or "")
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5)
    return edit


def spin(parent: QWidget, value: int = 1, *, minimum: int = 1, maximum: int = 1_000_000_000) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(minimum, maximum)
    box.setValue(value)
    box.setGroupSeparatorShown(True)
    return box


def check(parent: QWidget, text: str, checked: bool) -> QCheckBox:
    box = QCheckBox(text, parent)
    box.setChecked(checked)
    return box


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget).__name__)


Validator = Callable[[dict[str, Any]], list[Problem]]
