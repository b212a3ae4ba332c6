"""Settings kept in the database: what belongs to this office's data.

The office code and the act number pattern decide act numbers, and the
office's names and default signatory go onto every act, so they live with the
data (and travel with a backup).  Preferences of one user on one laptop
(window layout, UI language) live in the UI's settings instead.
"""

from __future__ import annotations

import re
from typing import Any

import sqlite_utils

from equipment_desk.core import languages as printed
from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.numbering import DEFAULT_PATTERN as DEFAULT_NUMBER_PATTERN
from equipment_desk.core.numbering import check_number_pattern
from equipment_desk.store.audit import record_change
from equipment_desk.store.changes import changes
from equipment_desk.store.database import write_transaction
from equipment_desk.store.languages import respell_national

DEFAULTS: dict[str, str] = {
    "office_code": "ROCA",
    "number_pattern": DEFAULT_NUMBER_PATTERN,
    "office_name_en": "UNODC Regional Office for Central Asia",
    "office_name_ru": "Региональное представительство УНП ООН в Центральной Азии",
    "default_place_en": "Tashkent",
    "default_place_ru": "г. Ташкент",
    "default_signatory_name": "",
    "default_signatory_name_ru": "",
    "default_signatory_name_en": "",
    "default_signatory_gender": "",
    "default_signatory_title_en": "",
    "default_signatory_title_ru": "",
    "default_signatory_authority_en": "",
    "default_signatory_authority_ru": "",
    "default_languages": "ru,en",
    "default_currency": "USD",
    "logo_path": "",
    "national_languages": "",
}
NATIONAL_DEFAULTS = ("office_name", "default_place", "default_signatory_name", "default_signatory_title", "default_signatory_authority")
"""The office's texts that go onto every new act, kept in each national language too (``office_name_ky``…)."""
DEFAULTS.update({f"{key}_{printed.column_suffix(code)}": "" for key in NATIONAL_DEFAULTS for code in printed.NATIONAL})
_OFFICE_CODE = re.compile(r"^[A-Z0-9]{2,12}$")


def get_setting(*, db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    if row is not None:
        return row[0]
    return default if default is not None else DEFAULTS.get(key)


def all_settings(*, db: sqlite_utils.Database) -> dict[str, str]:
    """Every office setting with its value (internal bookkeeping keys such as ``sync:sent:BISH`` left out)."""
    values = dict(DEFAULTS)
    values.update({row[0]: row[1] for row in db.execute("SELECT key, value FROM setting") if row[0] in DEFAULTS})
    return values


def validate_setting(key: str, value: Any) -> str:
    if key not in DEFAULTS:
        raise InputError(Problem("is not a known setting", field=key))
    text = "" if value is None else str(value).strip()
    if key == "office_code":
        text = text.upper()
        if not _OFFICE_CODE.match(text):
            raise InputError(Problem("must be 2 to 12 Latin capital letters or digits, e.g. BISH", field=key, value=value))
    if key == "number_pattern":
        check_number_pattern(text)
    if key == "default_languages":
        pair = printed.parse_pair(text)
        if pair is None:
            raise InputError(Problem("must be two different languages of {codes}, e.g. ru,en", params={"codes": ", ".join(printed.CODES)},
                                     field=key, value=value))
        text = pair
    if key == "national_languages":
        text = national_languages_text(text, key=key, value=value)
    if key == "default_currency":
        from equipment_desk.core.money import CURRENCY_CODES

        text = text.upper()
        if text not in CURRENCY_CODES:
            raise InputError(Problem("must be one of {codes}", params={"codes": ", ".join(CURRENCY_CODES)}, field=key, value=value))
    if key == "logo_path" and text:
        from pathlib import Path

        logo = Path(text)
        if not logo.is_file():
            raise InputError(Problem("the file does not exist", field=key, value=value))
        if logo.suffix.lower() not in (".png", ".jpg", ".jpeg"):
            raise InputError(Problem("must be a PNG or JPG picture", field=key, value=value))
    if len(text) > 1000:
        raise InputError(Problem("is too long; at most 1000 characters", field=key))
    return text


def national_languages_text(text: str, *, key: str = "national_languages", value: Any = None) -> str:
    """The office's national languages as stored: known national codes, comma-separated, in the registry's order."""
    codes = [part for part in text.replace(" ", "").split(",") if part]
    known = [printed.canonical_code(code) for code in codes]
    wrong = [code for code, found in zip(codes, known) if found not in printed.NATIONAL]
    if wrong:
        raise InputError(Problem("{codes} is not a national language; use {known}",
                                 params={"codes": ", ".join(wrong), "known": ", ".join(printed.NATIONAL)}, field=key, value=value))
    return ",".join(code for code in printed.NATIONAL if code in known)


def national_languages(*, db: sqlite_utils.Database) -> tuple[str, ...]:
    """The national languages this office records texts in (the forms show their fields)."""
    text = get_setting(db=db, key="national_languages") or ""
    return tuple(code for code in text.split(",") if code in printed.NATIONAL)


@changes("settings")
def set_settings(*, db: sqlite_utils.Database, values: dict[str, Any]) -> dict[str, str]:
    """Check and store several settings in one transaction; returns what changed."""
    clean = respell_national({key: validate_setting(key, value) for key, value in values.items()})
    changed: dict[str, str] = {}
    with write_transaction(db):
        for key, value in clean.items():
            old = get_setting(db=db, key=key)
            if old == value:
                continue
            db.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
            changed[key] = value
            record_change(db, action="setting", table="setting", record_uuid=None, changes={key: [old, value]})
    return changed
