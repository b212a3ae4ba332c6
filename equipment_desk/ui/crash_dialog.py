"""The dialog shown for an error that should not have happened: what happened, the details, the log file.

Shown by :func:`equipment_desk.ui.errors.show_crash`, which loads this module the first time it is needed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from equipment_desk.ui.errors import log_file
from equipment_desk.ui.widgets.screen import fit_to_screen


class CrashDialog(QDialog):
    """Something went wrong that should not have: what happened, the details and the log file."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Equipment Desk: unexpected error"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Something went wrong that Equipment Desk did not expect. Your data is safe: an unfinished change "
            "is never saved halfway. You can go on working; if it happens again, send the details and the "
            "log file to your IT focal point."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        path = log_file()
        self.log_label = QLabel(
            self.tr("Log file: {path}").format(path=str(path)) if path else self.tr("No log file is being written."))
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        layout.addWidget(self.log_label)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        if path:
            open_folder = QPushButton(self.tr("Open log folder"))
            open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
            buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        fit_to_screen(self, self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 28)

    def copy_details(self) -> None:
        path = log_file()
        log = "\n" + self.tr("Log file: {path}").format(path=str(path)) if path else ""
        QGuiApplication.clipboard().setText(self.details.toPlainText() + log)
