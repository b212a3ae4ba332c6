"""Reading a spreadsheet (CSV or XLSX) into rows, and guessing what its columns mean.

:func:`read_table` accepts

* CSV with any common delimiter (comma, semicolon, tab, pipe) in UTF-8 with
  or without a byte-order mark, UTF-16 ("Unicode text" from Excel),
  Windows-1251, KOI8-R or another Cyrillic code page
  (:mod:`equipment_desk.exchange.encodings`; mojibake is refused);
* XLSX, the first sheet read from its XML (:mod:`equipment_desk.exchange.xlsx_cells`;
  openpyxl in read-only mode for anything that reader does not expect):
  values as Excel last saved them, merged ranges, formula cells without a
  saved result.

Which rows under the header are data is :mod:`equipment_desk.exchange.layout`'s
business (totals, signatures, title rows).

Hostile or broken files — a missing path, a file that is not what its name
says, a zip bomb, too many rows, a malformed CSV — raise
:class:`~equipment_desk.core.errors.InputError` with a clear message before
anything else happens.

:func:`guess_mapping` reads the header row: each column title is compared,
after normalising case, punctuation and ``ё``, with the English and Russian
titles known for each field (:mod:`equipment_desk.exchange.columns`);
a language mark such as ``(en)``, ``(рус.)`` or ``на английском`` picks the
English or Russian field of a bilingual pair.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.exchange.columns import (
    CYRILLIC_MARK,
    LATIN_MARK,
    MARK_FILLERS,
    NATIONAL_MARKS,
    NOT_IMPORTED_TITLES,
    ROW_NUMBER,
    ColumnSpec,
)
from equipment_desk.exchange.encodings import decode_text

MAX_FILE_BYTES = 50 * 1024 * 1024
"""A table file larger than this is refused (a procurement list is kilobytes to a few megabytes)."""
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_XLSX_UNCOMPRESSED = 400 * 1024 * 1024
"""The sum of an XLSX's unpacked parts; more is treated as a zip bomb."""
MAX_XLSX_RATIO = 200
HEADER_SEARCH_ROWS = 15
CSV_FIELD_LIMIT = 1_000_000

_XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Table:
    """The cells of one sheet: ``rows`` are ``(row_number, values)`` with 1-based spreadsheet row numbers."""

    source: str
    format: str
    rows: list[tuple[int, list[Any]]]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    """Merged ranges as (first_row, first_col, last_row, last_col), 1-based, XLSX only."""
    unsaved_formulas: set[tuple[int, int]] = field(default_factory=set)
    """(row, col) of formula cells without a saved result, 1-based."""


@dataclass
class Mapping:
    """Which column (0-based index) holds which field; ``header_row`` is the spreadsheet row of the titles."""

    header_row: int
    titles: list[str]
    fields: dict[int, str]
    """Column index -> field name, for the columns that were recognised (or chosen by the user)."""

    def title_of(self, field_name: str) -> str:
        for index, name in self.fields.items():
            if name == field_name:
                return self.titles[index] or f"column {index + 1}"
        return field_name

    def column_of(self, field_name: str) -> int | None:
        for index, name in self.fields.items():
            if name == field_name:
                return index
        return None



def _problem(message: str, source: str, *, row: int | None = None, **params: Any) -> InputError:
    """A problem of the file; ``row`` names where it is, and fills a ``{row}`` in the message too."""
    return InputError(Problem(message, params={**params, "row": row} if row is not None else params, source=source,
                              row=row))


# --- opening ------------------------------------------------------------------------------------

def read_table(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES, max_rows: int = MAX_ROWS) -> Table:
    """Read the first sheet of an XLSX or a CSV file; see the module text for what is accepted."""
    path = Path(path)
    source = path.name or str(path)
    if not path.exists():
        raise _problem("the file {path} does not exist", source, path=str(path))
    if path.is_dir():
        raise _problem("{path} is a folder, not a file", source, path=str(path))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise _problem("cannot read the file: {reason}", source, reason=error.strerror or str(error)) from error
    if size == 0:
        raise _problem("the file is empty", source)
    if size > max_bytes:
        raise _problem(
            "the file is too large ({size} MB; at most {limit} MB); split it into smaller files",
            source, size=round(size / 1024 / 1024, 1), limit=max_bytes // (1024 * 1024),
        )
    suffix = path.suffix.lower()
    if head.startswith(_XLS_MAGIC):
        raise _problem("this is an old Excel 97–2003 (.xls) file; save it as .xlsx or CSV and import that", source)
    if suffix in (".xlsx", ".xlsm"):
        if not head.startswith(_ZIP_MAGIC):
            raise _problem("the file is not an XLSX workbook, whatever its name says (it looks like {kind})", source, kind=_describe(head))
        return _read_xlsx(path, source, max_rows)
    if suffix in (".csv", ".txt", ".tsv", ""):
        if head.startswith(_ZIP_MAGIC):
            raise _problem("the file is not a CSV text file, whatever its name says (it looks like an XLSX workbook or a zip archive)", source)
        return _read_csv(path, source, max_rows)
    if suffix == ".xls":
        raise _problem("the file is not an old .xls workbook, whatever its name says; save it as .xlsx or CSV", source)
    if suffix in (".ods", ".fods"):
        raise _problem("this is an OpenDocument spreadsheet (LibreOffice, {suffix}); save it as .xlsx (Excel 2007-365) or CSV "
                       "and import that", source, suffix=suffix)
    raise _problem("cannot import a {suffix} file; use XLSX or CSV", source, suffix=suffix)


def _describe(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "a PDF"
    if head.startswith(_XLS_MAGIC):
        return "an old .xls workbook"
    if head.startswith(_ZIP_MAGIC):
        return "a zip archive"
    if all(32 <= b < 127 or b in (9, 10, 13) for b in head) or head.startswith(codecs.BOM_UTF8):
        return "a text or CSV file"
    return "binary data"


# --- CSV --------------------------------------------------------------------------------------

def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text: the one of , ; tab | that splits the first lines into the most cells, consistently.

    Each delimiter scores the cells it makes beyond the first on the lines that share its most common count, so
    "Цена, сом" or a decimal comma in a semicolon file (two pieces on some lines) loses to the semicolons that
    split every row of the table into its columns.  Each place a delimiter is written as a comma in text — a space after
    it («Цена, сом», a title «Реестр оборудования, полученного...») or digits on both sides (a decimal comma, "0,01") —
    counts against it, so a short semicolon file with commas in its text is not read as a comma file.
    """
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", (0, 0)
    for delimiter in (",", ";", "\t", "|"):
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        split = [count for count in counts if count > 1]
        if not split:
            continue
        common = max(set(split), key=lambda count: (split.count(count), count))
        as_text = sum(len(re.findall(rf"{re.escape(delimiter)} |\d{re.escape(delimiter)}\d", line)) for line in lines)
        score = (split.count(common) * (common - 1) - as_text, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, source: str, max_rows: int) -> Table:
    data = path.read_bytes()
    text, encoding = decode_text(data, source)
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(CSV_FIELD_LIMIT)
    rows: list[tuple[int, list[Any]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        for values in reader:
            number = len(rows) + 1  # a record, as a spreadsheet shows it, even with line breaks inside cells
            if len(rows) >= max_rows + HEADER_SEARCH_ROWS:
                raise _problem("the file has more than {limit} rows; split it into smaller files", source, limit=max_rows)
            if len(values) > MAX_COLUMNS:
                raise _problem("row {row} has {count} columns; at most {limit} are read", source, row=number, count=len(values), limit=MAX_COLUMNS)
            rows.append((number, [_unescape(v) for v in values]))
    except csv.Error as error:
        raise _problem("the CSV is malformed near row {row}: {reason}", source, row=len(rows) + 1, reason=str(error)) from error
    return Table(source=source, format="csv", rows=rows, encoding=encoding, delimiter=delimiter)


def _unescape(value: str) -> str:
    """Undo the apostrophe our exports put before a dangerous first character."""
    if len(value) > 1 and value[0] == "'" and value[1] in _DANGEROUS_START:
        return value[1:]
    return value


# --- XLSX -------------------------------------------------------------------------------------

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


def _column_number(letters: bytes | str) -> int:
    number = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        number = number * 26 + (ord(ch) - 64)
    return number


def _check_zip(path: Path, source: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _problem("the workbook is damaged or truncated ({reason})", source, reason=str(error)) from error
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/workbook") for n in names):
        raise _problem("the file is a zip archive but not an XLSX workbook", source)
    total = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if total > MAX_XLSX_UNCOMPRESSED or (total > 10 * 1024 * 1024 and total / packed > MAX_XLSX_RATIO):
        raise _problem("the workbook unpacks to {size} MB, far more than a table needs; it was not opened", source, size=total // (1024 * 1024))


def _read_xlsx(path: Path, source: str, max_rows: int) -> Table:
    from equipment_desk.exchange.xlsx_cells import UnexpectedWorkbook, read_first_sheet

    _check_zip(path, source)
    too_many = lambda: _problem("the sheet has more than {limit} rows; split it into smaller files", source, limit=max_rows)  # noqa: E731
    try:
        sheet = read_first_sheet(path, row_limit=max_rows + HEADER_SEARCH_ROWS, max_columns=MAX_COLUMNS, on_too_many=too_many)
    except InputError:
        raise
    except (UnexpectedWorkbook, Exception):  # noqa: BLE001 - whatever the fast reader did not expect, openpyxl reads
        return _read_xlsx_openpyxl(path, source, max_rows)
    rows = sheet.rows if not sheet.apostrophes else \
        [(number, [_unescape(v) if isinstance(v, str) else v for v in values]) for number, values in sheet.rows]
    return Table(source=source, format="xlsx", rows=rows, sheet=sheet.title, merged=sheet.merged, unsaved_formulas=sheet.unsaved_formulas)


def _read_xlsx_openpyxl(path: Path, source: str, max_rows: int) -> Table:
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise _problem("the workbook cannot be read ({reason})", source, reason=str(error) or type(error).__name__) from error
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise _problem("the workbook has no sheets", source)
        sheet_path = getattr(sheet, "_worksheet_path", None)
        rows: list[tuple[int, list[Any]]] = []
        try:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if len(rows) >= max_rows + HEADER_SEARCH_ROWS:
                    raise _problem("the sheet has more than {limit} rows; split it into smaller files", source, limit=max_rows)
                values = list(values[:MAX_COLUMNS])
                while values and (values[-1] is None or values[-1] == ""):
                    values.pop()
                if values:
                    rows.append((number, [_unescape(v) if isinstance(v, str) else v for v in values]))
        except InputError:
            raise
        except Exception as error:
            raise _problem("the sheet cannot be read ({reason})", source, reason=str(error) or type(error).__name__) from error
        title = sheet.title
    finally:
        workbook.close()
    merged, formulas = _scan_sheet_xml(path, sheet_path)
    unsaved: set[tuple[int, int]] = set()
    if formulas:
        unsaved = _unsaved_formulas(path, rows)
    return Table(source=source, format="xlsx", rows=rows, sheet=title, merged=merged, unsaved_formulas=unsaved)


def _scan_sheet_xml(path: Path, sheet_path: str | None) -> tuple[list[tuple[int, int, int, int]], bool]:
    """Merged ranges and whether any formula is present, read from the sheet's XML."""
    if not sheet_path:
        return [], False
    merged: list[tuple[int, int, int, int]] = []
    formulas = False
    with zipfile.ZipFile(path) as archive:
        try:
            handle = archive.open(sheet_path.lstrip("/"))
        except KeyError:
            return [], False
        with handle:
            tail = b""
            while True:
                chunk = handle.read(1 << 20)
                if not chunk:
                    break
                block = tail + chunk
                if not formulas and (b"<f>" in block or b"<f " in block or b"<x:f" in block):
                    formulas = True
                for m in _MERGE.finditer(block):
                    c1, r1 = _column_number(m.group(1)), int(m.group(2))
                    c2 = _column_number(m.group(3)) if m.group(3) else c1
                    r2 = int(m.group(4)) if m.group(4) else r1
                    if (r1, c1, r2, c2) not in merged:
                        merged.append((r1, c1, r2, c2))
                tail = block[-200:]
    return merged, formulas


def _unsaved_formulas(path: Path, rows: list[tuple[int, list[Any]]]) -> set[tuple[int, int]]:
    """Cells holding a formula whose result the workbook does not carry (read as empty)."""
    import warnings

    import openpyxl

    cached = {number: values for number, values in rows}
    found: set[tuple[int, int]] = set()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            for col, value in enumerate(values[:MAX_COLUMNS], start=1):
                if isinstance(value, str) and value.startswith("="):
                    row_values = cached.get(number, [])
                    result = row_values[col - 1] if col - 1 < len(row_values) else None
                    if result is None or result == "":
                        found.add((number, col))
    finally:
        workbook.close()
    return found


# --- cells --------------------------------------------------------------------------------------

def cell_text(value: Any) -> str:
    """A cell as text: whole numbers without ``.0``, dates as ISO, ``None`` as empty."""
    if value.__class__ is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return str(Decimal(str(value)))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def cell_decimal_text(value: Any) -> str | Decimal:
    """A money cell for :func:`~equipment_desk.core.money.parse_amount`: text stays text, numbers become exact Decimals."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, Decimal):
        return value
    return cell_text(value)


# --- headers ----------------------------------------------------------------------------------

_LANG_MARKS = {
    "en": ("en", "eng", "engl", "english", "англ", "английский", "английском", "на английском", "на англ", "in english"),
    "ru": ("ru", "rus", "russian", "рус", "русский", "русском", "на русском", "на рус", "in russian"),
}
_PUNCT = re.compile(r"[^\w]+", re.UNICODE)


def normalise_title(title: Any) -> str:
    """Lower case, ``ё`` as ``е``, punctuation as single spaces: ``"Кол-во, шт."`` -> ``"кол во шт"``."""
    text = cell_text(title).lower().replace("ё", "е").replace("№", " no ")
    return " ".join(_PUNCT.sub(" ", text).replace("_", " ").split())


def _split_language(title: str) -> tuple[str, str | None]:
    """``"name en"`` -> ``("name", "en")``; a trailing or leading language mark is removed."""
    for lang, marks in _LANG_MARKS.items():
        for mark in sorted(marks, key=len, reverse=True):
            if title.endswith(" " + mark):
                return title[: -len(mark) - 1].strip(), lang
            if title.startswith(mark + " "):
                return title[len(mark) + 1:].strip(), lang
    return title, None


def language_mark(title: Any) -> str | None:
    """``"en"`` or ``"ru"`` when a column title names its language ("Name (EN)", «Наименование (рус.)»), else ``None``."""
    return _split_language(normalise_title(title))[1]


_NATIONAL_WORD = {code: re.compile(rf"(?:{pattern})") for code, pattern in NATIONAL_MARKS.items()}
_CYRILLIC_WORD = re.compile(CYRILLIC_MARK)
_LATIN_WORD = re.compile(LATIN_MARK)
_SPLIT_UZBEK = re.compile(r"\bo ([ʻʼ]?zbek)")
MAX_MARK_WORDS = 4


def _national_language(words: list[str]) -> str | None:
    """The national language a title's words name («на кыргызском языке», "uz cyrl", «ўзбекча»), else None."""
    words = [word for word in words if word not in MARK_FILLERS]
    found: set[str] = set()
    script = None
    for word in words:
        codes = {code for code, pattern in _NATIONAL_WORD.items() if pattern.fullmatch(word)}
        if codes:
            found |= codes
        elif _CYRILLIC_WORD.fullmatch(word):
            script = "Cyrl"
        elif _LATIN_WORD.fullmatch(word):
            script = "Latn"
        else:
            return None
    if len(found) != 1:
        return None
    code = found.pop()
    if code in ("uz", "uz-Cyrl") and script:
        return "uz-Cyrl" if script == "Cyrl" else "uz"
    return code if script is None or code not in ("uz", "uz-Cyrl") and script == "Cyrl" else None


def split_national(title: str) -> tuple[str, str | None]:
    """``"name kyrgyz"`` -> ``("name", "ky")``: a national language's mark at the end or the start of a normalised title
    (its code, its name in English, Russian or itself; "uz cyrl", «узб. кир.» for Uzbek in Cyrillic) is taken off."""
    words = _SPLIT_UZBEK.sub(r"o\1", title).split()
    for size in range(min(MAX_MARK_WORDS, len(words) - 1), 0, -1):
        for mark, base in ((words[-size:], words[:-size]), (words[:size], words[size:])):
            code = _national_language(mark)
            if code is not None and base:
                return " ".join(base), code
    return title, None


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def match_title(title: Any, specs: Sequence[ColumnSpec]) -> str | None:
    """The field a column title names, or ``None``."""
    norm = normalise_title(title)
    if not norm:
        raw = cell_text(title)
        return ROW_NUMBER if raw in ("#", "##") and any(spec.field == ROW_NUMBER for spec in specs) else None
    if norm in NOT_IMPORTED_TITLES:
        return None
    base, lang = _split_language(norm)
    if lang is None:
        base, lang = split_national(norm)
    for candidate, candidate_lang in ((norm, None), (base, lang)):
        found = [spec for spec in specs if candidate in spec.normalised_titles]
        if found:
            return _pick_language(found, candidate_lang, candidate).field
    # a longer title that starts with a known one ("серийный номер s n" ...)
    best: tuple[int, list[ColumnSpec], str] | None = None
    for spec in specs:
        for known in spec.normalised_titles:
            if len(known) >= 4 and (base.startswith(known + " ") or norm.startswith(known + " ")):
                if best is None or len(known) > best[0]:
                    best = (len(known), [spec], known)
                elif len(known) == best[0] and spec not in best[1]:
                    best[1].append(spec)
    return _pick_language(best[1], lang, best[2]).field if best else None


def _pick_language(found: list[ColumnSpec], lang: str | None, matched: str) -> ColumnSpec:
    if len(found) == 1:
        return found[0]
    if lang is None:
        found = [spec for spec in found if spec.lang in (None, "ru", "en")] or found  # a national text needs its mark
        if len(found) == 1:
            return found[0]
        one_column = [spec for spec in found if spec.lang is None]
        if one_column:
            return one_column[0]  # an item's plain «Наименование»: one name, stored by the script of each text
        lang = "ru" if _is_cyrillic(matched) else "en"
    for spec in found:
        if spec.lang == lang:
            return spec
    return found[0]


def _second_column(name: str, title: str, specs: Sequence[ColumnSpec], fields: dict[int, str]) -> str | None:
    """A second column of a field that has one per language («Наименование» and "Description"): the language of its title."""
    variants = {spec.lang: spec.field for spec in specs if spec.lang in ("ru", "en") and spec.field.startswith(name + "_")}
    if not variants:
        return None
    wanted = variants.get("ru" if _is_cyrillic(title) else "en")
    if wanted is not None and wanted not in fields.values():
        return wanted
    return next((field for field in variants.values() if field not in fields.values()), None)


def guess_mapping(table: Table, specs: Sequence[ColumnSpec]) -> Mapping:
    """Find the header row among the first rows and map its titles to fields.

    The header is the row with the most recognised titles (title rows above
    it are skipped).  A field named by two columns keeps the first.
    """
    best: Mapping | None = None
    for number, values in table.rows[:HEADER_SEARCH_ROWS]:
        titles = [cell_text(v) for v in values]
        fields: dict[int, str] = {}
        for index, title in enumerate(titles):
            name = match_title(title, specs)
            if name is not None and name in fields.values():
                name = _second_column(name, title, specs, fields)
            if name is not None and name not in fields.values():
                fields[index] = name
        candidate = Mapping(header_row=number, titles=titles, fields=fields)
        if best is None or len(fields) > len(best.fields):
            best = candidate
    if best is None:
        raise _problem("the file has no rows", table.source)
    if not best.fields:
        first_number, first_values = table.rows[0]
        best = Mapping(header_row=first_number, titles=[cell_text(v) for v in first_values], fields={})
    return best
