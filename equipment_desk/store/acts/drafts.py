"""Drafts and their lines: everything that may change before an act is finalized."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import InputError, NotFoundError, Problem, RefusedError
from equipment_desk.core.money import to_usd_minor
from equipment_desk.core.validation import Field, clean_record
from equipment_desk.store import settings as settings_store
from equipment_desk.store.acts.rows import act_lines, fetch_rows, get_act_row
from equipment_desk.store.audit import diff, record_change
from equipment_desk.store.changes import changes
from equipment_desk.store.context import current_user
from equipment_desk.store.database import utc_now, write_transaction
from equipment_desk.store.languages import fill_languages
from equipment_desk.store.records import new_uuid

LANGUAGE_PAIRS = ("ru,en", "en,ru", "ru,kk", "kk,ru", "ru,tg", "tg,ru", "en,kk", "kk,en", "en,tg", "tg,en", "kk,tg", "tg,kk")
RATE_TYPES = ("unore", "national_bank", "other")



HEADER_FIELDS: tuple[Field, ...] = (
    Field("act_date", kind="date"),
    Field("place_en", max_length=200),
    Field("place_ru", max_length=200),
    Field("country", kind="country"),
    Field("languages", kind="choice", choices=LANGUAGE_PAIRS, default="ru,en"),
    Field("goods_en", max_length=500),
    Field("goods_ru", max_length=500),
    Field("recipient_institution_id", kind="ref"),
    Field("recipient_signatory_id", kind="ref"),
    Field("transferor_org_en"),
    Field("transferor_org_ru"),
    Field("transferor_name", max_length=200),
    Field("transferor_name_ru", max_length=200),
    Field("transferor_name_en", max_length=200),
    Field("transferor_gender", kind="choice", choices=("m", "f", ""), default=""),
    Field("transferor_name_ru_genitive", max_length=200),
    Field("transferor_title_en"),
    Field("transferor_title_ru"),
    Field("transferor_title_ru_genitive"),
    Field("transferor_authority_en"),
    Field("transferor_authority_ru"),
    Field("programme_id", kind="ref"),
    Field("basis_en", max_length=2000),
    Field("basis_ru", max_length=2000),
    Field("transfer_type", kind="choice", choices=("title", "custody"), default="title"),
    Field("currency", kind="currency", default="USD"),
    Field("rate", kind="rate"),
    Field("rate_scale", kind="scale", default=1),
    Field("rate_type", kind="choice", choices=RATE_TYPES, nullable=True),
    Field("rate_source", max_length=200),
    Field("rate_source_ru", max_length=200),
    Field("rate_source_en", max_length=200),
    Field("rate_date", kind="date"),
    Field("nb_rate", kind="rate"),
    Field("nb_rate_scale", kind="scale", default=1),
    Field("nb_rate_source", max_length=200),
    Field("nb_rate_source_ru", max_length=200),
    Field("nb_rate_source_en", max_length=200),
    Field("nb_rate_date", kind="date"),
)


def check_header_refs(db: sqlite_utils.Database, values: Mapping[str, Any], current: Mapping[str, Any] | None = None) -> list[Problem]:
    merged = dict(current or {})
    merged.update(values)
    problems = []
    inst = merged.get("recipient_institution_id")
    if inst is not None and db.execute("SELECT 1 FROM institution WHERE id = ?", [inst]).fetchone() is None:
        problems.append(Problem("refers to an institution that does not exist", field="recipient_institution_id", value=inst))
    sig = merged.get("recipient_signatory_id")
    if sig is not None:
        found = db.execute("SELECT institution_id FROM signatory WHERE id = ?", [sig]).fetchone()
        if found is None:
            problems.append(Problem("refers to a signatory that does not exist", field="recipient_signatory_id", value=sig))
        elif inst is not None and found[0] != inst:
            problems.append(Problem("is not a signatory of the recipient institution", field="recipient_signatory_id", value=sig))
    prog = merged.get("programme_id")
    if prog is not None and db.execute("SELECT 1 FROM programme WHERE id = ?", [prog]).fetchone() is None:
        problems.append(Problem("refers to a programme that does not exist", field="programme_id", value=prog))
    return problems


def _header_columns(clean: Mapping[str, Any], user: str, db: sqlite_utils.Database | None = None,
                   current: Mapping[str, Any] | None = None) -> dict[str, Any]:
    columns = fill_languages("act", {k: v for k, v in clean.items() if k not in ("rate", "nb_rate")}, current)
    recipient = clean.get("recipient_institution_id")
    country = clean.get("country", (current or {}).get("country"))
    if db is not None and recipient is not None and not country:
        found = db.execute("SELECT country FROM institution WHERE id = ?", [recipient]).fetchone()
        if found:
            columns["country"] = found[0]
    if "rate" in clean:
        columns["rate_micro"] = clean["rate"]
        columns["rate_entered_by"] = user if clean["rate"] is not None else None
        columns["rate_entered_at"] = utc_now() if clean["rate"] is not None else None
    if "nb_rate" in clean:
        columns["nb_rate_micro"] = clean["nb_rate"]
    currency = clean.get("currency", (current or {}).get("currency"))
    if currency == "USD":  # a USD act has no exchange rate; one left from another currency would print "1 USD = 68.45 USD"
        columns.update(rate_micro=None, rate_scale=1, rate_type=None, rate_source="", rate_source_ru="", rate_source_en="",
                       rate_date=None, rate_entered_by=None, rate_entered_at=None,
                       nb_rate_micro=None, nb_rate_scale=1, nb_rate_source="", nb_rate_source_ru="", nb_rate_source_en="",
                       nb_rate_date=None)
    return columns


def _defaults_from_settings(db: sqlite_utils.Database) -> dict[str, Any]:
    s = settings_store.all_settings(db=db)
    return {
        "place_en": s["default_place_en"],
        "place_ru": s["default_place_ru"],
        "languages": s["default_languages"],
        "currency": s["default_currency"],
        "transferor_org_en": s["office_name_en"],
        "transferor_org_ru": s["office_name_ru"],
        "transferor_name": s["default_signatory_name"],
        "transferor_name_ru": s["default_signatory_name_ru"],
        "transferor_name_en": s["default_signatory_name_en"],
        "transferor_gender": s["default_signatory_gender"],
        "transferor_title_en": s["default_signatory_title_en"],
        "transferor_title_ru": s["default_signatory_title_ru"],
        "transferor_authority_en": s["default_signatory_authority_en"],
        "transferor_authority_ru": s["default_signatory_authority_ru"],
    }


@changes("acts")
def create_draft(
    *, db: sqlite_utils.Database, data: Mapping[str, Any] | None = None, user: str | None = None, uuid: str | None = None
) -> int:
    """A new draft act; fields not given come from the office settings. Returns its id."""
    user = user or current_user()
    values = _defaults_from_settings(db)
    values.update(data or {})
    clean, problems = clean_record(HEADER_FIELDS, values)
    problems += check_header_refs(db, clean)
    if problems:
        raise InputError(problems)
    columns = _header_columns(clean, user, db)
    now = utc_now()
    columns.update(uuid=uuid or new_uuid(), status="draft", created_at=now, created_by=user, updated_at=now)
    names = list(columns)
    with write_transaction(db):
        cursor = db.execute(f"INSERT INTO act ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})", [columns[n] for n in names])
        act_id = int(cursor.lastrowid)
        record_change(db, action="create", table="act", record_uuid=columns["uuid"], record_id=act_id, changes={"status": "draft"}, user=user)
    return act_id


def require_draft(row: Mapping[str, Any]) -> None:
    if row["status"] != "draft":
        raise RefusedError(
            "act {number} is {status}; only a draft can be edited", number=row["number"] or row["id"], status=row["status"]
        )


@changes("acts")
def update_draft(*, db: sqlite_utils.Database, act_id: int, changes: Mapping[str, Any], user: str | None = None) -> dict[str, Any]:
    """Change header fields of a draft; returns ``{field: [old, new]}`` of what changed."""
    user = user or current_user()
    row = get_act_row(db=db, act_id=act_id)
    require_draft(row)
    clean, problems = clean_record(HEADER_FIELDS, changes, partial=True)
    problems += check_header_refs(db, clean, row)
    if problems:
        raise InputError(problems)
    columns = _header_columns(clean, user, db, row)
    changed = diff(row, columns)
    changed.pop("rate_entered_at", None)
    if not changed:
        return {}
    if "rate_micro" not in changed:
        columns.pop("rate_entered_by", None)
        columns.pop("rate_entered_at", None)
    columns = {k: v for k, v in columns.items() if k in changed or k.startswith("rate_entered")}
    repriced = _repriced_lines(db, act_id, row, {**row, **columns}) if "currency" in changed else []
    with write_transaction(db):
        assignments = ", ".join(f"{c} = ?" for c in columns)
        db.execute(f"UPDATE act SET {assignments}, updated_at = ? WHERE id = ?", [*columns.values(), utc_now(), act_id])
        for line_id, value in repriced:
            db.execute("UPDATE act_line SET unit_value_minor = ? WHERE id = ?", [value, line_id])
        record_change(db, action="update", table="act", record_uuid=row["uuid"], record_id=act_id, changes=changed, user=user)
    return changed


@changes("acts")
def delete_draft(*, db: sqlite_utils.Database, act_id: int, user: str | None = None) -> None:
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] != "draft":
        raise RefusedError("act {number} is {status}; a finalized act cannot be deleted, void it instead", number=row["number"], status=row["status"])
    with write_transaction(db):
        db.execute("DELETE FROM act WHERE id = ?", [act_id])
        record_change(db, action="delete", table="act", record_uuid=row["uuid"], record_id=act_id, user=user)


def available_quantities(*, db: sqlite_utils.Database, item_ids: Iterable[int]) -> dict[int, int]:
    """What is still available of each item (0 once written off); unknown ids are left out."""
    ids = sorted(set(item_ids))
    if not ids:
        return {}
    rows = db.execute(f"SELECT id, available, written_off FROM item_stock WHERE id IN ({', '.join('?' for _ in ids)})", ids)
    return {item_id: 0 if written_off else int(left) for item_id, left, written_off in rows.fetchall()}


def available_quantity(*, db: sqlite_utils.Database, item_id: int) -> int:
    available = available_quantities(db=db, item_ids=[item_id])
    if item_id not in available:
        raise NotFoundError("no item with id {id}", id=item_id)
    return available[item_id]


def line_value_for_act(*, db: sqlite_utils.Database, item: Mapping[str, Any], act: Mapping[str, Any]) -> int:
    """The unit value of ``item`` in the act's currency.

    Items recorded in the act's currency keep their value; a USD item on a
    local-currency act (or the other way round) is converted at the act's
    rate, rounded half up; anything else needs a value typed in.
    """
    if item["currency"] == act["currency"]:
        return int(item["unit_value_minor"])
    rate, scale = act["rate_micro"], act["rate_scale"] or 1
    if rate is not None and item["currency"] == "USD":
        numerator = item["unit_value_minor"] * rate
        denominator = 1_000_000 * scale
        return (2 * numerator + denominator) // (2 * denominator)
    if rate is not None and act["currency"] == "USD":
        return to_usd_minor(item["unit_value_minor"], rate, scale)
    raise InputError(
        Problem(
            "item '{name}' is valued in {item_currency} but the act is in {act_currency}; enter an exchange rate or the unit value in {act_currency}",
            params={"name": item["name"], "item_currency": item["currency"], "act_currency": act["currency"]},
            field="unit_value_minor",
        )
    )


def _repriced_lines(db: sqlite_utils.Database, act_id: int, before: Mapping[str, Any], after: Mapping[str, Any]) -> list[tuple[int, int]]:
    """New unit values for a draft's lines when its currency changes: ``[(line id, value)]``.

    Each line is priced again from its item in the new currency — at the
    new rate, or at the rate the act had before when the new currency is
    USD.  A line that cannot be converted is a problem: the currency change
    is refused rather than a price silently relabelled.
    """
    rate = after if after["rate_micro"] is not None else before
    act = {"currency": after["currency"], "rate_micro": rate["rate_micro"], "rate_scale": rate["rate_scale"]}
    values, problems = [], []
    for line in act_lines(db=db, act_id=act_id):
        item = {"currency": line["item_currency"], "unit_value_minor": line["item_unit_value_minor"], "name": line["live_name"]}
        try:
            values.append((line["id"], line_value_for_act(db=db, item=item, act=act)))
        except InputError:
            problems.append(Problem(
                "line {line_no}: '{name}' is valued in {item_currency} and cannot be converted to {currency} without a rate; "
                "enter the exchange rate together with the currency, or remove the line",
                params={"line_no": line["line_no"], "name": line["live_name"], "item_currency": line["item_currency"], "currency": after["currency"]},
                field="currency"))
    if problems:
        raise InputError(problems)
    return values


@changes("acts")
def add_lines(
    *, db: sqlite_utils.Database, act_id: int, lines: list[Mapping[str, Any]], user: str | None = None
) -> list[int]:
    """Append items to a draft: each line is ``{item_id, quantity=available?, unit_value_minor=?}``.

    A missing quantity takes all that is still available; a missing unit
    value comes from the item (converted to the act's currency when needed).
    An item already on the act has its quantity raised instead.  Returns the
    ids of the lines added or changed.
    """
    user = user or current_user()
    act = get_act_row(db=db, act_id=act_id)
    require_draft(act)
    problems: list[Problem] = []
    planned: list[tuple[int, int, int, int | None]] = []  # item_id, quantity, unit value, existing line id
    existing = {line["item_id"]: line for line in act_lines(db=db, act_id=act_id)}
    seen: dict[int, int] = {}
    for index, spec in enumerate(lines):
        where = f"lines[{index}]"
        item_id = spec.get("item_id")
        rows = fetch_rows(db, "SELECT * FROM item_stock WHERE id = ?", [item_id]) if isinstance(item_id, int) else []
        if not rows:
            problems.append(Problem("refers to an item that does not exist", field=f"{where}.item_id", value=item_id))
            continue
        item = rows[0]
        if item["written_off"]:
            problems.append(Problem("item '{name}' has been written off", params={"name": item["name"]}, field=f"{where}.item_id"))
            continue
        already = existing.get(item_id, {}).get("quantity", 0) + seen.get(item_id, 0)
        left = item["available"] - already
        quantity = spec.get("quantity")
        if quantity is None:
            quantity = left
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
            if left <= 0:
                problems.append(Problem("item '{name}' has nothing left in stock", params={"name": item["name"]}, field=f"{where}.quantity"))
            else:
                problems.append(Problem("must be a whole number greater than 0", field=f"{where}.quantity", value=quantity))
            continue
        if quantity > left:
            problems.append(
                Problem(
                    "asks for {quantity} of '{name}' but only {left} is still available",
                    params={"quantity": quantity, "name": item["name"], "left": max(left, 0)},
                    field=f"{where}.quantity",
                    value=quantity,
                )
            )
            continue
        value = spec.get("unit_value_minor")
        if value is None:
            try:
                value = line_value_for_act(db=db, item=item, act=act)
            except InputError as error:
                problems.extend(Problem(p.message, p.params, f"{where}.unit_value_minor") for p in error.problems)
                continue
        elif isinstance(value, bool) or not isinstance(value, int) or value < 0 or value > (2**63 - 1) // quantity:
            problems.append(Problem("must be a whole number of minor units, 0 or more, that fits the total", field=f"{where}.unit_value_minor", value=value))
            continue
        seen[item_id] = seen.get(item_id, 0) + quantity
        planned.append((item_id, quantity, value, existing.get(item_id, {}).get("id")))
    if problems:
        raise InputError(problems)
    changed: list[int] = []
    with write_transaction(db):
        next_no = (db.execute("SELECT coalesce(max(line_no), 0) FROM act_line WHERE act_id = ?", [act_id]).fetchone()[0]) + 1
        for item_id, quantity, value, line_id in planned:
            if line_id is not None:
                db.execute("UPDATE act_line SET quantity = quantity + ?, unit_value_minor = ? WHERE id = ?", [quantity, value, line_id])
                changed.append(line_id)
                continue
            item_uuid = db.execute("SELECT uuid FROM item WHERE id = ?", [item_id]).fetchone()[0]
            cursor = db.execute(
                "INSERT INTO act_line (uuid, act_id, line_no, item_id, quantity, unit_value_minor) VALUES (?,?,?,?,?,?)",
                [line_uuid(act["uuid"], item_uuid), act_id, next_no, item_id, quantity, value],
            )
            existing[item_id] = {"id": int(cursor.lastrowid), "quantity": quantity}
            changed.append(int(cursor.lastrowid))
            next_no += 1
        db.execute("UPDATE act SET updated_at = ? WHERE id = ?", [utc_now(), act_id])
        record_change(db, action="add_lines", table="act", record_uuid=act["uuid"], record_id=act_id,
                      changes={"lines": [list(p[:3]) for p in planned]}, user=user)
    return changed


def line_uuid(act_uuid: str, item_uuid: str) -> str:
    """A line is one item on one act, so its UUID follows from theirs (the same on every laptop)."""
    return str(uuid_module.uuid5(uuid_module.UUID(act_uuid), item_uuid))


@changes("acts")
def update_line(
    *, db: sqlite_utils.Database, line_id: int, quantity: int | None = None, unit_value_minor: int | None = None, user: str | None = None
) -> None:
    rows = fetch_rows(db, "SELECT l.*, a.status, a.uuid AS act_uuid FROM act_line l JOIN act a ON a.id = l.act_id WHERE l.id = ?", [line_id])
    if not rows:
        raise NotFoundError("no act line with id {id}", id=line_id)
    line = rows[0]
    if line["status"] != "draft":
        raise RefusedError("lines of a finalized act cannot be changed")
    problems = []
    changes: dict[str, Any] = {}
    if quantity is not None:
        if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
            problems.append(Problem("must be a whole number greater than 0", field="quantity", value=quantity))
        else:
            left = available_quantity(db=db, item_id=line["item_id"])
            if quantity > left:
                problems.append(Problem("only {left} is still available", params={"left": left}, field="quantity", value=quantity))
            changes["quantity"] = quantity
    if unit_value_minor is not None:
        if isinstance(unit_value_minor, bool) or not isinstance(unit_value_minor, int) or unit_value_minor < 0:
            problems.append(Problem("must be 0 or more", field="unit_value_minor", value=unit_value_minor))
        changes["unit_value_minor"] = unit_value_minor
    if not problems and changes.get("unit_value_minor", line["unit_value_minor"]) > (2**63 - 1) // changes.get("quantity", line["quantity"]):
        problems.append(Problem("the line's amount is too large to store", field="unit_value_minor"))
    if problems:
        raise InputError(problems)
    if not changes:
        return
    with write_transaction(db):
        db.execute(f"UPDATE act_line SET {', '.join(f'{c} = ?' for c in changes)} WHERE id = ?", [*changes.values(), line_id])
        db.execute("UPDATE act SET updated_at = ? WHERE id = ?", [utc_now(), line["act_id"]])
        record_change(db, action="update_line", table="act", record_uuid=line["act_uuid"], record_id=line["act_id"],
                      changes={"line_no": line["line_no"], **{k: [line[k], v] for k, v in changes.items()}}, user=user)


@changes("acts")
def remove_lines(*, db: sqlite_utils.Database, act_id: int, line_ids: list[int], user: str | None = None) -> None:
    """Remove lines from a draft and number the rest 1, 2, 3 … again."""
    act = get_act_row(db=db, act_id=act_id)
    require_draft(act)
    with write_transaction(db):
        for line_id in line_ids:
            db.execute("DELETE FROM act_line WHERE id = ? AND act_id = ?", [line_id, act_id])
        remaining = db.execute("SELECT id FROM act_line WHERE act_id = ? ORDER BY line_no", [act_id]).fetchall()
        for offset, (line_id,) in enumerate(remaining):  # two passes keep (act_id, line_no) unique
            db.execute("UPDATE act_line SET line_no = ? WHERE id = ?", [100000000 + offset, line_id])
        for offset, (line_id,) in enumerate(remaining, start=1):
            db.execute("UPDATE act_line SET line_no = ? WHERE id = ?", [offset, line_id])
        db.execute("UPDATE act SET updated_at = ? WHERE id = ?", [utc_now(), act_id])
        record_change(db, action="remove_lines", table="act", record_uuid=act["uuid"], record_id=act_id, changes={"line_ids": line_ids}, user=user)
