"""Exports: real number and date cells, frozen header, widths, and no cell a spreadsheet would run."""

from __future__ import annotations

import csv
from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.exchange.export import Column, export_list, neutralise, write_table
from equipment_desk.store import records

COLUMNS = [Column("name", "Name"), Column("quantity", "Quantity", "int"), Column("value", "Value", "money"),
           Column("currency", "Currency"), Column("date", "Date", "date"), Column("rate", "Rate", "rate")]
ROWS = [
    {"name": "=HYPERLINK(\"http://x\")", "quantity": 3, "value": 215000050, "currency": "KGS", "date": "2018-02-15", "rate": "68.8395"},
    {"name": "+1", "quantity": 1, "value": 1, "currency": "USD", "date": None, "rate": None},
    {"name": "-2", "quantity": 1, "value": 0, "currency": "USD", "date": None, "rate": None},
    {"name": "@SUM(A1)", "quantity": 1, "value": 0, "currency": "USD", "date": None, "rate": None},
    {"name": "\tx", "quantity": 1, "value": 0, "currency": "USD", "date": None, "rate": None},
    {"name": "\rx", "quantity": 1, "value": 0, "currency": "USD", "date": None, "rate": None},
    {"name": "Компьютер", "quantity": 1, "value": 0, "currency": "USD", "date": None, "rate": None},
]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_neutralise(text):
    assert neutralise(text) == "'" + text
    assert neutralise("a" + text) == "a" + text


def test_xlsx_has_typed_cells_frozen_header_and_widths(tmp_path):
    path = tmp_path / "out.xlsx"
    assert write_table(path, COLUMNS, ROWS) == len(ROWS)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "Name" and ws["A1"].font.b
    assert ws["B2"].value == 3 and ws["B2"].data_type == "n"
    assert Decimal(str(ws["C2"].value)) == Decimal("2150000.50") and ws["C2"].number_format == "#,##0.00"
    assert ws["E2"].value == datetime(2018, 2, 15) and ws["E2"].is_date
    assert Decimal(str(ws["F2"].value)) == Decimal("68.8395")
    names = [ws.cell(row=r, column=1) for r in range(2, 2 + len(ROWS))]
    assert all(c.data_type == "s" for c in names)
    assert [c.value[0] for c in names[:6]] == ["'"] * 6
    assert names[6].value == "Компьютер"
    assert ws.column_dimensions["A"].width >= len('=HYPERLINK("http://x")')


def test_csv_is_utf8_bom_and_neutralised(tmp_path):
    path = tmp_path / "out.csv"
    write_table(path, COLUMNS, ROWS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(keepends=True)))
    assert rows[0] == ["Name", "Quantity", "Value", "Currency", "Date", "Rate"]
    assert rows[1] == ["'=HYPERLINK(\"http://x\")", "3", "2150000.50", "KGS", "2018-02-15", "68.8395"]
    assert all(r[0].startswith("'") for r in rows[2:5])


def test_bad_target_is_refused(tmp_path):
    with pytest.raises(InputError, match="xlsx or .csv"):
        write_table(tmp_path / "out.pdf", COLUMNS, ROWS)
    with pytest.raises(InputError, match="does not exist"):
        write_table(tmp_path / "nope" / "out.csv", COLUMNS, ROWS)


def test_institutions_export_one_row_per_signatory(db, tmp_path):
    inst = records.create(db=db, kind=records.INSTITUTION, data={"name_en": "GPO", "country": "KG"})
    for name in ("A", "B"):
        records.add_signatory(db=db, institution_id=inst["id"], data={"full_name": name})
    records.create(db=db, kind=records.INSTITUTION, data={"name_en": "SCC", "country": "UZ"})
    path = tmp_path / "inst.xlsx"
    assert export_list(db=db, kind="institution", path=path) == 3
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    sig = header.index("Signatory") + 1
    assert [ws.cell(row=r, column=sig).value for r in (2, 3, 4)] == ["A", "B", None]
