"""Importing 10,000 items from XLSX (validation included) against openpyxl merely reading the file.

    python bench/bench_import.py [ROWS] [RUNS] [--national]

Writes a realistic procurement list (Russian headers, a title row, money in
number cells, dates, serial numbers, a totals row and a signature row under
the items), then, RUNS times (default 9), in the same run:

* openpyxl reading every cell of it in read-only mode (the anchor), and
* ``prepare_import`` + ``apply_import`` into a fresh database file: reading,
  finding the table, header guessing, every row checked against the
  database, and the all-or-nothing write.

Each run reads the anchor just before and just after the import and gives
the ratio import / (the mean of the two anchors), so a machine that gets
busier or quieter during the run slows or speeds both sides alike; the
ratios are reported as min/median/p90/max.  Goal: at most 2× at the median
and at the p90.  ``--national`` adds the item's name in Kyrgyz and in Uzbek
(Latin, typed with plain apostrophes, so every row is respelled) as two more
columns: the import checks and stores them, and indexes them for search.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from equipment_desk.exchange.importers import apply_import, prepare_import  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from stats import Summary  # noqa: E402

from equipment_desk.store import records  # noqa: E402
from equipment_desk.store.database import open_database  # noqa: E402


def write_list(path: Path, rows: int, national: bool = False) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Закупка")
    sheet.append(["Перечень оборудования, закупленного в рамках программы XAC/Z60"])
    sheet.append(["№", "Категория", "Наименование", "Модель", "Серийный номер", "Инвентарный номер", "Ед. изм.", "Кол-во",
                  "Цена за ед.", "Валюта", "Дата приобретения", "Состояние", "Программа", "Примечание"]
                 + (["Наименование (кырг.)", "Name (UZ)"] if national else []))
    start = date(2018, 1, 10)
    for n in range(1, rows + 1):
        sheet.append([n, "компьютеры" if n % 3 else "office", f"Компьютер настольный в сборе, вариант {n % 17}", "HP ProDesk 400 G4",
                      f"CZC{n:08d}", f"UNODC-KG-{n:06d}", "шт.", 1 + n % 5, 43000 + (n % 100) * 12.5, "KGS",
                      start + timedelta(days=n % 300), "новое", "XAC/Z60", "с монитором и ИБП" if n % 2 else None]
                     + ([f"Үстөл компьютери, {n % 17}-вариант", f"Stol kompyuteri, o'quv xonasi uchun {n % 17}"] if national else []))
    sheet.append(["Итого:", None, None, None, None, None, None, sum(1 + n % 5 for n in range(1, rows + 1))])
    sheet.append([None, "Главный бухгалтер ____________ Иванова А.А."])
    workbook.save(path)


def read_only(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        cells += len(row)
    workbook.close()
    return cells


def main() -> None:
    national = "--national" in sys.argv
    numbers = [arg for arg in sys.argv[1:] if arg != "--national"]
    rows = int(numbers[0]) if numbers else 10_000
    runs = int(numbers[1]) if len(numbers) > 1 else 9
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "list.xlsx"
        write_list(source, rows, national)
        ratios, anchors, imports = [], [], []
        for attempt in range(runs):
            before = _timed(lambda: read_only(source))
            db = open_database(Path(folder) / f"desk{attempt}.sqlite")
            records.create(db=db, kind=records.PROGRAMME, data={"code": "XAC/Z60", "name_en": "Programme for Central Asia"})
            started = time.perf_counter()
            preview = prepare_import(db=db, kind="item", path=source)
            assert preview.ok, preview.problems[:5]
            assert [s.reason for s in preview.skipped] == ["totals", "footer"], preview.skipped
            result = apply_import(db=db, preview=preview)
            spent = time.perf_counter() - started
            assert result.created == rows
            db.close()
            anchor = (before + _timed(lambda: read_only(source))) / 2
            anchors.append(anchor)
            imports.append(spent)
            ratios.append(spent / anchor)
        print(f"rows: {rows}  file: {source.stat().st_size / 1024:.0f} KiB")
        print(Summary.of(anchors).line("openpyxl read-only, values only (anchor)", "s"))
        print(Summary.of(imports).line("import (read + check + write)", "s"))
        paired = Summary.of(ratios)
        print(f"{'ratio import / anchor, run by run':44} min {paired.min:9.2f}  median {paired.median:9.2f}  p90 {paired.p90:9.2f}  "
              f"max {paired.max:9.2f} x  ({paired.runs} runs)")
        passed = paired.median <= 2 and paired.p90 <= 2
        print(f"{'PASS' if passed else 'FAIL'}  median ratio {paired.median:.2f}x, p90 {paired.p90:.2f}x   (target <= 2x at both)")


def _timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
