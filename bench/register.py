"""A realistic register built through the store's own functions, for the benches (not run by the tests).

    python bench/register.py [--items 100000] [--acts 30000] [--out FILE] [--force]

Everything goes through the functions the window and the command line call:
institutions, signatories, programmes and donors from the demo data set;
items by ``records.create`` (validated, audited, indexed for search); acts by
``acts.create_draft``, ``acts.add_lines`` and ``acts.finalize_act`` (numbered,
snapshotted and sealed with real SHA-256 hashes chained per office), most of
them then signed and a few voided, the newest left as drafts.  So ``check``
verifies every act of it, and every trigger and kept figure is in force.

Writes are grouped into transactions of a few hundred records (a write
nested in a transaction is a savepoint), as a bulk load would; the cost per
act is printed every few thousand acts, so a cost that grows with the
register shows.  The result is cached under the temporary folder by size
(``register_path``) and reused by every bench.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NAMES = ["Desktop computer", "Laptop computer", "Laser printer", "Multifunction printer", "Monitor 24\"", "Video endoscope",
         "Patient monitor", "Defibrillator", "Ventilator", "Server", "UPS 1500 VA", "Projector", "Scanner", "Router",
         "Network switch", "Office chair", "Desk", "Safe", "Vehicle", "Radio set", "Body scanner", "Drug test kit"]
MODELS = ["HP ProDesk 400", "Dell Latitude 5480", "Lenovo ThinkCentre", "Olympus IPLEX", "Mindray uMEC10", "Canon i-SENSYS",
          "APC Smart-UPS", "Epson EB-X41", "Cisco 2960", "Toyota Land Cruiser", "Motorola DP4400"]
CATEGORIES = ["computers", "medical", "endoscopes", "office", "vehicles", "other"]
CHUNK = 250
FIRST_DAY = date(2015, 1, 5)


def register_path(items: int, acts: int) -> Path:
    """Where the register of this size is cached."""
    return Path(tempfile.gettempdir()) / f"equipment-desk-register-{items}-{acts}.sqlite"


def ensure_register(items: int, acts: int, *, quiet: bool = False) -> Path:
    """The cached register of this size, built first if it is not there yet."""
    path = register_path(items, acts)
    if not path.exists():
        build_register(path, items=items, acts=acts, quiet=quiet)
    return path


def _in_chunks(db, total: int, work, label: str, quiet: bool) -> list[float]:
    """Run ``work(n)`` for n in range(total), CHUNK per transaction; returns ms per record of each reported stretch."""
    from equipment_desk.store.database import write_transaction

    per_record: list[float] = []
    report_every = max(CHUNK, (total // 6) // CHUNK * CHUNK)
    stretch = time.perf_counter()
    for start in range(0, total, CHUNK):
        with write_transaction(db):
            for n in range(start, min(start + CHUNK, total)):
                work(n)
        done = min(start + CHUNK, total)
        if done % report_every == 0 or done == total:
            count = done % report_every or report_every
            per_record.append((time.perf_counter() - stretch) * 1000 / count)
            if not quiet:
                print(f"  {label} {done:>7}: {per_record[-1]:.2f} ms each", flush=True)
            stretch = time.perf_counter()
    return per_record


def build_register(path: Path, *, items: int, acts: int, seed: int = 2018, quiet: bool = False) -> dict[str, list[float]]:
    """Build the register into ``path`` (replaced atomically); returns the cost per item and per act by stretch."""
    from equipment_desk.store import acts as acts_store
    from equipment_desk.store import demo, records
    from equipment_desk.store.database import open_database

    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    rng = random.Random(seed)
    db = open_database(partial)
    db.execute("PRAGMA synchronous = NORMAL")  # a bench file, rebuilt if lost; the program keeps FULL
    demo.load_demo(db=db)
    institutions = [r[0] for r in db.execute("SELECT id FROM institution ORDER BY id")]
    signatory_of = dict(db.execute("SELECT institution_id, min(id) FROM signatory GROUP BY institution_id").fetchall())
    institutions = [i for i in institutions if i in signatory_of]
    programmes = [r[0] for r in db.execute("SELECT id FROM programme ORDER BY id")]
    left: dict[str, list[list[int]]] = {"USD": [], "KGS": []}  # [item id, quantity left] by currency

    def add_item(n: int) -> None:
        currency = "USD" if rng.random() < 0.6 else "KGS"
        quantity = rng.choice((1, 1, 1, 2, 3, 5))
        row = records.create(db=db, kind=records.ITEM, user="bench", data={
            "category": rng.choice(CATEGORIES), "name": f"{rng.choice(NAMES)} {n % 97}", "name_ru": f"Оборудование {n % 97}", "model": rng.choice(MODELS),
            "serial_number": f"SN{n:07d}{rng.randint(100, 999)}", "inventory_number": f"INV-{2015 + n % 8}-{n:06d}",
            "quantity": quantity, "unit_value_minor": rng.randint(10_000, 5_000_000), "currency": currency,
            "acquisition_date": (FIRST_DAY + timedelta(days=n * 2900 // max(items, 1))).isoformat(),
            "programme_id": rng.choice(programmes),
        })
        left[currency].append([row["id"], quantity])

    item_cost = _in_chunks(db, items, add_item, "items", quiet)
    for pool in left.values():
        rng.shuffle(pool)
    days = (date.today() - timedelta(days=10) - FIRST_DAY).days
    drafts_from = acts - max(1, acts // 50)

    def take(currency: str, count: int) -> list[dict[str, int]]:
        pools = [left["USD"]] if currency == "USD" else [left["KGS"], left["USD"]]
        lines: list[dict[str, int]] = []
        for pool in pools:
            while pool and len(lines) < count:
                entry = pool[-1]
                quantity = min(entry[1], rng.choice((1, 1, 2)))
                lines.append({"item_id": entry[0], "quantity": quantity})
                entry[1] -= quantity
                pool.pop()  # one line per item per act; what is left goes back later in the pool
                if entry[1] > 0:
                    pool.insert(rng.randrange(len(pool) + 1) if len(pool) < 64 else len(pool) - rng.randint(32, 64), entry)
        return lines

    def add_act(n: int) -> None:
        institution = institutions[n % len(institutions)]
        act_date = FIRST_DAY + timedelta(days=n * days // max(acts, 1))
        currency = "USD" if n % 2 else "KGS"
        header = {
            "act_date": act_date.isoformat(), "recipient_institution_id": institution,
            "recipient_signatory_id": signatory_of[institution], "programme_id": programmes[n % len(programmes)],
            "currency": currency, "place_en": "Bishkek", "place_ru": "г. Бишкек",
            "goods_en": "equipment", "goods_ru": "оборудование",
        }
        if currency != "USD":
            header.update(rate="68.45", rate_type="unore", rate_source="UN Treasury",
                          rate_date=act_date.replace(day=1).isoformat())
        lines = take(currency, rng.randint(1, 5))
        if not lines:
            return  # stock exhausted: the register holds fewer acts
        act_id = acts_store.create_draft(db=db, data=header, user="bench")
        acts_store.add_lines(db=db, act_id=act_id, lines=lines, user="bench")
        if n >= drafts_from:
            return
        acts_store.finalize_act(db=db, act_id=act_id, user="bench")
        fate = n % 20
        if fate < 14:
            signed = min(act_date + timedelta(days=rng.randint(1, 20)), date.today())
            acts_store.sign_act(db=db, act_id=act_id, signed_date=signed.isoformat(), user="bench")
        elif fate == 19:
            acts_store.void_act(db=db, act_id=act_id, reason="the recipient's name was misspelt", user="bench")

    act_cost = _in_chunks(db, acts, add_act, "acts", quiet)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    partial.replace(path)
    return {"items": item_cost, "acts": act_cost}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--acts", type=int, default=30_000)
    parser.add_argument("--out", type=Path, help="build here instead of the cache")
    parser.add_argument("--force", action="store_true", help="build again even if the cached file exists")
    args = parser.parse_args(argv)
    path = args.out or register_path(args.items, args.acts)
    if path.exists() and not args.force:
        print(f"{path} exists (--force builds it again)")
        return 0
    start = time.perf_counter()
    cost = build_register(path, items=args.items, acts=args.acts)
    elapsed = time.perf_counter() - start
    acts_cost = cost["acts"]
    growth = acts_cost[-1] / acts_cost[0] if acts_cost and acts_cost[0] else float("nan")
    print(f"built {path} in {elapsed:.0f} s ({path.stat().st_size / 1e6:.0f} MB); "
          f"ms per act, first stretch {acts_cost[0]:.2f}, last {acts_cost[-1]:.2f} ({growth:.2f}x: linear if near 1)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
