"""Replacing a signed act's scan (a wrong or unreadable one): the new file and the reason, both required.

The store keeps the old scan, files the new one and records both with the reason in the journal of sealed
acts and the audit log (:func:`equipment_desk.store.acts.replace_signed_scan`); bundles carry the replacement
to the other laptops.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.ui.acts.dialogs import SCAN_SUFFIXES
from equipment_desk.ui.widgets.files import accept_cancel, ask_open_file, file_row
from equipment_desk.ui.widgets.text import error_label


class RescanDialog(QDialog):
    """Which file replaces the act's signed scan, and why (both required)."""

    def __init__(self, *, number: str = "", current: str = "", last_folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Replace the signed scan"))
        self.last_folder = last_folder
        intro = QLabel(self.tr("The signed scan of act %1 (%2) will be replaced. The current scan stays in the database; "
                               "the replacement and its reason are recorded in the journal and travel to the other "
                               "laptops with the next bundle.").replace("%1", number).replace("%2", current), self)
        intro.setWordWrap(True)
        self.scan_edit, self.choose_button, scan_row = file_row(self, self.tr("PDF, JPG or PNG file"), self.tr("Choose…"),
                                                                self.choose_scan)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. the first scan was of the unsigned copy; a page was missing"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(80)
        self.error_label = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("New scan:"), scan_row)
        form.addRow(self.tr("Reason (required):"), self.reason_edit)
        self.buttons, self.ok_button = accept_cancel(self, self.tr("Replace scan"))
        self.ok_button.setEnabled(False)
        self.scan_edit.textChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.scan_edit, self.choose_button)
        self.setTabOrder(self.choose_button, self.reason_edit)
        self.setMinimumWidth(500)

    def scan_path(self) -> str:
        return self.scan_edit.text().strip()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def ask_scan_path(self) -> str:
        """The file dialog; a separate method so tests can answer for the user."""
        return ask_open_file(self, self.tr("Choose the new scan"), self.tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
                             self.last_folder)

    def choose_scan(self) -> None:
        path = self.ask_scan_path()
        if path:
            self.scan_edit.setText(path)
            self.last_folder = str(Path(path).parent)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.scan_path() and self.reason()))

    def validate(self) -> bool:
        """The file is there and of a kind a scan may be; the store checks its content."""
        message = ""
        path = self.scan_path()
        if not path:
            message = self.tr("Choose the new scan.")
        elif not Path(path).is_file():
            message = self.tr("The scanned copy was not found: %1").replace("%1", path)
        elif Path(path).suffix.lower() not in SCAN_SUFFIXES:
            message = self.tr("The scanned copy must be a PDF, JPG or PNG file.")
        elif not self.reason():
            message = self.tr("Say why the scan is replaced.")
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        return not message

    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.validate():
            super().accept()
