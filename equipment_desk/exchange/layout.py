"""Finding the table in a sheet kept by people: which rows under the header are data, and why the others are not.

A register is rarely a bare table.  Above the header there are title rows
(:func:`~equipment_desk.exchange.tables.guess_mapping` skips those); below it,
among and after the items:

* empty rows;
* totals rows — «Итого:», «Всего по разделу», "Total", "Grand total (USD)";
* signature and footer rows — «Главный бухгалтер ________ Иванова А.А.»,
  «М.П.», "Prepared by: ..." — and notes below the totals;
* section titles merged across the table («Раздел 1. Компьютеры»);
* the column titles repeated (a sheet printed over several pages).

:func:`split_rows` returns the data rows and every skipped row with the
reason, so the preview and the dry run can say what was left out.  A cell
merged down over several data rows (one programme or date for a group of
items) is read for each of them; a merged quantity or amount is not guessed
at — the import reports it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from equipment_desk.core.errors import DeskError
from equipment_desk.core.money import parse_amount
from equipment_desk.exchange.tables import Mapping, Table, cell_decimal_text, cell_text, normalise_title
from equipment_desk.exchange.values import currency_of_word, split_currency

NUMERIC_FIELDS = frozenset({"quantity", "unit_value", "amount"})
"""Fields whose merged cells are never spread over several rows (that would multiply a total)."""
_ITEM_EVIDENCE = ("quantity", "unit_value", "amount", "serial_number", "inventory_number")

_TOTAL_WORDS = ("итого", "всего", "итог", "total", "totals", "grand total", "sub total", "subtotal", "sum total", "общий итог",
                "всего по", "итого по", "total for", "total of", "в том числе", "в т ч", "including")
_TOTAL_EXACT = frozenset(_TOTAL_WORDS) | {"всего на сумму", "итого на сумму", "total amount", "total value", "total cost"}
_FOOTER_STARTS = ("главный бухгалтер", "гл бухгалтер", "бухгалтер", "руководитель", "директор", "исполнитель", "составил", "подготовил",
                  "проверил", "утверждаю", "утвердил", "согласовано", "ответственный", "ответственное лицо", "материально ответственное лицо",
                  "подпись", "м п", "мп", "l s", "prepared by", "approved by", "checked by", "certified by", "verified by",
                  "signature", "signed", "received by", "handed over by", "chief accountant", "accountant", "focal point",
                  "передал", "принял", "сдал", "начальник")
_UNDERSCORES = re.compile(r"_{3,}|\.{5,}|…{2,}")
_COUNT_REST = re.compile(r"^[\d\s.,]+(шт|ед|pcs|units?|items?|позиц\w*|наим\w*)?\.?\s*$")
"""What follows «Итого» in a totals row that gives a count or a sum: «Итого 12 шт.», «Итого 1 339 068,39»."""
_TOTALS_HINT = re.compile(r"итог|всего|total|в т\.? ?ч|including", re.IGNORECASE)
"""A cheap first look: only rows with one of these words are read closely for a totals row."""


@dataclass(frozen=True)
class SkippedRow:
    """A row under the header that is not imported, and why (an English template with its values)."""

    row: int
    reason: str
    """``empty``, ``totals``, ``footer``, ``after_totals``, ``section`` or ``header``."""
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params)


def skipped_row(message: str, row: int, reason: str, params: dict[str, Any] | None = None) -> SkippedRow:
    """A skipped row with its reason (the message template first, so the translation tool collects it)."""
    return SkippedRow(row, reason, message, params or {})


@dataclass
class Layout:
    rows: list[tuple[int, list[Any]]]
    skipped: list[SkippedRow]
    filled: set[tuple[int, int]]
    """(row, 1-based column) of cells read from a merged cell above them."""


def _snippet(values: Sequence[Any]) -> str:
    text = " ".join(cell_text(v) for v in values if cell_text(v))
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def totals_strength(value: Any) -> str | None:
    """How surely a cell's text names a totals row: ``"sure"``, ``"maybe"`` or ``None``.

    Sure: «Итого:», "Grand total (USD)", «Всего по разделу 2», «Итого 12 шт.»,
    «Итого на сумму», "Total amount".  Maybe: «Итого ааа», «Всего хорошего» —
    a totals word then other words, which an item may be named; such a row is a
    totals row only when its numbers are the sums of the rows above it.
    Never: "Total station Leica TS07" (an instrument), «Итоговый отчёт».
    """
    if not isinstance(value, str):
        return None
    raw = value.strip()
    norm = normalise_title(raw)
    if not norm:
        return None
    if norm in _TOTAL_EXACT:
        return "sure"
    for word in _TOTAL_WORDS:
        if norm.startswith(word + " "):
            rest = norm[len(word) + 1:]
            if ":" in raw[: len(word) + 3] or rest.startswith(("по ", "for ", "of ", "на сумму")) or currency_of_word(rest) \
                    or _COUNT_REST.match(rest):
                return "sure"
            if word in ("grand total", "subtotal", "sub total", "итого по", "всего по", "total for"):
                return "sure"
            if word in ("итого", "всего"):
                return "maybe"
    return None


def is_totals_text(value: Any) -> bool:
    """Whether the text alone names a totals row (:func:`totals_strength` is ``"sure"``)."""
    return totals_strength(value) == "sure"


def _is_footer_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    if _UNDERSCORES.search(value):
        return True
    norm = normalise_title(value)
    return any(norm == start or norm.startswith(start + " ") for start in _FOOTER_STARTS)


_PERSON_FIELDS = frozenset({"signatory_name", "signatory_title_en", "signatory_title_ru", "signatory_authority_en",
                            "signatory_authority_ru", "contact_person"})
"""Columns whose words («Директор», «Начальник управления») open a signature row elsewhere but are data here."""


def _has_footer_text(present: list[tuple[int, Any]], mapped: dict[int, str]) -> bool:
    """A signature or footer text in the row, not counting a signatory's title or name in its own column (unless it is a
    line to sign on, «____»)."""
    for index, value in present:
        if not isinstance(value, str):
            continue
        if mapped.get(index) in _PERSON_FIELDS:
            if _UNDERSCORES.search(value):
                return True
            continue
        if _is_footer_text(value):
            return True
    return False


def _filled(value: Any) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def split_rows(table: Table, mapping: Mapping, *, kind: str = "item") -> Layout:
    """The data rows under the header (merged cells spread where safe) and the rows skipped, with reasons."""
    fill = _merged_fill(table, mapping)
    header_norm = [normalise_title(t) for t in mapping.titles]
    header_raw = {t.strip().casefold() for t in mapping.titles if t and t.strip()}
    mapped = dict(mapping.fields)
    evidence = [index for index, name in mapped.items() if name in _ITEM_EVIDENCE] if kind == "item" else []
    rows: list[tuple[int, list[Any]]] = []
    skipped: list[SkippedRow] = []
    filled_cells: set[tuple[int, int]] = set()
    horizontal = _horizontal_merges(table, mapping)
    totals_row: int | None = None
    sums = _Sums(mapped, rows)
    for number, values in table.rows:
        if number <= mapping.header_row:
            continue
        if number in fill:
            values = list(values)
            for index, value in fill[number].items():
                while len(values) <= index:
                    values.append(None)
                if not _filled(values[index]):
                    values[index] = value
                    filled_cells.add((number, index + 1))
        present = [(i, v) for i, v in enumerate(values) if v is not None and (v.__class__ is not str or v.strip())]  # _filled, inline
        if not present:
            skipped.append(skipped_row("an empty row", number, "empty"))
            continue
        texts = [v for _, v in present if isinstance(v, str)]
        if texts and _TOTALS_HINT.search(" ".join(texts)) and _is_totals_row(present, values, mapped, sums):
            totals_row = number
            sums = _Sums(mapped, rows)
            skipped.append(skipped_row("a totals row: {text}", number, "totals", {"text": _snippet(values)}))
            continue
        if len(present) <= 4 and _has_footer_text(present, mapped) and not _has_numbers(values, mapped):
            skipped.append(skipped_row("a signature or footer row: {text}", number, "footer", {"text": _snippet(values)}))
            continue
        if header_raw and not header_raw.isdisjoint([v.strip().casefold() for v in texts]) and \
                sum(1 for i, v in present if i < len(header_norm) and header_norm[i] and normalise_title(v) == header_norm[i]) \
                >= max(2, len(mapped) // 2):
            skipped.append(skipped_row("repeats the column titles", number, "header"))
            continue
        if len(present) == 1 and texts and (number, present[0][0] + 1) in horizontal:
            skipped.append(skipped_row("a section title across the table: {text}", number, "section", {"text": _snippet(values)}))
            continue
        if totals_row is not None and evidence and not any(i < len(values) and _filled(values[i]) for i in evidence):
            skipped.append(skipped_row("below the totals row {totals}, with no quantity, value or number: {text}", number, "after_totals",
                                       {"totals": totals_row, "text": _snippet(values)}))
            continue
        rows.append((number, values))
    return Layout(rows=rows, skipped=skipped, filled=filled_cells)


_TOTALS_COLUMNS = frozenset({"row_number", "name", "name_en", "name_ru", "category", None})
"""Where a totals row writes its word: the first cell, the number or name column, or a column not imported."""
_IDENTIFIERS = ("serial_number", "inventory_number", "model")
_SUMMED = ("quantity", "amount", "unit_value")


def _minor(value: Any) -> int | None:
    """A quantity or amount cell as hundredths (``"1 234,50 сом"`` -> 123450), or ``None`` when it is not a plain number."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        if isinstance(value, (int, float)):
            return parse_amount(cell_decimal_text(value))
        text, _currency = split_currency(cell_text(value))
        return parse_amount(text) if text else None
    except (ValueError, DeskError):
        return None


class _Sums:
    """The sums of the quantity and amount columns over the data rows since the last totals row, added up only when a
    row asks (most registers never do)."""

    def __init__(self, mapped: dict[int, str], rows: list[tuple[int, list[Any]]]) -> None:
        self.columns = [index for index, name in mapped.items() if name in _SUMMED]
        self.rows = rows
        self.start = len(rows)

    def _sum(self, index: int) -> int | None:
        total = 0
        for _number, values in self.rows[self.start:]:
            value = values[index] if index < len(values) else None
            if _filled(value):
                minor = _minor(value)
                if minor is None:
                    return None
                total += minor
        return total

    def matched_by(self, values: Sequence[Any]) -> bool:
        """Whether the row's numbers are these sums: at least one filled, every filled one equal to its column's sum."""
        if self.start >= len(self.rows):
            return False
        filled = [index for index in self.columns if index < len(values) and _filled(values[index])]
        return bool(filled) and all(_minor(values[index]) == self._sum(index) for index in filled)


def _is_totals_row(present: list[tuple[int, Any]], values: Sequence[Any], mapped: dict[int, str], sums: _Sums) -> bool:
    """A totals word where a totals row puts it — not «Итого 3 шт. в комплекте» in an item's notes — and no serial, inventory
    number or model (an item has those; a totals row does not).  A word that an item's name may begin with («Итого ааа»)
    makes a totals row only when the row's quantity and amounts are the sums of the rows above it."""
    if any(mapped.get(i) in _IDENTIFIERS for i, _ in present):
        return False
    first = present[0][0]
    strengths = {totals_strength(v) for i, v in present if i == first or mapped.get(i) in _TOTALS_COLUMNS}
    if "sure" in strengths:
        return True
    return "maybe" in strengths and sums.matched_by(values)


def _has_numbers(values: Sequence[Any], mapped: dict[int, str]) -> bool:
    for index, name in mapped.items():
        if name in NUMERIC_FIELDS and index < len(values):
            value = values[index]
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return True
            if isinstance(value, str) and re.search(r"\d", value) and not _is_footer_text(value):
                return True
    return False


def _merged_fill(table: Table, mapping: Mapping) -> dict[int, dict[int, Any]]:
    """Row -> {0-based column: value} for cells under a vertically merged cell of a text column."""
    if not table.merged:
        return {}
    by_number = dict(table.rows)
    fill: dict[int, dict[int, Any]] = {}
    for r1, c1, r2, _c2 in table.merged:
        if r2 <= r1 or r1 <= mapping.header_row:
            continue
        name = mapping.fields.get(c1 - 1)
        if name is None or name in NUMERIC_FIELDS:
            continue
        top = by_number.get(r1, [])
        value = top[c1 - 1] if c1 - 1 < len(top) else None
        if not _filled(value):
            continue
        for number in range(r1 + 1, r2 + 1):
            fill.setdefault(number, {})[c1 - 1] = value
    return fill


def _horizontal_merges(table: Table, mapping: Mapping) -> set[tuple[int, int]]:
    """(row, first column) of merged ranges below the header that span two or more columns."""
    return {(r1, c1) for r1, c1, _r2, c2 in table.merged if c2 > c1 and r1 > mapping.header_row}


def spread_ranges(table: Table, mapping: Mapping) -> set[tuple[int, int, int, int]]:
    """The merged ranges :func:`split_rows` reads for each row (not a fault of the file)."""
    spread = set()
    for r1, c1, r2, c2 in table.merged:
        name = mapping.fields.get(c1 - 1)
        if r2 > r1 and r1 > mapping.header_row and c2 == c1 and name is not None and name not in NUMERIC_FIELDS:
            spread.add((r1, c1, r2, c2))
        elif r1 > mapping.header_row and c2 > c1 and r1 == r2:
            spread.add((r1, c1, r2, c2))  # a section title (skipped) or a name written across: the first column holds it
    return spread
