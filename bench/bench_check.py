"""``check`` per act on a register of real acts: linear in the number of acts.

    python bench/bench_check.py [--acts 10000] [--small 1000] [--runs 3]

Two registers are built through the store's own functions (``bench/register.py``:
drafts, lines, finalize with real hashes and journal entries, most signed, a few
voided), a small and a large one, with the same number of items per act; a
signed scan is attached to every 20th signed act so its bytes are re-hashed.
Reported, in the same run:

* ``check`` per act on each register (the whole check divided by the acts it
  verified) and the large/small ratio — near 1 when check is linear;
* ``verify_act`` per act, each act timed on its own (min/median/p90/max);
* the anchor: reading each act's row and hashing its content with SHA-256,
  the least any check of a sealed act has to do, and check's ratio to it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.register import build_register  # noqa: E402
from bench.stats import Summary, ratio_line  # noqa: E402

ITEMS_PER_ACT = 5


def _register(acts: int, folder: Path) -> Path:
    path = folder / f"check-register-{acts}.sqlite"
    if not path.exists():
        print(f"building a register of {acts} acts …", flush=True)
        build_register(path, items=acts * ITEMS_PER_ACT, acts=acts, quiet=True)
        _attach_scans(path)
    return path


def _pdf(text: str) -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, text)
    canvas.save()
    return out.getvalue()


def _attach_scans(path: Path) -> None:
    from equipment_desk.store import acts as acts_store
    from equipment_desk.store.database import open_database

    db = open_database(path)
    signed = [act_id for (act_id,) in db.execute("SELECT id FROM act WHERE status = 'signed' AND signed_scan_id IS NULL ORDER BY id")]
    scan = path.with_suffix(".scan.pdf")
    for act_id in signed[::20]:
        scan.write_bytes(_pdf(f"signed act {act_id}"))
        acts_store.attach_signed_scan(db=db, act_id=act_id, scan_path=scan, user="bench")
    scan.unlink(missing_ok=True)
    db.close()


def _check_per_act(path: Path, runs: int) -> tuple[Summary, int, bool]:
    from equipment_desk.store.check import check_database
    from equipment_desk.store.database import open_database

    db = open_database(path)
    check_database(db=db)  # warm: the page cache, the expected schema
    times, checked, ok = [], 0, True
    for _ in range(runs):
        start = time.perf_counter()
        report = check_database(db=db)
        elapsed = time.perf_counter() - start
        checked, ok = report.acts_checked, report.ok
        times.append(elapsed / max(checked, 1))
    db.close()
    return Summary.of(times), checked, ok


def _verify_each(path: Path) -> Summary:
    from equipment_desk.store.acts import sealing
    from equipment_desk.store.database import open_database

    db = open_database(path)
    times = []
    for (act_id,) in db.execute("SELECT id FROM act WHERE status <> 'draft' ORDER BY id").fetchall():
        start = time.perf_counter()
        sealing.verify_act(db=db, act_id=act_id)
        times.append(time.perf_counter() - start)
    db.close()
    return Summary.of(times)


def _anchor(path: Path, runs: int) -> Summary:
    from equipment_desk.store.database import open_database

    db = open_database(path)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        ids = [act_id for (act_id,) in db.execute("SELECT id FROM act WHERE status <> 'draft'")]
        for act_id in ids:
            text = db.execute("SELECT content_json FROM act WHERE id = ?", [act_id]).fetchone()[0]
            hashlib.sha256(text.encode("utf-8")).hexdigest()
        times.append((time.perf_counter() - start) / max(len(ids), 1))
    db.close()
    return Summary.of(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acts", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "equipment-desk-bench-check")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    large, small = _register(args.acts, args.folder), _register(args.small, args.folder)
    small_check, small_n, small_ok = _check_per_act(small, args.runs)
    large_check, large_n, large_ok = _check_per_act(large, args.runs)
    each = _verify_each(large)
    anchor = _anchor(large, args.runs)
    print(small_check.line(f"check per act, {small_n} acts"))
    print(large_check.line(f"check per act, {large_n} acts"))
    print(each.line(f"verify_act, each of {each.runs} acts"))
    print(anchor.line("anchor: read and hash each act"))
    print(ratio_line(f"check per act, {large_n} / {small_n} acts", large_check, small_check, target=1.5))
    print(ratio_line("check per act / anchor", large_check, anchor))
    print(f"check said {'OK' if small_ok and large_ok else 'NOT OK'} on both registers")
    return 0 if small_ok and large_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
