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
_DIGITS = "0123456789"


class UnexpectedWorkbook(Exception):  # noqa: N818 - a signal to fall back, not an error shown to anyone
    pass


@dataclass
class SheetCells:
    title: str
    rows: list[tuple[int, list[Any]]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    unsaved_formulas: set[tuple[int, int]] = field(default_factory=set)


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
