"""Small dialogs around an act's life: finalize, mark as signed, void.

Each dialog only *asks*; the act editor calls the store function with the
answer (``finalize_act``, ``sign_act``, ``void_act``) and refreshes from
what it returns.

- :class:`FinalizeDialog` shows the number the act is about to receive
  (``store.acts.next_number``) and, when the draft is not ready, every
  problem of ``finalize_problems`` in plain words (and cannot be accepted).
- :class:`SignDialog`: the signing date (calendar) and the signed scan
  (PDF, JPG or PNG).
- :class:`VoidDialog`: the reason, required.

The module also holds the few helpers the act windows share: problem
messages and the error message box.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.errors import DeskError, Problem
from equipment_desk.store import acts as acts_store
from equipment_desk.ui import errors
from equipment_desk.ui.widgets.dates import DATE_FORMAT
from equipment_desk.ui.widgets.files import accept_cancel, ask_open_file, file_row, show_problem
from equipment_desk.ui.widgets.text import error_label

log = logging.getLogger(__name__)

SCAN_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png")
"""The files a signed scan or an attachment may be."""


def problem_text(problem: Problem) -> str:
    """A problem in the program's language, without the field name (shown beside the field)."""
    return errors.problem_text(problem, with_field=False)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong and what to do (the shell's message box)."""
    errors.show_error(parent, error)


def run_guarded(parent: QWidget | None, action: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a store call; expected errors become a message box. Returns ``(ok, result)``."""
    try:
        return True, action()
    except DeskError as error:
        show_error(parent, error)
        return False, None


def make_date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumWidth(130)
    return edit


# --- finalize ---------------------------------------------------------------------------------

class FinalizeDialog(QDialog):
    """Confirm finalizing: the number about to be assigned, or what is still missing."""

    def __init__(self, *, db: sqlite_utils.Database, act_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Finalize act"))
        self.problems: list[Problem] = acts_store.finalize_problems(db=db, act_id=act_id)
        self.number: str | None = None
        number_problem = ""
        try:
            self.number = acts_store.next_number(db=db, act_id=act_id)
        except DeskError as error:
            number_problem = errors.error_text(error)

        intro = QLabel(self.tr(
            "Finalizing gives the act its number and freezes its content. Afterwards the act can be "
            "printed, recorded as signed or voided, but not changed."), self)
        intro.setWordWrap(True)

        self.number_label = QLabel(self)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.number_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.number_label.setFont(font)
        caption = QLabel(self.tr("The act will be numbered:"), self)
        if self.number:
            self.number_label.setText(self.number)
        else:
            self.number_label.setText("—")

        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.problems_label.setStyleSheet("color: #a1260d;")
        messages = [problem_text(p) for p in self.problems]
        if number_problem and not messages:
            messages.append(number_problem)
        if messages:
            items = "".join(f"<li>{_escape(m[:1].upper() + m[1:])}</li>" for m in messages)
            self.problems_label.setText(self.tr("Before the act can be finalized:") + f"<ul>{items}</ul>")
        else:
            self.problems_label.hide()

        self.buttons = QDialogButtonBox(self)
        self.finalize_button = self.buttons.addButton(self.tr("Finalize"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.finalize_button.setEnabled(not messages and self.number is not None)
        self.finalize_button.setDefault(self.finalize_button.isEnabled())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        number_row = QHBoxLayout()
        number_row.addWidget(caption)
        number_row.addWidget(self.number_label, 1)
        layout.addLayout(number_row)
        layout.addWidget(self.problems_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    @property
    def ready(self) -> bool:
        return self.finalize_button.isEnabled()

    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.ready:
            super().accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- mark as signed -------------------------------------------------------------------------

class SignDialog(QDialog):
    """When the act was signed and stamped, and its scanned copy."""

    def __init__(self, *, act_date: str | None, number: str = "", last_folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record as signed"))
        self.last_folder = last_folder
        self._act_date = QDate.fromString(act_date, "yyyy-MM-dd") if act_date else QDate()

        intro = QLabel(self.tr("Record that act %1 came back signed and stamped by both parties, "
                               "and keep its scanned copy with it.").replace("%1", number), self)
        intro.setWordWrap(True)
        self.intro_label = intro

        self.date_edit = make_date_edit(self)
        today = QDate.currentDate()
        if self._act_date.isValid():
            self.date_edit.setMinimumDate(self._act_date)
        self.date_edit.setDate(max(today, self._act_date) if self._act_date.isValid() else today)

        self.scan_edit, self.choose_button, scan_row = file_row(self, self.tr("PDF, JPG or PNG file"), self.tr("Choose…"),
                                                                self.choose_scan)

        self.note = QLabel(self.tr("Without a scan the act is still recorded as signed; "
                                   "the scan can be attached later."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.error_label = error_label(self)

        form = QFormLayout()
        form.addRow(self.tr("Signed on:"), self.date_edit)
        form.addRow(self.tr("Scanned copy:"), scan_row)

        self.buttons, self.ok_button = accept_cancel(self, self.tr("Record as signed"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.date_edit, self.scan_edit)
        self.setTabOrder(self.scan_edit, self.choose_button)

    def signed_date(self) -> str:
        """ISO date."""
        return self.date_edit.date().toString("yyyy-MM-dd")

    def scan_path(self) -> str | None:
        text = self.scan_edit.text().strip()
        return text or None

    def ask_scan_path(self) -> str:
        """The file dialog; a separate method so tests can answer for the user."""
        return ask_open_file(self, self.tr("Choose the scanned copy"), self.tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
                             self.last_folder)

    def choose_scan(self) -> None:
        path = self.ask_scan_path()
        if path:
            self.scan_edit.setText(path)
            self.last_folder = str(Path(path).parent)
            self.validate()

    def validate(self) -> bool:
        """Check the chosen file before the store does; shows the problem under the fields."""
        message = ""
        path = self.scan_path()
        if path:
            file = Path(path)
            if not file.is_file():
                message = self.tr("The scanned copy was not found: %1").replace("%1", path)
            elif file.suffix.lower() not in SCAN_SUFFIXES:
                message = self.tr("The scanned copy must be a PDF, JPG or PNG file.")
        if self._act_date.isValid() and self.date_edit.date() < self._act_date:
            message = self.tr("The signing date cannot be before the act's date.")
        return show_problem(self.error_label, message)

    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.validate():
            super().accept()


# --- void -------------------------------------------------------------------------------------

class VoidDialog(QDialog):
    """Why the act is voided (required)."""

    def __init__(self, *, number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Void act"))
        intro = QLabel(self.tr("Act %1 will be marked void. It stays in the register with its number, "
                               "which is never given to another act. This cannot be undone.").replace("%1", number), self)
        intro.setWordWrap(True)
        caption = QLabel(self.tr("Reason (required):"), self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("e.g. wrong recipient; replaced by a new act"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(90)
        caption.setBuddy(self.reason_edit)
        self.buttons, self.void_button = accept_cancel(self, self.tr("Void act"))
        self.void_button.setEnabled(False)
        self.reason_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(caption)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update(self) -> None:
        self.void_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:  # noqa: D401 - Qt override
        if self.reason():
            super().accept()


# --- attachments -----------------------------------------------------------------------------

