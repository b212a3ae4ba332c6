"""Odd data worth a second look before it is stored: shown in the dry run and the preview, never silent.

* a name column holding only numbers (a row-number column read as the name);
* a column mostly empty where values are expected (the price, the quantity,
  the serial numbers) — often the wrong column was guessed;
* a quantity or total equal to the sum of the other rows' — a totals row
  without the word «Итого».

These are warnings, not refusals: the data may be right.  The user sees them
with the rows they concern and can switch a column off or map another.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from equipment_desk.core.errors import Problem
from equipment_desk.exchange.checking import ImportPreview
from equipment_desk.exchange.tables import cell_text

_NUMBER = re.compile(r"^\s*\d+([.,]\d+)?\s*$")
_EXPECTED = ("unit_value", "amount", "quantity", "serial_number", "inventory_number", "acquisition_date", "name", "model")
MIN_ROWS = 4


def _rows_list(rows: list[int]) -> str:
    return ", ".join(str(r) for r in rows[:8]) + (" …" if len(rows) > 8 else "")


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return Decimal(str(value))
    text = cell_text(value).replace("\u00a0", "").replace(" ", "")
    if not re.fullmatch(r"\d+([.,]\d+)?", text):
        return None
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def find(preview: ImportPreview, rows: list[tuple[int, list[Any]]]) -> list[Problem]:
    """Warnings about the data rows of ``preview`` (see the module text)."""
    mapping, source = preview.mapping, preview.source
    found: list[Problem] = []
    for name in ("name", "name_en", "name_ru"):
        column = mapping.column_of(name)
        if column is None:
            continue
        values = [v for _, vs in rows for v in [vs[column] if column < len(vs) else None] if cell_text(v)]
        if len(values) >= 2 and all(isinstance(v, (int, float)) or _NUMBER.match(cell_text(v)) for v in values):
            found.append(Problem("the column read as the name holds only numbers ({examples}); is it a row-number column? "
                                 "Map the name to another column", params={"examples": ", ".join(cell_text(v) for v in values[:3])},
                                 field=mapping.title_of(name), source=source))
    if len(rows) >= MIN_ROWS:
        for name in _EXPECTED:
            column = mapping.column_of(name)
            if column is None or (name == "unit_value" and mapping.column_of("amount") is not None):
                continue
            empty = [number for number, vs in rows if not cell_text(vs[column] if column < len(vs) else None)]
            if len(empty) * 2 > len(rows) and len(empty) < len(rows):
                found.append(Problem("the column is empty in {empty} of {total} rows (rows {rows}); is it the right column?",
                                     params={"empty": len(empty), "total": len(rows), "rows": _rows_list(empty)},
                                     field=mapping.title_of(name), source=source))
    for name, what in (("quantity", "quantity"), ("amount", "total")):
        column = mapping.column_of(name)
        if column is None or len(rows) < 3:
            continue
        numbers = [(number, _number(vs[column] if column < len(vs) else None)) for number, vs in rows]
        known = [(number, value) for number, value in numbers if value is not None]
        total = sum((value for _, value in known), Decimal(0))
        # a totals row without the word «Итого» sits last, under at least three items
        for number, value in known[-1:]:
            if len(known) >= 4 and value > 0 and value * 2 == total:
                found.append(Problem("the {what} {value} equals the sum of the other rows: is row {row} a totals row? "
                                     "Delete it or it is imported as an item", params={"what": what, "value": cell_text(value), "row": number},
                                     field=mapping.title_of(name), row=number, source=source))
    return found
