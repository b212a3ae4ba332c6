"""Reference records: donors, programmes, institutions with their signatories, items.

Every function takes the database as the keyword argument ``db``, checks its
input completely before writing (raising :class:`InputError` with every
problem), writes in one transaction with an audit entry, and returns the
record as it now is.
"""

from __future__ import annotations

import sqlite3
import uuid as uuid_module
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from equipment_desk.core import languages as printed
from equipment_desk.core.errors import InputError, NotFoundError, Problem, RefusedError
from equipment_desk.core.validation import Field, clean_record, normalize_identifier
from equipment_desk.store.audit import diff, record_change
from equipment_desk.store.changes import changes
from equipment_desk.store.database import utc_now, write_transaction
from equipment_desk.store.languages import (
    DISPLAY_NAMES,
    TEXT_LENGTHS,
    column,
    fill_languages,
    name_script_problems,
    remember_pair,
    respell_national,
)

ITEM_CATEGORIES = ("computers", "medical", "endoscopes", "office", "vehicles", "other")
ITEM_CONDITIONS = ("new", "good", "fair", "poor", "broken")
INSTITUTION_KINDS = ("customs", "prosecutor", "police", "health", "drug_control", "ministry", "other")
ITEM_STATUSES = ("in_stock", "partly_handed_over", "handed_over", "written_off")


def national_fields(table: str) -> tuple[Field, ...]:
    """The texts of ``table`` in each national language (optional; the act needs those of its languages)."""
    return tuple(Field(column(prefix, code), max_length=length) for prefix, length in TEXT_LENGTHS[table].items()
                 for code in printed.NATIONAL)


@dataclass(frozen=True)
class Kind:
    """A kind of record: its table and fields."""

    table: str
    label: str
    fields: tuple[Field, ...]

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)


DONOR = Kind(
    "donor",
    "donor",
    (
        Field("name_en", required=True),
        Field("name_ru"),
        Field("short_name", max_length=50),
        Field("country", max_length=100),
        Field("notes", max_length=4000),
        *national_fields("donor"),
    ),
)
PROGRAMME = Kind(
    "programme",
    "programme",
    (
        Field("code", "identifier", required=True, max_length=50),
        Field("name_en", required=True),
        Field("name_ru"),
        Field("sub_programme", max_length=200),
        Field("notes", max_length=4000),
        *national_fields("programme"),
    ),
)
INSTITUTION = Kind(
    "institution",
    "institution",
    (
        Field("name_en"),
        Field("name_ru"),
        Field("country", kind="country", required=True),
        Field("city_en", max_length=100),
        Field("city_ru", max_length=100),
        Field("region", max_length=100),
        Field("kind", kind="choice", choices=INSTITUTION_KINDS, default="other"),
        Field("address", max_length=500),
        Field("phone", max_length=100),
        Field("email", max_length=200),
        Field("contact_person", max_length=200),
        Field("notes", max_length=4000),
        *national_fields("institution"),
    ),
)
SIGNATORY = Kind(
    "signatory",
    "signatory",
    (
        Field("full_name", max_length=200),
        Field("name_ru", max_length=200),
        Field("name_en", max_length=200),
        Field("gender", kind="choice", choices=("m", "f", ""), default=""),
        Field("title_en"),
        Field("title_ru"),
        Field("name_ru_genitive", max_length=200),
        Field("title_ru_genitive"),
        Field("authority_en"),
        Field("authority_ru"),
        Field("active", kind="bool", default=True),
        *national_fields("signatory"),
    ),
)
ITEM = Kind(
    "item",
    "item",
    (
        Field("category", kind="choice", choices=ITEM_CATEGORIES, required=True),
        Field("name", max_length=2000),
        Field("name_ru", max_length=2000),
        Field("name_en", max_length=2000),
        Field("model", max_length=500),
        Field("serial_number", "identifier", max_length=500, nullable=True),
        Field("inventory_number", "identifier", max_length=200, nullable=True),
        Field("unit", kind="unit", default="pcs"),
        Field("quantity", kind="int", required=True),
        Field("unit_value_minor", kind="minor", required=True),
        Field("currency", kind="currency", required=True),
        Field("acquisition_date", kind="date"),
        Field("condition", kind="choice", choices=ITEM_CONDITIONS, default="new"),
        Field("programme_id", kind="ref"),
        Field("notes", max_length=4000),
        *national_fields("item"),
    ),
)
KINDS = {k.table: k for k in (DONOR, PROGRAMME, INSTITUTION, SIGNATORY, ITEM)}
WRITE_OFF_FIELDS = (Field("written_off", kind="bool", default=False), Field("written_off_reason", max_length=1000))
"""An item's write-off as a list file gives it with a new item (:func:`write_off` writes off an item recorded already)."""


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def ordered_uuids(count: int) -> list[str]:
    """``count`` new UUIDs in the time-ordered layout of RFC 9562's version 7 (the time in milliseconds, then 74 random
    bits), in ascending order.  Records written many at a time with them go in at the end of the indexes on ``uuid``
    (the table's own and the audit log's) instead of at a random place each: with random UUIDs, an import wrote a
    page of each of those indexes for nearly every row on a large register."""
    import os
    import time

    millis = (time.time_ns() // 1_000_000) & ((1 << 48) - 1)
    random = os.urandom(10 * count)
    tails = sorted(int.from_bytes(random[10 * n:10 * n + 10], "big") >> 6 for n in range(count))  # 74 bits each
    out = []
    for tail in tails:
        value = (millis << 80) | (0x7 << 76) | ((tail >> 62) << 64) | (0b10 << 62) | (tail & ((1 << 62) - 1))
        text = f"{value:032x}"
        out.append(f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
    return out


def get(*, db: sqlite_utils.Database, kind: Kind, record_id: int) -> dict[str, Any]:
    row = db.execute(f"SELECT * FROM {kind.table} WHERE id = ?", [record_id]).fetchone()
    if row is None:
        raise NotFoundError("no {label} with id {id}", label=kind.label, id=record_id)
    return dict(zip([d[0] for d in db.execute(f"SELECT * FROM {kind.table} LIMIT 0").description], row))


def _row(db: sqlite_utils.Database, sql: str, params: Iterable[Any]) -> dict[str, Any] | None:
    cursor = db.execute(sql, list(params))
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([d[0] for d in cursor.description], row))


def find_id(*, db: sqlite_utils.Database, kind: Kind, ref: str | int) -> int:
    """A record's row id from its id, UUID, or (for programmes) code / (for items) serial or inventory number."""
    text = normalize_identifier(ref)
    candidates: list[tuple[str, list[Any]]] = [(f"SELECT id FROM {kind.table} WHERE uuid = ?", [text.lower()])]
    if text.isdigit():
        candidates.insert(0, (f"SELECT id FROM {kind.table} WHERE id = ?", [int(text)]))
    if kind is PROGRAMME:
        candidates.append(("SELECT id FROM programme WHERE code = ? COLLATE NOCASE", [text]))
    if kind is ITEM:
        candidates.append(("SELECT id FROM item WHERE serial_number = ? COLLATE NOCASE", [text]))
        candidates.append(("SELECT id FROM item WHERE inventory_number = ? COLLATE NOCASE", [text]))
    if kind in (INSTITUTION, DONOR):
        candidates.append((f"SELECT id FROM {kind.table} WHERE name_en = ? COLLATE NOCASE OR name_ru = ?", [text, text]))
    for sql, params in candidates:
        row = db.execute(sql, params).fetchone()
        if row is not None:
            return int(row[0])
    raise NotFoundError("no {label} '{ref}'", label=kind.label, ref=text)


UNIQUE_FIELDS = {"item": ("serial_number", "inventory_number"), "programme": ("code",)}
"""The fields no two records of a table may share (compared as the database's unique indexes do: ``COLLATE NOCASE``)."""
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def nocase_key(value: str) -> str:
    """``value`` as SQLite's ``NOCASE`` compares it: ASCII letters folded, every other character as it is."""
    return value.translate(_ASCII_LOWER)


class Lookups:
    """What :func:`validate` asks the database about new records, answered for many at once (an import's rows).

    :meth:`read_ahead` looks up which of a field's values are recorded already, a few hundred in one query, before
    the rows are checked; each programme is looked up once.  A value not read ahead is looked up when it comes,
    exactly as :func:`validate` does without this.  Good only for new records, within the caller's transaction.
    """

    CHUNK = 500

    def __init__(self, db: sqlite_utils.Database, kind: Kind) -> None:
        self.db, self.kind = db, kind
        self.taken: dict[str, dict[str, bool]] = {key: {} for key in UNIQUE_FIELDS.get(kind.table, ())}
        self.programmes: dict[int, bool] = {}

    def read_ahead(self, key: str, values: Iterable[str]) -> None:
        known = self.taken[key]
        wanted = list(dict.fromkeys(value for value in values if value and nocase_key(value) not in known))
        for first in range(0, len(wanted), self.CHUNK):
            chunk = wanted[first:first + self.CHUNK]
            found = {nocase_key(value) for (value,) in self.db.execute(
                f"SELECT {key} FROM {self.kind.table} WHERE {key} COLLATE NOCASE IN ({', '.join('?' for _ in chunk)})", chunk)}
            known.update((nocase_key(value), nocase_key(value) in found) for value in chunk)

    def is_taken(self, key: str, value: str) -> bool:
        folded = nocase_key(value)
        known = self.taken[key]
        if folded not in known:
            known[folded] = self.db.execute(f"SELECT 1 FROM {self.kind.table} WHERE {key} = ? COLLATE NOCASE",
                                            [value]).fetchone() is not None
        return known[folded]

    def programme_exists(self, programme_id: int) -> bool:
        if programme_id not in self.programmes:
            self.programmes[programme_id] = self.db.execute("SELECT 1 FROM programme WHERE id = ?", [programme_id]).fetchone() is not None
        return self.programmes[programme_id]


def _check_unique(db: sqlite_utils.Database, kind: Kind, clean: Mapping[str, Any], record_id: int | None,
                  lookups: Lookups | None = None) -> list[Problem]:
    problems = []
    for key in UNIQUE_FIELDS.get(kind.table, ()):
        value = clean.get(key)
        if value is None:
            continue
        if lookups is not None and record_id is None:
            taken = lookups.is_taken(key, value)
        else:
            taken = db.execute(f"SELECT id FROM {kind.table} WHERE {key} = ? COLLATE NOCASE AND id IS NOT ?", [value, record_id]).fetchone() is not None
        if taken:
            problems.append(
                Problem("another {label} already has this {what}", params={"label": kind.label, "what": key.replace("_", " ")}, field=key, value=value)
            )
    return problems


def _check_refs(db: sqlite_utils.Database, clean: Mapping[str, Any], lookups: Lookups | None = None) -> list[Problem]:
    problems = []
    programme_id = clean.get("programme_id")
    if programme_id is not None:
        exists = lookups.programme_exists(programme_id) if lookups is not None else \
            db.execute("SELECT 1 FROM programme WHERE id = ?", [programme_id]).fetchone() is not None
        if not exists:
            problems.append(Problem("refers to a programme that does not exist", field="programme_id", value=programme_id))
    return problems


def validate(
    *, db: sqlite_utils.Database, kind: Kind, data: Mapping[str, Any], record_id: int | None = None,
    partial: bool = False, row: int | None = None, source: str | None = None, lookups: Lookups | None = None,
) -> tuple[dict[str, Any], list[Problem]]:
    """Check ``data`` for a new (or, with ``record_id``, an existing) record, against the database too (through
    ``lookups`` when many new records are checked at once)."""
    data = _resolve_programme_code(db, dict(data))
    clean, problems = clean_record(kind.fields, data, partial=partial, row=row, source=source)
    clean = respell_national(clean)
    problems += _name_problems(kind, clean, data, record_id=record_id, partial=partial, row=row, source=source)
    problems += [Problem(p.message, p.params, p.field, row, source, p.value) for p in name_script_problems(kind.table, clean)]
    for problem in _check_unique(db, kind, clean, record_id, lookups) + _check_refs(db, clean, lookups):
        problems.append(Problem(problem.message, problem.params, problem.field, row, source, problem.value))
    return clean, problems


def _name_problems(kind: Kind, clean: Mapping[str, Any], data: Mapping[str, Any], *, record_id: int | None, partial: bool,
                   row: int | None, source: str | None) -> list[Problem]:
    """A person and an item need a name in at least one language (the one-column name counts as one), and so does
    an institution (any of its languages: an office printing in Russian and Kyrgyz may have no English name)."""
    if kind.table == "institution":
        names = [f.name for f in kind.fields if f.name.startswith("name_")]
        if partial and not any(key in data for key in names):
            return []
        if any((clean.get(key) or "").strip() for key in names):
            return []
        if partial and record_id is not None and not all(key in data for key in names):
            return []  # an update that blanks some languages keeps the others
        return [Problem("give the name in one language at least", field="name_en", row=row, source=source)]
    if kind.table not in DISPLAY_NAMES:
        return []
    column, prefix, _order = DISPLAY_NAMES[kind.table]
    keys = (column, f"{prefix}_ru", f"{prefix}_en")
    if partial and not any(key in data for key in keys):
        return []
    if any((clean.get(key) or "").strip() for key in keys):
        return []
    if partial and record_id is not None and not all(key in data for key in keys):
        # an update that blanks one language keeps the other
        return []
    return [Problem("is required", field=column, row=row, source=source)]


def _resolve_programme_code(db: sqlite_utils.Database, data: dict[str, Any]) -> dict[str, Any]:
    code = data.pop("programme_code", None)
    if code is not None and str(code).strip() and data.get("programme_id") is None:
        row = db.execute("SELECT id FROM programme WHERE code = ? COLLATE NOCASE", [str(code).strip()]).fetchone()
        data["programme_id"] = int(row[0]) if row else -1
    return data


def insert_many_checked(
    *, db: sqlite_utils.Database, kind: Kind, cleans: list[dict[str, Any]], user: str | None, now: str | None = None,
    action: str = "create", notes: list[dict[str, Any]] | None = None,
) -> list[int]:
    """:func:`insert_checked` for many records of one kind at once (an import): one statement for the rows, one for the audit log.

    Returns the new ids in the order of ``cleans``; the caller holds the transaction.
    """
    from equipment_desk.store.audit import record_changes

    if not cleans:
        return []
    now = now or utc_now()
    languages = kind.table in ("signatory", "item")
    values = [{**(fill_languages(kind.table, dict(clean)) if languages else clean), "uuid": uuid, "created_at": now, "updated_at": now}
              for clean, uuid in zip(cleans, ordered_uuids(len(cleans)))]
    for row in values:
        if "active" in row:
            row["active"] = int(row["active"])
        if kind is ITEM:
            remember_pair(db, row.get("name_ru", ""), row.get("name_en", ""))
    start = 0
    while start < len(values):
        columns = list(values[start])
        end = start
        while end < len(values) and list(values[end]) == columns:
            end += 1
        _insert_rows(db, kind.table, columns, [[row[c] for c in columns] for row in values[start:end]])
        start = end
    found: dict[str, int] = {}
    uuids = [row["uuid"] for row in values]
    for first in range(0, len(uuids), 500):
        chunk = uuids[first:first + 500]
        found.update(db.execute(f"SELECT uuid, id FROM {kind.table} WHERE uuid IN ({', '.join('?' for _ in chunk)})", chunk).fetchall())
    ids = [found[u] for u in uuids]
    record_changes(db, action=action, table=kind.table, user=user,
                   entries=[(u, i, {**((notes or [{}] * len(cleans))[n]), **cleans[n]}) for n, (u, i) in enumerate(zip(uuids, ids))])
    return ids


MANY_ROWS_PER_STATEMENT = 500
"""At most this many rows in one ``INSERT … VALUES (…), (…), …`` of :func:`insert_many_checked`."""


def _insert_rows(db: sqlite_utils.Database, table: str, columns: list[str], rows: list[list[Any]]) -> None:
    """Insert ``rows`` with a few statements of many rows each, never one statement per row.

    Each statement that fires the full-text triggers makes FTS5 write what it has gathered to disk when the statement
    ends (a statement's savepoint flushes its pending terms): one row per statement left one tiny index segment per
    row and merge work that grew with the index, about four fifths of an import's write on a large register.  The
    triggers, the constraints and the all-or-nothing transaction are the same either way."""
    conn = db.conn
    per_statement = max(1, min(MANY_ROWS_PER_STATEMENT, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(columns)))
    one_row = f"({', '.join('?' for _ in columns)})"
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    for first in range(0, len(rows), per_statement):
        chunk = rows[first:first + per_statement]
        conn.execute(head + ", ".join([one_row] * len(chunk)), [value for row in chunk for value in row])


@changes(by_kind=True)
def create(*, db: sqlite_utils.Database, kind: Kind, data: Mapping[str, Any], user: str | None = None, uuid: str | None = None) -> dict[str, Any]:
    """Insert one record after checking it; returns the stored row."""
    clean, problems = validate(db=db, kind=kind, data=data)
    if problems:
        raise InputError(problems)
    with write_transaction(db):
        return _insert(db, kind, clean, user=user, uuid=uuid)


def _insert(db: sqlite_utils.Database, kind: Kind, clean: dict[str, Any], *, user: str | None, uuid: str | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    record_id = insert_checked(db=db, kind=kind, clean=clean, user=user, uuid=uuid, extra=extra)
    return get(db=db, kind=kind, record_id=record_id)


def insert_checked(
    *, db: sqlite_utils.Database, kind: Kind, clean: dict[str, Any], user: str | None, uuid: str | None = None,
    extra: dict[str, Any] | None = None, now: str | None = None, action: str = "create", note: dict[str, Any] | None = None,
) -> int:
    """Insert one record whose values were checked already (:func:`validate`); the caller holds the transaction.

    ``extra`` adds columns that are not fields (a signatory's institution);
    the audit log records ``action`` with ``note`` and the values.  Returns the new row id.
    """
    now = now or utc_now()
    values = fill_languages(kind.table, dict(clean)) if kind.table in ("signatory", "item") else dict(clean)
    values.update(extra or {})
    values.update(uuid=uuid or new_uuid(), created_at=now, updated_at=now)
    if "active" in values:
        values["active"] = int(values["active"])
    columns = list(values)
    cursor = db.execute(
        f"INSERT INTO {kind.table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        [values[c] for c in columns],
    )
    record_id = int(cursor.lastrowid)
    if kind is ITEM:
        remember_pair(db, values.get("name_ru", ""), values.get("name_en", ""))
    record_change(db, action=action, table=kind.table, record_uuid=values["uuid"], record_id=record_id,
                  changes={**(note or {}), **clean}, user=user)
    return record_id


@changes(by_kind=True)
def update(*, db: sqlite_utils.Database, kind: Kind, record_id: int, changes: Mapping[str, Any], user: str | None = None) -> dict[str, Any]:
    """Change some fields of a record; returns the stored row."""
    old = get(db=db, kind=kind, record_id=record_id)
    clean, problems = validate(db=db, kind=kind, data=changes, record_id=record_id, partial=True)
    if problems:
        raise InputError(problems)
    if "active" in clean:
        clean["active"] = int(clean["active"])
    if kind.table in ("signatory", "item"):
        clean = fill_languages(kind.table, clean, old)
    changed = diff(old, clean)
    if not changed:
        return old
    if kind.table in DISPLAY_NAMES and not (clean.get(DISPLAY_NAMES[kind.table][0], old.get(DISPLAY_NAMES[kind.table][0])) or "").strip():
        raise InputError(Problem("is required", field=DISPLAY_NAMES[kind.table][0]))
    if kind is INSTITUTION and not any((clean.get(f.name, old.get(f.name)) or "").strip() for f in kind.fields if f.name.startswith("name_")):
        raise InputError(Problem("give the name in one language at least", field="name_en"))
    with write_transaction(db):
        if kind is ITEM and ("name_ru" in changed or "name_en" in changed):
            remember_pair(db, clean.get("name_ru", old.get("name_ru")), clean.get("name_en", old.get("name_en")))
        assignments = ", ".join(f"{c} = ?" for c in changed)
        db.execute(
            f"UPDATE {kind.table} SET {assignments}, updated_at = ? WHERE id = ?",
            [clean[c] for c in changed] + [utc_now(), record_id],
        )
        record_change(db, action="update", table=kind.table, record_uuid=old["uuid"], record_id=record_id, changes=changed, user=user)
    return get(db=db, kind=kind, record_id=record_id)


@changes(by_kind=True)
def delete(*, db: sqlite_utils.Database, kind: Kind, record_id: int, user: str | None = None) -> None:
    """Delete a record that nothing refers to (an item on an act, a programme with acts, … are refused)."""
    old = get(db=db, kind=kind, record_id=record_id)
    with write_transaction(db):
        try:
            db.execute(f"DELETE FROM {kind.table} WHERE id = ?", [record_id])
        except Exception as error:  # translated by write_transaction; give a clearer word here
            if "FOREIGN KEY" in str(error) or "still used" in str(error):
                raise RefusedError("the {label} is still used by acts or other records and cannot be deleted", label=kind.label) from error
            raise
        record_change(db, action="delete", table=kind.table, record_uuid=old["uuid"], record_id=record_id, changes=old, user=user)


# --- programmes and their donors ----------------------------------------------------------------

@changes("programmes")
def set_programme_donors(*, db: sqlite_utils.Database, programme_id: int, donor_ids: list[int], user: str | None = None) -> None:
    get(db=db, kind=PROGRAMME, record_id=programme_id)
    for donor_id in donor_ids:
        get(db=db, kind=DONOR, record_id=donor_id)
    with write_transaction(db):
        db.execute("DELETE FROM programme_donor WHERE programme_id = ?", [programme_id])
        for position, donor_id in enumerate(dict.fromkeys(donor_ids)):
            db.execute("INSERT INTO programme_donor (programme_id, donor_id, position) VALUES (?,?,?)", [programme_id, donor_id, position])
        uuid = db.execute("SELECT uuid FROM programme WHERE id = ?", [programme_id]).fetchone()[0]
        record_change(db, action="donors", table="programme", record_uuid=uuid, record_id=programme_id, changes={"donor_ids": donor_ids}, user=user)


@changes("programmes")
def save_programme(*, db: sqlite_utils.Database, programme_id: int | None, values: Mapping[str, Any],
                   donor_ids: list[int] | None = None, user: str | None = None) -> int:
    """Add a programme (``programme_id=None``) or change one, with the donors it lists, in one transaction.

    ``donor_ids`` in their order (None leaves them as they are).  Returns the programme's id.
    """
    with write_transaction(db):
        if programme_id is None:
            programme_id = int(create(db=db, kind=PROGRAMME, data=values, user=user)["id"])
        else:
            programme_id = int(update(db=db, kind=PROGRAMME, record_id=programme_id, changes=values, user=user)["id"])
        if donor_ids is not None:
            set_programme_donors(db=db, programme_id=programme_id, donor_ids=list(donor_ids), user=user)
    return programme_id


def programme_donors(*, db: sqlite_utils.Database, programme_id: int) -> list[dict[str, Any]]:
    cursor = db.execute(
        "SELECT d.* FROM donor d JOIN programme_donor pd ON pd.donor_id = d.id WHERE pd.programme_id = ? ORDER BY pd.position, d.id",
        [programme_id],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


# --- institutions and signatories ---------------------------------------------------------------

@changes("institutions")
def add_signatory(*, db: sqlite_utils.Database, institution_id: int, data: Mapping[str, Any], user: str | None = None, uuid: str | None = None) -> dict[str, Any]:
    get(db=db, kind=INSTITUTION, record_id=institution_id)
    clean, problems = clean_record(SIGNATORY.fields, data)
    problems += _name_problems(SIGNATORY, clean, data, record_id=None, partial=False, row=None, source=None)
    problems += name_script_problems(SIGNATORY.table, clean)
    if problems:
        raise InputError(problems)
    with write_transaction(db):
        return _insert(db, SIGNATORY, clean, user=user, uuid=uuid, extra={"institution_id": institution_id})


@changes("institutions")
def save_institution(*, db: sqlite_utils.Database, institution_id: int | None, values: Mapping[str, Any],
                     signatories: list[Mapping[str, Any]] = (), removed: list[int] = (), user: str | None = None) -> dict[str, Any]:
    """Add an institution (``institution_id=None``) or change one, with its signatories, in one transaction.

    Each of ``signatories`` with an ``id`` changes that signatory of the institution, one without adds one;
    ``removed`` are ids of its signatories to delete.  Returns ``{"id": …, "signatory_ids": […]}`` (the ids
    of ``signatories`` in their order).  A signatory of another institution is refused and nothing is written.
    """
    with write_transaction(db):
        if institution_id is None:
            institution_id = int(create(db=db, kind=INSTITUTION, data=values, user=user)["id"])
        else:
            institution_id = int(update(db=db, kind=INSTITUTION, record_id=institution_id, changes=values, user=user)["id"])
        own = {row[0] for row in db.execute("SELECT id FROM signatory WHERE institution_id = ?", [institution_id])}
        for signatory_id in [*removed, *(p["id"] for p in signatories if p.get("id"))]:
            if signatory_id not in own:
                raise RefusedError("signatory {signatory} is not a signatory of institution {institution}",
                                   signatory=signatory_id, institution=institution_id)
        for signatory_id in removed:
            delete(db=db, kind=SIGNATORY, record_id=signatory_id, user=user)
        ids = []
        for person in signatories:
            data = {k: v for k, v in person.items() if k in SIGNATORY.field_names}
            if person.get("id"):
                ids.append(int(update(db=db, kind=SIGNATORY, record_id=person["id"], changes=data, user=user)["id"]))
            else:
                ids.append(int(add_signatory(db=db, institution_id=institution_id, data=data, user=user)["id"]))
    return {"id": institution_id, "signatory_ids": ids}


def signatories(*, db: sqlite_utils.Database, institution_id: int, active_only: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM signatory WHERE institution_id = ?" + (" AND active = 1" if active_only else "") + " ORDER BY id"
    cursor = db.execute(sql, [institution_id])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def signatory_on_acts(*, db: sqlite_utils.Database, signatory_id: int) -> bool:
    """True when an act (of any status) names the signatory as the recipient's: the record must stay."""
    return db.execute("SELECT 1 FROM act WHERE recipient_signatory_id = ? LIMIT 1", [signatory_id]).fetchone() is not None


# --- items ---------------------------------------------------------------------------------------

def item_stock(*, db: sqlite_utils.Database, item_id: int) -> dict[str, Any]:
    """The item with ``handed_over``, ``available`` and ``status`` derived from finalized acts."""
    row = _row(db, "SELECT * FROM item_stock WHERE id = ?", [item_id])
    if row is None:
        raise NotFoundError("no item with id {id}", id=item_id)
    return row


def item_acts(*, db: sqlite_utils.Database, item_id: int) -> list[dict[str, Any]]:
    """The acts an item is on (any status), with the quantity on each."""
    cursor = db.execute(
        """SELECT a.id, a.uuid, a.number, a.status, a.act_date, l.quantity
           FROM act_line l JOIN act a ON a.id = l.act_id WHERE l.item_id = ? ORDER BY a.act_date, a.id""",
        [item_id],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


@changes("items")
def write_off(*, db: sqlite_utils.Database, item_id: int, reason: str, user: str | None = None) -> dict[str, Any]:
    if not reason or not reason.strip():
        raise InputError(Problem("a reason is required to write an item off", field="reason"))
    stock = item_stock(db=db, item_id=item_id)
    if stock["handed_over"] >= stock["quantity"]:
        raise RefusedError("the item has been handed over completely; there is nothing left to write off")
    with write_transaction(db):
        db.execute("UPDATE item SET written_off = 1, written_off_reason = ?, updated_at = ? WHERE id = ?", [reason.strip(), utc_now(), item_id])
        record_change(db, action="write_off", table="item", record_uuid=stock["uuid"], record_id=item_id, changes={"reason": reason.strip()}, user=user)
    return item_stock(db=db, item_id=item_id)


def list_records(*, db: sqlite_utils.Database, kind: Kind, order_by: str = "id") -> list[dict[str, Any]]:
    table = "item_stock" if kind is ITEM else kind.table
    cursor = db.execute(f"SELECT * FROM {table} ORDER BY {order_by}")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


# --- records from another copy (bundles) --------------------------------------------------------

def put_incoming(*, db: sqlite_utils.Database, kind: Kind, values: Mapping[str, Any], record_id: int | None = None) -> int:
    """Write a reference record as it arrives from another copy: added (with its UUID and stamps) or, with
    ``record_id``, the row here overwritten with it.  The caller has resolved its references to row ids
    here and holds the transaction; the database's constraints and triggers still apply.  Returns the row id."""
    names = list(values)
    if record_id is None:
        cursor = db.execute(f"INSERT INTO {kind.table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})", [values[n] for n in names])
        return int(cursor.lastrowid)
    db.execute(f"UPDATE {kind.table} SET {', '.join(f'{c} = ?' for c in names)} WHERE id = ?", [*values.values(), record_id])
    return record_id


def set_written_off(*, db: sqlite_utils.Database, item_id: int, written_off: int, reason: str) -> None:
    """Set an item's write-off as another copy records it (applied after that copy's acts, see the bundle merge)."""
    db.execute("UPDATE item SET written_off = ?, written_off_reason = ? WHERE id = ?", [written_off, reason, item_id])
