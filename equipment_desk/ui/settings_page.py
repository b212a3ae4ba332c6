"""The Settings section: the office's settings (kept in the database) and this user's preferences.

Office name, code, number pattern, default place, the donor-side signatory,
logo, act languages and the currency of new acts travel with the data
(``store.settings``); the UI
language, the database file, the backup folder and the user's name belong
to this laptop (:class:`~equipment_desk.ui.settings.DeskSettings`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import sqlite_utils
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core import languages as printed
from equipment_desk.core.errors import DeskError, InputError
from equipment_desk.core.money import CURRENCY_CODES
from equipment_desk.store import settings as office_settings
from equipment_desk.store.changes import perform
from equipment_desk.ui.errors import show_error, translate_template
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.widgets.languages import SAME_LANGUAGE, LanguagePairField, capitalised_name
from equipment_desk.ui.widgets.screen import keep_place
from equipment_desk.ui.words import currency_text, language_name

OFFICE_FIELDS = (
    "office_name_en", "office_name_ru", "office_code", "number_pattern", "default_place_en", "default_place_ru",
    "default_signatory_name_en", "default_signatory_name_ru", "default_signatory_gender", "default_signatory_title_en", "default_signatory_title_ru",
    "default_signatory_authority_en", "default_signatory_authority_ru", "logo_path", "default_languages",
    "default_currency", "national_languages",
)
NATIONAL_OFFICE_FIELDS = tuple(f"{key}_{printed.column_suffix(code)}" for code in printed.NATIONAL
                               for key in office_settings.NATIONAL_DEFAULTS)
"""The office's texts in each state language (shown for the languages the office uses)."""


class PathField(QWidget):
    """A path with a Browse… button."""

    def __init__(self, parent: QWidget, *, folder: bool, caption: str, file_filter: str = "", save: bool = False) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.button = QPushButton(self.tr("Browse…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self._folder, self._caption, self._filter, self._save = folder, caption, file_filter, save
        self.button.clicked.connect(self.browse)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def browse(self) -> None:
        start = self.text() or str(Path.home())
        if self._folder:
            chosen = QFileDialog.getExistingDirectory(self, self._caption, start)
        elif self._save:
            chosen, _ = QFileDialog.getSaveFileName(self, self._caption, start, self._filter,
                                                    options=QFileDialog.Option.DontConfirmOverwrite)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self._caption, start, self._filter)
        if chosen:
            self.edit.setText(chosen)


class NationalLanguagesField(QWidget):
    """The state languages the office uses, one box each (Kazakh, Kyrgyz, …), as the setting keeps them: ``"ky,uz"``."""

    textChanged = Signal(str)  # noqa: N815 - as a QLineEdit's, so the page treats it as one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for code in printed.NATIONAL:
            box = QCheckBox(capitalised_name(code), self)
            box.setObjectName(f"state_language_{code}")
            box.toggled.connect(lambda _on: self.textChanged.emit(self.text()))
            row.addWidget(box)
            self.boxes[code] = box
        row.addStretch(1)
        self.setFocusProxy(self.boxes[printed.NATIONAL[0]])

    def text(self) -> str:
        return ",".join(code for code, box in self.boxes.items() if box.isChecked())

    def setText(self, text: str) -> None:  # noqa: N802 - as a QLineEdit's
        chosen = {printed.canonical_code(part) for part in text.split(",")}
        for code, box in self.boxes.items():
            was = box.blockSignals(True)
            box.setChecked(code in chosen)
            box.blockSignals(was)
        self.textChanged.emit(self.text())


class SettingsPage(QWidget):
    """Both kinds of settings on one page, saved with one button."""

    saved = Signal(object)
    """The settings were saved: what changed (an :class:`~equipment_desk.store.changes.OpChanges`, the office's
    settings), for the window to refresh only what shows them."""

    def __init__(self, *, db: sqlite_utils.Database, settings: DeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_page")
        self.db = db
        self.settings = settings
        self.edits: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        office = QGroupBox(self.tr("Your office (printed on every act; kept in the database)"), body)
        form = QFormLayout(office)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._row(form, "office_name_en", self.tr("Office name (English)"), QLineEdit(office))
        self._row(form, "office_name_ru", self.tr("Office name (Russian)"), QLineEdit(office))
        self._row(form, "office_code", self.tr("Office code for act numbers"), QLineEdit(office))
        self.edits["office_code"].setPlaceholderText(self.tr("e.g. BISH"))
        self._row(form, "number_pattern", self.tr("Act number pattern"), QLineEdit(office))
        self.edits["number_pattern"].setToolTip(self.tr(
            "{office} is the office code, {year} the act's year, {seq:04d} its number in the year with four digits"))
        self._row(form, "default_place_en", self.tr("Place of signing (English)"), QLineEdit(office))
        self._row(form, "default_place_ru", self.tr("Place of signing (Russian)"), QLineEdit(office))
        self._row(form, "national_languages", self.tr("State languages the office uses"), NationalLanguagesField(office))
        self.edits["national_languages"].setToolTip(self.tr(
            "The record forms show a field for each of these languages, and a new act takes the texts below in them"))
        self._row(form, "default_languages", self.tr("Languages of a new act"), LanguagePairField(office))
        self.edits["default_languages"].setToolTip(self.tr("The act's left and right columns; each act can be printed in another pair"))
        self.edits["default_languages"].changed.connect(self._pair_changed)
        currencies = QComboBox(office)
        for code in CURRENCY_CODES:
            currencies.addItem(currency_text(code), code)
        currencies.setToolTip(self.tr("The currency a new act starts with; each act can use another one"))
        self._row(form, "default_currency", self.tr("Currency of new acts"), currencies)
        self._row(form, "logo_path", self.tr("Logo (PNG or JPG)"), PathField(
            office, folder=False, caption=self.tr("Choose the logo"), file_filter=self.tr("Images (*.png *.jpg *.jpeg)")))
        column.addWidget(office)

        signer = QGroupBox(self.tr("Who signs for the office (transferring party)"), body)
        form = QFormLayout(signer)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._row(form, "default_signatory_name_en", self.tr("Name in Latin (as in the passport)"), QLineEdit(signer))
        self._row(form, "default_signatory_name_ru", self.tr("Name in Cyrillic"), QLineEdit(signer))
        genders = QComboBox(signer)
        for text, code in ((self.tr("(not given)"), ""), (self.tr("man"), "m"), (self.tr("woman"), "f")):
            genders.addItem(text, code)
        self._row(form, "default_signatory_gender", self.tr("Gender"), genders)
        self._row(form, "default_signatory_title_en", self.tr("Title (English)"), QLineEdit(signer))
        self._row(form, "default_signatory_title_ru", self.tr("Title (Russian)"), QLineEdit(signer))
        self._row(form, "default_signatory_authority_en", self.tr("Acting under (English)"), QLineEdit(signer))
        self._row(form, "default_signatory_authority_ru", self.tr("Acting under (Russian)"), QLineEdit(signer))
        column.addWidget(signer)

        national = QGroupBox(self.tr("Your office in the state languages"), body)
        self.national_form = QFormLayout(national)
        self.national_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.national_rows: dict[str, list[QWidget]] = {}
        labels = {"office_name": self.tr("Office name, %1"), "default_place": self.tr("Place of signing, %1"),
                  "default_signatory_name": self.tr("Who signs, %1"), "default_signatory_title": self.tr("Title, %1"),
                  "default_signatory_authority": self.tr("Acting under, %1")}
        for code in printed.NATIONAL:
            for key in office_settings.NATIONAL_DEFAULTS:
                edit = QLineEdit(national)
                edit.setPlaceholderText(printed.BY_CODE[code].native)
                box = self._row(self.national_form, f"{key}_{printed.column_suffix(code)}", labels[key].replace("%1", language_name(code)), edit)
                self.national_rows.setdefault(code, []).append(box)
        self.national_group = national
        column.addWidget(national)
        self.edits["national_languages"].textChanged.connect(self.show_national_rows)
        self.edits["national_languages"].textChanged.connect(
            lambda text: self.edits["default_languages"].set_preferred(tuple(text.split(","))))

        mine = QGroupBox(self.tr("This computer"), body)
        form = QFormLayout(mine)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        languages = QComboBox(mine)
        # the system's language: named as the user knows the system
        languages.addItem(self.tr("As in Windows") if sys.platform == "win32" else self.tr("As in the system"), "")
        languages.addItem("English", "en")
        languages.addItem("Русский", "ru")
        self._row(form, "ui_language", self.tr("Language of the program"), languages)
        self._row(form, "user_name", self.tr("Your name (for the change log)"), QLineEdit(mine))
        self._row(form, "database_path", self.tr("Database file"), PathField(
            mine, folder=False, save=True, caption=self.tr("Choose or create a database"),
            file_filter=self.tr("Equipment Desk database (*.sqlite);;All files (*)")))
        self._row(form, "backup_folder", self.tr("Backup folder"), PathField(mine, folder=True, caption=self.tr("Choose the backup folder")))
        self.edits["backup_folder"].edit.setPlaceholderText(self.tr("“backups” beside the database file"))
        self.edits["database_path"].edit.setPlaceholderText(self.tr("equipment-desk.sqlite in your user data folder"))
        keep = QSpinBox(mine)
        keep.setRange(1, 365)
        keep.setMaximumWidth(keep.fontMetrics().averageCharWidth() * 12)
        keep.setToolTip(self.tr("A backup is made once a day, when the program closes and before an update; "
                                "older backups beyond this number are deleted."))
        self._row(form, "backup_keep", self.tr("Backups to keep"), keep)
        self.screen_reader_box = QCheckBox(self.tr("Column titles for screen readers"), mine)
        self.screen_reader_box.setObjectName("screen_reader_titles")
        self.screen_reader_box.setToolTip(self.tr(
            "A screen reader then reads each list's column titles, not their numbers. The program starts a little "
            "slower; the change is used the next time you start it. On by itself when Windows says a screen reader "
            "is running."))
        form.addRow(self.screen_reader_box)
        note = QLabel(self.tr("A new language or database file is used the next time you start the program."), mine)
        note.setWordWrap(True)
        form.addRow(note)
        column.addWidget(mine)
        column.addStretch(1)

        buttons = QHBoxLayout()
        self.status = QLabel(self)
        self.save_button = QPushButton(self.tr("Save settings"), self)
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while this page has the focus
        self.save_shortcut.activated.connect(self.save)
        self.save_button.setToolTip(self.tr("Save the settings (Ctrl+S)"))
        self.load()

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> QWidget:
        message = QLabel(widget.parentWidget())
        message.setStyleSheet("color: #b00020;")
        message.setWordWrap(True)
        keep_place(message)
        message.hide()
        box = QWidget(widget.parentWidget())
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(message)
        shown = QLabel(label, widget.parentWidget())
        shown.setBuddy(widget)
        form.addRow(shown, box)
        self.edits[key] = widget
        self.messages[key] = message
        return box

    def _value(self, key: str) -> str:
        widget = self.edits[key]
        if isinstance(widget, QSpinBox):
            return str(widget.value())
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        if isinstance(widget, LanguagePairField):
            return widget.pair() or ",".join(widget.codes())  # one language twice: refused by the check, beside the field
        return widget.text().strip()

    def _set(self, key: str, value: str) -> None:
        widget = self.edits[key]
        if isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, LanguagePairField):
            widget.set_pair(value)
        else:
            widget.setText(value)
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # a long title read from its beginning

    def use_database(self, db: sqlite_utils.Database) -> None:
        """Read and write ``db`` from now on (after a restore); :meth:`load` shows its values."""
        self.db = db

    def load(self) -> None:
        """Show the stored values (dropping unsaved edits)."""
        values = office_settings.all_settings(db=self.db)
        one_name = values.get("default_signatory_name", "")
        if one_name and not values.get("default_signatory_name_en") and not values.get("default_signatory_name_ru"):
            from equipment_desk.core.names import CYRILLIC, script_of  # a name kept in one field: shown in its script's

            values["default_signatory_name_ru" if script_of(one_name) == CYRILLIC else "default_signatory_name_en"] = one_name
        for key in (*OFFICE_FIELDS, *NATIONAL_OFFICE_FIELDS):
            self._set(key, values.get(key, ""))
        self.show_national_rows()
        self._set("ui_language", self.settings.ui_language)
        self._set("user_name", self.settings.get("user_name"))
        self._set("database_path", self.settings.database_path)
        self._set("backup_folder", self.settings.backup_folder)
        self._set("backup_keep", str(self.settings.backup_keep))
        self.screen_reader_box.setChecked(bool(self.settings.get("screen_reader_titles")))
        for message in self.messages.values():
            message.hide()
        self.status.setText("")

    def save(self) -> bool:
        for message in self.messages.values():
            message.hide()
        values = {key: self._value(key) for key in (*OFFICE_FIELDS, *NATIONAL_OFFICE_FIELDS)}
        problems = []
        for key, value in values.items():  # every problem at once, beside its field
            try:
                office_settings.validate_setting(key, value)
            except InputError as error:
                problems += error.problems
        if self.edits["default_languages"].pair() is None:  # said in the window's words, not the setting's codes
            from equipment_desk.core.errors import Problem

            problems = [problem for problem in problems if problem.field != "default_languages"]
            problems.append(Problem(SAME_LANGUAGE, field="default_languages"))
        logo = values["logo_path"]
        if logo and not Path(logo).is_file():
            from equipment_desk.core.errors import Problem

            problems.append(Problem("the file does not exist", field="logo_path", value=logo))
        if problems:
            for problem in problems:
                label = self.messages.get(problem.field or "")
                if label is not None:
                    label.setText(translate_template(problem.message, problem.params))
                    label.show()
            self.status.setText(self.tr("Please correct the values marked in red."))
            return False
        try:
            done = perform(office_settings.set_settings, db=self.db, values=values)
        except DeskError as error:
            show_error(self, error)
            return False
        self.settings.set("ui_language", self._value("ui_language"))
        self.settings.set("user_name", self._value("user_name"))
        self.settings.set("database_path", self._value("database_path"))
        self.settings.set("backup_folder", self._value("backup_folder"))
        self.settings.set("backup_keep", int(self._value("backup_keep")))
        self.settings.set("screen_reader_titles", self.screen_reader_box.isChecked())
        self.settings.sync()
        from equipment_desk.store.context import set_user

        set_user(self._value("user_name") or None)
        self.status.setText(self.tr("Settings saved."))
        self.saved.emit(done.changes)
        return True

    def _pair_changed(self) -> None:
        """Say at once when the same language is chosen for both columns."""
        message = self.messages["default_languages"]
        message.setText(self.edits["default_languages"].problem())
        message.setVisible(bool(message.text()))

    def show_national_rows(self, text: str = "") -> None:
        """The office's texts for the state languages it uses (as typed so far); the others stay hidden, kept."""
        codes = {printed.canonical_code(part) for part in (text or self._value("national_languages")).split(",")}
        for code, boxes in self.national_rows.items():
            for box in boxes:
                self.national_form.setRowVisible(box, code in codes)
        self.national_group.setVisible(bool(codes & set(printed.NATIONAL)))
