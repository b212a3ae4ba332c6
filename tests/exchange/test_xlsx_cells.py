"""The fast XLSX reader gives exactly what openpyxl's read-only reader gives (and falls back to it for anything odd)."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from equipment_desk.exchange import tables
from equipment_desk.exchange.xlsx_cells import UnexpectedWorkbook, read_first_sheet


def _both(path):
    fast = tables.read_table(path)
    slow = tables._read_xlsx_openpyxl(path, path.name, tables.MAX_ROWS)  # noqa: SLF001 - the reference
    return fast, slow


@pytest.mark.parametrize("date1904", [False, True])
def test_same_values_as_openpyxl(tmp_path, date1904):
    path = tmp_path / "cells.xlsx"
    workbook = openpyxl.Workbook()
    workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904 if date1904 else openpyxl.utils.datetime.CALENDAR_WINDOWS_1900
    sheet = workbook.active
    sheet.title = "Реестр"
    sheet.append(["Title row"])
    sheet.append([])
    sheet.append(["Наименование", "Кол-во", "Цена", "Дата", "Флаг", "Формула", "Текст"])
    sheet.append(["Компьютер", 2, 43000.5, datetime(2018, 2, 15), True, "=B4*C4", "'=escaped"])
    sheet.append(["Принтер", 1.0, 0.1, date(2018, 3, 1), False, None, "  spaces  "])
    sheet.append([CellRichText([TextBlock(InlineFont(b=True), "Жирный"), " и обычный"]), 10**15, 1e-7, 43146, None, None, "=1+1"])
    sheet.cell(row=6, column=4).number_format = "dd.mm.yyyy"
    sheet.cell(row=8, column=3).value = "far below"
    sheet.cell(row=8, column=30).value = "wide"
    sheet.merge_cells("A9:C9")
    sheet["A9"] = "merged"
    workbook.save(path)
    fast, slow = _both(path)
    assert fast.rows == slow.rows
    assert fast.sheet == slow.sheet == "Реестр"
    assert fast.merged == slow.merged == [(9, 1, 9, 3)]
    assert fast.unsaved_formulas == slow.unsaved_formulas == {(4, 6), (6, 7)}
    assert dict(fast.rows)[4][3] == datetime(2018, 2, 15)
    assert dict(fast.rows)[6][3] == (datetime(2022, 2, 16) if date1904 else datetime(2018, 2, 15))  # a day number in a date format


def test_bench_shaped_list_reads_the_same(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from bench_import import write_list

    path = tmp_path / "list.xlsx"
    write_list(path, 300)
    fast, slow = _both(path)
    assert fast.rows == slow.rows and len(fast.rows) == 304


def test_something_unexpected_falls_back_to_openpyxl(tmp_path, monkeypatch):
    path = tmp_path / "x.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Name", "Qty"])
    workbook.active.append(["Chair", 1])
    workbook.save(path)

    def odd(*args, **kwargs):
        raise UnexpectedWorkbook("a cell type this reader does not know")

    monkeypatch.setattr("equipment_desk.exchange.xlsx_cells.read_first_sheet", odd)
    assert tables.read_table(path).rows == [(1, ["Name", "Qty"]), (2, ["Chair", 1])]


def test_row_limit_is_kept(tmp_path):
    path = tmp_path / "many.xlsx"
    workbook = openpyxl.Workbook()
    for n in range(30):
        workbook.active.append([n])
    workbook.save(path)
    with pytest.raises(ValueError, match="too many"):
        read_first_sheet(path, row_limit=10, max_columns=200, on_too_many=lambda: ValueError("too many"))
