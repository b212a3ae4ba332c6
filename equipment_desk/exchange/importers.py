"""Importing items, institutions (with their signatories), donors and programmes from a spreadsheet.

Two steps, so the window can show a preview and nothing is written until the
user confirms:

1. :func:`prepare_import` reads the file, finds the table in it (title rows,
   totals, signatures — :mod:`equipment_desk.exchange.layout`), takes the
   column mapping (given, remembered for this header, or guessed —
   :func:`choose_mapping`) and checks every row with the store's own
   validation — against the database too (unknown programme, serial number
   already recorded) and within the file (a serial number twice).  Every
   problem carries the spreadsheet row, the user's column title and the file
   name; odd data that would be imported as it is comes back as warnings.
2. :func:`apply_import` writes every record in one transaction — all or
   nothing — and refuses a preview that has problems.  The mapping, the date
   order and the office's category words used are remembered in the same
   transaction.

:func:`import_file` does both and raises :class:`InputError` with every
problem.  Both steps report progress and stop when ``cancel`` is set.  The
window and the command line call these same functions.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk.core import languages as printed
from equipment_desk.core.errors import InputError, Problem, RefusedError
from equipment_desk.core.validation import clean_record
from equipment_desk.exchange import oddities, remembered
from equipment_desk.exchange.checking import KINDS, Checker, ImportPreview, RowCheck, col_letters, columns_for
from equipment_desk.exchange.columns import (
    CATEGORY_WORDS,
    CONDITION_WORDS,
    GENDER_WORDS,
    INSTITUTION_KIND_WORDS,
    ROW_NUMBER,
    ColumnSpec,
    choice_lookup,
)
from equipment_desk.exchange.item_rows import ItemChecker
from equipment_desk.exchange.layout import split_rows, spread_ranges
from equipment_desk.exchange.progress import CancelFlag, ProgressCallback, Ticker, check_cancel
from equipment_desk.exchange.tables import Mapping, Table, cell_text, guess_mapping, normalise_title, read_table
from equipment_desk.exchange.values import DATE_ORDERS, date_order_hint
from equipment_desk.store import records
from equipment_desk.store.context import current_user
from equipment_desk.store.database import utc_now, write_transaction
from equipment_desk.store.languages import column, name_script_problems

__all__ = ["KINDS", "ImportPreview", "ImportResult", "RowCheck", "apply_import", "choose_mapping", "columns_for", "import_file",
           "prepare_import"]

log = logging.getLogger(__name__)

_CATEGORIES = choice_lookup(CATEGORY_WORDS)
_CONDITIONS = choice_lookup(CONDITION_WORDS)
_INSTITUTION_KINDS = choice_lookup(INSTITUTION_KIND_WORDS)
_SIGNATORY_ALIASES = {"full_name": "signatory_name", "name_ru": "signatory_name_ru", "name_en": "signatory_name_en",
                      "title_en": "signatory_title_en", "title_ru": "signatory_title_ru", "authority_en": "signatory_authority_en",
                      "authority_ru": "signatory_authority_ru", "gender": "signatory_gender", "name_ru_genitive": "signatory_name_ru_genitive",
                      "title_ru_genitive": "signatory_title_ru_genitive", "active": "signatory_active"}
"""A signatory's stored field -> the import field of its column."""
_SIGNATORY_FIELDS = tuple(_SIGNATORY_ALIASES.values())
_SIGNATORY_MARKS = ("signatory_gender", "signatory_active")
"""Columns that say something of a signatory but do not make one: a row with only these has no signatory."""
_GENDERS = choice_lookup(GENDER_WORDS)
_Checker = Checker
_INSTITUTION_NAMES = ("name_en", "name_ru", *(column("name", code) for code in printed.NATIONAL))
"""An institution's names in the order a row is known by: English, Russian, then the state languages."""
_INSTITUTION_KEYS = ("SELECT id, coalesce(" + ", ".join(f"nullif({key}, '')" for key in _INSTITUTION_NAMES) + ", ''), country "
                     "FROM institution")


@dataclass
class ImportResult:
    kind: str
    source: str
    created: int
    signatories: int = 0
    ids: list[int] = field(default_factory=list)


@dataclass
class ChosenMapping:
    mapping: Mapping
    remembered: bool
    date_order: str | None


def _without_cycle_collection(function: Callable[..., Any]) -> Callable[..., Any]:
    """Run ``function`` with Python's cyclic garbage collector paused (as bulk loaders do): reading and checking 10,000 rows
    makes hundreds of thousands of objects, none of them in cycles, and the collector would walk them again and again
    (some 10% of an import).  Reference counting still frees everything; the collector is resumed after, if it was on."""
    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()
    return wrapper


# --- preparing ----------------------------------------------------------------------------------

def choose_mapping(
    *,
    db: sqlite_utils.Database,
    kind: str,
    table: Table,
    overrides: dict[int, str | None] | None = None,
    remembered_ok: bool = True,
) -> ChosenMapping:
    """The mapping a file is read with: the one remembered for its header (else the guess), then ``overrides``.

    ``overrides`` is ``{column_index: field}``; ``None`` as the field switches
    a column off.  A field given to a column is taken from any other column.
    """
    specs = columns_for(kind)
    guessed = guess_mapping(table, specs)
    fields = dict(guessed.fields)
    recalled = remembered.recall_mapping(db=db, kind=kind, titles=guessed.titles, known_fields={s.field for s in specs}) \
        if remembered_ok else None
    order = None
    if recalled is not None:
        fields, order = recalled
    for index, name in (overrides or {}).items():
        if name:
            fields = {i: f for i, f in fields.items() if f != name}
            fields[index] = name
        else:
            fields.pop(index, None)
    return ChosenMapping(Mapping(guessed.header_row, guessed.titles, fields), recalled is not None, order)


@_without_cycle_collection
def prepare_import(
    *,
    db: sqlite_utils.Database,
    kind: str,
    path: str | Path | None = None,
    table: Table | None = None,
    mapping: Mapping | dict[int, str] | None = None,
    defaults: dict[str, Any] | None = None,
    date_order: str | None = None,
    categories: dict[str, str] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag = None,
) -> ImportPreview:
    """Read and check a file; nothing is written.

    ``mapping`` replaces the remembered or guessed one (``{column_index: field}``,
    e.g. as corrected by the user); ``defaults`` fill fields whose column is
    missing or whose cell is empty (``{"currency": "KGS", "programme_code": "XAC/Z60"}``);
    ``date_order`` (``dmy``, ``mdy``, ``ymd``) reads dates such as ``01/02/18``;
    ``categories`` maps the file's own category words to ours (``{"Laptops": "computers"}``),
    besides the words the office mapped before.
    """
    specs = columns_for(kind)
    if date_order is not None and date_order not in DATE_ORDERS:
        raise InputError(Problem("must be one of {choices}", params={"choices": ", ".join(DATE_ORDERS)}, field="date order", value=date_order))
    if categories:
        categories = remembered.check_category_words(categories)
    if table is None:
        if path is None:
            raise ValueError("give a path or a table")
        table = read_table(path)
    check_cancel(cancel)
    was_remembered = False
    if isinstance(mapping, Mapping):
        used = mapping
    elif mapping is not None:
        guessed = guess_mapping(table, specs)
        known = {s.field for s in specs}
        used = Mapping(guessed.header_row, guessed.titles, {int(i): f for i, f in mapping.items() if f in known})
    else:
        chosen = choose_mapping(db=db, kind=kind, table=table)
        used, was_remembered = chosen.mapping, chosen.remembered
        date_order = date_order or chosen.date_order
    defaults = {k: v for k, v in (defaults or {}).items() if v not in (None, "")}
    preview = ImportPreview(kind=kind, source=table.source, table=table, mapping=used, rows=[], file_problems=[], defaults=defaults,
                            date_order=date_order, remembered=was_remembered)
    _check_file_level(preview, specs)
    if preview.file_problems:
        return preview
    layout = split_rows(table, used, kind=kind)
    preview.skipped = layout.skipped
    rows = layout.rows
    if not rows:
        preview.file_problems.append(Problem("the file has no data rows under the header (row {row})", params={"row": used.header_row}, source=table.source))
        return preview
    if table.format == "xlsx":
        _refuse_mojibake(preview, rows)
        if preview.file_problems:
            return preview
    checker = ItemChecker(db, preview, categories) if kind == "item" else _CHECKERS[kind](db, preview)
    if kind == "item" and date_order is None:
        checker.date_hints = _date_hints(rows, used.column_of("acquisition_date"))
    checker.read_ahead(rows)
    ticker = Ticker(progress, cancel, len(rows))
    fields = [(index, name) for index, name in used.fields.items() if name != ROW_NUMBER]
    for done, (number, values) in enumerate(rows):
        ticker.tick(done)
        size = len(values)
        cells = {name: (values[index] if index < size else None) for index, name in fields}
        preview.rows.append(checker.check(number, cells))
    checker.finish()
    _mark_cell_faults(preview)
    preview.warnings.extend(oddities.find(preview, rows))
    ticker.finish()
    return preview


def _refuse_mojibake(preview: ImportPreview, rows: list[tuple[int, list[Any]]]) -> None:
    """Text in a workbook that was garbled before it got there (a CSV once opened in the wrong code page) is not stored."""
    from equipment_desk.exchange.encodings import garbled_sample

    columns = [index for index, name in preview.mapping.fields.items() if name != ROW_NUMBER]
    # only text with letters beyond ASCII can be garbled (and only it is counted), so plain codes and numbers are passed over
    lines = [" ".join(v for i in columns if i < len(values) and isinstance(v := values[i], str) and not v.isascii()) for _, values in rows]
    sample = garbled_sample("\n".join(lines))
    if sample is None:
        return
    row = next((number for (number, _), line in zip(rows, lines) if sample in line), None)
    preview.file_problems.append(Problem("the text is garbled ({sample}): the sheet holds text that was read with the wrong code page "
                                         "before it was saved; correct it in the sheet before importing", params={"sample": sample},
                                         row=row, source=preview.source))


def _date_hints(rows: list[tuple[int, list[Any]]], column: int | None) -> dict[str, tuple[int, str]]:
    """The first row of the date column that shows each order (``1/23/18`` only fits month first)."""
    hints: dict[str, tuple[int, str]] = {}
    if column is None:
        return hints
    for number, values in rows:
        value = values[column] if column < len(values) else None
        if isinstance(value, str):
            order = date_order_hint(value)
            if order and order not in hints:
                hints[order] = (number, value.strip())
                if len(hints) == 2:
                    break
    return hints


def _check_file_level(preview: ImportPreview, specs: tuple[ColumnSpec, ...]) -> None:
    present = set(preview.mapping.fields.values()) | set(preview.defaults)
    if not set(preview.mapping.fields.values()) - {ROW_NUMBER}:
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
        if spec.field == "name_en" and preview.kind == "institution" and set(_INSTITUTION_NAMES) & present:
            continue  # an institution may be named in Russian only, or in a state language only
        if spec.field == "name" and {"name_ru", "name_en"} & set(present):
            continue  # the name in each language ("Name (EN)" and "Name (RU)", as an export writes them)
        if spec.field == "quantity" and preview.kind == "item":
            continue  # no quantity column: one unit per row (asset lists)
        if spec.field == "currency" and preview.kind == "item" and _currency_elsewhere(preview):
            continue
        preview.file_problems.append(
            Problem("the file has no {title} column ({title_ru})", params={"title": spec.title_en, "title_ru": spec.title_ru},
                    field=spec.title_en, source=preview.source, row=preview.mapping.header_row)
        )


def _currency_elsewhere(preview: ImportPreview) -> bool:
    """Whether the amount columns name a currency, in their titles or in their first cells (``$1,234.50``)."""
    from equipment_desk.exchange.values import AmountError, header_currency, split_currency

    mapping = preview.mapping
    columns = [mapping.column_of(name) for name in ("unit_value", "amount")]
    columns = [c for c in columns if c is not None]
    if any(header_currency(mapping.titles[c]) for c in columns):
        return True
    seen = 0
    for number, values in preview.table.rows:
        if number <= mapping.header_row:
            continue
        for c in columns:
            value = values[c] if c < len(values) else None
            if isinstance(value, str) and value.strip():
                try:
                    if split_currency(value)[1]:
                        return True
                except AmountError:
                    pass
        seen += 1
        if seen >= 50:
            break
    return False


def _mark_cell_faults(preview: ImportPreview) -> None:
    """Merged cells that cannot be read row by row, and formulas without a saved result, where the import reads values."""
    table, mapping = preview.table, preview.mapping
    mapped_cols = {index + 1 for index in mapping.fields}
    by_row = {r.row: r for r in preview.rows}
    skipped = {s.row for s in preview.skipped}
    spread = spread_ranges(table, mapping)
    for r1, c1, r2, c2 in table.merged:
        if r2 <= mapping.header_row or not any(c1 <= c <= c2 for c in mapped_cols) or (r1, c1, r2, c2) in spread:
            continue
        if all(r in skipped for r in range(max(r1, mapping.header_row + 1), r2 + 1)):
            continue
        problem = Problem("cells {range} are merged; unmerge them so every row holds its own values",
                          params={"range": f"{col_letters(c1)}{r1}:{col_letters(c2)}{r2}"}, row=max(r1, mapping.header_row + 1),
                          field=mapping.titles[c1 - 1] if c1 - 1 < len(mapping.titles) else None, source=preview.source)
        target = by_row.get(problem.row)
        (target.problems if target else preview.file_problems).append(problem)
        if target is not None:
            target.record = None
    for row, col in sorted(table.unsaved_formulas):
        if row <= mapping.header_row or col not in mapped_cols or row in skipped:
            continue
        title = mapping.titles[col - 1] if col - 1 < len(mapping.titles) else ""
        problem = Problem("holds a formula whose result was not saved; open the file in Excel and save it, or paste values",
                          row=row, field=title or col_letters(col), source=preview.source)
        target = by_row.get(row)
        if target is None:
            preview.file_problems.append(problem)
            continue
        # the cell reads as empty: what the checks said about it ("is required" ...) follows from the formula alone
        same_cell = {title or f"column {col}", problem.field}
        target.problems[:] = [p for p in target.problems if p.field not in same_cell]
        target.problems.append(problem)
        target.record = None


class _InstitutionChecker(_Checker):
    def __init__(self, db: sqlite_utils.Database, preview: ImportPreview) -> None:
        super().__init__(db, preview)
        self.groups: dict[tuple[str, str], RowCheck] = {}
        self.first_values: dict[int, dict[str, Any]] = {}
        self.signatories: dict[int, dict[str, int]] = {}
        self.existing = {
            (str(name).casefold(), country): rid
            for rid, name, country in db.execute(_INSTITUTION_KEYS).fetchall()
        }
        self.fields = [f.name for f in records.INSTITUTION.fields]

    def check(self, row: int, cells: dict[str, Any]) -> RowCheck:
        result = RowCheck(row=row, cells=cells)
        problems = result.problems
        national = self.national_texts(cells, row, problems)
        data = {name: self.cell(cells, name) for name in self.fields if name in cells or name in self.preview.defaults}
        data = {k: cell_text(v) for k, v in data.items()}
        if data.get("kind"):
            data["kind"] = _INSTITUTION_KINDS.get(normalise_title(data["kind"]), data["kind"])
        # rows name their institution by its English name, else its Russian one, else its name in a state language (an
        # office printing in Russian and a national language may record none in English, one printing in Kyrgyz only
        # none in Russian either), and its country
        named_by = next((key for key in _INSTITUTION_NAMES if (data.get(key) or "").strip()), "name_en")
        name = (data.get(named_by) or "").strip()
        country_clean, _ = clean_record([f for f in records.INSTITUTION.fields if f.name == "country"], {"country": data.get("country")})
        key = (name.casefold(), country_clean.get("country") or data.get("country", ""))
        first = self.groups.get(key) if name else None
        if first is None:
            clean, found = records.validate(db=self.db, kind=records.INSTITUTION, data=data, row=row, source=self.source)
            if not name:
                found = [p for p in found if p.field != "name_en"] + [Problem("is required", field="name_en", row=row, source=self.source)]
            problems.extend(self.relabel(found, row))
            if name and key in self.existing:
                problems.append(self.problem("an institution with this name in {country} is already recorded; add signatories to it in the window instead",
                                             named_by, row, name, country=key[1]))
            if name:
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
        signatory.update({name: text for name, text in national.items() if name.startswith("signatory_")})
        if any(text for name, text in signatory.items() if name not in _SIGNATORY_MARKS):
            aliases = dict(_SIGNATORY_ALIASES)
            aliases.update({stored: name for name, (_code, stored) in self.national.items() if name.startswith("signatory_")})
            sig_data = {stored: signatory.get(name, "") for stored, name in aliases.items()}
            found = []
            gender_word = sig_data["gender"]
            sig_data["gender"] = _GENDERS.get(normalise_title(gender_word), "") if gender_word else ""
            if gender_word and normalise_title(gender_word) not in _GENDERS:
                found.append(Problem("is not a gender; write man, woman or not given (мужчина, женщина, не указан)", field="gender",
                                     value=gender_word))
            elif gender_word and not sig_data["gender"]:
                result.signatory_as_given["gender"] = ""  # said to be not given: not read from the name
            clean_sig, invalid = clean_record(records.SIGNATORY.fields, sig_data, row=row, source=self.source)
            # the Russian name in Cyrillic, the English in Latin letters, as the store checks a form's (a national name's
            # letters were checked with its column)
            found += invalid + [p for p in name_script_problems(records.SIGNATORY.table, clean_sig) if p.field in ("name_ru", "name_en")]
            if not (sig_data["full_name"].strip() or sig_data["name_ru"].strip() or sig_data["name_en"].strip()):
                found.append(Problem("is required", field="full_name"))
            problems.extend(self.relabel(found, row, aliases))
            owner = result.group or row
            names = self.signatories.setdefault(owner, {})
            full_name = clean_sig.get("full_name") or clean_sig.get("name_ru") or clean_sig.get("name_en") or ""
            if full_name and full_name.casefold() in names:
                problems.append(self.problem("this signatory is already listed on row {other}", "signatory_name", row, full_name, other=names[full_name.casefold()]))
            elif full_name:
                names[full_name.casefold()] = row
            if not found:
                result.signatory = clean_sig
        return result


def _validated(checker: _Checker, kind: Any, row: int, cells: dict[str, Any]) -> tuple[RowCheck, dict[str, Any]]:
    """The row's check with the problems of validating its ``checker.fields`` as a ``kind`` record, and the clean record."""
    result = RowCheck(row=row, cells=cells)
    checker.national_texts(cells, row, result.problems)
    data = {name: cell_text(checker.cell(cells, name)) for name in checker.fields
            if name in cells or name in checker.preview.defaults}
    clean, found = records.validate(db=checker.db, kind=kind, data=data, row=row, source=checker.source)
    result.problems.extend(checker.relabel(found, row))
    return result, clean


class _DonorChecker(_Checker):
    def __init__(self, db: sqlite_utils.Database, preview: ImportPreview) -> None:
        super().__init__(db, preview)
        self.seen: dict[str, int] = {}
        self.existing = {str(n).casefold() for (n,) in db.execute("SELECT name_en FROM donor")}
        self.fields = [f.name for f in records.DONOR.fields]

    def check(self, row: int, cells: dict[str, Any]) -> RowCheck:
        result, clean = _validated(self, records.DONOR, row, cells)
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

    def named_donors(self, text: str) -> Iterator[tuple[str, int | None]]:
        """The donors a cell names, separated by ``;`` or line breaks, each with its id (``None`` when none is recorded).

        A donor whose own name holds a ``;`` or a line break ("Government of Japan; JICA") is read whole: at each place the
        longest run of parts that names a recorded donor is taken."""
        parts = re.split(r"([;\n])", text)
        names, separators = parts[0::2], parts[1::2]
        start = 0
        while start < len(names):
            found = None
            for end in range(len(names), start, -1):
                joined = "".join(name + (separators[index] if index < end - 1 else "") for index, name in enumerate(names[start:end], start))
                donor_id = self.donors.get(normalise_title(joined)) if joined.strip() else None
                if donor_id is not None:
                    found = (joined.strip(), donor_id, end)
                    break
            if found is not None:
                yield found[0], found[1]
                start = found[2]
                continue
            if names[start].strip():
                yield names[start].strip(), None
            start += 1

    def check(self, row: int, cells: dict[str, Any]) -> RowCheck:
        result, clean = _validated(self, records.PROGRAMME, row, cells)
        code = (clean.get("code") or "").casefold()
        if code and code in self.seen:
            result.problems.append(self.problem("repeats the code of row {other}", "code", row, clean["code"], other=self.seen[code]))
        elif code:
            self.seen[code] = row
        for name, donor_id in self.named_donors(self.text(cells, "donors")):
            if donor_id is None:
                result.problems.append(self.problem("no donor '{name}' is recorded; import or add the donor first", "donors", row, name, name=name))
            elif donor_id not in result.donor_ids:
                result.donor_ids.append(donor_id)
        if not result.problems:
            result.record = clean
        return result


_CHECKERS: dict[str, Callable[[sqlite_utils.Database, ImportPreview], _Checker]] = {
    "institution": _InstitutionChecker,
    "donor": _DonorChecker,
    "programme": _ProgrammeChecker,
}


# --- writing ------------------------------------------------------------------------------------

@_without_cycle_collection
def apply_import(
    *,
    db: sqlite_utils.Database,
    preview: ImportPreview,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag = None,
    user: str | None = None,
    before_commit: Callable[[int], None] | None = None,
    remember: bool = True,
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
    with _page_cache(db, WRITE_CACHE_KIB), write_transaction(db):
        if preview.kind == "item":
            _insert_items(db, preview, result, ticker, now=now, user=user)
        for done, check in enumerate(preview.rows if preview.kind != "item" else []):
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
                        extra={**check.signatory_as_given, "institution_id": owner})
                result.signatories += 1
        if remember:
            remembered.remember_mapping(db=db, kind=preview.kind, titles=preview.mapping.titles, fields=preview.mapping.fields,
                                        date_order=preview.date_order)
        remembered.remember_categories(db=db, words=preview.category_words)
        check_cancel(cancel)
        if before_commit is not None:
            before_commit(result.created)
    ticker.finish()
    log.info("imported %d %s records from %s", result.created, preview.kind, preview.source)
    return result


WRITE_CACHE_KIB = 16 * 1024
"""SQLite's page cache while an import writes (the connection's own, 2 MB by default, is given back after): with the
default, the pages of a large register's indexes that an import changes were written out to the log and read back
more than once before the commit."""


@contextlib.contextmanager
def _page_cache(db: sqlite_utils.Database, kib: int) -> Iterator[None]:
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    if before < 0 and -before >= kib:
        yield
        return
    db.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")


ITEM_BATCH = 200
"""Items are written this many at a time (one statement each for the rows and their audit entries); progress and Cancel between."""


def _insert_items(db: sqlite_utils.Database, preview: ImportPreview, result: ImportResult, ticker: Ticker, *, now: str, user: str) -> None:
    checks = [check for check in preview.rows if check.record is not None]
    for first in range(0, len(checks), ITEM_BATCH):
        ticker.tick(first)
        batch = checks[first:first + ITEM_BATCH]
        ids = records.insert_many_checked(db=db, kind=records.ITEM, cleans=[c.record for c in batch], user=user, now=now, action="import",
                                          notes=[{"source": preview.source, "row": c.row} for c in batch])
        result.ids.extend(ids)
        result.created += len(ids)


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
    date_order: str | None = None,
    categories: dict[str, str] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag = None,
    user: str | None = None,
) -> ImportResult:
    """Check and import a file in one go; raises :class:`InputError` with every problem, writing nothing."""
    preview = prepare_import(db=db, kind=kind, path=path, mapping=mapping, defaults=defaults, date_order=date_order,
                             categories=categories, progress=progress, cancel=cancel)
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
            "remembered": preview.remembered,
            "date_order": preview.date_order,
            "records": preview.record_count,
            "skipped": [{"row": s.row, "reason": s.reason, "message": s.text()} for s in preview.skipped],
            "warnings": [{"row": p.row, "column": p.field, "message": p.text()} for p in preview.warnings],
            "problems": [{"row": p.row, "column": p.field, "message": p.text()} for p in preview.problems],
        },
        ensure_ascii=False,
        indent=2,
    )


def add_record(
    *,
    db: sqlite_utils.Database,
    kind: str,
    values: dict[str, Any],
    date_order: str | None = None,
    categories: dict[str, str] | None = None,
    user: str | None = None,
) -> ImportResult:
    """One record given field by field (``items add``, ``institutions add``), checked and written exactly as an imported row.

    Problems name the field (``--serial-number``), not a row.
    """
    specs = {s.field: s for s in columns_for(kind)}
    unknown = [name for name in values if name not in specs]
    if unknown:
        raise InputError([Problem("is not a field of {kind}", params={"kind": kind}, field=name) for name in unknown])
    names = [name for name, value in values.items() if value not in (None, "")]
    table = Table(source="command line", format="args", rows=[(1, list(names)), (2, [values[n] for n in names])])
    mapping = Mapping(header_row=1, titles=[f"--{n.replace('_', '-')}" for n in names], fields=dict(enumerate(names)))
    preview = prepare_import(db=db, kind=kind, table=table, mapping=mapping, date_order=date_order, categories=categories)
    if not preview.ok:
        flags = {spec.title_en: f"--{name.replace('_', '-')}" for name, spec in specs.items()}
        problems = [Problem("is required", field=flags.get(p.field or "", p.field)) if p.message.startswith("the file has no {title}")
                    else Problem(p.message, p.params, p.field, None, None, p.value) for p in preview.problems]
        raise InputError(problems, message="nothing was added")
    return apply_import(db=db, preview=preview, user=user, remember=False)
