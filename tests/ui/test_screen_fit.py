"""Every window fits a 1366×768 laptop at 100 % and 125 % scaling, in English and in Russian.

At 125 % such a screen is 1092 × 614 device-independent pixels, less the taskbar and each window's frame:
:data:`equipment_desk.ui.widgets.screen.SMALLEST_SCREEN`.  Each window's smallest size must fit in it (so nothing, a
Save or Close button least of all, is off the screen), and each opens no larger than the screen it is on.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication, QWidget

from equipment_desk.store import demo
from equipment_desk.store.database import open_database
from equipment_desk.ui.app import install_translations, protect_python_singletons
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.tasks import TaskRunner
from equipment_desk.ui.widgets.screen import SMALLEST_SCREEN, available, fit_to_screen, smallest_screen

protect_python_singletons()

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture(params=["en", "ru"])
def lang(request):
    app = QApplication.instance()
    previous = QLocale()
    translators = install_translations(app, "ru") if request.param == "ru" else []
    yield request.param
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(previous)


@pytest.fixture
def desk(tmp_path):
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    demo.load_demo(db=db)
    yield db, path, DeskSettings.at(tmp_path / "settings.ini"), TaskRunner(db=db, synchronous=True)
    db.close()


def windows(db, path, settings, tasks, lang):  # noqa: ANN001, ANN201
    """Every top-level window a user meets, in the state it opens in."""
    from equipment_desk.ui.acts.dialogs import FinalizeDialog, SignDialog, VoidDialog
    from equipment_desk.ui.acts.editor import ActEditorDialog
    from equipment_desk.ui.acts.item_picker import ItemPickerDialog
    from equipment_desk.ui.backup_dialog import BackupDialog
    from equipment_desk.ui.forms.records import DonorForm, InstitutionForm, ItemForm, ProgrammeForm
    from equipment_desk.ui.help import GuideWindow
    from equipment_desk.ui.import_wizard import ImportWizard
    from equipment_desk.ui.main_window import SECTIONS, MainWindow
    from equipment_desk.ui.reports import DonorReportDialog
    from equipment_desk.ui.sync_dialog import SyncDialog
    from equipment_desk.ui.welcome import WelcomeDialog

    draft = db.execute("SELECT id FROM act WHERE status = 'draft' LIMIT 1").fetchone()[0]
    signed = db.execute("SELECT id FROM act WHERE status = 'signed' LIMIT 1").fetchone()[0]
    main = MainWindow(db=db, db_path=path, settings=settings, lang=lang, tasks=tasks)
    for section in SECTIONS:
        main.show_section(section)
    yield "main window", main
    yield "act editor (new)", ActEditorDialog(db=db, act_id=None, settings=settings, tasks=tasks)
    yield "act editor (draft)", ActEditorDialog(db=db, act_id=draft, settings=settings, tasks=tasks)
    yield "act editor (signed)", ActEditorDialog(db=db, act_id=signed, settings=settings, tasks=tasks)
    yield "item picker", ItemPickerDialog(db=db, act_id=draft)
    yield "finalize", FinalizeDialog(db=db, act_id=draft)
    yield "sign", SignDialog(act_date="2018-02-15", number="ROCA-2018-0001")
    yield "void", VoidDialog(number="ROCA-2018-0001")
    for form in (ItemForm, InstitutionForm, ProgrammeForm, DonorForm):
        yield form.__name__, form(db=db, lang=lang)
    yield "import", ImportWizard(db=db, tasks=tasks, settings=settings)
    yield "exchange", SyncDialog(db=db, tasks=tasks, settings=settings)
    yield "backups", BackupDialog(db=db, db_path=path, settings=settings, tasks=tasks)
    yield "donor report", DonorReportDialog(db=db, tasks=tasks, settings=settings)
    yield "welcome", WelcomeDialog()
    yield "user guide", GuideWindow(lang)


def test_the_budget_is_a_1366x768_laptop():
    assert SMALLEST_SCREEN == smallest_screen(1.25)
    assert SMALLEST_SCREEN.width() <= 1366 / 1.25 and SMALLEST_SCREEN.height() <= 768 / 1.25 - 40
    assert smallest_screen(1.0).height() > SMALLEST_SCREEN.height()  # 100 % has more room than 125 %


def test_every_window_fits_a_laptop_at_125_percent(qtbot, desk, lang):
    db, path, settings, tasks = desk
    too_large = []
    for name, window in windows(db, path, settings, tasks, lang):
        qtbot.addWidget(window)
        window.show()
        smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
        if smallest.width() > SMALLEST_SCREEN.width() or smallest.height() > SMALLEST_SCREEN.height():
            too_large.append(f"{name}: {smallest.width()}x{smallest.height()}")
        room = available(window).size().expandedTo(smallest)  # (the test screen is 800x800: smaller than the laptop)
        if window.width() > room.width() or window.height() > room.height():
            too_large.append(f"{name} opens at {window.width()}x{window.height()} on a {room.width()}x{room.height()} screen")
        window.close()
    assert not too_large, f"{lang}: larger than {SMALLEST_SCREEN.width()}x{SMALLEST_SCREEN.height()}: " + "; ".join(too_large)


def test_fit_to_screen_shrinks_and_moves_a_window_onto_the_screen(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    room = available(widget)
    widget.move(room.right() + 500, room.bottom() + 500)
    fit_to_screen(widget, room.width() * 2, room.height() * 2)
    assert widget.width() < room.width() and widget.height() < room.height()
    assert room.contains(widget.pos())
    fit_to_screen(widget, 300, 200)
    assert widget.size() == QSize(300, 200)
