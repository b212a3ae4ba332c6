"""The window refreshes what a change concerns, and only that (``store.changes``, ``MainWindow.apply_changes``)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from equipment_desk.store import acts as act_store
from equipment_desk.store import demo, records
from equipment_desk.store.changes import OpChanges
from equipment_desk.store.database import open_database
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.main_window import LIST_SECTIONS, MainWindow
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
    win = MainWindow(db=db, db_path=tmp_path / "x.sqlite", settings=DeskSettings.at(tmp_path / "settings.ini"),
                     tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(win)
    return win


@pytest.fixture
def reloads(window, monkeypatch):
    """Every list built and read, then each reading of a list counted by what it lists (a detail pane's lists
    as ``"acts of item"`` …), the status line's and the reports' readings too."""
    from equipment_desk.ui.models import ListModel

    for section in LIST_SECTIONS:
        window.show_section(section)
    window.programme_tabs.setCurrentIndex(1)
    window.ensure_reports()
    names = {id(window.item_acts): "acts of item", id(window.institution_acts): "acts of institution",
             id(window.programme_acts): "acts of programme", id(window.programme_items): "items of programme"}
    counted: list[str] = []
    real_refresh = ListModel.refresh
    monkeypatch.setattr(ListModel, "refresh", lambda model: (counted.append(names.get(id(model), model.kind)), real_refresh(model))[1])
    real_status = window.update_status
    monkeypatch.setattr(window, "update_status", lambda: (counted.append("status line"), real_status())[1])
    monkeypatch.setattr(window, "reports_changed", lambda: counted.append("reports"))
    return counted


def test_a_change_refreshes_only_the_lists_that_show_it(window, db, monkeypatch, reloads):
    # A donor edited in its form: the donors and the programmes that list them, nothing else.
    donor = db.execute("SELECT id FROM donor LIMIT 1").fetchone()[0]

    def edit_and_save(form):
        form.field("short_name").setText("Renamed")
        return form.save()

    monkeypatch.setattr("equipment_desk.ui.forms.records.DonorForm.exec", edit_and_save)
    window.open_record("donors", donor)
    assert records.get(db=db, kind=records.DONOR, record_id=donor)["short_name"] == "Renamed"
    assert sorted(reloads) == ["donors", "programmes", "reports"]
    assert window.donors_page.current_id() == donor

    # An item written off: the items, what counts them, the status line and the reports; no act, institution or donor.
    window.show_section("items")
    in_stock = db.execute("SELECT id FROM item_stock WHERE status = 'in_stock' LIMIT 1").fetchone()[0]
    window.items_page.select_id(in_stock)
    reloads.clear()  # choosing the item shows its acts
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("stolen", True))
    window.write_off_action.trigger()
    # (the chosen item's detail pane is shown again, its acts with it, as the list reselects it)
    assert set(reloads) == {"acts of item", "items", "items of programme", "programmes", "reports", "status line"}
    assert reloads.count("items") == reloads.count("programmes") == 1
    assert window.items_page.model.row_data(window.items_page.model.row_of(in_stock))["status"] == "written_off"

    # A form closed without saving stored nothing: nothing is read again.
    reloads.clear()
    monkeypatch.setattr("equipment_desk.ui.forms.records.DonorForm.exec", lambda form: 0)
    window.open_record("donors", donor)
    assert reloads == []

    # A draft's header edited in the act editor: the acts lists and what counts acts; not the items or donors.
    reloads.clear()
    window.apply_changes(act_store.update_draft.changes)
    assert sorted(reloads) == ["acts", "acts of institution", "acts of item", "acts of programme", "institutions",
                               "programmes", "reports", "status line"]

    # Refresh (F5) reads everything again.
    reloads.clear()
    window.refresh_all()
    assert set(reloads) == {"acts", "acts of institution", "acts of item", "acts of programme", "donors",
                            "institutions", "items", "items of programme", "programmes", "reports", "status line"}


def test_the_act_editor_reports_what_it_stored(qtbot, window, db, reloads):
    from equipment_desk.ui.acts.editor import ActEditorDialog

    draft = db.execute("SELECT id FROM act WHERE status = 'draft'").fetchone()[0]
    editor = window.act_editor(draft)
    assert isinstance(editor, ActEditorDialog)
    with qtbot.waitSignal(editor.changed, timeout=1000) as signal:
        editor.place_edit.set_texts("Osh", "г. Ош")
        assert editor.save()
    assert signal.args == [OpChanges.of("acts")]
    assert "items" not in reloads and "donors" not in reloads and "acts" in reloads
    assert window.acts_page.current_id() == draft
    editor.deleteLater()
