"""Peak memory and time of the batch documents as whole processes, by number of acts (not run by the tests).

    python bench/bench_batch.py [--counts 100,1000,10000] [--items 100000 --acts 30000] [--donor] [--exports]

On a copy of the large register (``bench/register.py``), for periods holding
about each count of finalized, signed or void acts:
``python -m equipment_desk certificates --from D1 --to D2 -o F.pdf``, and with
``--donor`` ``donor-report --programme CODE --from D1 --to D2 --with-acts``.
Reported per run: the acts, wall time, the child's peak resident memory
(its maximum resident set, from the operating system) and the file's size;
the anchor is the same process printing a single act (``certificate``), so
the growth per act shows as the difference.  Goal: certificates for 10,000
acts under 300 MB peak.

``--exports``: the large exports as whole processes, XLSX and CSV — every item
(``items export``), the act register (``export acts``) and every line of every
act (``export lines``) — each with its peak memory; they write row by row, so
the peak should not grow with the register (compare with the anchor).
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


def run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    error = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command[3:6])} failed: {error}")
    return elapsed, usage.ru_maxrss / 1024  # kilobytes on Linux


def period_of(db_path: Path, count: int) -> tuple[str, str, int]:
    """From the first act's date to the date by which ``count`` acts (not drafts) are reached, and how many it holds."""
    import sqlite3

    connection = sqlite3.connect(db_path)
    dates = [r[0] for r in connection.execute(
        "SELECT act_date FROM act WHERE status <> 'draft' ORDER BY act_date, id LIMIT ?", [count])]
    first, last = dates[0], dates[-1]
    held = connection.execute("SELECT count(*) FROM act WHERE status <> 'draft' AND act_date BETWEEN ? AND ?",
                              [first, last]).fetchone()[0]
    connection.close()
    return first, last, held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="100,1000,10000")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--acts", type=int, default=30_000)
    parser.add_argument("--donor", action="store_true", help="also the donor report with every act appended")
    parser.add_argument("--exports", action="store_true", help="also the exports of every item, act and line")
    parser.add_argument("--no-certificates", action="store_true", help="only the anchor (and what is asked besides)")
    args = parser.parse_args(argv)
    counts = [int(c) for c in args.counts.split(",")]
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(tempfile.gettempdir()) / "equipment-desk-bench-pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    py = [sys.executable, "-m", "equipment_desk"]
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as folder:
        db = Path(folder) / "register.sqlite"
        shutil.copyfile(ensure_register(args.items, args.acts), db)
        out = Path(folder) / "out.pdf"
        rows = []
        elapsed, peak = run([*py, "--db", str(db), "certificate", "ROCA-2018-0001", "-o", str(out)], env)
        rows.append(("certificate (one act, the anchor)", 1, elapsed, peak, out.stat().st_size))
        for count in [] if args.no_certificates else counts:
            first, last, held = period_of(db, count)
            out.unlink(missing_ok=True)
            elapsed, peak = run([*py, "--db", str(db), "certificates", "--from", first, "--to", last, "-o", str(out)], env)
            rows.append(("certificates", held, elapsed, peak, out.stat().st_size))
            if args.donor:
                import sqlite3

                connection = sqlite3.connect(db)
                code, acts = connection.execute(
                    """SELECT p.code, count(*) FROM act a JOIN programme p ON p.id = a.programme_id
                       WHERE a.status IN ('finalized', 'signed') AND a.act_date BETWEEN ? AND ?
                       GROUP BY p.code ORDER BY count(*) DESC LIMIT 1""", [first, last]).fetchone()
                connection.close()
                out.unlink(missing_ok=True)
                elapsed, peak = run([*py, "--db", str(db), "donor-report", "--programme", code, "--from", first,
                                     "--to", last, "--with-acts", "-o", str(out)], env)
                rows.append((f"donor-report --with-acts ({code})", acts, elapsed, peak, out.stat().st_size))
        if args.exports:
            import sqlite3

            connection = sqlite3.connect(db)
            sizes = {what: connection.execute(sql).fetchone()[0] for what, sql in (
                ("items", "SELECT count(*) FROM item"), ("acts", "SELECT count(*) FROM act"),
                ("lines", "SELECT count(*) FROM act_line"))}
            connection.close()
            for suffix in ("xlsx", "csv"):
                for what, command in (("items", ["items", "export"]), ("acts", ["export", "acts"]),
                                      ("lines", ["export", "lines"])):
                    target = Path(folder) / f"export.{suffix}"
                    target.unlink(missing_ok=True)
                    elapsed, peak = run([*py, "--db", str(db), *command, str(target)], env)
                    rows.append((f"{' '.join(command)} .{suffix} (rows)", sizes[what], elapsed, peak, target.stat().st_size))
    print()
    print(f"{'':40} {'acts':>7} {'seconds':>9} {'peak MB':>9} {'file MB':>9} {'ms/act':>8}")
    for name, acts, elapsed, peak, size in rows:
        print(f"{name:40} {acts:>7} {elapsed:>9.1f} {peak:>9.0f} {size / 1e6:>9.1f} {elapsed * 1000 / acts:>8.1f}")
    anchor = rows[0][3]
    if not any(r[0] == "certificates" for r in rows):
        return 0
    biggest = max((r for r in rows if r[0] == "certificates"), key=lambda r: r[1])
    growth = (biggest[3] - anchor) / max(biggest[1] - 1, 1) * 1000
    verdict = "PASS" if biggest[3] < 300 else "FAIL"
    print(f"\n{verdict}  certificates for {biggest[1]} acts: {biggest[3]:.0f} MB peak (target < 300 MB); "
          f"{growth:.1f} KB more per act than printing one act ({anchor:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
