"""Search as you type on the items list: from a keystroke to the first page of rows painted (not run by the tests).

    python bench/bench_search.py [--items 100000 --acts 30000] [--rounds 2] [--national]

The window is opened offscreen on a copy of the large register
(``bench/register.py``), on the items list.  Words are typed letter by letter
into the search field with real key events, then deleted with Backspace;
each keystroke is timed from the key event sent until the view has painted
the rows of the new filter (a paint of the view after the model was reset;
no debounce exists to hide work behind).  The anchor, measured in the same
run, is a keystroke into a bare ``QLineEdit`` of the same window whose view
shows a fixed page of rows, so what is timed beyond it is the refiltering.
Reported: min/median/p90/max.  Goal: p90 under 16 ms (one frame).  ``--national`` first gives every second item
names in the six national languages (``bench/national_names.py``), which the search indexes too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from register import ensure_register  # noqa: E402
from stats import Summary  # noqa: E402

WORDS = ("laptop", "SN00123", "monitor", "video endo", "INV-2016", "printer 4", "ventil", "XAC", "defib")


def type_and_time(app, field, view, text: str, painted: list[float], cpu: list[float] | None = None) -> list[float]:
    """Type ``text`` letter by letter, then delete it; the time of each keystroke until the view painted (and
    into ``cpu`` the processor time the window's thread spent on it, which other programs on a busy machine
    do not stretch)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times = []
    keys = [(ch, None) for ch in text] + [("", Qt.Key.Key_Backspace)] * len(text)
    for ch, key in keys:
        painted.clear()
        start, start_cpu = time.perf_counter(), time.thread_time()
        if key is None:
            QTest.keyClicks(field, ch)
        else:
            QTest.keyClick(field, key)
        deadline = start + 5
        while not painted and time.perf_counter() < deadline:
            app.processEvents()  # returns once the events it found, the paint among them, are handled
        end = time.perf_counter()
        if cpu is not None:
            cpu.append(time.thread_time() - start_cpu)
        if not painted:
            raise RuntimeError(f"the view never painted after typing {ch!r}")
        times.append(end - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--acts", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--national", action="store_true",
                        help="give every second item names in the national languages first (bench/national_names.py)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

    from equipment_desk.store.database import open_database
    from equipment_desk.ui.app import protect_python_singletons
    from equipment_desk.ui.main_window import MainWindow
    from equipment_desk.ui.settings import DeskSettings

    folder = Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        db_path = folder / "register.sqlite"
        shutil.copyfile(ensure_register(args.items, args.acts), db_path)
        protect_python_singletons()
        app = QApplication.instance() or QApplication([sys.argv[0]])
        db = open_database(db_path)
        if args.national:
            from national_names import add_national_names

            add_national_names(db)
        window = MainWindow(db=db, db_path=db_path, settings=DeskSettings.at(folder / "bench.ini"), lang="en")
        window.resize(1400, 860)
        window.show()
        window.show_section("items")
        app.processEvents()
        page = window.items_page
        painted: list[float] = []

        class PaintWatch(QObject):
            def eventFilter(self, watched, event):  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint:
                    painted.append(time.perf_counter())  # the view paints once the filter lets the event through
                return False

        watch = PaintWatch()
        page.view.viewport().installEventFilter(watch)

        # the anchor: a bare line edit in a window of its own beside a table of one fixed page of rows
        bare = QLineEdit()
        bare_model = QStandardItemModel(40, 8)
        for row in range(40):
            for column in range(8):
                bare_model.setItem(row, column, QStandardItem(f"cell {row}.{column}"))
        bare_view = QTableView()
        bare_view.setModel(bare_model)
        bare.textChanged.connect(lambda _text: bare_view.viewport().update())
        bare_view.resize(1400, 700)
        bare_view.show()
        bare.show()
        bare_watch = PaintWatch()
        bare_view.viewport().installEventFilter(bare_watch)
        app.processEvents()

        ours, anchor, ours_cpu, anchor_cpu = [], [], [], []
        page.search.setFocus()
        for _ in range(args.rounds):
            for word in WORDS:
                ours += type_and_time(app, page.search, page.view, word, painted, ours_cpu)
                anchor += type_and_time(app, bare, bare_view, word, painted, anchor_cpu)
        rows = page.model.rowCount()
        window.close()
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    summary, bare_summary = Summary.of(ours), Summary.of(anchor)
    print()
    print(f"keystroke -> rows painted on {args.items} items ({len(ours)} keystrokes; {rows} rows shown at the end)")
    print("  " + summary.line("items list search"))
    print("  " + bare_summary.line("bare line edit + table repaint (anchor)"))
    print("  " + Summary.of(ours_cpu).line("items list search, window thread CPU"))
    print("  " + Summary.of(anchor_cpu).line("anchor, window thread CPU"))
    print(f"  load average while measured: {' '.join(f'{v:.2f}' for v in os.getloadavg())} "
          f"({os.cpu_count()} processors)")
    verdict = "PASS" if summary.p90 * 1000 < 16 else "FAIL"
    print(f"{verdict}  p90 {summary.p90 * 1000:.1f} ms (target < 16 ms); "
          f"{summary.p90 / bare_summary.p90:.1f}x the anchor at p90")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
