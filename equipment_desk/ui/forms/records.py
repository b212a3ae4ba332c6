"""The record dialogs: donor, programme (with its donors), institution (with signatories), signatory, item."""

from __future__ import annotations

from typing import Any

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core import labels
from equipment_desk.core.errors import DeskError, Problem
from equipment_desk.core.money import CURRENCY_CODES
from equipment_desk.core.units import UNIT_CODES
from equipment_desk.core.validation import COUNTRIES, clean_record
from equipment_desk.store import acts as acts_store
from equipment_desk.store import records
from equipment_desk.store import settings as office_settings
from equipment_desk.store.changes import NOTHING, Done, changes_of
from equipment_desk.store.languages import NATIONAL_COLUMNS, column, name_script_problems
from equipment_desk.ui.acts.attachments import AttachmentDialog, add_attachment_from, open_attachment
from equipment_desk.ui.errors import show_error
from equipment_desk.ui.forms.base import RecordForm, line, notes, spin, text_of
from equipment_desk.ui.forms.languages import add_national_fields, printed_languages, suggest_national_names
from equipment_desk.ui.models import (
    category_label,
    condition_label,
    country_label,
    institution_kind_label,
    unit_text,
)
from equipment_desk.ui.widgets.combos import combo, set_combo
from equipment_desk.ui.widgets.dates import DateField
from equipment_desk.ui.widgets.money import MoneyEdit
from equipment_desk.ui.words import attachment_text, attachment_tooltip


class DonorForm(RecordForm):
    """A donor: names in English and Russian, short name, country."""

    def __init__(self, *, db: sqlite_utils.Database, record_id: int | None = None, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(db=db, record_id=record_id, lang=lang, parent=parent)
        self.setWindowTitle(self.tr("New donor") if record_id is None else self.tr("Donor"))
        row = records.get(db=db, kind=records.DONOR, record_id=record_id) if record_id else {}
        self.add_field("name_en", self.tr("Name (English)"), line(self, row.get("name_en", "")), required=True)
        self.add_field("name_ru", self.tr("Name (Russian)"), line(self, row.get("name_ru", "")))
        self.national_names = add_national_fields(self, "donor", "name", self.tr("Name, %1"), row)
        self.add_field("short_name", self.tr("Short name"), line(self, row.get("short_name", ""), max_length=50))
        self.add_field("country", self.tr("Country"), line(self, row.get("country", ""), max_length=100))
        self.add_field("notes", self.tr("Notes"), notes(self, row.get("notes", "")))
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {name: text_of(self.field(name)) for name in ("name_en", "name_ru", "short_name", "country", "notes", *self.national_names)}

    def problems(self, values: dict[str, Any]) -> list[Problem]:
        return records.validate(db=self.db, kind=records.DONOR, data=values, record_id=self.record_id)[1]

    def write(self, values: dict[str, Any]) -> int:
        if self.record_id is None:
            return self.store(records.create, db=self.db, kind=records.DONOR, data=values)["id"]
        return self.store(records.update, db=self.db, kind=records.DONOR, record_id=self.record_id, changes=values)["id"]


class ProgrammeForm(RecordForm):
    """A programme: code, names, sub-programme, and the donors that fund it (ticked, in order)."""

    def __init__(self, *, db: sqlite_utils.Database, record_id: int | None = None, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(db=db, record_id=record_id, lang=lang, parent=parent)
        self.setWindowTitle(self.tr("New programme") if record_id is None else self.tr("Programme"))
        row = records.get(db=db, kind=records.PROGRAMME, record_id=record_id) if record_id else {}
        self.add_field("code", self.tr("Code"), line(self, row.get("code", ""), max_length=50), required=True)
        self.field("code").setPlaceholderText(self.tr("e.g. XAC/Z60"))
        self.add_field("name_en", self.tr("Name (English)"), line(self, row.get("name_en", "")), required=True)
        self.add_field("name_ru", self.tr("Name (Russian)"), line(self, row.get("name_ru", "")))
        self.national_names = add_national_fields(self, "programme", "name", self.tr("Name, %1"), row)
        self.add_field("sub_programme", self.tr("Sub-programme"), line(self, row.get("sub_programme", ""), max_length=200))
        self.add_field("notes", self.tr("Notes"), notes(self, row.get("notes", "")))
        chosen = [d["id"] for d in records.programme_donors(db=db, programme_id=record_id)] if record_id else []
        self.donor_model = QStandardItemModel(self)
        for donor in records.list_records(db=db, kind=records.DONOR, order_by="name_en COLLATE NOCASE"):
            name = (donor["name_ru"] or donor["name_en"]) if lang == "ru" else donor["name_en"]
            item = QStandardItem(f"{name} ({donor['short_name']})" if donor["short_name"] else name)
            item.setData(donor["id"], Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if donor["id"] in chosen else Qt.CheckState.Unchecked)
            self.donor_model.appendRow(item)
        self._donor_order = list(chosen)
        self.donor_list = QListView(self)
        self.donor_list.setObjectName("donor_list")
        self.donor_list.setModel(self.donor_model)
        self.donor_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.donor_model.itemChanged.connect(self._donor_toggled)
        self.no_donors_note: QLabel | None = None
        if self.donor_model.rowCount():
            self.form.addRow(self.tr("Donors"), self.donor_list)
        else:  # an empty box says nothing: say where donors are added
            self.donor_list.hide()
            self.no_donors_note = QLabel(self.tr("No donor is recorded yet. Save the programme, add its donors with "
                                                 "“New donor” (Programmes & donors › Donors), then tick them here."), self)
            self.no_donors_note.setWordWrap(True)
            self.no_donors_note.setObjectName("no_donors_note")
            self.form.addRow(self.tr("Donors"), self.no_donors_note)
        self.finish_layout()

    def _donor_toggled(self, item: QStandardItem) -> None:
        donor_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and donor_id not in self._donor_order:
            self._donor_order.append(donor_id)
        elif item.checkState() != Qt.CheckState.Checked and donor_id in self._donor_order:
            self._donor_order.remove(donor_id)
        self._on_change()

    def set_donors(self, donor_ids: list[int]) -> None:
        for row in range(self.donor_model.rowCount()):
            item = self.donor_model.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in donor_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self._donor_order = [d for d in donor_ids]

    def extra_state(self) -> Any:
        return list(self._donor_order)

    def values(self) -> dict[str, Any]:
        return {name: text_of(self.field(name)) for name in ("code", "name_en", "name_ru", "sub_programme", "notes", *self.national_names)}

    def problems(self, values: dict[str, Any]) -> list[Problem]:
        return records.validate(db=self.db, kind=records.PROGRAMME, data=values, record_id=self.record_id)[1]

    def write(self, values: dict[str, Any]) -> int:
        return self.store(records.save_programme, db=self.db, programme_id=self.record_id, values=values,
                          donor_ids=list(self._donor_order))


class SignatoryForm(RecordForm):
    """A person who signs for an institution: the name in both scripts, gender, title and authority in two
    languages, and the Russian genitive the act's preamble prints.

    The name is typed in one script and the other is suggested (ICAO Doc 9303
    to Latin, a transcription to Cyrillic) when that field is empty; the
    gender is guessed from a Cyrillic name; the genitive follows the Russian
    name, title and gender until the user corrects it.  Every suggestion
    stays editable.
    """

    FIELDS = ("name_ru", "name_en", "title_en", "title_ru", "name_ru_genitive", "title_ru_genitive", "authority_en", "authority_ru")

    def __init__(self, *, db: sqlite_utils.Database, data: dict[str, Any] | None = None, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(db=db, record_id=(data or {}).get("id"), lang=lang, parent=parent)
        self.setWindowTitle(self.tr("Signatory"))
        data = data or {}
        name_ru, name_en = data.get("name_ru", ""), data.get("name_en", "")
        if not name_ru and not name_en and data.get("full_name"):  # a person recorded with one name
            from equipment_desk.core.names import CYRILLIC, script_of

            name_ru, name_en = (data["full_name"], "") if script_of(data["full_name"]) == CYRILLIC else ("", data["full_name"])
        self.add_field("name_ru", self.tr("Name in Cyrillic"), line(self, name_ru, max_length=200), required=True)
        self.field("name_ru").setPlaceholderText(self.tr("as in national documents; Latin is suggested from it"))
        self.add_field("name_en", self.tr("Name in Latin"), line(self, name_en, max_length=200), required=True)
        self.field("name_en").setPlaceholderText(self.tr("as in the passport; Cyrillic is suggested from it"))
        self.national_person_names = add_national_fields(self, "signatory", "name", self.tr("Name, %1"), data)
        genders = combo(self, [(self.tr("(not given)"), ""), (self.tr("man"), "m"), (self.tr("woman"), "f")])
        set_combo(genders, data.get("gender", ""))
        self.add_field("gender", self.tr("Gender"), genders)
        self.add_field("title_en", self.tr("Title (English)"), line(self, data.get("title_en", "")))
        self.add_field("title_ru", self.tr("Title (Russian)"), line(self, data.get("title_ru", "")))
        self.national_names = [*self.national_person_names,
                               *add_national_fields(self, "signatory", "title", self.tr("Title, %1"), data)]
        self.add_field("name_ru_genitive", self.tr("Name after «в лице»"), line(self, data.get("name_ru_genitive", ""), max_length=200))
        self.add_field("title_ru_genitive", self.tr("Title after «в лице»"), line(self, data.get("title_ru_genitive", "")))
        for name in ("name_ru_genitive", "title_ru_genitive"):
            self.field(name).setToolTip(self.tr("The Russian genitive the act's preamble prints; suggested, correct it if needed"))
        self.add_field("authority_en", self.tr("Acting under (English)"), line(self, data.get("authority_en", "")))
        self.field("authority_en").setPlaceholderText(self.tr("e.g. the Regulations of the Ministry"))
        self.add_field("authority_ru", self.tr("Acting under (Russian)"), line(self, data.get("authority_ru", "")))
        self.field("authority_ru").setPlaceholderText(self.tr("e.g. %1").replace("%1", "Положения о министерстве"))  # Russian in either language
        self.national_names += add_national_fields(self, "signatory", "authority", self.tr("Acting under, %1"), data)
        from equipment_desk.ui.forms.base import check

        self.add_field("active", self.tr("Signs acts"), check(self, self.tr("still signs for the institution"), bool(data.get("active", True))))
        self._genitive_typed = {name: bool(data.get(name)) and data.get(name) != self._suggested_genitive(name)
                                for name in ("name_ru_genitive", "title_ru_genitive")}
        self.field("name_ru").editingFinished.connect(lambda: self.suggest_other_script("name_ru"))
        self.field("name_en").editingFinished.connect(lambda: self.suggest_other_script("name_en"))
        for name in ("name_ru", "title_ru"):
            self.field(name).textChanged.connect(self.suggest_genitive)
        genders.currentIndexChanged.connect(self.suggest_genitive)
        for name in ("name_ru_genitive", "title_ru_genitive"):
            self.field(name).textEdited.connect(lambda _text, name=name: self._genitive_typed.__setitem__(name, True))
        suggest_national_names(self, self.national_person_names, fill=False)
        self.result_values: dict[str, Any] | None = None
        self.finish_layout()

    def suggest_other_script(self, typed: str) -> None:
        """Fill the other script's empty name with the suggested form (and guess the gender from a Cyrillic name)."""
        from equipment_desk.core.names import guess_gender, suggest_cyrillic, suggest_latin

        text = self.field(typed).text().strip()
        other = "name_en" if typed == "name_ru" else "name_ru"
        if text and not self.field(other).text().strip():
            self.field(other).setText(suggest_latin(text) if typed == "name_ru" else suggest_cyrillic(text))
        suggest_national_names(self, self.national_person_names)
        cyrillic = self.field("name_ru").text().strip()
        if cyrillic and not self.field("gender").currentData():
            set_combo(self.field("gender"), guess_gender(cyrillic))

    def _suggested_genitive(self, name: str) -> str:
        from equipment_desk.core.grammar import name_genitive, title_genitive

        if name == "name_ru_genitive":
            text = self.field("name_ru").text().strip()
            return name_genitive(text, self.field("gender").currentData() or "") if text else ""
        text = self.field("title_ru").text().strip()
        return title_genitive(text) if text else ""

    def suggest_genitive(self, *_args: Any) -> None:
        """Follow the Russian name, title and gender with the genitive, unless the user wrote their own."""
        for name in ("name_ru_genitive", "title_ru_genitive"):
            if not self._genitive_typed[name]:
                self.field(name).setText(self._suggested_genitive(name))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: text_of(self.field(name)) for name in (*self.FIELDS, *self.national_names)}
        values["gender"] = self.field("gender").currentData() or ""
        values["active"] = self.field("active").isChecked()
        values["full_name"] = values["name_ru"].strip() or values["name_en"].strip()  # what the list shows
        return values

    def problems(self, values: dict[str, Any]) -> list[Problem]:
        return clean_record(records.SIGNATORY.fields, values)[1] + name_script_problems("signatory", values)

    def write(self, values: dict[str, Any]) -> int:
        """Signatories are saved with their institution: this only keeps the values."""
        self.result_values = values
        return self.record_id or 0


class InstitutionForm(RecordForm):
    """A receiving institution and the people who sign for it."""

    FIELDS = ("name_en", "name_ru", "city_en", "city_ru", "region", "address", "phone", "email", "contact_person", "notes")

    def __init__(self, *, db: sqlite_utils.Database, record_id: int | None = None, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(db=db, record_id=record_id, lang=lang, parent=parent)
        self.setWindowTitle(self.tr("New institution") if record_id is None else self.tr("Institution"))
        row = records.get(db=db, kind=records.INSTITUTION, record_id=record_id) if record_id else {}
        self.required_names = printed_languages(db)
        """The languages the office prints its acts in: the institution's name is needed in each."""
        self.add_field("name_en", self.tr("Name (English)"), line(self, row.get("name_en", "")), required="en" in self.required_names)
        self.add_field("name_ru", self.tr("Name (Russian)"), line(self, row.get("name_ru", "")), required="ru" in self.required_names)
        self.national_names = add_national_fields(self, "institution", "name", self.tr("Name, %1"), row, required=self.required_names)
        countries = combo(self, [(country_label(code, lang), code) for code in COUNTRIES])
        countries.setEditable(False)
        countries.setPlaceholderText(self.tr("Choose the country"))  # shown while none is chosen, never one of the list
        countries.setCurrentIndex(-1)
        self.add_field("country", self.tr("Country"), countries, required=True)
        if row.get("country"):
            if countries.findData(row["country"]) < 0:
                countries.addItem(row["country"], row["country"])
            set_combo(countries, row["country"])
        self.add_field("city_en", self.tr("City (English)"), line(self, row.get("city_en", ""), max_length=100))
        self.add_field("city_ru", self.tr("City (Russian)"), line(self, row.get("city_ru", ""), max_length=100))
        self.add_field("region", self.tr("Region"), line(self, row.get("region", ""), max_length=100))
        kinds = combo(self, [(institution_kind_label(code), code) for code in labels.INSTITUTION_KIND])
        set_combo(kinds, row.get("kind", "other"))
        self.add_field("kind", self.tr("Kind"), kinds)
        self.add_field("address", self.tr("Address"), line(self, row.get("address", ""), max_length=500))
        self.add_field("phone", self.tr("Phone"), line(self, row.get("phone", ""), max_length=100))
        self.add_field("email", self.tr("E-mail"), line(self, row.get("email", ""), max_length=200))
        self.add_field("contact_person", self.tr("Contact person"), line(self, row.get("contact_person", ""), max_length=200))
        self.add_field("notes", self.tr("Notes"), notes(self, row.get("notes", "")))

        group = QGroupBox(self.tr("Signatories (who signs acts for the institution)"), self)
        column = QVBoxLayout(group)
        self.signatory_model = QStandardItemModel(0, 3, self)
        self.signatory_model.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Title"), self.tr("Signs acts")])
        self.signatory_view = QTableView(group)
        self.signatory_view.setObjectName("signatory_view")
        self.signatory_view.setModel(self.signatory_model)
        self.signatory_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signatory_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.signatory_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signatory_view.horizontalHeader().setStretchLastSection(True)
        self.signatory_view.verticalHeader().hide()
        self.signatory_view.doubleClicked.connect(lambda _index: self.edit_signatory())
        self.signatory_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        column.addWidget(self.signatory_view)
        buttons = QHBoxLayout()
        self.add_signatory_button = QPushButton(self.tr("Add…"), group)
        self.edit_signatory_button = QPushButton(self.tr("Edit…"), group)
        self.remove_signatory_button = QPushButton(self.tr("Remove"), group)
        self.add_signatory_button.clicked.connect(self.add_signatory)
        self.edit_signatory_button.clicked.connect(self.edit_signatory)
        self.remove_signatory_button.clicked.connect(self.remove_signatory)
        for button in (self.add_signatory_button, self.edit_signatory_button, self.remove_signatory_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self._outer.addWidget(group)

        # Signatories as dicts; "id" for stored ones. Changes are written on Save.
        self.signatories: list[dict[str, Any]] = records.signatories(db=db, institution_id=record_id) if record_id else []
        self._removed: list[int] = []
        self._show_signatories()
        self.finish_layout()

    def _show_signatories(self) -> None:
        self.signatory_model.removeRows(0, self.signatory_model.rowCount())
        for person in self.signatories:
            title = (person.get("title_ru") or person.get("title_en")) if self.lang == "ru" else (person.get("title_en") or person.get("title_ru"))
            cells = [QStandardItem(person["full_name"]), QStandardItem(title or ""),
                     QStandardItem(self.tr("yes") if person.get("active", True) else self.tr("no"))]
            self.signatory_model.appendRow(cells)
        self.signatory_view.resizeColumnsToContents()

    def _selected_signatory(self) -> int | None:
        rows = self.signatory_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_signatory(self) -> None:
        dialog = SignatoryForm(db=self.db, lang=self.lang, parent=self)
        if dialog.exec() and dialog.result_values:
            self.signatories.append(dict(dialog.result_values))
            self._show_signatories()
            self._on_change()

    def edit_signatory(self) -> None:
        row = self._selected_signatory()
        if row is None:
            return
        dialog = SignatoryForm(db=self.db, data=self.signatories[row], lang=self.lang, parent=self)
        if dialog.exec() and dialog.result_values:
            self.signatories[row] = {**self.signatories[row], **dialog.result_values}
            self._show_signatories()
            self._on_change()

    def remove_signatory(self) -> None:
        row = self._selected_signatory()
        if row is None:
            return
        person = self.signatories[row]
        if person.get("id") and records.signatory_on_acts(db=self.db, signatory_id=person["id"]):
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "{name} has signed acts, so the record is kept. Untick “still signs for the institution” instead.").format(
                name=person["full_name"]))
            return
        if person.get("id"):
            self._removed.append(person["id"])
        del self.signatories[row]
        self._show_signatories()
        self._on_change()

    def extra_state(self) -> Any:
        fields = (*SignatoryForm.FIELDS, *NATIONAL_COLUMNS["signatory"], "active", "gender")
        return [sorted((k, str(v)) for k, v in person.items() if k in fields) for person in self.signatories]

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: text_of(self.field(name)) for name in (*self.FIELDS, *self.national_names)}
        values["country"] = self.field("country").currentData()
        values["kind"] = self.field("kind").currentData()
        return values

    def problems(self, values: dict[str, Any]) -> list[Problem]:
        problems = records.validate(db=self.db, kind=records.INSTITUTION, data=values, record_id=self.record_id)[1]
        # the office's acts print the name in each of their languages: each is required, beside its field
        problems = [p for p in problems if p.message != "give the name in one language at least"]
        for code in self.required_names:
            name = column("name", code)
            if name in values and not (values[name] or "").strip() and not any(p.field == name for p in problems):
                problems.append(Problem("is required", field=name))
        if values["country"] is None:
            problems = [p for p in problems if p.field != "country"]
            problems.append(Problem(QT_TRANSLATE_NOOP("problems", "choose the country"), field="country"))
        return problems

    def write(self, values: dict[str, Any]) -> int:
        fields = (*SignatoryForm.FIELDS, *NATIONAL_COLUMNS["signatory"], "active", "gender")
        people = [{k: person[k] for k in (*fields, "id") if k in person} for person in self.signatories]
        saved = self.store(records.save_institution, db=self.db, institution_id=self.record_id, values=values,
                           signatories=people, removed=list(self._removed))
        for person, signatory_id in zip(self.signatories, saved["signatory_ids"]):
            person["id"] = signatory_id
        self._removed = []
        return saved["id"]


class ItemForm(RecordForm):
    """An item of equipment: what it is, its numbers, quantity, value and programme.

    An item already stored also shows whether it was written off (and why,
    read-only: writing off is its own action) and its photos and documents,
    which are added and opened here and kept at once, not on Save.
    """

    TEXT_FIELDS = ("name_en", "name_ru", "model", "serial_number", "inventory_number", "notes")

    def __init__(self, *, db: sqlite_utils.Database, record_id: int | None = None, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(db=db, record_id=record_id, lang=lang, parent=parent)
        self.setWindowTitle(self.tr("New item") if record_id is None else self.tr("Item"))
        row = records.item_stock(db=db, item_id=record_id) if record_id else {}
        self.row = row
        self.written_off_label: QLabel | None = None
        if row.get("written_off"):
            self.written_off_label = QLabel(row.get("written_off_reason") or self.tr("no reason recorded"), self)
            self.written_off_label.setObjectName("written_off_reason")
            self.written_off_label.setWordWrap(True)
            self.written_off_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.written_off_label.setStyleSheet("color: #a1260d; font-weight: bold;")
            self.written_off_label.setToolTip(self.tr("Written off items are no longer offered for handover acts"))
            self.form.addRow(self.tr("Written off:"), self.written_off_label)
        categories = combo(self, [(category_label(code), code) for code in labels.CATEGORY])
        set_combo(categories, row.get("category", "computers"))
        self.add_field("category", self.tr("Category"), categories, required=True)
        name_en, name_ru = row.get("name_en", ""), row.get("name_ru", "")
        if row and not name_en and not name_ru:  # recorded with one name
            name_en = row.get("name", "")
        self.add_field("name_en", self.tr("Name (English)"), line(self, name_en, max_length=2000), required=True)
        self.field("name_en").setPlaceholderText(self.tr("e.g. Desktop computer with monitor"))
        self.add_field("name_ru", self.tr("Name (Russian)"), line(self, name_ru, max_length=2000), required=True)
        self.field("name_ru").setPlaceholderText(self.tr("as the act prints it in Russian"))
        for name in ("name_en", "name_ru"):
            self.field(name).editingFinished.connect(lambda name=name: self.suggest_translation(name))
        self.national_names = add_national_fields(self, "item", "name", self.tr("Name, %1"), row)
        self.add_field("model", self.tr("Make and model"), line(self, row.get("model", ""), max_length=500))
        self.add_field("serial_number", self.tr("Serial number"), line(self, row.get("serial_number") or "", max_length=500))
        self.add_field("inventory_number", self.tr("Inventory number"), line(self, row.get("inventory_number") or "", max_length=200))
        handed = int(row.get("handed_over", 0))
        self.add_field("quantity", self.tr("Quantity"), spin(self, int(row.get("quantity", 1)), minimum=max(1, handed)))
        units = combo(self, [(unit_text(code), code) for code in UNIT_CODES])
        set_combo(units, row.get("unit", "pcs"))
        self.add_field("unit", self.tr("Unit"), units)
        currencies = combo(self, [(code, code) for code in CURRENCY_CODES])
        # a new item is bought in the office's currency as often as not: start with the currency of new acts
        set_combo(currencies, row.get("currency") or office_settings.get_setting(db=db, key="default_currency") or "USD")
        self.add_field("currency", self.tr("Currency"), currencies, required=True)
        self.value_edit = MoneyEdit(self, currency=currencies.currentData(), lang=lang)
        if row:
            self.value_edit.set_minor(row["unit_value_minor"])
        self.add_field("unit_value_minor", self.tr("Unit value"), self.value_edit, required=True)
        currencies.currentIndexChanged.connect(lambda _i: self.value_edit.set_currency(currencies.currentData()))
        date = DateField(self)
        date.set_iso(row.get("acquisition_date"))
        self.add_field("acquisition_date", self.tr("Acquired on"), date)
        conditions = combo(self, [(condition_label(code), code) for code in labels.CONDITION])
        set_combo(conditions, row.get("condition", "new"))
        self.add_field("condition", self.tr("Condition"), conditions)
        programmes = combo(self, [(self.tr("(no programme)"), None)] + [
            (f"{p['code']} — {(p['name_ru'] or p['name_en']) if lang == 'ru' else p['name_en']}", p["id"])
            for p in records.list_records(db=db, kind=records.PROGRAMME, order_by="code COLLATE NOCASE")])
        programmes.setSizeAdjustPolicy(programmes.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        programmes.setMinimumContentsLength(30)
        set_combo(programmes, row.get("programme_id"))
        self.add_field("programme_id", self.tr("Programme"), programmes)
        self.add_field("notes", self.tr("Notes"), notes(self, row.get("notes", "")))
        if record_id and any(act["status"] != "draft" for act in records.item_acts(db=db, item_id=record_id)):
            self.value_edit.setEnabled(False)
            currencies.setEnabled(False)
            hint = QLabel(self.tr("The item is on a finalized act, so its value and currency can no longer change."), self)
            hint.setWordWrap(True)
            self.form.addRow("", hint)
        if handed:
            self.field("quantity").setToolTip(self.tr("{count} already handed over; the quantity cannot be less.").format(count=handed))
        self.attachment_windows: list[QWidget] = []
        self.attachments_group: QGroupBox | None = None
        if record_id:
            self._build_attachments()
        self.finish_layout()

    # --- photos and documents ------------------------------------------------------------------------

    def _build_attachments(self) -> None:
        group = QGroupBox(self.tr("Photos and documents"), self)
        self.attachments_group = group
        column = QVBoxLayout(group)
        self.attachments_list = QListWidget(group)
        self.attachments_list.setObjectName("item_attachments")
        self.attachments_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.attachments_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.attachments_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attachments_list.itemActivated.connect(self._open_attachment_item)
        self.no_attachments_label = QLabel(self.tr("No photos or documents yet."), group)
        self.no_attachments_label.setStyleSheet("color: palette(dark);")
        buttons = QHBoxLayout()
        self.add_attachment_button = QPushButton(self.tr("Add photo or document…"), group)
        self.add_attachment_button.setToolTip(self.tr("A photo, the warranty or another document (PDF, JPG or PNG); kept at once"))
        self.add_attachment_button.setAutoDefault(False)
        self.add_attachment_button.clicked.connect(self.add_attachment)
        self.open_attachment_button = QPushButton(self.tr("Open"), group)
        self.open_attachment_button.setAutoDefault(False)
        self.open_attachment_button.clicked.connect(self.open_selected_attachment)
        buttons.addWidget(self.add_attachment_button)
        buttons.addWidget(self.open_attachment_button)
        buttons.addStretch(1)
        column.addWidget(self.attachments_list)
        column.addWidget(self.no_attachments_label)
        column.addLayout(buttons)
        self._outer.addWidget(group)
        self._reload_attachments()

    def _reload_attachments(self, current: int | None = None) -> None:
        self.attachments_list.clear()
        found = acts_store.list_attachments(db=self.db, item_id=self.record_id)
        for attachment in found:
            entry = QListWidgetItem(attachment_text(attachment), self.attachments_list)
            entry.setData(Qt.ItemDataRole.UserRole, attachment["id"])
            entry.setToolTip(attachment_tooltip(attachment))
            if attachment["id"] == current:
                self.attachments_list.setCurrentItem(entry)
        if found and self.attachments_list.currentItem() is None:
            self.attachments_list.setCurrentRow(0)
        self.attachments_list.setVisible(bool(found))
        self.no_attachments_label.setVisible(not found)
        self.open_attachment_button.setEnabled(bool(found))

    def exec_attachment_dialog(self, dialog: AttachmentDialog) -> bool:
        """Show the dialog; a separate method so tests can answer for the user."""
        return dialog.exec() == AttachmentDialog.DialogCode.Accepted

    def add_attachment(self) -> int | None:
        """Ask for a photo or document and keep it with the item at once; returns the new attachment's id."""
        if not self.record_id:
            return None
        name = self.row.get("name") or ""
        dialog = AttachmentDialog(subject=self.tr("the item “%1”").replace("%1", name) if name else self.tr("the item"), parent=self)
        try:
            if not self.exec_attachment_dialog(dialog):
                return None
            attachment_id = add_attachment_from(dialog, db=self.db, item_id=self.record_id, parent=self)
        finally:
            dialog.deleteLater()
        if attachment_id is not None:
            self.changes |= changes_of(acts_store.add_attachment)
            self._reload_attachments(current=attachment_id)
        return attachment_id

    def _open_attachment_item(self, entry: QListWidgetItem) -> None:
        viewer = open_attachment(db=self.db, attachment_id=entry.data(Qt.ItemDataRole.UserRole), parent=self)
        if viewer is not None:
            self.attachment_windows = [w for w in self.attachment_windows if w.isVisible()] + [viewer]

    def open_selected_attachment(self) -> None:
        entry = self.attachments_list.currentItem()
        if entry is not None:
            self._open_attachment_item(entry)

    def done(self, result: int) -> None:  # noqa: D401 - Qt override: the viewers close with the form
        for window in self.attachment_windows:
            window.close()
        self.attachment_windows = []
        super().done(result)

    def suggest_translation(self, typed: str) -> list[str]:
        """The names the office glossary has seen with the one typed; the first fills the other language's empty field."""
        from equipment_desk.store.languages import glossary_suggestions

        other = "name_ru" if typed == "name_en" else "name_en"
        found = glossary_suggestions(db=self.db, text=self.field(typed).text(), lang=typed[-2:])
        if found and not self.field(other).text().strip():
            self.field(other).setText(found[0])
        self.field(other).setToolTip(self.tr("Seen together: %1").replace("%1", "; ".join(found)) if found else "")
        return found

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: text_of(self.field(name)) for name in (*self.TEXT_FIELDS, *self.national_names)}
        for name in ("category", "unit", "currency", "condition", "programme_id"):
            values[name] = self.field(name).currentData()
        values["quantity"] = self.field("quantity").value()
        values["acquisition_date"] = self.field("acquisition_date").iso()
        values["unit_value_minor"] = self.value_edit.minor()
        return values

    def problems(self, values: dict[str, Any]) -> list[Problem]:
        return records.validate(db=self.db, kind=records.ITEM, data=values, record_id=self.record_id)[1]

    def write(self, values: dict[str, Any]) -> int:
        if self.record_id is None:
            return self.store(records.create, db=self.db, kind=records.ITEM, data=values)["id"]
        if not self.value_edit.isEnabled():
            values = {k: v for k, v in values.items() if k not in ("unit_value_minor", "currency")}
        return self.store(records.update, db=self.db, kind=records.ITEM, record_id=self.record_id, changes=values)["id"]


FORMS = {"donors": DonorForm, "programmes": ProgrammeForm, "institutions": InstitutionForm, "items": ItemForm}


def open_form(kind: str, *, db: sqlite_utils.Database, record_id: int | None, lang: str, parent: QWidget | None) -> Done[int | None]:
    """Show the form for a record of list ``kind``; the id saved (None when nothing was) and what was stored."""
    try:
        dialog = FORMS[kind](db=db, record_id=record_id, lang=lang, parent=parent)
    except DeskError as error:
        show_error(parent, error)
        return Done(None, NOTHING)
    accepted = dialog.exec()
    return Done(dialog.record_id if accepted else None, dialog.changes)



