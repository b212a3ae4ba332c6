"""Choosing a file to open, the way every dialog of the program asks: starting in the folder last used (else a
standard one), with the dialog's own caption and file types; and the message line under a dialog's fields."""

from __future__ import annotations

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget


def ask_open_file(parent: QWidget, caption: str, file_types: str, last_folder: str = "",
                  fallback: QStandardPaths.StandardLocation = QStandardPaths.StandardLocation.DocumentsLocation) -> str:
    """The file the user chose ('' when cancelled), starting in ``last_folder`` or the standard ``fallback``."""
    start = last_folder or QStandardPaths.writableLocation(fallback)
    path, _filter = QFileDialog.getOpenFileName(parent, caption, start, file_types)
    return path


def show_problem(label: QLabel, message: str) -> bool:
    """Show ``message`` in the dialog's message line (hidden when there is none); True when there is none."""
    label.setText(message)
    label.setVisible(bool(message))
    return not message
