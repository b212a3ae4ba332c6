"""Registers laid out as offices keep them, written fresh for each test (the shapes of issue 11, not one exact sample)."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import openpyxl

UN_HEADER = ["Item No.", "Description", "Make/Model", "Serial No.", "UN Asset Tag", "Qty", "Unit", "Unit Price (USD)", "Total (USD)",
             "Date Received", "Project", "Remarks"]
UN_ROWS = [
    ["1", "Desktop computer", "HP ProDesk 400 G4", "CZC8021ABC", "UNODC-KG-0101", "1", "pcs", "$1,234.50", "$1,234.50", "15-Feb-2018",
     "XAC/Z60", "with monitor"],
    ["2", "Laser printer", "HP LaserJet M404", "VNB3K12345", "UNODC-KG-0102", "2", "pcs", "$350.00", "$700.00", "16-Feb-2018", "XAC/Z60", ""],
    ["3", "Video endoscope", "Olympus CV-170", "OLY-77812", "UNODC-KG-0103", "1", "set", "USD 12,500.00", "USD 12,500.00", "2018-03-01",
     "XAC/Z60", "warranty 2 years"],
]


def un_list_csv(folder: Path, name: str = "un-list.csv") -> Path:
    path = folder / name
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["UNODC Regional Office for Central Asia — equipment received"])
    writer.writerow([])
    writer.writerow(UN_HEADER)
    writer.writerows(UN_ROWS)
    writer.writerow(["", "Grand total", "", "", "", "4", "", "", "$14,434.50", "", "", ""])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


MINISTRY_HEADER = ["№ п/п", "Наименование", "Модель", "Инвентарный номер", "Заводской номер", "Ед. изм.", "Кол-во", "Цена, сом", "Сумма, сом",
                   "Дата поступления", "Примечание"]
MINISTRY_ROWS = [
    [1, "Компьютер настольный", "HP ProDesk 400 G4", "ГП-000231", "CZC8021XYZ", "шт.", 2, "43 000,00", "86 000,00", "15.02.18", "в комплекте с ИБП"],
    [2, "Принтер лазерный", "Canon LBP-6030", "ГП-000232", "KLM55531", "шт.", 1, "12 500,50", "12 500,50", "15 фев. 2018", ""],
    [3, "Видеоэндоскоп", "Olympus CV-170", "ГП-000233", "OLY-90001", "компл.", 1, "1 240 567,89", "1 240 567,89", "2018-02-20", ""],
]
MINISTRY_TOTAL = ["Итого:", "", "", "", "", "", 4, "", "1 339 068,39", "", ""]
MINISTRY_SIGNATURE = ["", "Главный бухгалтер ____________ Иванова А.А.", "", "", "", "", "", "", "", "", ""]


def ministry_xlsx(folder: Path, name: str = "реестр.xlsx") -> Path:
    """A Russian ministry register: two merged title rows, the header, items (one an Excel date cell), Итого, a signature."""
    path = folder / name
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Генеральная прокуратура Кыргызской Республики"])
    sheet.merge_cells("A1:K1")
    sheet.append(["Реестр оборудования, полученного в рамках программы XAC/Z60"])
    sheet.merge_cells("A2:K2")
    sheet.append([])
    sheet.append(MINISTRY_HEADER)
    for values in MINISTRY_ROWS:
        sheet.append(values)
    sheet.cell(row=7, column=10).value = datetime(2018, 2, 20)  # a real date cell
    sheet.append(MINISTRY_TOTAL)
    sheet.append([])
    sheet.append(MINISTRY_SIGNATURE)
    sheet.append(["М.П."])
    workbook.save(path)
    return path


def ministry_csv(folder: Path, encoding: str, name: str | None = None) -> Path:
    """The same register as a semicolon CSV in a Cyrillic code page (a title row, the header, items, Итого, a signature)."""
    path = folder / (name or f"реестр-{encoding}.csv")
    lines = ["Реестр оборудования, полученного в рамках программы XAC/Z60;;;;;;;;;;", ";".join(MINISTRY_HEADER)]
    for values in MINISTRY_ROWS:
        lines.append(";".join(str(v) for v in values))
    lines.append(";".join(str(v) for v in MINISTRY_TOTAL))
    lines.append(";".join(MINISTRY_SIGNATURE))
    text = "\r\n".join(lines) + "\r\n"
    if encoding == "koi8-r":
        text = text.replace("№", "N")  # KOI8-R has no №; registers sent through it write N
    path.write_bytes(text.encode(encoding))
    return path


SNIPE_HEADER = ["Asset Tag", "Asset Name", "Serial", "Model", "Model No.", "Category", "Manufacturer", "Status", "Location",
                "Purchase Date", "Purchase Cost", "Notes"]
SNIPE_ROWS = [
    ["ROCA-0001", "", "5CG8123ABC", "OptiPlex 3060", "D11S", "Desktops", "Dell", "Ready to Deploy", "Bishkek", "1/23/18", "612.00", "room 4"],
    ["ROCA-0002", "Laptop finance", "5CG8123ABD", "Latitude 5490", "P72G", "Laptops", "Dell", "Deployed", "Bishkek", "2/3/18", "1,045.90", ""],
    ["ROCA-0003", "", "PRJ-5521", "EB-X41", "H842B", "Projectors", "Epson", "Ready to Deploy", "Osh", "3/14/18", "480.00", "with bag"],
]


def snipe_export(folder: Path, rows: list[list[str]] | None = None, name: str = "assets-export.csv") -> Path:
    path = folder / name
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(SNIPE_HEADER)
    writer.writerows(rows or SNIPE_ROWS)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")
    return path


def unicode_text(folder: Path, name: str = "unicode.txt") -> Path:
    """Excel's "Unicode text": UTF-16 LE with a BOM, tab-separated."""
    path = folder / name
    rows = [["Категория", "Наименование", "Серийный номер", "Количество", "Цена за единицу", "Валюта"],
            ["компьютеры", "Ноутбук «Lenovo» для ГКНБ", "PF-1AB2C3", "1", "1 200,00", "USD"],
            ["оргтехника", "МФУ Kyocera — Ecosys", "KY-5566", "3", "550,00", "USD"]]
    text = "\r\n".join("\t".join(r) for r in rows) + "\r\n"
    path.write_bytes(text.encode("utf-16"))
    return path
