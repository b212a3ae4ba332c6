"""The record forms' texts in the national languages the office uses.

An office keeps its records in English and Russian and, where it prints acts
in a state language, in that language too: the office setting
``national_languages`` names which (Settings), and the forms show a field
for each of them beside the English and Russian ones — and for any other
national language a record already has a text in, so nothing recorded is
hidden.  A person's name in a national language is suggested from the
Cyrillic or the Latin (passport) name when its field is empty; the user sees
it and may change it before saving.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from equipment_desk.core import languages as printed
from equipment_desk.core.names import suggest_for_language
from equipment_desk.store import settings as office_settings
from equipment_desk.store.languages import PER_LANGUAGE, TEXT_LENGTHS, column
from equipment_desk.ui.forms.base import RecordForm, line
from equipment_desk.ui.words import language_name


def printed_languages(db: Any) -> tuple[str, ...]:
    """The two languages the office prints its acts in (Settings, "Default languages of new acts")."""
    return tuple((office_settings.get_setting(db=db, key="default_languages") or "ru,en").split(","))


def national_codes(form: RecordForm, table: str, row: Mapping[str, Any]) -> tuple[str, ...]:
    """The national languages a form of ``table`` shows: the office's, those its acts are printed in, and any the
    record has a text in."""
    used = (*office_settings.national_languages(db=form.db), *printed_languages(form.db))
    held = {code for code in printed.NATIONAL for prefix in PER_LANGUAGE[table] if (row.get(column(prefix, code)) or "").strip()}
    return tuple(code for code in printed.NATIONAL if code in used or code in held)


def add_national_fields(form: RecordForm, table: str, prefix: str, template: str, row: Mapping[str, Any],
                        required: tuple[str, ...] = ()) -> list[str]:
    """A field for ``prefix``'s text in each national language the form shows, labelled ``template`` with the
    language's name for ``%1`` (marked required for the languages ``required``); returns the fields' names (``name_ky``…)."""
    names = []
    for code in national_codes(form, table, row):
        name = column(prefix, code)
        form.add_field(name, template.replace("%1", language_name(code)),
                       line(form, row.get(name) or "", max_length=TEXT_LENGTHS[table][prefix]), required=code in required)
        form.field(name).setPlaceholderText(printed.BY_CODE[code].native)
        names.append(name)
    return names


def suggest_national_names(form: RecordForm, names: list[str], *, fill: bool = True) -> None:
    """Offer each national name field among ``names`` the name suggested from the form's Cyrillic (``name_ru``)
    and Latin (``name_en``) names: as its hint, and (``fill``, when the user has just typed a name) in the field
    itself when it is empty, for the user to see and correct."""
    cyrillic, latin = form.field("name_ru").text(), form.field("name_en").text()
    for name in names:
        code = next(code for code in printed.NATIONAL if name == column("name", code))
        edit = form.field(name)
        suggestion = suggest_for_language(code, cyrillic, latin)
        edit.setPlaceholderText(suggestion or printed.BY_CODE[code].native)
        if fill and suggestion and not edit.text().strip():
            edit.setText(suggestion)
