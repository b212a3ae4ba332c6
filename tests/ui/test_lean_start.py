"""The program's start-up stays lean, and a window started that way answers everything at once.

Start-up reads the first list through the store's own connection (``store.connection.Database``) and leaves
sqlite-utils, the documents, spreadsheets, grammar and number-words libraries, and every section not shown, to
be loaded when first used.  These tests start the program as ``main.py`` does, in a process of its own, so the
modules any test already loaded do not hide what start-up loads.  (How fast it starts is measured in
``bench/bench_ui.py``, not here.)
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from equipment_desk.store import demo
from equipment_desk.store.database import open_database
from equipment_desk.ui.settings import DeskSettings

NOT_AT_START = (
    "sqlite_utils", "click", "pluggy", "dateutil", "reportlab", "openpyxl", "pymorphy3", "petrovich", "iuliia",
    "num2words", "equipment_desk.documents", "equipment_desk.exchange.backup", "equipment_desk.exchange.importers",
    "equipment_desk.store.acts.lifecycle", "equipment_desk.ui.acts.editor", "equipment_desk.ui.reports",
    "equipment_desk.ui.settings_page", "equipment_desk.ui.forms.records", "equipment_desk.core.rate_sources", "getpass",
    "termios", "dataclasses", "decimal", "equipment_desk.core.grammar", "json",
)
"""What the window does not need before its first paint on the items list."""

PROGRAM = """
import sys, traceback  # (json is imported to print the report, once the window has closed)

from equipment_desk.ui import app
from equipment_desk.ui.launch import main

NOT_AT_START = %(not_at_start)r
CLICK_AT_ONCE = %(click_at_once)r
report = {"errors": [], "source_reads": []}
painted = app.after_first_paint
import_pyside = app.import_pyside_without_source_reads


def import_pyside_and_watch():
    # as the program imports PySide6, then records each module whose source PySide6 reads to check it
    import_pyside()
    feature = sys.modules["shibokensupport.feature"]
    reads = feature._mod_uses_pyside

    def read(module):
        report["source_reads"].append(module.__name__)
        return reads(module)

    feature._mod_uses_pyside = read


def after_first_paint(window, work, **options):
    def at_first_paint():
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        report["loaded"] = [name for name in NOT_AT_START if name in sys.modules]
        report["reads_at_paint"] = list(report["source_reads"])
        report["namespace"] = {name: sys.modules["shibokensupport.feature"].pyside_feature_dict.get(name)
                               for name in ("equipment_desk.ui.main_window", "equipment_desk.store.queries", "typing")}
        report["section"] = window.current_section()
        # PySide6 puts the Qt namespace in QtCore's dictionary when it makes it (its 94 enums, see ui/qt_values.py)
        report["qt_namespace_made"] = "Qt" in sys.modules["PySide6.QtCore"].__dict__
        # and QStyle in QtWidgets' when anything reaches the style from Python (its enums: some 4 ms)
        report["style_made"] = "QStyle" in sys.modules["PySide6.QtWidgets"].__dict__
        # and a class for each of Qt's event types once a Python event filter on a widget has seen an event
        report["event_classes_made"] = "QGraphicsSceneEvent" in sys.modules["PySide6.QtWidgets"].__dict__
        report["window_width"] = window.width()
        report["rows"] = window.items_page.model.rowCount()
        report["counts_at_paint"] = window.counts_label.text()
        if CLICK_AT_ONCE:
            use_everything(window, report)  # before the work left for after the paint has even started
        work()
        report["counts_after_paint"] = window.counts_label.text()

        def close():
            window.background_tasks.wait(60_000)  # the day's backup
            QApplication.processEvents()
            window.close()

        QTimer.singleShot(0, close)

    painted(window, at_first_paint, **options)


def use_everything(window, report):
    from PySide6.QtWidgets import QApplication

    from equipment_desk.ui.forms.records import FORMS
    from equipment_desk.ui.main_window import SECTIONS
    from equipment_desk.ui.models import ID_ROLE

    def first_id(page):
        page.activate()
        return int(page.model.index(0, 0).data(ID_ROLE))

    def attempt(name, do):
        try:
            do()
        except Exception:
            report["errors"].append(name + ": " + traceback.format_exc())

    def sections():
        shown = {}
        for key in SECTIONS:
            window.show_section(key)
            QApplication.processEvents()
            page = window.current_page()
            shown[key] = [window.current_section(), page.model.rowCount() if page is not None else None]
        shown["reports_panel"] = window.ensure_reports().objectName() != "reports_placeholder"
        shown["settings_page"] = type(window.settings_page).__name__
        report["sections"] = shown

    def act_editors():
        opened = []
        for act_id in (None, first_id(window.acts_page)):
            dialog = window.act_editor(act_id)
            dialog.show()
            QApplication.processEvents()
            opened.append(dialog.windowTitle() != "")
            dialog.reject()
        report["act_editors"] = opened

    def forms():
        opened = {}
        for kind, form in FORMS.items():
            page = window.list_page(kind)
            for record_id in (None, first_id(page)):
                dialog = form(db=window.db, record_id=record_id, lang=window.lang, parent=window)
                dialog.show()
                QApplication.processEvents()
                dialog.reject()
                opened[kind] = opened.get(kind, 0) + 1
        report["forms"] = opened

    def search():
        window.show_section("items")
        window.items_page.search.setText("laptop")
        QApplication.processEvents()
        report["found"] = window.items_page.model.rowCount()
        window.items_page.search.clear()

    def write():
        with window.db.atomic():  # sqlite-utils' own, made now
            window.db.execute("UPDATE setting SET value = value WHERE 0")
        report["wrote"] = True

    for name, do in (("sections", sections), ("act editors", act_editors), ("forms", forms), ("search", search),
                     ("write", write)):
        attempt(name, do)


app.after_first_paint = after_first_paint
app.import_pyside_without_source_reads = import_pyside_and_watch
code = main()
import json

print(json.dumps(report), code)
"""


@pytest.fixture
def program(tmp_path: Path):
    """Runs the program on a demo database whose window opens on the items list; returns its report."""
    import subprocess

    database = tmp_path / "desk.sqlite"
    db = open_database(database)
    demo.load_demo(db=db)
    db.close()
    settings = DeskSettings.at(tmp_path / "portable.ini")
    settings.set("backup_folder", str(tmp_path / "backups"))
    settings.set("last_section", "items")
    settings.sync()
    # a laptop's screen (Qt's offscreen one is 800×600, where the window would squeeze its filters)
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen.as_posix()}", EQUIPMENT_DESK_DB=str(database),
               EQUIPMENT_DESK_SETTINGS=str(tmp_path / "portable.ini"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))

    def run(*, click_at_once: bool) -> dict:
        source = PROGRAM % {"not_at_start": NOT_AT_START, "click_at_once": click_at_once}
        result = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, env=env, timeout=240)
        assert result.returncode == 0, result.stderr[-3000:]
        text, code = result.stdout.strip().splitlines()[-1].rsplit(" ", 1)
        assert code == "0"
        return json.loads(text)

    return run


def test_the_window_is_painted_on_the_items_list_without_what_it_does_not_need(program, tmp_path):
    report = program(click_at_once=False)
    assert report["section"] == "items" and report["rows"] > 0
    assert report["loaded"] == []  # a name here: start-up imports it again; import it where it is first used
    assert report["errors"] == []
    assert report["qt_namespace_made"] is False  # a name taken from PySide6.QtCore.Qt at start: take it from qt_values
    assert report["window_width"] > 1000  # on the laptop's screen
    assert report["style_made"] is False  # the style asked before the first paint (see widgets/columns, combos)
    assert report["event_classes_made"] is False  # an event filter on a widget before the first paint (widgets/columns)
    # the status bar's counts are shown once the window is painted
    assert report["counts_at_paint"] == "" and "act" in report["counts_after_paint"]
    # PySide6 read the source of no module of ours before the first paint (some 10 ms when it read them all), and
    # holds the answer its reading would have given: our window's modules use it, the store and typing do not
    assert [name for name in report["reads_at_paint"] if name.startswith("equipment_desk")] == []
    assert len(report["reads_at_paint"]) <= 5, report["reads_at_paint"]
    assert report["namespace"] == {"equipment_desk.ui.main_window": 0, "equipment_desk.store.queries": -1, "typing": -1}
    assert sorted(path.name.rsplit("-", 1)[-1] for path in (tmp_path / "backups").glob("*.sqlite")) == [
        "daily.sqlite", "exit.sqlite"]  # the day's backup, started once the window was painted, and the exit's


def test_everything_answers_the_moment_the_window_is_painted(program):
    """A user who clicks at once: every section, the act editor, every record form, a search and a write work
    before anything left for after the first paint has run."""
    report = program(click_at_once=True)
    assert report["errors"] == []
    sections = report["sections"]
    for key in ("acts", "items", "institutions", "programmes"):
        assert sections[key][0] == key and sections[key][1] > 0
    assert sections["reports"][0] == "reports" and sections["settings"][0] == "settings"
    assert sections["reports_panel"] is True and sections["settings_page"] == "SettingsPage"
    assert report["act_editors"] == [True, True]
    assert report["forms"] == {"donors": 2, "programmes": 2, "institutions": 2, "items": 2}
    assert report["found"] > 0
    assert report["wrote"] is True
