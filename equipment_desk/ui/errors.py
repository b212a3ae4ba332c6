"""Turning errors into words a user can act on, and catching the ones that are bugs.

Expected errors (:class:`~equipment_desk.core.errors.DeskError` and its kin)
carry an English message *template* and parameters; here the template is
translated with ``QCoreApplication.translate("problems", template)`` and
filled in, and a hint says what to do.  Anything else is a bug: it is
logged with its traceback and shown in the crash dialog
(:class:`equipment_desk.ui.crash_dialog.CrashDialog`), which names
the log file.  The data stays safe because every write is one transaction
that was rolled back when the error escaped.

Use :func:`show_error` wherever an action can fail::

    try:
        records.update(db=db, kind=ITEM, record_id=item_id, changes=changes)
    except Exception as error:  # noqa: BLE001
        show_error(self, error)
"""

from __future__ import annotations

import logging
import re
import sqlite3
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from equipment_desk.core.errors import (
    DatabaseLockedError,
    DeskError,
    InputError,
    NewerSchemaError,
    NotFoundError,
    NotOurDatabaseError,
    Problem,
    RefusedError,
    StorageError,
)
from equipment_desk.ui.models import format_date

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_log_file: Path | None = None

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
"""A date as the store keeps it; messages show it as dates are written here (dd.mm.yyyy)."""


def set_log_file(path: Path | None) -> None:
    """Tell the crash dialog where the log is written (called once by the app)."""
    global _log_file
    _log_file = path


def log_file() -> Path | None:
    return _log_file


def translate_template(template: str, params: dict[str, Any] | None = None) -> str:
    """A message template translated (context ``problems``) and filled in; English when untranslated.

    Parameters are shown as :func:`worded_params` words them.
    """
    translated = QCoreApplication.translate("problems", template)
    params = worded_params(params or {})
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template


def worded_params(params: dict[str, Any]) -> dict[str, Any]:
    """A message's parameters as the window shows them (the store's and the exchange's convention).

    ``field`` (column names, several as ``"a, b"``) reads as the fields' labels inside a sentence; an ISO
    date (``2018-05-20``, whatever the parameter's name) as dates are written here; a message of ours inside
    the message (a :class:`Problem`, an exchange bundle's ``Message``) is translated in turn.  Other values
    are shown as they are.  A parameter given also in the window's language (``name`` with ``name_ru`` and
    ``name_en``: a record's name in each) shows that one when the record has it.
    """
    from equipment_desk.ui.words import ui_language

    worded = dict(params)
    lang = ui_language()
    for name, value in params.items():
        own = params.get(f"{name}_{lang}")
        if isinstance(own, str) and own.strip():
            worded[name] = own
            continue
        if hasattr(value, "message") and hasattr(value, "params"):
            worded[name] = translate_template(value.message, value.params)
        elif name == "field" and value:
            worded[name] = ", ".join(in_sentence(field_label(column.strip())) for column in str(value).split(","))
        elif name == "language" and value:
            worded[name] = _language_in_sentence(str(value))
        elif isinstance(value, str) and ISO_DATE.fullmatch(value):
            worded[name] = format_date(value)
    return worded


def in_sentence(label: str) -> str:
    """A field's label inside a sentence: ``"Serial number"`` -> ``"serial number"`` (``"UUID"`` stays)."""
    if len(label) > 1 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


# Field names as people know them (context "fields").
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("fields", "Name"), "name_en": QT_TRANSLATE_NOOP("fields", "Name (English)"), "name_ru": QT_TRANSLATE_NOOP("fields", "Name (Russian)"), "short_name": QT_TRANSLATE_NOOP("fields", "Short name"),
    "country": QT_TRANSLATE_NOOP("fields", "Country"), "notes": QT_TRANSLATE_NOOP("fields", "Notes"), "code": QT_TRANSLATE_NOOP("fields", "Code"), "sub_programme": QT_TRANSLATE_NOOP("fields", "Sub-programme"),
    "city_en": QT_TRANSLATE_NOOP("fields", "City (English)"), "city_ru": QT_TRANSLATE_NOOP("fields", "City (Russian)"), "region": QT_TRANSLATE_NOOP("fields", "Region"), "kind": QT_TRANSLATE_NOOP("fields", "Kind"),
    "address": QT_TRANSLATE_NOOP("fields", "Address"), "phone": QT_TRANSLATE_NOOP("fields", "Phone"), "email": QT_TRANSLATE_NOOP("fields", "E-mail"), "contact_person": QT_TRANSLATE_NOOP("fields", "Contact person"),
    "full_name": QT_TRANSLATE_NOOP("fields", "Full name"), "title_en": QT_TRANSLATE_NOOP("fields", "Title (English)"), "title_ru": QT_TRANSLATE_NOOP("fields", "Title (Russian)"),
    "authority_en": QT_TRANSLATE_NOOP("fields", "Acting under (English)"), "authority_ru": QT_TRANSLATE_NOOP("fields", "Acting under (Russian)"), "active": QT_TRANSLATE_NOOP("fields", "Active"),
    "category": QT_TRANSLATE_NOOP("fields", "Category"), "model": QT_TRANSLATE_NOOP("fields", "Make and model"), "serial_number": QT_TRANSLATE_NOOP("fields", "Serial number"),
    "inventory_number": QT_TRANSLATE_NOOP("fields", "Inventory number"), "unit": QT_TRANSLATE_NOOP("fields", "Unit"), "quantity": QT_TRANSLATE_NOOP("fields", "Quantity"),
    "unit_value_minor": QT_TRANSLATE_NOOP("fields", "Unit value"), "currency": QT_TRANSLATE_NOOP("fields", "Currency"), "acquisition_date": QT_TRANSLATE_NOOP("fields", "Acquired on"),
    "condition": QT_TRANSLATE_NOOP("fields", "Condition"), "programme_id": QT_TRANSLATE_NOOP("fields", "Programme"), "reason": QT_TRANSLATE_NOOP("fields", "Reason"), "date": QT_TRANSLATE_NOOP("fields", "Date"),
    "office_code": QT_TRANSLATE_NOOP("fields", "Office code"), "number": QT_TRANSLATE_NOOP("fields", "Act number"),
    "series": QT_TRANSLATE_NOOP("fields", "Number series"), "seq": QT_TRANSLATE_NOOP("fields", "Number in the series"),
    "chain_pos": QT_TRANSLATE_NOOP("fields", "Place in the office's chain of acts"), "uuid": QT_TRANSLATE_NOOP("fields", "UUID"), "number_pattern": QT_TRANSLATE_NOOP("fields", "Number pattern"), "rate": QT_TRANSLATE_NOOP("fields", "Exchange rate"),
    "scan": QT_TRANSLATE_NOOP("fields", "Signed scan"), "act_date": QT_TRANSLATE_NOOP("fields", "Act date"), "recipient_institution_id": QT_TRANSLATE_NOOP("fields", "Recipient"),
    "recipient_signatory_id": QT_TRANSLATE_NOOP("fields", "Recipient's signatory"), "transferor_name": QT_TRANSLATE_NOOP("fields", "Donor-side signatory"),
    "national_rate": QT_TRANSLATE_NOOP("fields", "National bank rate"), "previous_hash": QT_TRANSLATE_NOOP("fields", "Link to the previous act"),
    "languages": QT_TRANSLATE_NOOP("fields", "Languages of the act"), "transfer_type": QT_TRANSLATE_NOOP("fields", "Transfer type"),
    "lines": QT_TRANSLATE_NOOP("fields", "Lines"), "sort": QT_TRANSLATE_NOOP("fields", "Sort"), "status": QT_TRANSLATE_NOOP("fields", "Status"),
}


PREFIX_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("fields", "Name"), "title": QT_TRANSLATE_NOOP("fields", "Title"),
    "authority": QT_TRANSLATE_NOOP("fields", "Acting under"), "place": QT_TRANSLATE_NOOP("fields", "Place"),
    "goods": QT_TRANSLATE_NOOP("fields", "Goods"), "basis": QT_TRANSLATE_NOOP("fields", "Basis"),
    "transferor_org": QT_TRANSLATE_NOOP("fields", "Transferring organisation"),
    "transferor_name": QT_TRANSLATE_NOOP("fields", "Donor-side signatory"),
    "transferor_title": QT_TRANSLATE_NOOP("fields", "Donor-side signatory's title"),
    "transferor_authority": QT_TRANSLATE_NOOP("fields", "Donor-side signatory acting under"),
    "rate_source": QT_TRANSLATE_NOOP("fields", "Source of the rate"), "nb_rate_source": QT_TRANSLATE_NOOP("fields", "National bank"),
}
"""The texts kept per language (a column ``{prefix}_{language}``), named in a label with the language."""


def _language_in_sentence(value: str) -> str:
    """A printed language (its code, or its English name as some messages carry it) as the window names it."""
    from equipment_desk.core.languages import BY_CODE, REGISTRY
    from equipment_desk.ui.words import language_name

    code = value if value in BY_CODE else next((lang.code for lang in REGISTRY if lang.english == value), value)
    return language_name(code)


def _national_label(name: str) -> str | None:
    """``place_ky`` -> "Place, Kyrgyz": a text in a national language, labelled with its language."""
    from equipment_desk.core.languages import NATIONAL, column_suffix

    for code in NATIONAL:
        suffix = "_" + column_suffix(code)
        if name.endswith(suffix) and name[: -len(suffix)] in PREFIX_LABELS:
            label = QCoreApplication.translate("fields", PREFIX_LABELS[name[: -len(suffix)]])
            # "Place, Uzbek (Cyrillic)": the language after a comma, never in brackets inside brackets
            return QCoreApplication.translate("fields", "%1, %2").replace("%1", label).replace("%2", _language_in_sentence(code))
    return None


def field_label(name: str | None) -> str:
    if not name:
        return ""
    national = _national_label(name)
    if national is not None:
        return national
    english = FIELD_LABELS.get(name)
    if english is None:
        return name.replace("_", " ")
    return QCoreApplication.translate("fields", english)


def problem_text(problem: Problem, *, with_field: bool = True) -> str:
    """One problem in the user's language: ``"Serial number: another item already has this serial number"``."""
    text = translate_template(problem.message, problem.params)
    where = []
    if problem.row is not None:
        where.append(QCoreApplication.translate("errors", "row {row}").format(row=problem.row))
    if with_field and problem.field:
        where.append(field_label(problem.field))
    return f"{', '.join(where)}: {text}" if where else text


def error_text(error: DeskError) -> str:
    """The whole message of an expected error, one line per problem."""
    if isinstance(error, InputError) and error.problems:
        return "\n".join(problem_text(p) for p in error.problems)
    return translate_template(error.message, error.params)


def what_to_do(error: DeskError) -> str:
    """A hint for the user, by kind of error."""
    if isinstance(error, DatabaseLockedError):
        return QCoreApplication.translate("errors", "Another program or another Equipment Desk window is using the database. Close it and try again.")
    if isinstance(error, NewerSchemaError):
        return QCoreApplication.translate("errors", "Install the newest version of Equipment Desk, or open another database in Settings.")
    if isinstance(error, NotOurDatabaseError):
        return QCoreApplication.translate("errors", "Choose another database file, or restore a backup. The file was not changed.")
    if isinstance(error, StorageError):
        return QCoreApplication.translate("errors", "Check that the disk has space and that you may write to the folder, then try again.")
    if isinstance(error, InputError):
        return QCoreApplication.translate("errors", "Correct the values and try again. Nothing was saved.")
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("errors", "Someone may have changed or deleted it. Press F5 to refresh the list.")
    if isinstance(error, RefusedError):
        return QCoreApplication.translate("errors", "Nothing was changed.")
    return ""


def error_title(error: DeskError) -> str:
    if isinstance(error, InputError):
        return QCoreApplication.translate("errors", "Please check the values")
    if isinstance(error, StorageError):
        return QCoreApplication.translate("errors", "The database cannot be used")
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("errors", "Not found")
    if isinstance(error, RefusedError):
        return QCoreApplication.translate("errors", "Not allowed")
    return QCoreApplication.translate("errors", "Cannot do this")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A message for an expected error; the crash dialog for anything else."""
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.IntegrityError):
        from equipment_desk.store.database import storage_failure

        error = storage_failure(error) or error  # a damaged file, a full disk, a read-only folder: named, not a crash
    if isinstance(error, DeskError):
        from PySide6.QtWidgets import QMessageBox  # the message boxes and the crash dialog load when first needed

        box = QMessageBox(QMessageBox.Icon.Warning, error_title(error), error_text(error), QMessageBox.StandardButton.Ok, parent)
        box.setInformativeText(what_to_do(error))
        box.setObjectName("error_message")
        box.exec()
        return
    show_crash(parent, error)


def format_traceback(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))


_showing_crash = False


def show_crash(parent: QWidget | None, error: BaseException) -> None:
    """Log ``error`` with its traceback and show the crash dialog (never two at once)."""
    global _showing_crash
    details = format_traceback(error)
    log.error("unexpected error:\n%s", details)
    if _showing_crash or QCoreApplication.instance() is None:
        return
    from equipment_desk.ui.crash_dialog import CrashDialog

    _showing_crash = True
    try:
        dialog = CrashDialog(details, parent)
        dialog.exec()
    finally:
        _showing_crash = False


def install_excepthook() -> None:
    """Route exceptions that escape a Qt slot to :func:`show_crash` (or :func:`show_error` for expected ones)."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        from PySide6.QtWidgets import QApplication

        parent = QApplication.activeWindow()
        if isinstance(error, DeskError):
            log.warning("expected error reached the top: %s", error)
            show_error(parent, error)
        else:
            show_crash(parent, error)

    sys.excepthook = hook
