"""Reading the first sheet of an XLSX workbook straight from its XML: values as Excel last saved them.

openpyxl builds an object per cell and per piece of text even in read-only
mode; a register of 10,000 rows needs only the values.  This reader streams
the sheet's XML with the standard library's expat parser and gives, per row,
the values openpyxl's ``iter_rows(values_only=True)`` gives: shared and
inline strings (rich text joined, phonetic guides left out), whole numbers as
``int`` and others as ``float``, booleans, error codes as text, and numbers
in a date format as ``datetime`` (openpyxl's own date-format test and
conversion, 1900 and 1904 date systems).  In the same pass it notes merged
ranges and formula cells without a saved result.

Anything it does not expect raises :class:`UnexpectedWorkbook`; the caller
then reads the file with openpyxl instead, so a strange file is read slowly,
never wrongly.

Most sheets are written plainly (Excel's, LibreOffice's and openpyxl's own
are): every cell ``<c r="B7" s="1" t="s"><v>12</v></c>`` or with its text
inline, no formulas, comments, namespace prefixes or odd attributes.  Such a
sheet is read by one regular expression over its bytes
(:func:`_plain_sheet`), three times as fast as the XML parser; it is taken
only when every cell and row element of the sheet matched the plain form,
else the parser reads it as before.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")
PLAIN_SHEET_BYTES = 64 * 1024 * 1024
"""A sheet part up to this size is read into memory and tried by :func:`_plain_sheet`; a larger one is streamed."""
_PLAIN_TOKEN = re.compile(
    rb'<row\b([^>]*)>'
    rb'|<c r="([A-Z]{1,3})([0-9]+)"(?: s="([0-9]+)")?(?: t="([a-zA-Z]+)")?'
    rb'(?:\s*/>|>(?:<v>([^<]*)</v>|<is><t(?: xml:space="preserve")?>([^<]*)</t></is>)?</c>)')
_ROW_NUMBER = re.compile(rb'\br="([0-9]+)"')
_NOT_PLAIN = re.compile(rb"<!--|<!\[CDATA\[|<f[ >/]|</?[A-Za-z_][\w.-]*:")
_PLAIN_MERGE = re.compile(rb'<mergeCell ref="([A-Z]{1,3}[0-9]+)(?::([A-Z]{1,3}[0-9]+))?"\s*/>')
_ENTITY = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_DIGITS = "0123456789"


class UnexpectedWorkbook(Exception):  # noqa: N818 - a signal to fall back, not an error shown to anyone
    pass


@dataclass
class SheetCells:
    title: str
    rows: list[tuple[int, list[Any]]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    unsaved_formulas: set[tuple[int, int]] = field(default_factory=set)
    apostrophes: bool = True
    """Whether a text may start with an apostrophe (``False`` only when the plain reader saw that none does)."""


def _column(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ord(ch) - 64)
    return number


def _first_sheet(archive: zipfile.ZipFile) -> tuple[str, str, bool]:
    """(title, path inside the archive, 1904 date system) of the workbook's first sheet."""
    with archive.open("xl/workbook.xml") as handle:
        title = target_id = None
        date1904 = False
        for _event, element in iterparse(handle, events=("end",)):
            if element.tag == MAIN + "workbookPr":
                date1904 = element.get("date1904") in ("1", "true")
            elif element.tag == MAIN + "sheet" and title is None:
                title, target_id = element.get("name"), element.get(REL + "id")
    if target_id is None:
        raise UnexpectedWorkbook("no sheet")
    with archive.open("xl/_rels/workbook.xml.rels") as handle:
        for _event, element in iterparse(handle, events=("end",)):
            if element.tag == PKG_REL + "Relationship" and element.get("Id") == target_id:
                target = element.get("Target") or ""
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
                return title or "", path, date1904
    raise UnexpectedWorkbook("sheet not found")


def _text_of(element) -> str:
    """A string item's text: its ``t``, or its rich-text runs' ``t`` joined (phonetic ``rPh`` left out)."""
    direct = element.find(MAIN + "t")
    if direct is not None:
        return direct.text or ""
    return "".join(run.findtext(MAIN + "t") or "" for run in element.findall(MAIN + "r"))


def _shared_strings(archive: zipfile.ZipFile, names: set[str]) -> list[str]:
    if "xl/sharedStrings.xml" not in names:
        return []
    strings: list[str] = []
    with archive.open("xl/sharedStrings.xml") as handle:
        for _event, element in iterparse(handle, events=("end",)):
            if element.tag == MAIN + "si":
                strings.append(_text_of(element))
                element.clear()
    return strings


def _date_styles(archive: zipfile.ZipFile, names: set[str]) -> list[bool]:
    """For each cell style (``s`` index): whether its number format shows a date."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

    if "xl/styles.xml" not in names:
        return []
    custom: dict[int, str] = {}
    styles: list[bool] = []
    with archive.open("xl/styles.xml") as handle:
        in_xfs = False
        for event, element in iterparse(handle, events=("start", "end")):
            tag = element.tag
            if tag == MAIN + "cellXfs":
                in_xfs = event == "start"
            elif event == "end" and tag == MAIN + "numFmt":
                custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "")
            elif event == "end" and tag == MAIN + "xf" and in_xfs:
                number = int(element.get("numFmtId", "0"))
                code = custom.get(number, BUILTIN_FORMATS.get(number, "General"))
                styles.append(bool(is_date_format(code)))
    return styles


def _xml_text(raw: bytes) -> str:
    """The text of a plain element as an XML parser gives it: line ends as ``\\n``, the five entities and character
    references replaced; anything else after an ``&`` raises :class:`UnexpectedWorkbook`."""
    text = raw.decode("utf-8")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        if "&" in _ENTITY.sub("", text):
            raise UnexpectedWorkbook("an entity")
        text = _ENTITY.sub(_entity, text)
    return text


def _entity(match: re.Match[str]) -> str:
    name = match.group(1)
    if name[0] != "#":
        return _NAMED[name]
    code = int(name[2:], 16) if name[1] == "x" else int(name[1:])
    if (code < 0x20 and code not in (9, 10, 13)) or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
        raise UnexpectedWorkbook("a character XML does not allow")
    return chr(code)


def _plain_sheet(data: bytes, *, strings: list[str], date_style: list[bool], epoch: Any, row_limit: int, max_columns: int,
                 on_too_many: Callable[[], Exception]) -> tuple[list[tuple[int, list[Any]]], list[tuple[int, int, int, int]], bool] | None:
    """The rows and merged ranges of a sheet written plainly (see the module text), and whether any text of it may start
    with an apostrophe; ``None`` for any other sheet."""
    from openpyxl.utils.datetime import from_excel

    head = data[:200]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (b"encoding=" in head and not re.search(rb'encoding=["\']utf-8["\']', head, re.I)):
        return None
    start = data.find(b"<sheetData")
    if start < 0 or data.find(b"<sheetData", start + 1) >= 0:
        return None
    opened = data.find(b">", start)
    if data[opened - 1:opened] == b"/":
        body, end = b"", opened + 1
    else:
        end = data.find(b"</sheetData>", opened)
        if end < 0:
            return None
        body = data[opened + 1:end]
    if _NOT_PLAIN.search(body):
        return None
    rows: list[tuple[int, list[Any]]] = []
    cells: dict[int, Any] = {}
    columns: dict[bytes, int] = {}
    row_number = 0
    seen_cells = seen_rows = 0
    text_of = _xml_text if b"&" in body or b"\r" in body else bytes.decode
    too_many = False
    try:
        for row_attributes, letters, _row, style, kind, raw, inline in (match.groups() for match in _PLAIN_TOKEN.finditer(body)):
            if letters is None:  # a row starts: the cells gathered are the row before's
                seen_rows += 1
                if cells:
                    if len(rows) >= row_limit:
                        too_many = True
                        break
                    values = _row_values(cells)
                    if values:
                        rows.append((row_number, values))
                    cells = {}
                number = _ROW_NUMBER.search(row_attributes)
                row_number = int(number.group(1)) if number else row_number + 1
                continue
            seen_cells += 1
            if not seen_rows:
                return None
            column = columns.get(letters)
            if column is None:
                column = columns[letters] = _column(letters.decode())
            if kind == b"inlineStr":
                if inline is None:
                    continue
                value: Any = text_of(inline)
            elif kind is None or kind == b"n":
                if not raw:
                    continue
                value = float(raw) if b"." in raw or b"E" in raw or b"e" in raw else int(raw)
                index = int(style) if style else 0
                if index < len(date_style) and date_style[index]:
                    value = from_excel(value, epoch)
            elif kind == b"s":
                if raw is None:
                    continue
                value = strings[int(raw)]
            elif kind in (b"str", b"e", b"b", b"d"):
                if not raw:
                    continue
                if kind == b"b":
                    value = raw.strip() in (b"1", b"true")
                elif kind == b"d":
                    value = datetime.fromisoformat(raw.decode())
                else:
                    value = text_of(raw)
            else:
                return None
            if column <= max_columns:
                cells[column] = value
    except (UnexpectedWorkbook, UnicodeDecodeError, ValueError, IndexError):
        return None
    if too_many:
        raise on_too_many()
    # every cell and row element must have been read: anything written otherwise is the parser's
    if seen_cells != body.count(b"<c ") + body.count(b"<c>") + body.count(b"<c/") or \
            seen_rows != body.count(b"<row ") + body.count(b"<row>") + body.count(b"<row/"):
        return None
    if cells:
        if len(rows) >= row_limit:
            raise on_too_many()
        values = _row_values(cells)
        if values:
            rows.append((row_number, values))
    tail = data[end:]
    merged: list[tuple[int, int, int, int]] = []
    found = list(_PLAIN_MERGE.finditer(tail))
    if len(found) != tail.count(b"mergeCell ") or tail.count(b":mergeCell"):
        return None
    for match in found:
        a, b = _REF.match(match.group(1).decode()), _REF.match((match.group(2) or match.group(1)).decode())
        box = (int(a.group(2)), _column(a.group(1)), int(b.group(2)), _column(b.group(1)))
        if box not in merged:
            merged.append(box)
    apostrophes = b">'" in body or b">&" in body or any(text[:1] == "'" for text in strings)  # an entity first: perhaps
    return rows, merged, apostrophes


def _row_values(cells: dict[int, Any]) -> list[Any]:
    """A row's cells by column as a list, empty cells ``None``, empty ones at its end left off."""
    values: list[Any] = [None] * max(cells)
    for column, value in cells.items():
        values[column - 1] = value
    while values and (values[-1] is None or values[-1] == ""):
        values.pop()
    return values


def read_first_sheet(path: Path, *, row_limit: int, max_columns: int, on_too_many: Callable[[], Exception]) -> SheetCells:
    """The first sheet's cells; raises :class:`UnexpectedWorkbook` for anything this reader does not handle."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        title, sheet_path, date1904 = _first_sheet(archive)
        if sheet_path not in names:
            raise UnexpectedWorkbook("sheet part missing")
        strings = _shared_strings(archive, names)
        date_style = _date_styles(archive, names)
        epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
        if archive.getinfo(sheet_path).file_size <= PLAIN_SHEET_BYTES:
            plain = _plain_sheet(archive.read(sheet_path), strings=strings, date_style=date_style, epoch=epoch, row_limit=row_limit,
                                 max_columns=max_columns, on_too_many=on_too_many)
            if plain is not None:
                rows, merged, apostrophes = plain
                return SheetCells(title=title, rows=rows, merged=merged, apostrophes=apostrophes)
        rows: list[tuple[int, list[Any]]] = []
        merged: list[tuple[int, int, int, int]] = []
        unsaved: set[tuple[int, int]] = set()
        tag_c, tag_v, tag_f, tag_is, tag_row, tag_merge = (MAIN + "c", MAIN + "v", MAIN + "f", MAIN + "is", MAIN + "row", MAIN + "mergeCell")
        columns: dict[str, int] = {}
        with archive.open(sheet_path) as handle:
            cells: dict[int, Any] = {}
            row_number = 0
            next_column = 1
            for _event, element in iterparse(handle, events=("end",)):
                tag = element.tag
                if tag == tag_c:
                    ref = element.get("r")
                    if ref:
                        letters = ref.rstrip(_DIGITS)
                        column = columns.get(letters)
                        if column is None:
                            if not _REF.match(ref):
                                raise UnexpectedWorkbook(f"cell reference {ref}")
                            column = columns[letters] = _column(letters)
                        cell_row = int(ref[len(letters):])
                    else:
                        column, cell_row = next_column, row_number + 1
                    next_column = column + 1
                    kind = element.get("t")
                    raw = None
                    inline = formula = None
                    for child in element:
                        child_tag = child.tag
                        if child_tag == tag_v:
                            raw = child.text
                        elif child_tag == tag_f:
                            formula = child
                        elif child_tag == tag_is:
                            inline = child
                    if kind == "s":
                        value: Any = strings[int(raw)] if raw is not None else None
                    elif kind == "inlineStr":
                        value = _text_of(inline) if inline is not None else None
                    elif kind in ("str", "e"):
                        value = raw
                    elif kind == "b":
                        value = None if raw is None else raw.strip() in ("1", "true")
                    elif kind == "d":
                        value = datetime.fromisoformat(raw) if raw else None
                    elif kind in (None, "n"):
                        if raw is None or raw == "":
                            value = None
                        elif "." in raw or "E" in raw or "e" in raw:
                            value = float(raw)
                        else:
                            value = int(raw)
                        if value is not None:
                            style = int(element.get("s", "0"))
                            if style < len(date_style) and date_style[style]:
                                value = from_excel(value, epoch)
                    else:
                        raise UnexpectedWorkbook(f"cell type {kind}")
                    if formula is not None and (value is None or value == ""):
                        unsaved.add((cell_row, column))
                    if column <= max_columns and value is not None:
                        cells[column] = value
                    element.clear()
                elif tag == tag_row:
                    number = element.get("r")
                    row_number = int(number) if number else row_number + 1
                    if cells:
                        if len(rows) >= row_limit:
                            raise on_too_many()
                        width = max(cells)
                        values = [None] * width
                        for column, value in cells.items():
                            values[column - 1] = value
                        while values and (values[-1] is None or values[-1] == ""):
                            values.pop()
                        if values:
                            rows.append((row_number, values))
                    cells = {}
                    next_column = 1
                    element.clear()
                elif tag == tag_merge:
                    ref = element.get("ref", "")
                    first, _, last = ref.partition(":")
                    a, b = _REF.match(first), _REF.match(last or first)
                    if a and b:
                        box = (int(a.group(2)), _column(a.group(1)), int(b.group(2)), _column(b.group(1)))
                        if box not in merged:
                            merged.append(box)
    return SheetCells(title=title, rows=rows, merged=merged, unsaved_formulas=unsaved)
