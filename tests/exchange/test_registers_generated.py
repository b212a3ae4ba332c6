"""Registers generated in many shapes: whatever the layout, encoding and way of writing values, what is stored is what was meant.

Each example picks the columns and their order, the titles (English or
Russian, as offices write them), title rows above the header, empty rows
among the items, a totals row and a signature below, the file format and
encoding, and how each amount and date is written — then checks that the
stored items are exactly the generated ones.
"""

from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from equipment_desk.exchange.importers import apply_import, prepare_import
from equipment_desk.store.database import open_database

LETTERS_RU = "абвгдежзиклмнопрстуфхцчшэюя"
LETTERS_EN = "abcdefghijklmnoprstuvwxyz"
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_RU = ("янв.", "фев.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сен.", "окт.", "ноя.", "дек.")

TITLES = {
    "row_number": ("№ п/п", "No.", "Item No.", "#", "№"),
    "name": ("Наименование", "Description", "Name", "Наименование оборудования"),
    "model": ("Модель", "Make/Model", "Model"),
    "serial_number": ("Серийный номер", "Serial No.", "Заводской номер", "S/N"),
    "inventory_number": ("Инвентарный номер", "UN Asset Tag", "Asset Tag", "Инв. №"),
    "quantity": ("Кол-во", "Qty", "Quantity", "Количество"),
    "unit_value": ("Цена, сом", "Unit Price (KGS)", "Цена за ед., сом", "Unit cost"),
    "acquisition_date": ("Дата поступления", "Date Received", "Purchase Date", "Дата приобретения"),
    "notes": ("Примечание", "Remarks", "Notes"),
    "manufacturer": ("Manufacturer", "Производитель"),
}


def _word(draw, letters: str) -> str:
    return draw(st.text(alphabet=letters, min_size=3, max_size=9))


@st.composite
def items(draw):
    count = draw(st.integers(min_value=1, max_value=6))
    result = []
    for n in range(count):
        cyrillic = draw(st.booleans())
        letters = LETTERS_RU if cyrillic else LETTERS_EN
        name = (_word(draw, letters) + " " + _word(draw, letters)).capitalize()
        result.append({
            "name": name,
            "model": _word(draw, LETTERS_EN).upper() + f"-{n}",
            "serial_number": f"SN{draw(st.integers(min_value=0, max_value=10**6)):07d}X{n}",
            "inventory_number": f"ИНВ-{n:04d}",
            "quantity": draw(st.integers(min_value=1, max_value=999)),
            "unit_value_minor": draw(st.integers(min_value=1, max_value=10**10)),
            "acquisition_date": draw(st.dates(min_value=date(2005, 1, 1), max_value=date(2030, 12, 31))),
            "notes": draw(st.sampled_from(["", "в комплекте с ИБП", "with bag", "гарантия 2 года"])),
        })
    return result


def _amount_text(minor: int, style: int) -> str:
    whole, cents = divmod(minor, 100)
    grouped_space = f"{whole:,}".replace(",", "\u00a0" if style == 1 else " ")
    return [f"{grouped_space},{cents:02d}", f"{grouped_space},{cents:02d}", f"{whole}.{cents:02d}", f"{grouped_space},{cents:02d} сом",
            f"KGS {whole:,}.{cents:02d}"][style]


def _date_text(day: date, style: int):
    return [day.strftime("%d.%m.%Y"), day.isoformat(), f"{day.day:02d}-{MONTHS_EN[day.month - 1]}-{day.year}",
            f"{day.day} {MONTHS_RU[day.month - 1]} {day.year}", day.strftime("%d.%m.%y"), day,
            f"{day.month}/{day.day}/{day.year % 100:02d}"][style]


@st.composite
def registers(draw):
    rows = draw(items())
    optional = ["row_number", "model", "serial_number", "inventory_number", "acquisition_date", "notes", "manufacturer"]
    asset_list = draw(st.booleans())  # one row per asset, no quantity column (an asset-management export)
    if asset_list:
        for item in rows:
            item["quantity"] = 1
    chosen = ["name", "unit_value"] + ([] if asset_list else ["quantity"]) + [c for c in optional if draw(st.booleans())]
    order = draw(st.permutations(chosen))
    titles = [draw(st.sampled_from(TITLES[field])) for field in order]
    amount_style = draw(st.integers(min_value=0, max_value=4))
    date_style = draw(st.integers(min_value=0, max_value=4))
    fmt = draw(st.sampled_from(["xlsx", "cp1251", "koi8-r", "utf-8-sig", "utf-16"]))
    if fmt == "xlsx":
        date_style = draw(st.sampled_from([0, 1, 2, 3, 4, 5, 6]))
    elif draw(st.booleans()):
        date_style = 6  # m/d/yy, read with the date order given
    table = [["Реестр оборудования, полученного по программе XAC/Z60"]] * draw(st.integers(min_value=0, max_value=2))
    table = table + ([[]] if table else []) + [titles]
    for n, item in enumerate(rows):
        values = {"row_number": n + 1, "name": item["name"], "model": item["model"], "serial_number": item["serial_number"],
                  "inventory_number": item["inventory_number"], "quantity": item["quantity"],
                  "unit_value": _amount_text(item["unit_value_minor"], amount_style),
                  "acquisition_date": _date_text(item["acquisition_date"], date_style), "notes": item["notes"],
                  "manufacturer": "Dell"}
        table.append([values[field] for field in order])
        if draw(st.integers(min_value=0, max_value=4)) == 0:
            table.append([])
    if draw(st.booleans()):
        total = ["" for _ in order]
        total[order.index("name")] = "Итого:"
        if "quantity" in order:
            total[order.index("quantity")] = sum(i["quantity"] for i in rows)
        table.append(total)
    if draw(st.booleans()):
        table.append(["", "Главный бухгалтер ____________ Иванова А.А."])
    return rows, table, fmt, ("mdy" if date_style == 6 else None)


def _write(folder, table, fmt):
    if fmt == "xlsx":
        path = folder / "register.xlsx"
        workbook = openpyxl.Workbook()
        for values in table:
            workbook.active.append(values)
        workbook.save(path)
        return path
    path = folder / ("register.txt" if fmt == "utf-16" else "register.csv")
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t" if fmt == "utf-16" else ";").writerows(
        [[str(v).replace("№", "N") if fmt == "koi8-r" else str(v) for v in row] for row in table])
    path.write_bytes(buffer.getvalue().encode(fmt))
    return path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(registers())
def test_generated_registers_store_what_was_meant(tmp_path_factory, generated):
    rows, table, fmt, date_order = generated
    folder = tmp_path_factory.mktemp("register")
    path = _write(folder, table, fmt)
    db = open_database(memory=True)
    try:
        preview = prepare_import(db=db, kind="item", path=path, defaults={"category": "office", "currency": "KGS"},
                                 date_order=date_order)
        assert preview.ok, ([str(p) for p in preview.problems], table)
        assert {s.reason for s in preview.skipped} <= {"empty", "totals", "footer"}
        apply_import(db=db, preview=preview)
        header = table[next(i for i, r in enumerate(table) if len(r) > 1 and "Главный" not in str(r[1]))]
        stored = db.execute("SELECT name, model, serial_number, inventory_number, quantity, unit_value_minor, currency, "
                            "acquisition_date, notes FROM item ORDER BY id").fetchall()
        fields = {f for f, titles in TITLES.items() for t in header if t in titles}

        def model(r):
            if "manufacturer" in fields:
                return "Dell " + r["model"] if "model" in fields else "Dell"
            return r["model"] if "model" in fields else ""

        expected = [(r["name"], model(r), r["serial_number"] if "serial_number" in fields else None,
                     r["inventory_number"] if "inventory_number" in fields else None, r["quantity"], r["unit_value_minor"], "KGS",
                     r["acquisition_date"].isoformat() if "acquisition_date" in fields else None, r["notes"] if "notes" in fields else "")
                    for r in rows]
        assert stored == expected, (table, fmt)
    finally:
        db.close()
