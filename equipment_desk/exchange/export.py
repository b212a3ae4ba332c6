"""Writing lists, the act register and act lines to XLSX and CSV.

XLSX files get real number and date cells (amounts in major units with two
decimals, exact from integer minor units), a bold frozen header row and
column widths fitted to the content.  CSV files are UTF-8 with a byte-order
mark (so Excel reads Cyrillic correctly) and dates as ISO; in English they
are comma-separated with amounts as ``2150000.50``, in Russian (``lang="ru"``)
semicolon-separated with amounts as ``2150000,50``, as a Russian-locale Excel
expects.  Codes (category, unit, condition, status, country) are written as
words of the chosen language, which the importer reads back.  A text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return gets an apostrophe in front, so no spreadsheet ever runs it
as a formula; the importer takes that apostrophe off again.

Every file is written to a temporary name and moved into place, so a crash
never leaves half a file under the name asked for.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlite_utils

from equipment_desk.analytics.act_rows import iter_acts
from equipment_desk.core import languages as printed
from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.files import atomic_output, check_output_path
from equipment_desk.core.labels import translator
from equipment_desk.core.money import to_decimal
from equipment_desk.exchange.columns import COLUMNS
from equipment_desk.exchange.progress import CancelFlag, ProgressCallback, Ticker
from equipment_desk.store import records
from equipment_desk.store.languages import NATIONAL_COLUMNS
from equipment_desk.store.languages import column as text_column

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
FORMATS = ("xlsx", "csv")
MONEY_FORMAT = "#,##0.00"
RATE_FORMAT = "0.00####"
DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 60
WIDTH_ROWS = 500
"""An XLSX's column widths are fitted to this many first rows."""


@dataclass(frozen=True)
class Column:
    """One exported column: ``type`` is text, int, money, date, rate or bool."""

    key: str
    title: str
    type: str = "text"
    currency_key: str = "currency"
    """For money: the row key holding the currency code (or a fixed code such as ``"USD"``)."""
    words: Callable[[str | None], str] | None = field(default=None, compare=False)
    """For a text column holding a code: the word shown for it (see :mod:`equipment_desk.core.labels`)."""


@dataclass(frozen=True)
class CsvStyle:
    """How a CSV is written: the delimiter and the decimal separator."""

    delimiter: str = ","
    decimal: str = "."

    @classmethod
    def for_language(cls, lang: str) -> CsvStyle:
        """Russian: ``;`` and a decimal comma (what a Russian-locale Excel opens); else ``,`` and a point."""
        return cls(";", ",") if lang == "ru" else cls()


def neutralise(text: str) -> str:
    """Text that a spreadsheet would run as a formula gets an apostrophe in front."""
    if text and text[0] in DANGEROUS_START:
        return "'" + text
    return text


def _money(row: dict[str, Any], column: Column) -> Decimal | None:
    value = row.get(column.key)
    if value is None:
        return None
    code = row.get(column.currency_key) or column.currency_key
    return to_decimal(int(value), code if len(code) == 3 else "USD")


def _date(value: Any) -> date | None:
    if not value:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def cell_value(row: dict[str, Any], column: Column) -> Any:
    """The value as it goes into a spreadsheet cell (number, date, text or None)."""
    value = row.get(column.key)
    if column.type == "money":
        return _money(row, column)
    if column.type == "date":
        return _date(value)
    if column.type == "int":
        return None if value is None else int(value)
    if column.type == "rate":
        return None if value in (None, "") else Decimal(str(value))
    if column.type == "bool":
        if value is None:
            return None
        return column.words("yes" if value else "no") if column.words is not None else ("yes" if value else "no")
    if value is None:
        return None
    if column.words is not None:
        value = column.words(value)
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    return neutralise(str(value))


def format_of(path: str | Path, fmt: str | None = None) -> str:
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise InputError(Problem("the file must end in .xlsx or .csv", field="file", value=str(path)))
    return fmt


def write_table(
    path: str | Path,
    columns: Sequence[Column],
    rows: Iterable[dict[str, Any]],
    *,
    fmt: str | None = None,
    sheet_title: str = "Sheet1",
    lang: str = "en",
    delimiter: str | None = None,
    notes: Sequence[str] = (),
    progress: ProgressCallback | None = None,
    cancel: CancelFlag = None,
    protected: Iterable[str | os.PathLike | None] = (),
    total: int | None = None,
) -> int:
    """Write ``rows`` to an XLSX or CSV file (by ``fmt`` or the file's suffix); returns the number of rows.

    A CSV takes its delimiter and decimal separator from ``lang`` (see
    :meth:`CsvStyle.for_language`; ``delimiter`` overrides).  ``notes`` are
    lines written under the table of an XLSX (a CSV stays a plain table).
    The file is written whole or not at all, never over a database or a
    file of ``protected`` (see :mod:`equipment_desk.core.files`).

    ``rows`` may be a generator: they are written as they come (an XLSX sheet
    streams to a temporary file), so an export of any size holds only the
    rows its column widths are fitted to in memory.  ``total``: how many
    rows a generator will give, for ``progress`` (else the count of a list).
    """
    path = Path(path)
    fmt = format_of(path, fmt)
    check_output_path(path, protected=protected, what=f"export.{fmt}")
    if total is None:
        total = len(rows) if isinstance(rows, Sized) else 0
    ticker = Ticker(progress, cancel, total, step=500)
    counted = _Counted(rows)
    with atomic_output(path, protected=protected, what=f"export.{fmt}") as temporary:
        if fmt == "csv":
            style = CsvStyle.for_language(lang)
            if delimiter is not None:
                style = CsvStyle(delimiter, style.decimal)
            _write_csv(temporary, columns, counted, style, ticker)
        else:
            _write_xlsx(temporary, columns, counted, sheet_title, ticker, notes)
    ticker.total = max(ticker.total, counted.count)
    ticker.finish()
    return counted.count


class _Counted:
    """Rows passed through as they come, counted."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        self._rows = iter(rows)
        self.count = 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for row in self._rows:
            self.count += 1
            yield row


def _csv_text(value: Any, decimal: str = ".") -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", decimal)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _write_csv(path: Path, columns: Sequence[Column], rows: Iterable[dict[str, Any]], style: CsvStyle, ticker: Ticker) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=style.delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralise(c.title) for c in columns])
        for done, row in enumerate(rows):
            ticker.tick(done)
            writer.writerow([_csv_text(cell_value(row, c), style.decimal) for c in columns])


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, Decimal):
        return len(f"{value:,.2f}")
    if isinstance(value, date):
        return 10
    return max((len(part) for part in str(value).splitlines()), default=0)


def _write_xlsx(path: Path, columns: Sequence[Column], rows: Iterable[dict[str, Any]], sheet_title: str, ticker: Ticker,
                notes: Sequence[str] = ()) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31] or "Sheet1")
    widths = [len(c.title) + 2 for c in columns]
    rows = iter(rows)
    first = list(itertools.islice(rows, WIDTH_ROWS))  # the widths fit the first rows; the others stream past
    for row in first:
        for index, column in enumerate(columns):
            widths[index] = max(widths[index], _width(cell_value(row, column)) + 2)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width, 6), MAX_WIDTH)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E9EDF1")
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=neutralise(column.title))
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        header.append(cell)
    sheet.append(header)
    formats = {"money": MONEY_FORMAT, "date": DATE_FORMAT, "rate": RATE_FORMAT, "int": "0"}
    for done, row in enumerate(itertools.chain(first, rows)):
        ticker.tick(done)
        cells = []
        for column in columns:
            value = cell_value(row, column)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text, whatever it looks like
            number_format = formats.get(column.type)
            if number_format and value is not None:
                cell.number_format = number_format
            cells.append(cell)
        sheet.append(cells)
    if notes:
        sheet.append([])
        italic = Font(italic=True)
        for note in notes:
            cell = WriteOnlyCell(sheet, value=neutralise(note))
            cell.font = italic
            sheet.append([cell])
    workbook.save(path)


# --- what can be exported ------------------------------------------------------------------------

def _title(kind: str, field: str, lang: str) -> str:
    for spec in COLUMNS[kind]:
        if spec.field == field:
            return spec.title_ru if lang == "ru" else spec.title_en
    return field


def item_columns(lang: str = "en") -> list[Column]:
    t = lambda f: _title("item", f, lang)  # noqa: E731
    ru = lang == "ru"
    return [
        Column("id", "ID" if not ru else "ID", "int"),
        Column("category", t("category"), words=translator("category", lang)),
        Column("name", t("name")),
        Column("model", t("model")),
        Column("serial_number", t("serial_number")),
        Column("inventory_number", t("inventory_number")),
        Column("unit", t("unit"), words=translator("unit", lang)),
        Column("quantity", t("quantity"), "int"),
        Column("unit_value_minor", t("unit_value"), "money"),
        Column("total_minor", t("amount"), "money"),
        Column("currency", t("currency")),
        Column("acquisition_date", t("acquisition_date"), "date"),
        Column("condition", t("condition"), words=translator("condition", lang)),
        Column("programme_code", t("programme_code")),
        Column("handed_over", "Передано" if ru else "Handed over", "int"),
        Column("available", "В наличии" if ru else "Available", "int"),
        Column("status", "Статус" if ru else "Status", words=translator("item_status", lang)),
        Column("notes", t("notes")),
        Column("written_off", t("written_off"), "bool", words=translator("yes_no", lang)),
        Column("written_off_reason", t("written_off_reason")),
        Column("uuid", "UUID"),
    ]


def item_rows(*, db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """Every item, read as written (a cursor, not a list: an export of 100,000 items holds a few rows at a time)."""
    cursor = db.execute(
        "SELECT s.*, p.code AS programme_code FROM item_stock s LEFT JOIN programme p ON p.id = s.programme_id ORDER BY s.id"
    )
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values))
        row["total_minor"] = row["quantity"] * row["unit_value_minor"]
        yield row


def institution_columns(lang: str = "en") -> list[Column]:
    t = lambda f: _title("institution", f, lang)  # noqa: E731
    fields = ("name_en", "name_ru", "country", "city_en", "city_ru", "region", "kind", "address", "phone", "email",
              "contact_person", "notes", "signatory_name", "signatory_title_en", "signatory_title_ru",
              "signatory_authority_en", "signatory_authority_ru", "signatory_gender", "signatory_name_ru_genitive",
              "signatory_title_ru_genitive", "signatory_active")
    words = {"country": translator("country", lang), "kind": translator("institution_kind", lang),
             "signatory_gender": translator("gender", lang), "signatory_active": translator("yes_no", lang)}
    return [Column("id", "ID", "int")] + [Column(f, t(f), "bool" if f == "signatory_active" else "text", words=words.get(f))
                                          for f in fields] + [Column("uuid", "UUID")]


_SIGNATORY_EXPORTED = ("name_ru", "name_en", "title_en", "title_ru", "authority_en", "authority_ru", "gender", "name_ru_genitive",
                       "title_ru_genitive", "active")
"""A signatory's fields an institution list writes as ``signatory_…`` (with its one-column name and its national texts)."""


def institution_rows(*, db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """One row per signatory (an institution without one gets one row): the import format."""
    for inst in records.list_records(db=db, kind=records.INSTITUTION, order_by="id"):
        sigs = records.signatories(db=db, institution_id=inst["id"])
        for sig in sigs or [None]:
            row = dict(inst)
            if sig:
                row.update({f"signatory_{name}": sig[name] for name in _SIGNATORY_EXPORTED})
                row.update(signatory_name=sig["full_name"])
                row.update({f"signatory_{name}": sig[name] for name in NATIONAL_COLUMNS["signatory"]})
            yield row


def programme_columns(lang: str = "en") -> list[Column]:
    t = lambda f: _title("programme", f, lang)  # noqa: E731
    return [Column("id", "ID", "int")] + [Column(f, t(f)) for f in ("code", "name_en", "name_ru", "sub_programme", "donors", "notes")] + [Column("uuid", "UUID")]


def programme_rows(*, db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    for prog in records.list_records(db=db, kind=records.PROGRAMME, order_by="code"):
        row = dict(prog)
        row["donors"] = [d["name_en"] for d in records.programme_donors(db=db, programme_id=prog["id"])]
        yield row


def donor_columns(lang: str = "en") -> list[Column]:
    t = lambda f: _title("donor", f, lang)  # noqa: E731
    return [Column("id", "ID", "int")] + [Column(f, t(f)) for f in ("name_en", "name_ru", "short_name", "country", "notes")] + [Column("uuid", "UUID")]


def donor_rows(*, db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return records.list_records(db=db, kind=records.DONOR, order_by="id")


LISTS = {
    "item": (item_columns, item_rows),
    "institution": (institution_columns, institution_rows),
    "programme": (programme_columns, programme_rows),
    "donor": (donor_columns, donor_rows),
}


_PER_LANGUAGE_IN_FILES = {"item": ("name", "name"), "institution": ("signatory_name", "signatory_name")}
"""Kind -> (the list's one-column name, the import's field it is written as per language): a file holds each language's."""


def file_columns(kind: str, lang: str = "en") -> list[Column]:
    """The columns of a list written to a file: every text the import reads back, each language in its own column.

    The list's one name column (an item's name, a signatory's name as listed) becomes the Russian and the English name
    under the titles the import recognises ("Name (EN)", «Наименование (рус.)»), the window's language first, so
    exporting and importing again gives the same records."""
    columns = LISTS[kind][0](lang)
    if kind in _PER_LANGUAGE_IN_FILES:
        listed, field = _PER_LANGUAGE_IN_FILES[kind]
        order = ("ru", "en") if lang == "ru" else ("en", "ru")
        index = next(i for i, column in enumerate(columns) if column.key == listed)
        columns[index:index + 1] = [Column(f"{field}_{code}", _title(kind, f"{field}_{code}", lang)) for code in order]
    return columns


def export_list(*, db: sqlite_utils.Database, kind: str, path: str | Path, lang: str = "en", **kw: Any) -> int:
    """Export every item, institution (with signatories), programme or donor; returns the row count.

    The file imports again as the same records (:func:`file_columns`, :func:`national_columns`)."""
    if kind not in LISTS:
        raise InputError(Problem("must be one of {choices}", params={"choices": ", ".join(LISTS)}, field="kind", value=kind))
    rows = LISTS[kind][1]
    total = db.execute("SELECT count(*) FROM item").fetchone()[0] if kind == "item" else None
    shown = file_columns(kind, lang)
    shown[-1:-1] = national_columns(db, kind, lang)  # before the UUID
    return write_table(path, shown, rows(db=db), sheet_title=kind.capitalize() + "s", lang=lang, total=total, **kw)


_NATIONAL_TITLES = {"name": ("Name", "Наименование"), "signatory_name": ("Signatory", "Подписант"),
                    "signatory_title": ("Signatory title", "Должность"), "signatory_authority": ("Acting under", "На основании")}


def national_columns(db: sqlite_utils.Database, kind: str, lang: str = "en") -> list[Column]:
    """A column for each text in a state language that any record of ``kind`` has (``name_ky`` as "Name (KY)")."""
    prefixes = ("name", "signatory_name", "signatory_title", "signatory_authority") if kind == "institution" else ("name",)
    out = []
    for code in printed.NATIONAL:
        for prefix in prefixes:
            table, stored = ("signatory", prefix[len("signatory_"):]) if prefix.startswith("signatory_") else (kind, prefix)
            if db.execute(f"SELECT 1 FROM {table} WHERE {text_column(stored, code)} <> '' LIMIT 1").fetchone():
                out.append(Column(text_column(prefix, code), f"{_NATIONAL_TITLES[prefix][lang == 'ru']} ({code.upper()})"))
    return out


def register_columns(lang: str = "en") -> list[Column]:
    ru = lang == "ru"
    return [
        Column("number", "Номер" if ru else "Number"),
        Column("status", "Статус" if ru else "Status", words=translator("act_status", lang)),
        Column("date", "Дата" if ru else "Date", "date"),
        Column("recipient", "Получатель" if ru else "Recipient"),
        Column("country", "Страна" if ru else "Country", words=translator("country", lang)),
        Column("programme_code", "Программа" if ru else "Programme"),
        Column("donors", "Доноры" if ru else "Donors"),
        Column("line_count", "Строк" if ru else "Lines", "int"),
        Column("quantity", "Количество" if ru else "Quantity", "int"),
        Column("total_minor", "Сумма" if ru else "Total", "money"),
        Column("currency", "Валюта" if ru else "Currency"),
        Column("rate", "Курс к USD" if ru else "Rate per USD", "rate"),
        Column("rate_scale", "За USD" if ru else "Per USD", "int"),
        Column("usd_minor", "Сумма, USD" if ru else "Total, USD", "money", currency_key="USD"),
        Column("signed_date", "Дата подписания" if ru else "Signed on", "date"),
        Column("has_scan", "Скан подписанного" if ru else "Signed scan", "bool", words=translator("yes_no", lang)),
        Column("void_reason", "Причина аннулирования" if ru else "Void reason"),
        Column("uuid", "UUID"),
    ]


def register_rows(*, db: sqlite_utils.Database, lang: str = "en", **filters: Any) -> Iterator[dict[str, Any]]:
    """One row per act, as the acts are read (an export of 30,000 acts holds one at a time)."""
    for act in iter_acts(db=db, **filters):
        row = dict(act.__dict__)
        row["recipient"] = (act.recipient_ru if lang == "ru" else act.recipient_en) or act.recipient_en
        row["donors"] = act.donors_ru if lang == "ru" else act.donors_en
        row.pop("lines")
        yield row


def export_act_register(*, db: sqlite_utils.Database, path: str | Path, lang: str = "en", date_from: str | None = None,
                        date_to: str | None = None, statuses: tuple[str, ...] | None = None, **kw: Any) -> int:
    """Every act (or those of ``statuses``), one row each; returns the row count."""
    rows = register_rows(db=db, lang=lang, date_from=date_from, date_to=date_to, statuses=statuses)
    return write_table(path, register_columns(lang), rows, sheet_title="Acts", lang=lang, **kw)


def line_columns(lang: str = "en") -> list[Column]:
    ru = lang == "ru"
    return [
        Column("act_number", "Акт" if ru else "Act"),
        Column("act_status", "Статус" if ru else "Status", words=translator("act_status", lang)),
        Column("act_date", "Дата" if ru else "Date", "date"),
        Column("line_no", "№" if ru else "No.", "int"),
        Column("name", "Наименование" if ru else "Name"),
        Column("model", "Модель" if ru else "Model"),
        Column("serial_number", "Серийный номер" if ru else "Serial number"),
        Column("inventory_number", "Инвентарный номер" if ru else "Inventory number"),
        Column("category", "Категория" if ru else "Category", words=translator("category", lang)),
        Column("unit", "Ед. изм." if ru else "Unit", words=translator("unit", lang)),
        Column("quantity", "Количество" if ru else "Quantity", "int"),
        Column("unit_value_minor", "Цена за единицу" if ru else "Unit value", "money"),
        Column("amount_minor", "Сумма" if ru else "Amount", "money"),
        Column("currency", "Валюта" if ru else "Currency"),
        Column("usd_minor", "Сумма, USD" if ru else "Amount, USD", "money", currency_key="USD"),
        Column("recipient", "Получатель" if ru else "Recipient"),
        Column("country", "Страна" if ru else "Country", words=translator("country", lang)),
        Column("programme_code", "Программа" if ru else "Programme"),
        Column("item_uuid", "UUID"),
    ]


def line_rows(*, db: sqlite_utils.Database, lang: str = "en", **filters: Any) -> Iterator[dict[str, Any]]:
    """One row per line of every act, as the acts are read."""
    for act in iter_acts(db=db, **filters):
        for line in act.lines:
            yield {
                **line,
                "act_number": act.number or f"draft {act.id}",
                "act_status": act.status,
                "act_date": act.date,
                "currency": act.currency,
                "recipient": (act.recipient_ru if lang == "ru" else act.recipient_en) or act.recipient_en,
                "country": act.country,
                "programme_code": act.programme_code,
            }


def export_act_lines(*, db: sqlite_utils.Database, path: str | Path, lang: str = "en", date_from: str | None = None,
                     date_to: str | None = None, statuses: tuple[str, ...] | None = None, **kw: Any) -> int:
    """Every line of every act (or of ``statuses``); returns the row count."""
    rows = line_rows(db=db, lang=lang, date_from=date_from, date_to=date_to, statuses=statuses)
    return write_table(path, line_columns(lang), rows, sheet_title="Act lines", lang=lang, **kw)


def table_to_text(columns: Sequence[Column], rows: Sequence[dict[str, Any]], *, lang: str = "en") -> str:
    """A plain text table for the terminal (amounts in major units, with a decimal comma in Russian)."""
    out = io.StringIO()
    decimal = CsvStyle.for_language(lang).decimal
    matrix = [[c.title for c in columns]]
    for row in rows:
        matrix.append([_csv_text(cell_value(row, c), decimal).lstrip("'") if cell_value(row, c) is not None else "" for c in columns])
    widths = [min(max(len(r[i]) for r in matrix), 40) for i in range(len(columns))]
    right = [c.type in ("int", "money", "rate") for c in columns]
    for r in matrix:
        cells = []
        for i, text in enumerate(r):
            text = text.replace("\n", " ")
            if len(text) > widths[i]:
                text = text[: widths[i] - 1] + "…"
            cells.append(text.rjust(widths[i]) if right[i] else text.ljust(widths[i]))
        out.write("  ".join(cells).rstrip() + "\n")
    return out.getvalue()
