"""Importing items, institutions (with their signatories), donors and programmes from a spreadsheet.

Two steps, so the window can show a preview and nothing is written until the
user confirms:

1. :func:`prepare_import` reads the file, guesses (or takes) the column
   mapping and checks every row with the store's own validation — against
   the database too (unknown programme, serial number already recorded) and
   within the file (a serial number twice).  Every problem carries the
   spreadsheet row, the user's column title and the file name.
2. :func:`apply_import` writes every record in one transaction — all or
   nothing — and refuses a preview that has problems.

:func:`import_file` does both and raises :class:`InputError` with every
problem.  Both steps report progress and stop when ``cancel`` is set.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk.core.errors import InputError, Problem, RefusedError
from equipment_desk.core.money import MAX_MINOR, format_amount, parse_amount
from equipment_desk.core.money import currency as currency_info
from equipment_desk.core.validation import clean_record
from equipment_desk.exchange.columns import (
    CATEGORY_WORDS,
    COLUMNS,
    CONDITION_WORDS,
    INSTITUTION_KIND_WORDS,
    ColumnSpec,
    choice_lookup,
    currency_key,
    currency_lookup,
)
from equipment_desk.exchange.progress import CancelFlag, ProgressCallback, Ticker, check_cancel
from equipment_desk.exchange.tables import Mapping, Table, cell_decimal_text, cell_text, data_rows, guess_mapping, normalise_title, read_table
from equipment_desk.store import records
from equipment_desk.store.context import current_user
from equipment_desk.store.database import utc_now, write_transaction

log = logging.getLogger(__name__)

KINDS = ("item", "institution", "donor", "programme")
_CATEGORIES = choice_lookup(CATEGORY_WORDS)
_CONDITIONS = choice_lookup(CONDITION_WORDS)
_INSTITUTION_KINDS = choice_lookup(INSTITUTION_KIND_WORDS)
_CURRENCIES = currency_lookup()
_SIGNATORY_FIELDS = ("signatory_name", "signatory_title_en", "signatory_title_ru", "signatory_authority_en", "signatory_authority_ru")


@dataclass
class RowCheck:
    """One data row: what it would create and what is wrong with it."""

    row: int
    shown: dict[str, str]
    """Field -> the cell as text, for the preview."""
    record: dict[str, Any] | None = None
    """Clean values to insert (``None`` for a row that only adds a signatory)."""
    signatory: dict[str, Any] | None = None
    donor_ids: list[int] = field(default_factory=list)
    group: int | None = None
    """For institutions: the row whose institution this row belongs to."""
    problems: list[Problem] = field(default_factory=list)


@dataclass
class ImportPreview:
    """What an import would do: the mapping used, every row and every problem."""

    kind: str
    source: str
    table: Table
    mapping: Mapping
    rows: list[RowCheck]
    file_problems: list[Problem]
    defaults: dict[str, Any] = field(default_factory=dict)

    @property
    def problems(self) -> list[Problem]:
        return self.file_problems + [p for r in self.rows for p in r.problems]

    @property
    def ok(self) -> bool:
        return not self.file_problems and all(not r.problems for r in self.rows)

    @property
    def record_count(self) -> int:
        return sum(1 for r in self.rows if r.record is not None)

    @property
    def signatory_count(self) -> int:
        return sum(1 for r in self.rows if r.signatory is not None)


@dataclass
class ImportResult:
    kind: str
    source: str
    created: int
    signatories: int = 0
    ids: list[int] = field(default_factory=list)


def columns_for(kind: str) -> tuple[ColumnSpec, ...]:
    if kind not in COLUMNS:
        raise InputError(Problem("must be one of {choices}", params={"choices": ", ".join(KINDS)}, field="kind", value=kind))
    return COLUMNS[kind]


# --- preparing ----------------------------------------------------------------------------------

def prepare_import(
    *,
    db: sqlite_utils.Database,
    kind: str,
    path: str | Path | None = None,
    table: Table | None = None,
    mapping: Mapping | dict[int, str] | None = None,
    defaults: dict[str, Any] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag = None,
) -> ImportPreview:
    """Read and check a file; nothing is written.

    ``mapping`` overrides the guessed one (``{column_index: field}``, e.g.
    as corrected by the user); ``defaults`` fill fields whose column is
    missing or whose cell is empty (``{"currency": "KGS", "programme_code": "XAC/Z60"}``).
    """
    specs = columns_for(kind)
    if table is None:
        if path is None:
            raise ValueError("give a path or a table")
        table = read_table(path)
    check_cancel(cancel)
    guessed = guess_mapping(table, specs)
    if isinstance(mapping, Mapping):
        used = mapping
    elif mapping is not None:
        known = {s.field for s in specs}
        used = Mapping(guessed.header_row, guessed.titles, {int(i): f for i, f in mapping.items() if f in known})
    else:
        used = guessed
    defaults = {k: v for k, v in (defaults or {}).items() if v not in (None, "")}
    preview = ImportPreview(kind=kind, source=table.source, table=table, mapping=used, rows=[], file_problems=[], defaults=defaults)
    _check_file_level(preview, specs)
    if preview.file_problems:
        return preview
    rows = list(data_rows(table, used))
    if not rows:
        preview.file_problems.append(Problem("the file has no data rows under the header (row {row})", params={"row": used.header_row}, source=table.source))
        return preview
    checker = _CHECKERS[kind](db, preview)
    ticker = Ticker(progress, cancel, len(rows))
    for done, (number, values) in enumerate(rows):
        ticker.tick(done)
        cells = {name: (values[index] if index < len(values) else None) for index, name in used.fields.items()}
        preview.rows.append(checker.check(number, cells))
    checker.finish()
    _mark_cell_faults(preview)
    ticker.finish()
    return preview


def _check_file_level(preview: ImportPreview, specs: tuple[ColumnSpec, ...]) -> None:
    present = set(preview.mapping.fields.values()) | set(preview.defaults)
    if not preview.mapping.fields:
        preview.file_problems.append(
            Problem("no column title was recognised; the first row should hold titles such as {examples} (see the import column list)",
                    params={"examples": ", ".join(f"{s.title_en} / {s.title_ru}" for s in specs if s.required)}, source=preview.source,
                    row=preview.mapping.header_row)
        )
        return
    for spec in specs:
        if not spec.required or spec.field in present:
            continue
        if spec.field == "unit_value" and "amount" in present:
            continue
        preview.file_problems.append(
            Problem("the file has no {title} column ({title_ru})", params={"title": spec.title_en, "title_ru": spec.title_ru},
                    field=spec.title_en, source=preview.source, row=preview.mapping.header_row)
        )


def _mark_cell_faults(preview: ImportPreview) -> None:
    """Merged cells and formulas without a saved result, where the import reads values."""
    table, mapping = preview.table, preview.mapping
    mapped_cols = {index + 1 for index in mapping.fields}
    by_row = {r.row: r for r in preview.rows}
    for r1, c1, r2, c2 in table.merged:
        if r2 <= mapping.header_row or not any(c1 <= c <= c2 for c in mapped_cols):
            continue
        problem = Problem("cells {range} are merged; unmerge them so every row holds its own values",
                          params={"range": f"{_col_letters(c1)}{r1}:{_col_letters(c2)}{r2}"}, row=max(r1, mapping.header_row + 1),
                          field=mapping.titles[c1 - 1] if c1 - 1 < len(mapping.titles) else None, source=preview.source)
        target = by_row.get(problem.row)
        (target.problems if target else preview.file_problems).append(problem)
    for row, col in sorted(table.unsaved_formulas):
        if row <= mapping.header_row or col not in mapped_cols:
            continue
        title = mapping.titles[col - 1] if col - 1 < len(mapping.titles) else ""
        problem = Problem("holds a formula whose result was not saved; open the file in Excel and save it, or paste values",
                          row=row, field=title or _col_letters(col), source=preview.source)
        target = by_row.get(row)
        if target is None:
            preview.file_problems.append(problem)
            continue
        # the cell reads as empty: what the checks said about it ("is required" ...) follows from the formula alone
        same_cell = {title or f"column {col}", problem.field}
        target.problems[:] = [p for p in target.problems if p.field not in same_cell]
        target.problems.append(problem)


def _largest(currency: str | None) -> str:
    """The largest amount that can be stored, in major units: ``KGS 92,233,720,368,547,758.07``."""
    if currency:
        return format_amount(MAX_MINOR, currency, "en")
    return f"{MAX_MINOR // 100:,}.{MAX_MINOR % 100:02d}"


def _col_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Checker:
    kind: records.Kind

    def __init__(self, db: sqlite_utils.Database, preview: ImportPreview) -> None:
        self.db = db
        self.preview = preview
        self.mapping = preview.mapping
        self.source = preview.source
        self.specs = {s.field: s for s in columns_for(preview.kind)}

    def title(self, field_name: str) -> str:
        if self.mapping.column_of(field_name) is not None:
            return self.mapping.title_of(field_name)
        spec = self.specs.get(field_name)
        return spec.title_en if spec else field_name

    def problem(self, message: str, field_name: str | None, row: int, value: Any = None, **params: Any) -> Problem:
        return Problem(message, params=params, field=self.title(field_name) if field_name else None, row=row, source=self.source, value=value)

    def relabel(self, problems: list[Problem], row: int, aliases: dict[str, str] | None = None) -> list[Problem]:
        """Store problems name our fields; the user knows the file's column titles."""
        out = []
        for p in problems:
            name = (aliases or {}).get(p.field or "", p.field)
            value = None if isinstance(p.value, str) and not p.value.strip() else p.value
            out.append(Problem(p.message, p.params, self.title(name) if name else None, row, self.source, value))
        return out

    def cell(self, cells: dict[str, Any], name: str) -> Any:
        value = cells.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return self.preview.defaults.get(name)
        return value

    def text(self, cells: dict[str, Any], name: str) -> str:
        return cell_text(self.cell(cells, name))

    def shown(self, cells: dict[str, Any]) -> dict[str, str]:
        return {name: cell_text(value) for name, value in cells.items()}

    def finish(self) -> None:
        pass


class _ItemChecker(_Checker):
    def __init__(self, db: sqlite_utils.Database, preview: ImportPreview) -> None:
        super().__init__(db, preview)
        self.seen_serial: dict[str, int] = {}
        self.seen_inventory: dict[str, int] = {}

    def check(self, row: int, cells: dict[str, Any]) -> RowCheck:
        result = RowCheck(row=row, shown=self.shown(cells))
        problems = result.problems
        data: dict[str, Any] = {}
        for name in ("name", "model", "serial_number", "inventory_number", "unit", "notes", "programme_code", "acquisition_date"):
            value = self.cell(cells, name)
            if name == "acquisition_date":
                data[name] = value if not isinstance(value, str) else value.strip()
            else:
                data[name] = cell_text(value)
        category = self.text(cells, "category")
        data["category"] = _CATEGORIES.get(normalise_title(category), category)
        condition = self.text(cells, "condition")
        data["condition"] = _CONDITIONS.get(normalise_title(condition), condition)
        quantity_raw = self.cell(cells, "quantity")
        data["quantity"] = quantity_raw
        currency_raw = self.text(cells, "currency")
        currency_raw = _CURRENCIES.get(currency_key(currency_raw), currency_raw)
        data["currency"] = currency_raw
        digits = 2
        try:
            digits = currency_info(currency_raw).minor_digits if currency_raw else 2
        except InputError:
            pass
        known_currency = currency_raw if currency_raw in _CURRENCIES.values() else None
        unit_value = self._amount(cells, "unit_value", row, digits, problems, known_currency)
        amount = self._amount(cells, "amount", row, digits, problems, known_currency)
        data["unit_value_minor"] = unit_value
        clean, found = records.validate(db=self.db, kind=records.ITEM, data=data, row=row, source=self.source)
        aliases = {"unit_value_minor": "unit_value", "programme_id": "programme_code"}
        for p in found:
            if p.field == "unit_value_minor" and (unit_value is None and (amount is not None or any(q.field == self.title("unit_value") for q in problems))):
                continue  # reported below or already
            if p.field == "programme_id":
                problems.append(self.problem("no programme with this code is recorded; add the programme first", "programme_code", row, data.get("programme_code")))
                continue
            problems.extend(self.relabel([p], row, aliases))
        quantity = clean.get("quantity")
        if unit_value is None and amount is not None and isinstance(quantity, int):
            if amount % quantity:
                problems.append(self.problem("the total {amount} does not divide evenly by the quantity {quantity}; give the unit value",
                                             "amount", row, cell_text(cells.get("amount")), amount=cell_text(cells.get("amount")), quantity=quantity))
            else:
                unit_value = amount // quantity
                clean["unit_value_minor"] = unit_value
        if isinstance(quantity, int) and isinstance(unit_value, int):
            if unit_value > MAX_MINOR // quantity:
                problems.append(self.problem("quantity × unit value is too large to store (at most {max} in total)", "unit_value", row,
                                             cell_text(cells.get("unit_value")), max=_largest(known_currency)))
            elif amount is not None and amount != quantity * unit_value:
                problems.append(self.problem("does not equal quantity × unit value ({quantity} × {unit_value})", "amount", row,
                                             cell_text(cells.get("amount")), quantity=quantity, unit_value=cell_text(cells.get("unit_value"))))
        for name, seen in (("serial_number", self.seen_serial), ("inventory_number", self.seen_inventory)):
            value = clean.get(name)
            if not value:
                continue
            key = value.casefold()
            if key in seen:
                problems.append(self.problem("repeats the {what} of row {other}", name, row, value, what=name.replace("_", " "), other=seen[key]))
            else:
                seen[key] = row
        if not problems:
            result.record = clean
        return result

    def _amount(self, cells: dict[str, Any], name: str, row: int, digits: int, problems: list[Problem],
                currency: str | None = None) -> int | None:
        raw = self.cell(cells, name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and raw < 0:
            problems.append(self.problem("must not be negative", name, row, cell_text(raw)))
            return None
        try:
            return parse_amount(cell_decimal_text(raw), field=name, minor_digits=digits)
        except InputError as error:
            for p in error.problems:
                if p.message.startswith("is too large"):  # the limit in major units of the row's currency, not in minor units
                    problems.append(self.problem("is too large (at most {max})", name, row, cell_text(raw), max=_largest(currency)))
                else:
                    problems.append(self.problem(p.message, name, row, cell_text(raw), **p.params))
        except TypeError:
            problems.append(self.problem("is not an amount", name, row, cell_text(raw)))
        return None


class _InstitutionChecker(_Checker):
    def __init__(self, db: sqlite_utils.Database, preview: ImportPreview) -> None:
        super().__init__(db, preview)
        self.groups: dict[tuple[str, str], RowCheck] = {}
        self.first_values: dict[int, dict[str, Any]] = {}
        self.signatories: dict[int, dict[str, int]] = {}
        self.existing = {
            (str(name).casefold(), country): rid
            for rid, name, country in db.execute("SELECT id, name_en, country FROM institution").fetchall()
        }
        self.fields = [f.name for f in records.INSTITUTION.fields]

    def check(self, row: int, cells: dict[str, Any]) -> RowCheck:
        result = RowCheck(row=row, shown=self.shown(cells))
        problems = result.problems
        data = {name: self.cell(cells, name) for name in self.fields if name in cells or name in self.preview.defaults}
        data = {k: cell_text(v) for k, v in data.items()}
        if data.get("kind"):
            data["kind"] = _INSTITUTION_KINDS.get(normalise_title(data["kind"]), data["kind"])
        name_en = data.get("name_en", "")
        country_clean, _ = clean_record([f for f in records.INSTITUTION.fields if f.name == "country"], {"country": data.get("country")})
        key = (name_en.strip().casefold(), country_clean.get("country") or data.get("country", ""))
        first = self.groups.get(key) if name_en.strip() else None
        if first is None:
            clean, found = records.validate(db=self.db, kind=records.INSTITUTION, data=data, row=row, source=self.source)
            problems.extend(self.relabel(found, row))
            if name_en.strip() and key in self.existing:
                problems.append(self.problem("an institution with this name in {country} is already recorded; add signatories to it in the window instead",
                                             "name_en", row, name_en, country=key[1]))
            if name_en.strip():
                self.groups[key] = result
                self.first_values[row] = clean
            if not problems:
                result.record = clean
        else:
            result.group = first.row
            base = self.first_values.get(first.row, {})
            present = {k: v for k, v in data.items() if v}
            clean_here, found = clean_record(records.INSTITUTION.fields, present, partial=True, row=row, source=self.source)
            problems.extend(self.relabel(found, row))
            for name, value in clean_here.items():
                if value and base.get(name) and normalise_title(value) != normalise_title(base[name]):
                    problems.append(self.problem("differs from row {other} for the same institution ({value_there})", name, row, value,
                                                 other=first.row, value_there=base[name]))
        signatory = {name: cell_text(self.cell(cells, name)) for name in _SIGNATORY_FIELDS if name in cells}
        if any(signatory.values()):
            sig_data = {
                "full_name": signatory.get("signatory_name", ""),
                "title_en": signatory.get("signatory_title_en", ""),
                "title_ru": signatory.get("signatory_title_ru", ""),
                "authority_en": signatory.get("signatory_authority_en", ""),
                "authority_ru": signatory.get("signatory_authority_ru", ""),
            }
            clean_sig, found = clean_record(records.SIGNATORY.fields, sig_data, row=row, source=self.source)
            aliases = {"full_name": "signatory_name", "title_en": "signatory_title_en", "title_ru": "signatory_title_ru",
                       "authority_en": "signatory_authority_en", "authority_ru": "signatory_authority_ru"}
            problems.extend(self.relabel(found, row, aliases))
            owner = result.group or row
            names = self.signatories.setdefault(owner, {})
            full_name = clean_sig.get("full_name", "")
            if full_name and full_name.casefold() in names:
                problems.append(self.problem("this signatory is already listed on row {other}", "signatory_name", row, full_name, other=names[full_name.casefold()]))
            elif full_name:
                names[full_name.casefold()] = row
            if not found:
                result.signatory = clean_sig
        return result


class _DonorChecker(_Checker):
    def __init__(self, db: sqlite_utils.Database, preview: ImportPreview) -> None:
        super().__init__(db, preview)
        self.seen: dict[str, int] = {}
        self.existing = {str(n).casefold() for (n,) in db.execute("SELECT name_en FROM donor")}
        self.fields = [f.name for f in records.DONOR.fields]

    def check(self, row: int, cells: dict[str, Any]) -> RowCheck:
        result = RowCheck(row=row, shown=self.shown(cells))
        data = {name: cell_text(self.cell(cells, name)) for name in self.fields if name in cells or name in self.preview.defaults}
        clean, found = records.validate(db=self.db, kind=records.DONOR, data=data, row=row, source=self.source)
        result.problems.extend(self.relabel(found, row))
        name = (clean.get("name_en") or "").casefold()
        if name and name in self.existing:
            result.problems.append(self.problem("a donor with this name is already recorded", "name_en", row, clean["name_en"]))
        elif name and name in self.seen:
            result.problems.append(self.problem("repeats the donor of row {other}", "name_en", row, clean["name_en"], other=self.seen[name]))
        elif name:
            self.seen[name] = row
        if not result.problems:
            result.record = clean
        return result


class _ProgrammeChecker(_Checker):
    def __init__(self, db: sqlite_utils.Database, preview: ImportPreview) -> None:
        super().__init__(db, preview)
        self.seen: dict[str, int] = {}
        self.donors: dict[str, int] = {}
        for rid, en, ru, short in db.execute("SELECT id, name_en, name_ru, short_name FROM donor ORDER BY id DESC"):
            for name in (en, ru, short):
                if name and name.strip():
                    self.donors[normalise_title(name)] = rid
        self.fields = [f.name for f in records.PROGRAMME.fields]

    def check(self, row: int, cells: dict[str, Any]) -> RowCheck:
        result = RowCheck(row=row, shown=self.shown(cells))
        data = {name: cell_text(self.cell(cells, name)) for name in self.fields if name in cells or name in self.preview.defaults}
        clean, found = records.validate(db=self.db, kind=records.PROGRAMME, data=data, row=row, source=self.source)
        result.problems.extend(self.relabel(found, row))
        code = (clean.get("code") or "").casefold()
        if code and code in self.seen:
            result.problems.append(self.problem("repeats the code of row {other}", "code", row, clean["code"], other=self.seen[code]))
        elif code:
            self.seen[code] = row
        donors_text = self.text(cells, "donors")
        for name in [n.strip() for n in donors_text.replace("\n", ";").split(";") if n.strip()]:
            donor_id = self.donors.get(normalise_title(name))
            if donor_id is None:
                result.problems.append(self.problem("no donor '{name}' is recorded; import or add the donor first", "donors", row, name, name=name))
            elif donor_id not in result.donor_ids:
                result.donor_ids.append(donor_id)
        if not result.problems:
            result.record = clean
        return result


_CHECKERS: dict[str, Callable[[sqlite_utils.Database, ImportPreview], _Checker]] = {
    "item": _ItemChecker,
    "institution": _InstitutionChecker,
    "donor": _DonorChecker,
    "programme": _ProgrammeChecker,
}


# --- writing ------------------------------------------------------------------------------------

def apply_import(
    *,
    db: sqlite_utils.Database,
    preview: ImportPreview,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag = None,
    user: str | None = None,
    before_commit: Callable[[int], None] | None = None,
) -> ImportResult:
    """Write what the preview holds, in one transaction: every row or none.

    ``before_commit(count)`` is called inside the transaction once every row
    is written (tests use it to kill the process at the worst moment).
    """
    if not preview.ok:
        raise InputError(preview.problems, message="the file has problems; nothing was imported")
    user = user or current_user()
    kind = records.KINDS[preview.kind]
    ticker = Ticker(progress, cancel, len(preview.rows))
    now = utc_now()
    result = ImportResult(kind=preview.kind, source=preview.source, created=0)
    row_ids: dict[int, int] = {}
    with write_transaction(db):
        for done, check in enumerate(preview.rows):
            ticker.tick(done)
            if check.record is not None:
                record_id = _insert(db, kind, check.record, now=now, user=user, source=preview.source, row=check.row)
                row_ids[check.row] = record_id
                result.ids.append(record_id)
                result.created += 1
                if check.donor_ids:
                    for position, donor_id in enumerate(check.donor_ids):
                        db.execute("INSERT INTO programme_donor (programme_id, donor_id, position) VALUES (?,?,?)", [record_id, donor_id, position])
            if check.signatory is not None:
                owner = row_ids.get(check.group or check.row)
                if owner is None:
                    raise RefusedError("row {row}: the signatory's institution was not imported", row=check.row)
                values = dict(check.signatory)
                values["active"] = int(values.get("active", True))
                _insert(db, records.SIGNATORY, values, now=now, user=user, source=preview.source, row=check.row,
                        extra={"institution_id": owner})
                result.signatories += 1
        check_cancel(cancel)
        if before_commit is not None:
            before_commit(result.created)
    ticker.finish()
    log.info("imported %d %s records from %s", result.created, preview.kind, preview.source)
    return result


def _insert(db: sqlite_utils.Database, kind: records.Kind, clean: dict[str, Any], *, now: str, user: str, source: str, row: int,
            extra: dict[str, Any] | None = None) -> int:
    return records.insert_checked(db=db, kind=kind, clean=clean, user=user, extra=extra, now=now, action="import",
                                  note={"source": source, "row": row})


def import_file(
    *,
    db: sqlite_utils.Database,
    kind: str,
    path: str | Path,
    mapping: Mapping | dict[int, str] | None = None,
    defaults: dict[str, Any] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag = None,
    user: str | None = None,
) -> ImportResult:
    """Check and import a file in one go; raises :class:`InputError` with every problem, writing nothing."""
    preview = prepare_import(db=db, kind=kind, path=path, mapping=mapping, defaults=defaults, progress=progress, cancel=cancel)
    if not preview.ok:
        raise InputError(preview.problems, message="the file has problems; nothing was imported")
    return apply_import(db=db, preview=preview, progress=progress, cancel=cancel, user=user)


def mapping_description(preview: ImportPreview) -> list[tuple[str, str | None]]:
    """``[(column title, field or None)]`` in file order, for showing the mapping."""
    return [(title, preview.mapping.fields.get(index)) for index, title in enumerate(preview.mapping.titles)]


def preview_as_json(preview: ImportPreview) -> str:
    """A compact machine-readable summary (for ``--dry-run --json``)."""
    return json.dumps(
        {
            "kind": preview.kind,
            "source": preview.source,
            "header_row": preview.mapping.header_row,
            "mapping": {preview.mapping.titles[i]: f for i, f in preview.mapping.fields.items()},
            "records": preview.record_count,
            "problems": [{"row": p.row, "column": p.field, "message": p.text()} for p in preview.problems],
        },
        ensure_ascii=False,
        indent=2,
    )
