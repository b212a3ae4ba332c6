"""What an import check produces (:class:`ImportPreview`, one :class:`RowCheck` per row) and the base of the row checkers.

:mod:`equipment_desk.exchange.importers` runs a checker over every data row;
:mod:`equipment_desk.exchange.item_rows` checks items, the importers module
the other kinds.  Problems name the file's own column titles and rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from equipment_desk.core import national_text
from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.money import MAX_MINOR, format_amount
from equipment_desk.exchange.columns import COLUMNS, NATIONAL_FIELDS, ColumnSpec
from equipment_desk.exchange.layout import SkippedRow
from equipment_desk.exchange.tables import Mapping, Table, cell_text
from equipment_desk.store import records

KINDS = ("item", "institution", "donor", "programme")


def columns_for(kind: str) -> tuple[ColumnSpec, ...]:
    if kind not in COLUMNS:
        raise InputError(Problem("must be one of {choices}", params={"choices": ", ".join(KINDS)}, field="kind", value=kind))
    return COLUMNS[kind]


@dataclass
class RowCheck:
    """One data row: what it would create and what is wrong with it."""

    row: int
    cells: dict[str, Any]
    """Field -> the cell as read (:attr:`shown` gives them as text, for the preview)."""
    record: dict[str, Any] | None = None
    """Clean values to insert (``None`` for a row that only adds a signatory)."""
    signatory: dict[str, Any] | None = None
    signatory_as_given: dict[str, Any] = field(default_factory=dict)
    """Signatory values stored as the file gives them, not filled in by the store (a gender the file says is not given)."""
    donor_ids: list[int] = field(default_factory=list)
    group: int | None = None
    """For institutions: the row whose institution this row belongs to."""
    problems: list[Problem] = field(default_factory=list)
    view: Callable[[dict[str, Any]], dict[str, str]] | None = None
    """Words the stored record as text (set by checkers that have a preview of their own)."""

    @property
    def shown(self) -> dict[str, str]:
        """Field -> the cell as text."""
        return {name: cell_text(value) for name, value in self.cells.items()}

    @property
    def stored(self) -> dict[str, str]:
        """Field -> the value as it will be stored, as text (empty for a row that will not be stored)."""
        if self.record is None or self.view is None:
            return {}
        return self.view(self.record)


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
    skipped: list[SkippedRow] = field(default_factory=list)
    """Rows under the header that are not data (totals, signatures, empty rows ...), with the reason."""
    warnings: list[Problem] = field(default_factory=list)
    """Odd data that is imported as it is unless the user corrects it (shown before anything is written)."""
    date_order: str | None = None
    remembered: bool = False
    """The mapping (and date order) came from an earlier import of a file with the same header."""
    category_words: dict[str, str] = field(default_factory=dict)
    """The file's own category words (normalised) -> our category, as used; remembered for the office on import."""

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


def largest(currency: str | None) -> str:
    """The largest amount that can be stored, in major units: ``KGS 92,233,720,368,547,758.07``."""
    if currency:
        return format_amount(MAX_MINOR, currency, "en")
    return f"{MAX_MINOR // 100:,}.{MAX_MINOR % 100:02d}"


def col_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class Checker:
    """Checks one row at a time; :meth:`finish` runs once every row was seen (problems across rows)."""

    kind: records.Kind

    def __init__(self, db: sqlite_utils.Database, preview: ImportPreview) -> None:
        self.db = db
        self.preview = preview
        self.mapping = preview.mapping
        self.source = preview.source
        self.specs = {s.field: s for s in columns_for(preview.kind)}
        self.national = {name: NATIONAL_FIELDS[preview.kind][name] for name in self.mapping.fields.values()
                         if name in NATIONAL_FIELDS[preview.kind]}
        """The file's columns of texts in a national language: field -> (language, stored column)."""
        self.respelled: list[int] = []
        """Rows whose Uzbek apostrophes were written as the letters ʻ and ʼ."""

    def read_ahead(self, rows: list[tuple[int, list[Any]]]) -> None:
        """Called with every data row before the first is checked: what the checks will ask the database, asked at once."""

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

    def national_texts(self, cells: dict[str, Any], row: int, problems: list[Problem]) -> dict[str, str]:
        """The row's texts in national languages, field -> text as it will be stored: Uzbek apostrophes written as the
        letters ʻ and ʼ (the cell shows it so too), and a text in the wrong column (another language's letters, or none
        of the language's script) named as a problem of its row and column."""
        texts = {}
        for name, (code, _stored) in self.national.items():
            text = self.text(cells, name)
            spelled = national_text.normalise(code, text)
            if spelled != text:
                cells[name] = spelled
                if not self.respelled or self.respelled[-1] != row:
                    self.respelled.append(row)
            problems.extend(self.problem(p.message, name, row, spelled, **p.params) for p in national_text.text_problems(code, spelled))
            texts[name] = spelled
        return texts

    def finish(self) -> None:
        if self.respelled:
            rows = self.respelled
            self.preview.warnings.append(Problem(
                "apostrophes in Uzbek texts are written as the letters ʻ (oʻ, gʻ) and ʼ (rows {rows})",
                params={"rows": ", ".join(str(r) for r in rows[:8]) + (" …" if len(rows) > 8 else "")}, source=self.source))


