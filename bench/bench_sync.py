"""``check`` and ``sync import`` per act at 1,000, 10,000 and 30,000 acts, as whole processes (not run by the tests).

    python bench/bench_sync.py [--sizes 1000,10000,30000] [--runs 3]

For each size a register of that many acts (and four items per act, at least
4,000) is built by ``bench/register.py`` (cached), with real hashes, so
``check`` verifies every act.  Timed, on a copy:

- ``python -m equipment_desk check`` (integrity, foreign keys, every act's
  hash, the chains, the kept stock figures);
- ``sync import`` of a full bundle of that register (``sync export --all``)
  into an empty database: every record and act merged.

Reported: min/median/p90/max in seconds and milliseconds per act; the anchor
is the smallest size, so "linear" reads as ms per act staying flat.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from register import ensure_register  # noqa: E402
from stats import Summary  # noqa: E402


def timed_process(command: list[str], env: dict[str, str], runs: int, before=None) -> Summary:
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=3600)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command[3:])} failed: {done.stderr.decode()[-2000:]}")
    return Summary.of(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,30000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "equipment-desk-bench-pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    py = [sys.executable, "-m", "equipment_desk"]
    results = []
    for acts in [int(n) for n in args.sizes.split(",")]:
        items = 100_000 if acts == 30_000 else max(4 * acts, 4000)
        source = ensure_register(items, acts)
        with tempfile.TemporaryDirectory(prefix="bench-check-") as folder:
            db = Path(folder) / "register.sqlite"
            shutil.copyfile(source, db)
            subprocess.run([*py, "--db", str(db), "settings"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
            held = int(subprocess.run([sys.executable, "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("
                                       "\"SELECT count(*) FROM act WHERE status <> 'draft'\").fetchone()[0])", str(db)],
                                      capture_output=True, text=True, check=True).stdout)
            check = timed_process([*py, "--db", str(db), "check"], env, args.runs)
            bundle = Path(folder) / "all.zip"
            subprocess.run([*py, "--db", str(db), "sync", "export", str(bundle), "--all"], cwd=ROOT, env=env, check=True,
                           stdout=subprocess.DEVNULL)
            target = Path(folder) / "other.sqlite"

            def fresh(target: Path = target, folder: str = folder) -> None:
                for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                    leftover.unlink(missing_ok=True)
                shutil.rmtree(Path(folder) / "backups", ignore_errors=True)

            sync = timed_process([*py, "--db", str(target), "sync", "import", str(bundle)], env, args.runs, before=fresh)
            results.append((held, check, sync))
    print()
    print(f"{'':26} {'acts':>7} {'min s':>8} {'median s':>9} {'p90 s':>8} {'max s':>8} {'ms/act':>8}")
    for held, check, sync in results:
        for name, summary in (("check", check), ("sync import (full bundle)", sync)):
            print(f"{name:26} {held:>7} {summary.min:>8.2f} {summary.median:>9.2f} {summary.p90:>8.2f} {summary.max:>8.2f} "
                  f"{summary.median * 1000 / held:>8.2f}")
    first, last = results[0], results[-1]
    for index, name in ((1, "check"), (2, "sync import")):
        growth = (last[index].median / last[0]) / (first[index].median / first[0])
        print(f"{name}: ms per act at {last[0]} acts is {growth:.2f}x that at {first[0]} (1.0 = linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
