"""What adding lines and finalizing an act cost on an empty register and on a large one, in one run.

    python bench/bench_acts.py [--items 100000] [--acts 30000] [--lines 50] [--runs 7]

The large register is built by ``bench/register.py`` (cached); the empty one
holds only the demo institutions and programmes and the items the runs use.
Each run, on a copy of each register: a new draft, ``--lines`` calls of
``acts.add_lines`` with one item each (the act editor adds one line at a
time), then ``acts.finalize_act``.  Reported: min/median/p90/max per added
line and per finalize, and the large register's cost as a ratio of the empty
one's (the anchor).  Goal: finalizing a 50-line act on a register of 20,000+
handed-over lines within 1.5x of the same on an empty register.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from register import ensure_register  # noqa: E402
from stats import Summary, ratio_line  # noqa: E402

from equipment_desk.store import acts, demo, records  # noqa: E402
from equipment_desk.store.database import open_database, write_transaction  # noqa: E402


def header(db) -> dict:
    institution, signatory = db.execute(
        "SELECT s.institution_id, s.id FROM signatory s ORDER BY s.id LIMIT 1").fetchone()
    programme = db.execute("SELECT id FROM programme ORDER BY id LIMIT 1").fetchone()[0]
    return {"act_date": "2024-05-15", "recipient_institution_id": institution, "recipient_signatory_id": signatory,
            "programme_id": programme, "currency": "USD", "place_en": "Bishkek", "place_ru": "г. Бишкек"}


def free_items(db, count: int) -> list[int]:
    """Items in USD with stock left and on no draft, spread over the register."""
    return [r[0] for r in db.execute(
        """SELECT s.id FROM item_stock s WHERE s.currency = 'USD' AND s.available > 0 AND s.written_off = 0
             AND s.id NOT IN (SELECT l.item_id FROM act_line l JOIN act a ON a.id = l.act_id WHERE a.status = 'draft')
           ORDER BY (s.id * 7919) % 100003 LIMIT ?""", [count]).fetchall()]


def empty_register(path: Path, items: int) -> None:
    db = open_database(path)
    demo.load_demo(db=db)
    with write_transaction(db):
        for n in range(items):
            records.create(db=db, kind=records.ITEM, data={
                "category": "computers", "name": f"Laptop {n}", "name_ru": f"Ноутбук {n}", "serial_number": f"EMPTY{n:07d}", "quantity": 3,
                "unit_value_minor": 150_000, "currency": "USD"})
    db.close()


def measure(path: Path, lines: int, runs: int) -> tuple[list[float], list[float], int]:
    """Per added line and per finalize (seconds), and how many act lines the register had handed over."""
    db = open_database(path)
    handed = db.execute("SELECT count(*) FROM act_line l JOIN act a ON a.id = l.act_id "
                        "WHERE a.status IN ('finalized', 'signed')").fetchone()[0]
    pool = free_items(db, lines * runs)
    if len(pool) < lines * runs:
        raise SystemExit(f"{path} has only {len(pool)} free items; {lines * runs} needed")
    values = header(db)
    add, finalize = [], []
    for run in range(runs):
        act_id = acts.create_draft(db=db, data=values, user="bench")
        for item_id in pool[run * lines:(run + 1) * lines]:
            start = time.perf_counter()
            acts.add_lines(db=db, act_id=act_id, lines=[{"item_id": item_id, "quantity": 1}], user="bench")
            add.append(time.perf_counter() - start)
        start = time.perf_counter()
        acts.finalize_act(db=db, act_id=act_id, user="bench")
        finalize.append(time.perf_counter() - start)
    db.close()
    return add, finalize, handed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--acts", type=int, default=30_000)
    parser.add_argument("--lines", type=int, default=50)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    large_source = ensure_register(args.items, args.acts)
    with tempfile.TemporaryDirectory(prefix="bench-acts-") as folder:
        empty, large = Path(folder) / "empty.sqlite", Path(folder) / "large.sqlite"
        empty_register(empty, args.lines * args.runs)
        shutil.copyfile(large_source, large)
        # alternate the two registers so a busy machine slows both alike
        results: dict[str, tuple[list[float], list[float], int]] = {"empty": ([], [], 0), "large": ([], [], 0)}
        for _ in range(args.runs):
            for name, path in (("empty", empty), ("large", large)):
                add, finalize, handed = measure(path, args.lines, 1)
                results[name][0].extend(add)
                results[name][1].extend(finalize)
                results[name] = (results[name][0], results[name][1], handed)
    print()
    print(f"an act of {args.lines} lines, added one line at a time, then finalized ({args.runs} runs each)")
    summaries = {}
    for name, (add, finalize, handed) in results.items():
        summaries[name] = (Summary.of(add), Summary.of(finalize))
        print(f"{name} register ({handed} act lines handed over):")
        print("  " + summaries[name][0].line("add one line"))
        print("  " + summaries[name][1].line(f"finalize the {args.lines}-line act"))
    print()
    print(ratio_line("add one line, large / empty", summaries["large"][0], summaries["empty"][0], 1.5))
    print(ratio_line(f"finalize {args.lines} lines, large / empty", summaries["large"][1], summaries["empty"][1], 1.5))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
