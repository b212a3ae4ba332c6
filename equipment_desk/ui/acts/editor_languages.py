"""The act editor's texts in the act's own two languages.

Every text the act prints has a field per printed language (a
:class:`~equipment_desk.ui.widgets.text.Bilingual` holding all eight); the
editor shows those of the pair chosen under "Printed in" — Kyrgyz and
Russian for a Kyrgyz–Russian act, not always Russian and English — and keeps
the others' texts unseen and unchanged.  The rate's source and the national
bank are such texts too: a Kyrgyz–Russian act shows their Kyrgyz and Russian
fields, not English ones it would not print.

A person's name in a national language is offered, never copied behind the
user's back: when the user chooses a pair, an empty name field of its
national language is filled with the suggestion (the Cyrillic name for
Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic; the Latin passport form for
Uzbek and Turkmen), which the user sees, corrects and saves — or not.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from equipment_desk.core import languages as printed
from equipment_desk.core.names import suggest_for_language
from equipment_desk.store.languages import column
from equipment_desk.ui.words import language_name


class ActEditorLanguages:
    """Mixed into the act editor: which languages its text fields show, and their national values."""

    def text_fields(self) -> dict[str, Any]:
        """The act's per-language texts and the field holding each (column prefix -> Bilingual)."""
        return {"place": self.place_edit, "transferor_org": self.transferor_org_edit, "transferor_name": self.transferor_name_edit,
                "transferor_title": self.transferor_title_edit, "transferor_authority": self.transferor_authority_edit,
                "goods": self.goods_edit, "basis": self.basis_edit, "rate_source": self.rate_source_field,
                "nb_rate_source": self.nb_rate_source_field}

    def act_languages(self) -> tuple[str, ...]:
        """The pair the form shows ("Printed in"), e.g. ``("ky", "ru")``."""
        chosen = tuple(dict.fromkeys(code for code in self.languages_field.codes() if code))  # one language twice: shown once
        return chosen or tuple((self.row.get("languages") or "ru,en").split(","))

    def populate_national(self, row: dict[str, Any]) -> None:
        for prefix, field in self.text_fields().items():
            for code in printed.NATIONAL:
                field.set_text(code, row.get(column(prefix, code)) or "")
        self.show_act_languages()

    def national_values(self) -> dict[str, str]:
        """The form's texts in the national languages, in the keys of ``store.acts.HEADER_FIELDS``."""
        return {column(prefix, code): field.text(code) for prefix, field in self.text_fields().items() for code in printed.NATIONAL}

    def show_act_languages(self) -> None:
        """Show each text in the act's two languages (the rate's source and the national bank too), and tab through them."""
        pair = self.act_languages()
        for field in self.text_fields().values():
            field.show_languages(pair)
        for row in self.genitive_rows:  # what the Russian preamble prints: only for an act with a Russian column
            self.transferor_form.setRowVisible(row, "ru" in pair)
        self._national_toggled(self.national_toggle.isChecked())
        self.suggest_national_names()
        self._chain_tab_order()  # through the fields of the languages now shown
        self._show_institution_info()  # the names the act will print, in its languages now
        self._show_programme_info()

    def names_as_printed(self, kind: Any, record_id: int) -> str:
        """A record's names (an institution's, a programme's) in the act's two languages, one a line, as the act
        prints them; a missing one says so, before finalizing refuses it."""
        from equipment_desk.store import records

        row = records.get(db=self.db, kind=kind, record_id=record_id)
        lines = []
        for code in self.act_languages():
            name = (row.get(column("name", code)) or "").strip()
            lines.append(name or QCoreApplication.translate(
                "ActEditorDialog", "No name yet, %1: add it to the record, or the act cannot be finalized.").replace(
                "%1", language_name(code)))
        return "\n".join(lines)

    def suggest_national_names(self) -> None:
        """Offer the donor-side signatory's name in the act's national language when its field is empty: filled in
        for the user to see and correct when they choose the pair, shown as a hint when an act is opened."""
        cyrillic, latin = self.transferor_name_edit.text("ru"), self.transferor_name_edit.text("en")
        for code in self.act_languages():
            if code not in printed.NATIONAL:
                continue
            suggestion = suggest_for_language(code, cyrillic, latin)
            edit = self.transferor_name_edit.edits[code]
            edit.setPlaceholderText(suggestion or printed.BY_CODE[code].native)
            if suggestion and not self.transferor_name_edit.text(code) and not self._loading and self.is_draft:
                edit.setText(suggestion)
