"""Importing 10,000 items from XLSX (validation included) against openpyxl merely reading the file.

    python bench/bench_import.py [ROWS] [RUNS] [--national] [--items 100000] [--acts 30000] [--empty-only]

Writes a realistic procurement list (Russian headers, a title row, money in
number cells, dates, serial numbers, a totals row and a signature row under
the items), then, RUNS times (default 9), in the same run:

* openpyxl reading every cell of it in read-only mode (the anchor), and
* ``prepare_import`` + ``apply_import`` into two databases: an empty one
  (the programme only) and a copy of the benches' register
  (``bench/register.py``: by default 100,000 items and 30,000 acts, brought
  to the current schema once, then copied afresh for every run): reading,
  finding the table, header guessing, every row checked against the
  database, and the all-or-nothing write.  An office's register grows; the
  import's cost must not grow with it.

Each import is timed between two anchor reads (anchor, empty import, anchor,
register import, anchor) and its ratio is the import over the mean of the
two anchors around it, so a machine that gets busier or quieter during the
run slows or speeds both sides alike; the ratios are reported as
min/median/p90/max, with the processor time of each import and anchor
beside them.  Goal (issue 13): at most 2× at the median and at the p90 on
the register.  ``--empty-only`` leaves the register out.  ``--national`` adds the item's name in Kyrgyz and in Uzbek
(Latin, typed with plain apostrophes, so every row is respelled) as two more
columns: the import checks and stores them, and indexes them for search.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
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
from register import ensure_register  # noqa: E402
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="?", type=int, default=10_000)
    parser.add_argument("runs", nargs="?", type=int, default=9)
    parser.add_argument("--national", action="store_true", help="two more columns: the name in Kyrgyz and in Uzbek")
    parser.add_argument("--items", type=int, default=100_000, help="items in the register imported into")
    parser.add_argument("--acts", type=int, default=30_000, help="acts in the register imported into")
    parser.add_argument("--empty-only", action="store_true", help="import into an empty database only")
    args = parser.parse_args()
    cases = ["empty"] if args.empty_only else ["empty", "register"]
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        source = Path(folder) / "list.xlsx"
        write_list(source, args.rows, args.national)
        register = None if args.empty_only else prepared_register(Path(folder), args.items, args.acts)
        held = 0
        if register is not None:
            with open_database(register) as db:
                held = db.execute("SELECT count(*) FROM item").fetchone()[0]
        ratios: dict[str, list[float]] = {case: [] for case in cases}
        imports: dict[str, list[float]] = {case: [] for case in cases}
        cpu: dict[str, list[float]] = {case: [] for case in cases}
        anchors, anchor_cpu = [], []
        for attempt in range(args.runs):
            before = _timed(lambda: read_only(source))
            anchors.append(before[0])
            anchor_cpu.append(before[1])
            for case in cases:
                target = Path(folder) / f"desk{attempt}-{case}.sqlite"
                if case == "register":
                    shutil.copyfile(register, target)
                spent = import_into(target, source, args.rows, fresh=case == "empty")
                after = _timed(lambda: read_only(source))
                anchors.append(after[0])
                anchor_cpu.append(after[1])
                imports[case].append(spent[0])
                cpu[case].append(spent[1])
                ratios[case].append(spent[0] / ((before[0] + after[0]) / 2))
                before = after
                for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                    leftover.unlink(missing_ok=True)
        print(f"rows: {args.rows}  file: {source.stat().st_size / 1024:.0f} KiB  load average: {os.getloadavg()[0]:.1f}")
        print(Summary.of(anchors).line("openpyxl read-only, values only (anchor)", "s"))
        print(Summary.of(anchor_cpu).line("  processor time", "s"))
        for case in cases:
            where = "an empty database" if case == "empty" else f"a register of {held:,} items"
            print(f"into {where}:")
            print("  " + Summary.of(imports[case]).line("import (read + check + write)", "s"))
            print("  " + Summary.of(cpu[case]).line("  processor time", "s"))
            paired = Summary.of(ratios[case])
            print(f"  {'ratio import / anchor, run by run':44} min {paired.min:9.2f}  median {paired.median:9.2f}  "
                  f"p90 {paired.p90:9.2f}  max {paired.max:9.2f} x  ({paired.runs} runs)")
        judged = Summary.of(ratios[cases[-1]])
        passed = judged.median <= 2 and judged.p90 <= 2
        print(f"{'PASS' if passed else 'FAIL'}  {cases[-1]}: median ratio {judged.median:.2f}x, p90 {judged.p90:.2f}x   (target <= 2x at both)")
        if len(cases) == 2:
            growth = statistics.median(imports["register"]) / statistics.median(imports["empty"])
            print(f"register / empty, median import time: {growth:.2f}x")


def prepared_register(folder: Path, items: int, acts: int) -> Path:
    """The benches' register brought to this version's schema (a copy: the cached file stays as it is), with the
    programme the list names."""
    path = folder / "register.sqlite"
    shutil.copyfile(ensure_register(items, acts), path)
    with open_database(path) as db:
        if db.execute("SELECT 1 FROM programme WHERE code = 'XAC/Z60'").fetchone() is None:
            records.create(db=db, kind=records.PROGRAMME, data={"code": "XAC/Z60", "name_en": "Programme for Central Asia"})
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def import_into(path: Path, source: Path, rows: int, *, fresh: bool) -> tuple[float, float]:
    """Wall and processor seconds of importing ``source`` into ``path``."""
    db = open_database(path)
    if fresh:
        records.create(db=db, kind=records.PROGRAMME, data={"code": "XAC/Z60", "name_en": "Programme for Central Asia"})
    started, started_cpu = time.perf_counter(), time.process_time()
    preview = prepare_import(db=db, kind="item", path=source)
    assert preview.ok, preview.problems[:5]
    assert [s.reason for s in preview.skipped] == ["totals", "footer"], preview.skipped
    result = apply_import(db=db, preview=preview)
    spent = (time.perf_counter() - started, time.process_time() - started_cpu)
    assert result.created == rows
    db.close()
    return spent


def _timed(function) -> tuple[float, float]:
    started, started_cpu = time.perf_counter(), time.process_time()
    function()
    return time.perf_counter() - started, time.process_time() - started_cpu


if __name__ == "__main__":
    main()
