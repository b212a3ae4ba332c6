"""Reading CSV and XLSX files and guessing their columns."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile

import openpyxl
import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.exchange.columns import INSTITUTION_COLUMNS, ITEM_COLUMNS
from equipment_desk.exchange.tables import guess_mapping, match_title, read_table, sniff_delimiter


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1251", ";"), ("utf-16", "\t"), ("utf-8", "|")],
)
def test_csv_encodings_and_delimiters(tmp_path, encoding, delimiter):
    path = tmp_path / "list.csv"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerows([["Наименование", "Количество", "Цена"], ["Компьютер «HP»", "2", "43 000,00"]])
    path.write_bytes(buffer.getvalue().encode(encoding))
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.rows[1] == (2, ["Компьютер «HP»", "2", "43 000,00"])


def test_cp1251_is_detected_not_mojibake(tmp_path):
    path = tmp_path / "win.csv"
    path.write_bytes("Наименование;Серийный номер\nПринтер;ABC\n".encode("cp1251"))
    table = read_table(path)
    assert table.encoding == "cp1251"
    assert table.rows[0][1][0] == "Наименование"


def test_unrecognisable_encoding_is_refused(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(b"name;qty\n" + bytes(range(0x80, 0xC0)) * 3 + b";1\n")
    with pytest.raises(InputError, match="encoding is not recognised"):
        read_table(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "does not exist"),
        ("empty.csv", b"", "empty"),
        ("fake.xlsx", b"name,qty\nPC,1\n", "not an XLSX workbook"),
        ("fake.csv", b"PK\x03\x04rest-of-a-zip", "not a CSV"),
        ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "Excel 97"),
        ("broken.xlsx", b"PK\x03\x04" + b"\0" * 100, "damaged or truncated"),
        ("picture.png", b"\x89PNG\r\n\x1a\n", "cannot import a .png"),
        ("реестр.ods", b"PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.spreadsheet", r"OpenDocument spreadsheet .*save it as \.xlsx"),
    ],
)
def test_bad_files_are_refused_clearly(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_table(path)


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"name,qty\n" + b"x,1\n" * 1000)
    with pytest.raises(InputError, match="too large"):
        read_table(path, max_bytes=1000)


def test_too_many_rows_is_refused(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("name,qty\n" + "x,1\n" * 200, encoding="utf-8")
    with pytest.raises(InputError, match="more than 100 rows"):
        read_table(path, max_rows=100)


def test_zip_bomb_xlsx_is_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (30 * 1024 * 1024))
    with pytest.raises(InputError, match="unpacks to"):
        read_table(path)


def test_xlsx_cells_merged_ranges_and_unsaved_formulas(tmp_path):
    path = tmp_path / "list.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Equipment list"])
    ws.merge_cells("A1:C1")
    ws.append(["Name", "Quantity", "Unit price"])
    ws.append(["PC", 2, 430.5])
    ws.append(["Monitor", "=1+1", 100])
    wb.save(path)
    table = read_table(path)
    assert table.rows[2] == (3, ["PC", 2, 430.5])
    assert (1, 1, 1, 3) in table.merged
    assert (4, 2) in table.unsaved_formulas  # openpyxl saves no cached result
    mapping = guess_mapping(table, ITEM_COLUMNS)
    assert mapping.header_row == 2
    assert mapping.fields == {0: "name", 1: "quantity", 2: "unit_value"}


@pytest.mark.parametrize(
    ("title", "field"),
    [("Наименование", "name"), ("Name of item", "name"), ("Кол-во, шт.", "quantity"), ("Серийный номер (S/N)", "serial_number"),
     ("Цена за ед.", "unit_value"), ("S/N", "serial_number"), ("Инв. №", "inventory_number"), ("Дата приобретения", "acquisition_date"),
     ("№", "row_number"), ("№ п/п", "row_number"), ("Item No.", "row_number"), ("#", "row_number"), ("UN Asset Tag", "inventory_number"),
     ("Purchase Cost", "unit_value"), ("Unit Price (USD)", "unit_value"), ("Цена, сом", "unit_value"), ("Manufacturer", "manufacturer"),
     ("Model No.", None), ("Description", "name"), ("Total (USD)", "amount"), ("Something else", None)],
)
def test_item_titles(title, field):
    assert match_title(title, ITEM_COLUMNS) == field


@pytest.mark.parametrize(
    ("title", "field"),
    [("Наименование", "name_ru"), ("Name", "name_en"), ("Наименование (англ.)", "name_en"), ("Name (RU)", "name_ru"),
     ("Должность", "signatory_title_ru"), ("Title (EN)", "signatory_title_en"), ("ФИО", "signatory_name"), ("Город", "city_ru"),
     ("Действующего на основании", "signatory_authority_ru")],
)
def test_institution_titles_pick_the_language(title, field):
    assert match_title(title, INSTITUTION_COLUMNS) == field


def test_sniffer_prefers_consistent_split():
    assert sniff_delimiter("a;b;c\n1,5;2;3\n4,5;6;7\n") == ";"
    assert sniff_delimiter('a,b\n"x;y",1\n') == ","
    # two columns, a comma in the title row and the header and a decimal comma: the commas are text
    assert sniff_delimiter("Наименование;Цена, сом\nAaa aaa;0,01\n") == ";"
    assert sniff_delimiter("Реестр оборудования, полученного по программе\n\nНаименование;Цена, сом\nСтол;0,01\n") == ";"
    assert sniff_delimiter("Name,Price\nDesk,10.50\nChair,5\n") == ","


def test_bom_utf8_header_is_clean(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"Name,Quantity\nPC,1\n")
    assert read_table(path).rows[0][1][0] == "Name"
