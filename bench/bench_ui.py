"""Benchmark of the window on a large database (not run by the tests).

    python bench/bench_ui.py [--db FILE] [--items 100000] [--acts 30000] [--runs 5] [--no-bytecode-cache]

1. Uses a copy of the register of 100,000 items and 30,000 acts that
   ``bench/register.py`` builds through the store's own functions (real
   hashes; cached), or ``--db``.
2. Start-up: time from process start to the main window painted on the
   items list (100,000 rows): the turn of the event loop after Qt handled the
   window's first exposure, when it paints it.  Against a bare PySide6 window
   (QMainWindow with an empty table) measured the same way; min/median/p90/max of ``--runs`` (the two kinds alternate, after
   one uncounted start of each).  Target: at most 1.5x the bare window.  Both paint at 1400×860, on an
   offscreen screen of 1920×1080 (Qt's default, 800×600, would have the program fit its window to it and
   paint less than the anchor); the sizes are printed.  The program starts as a user's
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
3. Search: time to refilter the items list for one keystroke (typing
   words letter by letter, then deleting them): the search field's text is
   set, as typing does, and the time runs until the view has painted the new
   rows (``bench/bench_search.py`` types real keys, against an anchor).
4. Memory: resident set after scrolling the whole items list to the end.
   Target: under 200 MB.
"""

from __future__ import annotations

import argparse
import importlib.abc
import importlib.machinery
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
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


# --- the child processes -------------------------------------------------------------------------

def when_painted(window: Any, ready: Callable[[], None]) -> None:
    """Call ``ready`` at the turn of the event loop after ``window``'s first paint.

    Qt paints a window while it handles its first exposure (with the window exposed); the first turn of the
    event loop after ``show()`` comes before that, so measuring to it would leave the paint out.  This filter
    is installed after any of the program's own, so it runs first.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    handle = window.windowHandle()

    class FirstExposure(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Expose and handle.isExposed():
                handle.removeEventFilter(self)
                QTimer.singleShot(0, ready)
            return False

    window._bench_first_exposure = FirstExposure(window)  # kept as long as the window
    handle.installEventFilter(window._bench_first_exposure)


class MeasureWhenShown(importlib.abc.MetaPathFinder):
    """Once the program has loaded ``PySide6.QtWidgets``, its ``QApplication.exec`` first has :func:`ready` called
    after its main window's first paint (:func:`when_painted`).

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
                shown = [window for window in module.QApplication.topLevelWidgets()
                         if isinstance(window, module.QMainWindow) and window.isVisible()]
                when_painted(shown[0], ready)  # the program's window, shown, painted in its event loop
                return program_exec()

            module.QApplication.exec = exec_and_measure

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def child(kind: str) -> int:
    """One start of a window.  The program starts as ``main.py`` starts it (``equipment_desk.ui.launch.main``)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    def ready() -> None:
        from PySide6.QtWidgets import QApplication, QMainWindow

        shown = [window for window in QApplication.topLevelWidgets() if isinstance(window, QMainWindow)]
        # with the CPU time this process has used so far, and the size the window was painted at
        print(READY, time.process_time(), shown[0].width(), shown[0].height(), flush=True)
        QApplication.processEvents()  # what the program starts once its window is painted (the day's backup)
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
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.statusBar().showMessage("ready")
    window.resize(1400, 860)
    window.show()
    when_painted(window, ready)
    return app.exec()


def child_environment(db_path: Path, home: Path, bytecode_cache: bool) -> dict[str, str]:
    """The children's environment: the program opens ``db_path`` with settings of its own in ``home``
    (``EQUIPMENT_DESK_SETTINGS``), backups in ``home``, and (on Linux, through the XDG folders) its log there too."""
    settings = home / "settings.ini"
    platform = os.environ.get("QT_QPA_PLATFORM")
    if platform is None:
        # Qt's offscreen screen is 800×600 by default: the program would fit its window of 1400×860 to it and
        # paint a smaller window than the anchor's.  A screen of a common monitor holds both at that size.
        import json  # here: the windows' processes import this module, and json is not theirs to load

        screen = home / "screen.json"
        screen.write_text(json.dumps({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        platform = f"offscreen:configfile={screen.as_posix()}"
    # The window opens on the 100,000 items, the largest list (the section it shows is remembered).
    settings.write_text(f"[options]\nbackup_folder={(home / 'backups').as_posix()}\nlast_section=items\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=platform, EQUIPMENT_DESK_DB=str(db_path),
               EQUIPMENT_DESK_SETTINGS=str(settings),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"))
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "equipment-desk-bench-pycache")
    return env


def time_start(kind: str, env: dict[str, str]) -> tuple[float, float, str]:
    """Seconds from starting a child until its window is ready, the CPU seconds the child used until then, and the
    size its window was painted at."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--child", kind],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(READY):
            elapsed = time.perf_counter() - start
            _, cpu_text, width, height = line.split()
            cpu, size = float(cpu_text), f"{width}×{height}"
            break
    else:
        raise RuntimeError(f"the {kind} window never became ready")
    process.wait()
    return elapsed, cpu, size


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
    parser.add_argument("--acts", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-bytecode-cache", action="store_true", help="start the windows with the inherited environment")
    parser.add_argument("--child", choices=("bare", "app"))
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child)
    if args.db:
        db_path = args.db
    else:
        # the register built through the store's own functions (real hashes), copied: starting migrates it
        sys.path.insert(0, str(ROOT / "bench"))
        import shutil

        from register import ensure_register

        db_path = Path(tempfile.mkdtemp(prefix="bench-ui-")) / "register.sqlite"
        shutil.copyfile(ensure_register(args.items, args.acts), db_path)
        from equipment_desk.store.database import open_database

        open_database(db_path).close()  # pending migrations applied before anything is timed
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
    home.cleanup()
    sys.path.insert(0, str(ROOT / "bench"))
    from stats import Summary, ratio_line

    bare_wall, app_wall = Summary.of([b[0] for b in bare]), Summary.of([a[0] for a in app])
    bare_cpu, app_cpu = Summary.of([b[1] for b in bare]), Summary.of([a[1] for a in app])
    timings, before, after, rows = measure_search_and_memory(db_path)
    keystroke = Summary.of([t / 1000 for t in timings])
    print()
    bytecode = "no bytecode cache" if args.no_bytecode_cache else "from bytecode"
    print(f"start-up on the items list of {args.items} items ({args.runs} runs each, {bytecode})")
    print("  " + bare_wall.line("bare PySide6 window (anchor)"))
    print("  " + app_wall.line("Equipment Desk window"))
    print("  " + ratio_line("start-up, wall clock", app_wall, bare_wall, 1.5))
    print("  " + bare_cpu.line("bare PySide6 window, processor time"))
    print("  " + app_cpu.line("Equipment Desk window, processor time"))
    print("  " + ratio_line("start-up, CPU time (steadier when busy)", app_cpu, bare_cpu, 1.5))
    sizes = {kind: sorted({run[2] for run in runs}) for kind, runs in (("bare", bare), ("app", app))}
    print(f"  windows painted at: bare {', '.join(sizes['bare'])}, Equipment Desk {', '.join(sizes['app'])}"
          + ("" if sizes["bare"] == sizes["app"] else "  (NOT the same size: the ratio is not fair)"))
    print(f"  first start, no layout saved: {first_start * 1000:.0f} ms (uncounted)")
    print("  " + keystroke.line("refilter items, one keystroke (setText)"))
    print(f"resident memory, list open      : {before:7.0f} MB")
    print(f"resident memory, {rows} rows scrolled : {after:7.0f} MB   (target < 200 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
