"""The Reports section: pivot table, charts, export, unsigned acts, donor report dialog."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt

from equipment_desk.store.database import open_database
from equipment_desk.store.demo import load_demo
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.reports import ReportsPanel
from equipment_desk.ui.tasks import TaskRunner

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def db():
    database = open_database(memory=True)
    load_demo(db=database)
    yield database
    database.close()


@pytest.fixture
def panel(qtbot, db):
    widget = ReportsPanel(db=db, settings=None, tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def test_totals_by_programme_with_charts(panel, qtmodeltester):
    model = panel.model
    qtmodeltester.check(model)
    assert model.rowCount() == 4  # three programmes and the total
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels[-1] == "Total" and labels[0].startswith("GLO/G80")
    total_usd = model.index(model.rowCount() - 1, 1).data()
    assert total_usd == "261,570.05"
    assert "7 act(s)" in panel.summary.text()
    assert len(panel.bar_chart.bars) == 3 and panel.bar_chart.bars[0][1] >= panel.bar_chart.bars[-1][1]
    assert [p[0] for p in panel.line_chart.points] == ["2018-02", "2018-03"]
    panel.show()
    assert not panel.bar_chart.grab().isNull() and not panel.line_chart.grab().isNull()


def test_two_dimensions_local_currency_and_period(panel, qtmodeltester):
    panel.set_dimensions("donor", "country")
    model = panel.model
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 3)] == ["Kyrgyzstan", "Uzbekistan"]
    panel.values_combo.setCurrentIndex(1)
    total_row = model.rowCount() - 1
    assert "KGS" in model.index(total_row, 3).data() and "UZS" in model.index(total_row, 3).data()
    panel.all_dates.setChecked(False)
    panel.date_from.setDate(panel.date_from.date().fromString("2019-01-01", "yyyy-MM-dd"))
    panel.date_to.setDate(panel.date_to.date().fromString("2019-12-31", "yyyy-MM-dd"))
    assert model.rowCount() == 1 and panel.bar_chart.bars == []


def test_export_and_unsigned(panel, tmp_path, qtmodeltester):
    path = tmp_path / "report.xlsx"
    assert panel.export_to(path) > 0
    assert openpyxl.load_workbook(path).active["A1"].value == "Programme"
    qtmodeltester.check(panel.unsigned_model)
    assert [panel.unsigned_model.index(r, 0).data() for r in range(panel.unsigned_model.rowCount())] == ["ROCA-2018-0005", "ROCA-2018-0008"]
    panel.days_spin.setValue(3650)
    assert panel.unsigned_model.rowCount() == 0


def test_donor_report_dialog_writes_the_pdf(panel, tmp_path, qtbot):
    dialog = panel.open_donor_report()
    dialog.subject.setCurrentIndex(dialog.subject.findText("Programme XAC/Z60", flags=Qt.MatchFlag.MatchStartsWith))
    dialog.date_from.setDate(dialog.date_from.date().fromString("2018-01-01", "yyyy-MM-dd"))
    dialog.date_to.setDate(dialog.date_to.date().fromString("2018-12-31", "yyyy-MM-dd"))
    written = []
    dialog.written.connect(written.append)
    dialog.write_to(tmp_path / "donor.pdf")
    assert written and (tmp_path / "donor.pdf").read_bytes().startswith(b"%PDF")


def test_figures_follow_the_language_the_program_runs_in(tmp_path):
    from PySide6.QtCore import QLocale

    from equipment_desk.ui.reports import _lang
    from equipment_desk.ui.settings import DeskSettings

    settings = DeskSettings.at(tmp_path / "s.ini")
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Kyrgyzstan))
        assert _lang(settings) == "ru"  # "as in Windows" on a Russian system
        settings.set("ui_language", "en")
        assert _lang(settings) == "en"
        assert _lang(None) == "en"
    finally:
        QLocale.setDefault(previous)


def test_the_co_funded_note_shows_with_figures_by_donor(panel):
    assert panel.note.isHidden()
    panel.set_dimensions("donor")
    assert not panel.note.isHidden()
    assert "count in full under each donor" in panel.note.text()
    panel.set_dimensions("country", "donor")
    assert not panel.note.isHidden()
    panel.set_dimensions("programme")
    assert panel.note.isHidden()


def test_dates_show_day_month_year(panel):
    for edit in (panel.date_from, panel.date_to):
        assert edit.displayFormat() == "dd.MM.yyyy"
    panel.date_from.setDate(panel.date_from.date().fromString("2018-02-15", "yyyy-MM-dd"))
    assert panel.date_from.text() == "15.02.2018"
    panel.days_spin.setValue(0)
    dates = [panel.unsigned_model.index(r, 1).data() for r in range(panel.unsigned_model.rowCount())]
    assert dates and all(len(d) == 10 and d[2] == "." and d[5] == "." for d in dates)
    dialog = panel.open_donor_report()
    assert dialog.date_from.displayFormat() == "dd.MM.yyyy"
    assert dialog.options()["date_from"].count("-") == 2  # the work still gets ISO dates
    dialog.close()


def test_the_line_chart_has_every_month_between(qtbot):
    from tests.conftest import Factory

    database = open_database(memory=True)
    make = Factory(database)
    make.finalized(act_date="2018-02-15")
    make.finalized(act_date="2018-06-10", rate_date="2018-06-01")
    widget = ReportsPanel(db=database, settings=None, tasks=TaskRunner(db=database, synchronous=True))
    qtbot.addWidget(widget)
    points = widget.line_chart.points
    assert [p[0] for p in points] == ["2018-02", "2018-03", "2018-04", "2018-05", "2018-06"]
    assert [p[1] for p in points][1:4] == [0, 0, 0]
    database.close()


def test_the_donor_report_offers_the_year_of_the_subjects_latest_act(panel, db):
    # the demo's acts are of 2018: a report for this year, with no acts, would be empty
    dialog = panel.open_donor_report()
    assert dialog.options()["date_from"] == "2018-01-01" and dialog.options()["date_to"] == "2018-12-31"
    dialog.date_from.setDate(dialog.date_from.date().addMonths(2))  # the user's own period stays when the subject changes
    dialog.subject.setCurrentIndex(dialog.subject.count() - 1)
    assert dialog.options()["date_from"] == "2018-03-01"
    dialog.close()


def test_the_default_period_is_the_latest_acts_year_or_the_last_full_year():
    from datetime import date

    from equipment_desk.analytics.reports import default_report_period
    from equipment_desk.store import acts

    empty = open_database(memory=True)
    assert default_report_period(db=empty, today=date(2026, 12, 5)) == ("2025-01-01", "2025-12-31")
    demo = open_database(memory=True)
    load_demo(db=demo)
    assert default_report_period(db=demo, programme_code="XAC/Z60") == ("2018-01-01", "2018-12-31")
    assert default_report_period(db=demo, programme_code="NO/SUCH", today=date(2026, 1, 2)) == ("2025-01-01", "2025-12-31")
    acts.create_draft(db=demo, data={"act_date": "2021-03-01"})  # a draft hands nothing over: it does not count
    assert default_report_period(db=demo) == ("2018-01-01", "2018-12-31")


def test_the_donor_report_in_a_russian_window_names_its_subjects_in_russian(qtbot, db, tmp_path):
    from equipment_desk.ui.reports import DonorReportDialog
    from equipment_desk.ui.settings import DeskSettings

    settings = DeskSettings.at(tmp_path / "settings.ini")
    settings.set("ui_language", "ru")
    dialog = DonorReportDialog(db=db, tasks=TaskRunner(db=db, synchronous=True), settings=settings)
    qtbot.addWidget(dialog)
    texts = [dialog.subject.itemText(i) for i in range(dialog.subject.count())]
    assert any("Программа УНП ООН для Центральной Азии" in text for text in texts)
    assert any("Правительство Японии" in text for text in texts)
    assert dialog.options()["lang"] == "ru"
    dialog.subject.setCurrentIndex(next(i for i, text in enumerate(texts) if "Правительство Японии" in text))
    assert dialog.options()["donor"] == "Government of Japan"  # the report still finds the donor by its recorded name
