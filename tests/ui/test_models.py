"""The list models: qtmodeltester, lazy fetching, sorting, filtering, human words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from equipment_desk.store import demo, queries, records
from equipment_desk.store.database import open_database
from equipment_desk.store.queries import ListFilter
from equipment_desk.ui import models
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.models import ID_ROLE, ROW_ROLE
from tests.conftest import Factory

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring


@pytest.fixture(scope="module")
def db():
    database = open_database(memory=True)
    demo.load_demo(db=database)
    return database


@pytest.mark.parametrize("kind", list(models.MODELS))
def test_every_model_passes_the_model_tester(qtmodeltester, db, kind):
    model = models.MODELS[kind](db=db)
    qtmodeltester.check(model, force_py=True)
    for column in range(model.columnCount()):  # the tester re-checks the model on every reset
        model.sort(column, Qt.SortOrder.DescendingOrder)
        model.sort(column, Qt.SortOrder.AscendingOrder)


@pytest.mark.parametrize("kind", list(models.MODELS))
def test_models_pass_empty_and_in_russian(qtmodeltester, kind):
    empty = models.MODELS[kind](db=open_database(memory=True), lang="ru")
    assert empty.rowCount() == 0 and not empty.canFetchMore(QModelIndex())
    qtmodeltester.check(empty, force_py=True)


def test_rows_are_fetched_lazily(qtmodeltester, db):
    model = models.ItemsModel(db=db)
    model.batch_size = 20
    model.refresh()
    assert model.total_count == db.execute("SELECT count(*) FROM item").fetchone()[0]
    assert model.rowCount() == 20
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total_count
    qtmodeltester.check(model, force_py=True)
    assert len(model._pages) <= model.cached_pages


def test_row_of_fetches_down_to_a_record(db):
    model = models.ItemsModel(db=db)
    model.batch_size = 10
    model.refresh()
    last_id = model.ids[-1]
    row = model.row_of(last_id)
    assert row == model.total_count - 1
    assert model.rowCount() == model.total_count
    assert model.index(row, 0).data(ID_ROLE) == last_id
    assert model.row_of(10**9) is None


def test_filter_resets_the_model(qtbot, db):
    model = models.ActsModel(db=db)
    everything = model.total_count
    with qtbot.waitSignal(model.modelReset):
        model.set_filter(ListFilter(status="signed"))
    assert 0 < model.rowCount() < everything
    for row in range(model.rowCount()):
        assert model.index(row, 0).data(ROW_ROLE)["status"] == "signed"
    model.set_filter(ListFilter(text="прокуратура"))
    assert model.rowCount() == 1


def test_values_are_shown_as_people_read_them(db):
    model = models.ActsModel(db=db, lang="en")
    model.set_filter(ListFilter(text="ROCA 2018 0001"))
    columns = {c.key: i for i, c in enumerate(model.columns)}
    row = model.index(0, 0).data(ROW_ROLE)
    assert model.index(0, columns["date"]).data() == ".".join(reversed(row["date"].split("-")))
    assert model.index(0, columns["total"]).data().startswith(row["currency"] + "\u00a0")
    assert model.index(0, columns["status"]).data() == "Signed"
    assert model.index(0, columns["country"]).data() == "Kyrgyzstan"
    ru = models.ActsModel(db=db, lang="ru")
    ru.set_filter(ListFilter(text="ROCA 2018 0001"))
    assert ru.index(0, columns["total"]).data().endswith("\u00a0сом")
    assert ru.index(0, columns["recipient"]).data().startswith("Генеральная")

    items = models.ItemsModel(db=db)
    status_column = [c.key for c in items.columns].index("status")
    shown = {items.index(r, status_column).data() for r in range(items.rowCount())}
    assert shown <= {"In stock", "Partly handed over", "Handed over", "Written off"}


def test_labels_for_codes():
    for code in queries.ITEM_STATUSES:
        assert "_" not in models.item_status_label(code)
    assert models.act_status_label("finalized").startswith("Finalized")
    assert models.format_date("2018-02-15") == "15.02.2018"
    assert models.format_date(None) == ""
    assert models.country_label("UZ", "ru") == "Узбекистан"
    assert models.money(215000050, "KGS", "ru") == "2\u00a0150\u00a0000,50\u00a0сом"


def test_ids_list_every_row_and_shown_texts_follow_a_refresh():
    database = open_database(memory=True)
    demo.load_demo(db=database)
    model = models.ItemsModel(db=database)
    model.batch_size = 10
    model.refresh()
    assert list(model.ids) == queries.list_ids(db=database, kind="items", sort="added", descending=True)
    assert model.rowCount() == 10 < len(model.ids)
    name = next(i for i, c in enumerate(model.columns) if c.key == "name")
    first = model.ids[0]
    assert model.index(0, name).data() == queries.fetch_rows(db=database, kind="items", ids=[first])[first]["name"]
    records.update(db=database, kind=records.ITEM, record_id=first, changes={"name": "Renamed scanner"})
    model.refresh()
    assert model.index(0, name).data() == "Renamed scanner"


def test_roles_a_list_does_not_use_are_empty_and_drafts_stand_out(db):
    model = models.ActsModel(db=db)
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        assert index.data(Qt.ItemDataRole.DecorationRole) is None
        assert index.data(Qt.ItemDataRole.TextAlignmentRole) == int(model.columns[0].align)
        status = index.data(ROW_ROLE)["status"]
        font = index.data(Qt.ItemDataRole.FontRole)
        assert (font is not None and font.italic()) == (status == "draft")
        if status == "void":
            assert font.strikeOut()


def test_programmes_name_their_donors_in_the_language_of_the_list(db):
    for lang in ("en", "ru"):
        model = models.ProgrammesModel(db=db, lang=lang)
        donors = next(i for i, c in enumerate(model.columns) if c.key == "donors")
        for row in range(model.rowCount()):
            programme_id = model.index(row, 0).data(ID_ROLE)
            expected = ", ".join((d["name_ru"] if lang == "ru" else "") or d["short_name"] or d["name_en"]
                                 for d in records.programme_donors(db=db, programme_id=programme_id))
            assert model.index(row, donors).data() == expected


def test_a_search_shows_its_first_page_at_once_and_the_rest_follows(qtbot, db):

    factory = Factory(db)
    for n in range(25):
        factory.item(name=f"Laptop {n}" if n % 2 else f"Printer {n}")
    model = models.ItemsModel(db=db)
    model.batch_size = 5
    with qtbot.waitSignal(model.counted, timeout=5000):
        model.set_filter(ListFilter(text="lapt"))
        assert not model.complete and model.rowCount() == 5  # the first page only, painted before the rest is read
    assert model.complete
    expected = queries.list_ids(db=db, kind="items", filters=ListFilter(text="lapt"), sort="added", descending=True)
    assert len(expected) >= 12 and list(model.ids) == expected
    assert [model.index(row, 0).data(ID_ROLE) for row in range(5)] == expected[:5]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == len(expected)


def test_a_read_for_an_older_keystroke_is_dropped(qtbot, db):

    factory = Factory(db)
    for n in range(30):
        factory.item(name=f"Laptop {n}", model="Dell" if n < 12 else "HP", serial_number=f"DROP{n:04d}")
    model = models.ItemsModel(db=db)
    model.batch_size = 5
    model.set_filter(ListFilter(text="lap"))
    model.set_filter(ListFilter(text="lap dell"))  # typed before the first read's rest came
    with qtbot.waitSignal(model.counted, timeout=5000):
        pass
    counted = model.total_count
    assert counted == len(queries.list_ids(db=db, kind="items", filters=ListFilter(text="lap dell")))
    qtbot.wait(20)  # the older read's turn comes and goes
    assert model.total_count == counted and model.complete


def test_counting_and_scrolling_need_no_wait(db):

    factory = Factory(db)
    for n in range(30):
        factory.item(name=f"Laptop {n}", serial_number=f"WAIT{n:04d}")
    model = models.ItemsModel(db=db)
    model.batch_size = 5
    model.set_filter(ListFilter(text="laptop"))
    assert not model.complete
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # scrolling down reads the rest at once
    assert model.complete and model.rowCount() == 10 and model.total_count >= 30


@pytest.mark.parametrize("kind", list(models.MODELS))
def test_every_cell_answers_what_its_column_says(db, kind):
    """data() answers from one tuple per cell, made once: the same texts, alignments, fonts, colours and
    tooltips as the columns work out, nothing for roles a list does not use, nothing for an index not its own."""
    for lang in ("en", "ru"):
        model = models.MODELS[kind](db=db, lang=lang)
        other = models.MODELS[kind](db=db, lang=lang)
        assert model.rowCount() > 0
        for row in range(model.rowCount()):
            raw = model.row_data(row)
            for column_no, column in enumerate(model.columns):
                index = model.index(row, column_no)
                for _ in range(2):  # made, then read from what was kept
                    value = column.display(raw, lang)
                    assert index.data() == ("" if value is None else str(value))
                    assert index.data(Qt.ItemDataRole.TextAlignmentRole) == int(column.align)
                    assert index.data(Qt.ItemDataRole.FontRole) == model.row_font(raw, column)
                    assert index.data(Qt.ItemDataRole.ForegroundRole) == model.row_foreground(raw)
                    tip = column.tooltip(raw, lang) if column.tooltip else (str(value) if value else None)
                    if column.national_names:  # the name, then the record's national names (see their own test)
                        assert (index.data(Qt.ItemDataRole.ToolTipRole) or "").startswith(tip or "")
                    else:
                        assert index.data(Qt.ItemDataRole.ToolTipRole) == (tip or None)
                    assert index.data(ID_ROLE) == raw["id"] and index.data(ROW_ROLE) == raw
                    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.BackgroundRole,
                                 Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.SizeHintRole):
                        assert index.data(role) is None
                assert model.data(other.index(row, column_no), ID_ROLE) is None  # another model's index
        assert model.data(QModelIndex()) is None
        assert model.data(model.index(0, len(model.columns))) is None


def test_the_first_page_reads_no_more_rows_than_a_window_shows(db, monkeypatch):
    read = []
    fetch = queries.fetch_rows

    def counting(*, db, kind, ids):
        read.append(len(ids))
        return fetch(db=db, kind=kind, ids=ids)

    factory = Factory(db)
    for n in range(60):
        factory.item(name=f"Page reader {n}", serial_number=f"PAGE{n:04d}")
    monkeypatch.setattr(queries, "fetch_rows", counting)
    model = models.ItemsModel(db=db)
    model.read_size = 20
    model.refresh()
    assert model.rowCount() > 40
    assert model.index(0, 0).data() and model.index(19, 0).data()
    assert read == [20]
    assert model.index(45, 0).data() == model.row_data(45)["name"]
    assert read == [20, 20]
    model.refresh()  # a new filter or a change: the texts kept are not shown again
    read.clear()
    assert model.index(0, 0).data() and read == [20]


def test_a_list_shown_reads_the_rest_of_a_search_once_its_first_page_is_painted(qtbot, db, tmp_path):
    from equipment_desk.ui.list_page import ListPage
    from equipment_desk.ui.settings import DeskSettings

    factory = Factory(db)
    for n in range(30):
        factory.item(name=f"Painted laptop {n}", serial_number=f"PAINT{n:04d}")
    model = models.ItemsModel(db=db)
    model.batch_size = 5
    page = ListPage(model=model, settings=DeskSettings.at(tmp_path / "desk.ini"), key="items", filters=(), db=db, lang="en")
    qtbot.addWidget(page)
    assert model.rest_delay_ms > 0  # a list shown waits for its paint, not for the next turn of the event loop
    page.show()
    qtbot.waitExposed(page)
    started = []
    read_rest = model._read_rest
    model._read_rest = lambda generation: (started.append(generation), read_rest(generation))
    with qtbot.waitSignal(model.counted, timeout=5000):
        page.search.setText("painted")
        assert not model.complete and not started
        page.view.viewport().repaint()  # painted: the rest is read as soon as that paint is over
        assert not started
    assert model.total_count == 30 and page.summary.text() == "30 record(s) match"
    page.hide()  # not painted: the rest is read after the delay all the same
    with qtbot.waitSignal(model.counted, timeout=5000):
        page.search.setText("painted laptop")
        assert not model.complete
    assert model.total_count == 30


def test_a_row_found_by_a_national_name_shows_it_in_the_name_tooltip(qtbot):
    database = open_database(memory=True)
    institution = records.create(db=database, kind=records.INSTITUTION, data={
        "name_en": "General Prosecutor's Office", "name_ru": "Генеральная прокуратура", "country": "KG",
        "name_ky": "Башкы прокуратура", "name_uz": "Bosh prokuratura"})["id"]
    records.create(db=database, kind=records.INSTITUTION, data={"name_en": "State Customs Service", "country": "KG"})
    model = models.InstitutionsModel(db=database, lang="en")
    model.set_filter(ListFilter(text="башкы"))
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    name = model.index(0, 0)
    assert name.data(ID_ROLE) == institution and name.data() == "General Prosecutor's Office"
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "General Prosecutor's Office\nKyrgyz: Башкы прокуратура\nUzbek: Bosh prokuratura"
    model.set_filter(ListFilter(text="customs"))
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "State Customs Service"  # no national names: the name alone
    items = models.ItemsModel(db=database, lang="ru")
    item = records.create(db=database, kind=records.ITEM, data={"category": "computers", "name": "Laptop", "quantity": 1,
                                                                "unit_value_minor": 1, "currency": "USD", "name_tg": "Ноутбуки ҳисоббарорӣ"})["id"]
    items.set_filter(ListFilter(text="ҳисоб"))
    qtbot.waitUntil(lambda: items.rowCount() == 1)
    assert items.index(0, 0).data(ID_ROLE) == item
    assert items.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).endswith(": Ноутбуки ҳисоббарорӣ")
