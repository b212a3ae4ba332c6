"""The main window: sections, search as you type, filters, details, actions, layout remembered."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QTableView, QWidget

from equipment_desk.store import acts as act_store
from equipment_desk.store import demo, queries, records
from equipment_desk.store.changes import NOTHING, Done, OpChanges
from equipment_desk.store.database import open_database
from equipment_desk.ui import main_window as main_window_module
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.list_page import ListPage
from equipment_desk.ui.main_window import LIST_SECTIONS, SECTIONS, MainWindow, ReportsPlaceholder
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.tasks import TaskRunner

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def db():
    database = open_database(memory=True)
    demo.load_demo(db=database)
    return database


@pytest.fixture
def window(qtbot, db, tmp_path):
    settings = DeskSettings.at(tmp_path / "settings.ini")
    win = MainWindow(db=db, db_path=tmp_path / "x.sqlite", settings=settings, tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    return win


def test_sections_toolbar_and_status_bar(window):
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Handover acts", "Items (stock)", "Institutions", "Programmes & donors", "Reports", "Settings"]
    assert "x.sqlite" in window.path_label.text()
    assert "9 act" in window.counts_label.text()
    for section in SECTIONS:
        window.show_section(section)
        assert window.current_section() == section
    window.show_section("items")
    texts = [a.text() for a in window.toolbar.actions() if a.text()]
    assert "New item" in texts and "Write off…" in texts and "Print act…" not in texts
    window.show_section("acts")
    assert "Print act…" in [a.text() for a in window.toolbar.actions()]


def test_only_the_section_shown_is_built_at_start_and_the_others_when_first_needed(window, db):
    assert [page.key for page in window.list_pages()] == ["acts"]  # the section shown: the last one, else Handover acts
    assert window.acts_page.model.loaded and window.acts_page.model.total_count == 9
    assert window.detail_models() == []
    window.refresh_all()
    window.data_changed()
    assert [page.key for page in window.list_pages()] == ["acts"]  # refreshing builds nothing
    for section in LIST_SECTIONS:
        assert window.findChild(QWidget, f"section_{section}") is not None
    window.show_section("programmes")
    assert [page.key for page in window.list_pages()] == ["acts", "programmes", "donors"]
    assert window.programmes_page.model.loaded and not window.donors_page.model.loaded  # the tab shown
    window.programme_tabs.setCurrentIndex(1)
    assert window.donors_page.model.loaded
    items = window.items_page  # asking for a list builds its section, without showing it
    assert window.current_section() == "programmes" and window.list_page("items") is items
    assert [page.key for page in window.list_pages()] == ["acts", "programmes", "donors", "items"]
    assert window.detail_models() == [window.programme_acts, window.programme_items, window.item_acts]
    window.show_section("items")
    assert items.model.loaded and items.model.total_count == queries.counts(db=db)["items"]
    assert window.delete_action in items.view.actions()
    assert window.pages.currentWidget().findChild(ListPage, "page_items") is items


def test_a_window_that_opens_on_another_section_builds_the_acts_only_when_asked(qtbot, db, tmp_path):
    settings = DeskSettings.at(tmp_path / "items.ini")
    settings.set("last_section", "items")
    win = MainWindow(db=db, db_path=None, settings=settings, tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    assert win.current_section() == "items" and [page.key for page in win.list_pages()] == ["items"]
    win.set_database(db)  # as after restoring a backup
    win.refresh_all()
    assert not win.section_built("acts") and [page.key for page in win.list_pages()] == ["items"]
    win.show_section("acts")
    assert win.section_built("acts") and "handed over: KGS\xa02,365,000.00" in win.acts_page.summary.text()  # totals with the list


def test_a_section_that_fails_to_build_leaves_nothing_half_built(window, monkeypatch):
    from equipment_desk.core.errors import DatabaseLockedError

    real_model = main_window_module.ActsModel

    def locked(*args, **kwargs):
        raise DatabaseLockedError("the database is locked")

    monkeypatch.setattr(main_window_module, "ActsModel", locked)  # the item's acts pane cannot be read just now
    with pytest.raises(DatabaseLockedError):
        window.build_section("items")
    assert [page.key for page in window.list_pages()] == ["acts"] and window.detail_models() == []
    assert "items_page" not in vars(window) and "item_detail" not in vars(window)
    monkeypatch.setattr(main_window_module, "ActsModel", real_model)
    window.show_section("items")  # the next try builds the section whole
    assert [page.key for page in window.list_pages()] == ["acts", "items"]
    assert window.detail_models() == [window.item_acts] and window.items_page.model.loaded


def test_reports_placeholder_without_the_reports_panel(qtbot, db, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "equipment_desk.ui.reports", None)  # import fails
    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"), tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    assert win.reports_widget is None  # built when first shown: it reads every act
    win.show_section("reports")
    assert isinstance(win.reports_widget, ReportsPlaceholder)


def test_shortcuts_are_the_standard_ones_and_do_not_clash(window):
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions() if a.objectName()}
    assert shortcuts["action_new"] == "Ctrl+N"
    assert shortcuts["action_search"] == "Ctrl+F"
    assert shortcuts["action_print"] == "Ctrl+P"
    assert shortcuts["action_refresh"] == "F5"
    assert shortcuts["action_quit"] == "Ctrl+Q"
    assert [shortcuts[f"action_section_{key}"] for key in SECTIONS] == [f"Ctrl+{n}" for n in range(1, 7)]
    used = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(used) == len(set(used)), "two window actions share a shortcut: Qt would run neither"
    assert "Ctrl+S" not in used  # Ctrl+S belongs to the settings page and the editors, while they have the focus
    # Delete belongs to the lists, not to the window: a search field or a dialog keeps its Delete key
    assert window.delete_action.shortcut().toString() == "Del"
    assert window.delete_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert window.delete_action not in window.actions()
    for kind in queries.LIST_KINDS:
        assert window.delete_action in window.list_page(kind).view.actions()


def test_delete_key_deletes_only_from_a_list(qtbot, window, monkeypatch):
    deleted = []
    monkeypatch.setattr(window, "delete_current", lambda: deleted.append(window.current_section()))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.acts_page.select_id(1)
    window.acts_page.view.setFocus()
    qtbot.keyClick(window.acts_page.view, Qt.Key.Key_Delete)
    assert deleted == ["acts"]
    window.acts_page.search.setText("ROCA")
    window.acts_page.search.setFocus()
    window.acts_page.search.setCursorPosition(0)
    qtbot.keyClick(window.acts_page.search, Qt.Key.Key_Delete)
    assert deleted == ["acts"] and window.acts_page.search.text() == "OCA"


def test_menus_reach_every_feature(window):
    names = {key: [a.objectName() for a in menu.actions() if not a.isSeparator()] for key, menu in window.menus.items()}
    assert names["file"] == ["action_import", "action_export_list", "action_export_register", "action_export_lines",
                             "action_sync", "action_backups", "action_quit"]
    assert names["help"] == ["action_guide", "action_about", "action_data_folder"]
    assert "action_delete" in names["edit"] and "action_refresh" in names["view"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]

    def toolbar():
        return [a.objectName() for a in window.toolbar.actions() if a.objectName()]

    window.show_section("items")
    assert "action_import" in toolbar() and "action_export_list" in toolbar()
    window.show_section("institutions")
    assert "action_import" in toolbar() and "action_export_list" in toolbar()
    window.show_section("acts")
    assert "action_import" not in toolbar() and "action_export_list" in toolbar()
    window.show_section("reports")
    assert toolbar() == ["action_refresh"] and not window.export_list_action.isEnabled()
    window.show_section("items")
    window.section_actions[0].trigger()
    assert window.current_section() == "acts"


def test_sections_read_their_lists_when_first_shown(window):
    window.show_section("acts")
    assert window.acts_page.model.loaded
    assert not window.items_page.model.loaded
    window.show_section("items")
    assert window.items_page.model.loaded and window.items_page.model.total_count == 78
    assert window.items_page.programme_filter.count() == 4


def test_search_filters_as_you_type(qtbot, window):
    page = window.acts_page
    everything = page.model.total_count
    qtbot.keyClicks(page.search, "prosecut")
    assert page.model.total_count == 1
    page.search.setText("прокур")
    assert page.model.total_count == 1
    summary = page.summary.text().replace("\xa0", " ")  # amounts and counts do not break across lines
    assert "1 record" in summary or "1 act" in summary
    page.search.clear()
    assert page.model.total_count == everything
    page.status_filter.setCurrentIndex(page.status_filter.findData("void"))
    assert page.model.total_count == 1
    page.search.setText("Osh")
    page.search.deselect()
    window.search_action.trigger()
    # the search field takes the window's focus (shown as focus once the window is active) with its text selected
    assert window.focusWidget() is page.search
    assert page.search.selectedText() == "Osh"


def test_item_detail_lists_its_acts(window, db):
    window.show_section("items")
    page = window.items_page
    page.view.clearSelection()
    page.view.setCurrentIndex(page.model.index(-1, -1))
    assert not window.item_acts.loaded and window.item_acts.rowCount() == 0  # nothing read before an item is chosen
    handed, quantity = db.execute("SELECT id, quantity FROM item_stock WHERE status = 'handed_over' LIMIT 1").fetchone()
    page.select_id(handed)
    assert f"Handed over {quantity} of {quantity}; 0 available" in window.item_detail.text.text()
    assert window.item_acts.total_count >= 1
    in_stock, quantity = db.execute("SELECT id, quantity FROM item_stock WHERE status = 'in_stock' LIMIT 1").fetchone()
    page.select_id(in_stock)
    assert f"Handed over 0 of {quantity}; {quantity} available" in window.item_detail.text.text()


def test_institution_and_programme_details(window, db):
    window.show_section("institutions")
    gpo = records.find_id(db=db, kind=records.INSTITUTION, ref="General Prosecutor's Office of the Kyrgyz Republic")
    window.institutions_page.select_id(gpo)
    assert "Handed over in 1 act" in window.institution_detail.text.text()
    assert window.institution_acts.total_count == 1
    window.show_section("programmes")
    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref="GLO/G80")
    window.programmes_page.select_id(programme_id)
    assert "Government of Japan" in window.programme_detail.text.text()
    assert ("Sub-programme 1: Countering transnational organized crime, illicit drug trafficking and terrorism"
            in window.programme_detail.text.text())  # recorded as "1"
    assert window.programme_items.total_count == 9
    assert window.programme_acts.total_count >= 2


def test_new_record_opens_the_section_form(window, monkeypatch):
    opened = []
    monkeypatch.setattr("equipment_desk.ui.forms.records.open_form",
                        lambda kind, **kwargs: opened.append((kind, kwargs["record_id"])) or Done(None, NOTHING))
    window.show_section("institutions")
    window.new_action.trigger()
    window.show_section("programmes")
    window.programme_tabs.setCurrentIndex(1)
    window.new_action.trigger()
    window.institutions_page.select_id(1)
    window.institutions_page.open_requested.emit(1)
    assert opened == [("institutions", None), ("donors", None), ("institutions", 1)]


def test_acts_open_in_the_act_editor_and_changes_refresh(window, monkeypatch, db):
    from PySide6.QtCore import QObject, Signal

    class FakeEditor(QObject):
        changed = Signal(object)
        act_changed = Signal(int)
        made = []

        def __init__(self, *, db, act_id, settings, tasks, parent):
            super().__init__()
            FakeEditor.made.append(act_id)
            self.printed = False

        def exec(self):
            return 0

        def print_act(self):
            FakeEditor.made.append("printed")

    import sys
    import types

    fake = types.ModuleType("equipment_desk.ui.acts.editor")
    fake.ActEditorDialog = FakeEditor
    monkeypatch.setitem(sys.modules, "equipment_desk.ui.acts.editor", fake)
    window.show_section("acts")
    window.new_action.trigger()
    window.acts_page.select_id(1)
    window.print_action.trigger()
    assert FakeEditor.made == [None, 1, "printed"]
    before = window.acts_page.model.total_count
    new_id = db.execute("INSERT INTO act (uuid, created_at, created_by, updated_at) VALUES "
                        "('00000000-0000-4000-8000-00000000abcd', 'x', 'x', 'x')").lastrowid
    window.apply_changes(OpChanges.of("acts"))
    window.select_act(new_id)
    assert window.acts_page.model.total_count == before + 1
    assert window.acts_page.current_id() == new_id


def test_delete_and_write_off(window, db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window.show_section("acts")
    signed = db.execute("SELECT id FROM act WHERE status = 'signed' LIMIT 1").fetchone()[0]
    window.acts_page.select_id(signed)
    window.delete_action.trigger()
    assert shown and "void" in shown[0]
    draft = db.execute("SELECT id FROM act WHERE status = 'draft'").fetchone()[0]
    window.acts_page.select_id(draft)
    window.delete_action.trigger()
    assert db.execute("SELECT count(*) FROM act WHERE id = ?", [draft]).fetchone()[0] == 0

    window.show_section("items")
    in_stock = db.execute("SELECT id FROM item_stock WHERE status = 'in_stock' LIMIT 1").fetchone()[0]
    window.items_page.select_id(in_stock)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("broken beyond repair", True))
    window.write_off_action.trigger()
    assert records.item_stock(db=db, item_id=in_stock)["status"] == "written_off"


def test_refused_delete_shows_a_message(window, db, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    messages = []
    monkeypatch.setattr(main_window_module, "show_error", lambda parent, error: messages.append(error))
    window.show_section("items")
    on_act = db.execute("SELECT item_id FROM act_line LIMIT 1").fetchone()[0]
    window.items_page.select_id(on_act)
    window.delete_action.trigger()
    assert messages and "still used" in str(messages[0])


def test_layout_is_remembered(qtbot, db, tmp_path):
    settings = DeskSettings.at(tmp_path / "layout.ini")
    first = MainWindow(db=db, db_path=None, settings=settings, tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(first)
    first.acts_page.view.setColumnHidden(0, True)
    first.acts_page.view.horizontalHeader().moveSection(1, 4)
    first.show_section("institutions")
    first.save_layout()
    second = MainWindow(db=db, db_path=None, settings=settings, tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(second)
    assert second.acts_page.view.isColumnHidden(0)
    assert second.acts_page.view.horizontalHeader().visualIndex(1) == 4
    assert second.current_section() == "institutions"


def test_welcome_loads_the_demo_into_an_empty_database(qtbot, tmp_path, monkeypatch):
    from equipment_desk.ui import welcome

    empty = open_database(memory=True)
    win = MainWindow(db=empty, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"), tasks=TaskRunner(db=empty, synchronous=True))
    qtbot.addWidget(win)
    assert win.acts_page.model.total_count == 0

    def choose_demo(dialog):
        dialog.demo_button.click()
        return 1

    monkeypatch.setattr(welcome.WelcomeDialog, "exec", choose_demo)
    win.show_welcome()
    assert win.acts_page.model.total_count == 14  # the 2018 handovers and one act per country in its state language
    assert win.acts_page.programme_filter.count() == 4

    def choose_set_up(dialog):
        dialog.set_up_button.click()
        return 1

    monkeypatch.setattr(welcome.WelcomeDialog, "exec", choose_set_up)
    win.show_welcome()
    assert win.current_section() == "settings"


def test_reports_panel_is_used_when_it_exists(qtbot, db, tmp_path, monkeypatch):
    import sys
    import types

    from PySide6.QtWidgets import QLabel

    class ReportsPanel(QLabel):
        def __init__(self, *, db, settings, tasks, parent):
            super().__init__("reports", parent)

    fake = types.ModuleType("equipment_desk.ui.reports")
    fake.ReportsPanel = ReportsPanel
    monkeypatch.setitem(sys.modules, "equipment_desk.ui.reports", fake)
    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"), tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    win.show_section("reports")
    assert isinstance(win.reports_widget, ReportsPanel)


# --- import, export, exchange, backups, help ---------------------------------------------------------


def test_import_from_the_items_section_refreshes_the_lists_and_reports(window, db, tmp_path, monkeypatch):
    window.show_section("reports")
    reloaded = []
    monkeypatch.setattr(window.reports_widget, "reload", lambda: reloaded.append(True))
    window.show_section("items")
    before = window.items_page.model.total_count
    path = tmp_path / "new-items.csv"
    path.write_text("Name;Programme;Quantity;Unit value;Currency;Category\n"
                    "Laptop Dell Latitude 5490;GLO/G80;2;85000;KGS;computers\n"
                    "Projector Epson EB-X41;GLO/G80;1;42000;KGS;office\n", encoding="utf-8")
    wizard = window.import_wizard("item", path)
    assert wizard.kind == "item" and wizard.parent() is window
    wizard.go_next()
    wizard.go_next()
    assert wizard.preview.ok, wizard.summary_label.text()
    wizard.start_import()
    assert window.items_page.model.total_count == before + 2
    assert window.statusBar().currentMessage().startswith("Imported 2 record")
    assert "80 item" in window.counts_label.text()
    window.show_section("reports")
    assert reloaded  # the figures are read again when the section is shown
    wizard.deleteLater()


def test_import_menu_opens_the_wizard_for_the_section(window, monkeypatch):
    from equipment_desk.ui.import_wizard import ImportWizard

    opened = []
    monkeypatch.setattr(ImportWizard, "exec", lambda wizard: opened.append(wizard.kind) or 0)
    window.show_section("institutions")
    window.import_action.trigger()
    window.show_section("programmes")
    window.programme_tabs.setCurrentIndex(1)
    window.import_action.trigger()
    window.show_section("acts")
    window.import_action.trigger()
    assert opened == ["institution", "donor", "item"]


@pytest.mark.parametrize("what, rows", [("items", 78), ("institutions", None), ("acts", 9), ("lines", None)])
def test_export_writes_the_list_in_the_background(window, db, tmp_path, what, rows):
    path = tmp_path / f"{what}.xlsx"
    window.export_data(what, path)
    sheet = openpyxl.load_workbook(path).active
    written = sheet.max_row - 1
    if rows is not None:
        assert written == rows
    assert written > 0
    assert f"to {what}.xlsx" in window.statusBar().currentMessage()


def test_export_asks_for_the_file_and_adds_the_suffix(window, tmp_path, monkeypatch):
    asked = []

    def fake_dialog(parent, caption, start, filters):
        asked.append((caption, start))
        return str(tmp_path / "donor list"), "CSV, UTF-8 (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    window.show_section("programmes")
    window.programme_tabs.setCurrentIndex(1)
    window.export_list_action.trigger()
    assert asked[0][0] == "Export the list of donors" and asked[0][1].endswith("donors.xlsx")
    text = (tmp_path / "donor list.csv").read_text(encoding="utf-8-sig")
    assert "Government of Japan" in text
    assert window.settings.last_folder("export") == str(tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    window.export_register_action.trigger()  # cancelled: nothing happens
    assert not list(tmp_path.glob("act-register*"))


def test_a_cancelled_export_is_not_an_error(window, monkeypatch):
    from equipment_desk.exchange.progress import Cancelled
    from equipment_desk.ui import data_actions

    errors = []
    monkeypatch.setattr(data_actions, "show_error", lambda parent, error: errors.append(error))
    window._task_failed(Cancelled())
    assert not errors and "nothing was written" in window.statusBar().currentMessage()
    window._task_failed(OSError("disk full"))
    assert len(errors) == 1


def test_exchange_merges_a_bundle_and_refreshes_everything(qtbot, tmp_path):
    from equipment_desk.exchange.sync import export_bundle

    source = open_database(memory=True)
    demo.load_demo(db=source)
    bundle = tmp_path / "hq.zip"
    export_bundle(db=source, path=bundle)
    source.close()
    empty = open_database(memory=True)
    win = MainWindow(db=empty, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"), tasks=TaskRunner(db=empty, synchronous=True))
    qtbot.addWidget(win)
    win.show_section("acts")
    assert win.acts_page.model.total_count == 0
    dialog = win.sync_dialog()
    dialog.bundle_edit.setText(str(bundle))
    dialog.check_bundle()
    dialog.merge_bundle()
    assert win.acts_page.model.total_count == 9
    assert win.acts_page.programme_filter.count() == 4  # the filters know the new programmes
    assert win.counts_label.text().startswith("9 act")
    dialog.deleteLater()


@pytest.fixture
def file_window(qtbot, demo_db_path, tmp_path):
    """A window on a database file, with automatic backups into tmp_path/backups."""
    settings = DeskSettings.at(tmp_path / "file.ini")
    settings.set("backup_folder", str(tmp_path / "backups"))
    database = open_database(demo_db_path)
    win = MainWindow(db=database, db_path=demo_db_path, settings=settings, auto_backups=True,
                     tasks=TaskRunner(db_path=demo_db_path, synchronous=True))
    yield win  # closed here, not by qtbot: its close would come before this and take an exit backup
    win.auto_backups = False
    win.close()
    win.deleteLater()
    win.db.close()


def test_daily_backup_once_a_day_in_the_background(file_window, tmp_path):
    from equipment_desk.exchange import backup

    file_window.start_daily_backup()
    file_window.start_daily_backup()
    found = backup.list_backups(tmp_path / "backups")
    assert [b.reason for b in found] == ["daily"]
    assert backup.check_backup(found[0].path).acts == 9


def test_closing_stops_the_days_backup_without_asking_and_takes_the_exit_backup(qtbot, demo_db_path, tmp_path, monkeypatch):
    """The day's backup is not work the user started: closing cancels it (no question, no half-written file)."""
    import threading

    from equipment_desk.exchange import backup

    settings = DeskSettings.at(tmp_path / "threads.ini")
    settings.set("backup_folder", str(tmp_path / "backups"))
    win = MainWindow(db=open_database(demo_db_path), db_path=demo_db_path, settings=settings, auto_backups=True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **_: asked.append(args) or QMessageBox.StandardButton.No)
    copying, real_copy = threading.Event(), backup._copy

    def slow_daily_copy(source, target_path, progress=None):
        if "daily" not in target_path.name:
            return real_copy(source, target_path, progress)
        target_path.write_bytes(b"half a backup")
        copying.set()
        while True:  # a large register on a slow disk: pages go on being copied until the task is cancelled
            progress(1, 1000)
            threading.Event().wait(0.005)

    monkeypatch.setattr(backup, "_copy", slow_daily_copy)
    win.start_daily_backup()
    assert copying.wait(10)
    assert win.background_tasks.active_count == 1 and win.tasks.active_count == 0
    win.close()
    assert asked == [] and not win.isVisible()
    assert win.background_tasks.wait(0)  # no work left running
    assert [path.name.rsplit("-", 1)[-1] for path in (tmp_path / "backups").iterdir()] == ["exit.sqlite"]
    win.deleteLater()
    win.db.close()


def test_daily_backup_failure_is_shown_in_the_status_bar(file_window, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    file_window.settings.set("backup_folder", str(blocker))
    file_window.start_daily_backup()
    assert "daily backup could not be written" in file_window.statusBar().currentMessage()


def test_backup_on_exit_and_its_failure_told_to_the_user(file_window, tmp_path, monkeypatch):
    from equipment_desk.exchange import backup

    assert file_window.back_up_on_exit()
    assert [b.reason for b in backup.list_backups(tmp_path / "backups")] == ["exit"]
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.objectName(), box.text())) or 0)
    blocker = tmp_path / "usb-drive"
    blocker.write_text("not a folder")
    file_window.settings.set("backup_folder", str(blocker / "backups"))
    assert not file_window.back_up_on_exit()
    assert shown[0][0] == "exit_backup_failed"
    assert str(blocker / "backups") in shown[0][1] and "Reason:" in shown[0][1]


def test_no_automatic_backups_for_a_database_in_memory(window, tmp_path):
    window.auto_backups = True
    window.start_daily_backup()
    assert not window.back_up_on_exit()
    assert not (tmp_path / "backups").exists()
    assert not window.backups_action.isEnabled()


def test_restore_replaces_the_database_and_shows_it(qtbot, file_window, tmp_path, monkeypatch):
    from equipment_desk.exchange import backup

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    taken = backup.backup_database(db=file_window.db, folder=tmp_path / "backups")
    file_window.show_section("acts")
    file_window.show_section("reports")
    draft = file_window.db.execute("SELECT id FROM act WHERE status = 'draft'").fetchone()[0]
    act_store.delete_draft(db=file_window.db, act_id=draft)
    file_window.refresh_all()
    assert file_window.acts_page.model.total_count == 8
    old_connection, old_panel = file_window.db, file_window.reports_widget

    dialog = file_window.make_backup_dialog()
    file_window.backup_dialog = dialog
    dialog.restore_selected(str(taken), confirm=False)
    qtbot.waitUntil(lambda: file_window.db is not old_connection)
    assert file_window.acts_page.model.total_count == 9
    assert file_window.settings_page.db is file_window.db and file_window.item_acts.db is file_window.db
    assert file_window.reports_widget is not old_panel and file_window.reports_widget.db is file_window.db
    assert "restored from" in shown[-1] and "before-restore" in shown[-1]
    reasons = [b.reason for b in backup.list_backups(tmp_path / "backups")]
    assert "before-restore" in reasons
    file_window.backup_dialog = None
    dialog.deleteLater()


def test_a_refused_restore_keeps_the_database(file_window, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr("equipment_desk.ui.data_actions.show_error", lambda parent, error: errors.append(error))
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    assert not file_window.restore_backup(bad)
    assert errors and "not an Equipment Desk backup" in str(errors[0])
    assert file_window.db.execute("SELECT count(*) FROM act").fetchone()[0] == 9


def test_restore_is_refused_while_another_program_has_the_database_open(file_window, tmp_path, monkeypatch):
    import sqlite3

    from equipment_desk.exchange import backup

    errors = []
    monkeypatch.setattr("equipment_desk.ui.data_actions.show_error", lambda parent, error: errors.append(error))
    taken = backup.backup_database(db=file_window.db, folder=tmp_path / "backups")
    other = sqlite3.connect(str(file_window.db_path))  # another program, e.g. an import on the command line
    try:
        other.execute("SELECT count(*) FROM act").fetchone()
        assert not file_window.restore_backup(taken)
    finally:
        other.close()
    assert errors and "open in another program or window" in str(errors[0])
    assert file_window.db.execute("SELECT count(*) FROM act").fetchone()[0] == 9  # the window works on
    # once the other program has closed it, the window's own restore closes its connections and goes ahead
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    assert file_window.restore_backup(taken)
    assert len(errors) == 1


def test_backups_dialog_remembers_how_many_to_keep(file_window, monkeypatch):
    from equipment_desk.ui.backup_dialog import BackupDialog

    seen = []
    monkeypatch.setattr(BackupDialog, "exec", lambda dialog: seen.append(dialog.keep_spin.value()) or dialog.keep_spin.setValue(5) or 0)
    file_window.backups_action.trigger()
    assert seen == [14] and file_window.settings.backup_keep == 5
    assert file_window.backup_dialog is None


def test_about_names_the_version_licence_database_and_log(window, tmp_path, monkeypatch):
    from equipment_desk import __version__
    from equipment_desk.ui import errors

    errors.set_log_file(tmp_path / "equipment-desk.log")
    try:
        text = window.about_text()
    finally:
        errors.set_log_file(None)
    assert __version__ in text and "MIT" in text
    assert str(tmp_path / "x.sqlite") in text and str(tmp_path / "equipment-desk.log") in text
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.objectName()) or 0)
    window.about_action.trigger()
    assert shown == ["about_box"]


def test_open_data_folder(window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.data_folder_action.trigger()
    assert opened == [str(tmp_path.resolve())]


def test_status_bar_shows_paths_under_home_relative(qtbot, db, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    path = tmp_path / "Documents" / "EquipmentDesk" / "equipment-desk.sqlite"
    win = MainWindow(db=db, db_path=path, settings=DeskSettings.at(tmp_path / "s.ini"), tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    assert win.path_label.text() == "Database: " + str(Path("Documents") / "EquipmentDesk" / "equipment-desk.sqlite")
    assert win.path_label.toolTip() == str(path)


# --- fitting a laptop screen, in both languages --------------------------------------------------------


def show_every_section(win):
    win.show()
    for section in SECTIONS:
        win.show_section(section)
        page = win.current_page()
        if page is not None and page.model.rowCount():
            page.view.selectRow(0)
    win.programme_tabs.setCurrentIndex(1)
    win.donors_page.view.selectRow(0)
    win.programme_tabs.setCurrentIndex(0)
    win.show_section("acts")


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_window_fits_a_laptop_screen(qtbot, db, tmp_path, request, lang):
    if lang == "ru":
        request.getfixturevalue("russian")
    win = MainWindow(db=db, db_path=tmp_path / "x.sqlite", settings=DeskSettings.at(tmp_path / "s.ini"), lang=lang,
                     tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    show_every_section(win)
    smallest = win.minimumSizeHint()
    assert smallest.width() <= 1280 and smallest.height() <= 720, f"{lang}: {smallest.width()}x{smallest.height()}"
    # the acts summary wraps (between its parts, never inside an amount) instead of widening the window
    summary = win.acts_page.summary
    assert summary.wordWrap()
    assert ("KGS\xa02,365,000.00" if lang == "en" else "2\xa0365\xa0000,00\xa0сом") in summary.text()
    summary.setText(summary.text() + "  ·  " + " + ".join(["EUR\xa01,000,000.00"] * 12))
    assert win.minimumSizeHint().width() == smallest.width()


def test_filters_shrink_before_the_window_grows(window):
    page = window.acts_page
    page.activate()
    box = page.status_filter
    assert box.sizeHint().width() > box.minimumSizeHint().width()  # whole entries when there is room
    longest = max(box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count()))
    assert box.popup_width() >= longest  # the drop-down list shows every entry whole
    assert page.minimumSizeHint().width() < 600


def _styles_filter_hint(box, text_width):
    """The size the style gives a filter for a text ``text_width`` wide (what the filters asked it before)."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    return box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                        QSize(text_width, max(box.fontMetrics().height(), 14) + 2), box)


@pytest.mark.parametrize("point_size", [7, 9, 13, 20])
@pytest.mark.parametrize("entries", [["Any status"], ["Все статусы", "Черновик", "Подписан и отсканирован"],
                                     ["x"], ["Programme " + "very long name " * 8, "short"]])
def test_a_filters_width_is_the_styles_without_asking_it(qtbot, point_size, entries):
    # The filters are sized before the first paint, without reaching QStyle (its enums cost every start some
    # milliseconds): Qt's own hint with the text's width replaced must be the style's hint for that width.
    from PySide6.QtGui import QFont

    from equipment_desk.ui.widgets.combos import FilterCombo, elided_right

    box = FilterCombo()
    qtbot.addWidget(box)
    font = QFont(box.font())
    font.setPointSize(point_size)
    box.setFont(font)
    box.addItems(entries)
    metrics = box.fontMetrics()
    widest = max(metrics.horizontalAdvance(text) for text in entries)
    least = metrics.averageCharWidth() * box.minimumContentsLength()
    assert box.sizeHint().width() == _styles_filter_hint(box, max(widest, least)).width()
    assert box.minimumSizeHint().width() == _styles_filter_hint(box, least).width()
    # at its hint's width Qt paints it, and the field holds every entry whole (nothing to shorten)
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    box.resize(box.sizeHint())
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box)
    assert all(elided_right(metrics, text, field.width() - 2) == text for text in entries)


def test_a_filter_narrower_than_its_entry_shows_it_shortened(qtbot, monkeypatch):
    from PySide6.QtGui import QImage

    from equipment_desk.ui.widgets import combos

    shortened = []
    elide = combos.elided_right
    monkeypatch.setattr(combos, "elided_right", lambda metrics, text, room: shortened.append(elide(metrics, text, room)) or shortened[-1])

    def paint(box):
        shortened.clear()
        image = QImage(box.size(), QImage.Format.Format_ARGB32)
        box.render(image)
        return list(shortened)

    box = combos.FilterCombo()
    qtbot.addWidget(box)
    entry = "Programme of support to the drug control agencies of Central Asia"
    box.addItems([entry, "Any programme"])
    box.show()
    box.resize(box.sizeHint())
    assert paint(box) == []  # as wide as its hint: Qt paints the entry whole
    box.resize(box.minimumSizeHint())
    (shown,) = paint(box)
    assert shown.endswith("…") and entry.startswith(shown[:-1]) and len(shown) > 2
    box.setCurrentIndex(1)
    box.resize(box.sizeHint().width() - 1, box.height())  # narrower than its hint, but the short entry fits
    assert paint(box) == ["Any programme"]


def test_every_list_says_what_its_search_looks_at(window):
    placeholders = {kind: window.list_page(kind).search.placeholderText() for kind in queries.LIST_KINDS}
    assert len(set(placeholders.values())) == len(placeholders)
    assert "serial" in placeholders["items"] and "act number" in placeholders["acts"]
    for key in ("institutions", "programmes", "donors"):
        assert "serial" not in placeholders[key] and "act number" not in placeholders[key]
    assert "donor" in placeholders["programmes"] and "contact person" in placeholders["institutions"]


def test_file_actions_have_icons(window):
    for action in (window.import_action, window.export_list_action, window.export_register_action, window.export_lines_action,
                   window.sync_action, window.backups_action):
        assert not action.icon().isNull(), action.objectName()
    window.show_section("items")
    shown = [a for a in window.toolbar.actions() if a.objectName() in ("action_import", "action_export_list")]
    assert len(shown) == 2 and all(not a.icon().isNull() for a in shown)


def test_programmes_in_russian(qtbot, db, tmp_path, russian):
    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"), lang="ru",
                     tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    win.show_section("programmes")
    programme_id = records.find_id(db=db, kind=records.PROGRAMME, ref="GLO/G80")
    win.programmes_page.select_id(programme_id)
    text = win.programme_detail.text.text()
    assert ("Подпрограмма 1: Противодействие транснациональной организованной преступности, незаконному обороту "
            "наркотиков и терроризму") in text
    assert "<br>Учтено 9 позиций<br>" in text  # a sentence of its own starts with a capital letter
    model = win.programmes_page.model
    donors = model.index(model.row_of(programme_id), [c.key for c in model.columns].index("donors")).data()
    assert donors.startswith("Правительство Японии, Бюро по международным вопросам") and "Japan" not in donors
    japan_only = records.find_id(db=db, kind=records.PROGRAMME, ref="XAC/Z60")
    assert model.index(model.row_of(japan_only), 3).data() == "Правительство Японии"


def test_an_items_detail_names_it_in_the_windows_language(qtbot, db, tmp_path, russian):
    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"), lang="ru",
                     tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    win.show_section("items")
    item = records.create(db=db, kind=records.ITEM, data={
        "name_en": "Personal radiation detector", "name_ru": "Индивидуальный детектор радиации", "category": "other",
        "quantity": 2, "unit_value_minor": 100, "currency": "USD"})
    win.apply_changes(OpChanges.of("items"))
    win.items_page.select_id(item["id"])
    text = win.item_detail.text.text()
    assert text.startswith("<b>Индивидуальный детектор радиации</b>") and "Personal radiation detector" not in text


def test_acts_totals_follow_the_filter_once_typing_pauses(qtbot, window):
    page = window.acts_page
    assert "handed over" in page.summary.text()  # the first reading of the list: the totals at once
    page.search.setText("прокур")
    assert page.summary.text().replace("\xa0", " ") == "1 act(s)"  # the count at once, the totals when typing pauses
    qtbot.waitUntil(lambda: "·" in page.summary.text(), timeout=2000)
    assert page.summary.text().replace("\xa0", " ").startswith("1 act(s)  ·  ")


def test_acts_totals_come_from_a_worker_thread(qtbot, tmp_path):
    path = tmp_path / "desk.sqlite"
    database = open_database(path)
    demo.load_demo(db=database)
    win = MainWindow(db=database, db_path=path, settings=DeskSettings.at(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    assert win.tasks.active_count == 0  # reading the totals is not work that closing the window asks about
    qtbot.waitUntil(lambda: "handed over" in win.acts_page.summary.text(), timeout=5000)


def test_columns_fit_their_content_until_the_user_sizes_one(qtbot, db, tmp_path):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    settings = DeskSettings.at(tmp_path / "columns.ini")
    win = MainWindow(db=db, db_path=None, settings=settings, tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    win.resize(1340, 700)
    win.show()
    page = win.acts_page
    page.activate()
    view, model = page.view, page.model
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: page.columns._painted)  # the user sees the table before dragging an edge of it
    header, metrics = view.horizontalHeader(), view.fontMetrics()
    keys = [column.key for column in model.columns]
    for key in ("number", "date", "total", "usd", "programme"):
        column = keys.index(key)
        widest = max(metrics.horizontalAdvance(str(model.index(row, column).data() or "")) for row in range(model.rowCount()))
        assert header.sectionSize(column) >= widest, key  # "ROCA-2018-0001", "05.12.2018", "UZS 73,700,000.00" whole
    signed = keys.index("signed_date")
    widest = max(metrics.horizontalAdvance(str(model.index(row, signed).data() or "")) for row in range(model.rowCount()))
    assert header.sectionSize(signed) < max(widest, metrics.horizontalAdvance("Signed on")) + 40  # no more than it needs
    win.save_layout()
    assert not settings.restore_header("list/acts", QTableView().horizontalHeader())  # nothing to remember yet

    edge = header.sectionViewportPosition(0) + header.sectionSize(0) - 1
    middle = header.height() // 2
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge, middle))
    QTest.mouseMove(header.viewport(), QPoint(edge + 60, middle))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(edge + 60, middle))
    assert page.columns.arranged_by_user
    chosen = header.sectionSize(0)
    page.refresh()
    assert header.sectionSize(0) == chosen  # the user's width stays when the list is read again
    win.save_layout()
    again = MainWindow(db=db, db_path=None, settings=settings, tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(again)
    again.acts_page.activate()
    assert again.acts_page.view.horizontalHeader().sectionSize(0) == chosen
    again.acts_page.columns.give_back()  # "Fit columns to contents"
    assert not again.acts_page.columns.arranged_by_user


@pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise)\(\)$")
@pytest.mark.parametrize(("lang", "title"), [("en", "Equipment Desk — user guide"), ("ru", "Equipment Desk — руководство пользователя")])
def test_f1_opens_the_user_guide_in_the_windows_language_with_its_pictures(qtbot, db, tmp_path, lang, title):
    from PySide6.QtGui import QKeySequence

    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"), lang=lang,
                     tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    assert win.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    win.guide_action.trigger()
    guide = win.guide_window
    assert guide.isVisible() and guide.path.name == f"{lang}.md"
    text = guide.browser.toPlainText()
    assert text.startswith(title)
    assert ("New" if lang == "en" else "Создать") in text and "portable.txt" in text
    pictures = [line for line in guide.path.read_text(encoding="utf-8").splitlines() if line.startswith("![")]
    assert len(pictures) >= 6
    for line in pictures:  # every screenshot the guide shows is there
        assert (guide.path.parent / line.split("](", 1)[1].rstrip(")")).is_file(), line


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_columns_are_fitted_as_qt_fits_them_measured_from_the_texts(qtbot, db, tmp_path, lang):
    # FittedColumns measures the model's texts instead of asking the delegate cell by cell (a keystroke on
    # 100,000 items must stay within a frame): the widths must be Qt's own.
    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"), lang=lang,
                     tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    win.resize(1340, 700)
    win.show()
    for kind in LIST_SECTIONS:
        win.show_section(kind)
        page = win.list_page(kind)
        if kind == "donors":
            win.programme_tabs.setCurrentWidget(page)
        page.activate()
        assert page.view.isVisible()
        for text in ("", "a", "2018"):
            page.search.setText(text)
            header = page.view.horizontalHeader()
            fitted = [header.sectionSize(i) for i in range(header.count())]
            page.columns._fitting = True  # Qt's own fitting, not taken for the user's
            page.columns._fit_to_content()
            ours = [header.sectionSize(i) for i in range(header.count())]
            page.view.resizeColumnsToContents()
            qt = [header.sectionSize(i) for i in range(header.count())]
            page.columns._fitting = False
            last = page.columns._stretching_column()  # stretched to the view's edge whatever its content
            shown = [i for i in range(header.count()) if not header.isSectionHidden(i) and i != last]
            assert [ours[i] for i in shown] == [qt[i] for i in shown], (kind, text)
            assert fitted == [header.sectionSize(i) for i in range(header.count())] or not page.columns.arranged_by_user


@pytest.mark.parametrize("margin", [0, 2, 7])
def test_columns_are_fitted_again_after_the_first_paint_in_a_style_with_its_own_cell_margin(qtbot, db, tmp_path, margin):
    # Before the first paint the columns are fitted with Qt's common cell margin (the style is not asked: its
    # enums cost every start some milliseconds); once painted, the style's own margin is asked, and a style with
    # another one gets its columns fitted again, to Qt's own widths.
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class Margins(QProxyStyle):
        def pixelMetric(self, metric, option=None, widget=None):  # noqa: N802 - Qt's name
            if metric == QStyle.PixelMetric.PM_FocusFrameHMargin:
                return margin
            return super().pixelMetric(metric, option, widget)

    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"),
                     tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    win.resize(1340, 700)
    page = win.items_page
    style = Margins()
    page.view.setStyle(style)
    win.show()
    win.show_section("items")
    qtbot.waitUntil(lambda: page.columns._painted and not page.columns._margin_assumed, timeout=5000)
    assert page.columns._cell_margin() == margin
    header = page.view.horizontalHeader()
    last = page.columns._stretching_column()
    shown = [i for i in range(header.count()) if not header.isSectionHidden(i) and i != last]
    fitted = [header.sectionSize(i) for i in shown]
    page.columns._fitting = True
    page.view.resizeColumnsToContents()
    page.columns._fitting = False
    cap = page.view.fontMetrics().averageCharWidth() * page.columns.cap_characters
    qt = [header.sectionSize(i) for i in shown]
    uncut = [n for n, width in enumerate(qt) if width < cap]  # a column wider than the cap is cut, or given room
    assert len(uncut) >= 3 and [fitted[n] for n in uncut] == [qt[n] for n in uncut]


def test_a_paint_listener_that_removes_itself_leaves_the_others_called(qtbot):
    from equipment_desk.ui.widgets.columns import FittedTable

    table = FittedTable()
    qtbot.addWidget(table)
    heard = []

    def once():
        heard.append("once")
        table.paint_listeners.remove(once)

    from PySide6.QtGui import QStandardItemModel

    table.setModel(QStandardItemModel(3, 2, table))
    table.paint_listeners += [once, lambda: heard.append("every")]
    table.show()
    qtbot.waitUntil(lambda: "every" in heard, timeout=5000)
    table.viewport().update()
    qtbot.waitUntil(lambda: heard.count("every") >= 2, timeout=5000)
    assert heard.count("once") == 1 and heard[:2] == ["once", "every"]


def test_fitted_columns_fit_a_fitted_table_told_of_its_events_by_its_own_methods(qtbot, db, tmp_path):
    from PySide6.QtGui import QFont

    from equipment_desk.ui.widgets.columns import FittedColumns

    with pytest.raises(TypeError, match="FittedTable"):
        FittedColumns(QTableView(), None, "plain")  # a plain table would never tell it of its resizes
    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"),
                     tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    win.resize(1340, 700)
    win.show()
    win.show_section("items")
    page = win.items_page
    qtbot.waitUntil(lambda: page.columns._painted, timeout=5000)
    header = page.view.horizontalHeader()
    before = [header.sectionSize(i) for i in range(header.count())]
    font = QFont(page.view.font())
    font.setPointSize(font.pointSize() * 2)
    page.view.setFont(font)  # the change filter, installed at the first paint, has the widths measured again
    page.columns.fit_now()
    larger = [header.sectionSize(i) for i in range(header.count())]
    assert sum(larger) > sum(before)
    fits = []
    fit = page.columns.fit
    page.columns.fit = lambda *args: (fits.append(page.view.viewport().width()), fit(*args))
    win.resize(900, 700)  # the viewport's resize reaches the columns through the table's resizeEvent
    qtbot.waitUntil(lambda: bool(fits), timeout=5000)
    assert fits[-1] < 900


def test_typing_a_search_keeps_the_toolbars_buttons(window):
    # Rebuilding the toolbar at each keystroke laid out and painted the whole window.
    window.show_section("items")
    buttons = [window.toolbar.widgetForAction(action) for action in window.toolbar.actions()]
    window.items_page.search.setText("desk")
    window.items_page.search.setText("deskt")
    assert [window.toolbar.widgetForAction(action) for action in window.toolbar.actions()] == buttons
    window.show_section("acts")
    assert window.print_action in window.toolbar.actions() and window.write_off_action not in window.toolbar.actions()
    window.show_section("items")
    assert window.write_off_action in window.toolbar.actions() and window.print_action not in window.toolbar.actions()


def test_a_table_not_shown_yet_is_fitted_when_it_is_shown(qtbot, db, tmp_path):
    # Before the window's first paint nothing is measured (every row read would be); showing fits the rows in view.
    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"),
                     tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    win.resize(1340, 700)
    page = win.items_page
    page.activate()
    assert page.columns._pending and not page.view.isVisible()
    win.show()
    win.show_section("items")
    qtbot.waitUntil(lambda: not page.columns._pending, timeout=5000)
    header = page.view.horizontalHeader()
    fitted = [header.sectionSize(i) for i in range(header.count())]
    page.columns.fit_now()
    assert [header.sectionSize(i) for i in range(header.count())] == fitted


def test_the_items_search_reads_its_rest_in_a_thread_that_ends_with_the_window(qtbot, demo_db_path, tmp_path):
    """Past the first page, a search's ids come from one thread that keeps its connection; closing the window
    ends it."""
    from equipment_desk.store import queries
    from equipment_desk.store.queries import ListFilter
    from equipment_desk.ui.tasks import LatestOnlyRunner

    win = MainWindow(db=open_database(demo_db_path), db_path=demo_db_path, settings=DeskSettings.at(tmp_path / "rest.ini"))
    qtbot.addWidget(win)
    win.show()
    win.show_section("items")
    page = win.items_page
    assert isinstance(page.model.id_runner, LatestOnlyRunner) and page.model.id_runner is win.id_reader
    page.model.batch_size = 2
    expected = queries.list_ids(db=win.db, kind="items", filters=ListFilter(text="a"), sort="added", descending=True)
    assert len(expected) > 2
    with qtbot.waitSignal(page.model.counted, timeout=10_000):
        page.search.setText("a")
        assert page.model.rowCount() == 2 and not page.model.complete
    assert list(page.model.ids) == expected
    assert win.id_reader._thread is not None
    win.close()
    assert win.id_reader._thread is None  # stopped with the window, its connection closed
    win.db.close()


def test_a_new_record_is_shown_where_it_is_listed(window, db, monkeypatch):
    def fill_and_save(form):
        form.field("name_en").setText("Government of Norway")
        return form.save()

    monkeypatch.setattr("equipment_desk.ui.forms.records.DonorForm.exec", fill_and_save)
    window.show_section("programmes")
    window.programme_tabs.setCurrentIndex(0)
    window.new_donor_action.trigger()  # from the programmes' tab, as its toolbar offers
    donor = db.execute("SELECT id FROM donor WHERE name_en = 'Government of Norway'").fetchone()[0]
    assert window.current_section() == "programmes" and window.programme_tabs.currentIndex() == 1
    assert window.donors_page.current_id() == donor  # before, the saved donor was nowhere in sight


def test_the_header_menu_names_every_column_by_its_title(window, monkeypatch):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QMenu

    from equipment_desk.ui import list_page

    shown: list[list[str]] = []

    class Menu(QMenu):
        def exec(self, *_args):  # noqa: A003 - Qt's name; the menu is read, not shown
            shown.append([action.text() for action in self.actions()])

    monkeypatch.setattr(list_page, "QMenu", Menu)
    page = window.items_page
    page.activate()
    page._header_menu(QPoint(5, 5))
    header = page.view.horizontalHeader()
    titles = [header.model().headerData(n, header.orientation()) for n in range(header.count())]
    assert shown and shown[0][:len(titles)] == titles == [title for title, _ in page.model.header_titles()]
    assert "Serial No." in titles
