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


IMPORTS = {
    # kind: (file, what reads again: the lists showing that kind, the detail panes' lists, the status line, the reports)
    "item": ("Name;Programme;Quantity;Unit value;Currency;Category\nLaptop Dell 5490;GLO/G80;2;85000;KGS;computers\n",
             {"items", "items of programme", "programmes", "reports", "status line"}),
    "institution": ("Name (EN);Country;Signatory;Signatory title (EN)\nCustoms Academy;KG;Azizbek Usubaliev;Rector\n",
                    {"institutions", "acts", "acts of institution", "acts of item", "acts of programme", "reports",
                     "status line"}),
    "programme": ("Code;Name (EN)\nNEW/P01;A new programme\n",
                  {"programmes", "acts", "acts of institution", "acts of item", "acts of programme", "donors",
                   "items", "items of programme", "reports", "status line"}),
    "donor": ("Name (EN);Short name\nGovernment of Norway;Norway\n", {"donors", "programmes", "reports"}),
}


@pytest.mark.parametrize("kind", sorted(IMPORTS))
def test_an_import_refreshes_only_what_shows_its_records(window, db, tmp_path, reloads, kind):
    text, expected = IMPORTS[kind]
    path = tmp_path / f"{kind}.csv"
    path.write_text(text, encoding="utf-8")
    page = window.settings_page
    page.edits["office_name_en"].setText("Typed, not saved yet")
    reloads.clear()
    wizard = window.import_wizard(kind, path)
    wizard.go_next()
    wizard.go_next()
    assert wizard.preview.ok, wizard.summary_label.text()
    wizard.start_import()
    assert wizard.result.created == 1
    assert set(reloads) == expected
    assert all(reloads.count(name) == 1 for name in expected)  # each read once
    assert page.edits["office_name_en"].text() == "Typed, not saved yet"  # an import keeps the page's unsaved edits
    wizard.deleteLater()


def test_an_import_brings_its_new_programme_and_country_into_the_filters(window, tmp_path, reloads):
    path = tmp_path / "programmes.csv"
    path.write_text("Code;Name (EN)\nNEW/P01;A new programme\n", encoding="utf-8")
    wizard = window.import_wizard("programme", path)
    wizard.go_next()
    wizard.go_next()
    wizard.start_import()
    for page in (window.acts_page, window.items_page, window.institutions_page):
        assert page.programme_filter.findText("NEW/P01") > 0
    path = tmp_path / "institutions.csv"
    path.write_text("Name (EN);Country\nAirport Police of Turkmenabat;TM\nBorder Guard of Khorog;TJ\n", encoding="utf-8")
    window.apply_changes(OpChanges.of("donors"))  # a donor changes no filter: the choices are not read again
    wizard = window.import_wizard("institution", path)
    wizard.go_next()
    wizard.go_next()
    wizard.start_import()
    assert window.institutions_page.country_filter.findData("TM") > 0
    wizard.deleteLater()
    # one record saved in its form: the filters offer it too
    records.create(db=window.db, kind=records.PROGRAMME, data={"code": "ONE/P02", "name_en": "Saved in its form"})
    window.apply_changes(OpChanges.of("programmes"))
    assert window.acts_page.programme_filter.findText("ONE/P02") > 0


def test_saving_the_settings_reads_no_list_again(window, db, reloads):
    page = window.settings_page
    page.edits["office_name_en"].setText("UNODC Programme Office in Kyrgyzstan")
    reloads.clear()
    assert page.save()
    assert db.execute("SELECT value FROM setting WHERE key = 'office_name_en'").fetchone()[0] == \
        "UNODC Programme Office in Kyrgyzstan"
    assert reloads == []  # no list, detail pane, status line or report shows the office's settings
    assert page.status.text() == "Settings saved."


def test_a_merge_that_changed_the_settings_shows_them_on_the_page(window, db, reloads):
    from equipment_desk.store import settings as office_settings

    page = window.settings_page
    office_settings.set_settings(db=db, values={"office_code": "OSH"})  # e.g. written by a merged bundle
    window.data_changed(OpChanges.of("acts"))
    assert page.edits["office_code"].text() != "OSH"  # the page is read again only when the settings changed
    window.data_changed(OpChanges.of("settings"))
    assert page.edits["office_code"].text() == "OSH"
    assert reloads.count("acts") == 1 and "items" not in reloads
