"""Choosing a file to open, the way every dialog of the program asks: starting in the folder last used (else a
standard one), with the dialog's own caption and file types; the line where a chosen file's path stands with its
Choose button; a dialog's accept and Cancel buttons; and the message line under a dialog's fields."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


def ask_open_file(parent: QWidget, caption: str, file_types: str, last_folder: str = "",
                  fallback: QStandardPaths.StandardLocation = QStandardPaths.StandardLocation.DocumentsLocation) -> str:
    """The file the user chose ('' when cancelled), starting in ``last_folder`` or the standard ``fallback``."""
    start = last_folder or QStandardPaths.writableLocation(fallback)
    path, _filter = QFileDialog.getOpenFileName(parent, caption, start, file_types)
    return path


def file_row(parent: QWidget, placeholder: str, choose_text: str,
             on_choose: Callable[[], None]) -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    """A path field (showing ``placeholder`` while empty) and its Choose button (``choose_text``, calling
    ``on_choose``), side by side in a row to put in a form."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumWidth(320)
    button = QPushButton(choose_text, parent)
    button.clicked.connect(on_choose)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return edit, button, row


def accept_cancel(dialog: QDialog, accept_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's button box: an accept button labelled ``accept_text`` and Cancel, wired to accept and reject."""
    buttons = QDialogButtonBox(dialog)
    accept = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept


def show_problem(label: QLabel, message: str) -> bool:
    """Show ``message`` in the dialog's message line (hidden when there is none); True when there is none."""
    label.setText(message)
    label.setVisible(bool(message))
    return not message
