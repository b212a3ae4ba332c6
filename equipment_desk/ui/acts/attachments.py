"""Photos, warranties and other documents kept with an act or an item.

- :class:`AttachmentDialog`: a photo, warranty or other document (PDF, JPG
  or PNG) to keep with an act or an item (``store.acts.add_attachment``).
- :class:`AttachmentViewer`: a PDF attachment in the preview widget, an
  image in a scroll area; both can be saved as a copy.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.errors import DeskError
from equipment_desk.core.files import write_file
from equipment_desk.store import acts as acts_store
from equipment_desk.ui import errors
from equipment_desk.ui.acts.dialogs import SCAN_SUFFIXES, run_guarded
from equipment_desk.ui.widgets.files import accept_cancel, ask_open_file, file_row, show_problem
from equipment_desk.ui.widgets.screen import fit_to_screen
from equipment_desk.ui.widgets.text import error_label
from equipment_desk.ui.words import attachment_kind_text

log = logging.getLogger(__name__)

ATTACHMENT_KINDS = ("photo", "warranty", "other")
"""The kinds of file a person may add to an act or an item (the signed scan has its own way in)."""


class AttachmentDialog(QDialog):
    """A photo, warranty or other document to keep with an act or an item: the file and what it is.

    Only asks; the caller stores the answer with ``store.acts.add_attachment``
    (:meth:`file_path`, :meth:`kind`).
    """

    def __init__(self, *, subject: str = "", last_folder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add photo or document"))
        self.last_folder = last_folder
        intro = QLabel(self.tr("Keep a photo, a warranty or another document with %1. "
                               "The file is copied into the database; it can be opened from there at any time.")
                       .replace("%1", subject or self.tr("the record")), self)
        intro.setWordWrap(True)
        self.intro_label = intro

        self.file_edit, self.choose_button, path_row = file_row(self, self.tr("PDF, JPG or PNG file"), self.tr("Choose…"),
                                                                self.choose_file)

        self.kind_combo = QComboBox(self)
        for kind in ATTACHMENT_KINDS:
            self.kind_combo.addItem(attachment_kind_text(kind), kind)
        self.error_label = error_label(self)

        form = QFormLayout()
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.tr("What it is:"), self.kind_combo)

        self.buttons, self.ok_button = accept_cancel(self, self.tr("Add"))
        self.ok_button.setEnabled(False)
        self.file_edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.setTabOrder(self.file_edit, self.choose_button)
        self.setTabOrder(self.choose_button, self.kind_combo)

    def file_path(self) -> str:
        return self.file_edit.text().strip()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))

    def ask_path(self) -> str:
        """The file dialog; a separate method so tests can answer for the user."""
        return ask_open_file(self, self.tr("Choose a photo or document"),
                             self.tr("Photos and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"), self.last_folder,
                             QStandardPaths.StandardLocation.PicturesLocation)

    def choose_file(self) -> None:
        path = self.ask_path()
        if path:
            self.file_edit.setText(path)
            self.last_folder = str(Path(path).parent)
            if Path(path).suffix.lower() == ".pdf" and self.kind() == "photo":
                self.set_kind("warranty")
            elif Path(path).suffix.lower() != ".pdf" and self.kind() == "warranty":
                self.set_kind("photo")
            self.validate()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.file_path()))
        if not self.error_label.isHidden():  # a problem already shown follows what is typed
            self.validate()

    def validate(self) -> bool:
        """Check the chosen file before the store does; shows the problem under the fields."""
        message = ""
        path = self.file_path()
        if not path:
            message = self.tr("Choose the file to add.")
        elif not Path(path).is_file():
            message = self.tr("The file was not found: %1").replace("%1", path)
        elif Path(path).suffix.lower() not in SCAN_SUFFIXES:
            message = self.tr("Only PDF, JPG and PNG files can be added.")
        return show_problem(self.error_label, message)

    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.validate():
            super().accept()


def add_attachment_from(dialog: AttachmentDialog, *, db: sqlite_utils.Database, act_id: int | None = None,
                        item_id: int | None = None, parent: QWidget | None = None) -> int | None:
    """Store the file chosen in ``dialog`` with the act or item; returns the new attachment's id (None when refused)."""
    ok, attachment_id = run_guarded(parent, lambda: acts_store.add_attachment(
        db=db, path=dialog.file_path(), act_id=act_id, item_id=item_id, kind=dialog.kind()))
    return attachment_id if ok else None


class AttachmentViewer(QDialog):
    """One attachment shown inside the program: a PDF in the preview, an image in a scroll area."""

    def __init__(self, *, filename: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filename = filename
        self.data = data
        self.setWindowTitle(filename)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.preview = None
        self.image_label: QLabel | None = None
        self._image = QImage()
        layout = QVBoxLayout(self)
        suffix = Path(filename).suffix.lower()
        if suffix == ".pdf" or data[:5] == b"%PDF-":
            from equipment_desk.ui.preview import PdfPreview

            self.preview = PdfPreview(self, savable=False)
            self.preview.set_pdf(data, suggested_name=filename)
            layout.addWidget(self.preview, 1)
        else:
            self._image.loadFromData(data)
            self.scroll = QScrollArea(self)
            self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.scroll.setBackgroundRole(self.scroll.palette().ColorRole.Dark)
            self.image_label = QLabel(self.scroll)
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            if self._image.isNull():
                self.image_label.setText(self.tr("This image cannot be shown."))
            self.scroll.setWidget(self.image_label)
            self.fit_check = QCheckBox(self.tr("Fit to window"), self)
            self.fit_check.setChecked(True)
            self.fit_check.toggled.connect(self._show_image)
            layout.addWidget(self.scroll, 1)
            layout.addWidget(self.fit_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(self.tr("Save a copy…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 950)
        self._show_image()

    def is_pdf(self) -> bool:
        return self.preview is not None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_image()

    def _show_image(self, *_args) -> None:
        if self.image_label is None or self._image.isNull():
            return
        pixmap = QPixmap.fromImage(self._image)
        if self.fit_check.isChecked():
            self.scroll.setWidgetResizable(True)
            area = self.scroll.viewport().size()
            if area.width() > 10 and area.height() > 10:
                pixmap = pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        else:
            self.scroll.setWidgetResizable(False)
            self.image_label.resize(pixmap.size())
        self.image_label.setPixmap(pixmap)

    def ask_save_path(self) -> str:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(Path(start) / self.filename))
        return path

    def save_copy(self) -> str:
        path = self.ask_save_path()
        if not path:
            return ""
        try:
            write_file(self.data, path)
        except DeskError as error:  # a database or a folder chosen, a full disk, a read-only folder
            errors.show_error(self, error)
            return ""
        return path


def open_attachment(*, db: sqlite_utils.Database, attachment_id: int, parent: QWidget | None = None) -> AttachmentViewer | None:
    """Show an attachment in its own window (not modal); returns the window."""
    ok, found = run_guarded(parent, lambda: acts_store.attachment_data(db=db, attachment_id=attachment_id))
    if not ok:
        return None
    filename, data = found
    viewer = AttachmentViewer(filename=filename, data=data, parent=parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    viewer.show()
    return viewer

