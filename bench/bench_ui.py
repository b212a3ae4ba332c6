"""Benchmark of the window on a large database (not run by the tests).

    python bench/bench_ui.py [--db FILE] [--items 100000] [--acts 10000] [--runs 5] [--no-bytecode-cache]

1. Generates (or reuses) a database of 100,000 items and 10,000 acts, with
   direct SQL inserts in one transaction (the schema's triggers and full-text
   index stay in force).
2. Start-up: time from process start to the main window shown and usable
   (first event-loop turn after ``show()``), against a bare PySide6 window
   (QMainWindow with an empty table) started the same way, median of
   ``--runs`` (the two kinds alternate, after one uncounted start of each).
   Target: at most 2x the bare window.  The program starts as a user's
   does, through ``main.py``'s ``equipment_desk.ui.launch.main``: logging,
   translations, settings, the database with its checks, the window, the
   day's backup; with the layout saved when it last closed (the uncounted
   first start has none and is shown apart) and today's backup written.
   Its settings and backups go to a temporary folder, removed afterwards
   (``EQUIPMENT_DESK_SETTINGS``), and on Linux its log too (XDG folders).

   An installed program starts from compiled bytecode (pip writes the .pyc
   files; a frozen build ships them).  Where PYTHONDONTWRITEBYTECODE is set,
   every start would compile each of our modules from source, a cost the bare
   window does not have and users never pay; so the child processes keep
   their bytecode in a folder of their own under the temp folder
   (PYTHONPYCACHEPREFIX), filled by the uncounted starts.
   ``--no-bytecode-cache`` measures with the inherited environment instead.
3. Search: median time to refilter the items list for one keystroke (typing
   words letter by letter, then deleting them): the search field's text is
   set, as typing does, and the time runs until the view has painted the new
   rows.  Target: under 30 ms.
4. Memory: resident set after scrolling the whole items list to the end.
   Target: under 200 MB.
"""

from __future__ import annotations

import argparse
import importlib.abc
import importlib.machinery
import importlib.util
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
READY = "WINDOW-READY"


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import psutil  # type: ignore[import-not-found]

        return psutil.Process().memory_info().rss / 1024 / 1024
    except ImportError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the data ------------------------------------------------------------------------------------

NAMES = ["Desktop computer", "Laptop computer", "Laser printer", "Multifunction printer", "Monitor 24\"", "Video endoscope",
         "Patient monitor", "Defibrillator", "Ventilator", "Server", "UPS 1500 VA", "Projector", "Scanner", "Router",
         "Network switch", "Office chair", "Desk", "Safe", "Vehicle", "Radio set", "Body scanner", "Drug test kit"]
MODELS = ["HP ProDesk 400", "Dell Latitude 5480", "Lenovo ThinkCentre", "Olympus IPLEX", "Mindray uMEC10", "Canon i-SENSYS",
          "APC Smart-UPS", "Epson EB-X41", "Cisco 2960", "Toyota Land Cruiser", "Motorola DP4400"]


def generate(path: Path, items: int, acts: int) -> None:
    from equipment_desk.store import demo
    from equipment_desk.store.database import open_database

    db = open_database(path)
    demo.load_demo(db=db)  # institutions, signatories, programmes, donors
    rng = random.Random(2018)
    institutions = [r[0] for r in db.execute("SELECT id FROM institution")]
    signatory_of = dict(db.execute("SELECT institution_id, min(id) FROM signatory GROUP BY institution_id").fetchall())
    institutions = [i for i in institutions if i in signatory_of]
    programmes = [r[0] for r in db.execute("SELECT id FROM programme")]
    now = "2018-06-01T00:00:00Z"
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    first_item = db.execute("SELECT coalesce(max(id), 0) + 1 FROM item").fetchone()[0]
    rows = []
    for n in range(items):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), rng.choice(["computers", "medical", "office", "other"]),
                     rng.choice(NAMES), rng.choice(MODELS), f"SN{n:07d}{rng.randint(100, 999)}", f"INV-{2015 + n % 5}-{n:06d}",
                     rng.randint(1, 5), rng.randint(1000, 5_000_000), rng.choice(["USD", "KGS", "UZS"]),
                     f"{2015 + n % 5}-{month:02d}-{day:02d}", rng.choice(programmes), now, now))
    conn.executemany(
        """INSERT INTO item (uuid, category, name, model, serial_number, inventory_number, quantity, unit_value_minor, currency,
                             acquisition_date, programme_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""", rows)
    item_ids = list(range(first_item, first_item + items))
    rng.shuffle(item_ids)
    quantities = dict(db.execute("SELECT id, quantity FROM item").fetchall())
    per_year: dict[int, int] = {}
    chain = db.execute("SELECT coalesce(max(chain_pos), 0) FROM act WHERE office_code = 'BENCH'").fetchone()[0]
    cursor = 0
    for a in range(acts):
        year = 2015 + a % 5
        institution = rng.choice(institutions)
        act_uuid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        currency = rng.choice(["USD", "KGS", "UZS"])
        act_id = conn.execute(
            """INSERT INTO act (uuid, act_date, country, recipient_institution_id, recipient_signatory_id, programme_id,
                                transferor_name, currency, rate_micro, goods_en, goods_ru, created_at, created_by, updated_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            [act_uuid, f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "KG", institution, signatory_of[institution],
             rng.choice(programmes), "Bench Signatory", currency, None if currency == "USD" else rng.randint(60_000_000, 90_000_000),
             "equipment", "оборудование", now, "bench", now]).lastrowid
        lines = []
        for line_no in range(1, 4):
            item_id = item_ids[cursor % len(item_ids)]
            cursor += 1
            lines.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), act_id, line_no, item_id, quantities[item_id],
                          rng.randint(1000, 5_000_000), "item", "model", "pcs"))
        conn.executemany("""INSERT INTO act_line (uuid, act_id, line_no, item_id, quantity, unit_value_minor, item_name, item_model, unit)
                            VALUES (?,?,?,?,?,?,?,?,?)""", lines)
        if a % 10 < 8:  # most acts are finalized or signed
            per_year[year] = per_year.get(year, 0) + 1
            chain += 1
            seq = per_year[year]
            status_signed = a % 10 < 6
            conn.execute(
                """UPDATE act SET status = 'finalized', number = ?, office_code = 'BENCH', series = ?, seq = ?, chain_pos = ?,
                       content_json = '{}', content_hash = ?, previous_hash = ?, finalized_at = ?, finalized_by = 'bench' WHERE id = ?""",
                [f"BENCH-{year}-{seq:05d}", f"BENCH-{year}", seq, chain, f"{chain:064x}", f"{chain - 1:064x}", now, act_id])
            if status_signed:
                conn.execute("UPDATE act SET status = 'signed', signed_date = act_date, signed_at = ?, signed_by = 'bench' WHERE id = ?",
                             [now, act_id])
    conn.execute("COMMIT")
    db.execute("ANALYZE")
    db.close()


# --- the child processes -------------------------------------------------------------------------

class MeasureWhenShown(importlib.abc.MetaPathFinder):
    """Once the program has loaded ``PySide6.QtWidgets``, its ``QApplication.exec`` first schedules :func:`ready`.

    The program itself imports PySide6 when its start-up order says so; importing it here first would
    change what is measured.
    """

    def __init__(self, ready: Callable[[], None]) -> None:
        self.ready = ready

    def find_spec(self, name: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        load, ready = spec.loader.exec_module, self.ready

        def exec_module(module: Any) -> None:
            load(module)
            program_exec = module.QApplication.exec

            def exec_and_measure(*_: object) -> int:
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, ready)  # the first turn of the program's event loop, its window shown
                return program_exec()

            module.QApplication.exec = exec_and_measure

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def child(kind: str) -> int:
    """One start of a window.  The program starts as ``main.py`` starts it (``equipment_desk.ui.launch.main``)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    def ready() -> None:
        from PySide6.QtWidgets import QApplication, QMainWindow

        print(READY, time.process_time(), flush=True)  # and the CPU time this process has used so far
        for window in QApplication.topLevelWidgets():
            if isinstance(window, QMainWindow) and hasattr(window, "background_tasks"):
                window.background_tasks.wait(600_000)  # the day's backup, written by the first (uncounted) start
                window.auto_backups = False   # no backup on closing after each measurement
                window.resize(1400, 860)      # as the bare window: the next starts open at this size
        QApplication.processEvents()  # the finished tasks report back: closing has nothing to ask
        QApplication.quit()  # the window closes as on quitting: it keeps its layout for the next start

    if kind == "app":
        from equipment_desk.ui.launch import main as program  # what main.py imports

        sys.meta_path.insert(0, MeasureWhenShown(ready))
        return program()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.statusBar().showMessage("ready")
    window.resize(1400, 860)
    window.show()
    QTimer.singleShot(0, ready)
    return app.exec()


def child_environment(db_path: Path, home: Path, bytecode_cache: bool) -> dict[str, str]:
    """The children's environment: the program opens ``db_path`` with settings of its own in ``home``
    (``EQUIPMENT_DESK_SETTINGS``), backups in ``home``, and (on Linux, through the XDG folders) its log there too."""
    settings = home / "settings.ini"
    settings.write_text(f"[General]\nbackup_folder={(home / 'backups').as_posix()}\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), EQUIPMENT_DESK_DB=str(db_path),
               EQUIPMENT_DESK_SETTINGS=str(settings),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "equipment-desk-bench-pycache")
    return env


def time_start(kind: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting a child until its window is ready, and the CPU seconds the child used until then."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--child", kind],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(READY):
            elapsed = time.perf_counter() - start
            cpu = float(line.split()[1])
            break
    else:
        raise RuntimeError(f"the {kind} window never became ready")
    process.wait()
    return elapsed, cpu


# --- in-process measurements ---------------------------------------------------------------------

def measure_search_and_memory(db_path: Path) -> tuple[list[float], float, float, int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from equipment_desk.store.database import open_database
    from equipment_desk.ui.app import protect_python_singletons
    from equipment_desk.ui.main_window import MainWindow
    from equipment_desk.ui.settings import DeskSettings

    protect_python_singletons()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    db = open_database(db_path)
    window = MainWindow(db=db, db_path=db_path, settings=DeskSettings.at(Path(tempfile.mkdtemp()) / "b.ini"), lang="en")
    window.resize(1400, 860)
    window.show()
    window.show_section("items")
    app.processEvents()
    page = window.items_page
    timings = []
    for word in ("laptop", "SN00123", "monitor", "video endo", "INV-2016"):
        for end in list(range(1, len(word) + 1)) + list(range(len(word) - 1, -1, -1)):
            start = time.perf_counter()
            page.search.setText(word[:end])  # filters as you type: the model is reset here
            app.processEvents()              # the view lays out and paints the new rows
            timings.append((time.perf_counter() - start) * 1000)
    page.search.clear()
    app.processEvents()
    before = rss_mb()
    view, model = page.view, page.model
    while model.canFetchMore(view.rootIndex()):
        view.scrollToBottom()
        app.processEvents()
    view.scrollToBottom()
    app.processEvents()
    rows = model.rowCount()
    after = rss_mb()
    window.close()
    db.close()
    return timings, before, after, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--acts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-bytecode-cache", action="store_true", help="start the windows with the inherited environment")
    parser.add_argument("--child", choices=("bare", "app"))
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child)
    db_path = args.db or Path(tempfile.gettempdir()) / f"equipment-desk-bench-{args.items}-{args.acts}.sqlite"
    if not db_path.exists():
        print(f"generating {args.items} items and {args.acts} acts in {db_path} …", flush=True)
        start = time.perf_counter()
        generate(db_path, args.items, args.acts)
        print(f"  generated in {time.perf_counter() - start:.1f} s ({db_path.stat().st_size / 1e6:.0f} MB)")
    home = tempfile.TemporaryDirectory(prefix="equipment-desk-bench-home-")
    env = child_environment(db_path, Path(home.name), not args.no_bytecode_cache)
    # Uncounted: bytecode written, files in the system's cache; the program's first start (no saved layout,
    # the day's backup written).
    time_start("bare", env)
    first_start = time_start("app", env)[0]
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(time_start("bare", env))
        app.append(time_start("app", env))
    bare_median, app_median = statistics.median(b[0] for b in bare), statistics.median(a[0] for a in app)
    bare_cpu, app_cpu = statistics.median(b[1] for b in bare), statistics.median(a[1] for a in app)
    home.cleanup()
    timings, before, after, rows = measure_search_and_memory(db_path)
    keystroke = statistics.median(timings)
    slow = statistics.quantiles(timings, n=10)[-1]
    print()
    bytecode = "no bytecode cache" if args.no_bytecode_cache else "from bytecode"
    print(f"start-up, bare PySide6 window   : {bare_median * 1000:7.0f} ms (median of {args.runs}, {bytecode})")
    print(f"start-up, Equipment Desk window : {app_median * 1000:7.0f} ms (median of {args.runs}, {bytecode})")
    print(f"  ratio                         : {app_median / bare_median:7.2f} x   (target <= 2)")
    print(f"  CPU time, bare / Equipment Desk: {bare_cpu * 1000:.0f} / {app_cpu * 1000:.0f} ms = {app_cpu / bare_cpu:.2f} x"
          "   (steadier than the clock when the machine is busy)")
    print(f"  first start, no layout saved  : {first_start * 1000:7.0f} ms (uncounted)")
    print(f"refilter items, one keystroke   : {keystroke:7.1f} ms median, {slow:.1f} ms 90th percentile, "
          f"{max(timings):.1f} ms worst of {len(timings)}   (target < 30 ms)")
    print(f"resident memory, list open      : {before:7.0f} MB")
    print(f"resident memory, {rows} rows scrolled : {after:7.0f} MB   (target < 200 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
