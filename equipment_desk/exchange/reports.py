"""A pivot of what was handed over (:mod:`equipment_desk.analytics.reports`) written to XLSX or CSV."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from equipment_desk.analytics.reports import Pivot, dimension_title, pivot_rows
from equipment_desk.exchange.export import Column, write_table


def export_pivot(result: Pivot, path: str | Path, *, lang: str = "en", protected: Iterable[str | Path | None] = ()) -> int:
    """Write a pivot to XLSX or CSV (long form: row, column, currency, amount, USD, items, acts).

    An XLSX carries the pivot's :meth:`~Pivot.notes` under the table.
    """
    ru = lang == "ru"
    columns = [Column("row", dimension_title(result.rows_by, lang))]
    if result.cols_by:
        columns.append(Column("column", dimension_title(result.cols_by, lang)))
    columns += [
        Column("currency", "Валюта" if ru else "Currency"),
        Column("amount_minor", "Сумма" if ru else "Amount", "money"),
        Column("usd_minor", "Сумма, USD" if ru else "Amount, USD", "money", currency_key="USD"),
        Column("items", "Предметов" if ru else "Items", "int"),
        Column("acts", "Актов" if ru else "Acts", "int"),
    ]
    return write_table(path, columns, pivot_rows(result), sheet_title="Report", lang=lang, notes=result.notes(lang),
                       protected=protected)


