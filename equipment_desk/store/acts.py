"""Handover acts: drafts and their lines, finalizing, signing, voiding, attachments.

The life of an act: a **draft** can be edited freely.  **Finalizing** checks
it completely, takes a snapshot of every line's item, assigns the next number
of its series (office code + year) and chains a SHA-256 of its canonical
content to the previous finalized act of the same office (see
``docs/act-json.md``).  From then on its content is frozen — by this module
and by triggers inside SQLite.  It can still be recorded as **signed** (date
and the signed scan) or **voided** with a reason; its number is never reused.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import uuid as uuid_module
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import InputError, NotFoundError, Problem, RefusedError
from equipment_desk.core.money import parse_rate, rate_to_string, sum_minor, to_usd_minor
from equipment_desk.core.validation import Field, FieldError, clean_record, parse_date
from equipment_desk.store import settings as settings_store
from equipment_desk.store.audit import diff, record_change
from equipment_desk.store.context import current_user
from equipment_desk.store.database import utc_now, write_transaction
from equipment_desk.store.records import INSTITUTION, ITEM, find_id, new_uuid, programme_donors

FORMAT = "equipment-desk/act@1"
GENESIS_HASH = "0" * 64
STATUSES = ("draft", "finalized", "signed", "void")
LANGUAGE_PAIRS = ("ru,en", "en,ru", "ru,kk", "kk,ru", "ru,tg", "tg,ru", "en,kk", "kk,en", "en,tg", "tg,en", "kk,tg", "tg,kk")
RATE_TYPES = ("unore", "national_bank", "other")
CANONICAL_KEYS = (
    "format", "uuid", "number", "office_code", "date", "place", "country", "languages", "goods",
    "transferor", "recipient", "programme", "basis", "transfer_type", "currency", "rate",
    "national_rate", "lines", "totals", "previous_hash",
)
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
ATTACHMENT_TYPES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}

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
    Field("transferor_title_en"),
    Field("transferor_title_ru"),
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
    Field("rate_date", kind="date"),
    Field("nb_rate", kind="rate"),
    Field("nb_rate_scale", kind="scale", default=1),
    Field("nb_rate_source", max_length=200),
    Field("nb_rate_date", kind="date"),
)


def _register_converters() -> None:
    from equipment_desk.core import validation

    def clean_rate(field: Field, value: Any) -> int:
        from equipment_desk.core.errors import InputError as _InputError

        if isinstance(value, bool) or isinstance(value, float):
            raise FieldError("must be a decimal number written as text, e.g. 68.8395")
        try:
            return parse_rate(str(value))
        except _InputError as error:
            problem = error.problems[0]
            raise FieldError(problem.message, **problem.params) from error

    def clean_scale(field: Field, value: Any) -> int:
        if str(value).strip() in ("1", "100"):
            return int(str(value).strip())
        raise FieldError("must be 1 or 100 (the number of US dollars the rate is for)")

    validation._CONVERTERS.setdefault("rate", clean_rate)  # noqa: SLF001 - our own module
    validation._CONVERTERS.setdefault("scale", clean_scale)  # noqa: SLF001


_register_converters()


# --- reading --------------------------------------------------------------------------------------

def _fetch(db: sqlite_utils.Database, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def get_act_row(*, db: sqlite_utils.Database, act_id: int) -> dict[str, Any]:
    rows = _fetch(db, "SELECT * FROM act WHERE id = ?", [act_id])
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


def act_lines(*, db: sqlite_utils.Database, act_id: int) -> list[dict[str, Any]]:
    """The lines of an act with, for a draft, its items' current texts."""
    return _fetch(
        db,
        """SELECT l.*, i.uuid AS item_uuid, i.name AS live_name, i.model AS live_model,
                  i.serial_number AS live_serial, i.inventory_number AS live_inventory, i.unit AS live_unit,
                  i.currency AS item_currency, i.unit_value_minor AS item_unit_value_minor
           FROM act_line l JOIN item i ON i.id = l.item_id WHERE l.act_id = ? ORDER BY l.line_no""",
        [act_id],
    )


def line_texts(line: Mapping[str, Any], *, frozen: bool) -> dict[str, Any]:
    """What a line of :func:`act_lines` shows: the snapshot once the act is finalized, the item as it is now before."""
    if frozen:
        return {"name": line["item_name"], "model": line["item_model"], "serial_number": line["serial_number"],
                "inventory_number": line["inventory_number"], "unit": line["unit"]}
    return {"name": line["live_name"], "model": line["live_model"], "serial_number": line["live_serial"],
            "inventory_number": line["live_inventory"], "unit": line["live_unit"]}


def _bilingual(row: Mapping[str, Any], prefix: str) -> dict[str, str]:
    return {"en": row.get(f"{prefix}_en") or "", "ru": row.get(f"{prefix}_ru") or ""}


def _rate(row: Mapping[str, Any], prefix: str, *, full: bool) -> dict[str, Any] | None:
    micro = row.get(f"{prefix}_micro")
    if micro is None:
        return None
    rate = {
        "value": rate_to_string(micro),
        "scale": row.get(f"{prefix}_scale") or 1,
        "type": row.get("rate_type") if prefix == "rate" else "national_bank",
        "source": row.get(f"{prefix}_source") or "",
        "effective_date": row.get(f"{prefix}_date"),
    }
    if full and prefix == "rate":
        rate["entered_by"] = row.get("rate_entered_by")
        rate["entered_at"] = row.get("rate_entered_at")
    return rate


def _live_content(db: sqlite_utils.Database, row: Mapping[str, Any], lines: list[dict[str, Any]]) -> dict[str, Any]:
    """The content of a draft, built from the records it refers to now."""
    recipient: dict[str, Any] = {"institution_uuid": None, "organisation": {"en": "", "ru": ""}, "country": "", "address": "", "signatory": None}
    if row["recipient_institution_id"] is not None:
        inst = _fetch(db, "SELECT * FROM institution WHERE id = ?", [row["recipient_institution_id"]])[0]
        recipient = {
            "institution_uuid": inst["uuid"],
            "organisation": _bilingual(inst, "name"),
            "country": inst["country"],
            "address": inst["address"],
            "signatory": None,
        }
    if row["recipient_signatory_id"] is not None:
        sig = _fetch(db, "SELECT * FROM signatory WHERE id = ?", [row["recipient_signatory_id"]])[0]
        recipient["signatory"] = {
            "uuid": sig["uuid"],
            "name": sig["full_name"],
            "title": _bilingual(sig, "title"),
            "authority": _bilingual(sig, "authority"),
        }
    programme = None
    if row["programme_id"] is not None:
        prog = _fetch(db, "SELECT * FROM programme WHERE id = ?", [row["programme_id"]])[0]
        programme = {
            "code": prog["code"],
            "name": _bilingual(prog, "name"),
            "sub_programme": prog["sub_programme"],
            "donors": [
                {"uuid": d["uuid"], "name": _bilingual(d, "name")}
                for d in programme_donors(db=db, programme_id=prog["id"])
            ],
        }
    doc_lines = []
    frozen = row["status"] != "draft"
    for line in lines:
        doc_lines.append(
            {
                "line_no": line["line_no"],
                "item_uuid": line["item_uuid"],
                **line_texts(line, frozen=frozen),
                "quantity": line["quantity"],
                "unit_value_minor": line["unit_value_minor"],
                "amount_minor": line["quantity"] * line["unit_value_minor"],
            }
        )
    amount = sum_minor((line["amount_minor"] for line in doc_lines), field="total")
    return {
        "format": FORMAT,
        "uuid": row["uuid"],
        "number": row["number"],
        "office_code": row["office_code"],
        "date": row["act_date"],
        "place": _bilingual(row, "place"),
        "country": row["country"],
        "languages": row["languages"].split(","),
        "goods": _bilingual(row, "goods"),
        "transferor": {
            "organisation": _bilingual(row, "transferor_org"),
            "signatory": {
                "name": row["transferor_name"],
                "title": _bilingual(row, "transferor_title"),
                "authority": _bilingual(row, "transferor_authority"),
            },
        },
        "recipient": recipient,
        "programme": programme,
        "basis": _bilingual(row, "basis"),
        "transfer_type": row["transfer_type"],
        "currency": row["currency"],
        "rate": _rate(row, "rate", full=False),
        "national_rate": _rate(row, "nb_rate", full=False),
        "lines": doc_lines,
        "totals": {
            "quantity": sum(line["quantity"] for line in doc_lines),
            "amount_minor": amount,
            "usd_minor": _usd(amount, row),
        },
        "previous_hash": row["previous_hash"],
    }


def _usd(amount_minor: int, row: Mapping[str, Any]) -> int | None:
    if row["currency"] == "USD":
        return amount_minor
    if row["rate_micro"] is None:
        return None
    return to_usd_minor(amount_minor, row["rate_micro"], row["rate_scale"] or 1)


def canonical_json(content: Mapping[str, Any]) -> str:
    """The canonical text of an act's content: the keys of ``CANONICAL_KEYS``, sorted, compact, UTF-8."""
    canonical = {key: content.get(key) for key in CANONICAL_KEYS}
    if isinstance(canonical.get("rate"), dict):
        canonical["rate"] = {k: v for k, v in canonical["rate"].items() if k not in ("entered_by", "entered_at")}
    return json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def compute_content_hash(content: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical form of an act (``docs/act-json.md``)."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def act_document(*, db: sqlite_utils.Database, act_id: int) -> dict[str, Any]:
    """The act in the documented JSON form (``docs/act-json.md``).

    A finalized act is read from the content frozen at finalization, so it
    prints the same however its institution or items are edited later.
    """
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] == "draft":
        document = _live_content(db, row, act_lines(db=db, act_id=act_id))
    else:
        document = json.loads(row["content_json"])
    if document.get("rate") is not None:
        document["rate"]["entered_by"] = row["rate_entered_by"]
        document["rate"]["entered_at"] = row["rate_entered_at"]
    document.update(
        status=row["status"],
        content_hash=row["content_hash"],
        previous_hash=row["previous_hash"],
        created_at=row["created_at"],
        created_by=row["created_by"],
        finalized_at=row["finalized_at"],
        finalized_by=row["finalized_by"],
        signed=None,
        void=None,
    )
    if row["signed_date"]:
        scan = None
        if row["signed_scan_id"] is not None:
            att = _fetch(db, "SELECT uuid, filename, sha256 FROM attachment WHERE id = ?", [row["signed_scan_id"]])[0]
            scan = {"uuid": att["uuid"], "filename": att["filename"], "sha256": att["sha256"]}
        document["signed"] = {"date": row["signed_date"], "scan": scan}
    if row["status"] == "void":
        document["void"] = {"reason": row["void_reason"], "at": row["voided_at"], "by": row["voided_by"]}
    return document


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
               i.name_en AS recipient_en, i.name_ru AS recipient_ru, p.code AS programme_code,
               (SELECT coalesce(sum(l.quantity * l.unit_value_minor), 0) FROM act_line l WHERE l.act_id = a.id) AS total_minor,
               (SELECT count(*) FROM act_line l WHERE l.act_id = a.id) AS line_count
        FROM act a
        LEFT JOIN institution i ON i.id = a.recipient_institution_id
        LEFT JOIN programme p ON p.id = a.programme_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY a.act_date IS NULL, a.act_date, a.number IS NULL, a.number, a.id"""
    rows = _fetch(db, sql, params)
    for row in rows:
        row["usd_minor"] = _usd(row["total_minor"], row)
        del row["rate_micro"], row["rate_scale"]
    return rows


# --- drafts ---------------------------------------------------------------------------------------

def _check_header_refs(db: sqlite_utils.Database, values: Mapping[str, Any], current: Mapping[str, Any] | None = None) -> list[Problem]:
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
    columns = {k: v for k, v in clean.items() if k not in ("rate", "nb_rate")}
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
        columns.update(rate_micro=None, rate_scale=1, rate_type=None, rate_source="", rate_date=None,
                       rate_entered_by=None, rate_entered_at=None,
                       nb_rate_micro=None, nb_rate_scale=1, nb_rate_source="", nb_rate_date=None)
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
        "transferor_title_en": s["default_signatory_title_en"],
        "transferor_title_ru": s["default_signatory_title_ru"],
        "transferor_authority_en": s["default_signatory_authority_en"],
        "transferor_authority_ru": s["default_signatory_authority_ru"],
    }


def create_draft(
    *, db: sqlite_utils.Database, data: Mapping[str, Any] | None = None, user: str | None = None, uuid: str | None = None
) -> int:
    """A new draft act; fields not given come from the office settings. Returns its id."""
    user = user or current_user()
    values = _defaults_from_settings(db)
    values.update(data or {})
    clean, problems = clean_record(HEADER_FIELDS, values)
    problems += _check_header_refs(db, clean)
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


def _require_draft(row: Mapping[str, Any]) -> None:
    if row["status"] != "draft":
        raise RefusedError(
            "act {number} is {status}; only a draft can be edited", number=row["number"] or row["id"], status=row["status"]
        )


def update_draft(*, db: sqlite_utils.Database, act_id: int, changes: Mapping[str, Any], user: str | None = None) -> dict[str, Any]:
    """Change header fields of a draft; returns ``{field: [old, new]}`` of what changed."""
    user = user or current_user()
    row = get_act_row(db=db, act_id=act_id)
    _require_draft(row)
    clean, problems = clean_record(HEADER_FIELDS, changes, partial=True)
    problems += _check_header_refs(db, clean, row)
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
    _require_draft(act)
    problems: list[Problem] = []
    planned: list[tuple[int, int, int, int | None]] = []  # item_id, quantity, unit value, existing line id
    existing = {line["item_id"]: line for line in act_lines(db=db, act_id=act_id)}
    seen: dict[int, int] = {}
    for index, spec in enumerate(lines):
        where = f"lines[{index}]"
        item_id = spec.get("item_id")
        rows = _fetch(db, "SELECT * FROM item_stock WHERE id = ?", [item_id]) if isinstance(item_id, int) else []
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


def update_line(
    *, db: sqlite_utils.Database, line_id: int, quantity: int | None = None, unit_value_minor: int | None = None, user: str | None = None
) -> None:
    rows = _fetch(db, "SELECT l.*, a.status, a.uuid AS act_uuid FROM act_line l JOIN act a ON a.id = l.act_id WHERE l.id = ?", [line_id])
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


def remove_lines(*, db: sqlite_utils.Database, act_id: int, line_ids: list[int], user: str | None = None) -> None:
    """Remove lines from a draft and number the rest 1, 2, 3 … again."""
    act = get_act_row(db=db, act_id=act_id)
    _require_draft(act)
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


# --- finalizing -------------------------------------------------------------------------------------

def finalize_problems(*, db: sqlite_utils.Database, act_id: int) -> list[Problem]:
    """What keeps a draft from being finalized (empty when it is ready)."""
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] != "draft":
        return [Problem("act is already {status}", params={"status": row["status"]}, field="status")]
    problems = []
    lines = act_lines(db=db, act_id=act_id)
    required = (
        ("act_date", "the date is missing"),
        ("recipient_institution_id", "the recipient institution is missing"),
        ("recipient_signatory_id", "the recipient's signatory is missing"),
        ("programme_id", "the programme is missing"),
    )
    for column, message in required:
        if row[column] is None:
            problems.append(Problem(message, field=column))
    if not (row["transferor_name"] or "").strip():
        problems.append(Problem("the donor-side signatory is missing", field="transferor_name"))
    if row["currency"] != "USD" and row["rate_micro"] is None:
        problems.append(Problem("an exchange rate to USD is required for an act in {currency}", params={"currency": row["currency"]}, field="rate"))
    if not lines:
        problems.append(Problem("the act has no lines; add at least one item", field="lines"))
    problems += _check_header_refs(db, {}, row)
    problems += _date_problems(row)
    problems += _language_problems(db, row)
    if lines and not any(line["quantity"] * line["unit_value_minor"] for line in lines):
        problems.append(Problem("the act's total is 0; enter the value of the items", field="lines"))
    for line in lines:
        stock = _fetch(db, "SELECT available, written_off, name FROM item_stock WHERE id = ?", [line["item_id"]])[0]
        if stock["written_off"]:
            problems.append(Problem("line {line_no}: '{name}' has been written off", params={"line_no": line["line_no"], "name": stock["name"]}, field="lines"))
        elif line["quantity"] > stock["available"]:
            problems.append(
                Problem(
                    "line {line_no}: {quantity} of '{name}' asked for but only {left} is still available",
                    params={"line_no": line["line_no"], "quantity": line["quantity"], "name": stock["name"], "left": stock["available"]},
                    field="lines",
                )
            )
    return problems


MAX_DAYS_AHEAD = 30
RECORD_LANGUAGE = {"en": "en", "ru": "ru", "kk": "ru", "tg": "ru"}
"""The language of the stored text each printed language uses (Kazakh and Tajik acts print recorded Russian texts)."""


def _date_problems(row: Mapping[str, Any]) -> list[Problem]:
    problems = []
    act_date = row["act_date"]
    if act_date and act_date > (date.today() + timedelta(days=MAX_DAYS_AHEAD)).isoformat():
        problems.append(Problem("the act's date {date} is more than {days} days ahead; check the year",
                                params={"date": act_date, "days": MAX_DAYS_AHEAD}, field="act_date"))
    late_rate = {
        "rate": Problem("the exchange rate takes effect on {effective}, after the act's date {date}; use the rate in effect on the act's date"),
        "nb_rate": Problem("the national bank rate takes effect on {effective}, after the act's date {date}; use the rate in effect on the act's date"),
    }
    for prefix, template in late_rate.items():
        effective = row[f"{prefix}_date"]
        if act_date and effective and row[f"{prefix}_micro"] is not None and effective > act_date:
            problems.append(Problem(template.message, params={"effective": effective, "date": act_date}, field=f"{prefix}_date"))
    return problems


_MISSING_TEXT = {
    ("place", "en"): Problem("the English text of the place is missing"),
    ("place", "ru"): Problem("the Russian text of the place is missing"),
    ("transferor_org", "en"): Problem("the English name of the transferring organisation is missing"),
    ("transferor_org", "ru"): Problem("the Russian name of the transferring organisation is missing"),
    ("transferor_title", "en"): Problem("the English title of the donor-side signatory is missing"),
    ("transferor_title", "ru"): Problem("the Russian title of the donor-side signatory is missing"),
    ("transferor_authority", "en"): Problem("the English text of the donor-side signatory's authority is missing"),
    ("transferor_authority", "ru"): Problem("the Russian text of the donor-side signatory's authority is missing"),
    ("name", "en"): Problem("the English name of the recipient institution is missing"),
    ("name", "ru"): Problem("the Russian name of the recipient institution is missing"),
    ("title", "en"): Problem("the English title of the recipient's signatory is missing"),
    ("title", "ru"): Problem("the Russian title of the recipient's signatory is missing"),
    ("authority", "en"): Problem("the English text of the recipient signatory's authority is missing"),
    ("authority", "ru"): Problem("the Russian text of the recipient signatory's authority is missing"),
}
"""Literal messages (each translatable as it stands) for a text the act prints but one language lacks."""


def _language_problems(db: sqlite_utils.Database, row: Mapping[str, Any]) -> list[Problem]:
    """Every text the act prints must exist in each of its languages (names of people print as recorded).

    Kazakh and Tajik acts print the recorded Russian texts.  An authority
    ("acting under …") is optional, but once given in one language it is
    needed in the other.
    """
    languages = sorted({RECORD_LANGUAGE[code] for code in row["languages"].split(",")})
    institution = _fetch(db, "SELECT * FROM institution WHERE id = ?", [row["recipient_institution_id"]]) if row["recipient_institution_id"] else []
    signatory = _fetch(db, "SELECT * FROM signatory WHERE id = ?", [row["recipient_signatory_id"]]) if row["recipient_signatory_id"] else []
    # (record, column prefix, field named in the problem, optional)
    texts: list[tuple[Mapping[str, Any], str, str, bool]] = [
        (row, "place", "place", False),
        (row, "transferor_org", "transferor_org", False),
        (row, "transferor_title", "transferor_title", False),
        (row, "transferor_authority", "transferor_authority", True),
    ]
    if institution:
        texts.append((institution[0], "name", "recipient_institution_id", False))
    if signatory:
        texts.append((signatory[0], "title", "recipient_signatory_id", False))
        texts.append((signatory[0], "authority", "recipient_signatory_id", True))
    problems = []
    for source, prefix, field, optional in texts:
        present = [lang for lang in languages if (source.get(f"{prefix}_{lang}") or "").strip()]
        if optional and not present:
            continue
        for lang in languages:
            if lang not in present:
                template = _MISSING_TEXT[(prefix, lang)]
                problems.append(Problem(template.message, field=f"{field}_{lang}" if source is row else field))
    return problems


def _act_year(row: Mapping[str, Any]) -> int:
    return int(str(row["act_date"])[:4])


def next_number(*, db: sqlite_utils.Database, act_id: int) -> str:
    """The number finalizing this draft would assign now (for the confirmation)."""
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] != "draft":
        return row["number"]
    if row["act_date"] is None:
        raise RefusedError("the act has no date yet, so its number is not known")
    office = settings_store.get_setting(db=db, key="office_code")
    number, _series, _seq = _allocate_number(db, office, _act_year(row))
    return number


def _allocate_number(db: sqlite_utils.Database, office: str, year: int) -> tuple[str, str, int]:
    pattern = settings_store.get_setting(db=db, key="number_pattern")
    series = f"{office}-{year}"
    seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM act WHERE series = ?", [series]).fetchone()[0]
    number = pattern.format(office=office, year=year, seq=seq)
    if db.execute("SELECT 1 FROM act WHERE number = ?", [number]).fetchone() is not None:
        raise RefusedError("act number {number} is already taken; check the office code and number pattern in Settings", number=number)
    return number, series, seq


def finalize_act(*, db: sqlite_utils.Database, act_id: int, user: str | None = None) -> dict[str, Any]:
    """Check, number, snapshot and hash a draft; returns ``{"number", "content_hash"}``.

    Runs in one ``BEGIN IMMEDIATE`` transaction, so two programs finalizing
    at once still get consecutive numbers.
    """
    user = user or current_user()
    with write_transaction(db):
        problems = finalize_problems(db=db, act_id=act_id)
        if problems:
            raise InputError(problems, message="the act cannot be finalized yet")
        row = get_act_row(db=db, act_id=act_id)
        office = settings_store.get_setting(db=db, key="office_code")
        number, series, seq = _allocate_number(db, office, _act_year(row))
        previous = db.execute(
            "SELECT content_hash, chain_pos FROM act WHERE office_code = ? AND chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1",
            [office],
        ).fetchone()
        previous_hash, chain_pos = (previous[0], previous[1] + 1) if previous else (GENESIS_HASH, 1)
        for line in act_lines(db=db, act_id=act_id):
            db.execute(
                "UPDATE act_line SET item_name = ?, item_model = ?, serial_number = ?, inventory_number = ?, unit = ? WHERE id = ?",
                [line["live_name"], line["live_model"], line["live_serial"], line["live_inventory"], line["live_unit"], line["id"]],
            )
        row.update(number=number, office_code=office, previous_hash=previous_hash)
        content = _live_content(db, row, act_lines(db=db, act_id=act_id))
        if row["currency"] != "USD" and content["totals"]["usd_minor"] is None:
            raise InputError(Problem("an exchange rate to USD is required", field="rate"))
        text = canonical_json(content)
        content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
        now = utc_now()
        db.execute(
            """UPDATE act SET status = 'finalized', number = ?, office_code = ?, series = ?, seq = ?, chain_pos = ?,
                   content_json = ?, content_hash = ?, previous_hash = ?, finalized_at = ?, finalized_by = ?, updated_at = ?
               WHERE id = ? AND status = 'draft'""",
            [number, office, series, seq, chain_pos, text, content_hash, previous_hash, now, user, now, act_id],
        )
        record_change(db, action="finalize", table="act", record_uuid=row["uuid"], record_id=act_id,
                      changes={"number": number, "content_hash": content_hash}, user=user)
    return {"number": number, "content_hash": content_hash}


# --- after finalizing: signed, void -----------------------------------------------------------

def sign_act(
    *,
    db: sqlite_utils.Database,
    act_id: int,
    signed_date: Any,
    scan_path: str | Path | None = None,
    scan: tuple[str, bytes] | None = None,
    user: str | None = None,
    scan_uuid: str | None = None,
) -> dict[str, Any]:
    """Record that the act came back signed and stamped, with its scan (PDF, JPG or PNG).

    The signing date may not be before the act's date nor in the future.
    """
    user = user or current_user()
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] != "finalized":
        if row["status"] == "draft":
            raise RefusedError("act {ref} is a draft; finalize it before recording it as signed", ref=row["id"])
        raise RefusedError("act {number} is already {status}", number=row["number"], status=row["status"])
    try:
        signed = parse_date(signed_date)
    except FieldError as error:
        raise InputError(Problem(error.message, field="date", value=signed_date)) from error
    if signed < row["act_date"]:
        raise InputError(Problem("the signing date {date} is before the act's date {act_date}", params={"date": signed, "act_date": row["act_date"]}, field="date", value=signed_date))
    if signed > date.today().isoformat():
        raise InputError(Problem("the signing date {date} is in the future", params={"date": signed}, field="date", value=signed_date))
    if scan_path is not None:
        scan = _read_scan(scan_path)
    with write_transaction(db):
        scan_id = None
        if scan is not None:
            scan_id = _insert_attachment(db, act_id=act_id, item_id=None, kind="signed_scan", filename=scan[0], data=scan[1],
                                         user=user, uuid=scan_uuid)
        now = utc_now()
        db.execute(
            "UPDATE act SET status = 'signed', signed_date = ?, signed_at = ?, signed_by = ?, signed_scan_id = ?, updated_at = ? WHERE id = ?",
            [signed, now, user, scan_id, now, act_id],
        )
        record_change(db, action="sign", table="act", record_uuid=row["uuid"], record_id=act_id,
                      changes={"signed_date": signed, "scan": scan[0] if scan else None}, user=user)
    return {"number": row["number"], "signed_date": signed, "scan_id": scan_id}


def attach_signed_scan(*, db: sqlite_utils.Database, act_id: int, scan_path: str | Path, user: str | None = None) -> int:
    """Attach the signed scan to an act recorded as signed without one."""
    user = user or current_user()
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] != "signed":
        raise RefusedError("only a signed act takes its signed scan; record it as signed first")
    if row["signed_scan_id"] is not None:
        raise RefusedError("act {number} already has its signed scan", number=row["number"])
    filename, data = _read_scan(scan_path)
    with write_transaction(db):
        scan_id = _insert_attachment(db, act_id=act_id, item_id=None, kind="signed_scan", filename=filename, data=data, user=user)
        db.execute("UPDATE act SET signed_scan_id = ?, updated_at = ? WHERE id = ?", [scan_id, utc_now(), act_id])
        record_change(db, action="attach_scan", table="act", record_uuid=row["uuid"], record_id=act_id, changes={"scan": filename}, user=user)
    return scan_id


def void_act(*, db: sqlite_utils.Database, act_id: int, reason: str, user: str | None = None) -> dict[str, Any]:
    """Void a finalized or signed act: kept and listed, its number never reused."""
    user = user or current_user()
    reason = (reason or "").strip()
    if not reason:
        raise InputError(Problem("a reason is required to void an act", field="reason"))
    if len(reason) > 2000:
        raise InputError(Problem("is too long ({length} characters); at most {limit}", params={"length": len(reason), "limit": 2000}, field="reason"))
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] == "draft":
        raise RefusedError("a draft has no number to void; delete the draft instead")
    if row["status"] == "void":
        raise RefusedError("act {number} is already void", number=row["number"])
    with write_transaction(db):
        now = utc_now()
        db.execute("UPDATE act SET status = 'void', void_reason = ?, voided_at = ?, voided_by = ?, updated_at = ? WHERE id = ?",
                   [reason, now, user, now, act_id])
        record_change(db, action="void", table="act", record_uuid=row["uuid"], record_id=act_id, changes={"reason": reason}, user=user)
    return {"number": row["number"], "reason": reason}


# --- attachments -------------------------------------------------------------------------------

def _read_scan(path: str | Path) -> tuple[str, bytes]:
    path = Path(path)
    if not path.is_file():
        raise InputError(Problem("the file does not exist", field="scan", value=str(path)))
    if path.suffix.lower() not in ATTACHMENT_TYPES:
        raise InputError(Problem("must be a PDF, JPG or PNG file", field="scan", value=path.name))
    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise InputError(Problem("is too large ({size} MB); at most 50 MB", params={"size": size // (1024 * 1024)}, field="scan", value=path.name))
    data = path.read_bytes()
    _check_file_type(path.name, data)
    return path.name, data


_MAGIC = {".pdf": (b"%PDF-",), ".png": (b"\x89PNG\r\n\x1a\n",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",)}


def _check_file_type(filename: str, data: bytes) -> None:
    suffix = Path(filename).suffix.lower()
    expected = _MAGIC.get(suffix)
    if expected and not any(data.startswith(m) for m in expected):
        raise InputError(Problem("is not a {kind} file, whatever its name says", params={"kind": suffix.lstrip(".").upper()}, field="scan", value=filename))


def _insert_attachment(db: sqlite_utils.Database, *, act_id: int | None, item_id: int | None, kind: str, filename: str, data: bytes, user: str,
                       uuid: str | None = None) -> int:
    suffix = Path(filename).suffix.lower()
    mime = ATTACHMENT_TYPES.get(suffix) or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    cursor = db.execute(
        """INSERT INTO attachment (uuid, act_id, item_id, kind, filename, mime_type, size, sha256, data, added_by, added_at)
           VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
        [uuid or new_uuid(), act_id, item_id, kind, Path(filename).name, mime, len(data), hashlib.sha256(data).hexdigest(), data, user, utc_now()],
    )
    return int(cursor.lastrowid)


def add_attachment(
    *, db: sqlite_utils.Database, path: str | Path, act_id: int | None = None, item_id: int | None = None,
    kind: str = "photo", user: str | None = None,
) -> int:
    """Keep a photo, warranty or other file with an act or an item."""
    if (act_id is None) == (item_id is None):
        raise InputError(Problem("an attachment belongs to exactly one act or one item", field="attachment"))
    if kind not in ("photo", "warranty", "other"):
        raise InputError(Problem("must be photo, warranty or other", field="kind", value=kind))
    filename, data = _read_scan(path)
    user = user or current_user()
    with write_transaction(db):
        attachment_id = _insert_attachment(db, act_id=act_id, item_id=item_id, kind=kind, filename=filename, data=data, user=user)
        record_change(db, action="attach", table="act" if act_id else "item", record_uuid=None, record_id=act_id or item_id,
                      changes={"filename": filename, "kind": kind}, user=user)
    return attachment_id


def list_attachments(*, db: sqlite_utils.Database, act_id: int | None = None, item_id: int | None = None) -> list[dict[str, Any]]:
    column, value = ("act_id", act_id) if act_id is not None else ("item_id", item_id)
    return _fetch(db, f"SELECT id, uuid, kind, filename, mime_type, size, sha256, added_by, added_at FROM attachment WHERE {column} = ? ORDER BY id", [value])


def attachment_data(*, db: sqlite_utils.Database, attachment_id: int) -> tuple[str, bytes]:
    row = db.execute("SELECT filename, data FROM attachment WHERE id = ?", [attachment_id]).fetchone()
    if row is None:
        raise NotFoundError("no attachment with id {id}", id=attachment_id)
    return row[0], bytes(row[1])


# --- verification -------------------------------------------------------------------------------

def verify_act(*, db: sqlite_utils.Database, act_id: int) -> list[Problem]:
    """What is wrong with a finalized act's stored content (empty when it verifies).

    The frozen content must hash to ``content_hash``; and the act's own
    columns and lines (what the triggers guard) must still say what the
    frozen content says.  Each failure is a message template with its values
    (``str()`` gives the English), so the window can translate it.
    """
    row = get_act_row(db=db, act_id=act_id)
    if row["status"] == "draft":
        return []
    failures: list[Problem] = []
    text = row["content_json"] or ""
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != row["content_hash"]:
        failures.append(Problem("its content does not match its hash"))
    try:
        content = json.loads(text)
    except ValueError:
        return [*failures, Problem("its stored content is not readable")]
    if canonical_json(content) != text:
        failures.append(Problem("its stored content is not in canonical form"))
    lines = act_lines(db=db, act_id=act_id)
    live = _live_content(db, row, lines)
    for key in ("uuid", "number", "office_code", "date", "currency", "rate", "national_rate", "previous_hash", "languages", "transfer_type"):
        expected = live.get(key)
        if key == "rate" and expected:
            expected = {k: v for k, v in expected.items() if k not in ("entered_by", "entered_at")}
        if content.get(key) != expected:
            failures.append(Problem("its {field} differs from the signed content", params={"field": key}))
    if content.get("lines") != live["lines"]:
        failures.append(Problem("its lines differ from the signed content"))
    if content.get("totals") != live["totals"]:
        failures.append(Problem("its totals differ from the signed content"))
    return failures



def verify_chains(*, db: sqlite_utils.Database) -> list[tuple[str, Problem]]:
    """Every finalized act's links: ``[(number, what is wrong)]``, each a message template with its values."""
    failures: list[tuple[str, Problem]] = []
    offices = [r[0] for r in db.execute("SELECT DISTINCT office_code FROM act WHERE chain_pos IS NOT NULL ORDER BY office_code")]
    for office in offices:
        expected_previous, expected_pos = GENESIS_HASH, 1
        for number, pos, previous, content_hash in db.execute(
            "SELECT number, chain_pos, previous_hash, content_hash FROM act WHERE office_code = ? AND chain_pos IS NOT NULL ORDER BY chain_pos",
            [office],
        ).fetchall():
            if pos != expected_pos:
                failures.append((number, Problem("the chain of office {office} skips from position {after} to {position} (an act is missing)",
                                                 params={"office": office, "after": expected_pos - 1, "position": pos})))
            if previous != expected_previous:
                failures.append((number, Problem("its link to the previous act is broken (previous hash differs)")))
            expected_previous, expected_pos = content_hash, pos + 1
    return failures


# --- import from the JSON form -------------------------------------------------------------------

JSON_PATHS = {
    "act_date": "date", "place_en": "place.en", "place_ru": "place.ru", "goods_en": "goods.en", "goods_ru": "goods.ru",
    "basis_en": "basis.en", "basis_ru": "basis.ru", "transferor_org_en": "transferor.organisation.en",
    "transferor_org_ru": "transferor.organisation.ru", "transferor_name": "transferor.signatory.name",
    "transferor_title_en": "transferor.signatory.title.en", "transferor_title_ru": "transferor.signatory.title.ru",
    "transferor_authority_en": "transferor.signatory.authority.en", "transferor_authority_ru": "transferor.signatory.authority.ru",
    "rate": "rate.value", "rate_scale": "rate.scale", "rate_type": "rate.type", "rate_source": "rate.source",
    "rate_date": "rate.effective_date", "nb_rate": "national_rate.value", "nb_rate_scale": "national_rate.scale",
    "nb_rate_source": "national_rate.source", "nb_rate_date": "national_rate.effective_date",
}
"""Where each header field lives in the JSON form, for messages about an imported act."""


def _text_of(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return str(value.get(lang) or "")
    return "" if value is None else str(value)


def draft_from_document(*, db: sqlite_utils.Database, document: Mapping[str, Any], source: str = "", user: str | None = None) -> int:
    """Create a draft from an act in the JSON form; every problem is reported with its JSON path."""
    if not isinstance(document, Mapping):
        raise InputError(Problem("must be an act (a JSON object)", source=source))
    problems: list[Problem] = []

    def problem(message: str, path: str, value: Any = None, **params: Any) -> None:
        problems.append(Problem(message, params=params, field=path, source=source, value=value))

    header: dict[str, Any] = {}
    header["act_date"] = document.get("date")
    for key in ("place", "goods", "basis"):
        value = document.get(key)
        if value is not None and not isinstance(value, (dict, str)):
            problem("must be an object with en and ru texts", key, value)
            continue
        header[f"{key}_en"] = _text_of(value, "en")
        header[f"{key}_ru"] = _text_of(value, "ru")
    if document.get("country"):
        header["country"] = document["country"]
    languages = document.get("languages")
    if languages is not None:
        header["languages"] = ",".join(languages) if isinstance(languages, list) else languages
    for key in ("transfer_type", "currency"):
        if document.get(key) is not None:
            header[key] = document[key]
    transferor = document.get("transferor") or {}
    if not isinstance(transferor, Mapping):
        problem("must be an object", "transferor", transferor)
        transferor = {}
    organisation = transferor.get("organisation")
    if organisation:
        header["transferor_org_en"] = _text_of(organisation, "en")
        header["transferor_org_ru"] = _text_of(organisation, "ru")
    signatory = transferor.get("signatory") or {}
    if isinstance(signatory, Mapping) and signatory.get("name"):
        header["transferor_name"] = signatory.get("name")
        for part in ("title", "authority"):
            header[f"transferor_{part}_en"] = _text_of(signatory.get(part), "en")
            header[f"transferor_{part}_ru"] = _text_of(signatory.get(part), "ru")
    rate = document.get("rate")
    if isinstance(rate, Mapping):
        header.update(rate=rate.get("value"), rate_scale=rate.get("scale", 1), rate_type=rate.get("type"),
                      rate_source=rate.get("source"), rate_date=rate.get("effective_date"))
    elif rate is not None:
        problem("must be an object with value, scale, type, source and effective_date", "rate", rate)
    national = document.get("national_rate")
    if isinstance(national, Mapping):
        header.update(nb_rate=national.get("value"), nb_rate_scale=national.get("scale", 1),
                      nb_rate_source=national.get("source"), nb_rate_date=national.get("effective_date"))
    recipient = document.get("recipient") or {}
    if isinstance(recipient, Mapping) and (recipient.get("institution_uuid") or recipient.get("organisation")):
        inst_id = None
        for ref in (recipient.get("institution_uuid"), _text_of(recipient.get("organisation"), "en"), _text_of(recipient.get("organisation"), "ru")):
            if ref:
                try:
                    inst_id = find_id(db=db, kind=INSTITUTION, ref=ref)
                    break
                except NotFoundError:
                    continue
        if inst_id is None:
            problem("no such institution is recorded; add it first", "recipient.organisation", _text_of(recipient.get("organisation"), "en") or recipient.get("institution_uuid"))
        else:
            header["recipient_institution_id"] = inst_id
            sig = recipient.get("signatory") or {}
            if isinstance(sig, Mapping) and (sig.get("uuid") or sig.get("name")):
                found = db.execute(
                    "SELECT id FROM signatory WHERE institution_id = ? AND (uuid = ? OR full_name = ?) ORDER BY active DESC, id LIMIT 1",
                    [inst_id, sig.get("uuid"), sig.get("name")],
                ).fetchone()
                if found is None:
                    problem("is not a recorded signatory of {institution}", "recipient.signatory.name", sig.get("name"), institution=_text_of(recipient.get("organisation"), "en"))
                else:
                    header["recipient_signatory_id"] = found[0]
    programme = document.get("programme")
    if isinstance(programme, Mapping) and programme.get("code"):
        row = db.execute("SELECT id FROM programme WHERE code = ? COLLATE NOCASE", [str(programme["code"])]).fetchone()
        if row is None:
            problem("no programme with this code is recorded", "programme.code", programme.get("code"))
        else:
            header["programme_id"] = row[0]
    header = {k: v for k, v in header.items() if v is not None}
    _clean, header_problems = clean_record(HEADER_FIELDS, header, partial=True, source=source)
    problems += [Problem(p.message, p.params, JSON_PATHS.get(p.field or "", p.field), p.row, p.source, p.value) for p in header_problems]
    lines_in = document.get("lines") or []
    if not isinstance(lines_in, list):
        problem("must be a list of lines", "lines", lines_in)
        lines_in = []
    line_specs: list[dict[str, Any]] = []
    for index, line in enumerate(lines_in):
        path = f"lines[{index}]"
        if not isinstance(line, Mapping):
            problem("must be an object", path, line)
            continue
        item_id = None
        for key in ("item_uuid", "serial_number", "inventory_number"):
            ref = line.get(key)
            if ref:
                try:
                    item_id = find_id(db=db, kind=ITEM, ref=ref)
                    break
                except NotFoundError:
                    continue
        if item_id is None:
            problem("matches no recorded item (by item_uuid, serial_number or inventory_number)", f"{path}.serial_number", line.get("serial_number") or line.get("item_uuid"))
            continue
        line_specs.append({"item_id": item_id, "quantity": line.get("quantity"), "unit_value_minor": line.get("unit_value_minor")})
    if problems:
        raise InputError(problems)
    with write_transaction(db):
        act_id = create_draft(db=db, data=header, user=user)
        if line_specs:
            try:
                add_lines(db=db, act_id=act_id, lines=line_specs, user=user)
            except InputError as error:
                raise InputError([Problem(p.message, p.params, p.field, p.row, source, p.value) for p in error.problems]) from error
    return act_id
