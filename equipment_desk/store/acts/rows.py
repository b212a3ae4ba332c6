"""Reading acts: one row, its lines, the list of acts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from equipment_desk.core.errors import InputError, NotFoundError, Problem
from equipment_desk.core.money import to_usd_minor
from equipment_desk.core.validation import FieldError, parse_date
from equipment_desk.store.languages import NATIONAL_COLUMNS, RECORD_LANGUAGES, column

if TYPE_CHECKING:
    import sqlite_utils

STATUSES = ("draft", "finalized", "signed", "void")



def fetch_rows(db: sqlite_utils.Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def get_act_row(*, db: sqlite_utils.Database, act_id: int) -> dict[str, Any]:
    rows = fetch_rows(db, "SELECT * FROM act WHERE id = ?", [act_id])
    if not rows:
        raise NotFoundError("no act with id {id}", id=act_id)
    return rows[0]


def find_act(*, db: sqlite_utils.Database, ref: str | int) -> int:
    """An act's row id from its number, UUID or row id."""
    text = str(ref).strip()
    if not text:
        raise NotFoundError("no act given")
    row = db.execute("SELECT id FROM act WHERE number = ? COLLATE NOCASE OR uuid = ?", [text, text.lower()]).fetchone()
    if row is None and text.isdigit():
        row = db.execute("SELECT id FROM act WHERE id = ?", [int(text)]).fetchone()
    if row is None:
        raise NotFoundError("no act '{ref}' (give its number, e.g. ROCA-2018-0001, its UUID or its id)", ref=text)
    return int(row[0])


_LIVE_NATIONAL_NAMES = ", ".join(f"i.{name} AS live_{name}" for name in NATIONAL_COLUMNS["item"])


def act_lines(*, db: sqlite_utils.Database, act_id: int) -> list[dict[str, Any]]:
    """The lines of an act with, for a draft, its items' current texts (``live_name_ru``, ``live_name_kk``…)."""
    return fetch_rows(
        db,
        f"""SELECT l.*, i.uuid AS item_uuid, i.name AS live_name, i.name_ru AS live_name_ru, i.name_en AS live_name_en,
                  {_LIVE_NATIONAL_NAMES}, i.model AS live_model,
                  i.serial_number AS live_serial, i.inventory_number AS live_inventory, i.unit AS live_unit,
                  i.currency AS item_currency, i.unit_value_minor AS item_unit_value_minor
           FROM act_line l JOIN item i ON i.id = l.item_id WHERE l.act_id = ? ORDER BY l.line_no""",
        [act_id],
    )


def line_names(line: Mapping[str, Any], *, frozen: bool, languages: Iterable[str] = RECORD_LANGUAGES) -> dict[str, str]:
    """A line's item name in each of ``languages`` (keyed by code): the snapshot once the act is finalized, the item now before."""
    source = "item_" if frozen else "live_"
    return {code: line.get(source + column("name", code)) or "" for code in languages}


def line_texts(line: Mapping[str, Any], *, frozen: bool) -> dict[str, Any]:
    """What a line of :func:`act_lines` shows: the snapshot once the act is finalized, the item as it is now before."""
    if frozen:
        return {"name": line["item_name"], "name_ru": line.get("item_name_ru") or "", "name_en": line.get("item_name_en") or "",
                "model": line["item_model"], "serial_number": line["serial_number"],
                "inventory_number": line["inventory_number"], "unit": line["unit"]}
    return {"name": line["live_name"], "name_ru": line.get("live_name_ru") or "", "name_en": line.get("live_name_en") or "",
            "model": line["live_model"], "serial_number": line["live_serial"],
            "inventory_number": line["live_inventory"], "unit": line["live_unit"]}


def usd_total(amount_minor: int, row: Mapping[str, Any]) -> int | None:
    if row["currency"] == "USD":
        return amount_minor
    if not row["rate_micro"]:
        return None
    return to_usd_minor(amount_minor, row["rate_micro"], row["rate_scale"] or 1)


def list_acts(
    *,
    db: sqlite_utils.Database,
    status: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    programme_code: str | None = None,
    institution_id: int | None = None,
) -> list[dict[str, Any]]:
    """Summary rows of acts, oldest first."""
    where, params = [], []
    if status:
        if status not in STATUSES:
            raise InputError(Problem("must be one of {choices}", params={"choices": ", ".join(STATUSES)}, field="status", value=status))
        where.append("a.status = ?")
        params.append(status)
    for bound, op in ((date_from, ">="), (date_to, "<=")):
        if bound:
            try:
                params.append(parse_date(bound))
            except FieldError as error:
                raise InputError(Problem(error.message, field="date", value=bound)) from error
            where.append(f"a.act_date {op} ?")
    if programme_code:
        if db.execute("SELECT 1 FROM programme WHERE code = ? COLLATE NOCASE", [programme_code]).fetchone() is None:
            raise InputError(Problem("no programme with this code is recorded", field="programme", value=programme_code))
        where.append("p.code = ? COLLATE NOCASE")
        params.append(programme_code)
    if institution_id is not None:
        where.append("a.recipient_institution_id = ?")
        params.append(institution_id)
    sql = f"""
        SELECT a.id, a.uuid, a.number, a.status, a.act_date AS date, a.currency,
               a.rate_micro, a.rate_scale, a.signed_date, a.void_reason, a.country,
               coalesce(nullif(i.name_en, ''), i.name_ru) AS recipient_en, i.name_ru AS recipient_ru, p.code AS programme_code,
               (SELECT coalesce(sum(l.quantity * l.unit_value_minor), 0) FROM act_line l WHERE l.act_id = a.id) AS total_minor,
               (SELECT count(*) FROM act_line l WHERE l.act_id = a.id) AS line_count
        FROM act a
        LEFT JOIN institution i ON i.id = a.recipient_institution_id
        LEFT JOIN programme p ON p.id = a.programme_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY a.act_date IS NULL, a.act_date, a.number IS NULL, a.number, a.id"""
    rows = fetch_rows(db, sql, params)
    for row in rows:
        row["usd_minor"] = usd_total(row["total_minor"], row)
        del row["rate_micro"], row["rate_scale"]
    return rows
