"""The act editor: one handover act, from draft to signed scan.

:class:`ActEditorDialog` edits a **draft** — header (date, place, parties,
programme, goods, basis, transfer type, currency and exchange rate, an
optional second rate of the national bank for the recipient's books, act
languages) and lines (items added with the picker; quantity and unit price
editable) — with live totals in the act's currency and in USD, and the
amount in words in the act's two languages.  From the same window the act
is previewed, printed and saved as PDF (the certificate of
``equipment_desk.documents.certificate``, rendered in the background),
finalized, recorded as signed with its scan, or voided.  A finalized act
opens read-only under a status banner; its attachments open in the program.
Photos, warranties and other documents are added to a draft, finalized or
signed act at any time (never removed from a finalized one).

Long texts stay readable: the transferring party's names, titles and
authority wrap (:class:`WrappingLineEdit`), and the programme, institution
and signatory fields shorten what does not fit with "…", show it whole in
the tooltip, in the list that drops down, and (programme, institution) under
the field.

How changes are stored:

- Header fields are edited in the form and written by **Save** (Ctrl+S),
  through ``store.acts.update_draft``; Close asks when something is unsaved.
  Problems appear under the fields they concern.
- Line changes (add, remove, quantity, unit price) are written at once
  through ``add_lines`` / ``remove_lines`` / ``update_line``, after saving
  the header (the lines are priced in the saved currency at the saved rate).
- After every change the window reloads the act from the store.

A new act (``act_id=None``) is created as a draft at once, with the office
defaults (``store.acts.create_draft``); if it is closed untouched it is
deleted again.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from equipment_desk.core.errors import DeskError, InputError, Problem
from equipment_desk.core.money import format_amount, format_rate, parse_rate, to_usd_minor
from equipment_desk.core.names import CYRILLIC, script_of
from equipment_desk.core.rate_sources import find_source
from equipment_desk.core.words import amount_in_words
from equipment_desk.store import acts as acts_store
from equipment_desk.store import records
from equipment_desk.store.changes import OpChanges, changes_of, perform
from equipment_desk.ui import errors, words
from equipment_desk.ui.acts.attachments import AttachmentDialog, add_attachment_from
from equipment_desk.ui.acts.dialogs import problem_text, show_error
from equipment_desk.ui.acts.editor_actions import ActEditorActions, render_act_pdf  # noqa: F401 - render_act_pdf: the editor's renderer
from equipment_desk.ui.acts.editor_languages import ActEditorLanguages
from equipment_desk.ui.acts.editor_layout import ActEditorLayout
from equipment_desk.ui.acts.item_picker import ItemPickerDialog
from equipment_desk.ui.models import format_date
from equipment_desk.ui.widgets.combos import SearchableCombo, set_combo
from equipment_desk.ui.widgets.languages import SAME_LANGUAGE
from equipment_desk.ui.widgets.screen import fit_to_screen
from equipment_desk.ui.words import ui_language

log = logging.getLogger(__name__)

ATTACHABLE_STATUSES = ("draft", "finalized", "signed")
"""An act takes photos and documents until it is voided."""
RATE_KEYS = ("rate", "rate_scale", "rate_type", "rate_source_en", "rate_source_ru", "rate_date", "nb_rate", "nb_rate_scale",
             "nb_rate_source_en", "nb_rate_source_ru", "nb_rate_date")


def _source_values(column: str, english: str, russian: str) -> dict[str, str]:
    """A rate's source as the form gives it: a listed source (typed in either field, the other empty or the
    same source) in both languages from the bilingual list, else both fields as typed."""
    english, russian = english.strip(), russian.strip()
    listed = find_source(english) or find_source(russian)
    if listed is not None and {find_source(english), find_source(russian)} <= {listed, None}:
        return {f"{column}_en": listed.en, f"{column}_ru": listed.ru}
    return {f"{column}_en": english, f"{column}_ru": russian}
"""The header fields of the two exchange rates (an act in US dollars has neither)."""


class ActEditorDialog(ActEditorLayout, ActEditorLanguages, ActEditorActions, QDialog):
    """Edit, print, finalize, sign or void one act (see the module docstring)."""

    changed = Signal(object)
    """What was stored (an :class:`~equipment_desk.store.changes.OpChanges`) whenever something about the act was;
    ``act_changed`` follows with the act's id."""
    act_changed = Signal(int)
    """Emitted with the act's id whenever something about it was stored."""

    def __init__(self, *, db: sqlite_utils.Database, act_id: int | None = None, settings: Any = None,
                 tasks: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        if tasks is None:
            from equipment_desk.ui.tasks import TaskRunner

            tasks = TaskRunner(db=db, synchronous=True, parent=self)
        self.tasks = tasks
        self._created_here = act_id is None
        self._touched = False
        if act_id is None:
            act_id = acts_store.create_draft(db=db, data={"act_date": date.today().isoformat()})
        self.act_id = int(act_id)
        self.row: dict[str, Any] = {}
        self._loaded_values: dict[str, Any] = {}
        self._loading = False
        self._busy = False
        self._field_errors: dict[str, QLabel] = {}
        self.preview_dialog = None
        self.last_pdf: bytes = b""
        self.attachment_windows: list[QWidget] = []

        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self._build()
        self.reload()
        fit_to_screen(self, 1440, 940)
        self._sized = False
        if settings is not None:
            settings.restore_geometry("act_editor", self)

    # ----------------------------------------------------------------------------------- loading

    @property
    def status(self) -> str:
        return self.row.get("status", "draft")

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    def reload(self) -> None:
        """Read the act, its lines and attachments again and show them."""
        self.row = acts_store.get_act_row(db=self.db, act_id=self.act_id)
        self._loading = True
        try:
            self._fill_choices()
            self._populate(self.row)
        finally:
            self._loading = False
        self._loaded_values = self._stored_values(self._form_values())
        self._reload_lines()
        self._reload_attachments()
        self._clear_field_errors()
        self._update_rate_widgets()
        self._update_banner()
        self._update_title()
        self._update_buttons()
        self._update_totals()

    def _fill_choices(self) -> None:
        lang = ui_language()
        self.programme_combo.clear()
        for programme in records.list_records(db=self.db, kind=records.PROGRAMME, order_by="code"):
            pid, code = programme["id"], programme["code"]
            name = words.pick(programme, "name", lang)
            self.programme_combo.addItem(f"{code} — {name}" if name else code, pid)
            self.programme_combo.setItemData(self.programme_combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.institution_combo.clear()
        self._institution_countries: dict[int, str] = {}
        for inst in records.list_records(db=self.db, kind=records.INSTITUTION, order_by="coalesce(nullif(name_en, ''), name_ru) COLLATE NOCASE"):
            iid, name_en, name_ru, country = inst["id"], inst["name_en"], inst["name_ru"], inst["country"]
            name = words.pick(inst, "name", lang)
            self.institution_combo.addItem(f"{name} ({country})" if country else name, iid)
            names = [n.strip() for n in (name_en, name_ru) if n and n.strip()]
            self.institution_combo.setItemData(self.institution_combo.count() - 1, "\n".join(dict.fromkeys(names)), Qt.ItemDataRole.ToolTipRole)
            self._institution_countries[iid] = country
        self.institution_combo.widen_completer()

    def _fill_signatories(self, institution_id: int | None, keep: int | None) -> None:
        was = self.signatory_combo.blockSignals(True)
        self.signatory_combo.clear()
        if institution_id is not None and institution_id != SearchableCombo.NOT_IN_LIST:
            for sig in records.signatories(db=self.db, institution_id=institution_id):
                if not sig["active"] and sig["id"] != keep:
                    continue
                title = words.pick(sig, "title")
                name = words.pick(sig, "name") or sig["full_name"]  # "Rustam Nazarov" in English, «Назаров Рустам» in Russian
                text = f"{name}, {title}" if title else name
                if not sig["active"]:
                    text += " " + self.tr("(no longer signs)")
                self.signatory_combo.addItem(text, sig["id"])
        set_combo(self.signatory_combo, keep, or_none=True)
        self.signatory_combo.blockSignals(was)
        self._show_signatory_info()

    def _populate(self, row: dict[str, Any]) -> None:
        self.date_edit.set_iso(row["act_date"])
        self.place_edit.set_texts(row["place_en"], row["place_ru"])
        self.languages_field.set_pair(row["languages"])
        set_combo(self.transfer_combo, row["transfer_type"], or_none=True)
        set_combo(self.programme_combo, row["programme_id"], or_none=True)
        self.institution_combo.set_current_id(row["recipient_institution_id"])
        self._fill_signatories(row["recipient_institution_id"], row["recipient_signatory_id"])
        self.transferor_org_edit.set_texts(row["transferor_org_en"], row["transferor_org_ru"])
        names = (row["transferor_name_en"], row["transferor_name_ru"])
        if not any(names) and row["transferor_name"]:  # recorded in one column: shown in its script's field
            names = (row["transferor_name"], "") if script_of(row["transferor_name"]) != CYRILLIC else ("", row["transferor_name"])
        self.transferor_name_edit.set_texts(*names)
        set_combo(self.transferor_gender_combo, row["transferor_gender"] or "", or_none=True)
        self.transferor_title_genitive_edit.setText(row["transferor_title_ru_genitive"] or "")
        self.transferor_name_genitive_edit.setText(row["transferor_name_ru_genitive"] or "")
        for edit in (self.transferor_title_genitive_edit, self.transferor_name_genitive_edit):
            edit.setCursorPosition(0)  # a long title read from its beginning, not its end
        self._genitive_typed = {edit for edit, suggested in zip((self.transferor_title_genitive_edit, self.transferor_name_genitive_edit),
                                                                self._transferor_genitives()) if edit.text() and edit.text() != suggested}
        self.transferor_title_edit.set_texts(row["transferor_title_en"], row["transferor_title_ru"])
        self.transferor_authority_edit.set_texts(row["transferor_authority_en"], row["transferor_authority_ru"])
        self.goods_edit.set_texts(row["goods_en"], row["goods_ru"])
        self.basis_edit.set_texts(row["basis_en"], row["basis_ru"])
        set_combo(self.currency_combo, row["currency"], or_none=True)
        self.rate_edit.setText(format_rate(row["rate_micro"], ui_language()) if row["rate_micro"] else "")
        set_combo(self.rate_scale_combo, row["rate_scale"] or 1, or_none=True)
        set_combo(self.rate_type_combo, row["rate_type"] or "unore", or_none=True)
        self.rate_source_field.set_texts(row["rate_source_en"] or ("" if row["rate_source_ru"] else row["rate_source"]) or "",
                                         row["rate_source_ru"] or "")
        self.rate_date_edit.set_iso(row["rate_date"])
        self.nb_rate_edit.setText(format_rate(row["nb_rate_micro"], ui_language()) if row["nb_rate_micro"] else "")
        set_combo(self.nb_rate_scale_combo, row["nb_rate_scale"] or 1, or_none=True)
        self.nb_rate_source_field.set_texts(row["nb_rate_source_en"] or ("" if row["nb_rate_source_ru"] else row["nb_rate_source"]) or "",
                                            row["nb_rate_source_ru"] or "")
        self.nb_rate_date_edit.set_iso(row["nb_rate_date"])
        self.national_toggle.setChecked(self.has_national_rate())
        self.populate_national(row)
        self._show_programme_info()
        self._show_institution_info()

    def _reload_lines(self) -> None:
        frozen = not self.is_draft
        rows = acts_store.act_lines(db=self.db, act_id=self.act_id)
        available = {} if frozen else acts_store.available_quantities(db=self.db, item_ids=[r["item_id"] for r in rows])
        lines = []
        for r in rows:
            lines.append({
                "id": r["id"],
                "item_id": r["item_id"],
                "line_no": r["line_no"],
                **acts_store.line_texts(r, frozen=frozen),
                "quantity": r["quantity"],
                "unit_value_minor": r["unit_value_minor"],
                "limit": r["quantity"] if frozen else max(available.get(r["item_id"], 0), 1),
            })
        self.lines_model.set_lines(lines, currency=self.row["currency"], editable=not frozen)
        self.lines_error.hide()

    def _reload_attachments(self, current: int | None = None) -> None:
        """List the act's files; ``current`` (an attachment id) is selected, else the first."""
        self.attachments_list.clear()
        found = acts_store.list_attachments(db=self.db, act_id=self.act_id)
        for attachment in found:
            item = QListWidgetItem(words.attachment_text(attachment), self.attachments_list)
            item.setData(Qt.ItemDataRole.UserRole, attachment["id"])
            item.setToolTip(words.attachment_tooltip(attachment))
            if attachment["id"] == current:
                self.attachments_list.setCurrentItem(item)
        may_add = self.status in ATTACHABLE_STATUSES
        self.attachments_row.setVisible(bool(found) or may_add)
        self.attachments_list.setVisible(bool(found))
        self.no_attachments_label.setVisible(not found)
        self.open_attachment_button.setVisible(bool(found))
        self.add_attachment_button.setVisible(may_add)
        if found and self.attachments_list.currentItem() is None:
            self.attachments_list.setCurrentRow(0)

    def attachment_subject(self) -> str:
        number = self.row.get("number")
        return self.tr("act %1").replace("%1", number) if number else self.tr("this draft act")

    def add_attachment(self) -> int | None:
        """Ask for a photo or document and keep it with the act; returns the new attachment's id.

        Allowed on a draft and on a finalized or signed act (files are only
        ever added: the store refuses to delete those of a finalized act).
        """
        if self.status not in ATTACHABLE_STATUSES:
            return None
        folder = self.settings.last_folder("attachment") if self.settings is not None else ""
        dialog = AttachmentDialog(subject=self.attachment_subject(), last_folder=folder, parent=self)
        try:
            if not self.exec_dialog(dialog):
                return None
            attachment_id = add_attachment_from(dialog, db=self.db, act_id=self.act_id, parent=self)
            path = dialog.file_path()
        finally:
            dialog.deleteLater()
        if attachment_id is None:
            return None
        if self.settings is not None:
            self.settings.remember_folder("attachment", path)
        self._reload_attachments(current=attachment_id)
        self.report(changes_of(acts_store.add_attachment))
        return attachment_id

    # ----------------------------------------------------------------------------------- form values

    def _form_values(self) -> dict[str, Any]:
        """The header as the form shows it, in the keys of ``store.acts.HEADER_FIELDS``."""
        institution = self.institution_combo.current_id()
        values: dict[str, Any] = {
            "act_date": self.date_edit.iso(),
            "place_en": self.place_edit.text("en"),
            "place_ru": self.place_edit.text("ru"),
            "languages": self.languages_field.pair(),
            "transfer_type": self.transfer_combo.currentData(),
            "programme_id": self.programme_combo.currentData(),
            "recipient_institution_id": institution,
            "recipient_signatory_id": self.signatory_combo.currentData(),
            "transferor_org_en": self.transferor_org_edit.text("en"),
            "transferor_org_ru": self.transferor_org_edit.text("ru"),
            "transferor_name_en": self.transferor_name_edit.text("en"),
            "transferor_name_ru": self.transferor_name_edit.text("ru"),
            "transferor_gender": self.transferor_gender_combo.currentData() or "",
            "transferor_title_ru_genitive": self.transferor_title_genitive_edit.text().strip(),
            "transferor_name_ru_genitive": self.transferor_name_genitive_edit.text().strip(),
            "transferor_title_en": self.transferor_title_edit.text("en"),
            "transferor_title_ru": self.transferor_title_edit.text("ru"),
            "transferor_authority_en": self.transferor_authority_edit.text("en"),
            "transferor_authority_ru": self.transferor_authority_edit.text("ru"),
            "goods_en": self.goods_edit.text("en"),
            "goods_ru": self.goods_edit.text("ru"),
            "basis_en": self.basis_edit.text("en"),
            "basis_ru": self.basis_edit.text("ru"),
            "currency": self.currency_combo.currentData(),
            "rate": self.rate_edit.text().strip(),
            "rate_scale": self.rate_scale_combo.currentData(),
            "rate_type": self.rate_type_combo.currentData(),
            **_source_values("rate_source", self.rate_source_field.text("en"), self.rate_source_field.text("ru")),
            "rate_date": self.rate_date_edit.iso(),
            "nb_rate": self.nb_rate_edit.text().strip(),
            "nb_rate_scale": self.nb_rate_scale_combo.currentData(),
            **_source_values("nb_rate_source", self.nb_rate_source_field.text("en"), self.nb_rate_source_field.text("ru")),
            "nb_rate_date": self.nb_rate_date_edit.iso(),
            **self.national_values(),
        }
        return values

    def _stored_values(self, shown: dict[str, Any]) -> dict[str, Any]:
        """What the form showed on loading, except where it shows a default for a field the act has not stored
        ("Kind of rate" shows the UN rate for an act without one): Save writes what the window shows."""
        stored = dict(shown)
        for key, value in shown.items():
            if key in self.row and self.row[key] is None and value not in (None, ""):
                stored[key] = None
        return stored

    def pending_changes(self) -> dict[str, Any]:
        """What Save would write: the fields changed since the act was loaded."""
        now = self._form_values()
        changes = {key: value for key, value in now.items() if value != self._loaded_values.get(key)}
        for key in ("rate", "nb_rate"):
            if key in changes:
                old, new = self._loaded_values.get(key) or "", changes[key]
                try:
                    if old and new and parse_rate(old) == parse_rate(new):
                        del changes[key]
                except InputError:
                    pass
        if "recipient_institution_id" in changes:
            institution = changes["recipient_institution_id"]
            if institution == SearchableCombo.NOT_IN_LIST:
                changes["recipient_institution_id"] = -1
            elif institution is not None:
                changes["country"] = self._institution_countries.get(institution) or self.row.get("country")
        if {"transferor_name_ru", "transferor_title_ru", "transferor_gender"} & set(changes):
            # the genitive shown goes with them (the store would otherwise compute its own)
            for key in ("transferor_title_ru_genitive", "transferor_name_ru_genitive"):
                changes[key] = now[key]
        if self.currency_combo.currentData() == "USD":
            for key in RATE_KEYS:
                changes.pop(key, None)
            # an act in dollars keeps no rate: one left from another currency would be printed
            for key, column in (("rate", "rate_micro"), ("nb_rate", "nb_rate_micro")):
                if self.row.get(column) is not None:
                    changes[key] = None
        for key in ("rate", "nb_rate"):
            if key in changes and not changes[key]:
                changes[key] = None
        return changes

    def has_unsaved_changes(self) -> bool:
        return self.is_draft and bool(self.pending_changes())

    # ----------------------------------------------------------------------------------- reacting

    def _form_changed(self, *_args) -> None:
        if self._loading:
            return
        self._update_title()
        self._update_totals()

    def _institution_changed(self, *_args) -> None:
        if self._loading:
            return
        institution = self.institution_combo.current_id()
        signatories = []
        if institution not in (None, SearchableCombo.NOT_IN_LIST):
            signatories = [s for s in records.signatories(db=self.db, institution_id=institution) if s["active"]]
        keep = signatories[0]["id"] if len(signatories) == 1 else None
        self._fill_signatories(institution, keep)
        self._show_institution_info()
        self._form_changed()

    def _programme_changed(self, *_args) -> None:
        self._show_programme_info()
        self._form_changed()

    def _show_programme_info(self) -> None:
        """The chosen programme's full name under the field (the field itself may have to shorten it); a draft's,
        in the act's two languages as it will print them."""
        index = self.programme_combo.currentIndex()
        programme = self.programme_combo.currentData()
        if self.is_draft and programme is not None:
            name = self.names_as_printed(records.PROGRAMME, programme)
        else:
            name = self.programme_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) if index >= 0 else ""
        self.programme_info.setText(name or "")
        self.programme_info.setVisible(bool(name))

    def _show_institution_info(self) -> None:
        """The chosen institution's names as the act prints them: a draft's in its two languages, saying which is
        missing (a Kyrgyz act needs the Kyrgyz name); a sealed act's as they were listed."""
        institution = self.institution_combo.current_id()
        text = ""
        if institution not in (None, SearchableCombo.NOT_IN_LIST):
            if self.is_draft:
                text = self.names_as_printed(records.INSTITUTION, institution)
            else:
                index = self.institution_combo.findData(institution)
                text = str(self.institution_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) or "").strip()
        self.institution_info.setText(text)
        self.institution_info.setVisible(bool(text))

    def _signatory_changed(self, *_args) -> None:
        self._show_signatory_info()
        self._form_changed()

    def _show_signatory_info(self) -> None:
        sig_id = self.signatory_combo.currentData()
        if sig_id is None:
            self.signatory_info.setText("")
            self.signatory_info.hide()
            return
        sig = records.get(db=self.db, kind=records.SIGNATORY, record_id=sig_id)
        authority = words.pick(sig, "authority")
        text = self.tr("Acting under: %1").replace("%1", authority) if authority else ""
        self.signatory_info.setText(text)
        self.signatory_info.setVisible(bool(text))

    def _currency_changed(self, *_args) -> None:
        self._update_rate_widgets()
        self._form_changed()

    def _rate_changed(self, *_args) -> None:
        if self._loading:
            return
        self._check_rate_text(self.rate_edit, "rate")
        self._form_changed()

    def _nb_rate_changed(self, *_args) -> None:
        if self._loading:
            return
        self._check_rate_text(self.nb_rate_edit, "nb_rate")
        self._form_changed()

    def _check_rate_text(self, edit: QLineEdit, field: str) -> bool:
        """Show under the field why the rate typed cannot be read (nothing when it can); True when it can."""
        error = self._field_errors[field]
        text = edit.text().strip()
        message = ""
        if text:
            try:
                parse_rate(text)
            except InputError as problem:
                message = self.tr("The rate %1.").replace("%1", problem_text(problem.problems[0]))
        error.setText(message)
        error.setVisible(bool(message))
        return not message

    def _languages_changed(self, *_args) -> None:
        """Say at once when the same language is chosen for both columns (saving is refused until it is not)."""
        error = self._field_errors["languages"]
        error.setText(self.languages_field.problem())
        error.setVisible(bool(error.text()))
        self._form_changed()

    def local_problems(self) -> list[Problem]:
        """What the form can tell before the store: one language twice, a national bank's source or date without
        its rate."""
        problems = [Problem(SAME_LANGUAGE, field="languages")] if self.languages_field.pair() is None else []
        if self.currency_combo.currentData() == "USD" or self.nb_rate_edit.text().strip():
            return problems
        if self.has_national_bank() or self.nb_rate_date_edit.iso():
            problems.append(Problem(QT_TRANSLATE_NOOP("problems", "enter the national bank's rate, or clear its bank and date"), field="nb_rate"))
        return problems

    def _update_rate_widgets(self) -> None:
        currency = self.currency_combo.currentData() or "USD"
        usd = currency == "USD"
        editable = self.is_draft
        for widget in self.rate_widgets:
            widget.setEnabled(editable and not usd)
        self.usd_note.setVisible(usd)
        self.nb_bank_button.setVisible(editable)
        self.rate_unit_label.setText(self.tr("%1 for").replace("%1", currency))
        self.nb_rate_unit_label.setText(self.tr("%1 for").replace("%1", currency))
        bank = self.national_banks().get(currency)
        self.nb_rate_source_field.edits["en"].setPlaceholderText(self.tr("e.g. %1").replace("%1", bank) if bank else self.tr("The national bank"))
        # a finalized act shows the section only when it has a national rate, and then unfolded
        offered = not usd and (editable or bool(self.row.get("nb_rate_micro")))
        self._national_form.setRowVisible(self.national_toggle, offered)
        if not offered:
            self._national_toggled(False)
        elif self.national_toggle.isChecked():
            self._national_toggled(True)

    # ----------------------------------------------------------------------------------- showing

    def _update_title(self) -> None:
        number = self.row.get("number")
        if number:
            title = self.tr("Act %1").replace("%1", number)
        else:
            title = self.tr("Draft act %1").replace("%1", str(self.act_id))
        self.setWindowTitle(title + "[*]")
        self.setWindowModified(self.has_unsaved_changes())

    def banner_text(self) -> str:
        row = self.row
        status = row.get("status")
        number = row.get("number") or ""
        if status == "draft":
            return self.tr("Draft — the act gets its number when it is finalized.")
        if status == "finalized":
            return self.tr("Finalized — %1. Print it, have it signed and stamped, then record it as signed.").replace("%1", number)
        if status == "signed":
            text = self.tr("Finalized — %1. Signed on %2.").replace("%1", number).replace("%2", format_date(row.get("signed_date")))
            if row.get("signed_scan_id") is None:
                text += " " + self.tr("The signed scan is not attached yet.")
            return text
        if status == "void":
            return self.tr("Void — %1. Reason: %2").replace("%1", number).replace("%2", row.get("void_reason") or "")
        return status or ""

    def _update_banner(self) -> None:
        colours = {
            "draft": ("#fff4ce", "#5c4a00", "#e6d28a"),
            "finalized": ("#deecf9", "#0b3a66", "#a9c8e8"),
            "signed": ("#dff6dd", "#0e4b12", "#a6d7a2"),
            "void": ("#fde7e9", "#7a1016", "#eeb0b5"),
        }
        background, foreground, border = colours.get(self.status, colours["draft"])
        self.banner.setText(self.banner_text())
        self.banner.setStyleSheet(
            f"QLabel#act_status_banner {{ background: {background}; color: {foreground}; border: 1px solid {border};"
            " border-radius: 4px; padding: 8px 10px; font-weight: bold; }")

    def _update_buttons(self, *_args) -> None:
        draft = self.is_draft
        status = self.status
        self.header_widget.setEnabled(draft)
        self.add_items_button.setVisible(draft)
        self.remove_lines_button.setVisible(draft)
        self.lines_hint.setVisible(draft)
        has_selection = bool(self.lines_view.selectionModel().selectedRows())
        self.remove_lines_button.setEnabled(draft and has_selection and not self._busy)
        self.add_items_button.setEnabled(draft and not self._busy)
        self.save_button.setVisible(draft)
        self.finalize_button.setVisible(draft)
        self.sign_button.setVisible(status == "finalized")
        self.attach_scan_button.setVisible(status == "signed" and self.row.get("signed_scan_id") is None)
        self.rescan_button.setVisible(status == "signed" and self.row.get("signed_scan_id") is not None)
        self.void_button.setVisible(status in ("finalized", "signed"))
        has_lines = self.lines_model.rowCount() > 0
        for button in (self.preview_button, self.print_button, self.pdf_button):
            button.setEnabled(has_lines and not self._busy)
        self.save_shortcut.setEnabled(draft)

    def _update_totals(self) -> None:
        quantity, amount = self.lines_model.totals()
        saved_currency = self.row.get("currency") or "USD"
        form_currency = self.currency_combo.currentData() or saved_currency
        lang = ui_language()
        self.total_label.setText(self.tr("Total: %1 (quantity %2)").replace("%1", format_amount(amount, saved_currency, lang))
                                 .replace("%2", str(quantity)))
        self.usd_label.setText(self._usd_text(amount, saved_currency, form_currency))
        for label, code in zip(self.words_labels, self.act_languages()):
            try:
                text = amount_in_words(amount, saved_currency, code)
            except DeskError:
                text = "—"
            label.setText(self.tr("In words, %1: %2").replace("%1", words.language_name(code)).replace("%2", text))

    def _usd_text(self, amount: int, saved_currency: str, form_currency: str) -> str:
        lang = ui_language()
        if form_currency != saved_currency and self.is_draft:
            return self.tr("Save to convert the prices to %1.").replace("%1", form_currency)
        if saved_currency == "USD":
            return ""
        rate_micro, scale = self.row.get("rate_micro"), self.row.get("rate_scale") or 1
        if self.is_draft:
            try:
                text = self.rate_edit.text().strip()
                rate_micro = parse_rate(text) if text else None
                scale = self.rate_scale_combo.currentData() or 1
            except InputError:
                rate_micro = None
        if not rate_micro:
            return self.tr("In USD: enter the exchange rate")
        usd = to_usd_minor(amount, rate_micro, scale)
        return (self.tr("In USD: %1 at %2 %3 for %4 USD").replace("%1", format_amount(usd, "USD", lang))
                .replace("%2", format_rate(rate_micro, lang)).replace("%3", saved_currency).replace("%4", str(scale)))

    def _clear_field_errors(self) -> None:
        for label in set(self._field_errors.values()):
            label.clear()
            label.hide()
        self.form_error.clear()
        self.form_error.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field; the rest above the form."""
        self._clear_field_errors()
        if any((problem.field or "").startswith("nb_rate") for problem in problems):
            self.national_toggle.setChecked(True)
        by_label: dict[QLabel, list[str]] = {}
        general: list[str] = []
        for problem in problems:
            label = self._field_errors.get(problem.field or "")
            text = problem_text(problem)
            text = text[:1].upper() + text[1:]
            if label is None:
                general.append(errors.problem_text(problem))
            else:
                by_label.setdefault(label, []).append(text)
        for label, texts in by_label.items():
            label.setText("\n".join(texts))
            label.show()
        if general:
            self.form_error.setText("\n".join(general))
            self.form_error.show()

    def field_error(self, field: str) -> str:
        """The problem shown under ``field`` ('' when none); for tests and screenshots."""
        label = self._field_errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _show_lines_error(self, message: str) -> None:
        self.lines_error.setText(message)
        self.lines_error.setVisible(bool(message))

    # ----------------------------------------------------------------------------------- saving

    def save(self) -> bool:
        """Write the header changes; True when everything is stored."""
        if not self.is_draft:
            return True
        changes = self.pending_changes()
        if not changes:
            return True
        local = self.local_problems()
        if local:
            self.show_problems(local)  # unfolds the national bank's rows when the problem is theirs
            return False
        try:
            done = perform(acts_store.update_draft, db=self.db, act_id=self.act_id, changes=changes)
        except InputError as error:
            self.show_problems(error.problems)
            return False
        except DeskError as error:
            show_error(self, error)
            return False
        self._touched = True
        self.reload()
        self.report(done.changes)
        return True

    def _commit_line(self, line_id: int, **change: int) -> bool:
        try:
            done = perform(acts_store.update_line, db=self.db, line_id=line_id, **change)
        except InputError as error:
            self._show_lines_error("\n".join(problem_text(p)[:1].upper() + problem_text(p)[1:] for p in error.problems))
            return False
        except DeskError as error:
            show_error(self, error)
            return False
        self._after_lines_changed(done.changes)
        return True

    def report(self, changes: OpChanges) -> None:
        """Tell the window what was stored: ``changed`` with the changes, then ``act_changed`` with the act's id."""
        self.changed.emit(changes)
        self.act_changed.emit(self.act_id)

    def _after_lines_changed(self, changes: OpChanges) -> None:
        self._touched = True
        self.row = acts_store.get_act_row(db=self.db, act_id=self.act_id)
        self._reload_lines()  # the header form keeps what is typed and not yet saved
        self._update_buttons()
        self._update_totals()
        self.report(changes)

    def exec_picker(self, picker: ItemPickerDialog) -> bool:
        """Show the picker; a separate method so tests can tick items and answer for the user."""
        return picker.exec() == QDialog.DialogCode.Accepted

    def add_items(self) -> list[int]:
        """Choose items in the picker and add them as lines; returns the ids of the lines added."""
        if not self.is_draft or not self.save():
            return []
        picker = ItemPickerDialog(db=self.db, act_id=self.act_id, programme_id=self.row.get("programme_id"), parent=self)
        try:
            if not self.exec_picker(picker):
                return []
            lines = picker.selected_lines()
        finally:
            picker.deleteLater()
        return self.add_lines(lines)

    def add_lines(self, lines: list[dict[str, int]]) -> list[int]:
        if not lines:
            return []
        try:
            done = perform(acts_store.add_lines, db=self.db, act_id=self.act_id, lines=lines)
        except DeskError as error:
            show_error(self, error)
            return []
        self._after_lines_changed(done.changes)
        return done.value

    def remove_selected_lines(self) -> None:
        if not self.is_draft:
            return
        rows = sorted({index.row() for index in self.lines_view.selectionModel().selectedRows()})
        ids = [self.lines_model.line_at(r)["id"] for r in rows]
        if not ids:
            return
        try:
            done = perform(acts_store.remove_lines, db=self.db, act_id=self.act_id, line_ids=ids)
        except DeskError as error:
            show_error(self, error)
            return
        self._after_lines_changed(done.changes)

    # ----------------------------------------------------------------------------------- closing

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel; a separate method so tests can answer for the user."""
        return QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("The act has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def may_close(self) -> bool:
        """Ask about unsaved changes; False when the user wants to stay."""
        if self._busy:
            return False
        if self.has_unsaved_changes():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return False
        return True

    def reject(self) -> None:  # noqa: D401 - Qt override: Close, Esc and the window's X all come here
        if not self.may_close():
            return
        self._forget_untouched_draft()
        if self.settings is not None:
            self.settings.save_geometry("act_editor", self)
            self.line_columns.save()
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        for window in self.attachment_windows:
            window.close()
        super().reject()

    def _forget_untouched_draft(self) -> None:
        """A new act closed without any change is deleted again."""
        if not (self._created_here and not self._touched and self.is_draft and self.lines_model.rowCount() == 0):
            return
        try:
            acts_store.delete_draft(db=self.db, act_id=self.act_id)
        except DeskError as error:
            log.info("the untouched new draft %s was kept: %s", self.act_id, error)
