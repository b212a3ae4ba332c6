"""Save a screenshot of each section of the main window, its menus and dialogs, with the demo data, to a folder.

    python tools/screenshots.py OUT_FOLDER [--lang en|ru] [--scale 1.5] [--size 1400x860] [--db FILE]

``--scale`` is the display scaling (QT_SCALE_FACTOR); ``--size`` the window in
device-independent pixels, e.g. ``--size 1280x720 --scale 1.5`` for a laptop
at 150 %.  The smallest size the window can take is printed at the end.

Runs without a screen (offscreen platform) unless QT_QPA_PLATFORM says otherwise,
on temporary settings and a copy of the database placed in a temporary home
folder as ``Documents/EquipmentDesk/equipment-desk.sqlite``, so the status bar
shows the same path on every machine.  ``--db`` takes the data from a database
made with ``python -m equipment_desk --db FILE demo``; without it the demo data
is loaded into a fresh database.

The Acts section in English is the picture in the README::

    python tools/screenshots.py /tmp/shots && cp /tmp/shots/acts.png docs/screenshot.png

``--guide`` writes only the user guide's pictures (each section and the act
editor on the Kyrgyz–Russian demo act, or on the draft when scaled), at the size of a 1366x768 laptop
screen.  Take them on a real screen of that size, so the act editor fits it
as it would (the offscreen platform's screen is smaller), e.g. under Xvfb::

    Xvfb :64 -screen 0 1366x768x24 &
    DISPLAY=:64 QT_QPA_PLATFORM=xcb python tools/screenshots.py docs/screenshots/en --guide --lang en
    DISPLAY=:64 QT_QPA_PLATFORM=xcb python tools/screenshots.py docs/screenshots/ru --guide --lang ru
    DISPLAY=:64 QT_QPA_PLATFORM=xcb python tools/screenshots.py docs/screenshots/en --guide --lang en --scale 1.25

(at a scale other than 1 only the act editor is taken, as ``act-editor-125-percent.png``).  Then keep them
small with 256 colours (ImageMagick)::

    for f in docs/screenshots/*/*.png; do convert $f +dither -colors 256 PNG8:$f; done
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEMO_ITEMS_CSV = (
    "Наименование;Модель;Серийный номер;Кол-во;Цена за ед.;Валюта;Программа\n"
    "Ноутбук;Dell Latitude 5490;CN-0X1Y2Z;2;85 000,00;KGS;XAC/Z60\n"
    "Проектор;Epson EB-X41;X41-778812;1;42 000,00;KGS;XAC/Z60\n"
    "Сканер документов;Fujitsu fi-7160;A7160-5521;1;;KGS;XAC/Z60\n"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("en", "ru"), default="en")
    parser.add_argument("--scale", default="1", help="display scaling, e.g. 1.25 or 2")
    parser.add_argument("--size", default="1400x860")
    parser.add_argument("--guide", action="store_true",
                        help="only the user guide's pictures, the window as large as the screen (see above)")
    parser.add_argument("--db", type=Path, help="a database to show (copied first; the file is not changed)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    args.out = args.out.resolve()
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["HOME"] = os.environ["USERPROFILE"] = str(home)  # paths under it are shown relative to it
        path = home / "Documents" / "EquipmentDesk" / "equipment-desk.sqlite"
        path.parent.mkdir(parents=True)
        if args.db is not None:
            source = sqlite3.connect(f"file:{args.db.resolve()}?mode=ro", uri=True)
            target = sqlite3.connect(str(path))
            source.backup(target)
            target.close()
            source.close()
        saved = shoot(args, path, home)
    for target in saved:
        print(target)
    return 0


def shoot(args: argparse.Namespace, path: Path, home: Path) -> list[Path]:
    from equipment_desk.ui.app import install_translations, protect_python_singletons

    protect_python_singletons()
    from PySide6.QtWidgets import QApplication, QWidget

    from equipment_desk import __version__
    from equipment_desk.store import demo, queries
    from equipment_desk.store.database import open_database
    from equipment_desk.ui.main_window import SECTIONS, MainWindow
    from equipment_desk.ui.settings import DeskSettings
    from equipment_desk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationDisplayName("Equipment Desk")
    app.setApplicationVersion(__version__)
    install_translations(app, args.lang)
    db = open_database(path)
    if queries.is_empty(db=db):
        demo.load_demo(db=db, national=True)  # as the window and the command line load it
    settings = DeskSettings.at(home / "settings.ini")
    settings.set("ui_language", args.lang)
    window = MainWindow(db=db, db_path=path, settings=settings, lang=args.lang, tasks=TaskRunner(db=db, synchronous=True))
    width, height = (int(v) for v in args.size.split("x"))
    if args.guide:  # the whole screen, as a laptop shows the window
        width, height = window.screen().size().width(), window.screen().size().height()
        window.move(0, 0)
    window.resize(width, height)
    window.show()
    app.processEvents()  # a screenshot tool, not the program: let the window lay itself out
    saved: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        app.processEvents()
        target = args.out / f"{name}.png"
        widget.grab().save(str(target))
        saved.append(target)

    for section in SECTIONS if args.scale in ("1", "1.0") or not args.guide else ():
        window.show_section(section)
        page = window.current_page()
        if page is not None and page.model.rowCount():
            page.view.selectRow(0)
        save(window, section)
    if args.guide:
        window.show_section("acts")
        percent = round(float(args.scale) * 100)
        # at 100 % the Kyrgyz–Russian act; scaled up, the draft, whose Save and Close must stay in view
        wanted = "languages = 'ky,ru' AND status <> 'draft'" if percent == 100 else "status = 'draft'"
        act_id = db.execute(f"SELECT id FROM act WHERE {wanted} ORDER BY id LIMIT 1").fetchone()[0]
        editor = window.act_editor(act_id)
        editor.show()
        app.processEvents()
        save(editor, "act-editor" if percent == 100 else f"act-editor-{percent}-percent")
        editor.done(0)
        window.close()
        db.close()
        return saved
    window.reports_widget.tabs.setCurrentIndex(1)
    save(window, "reports_unsigned")
    window.reports_widget.tabs.setCurrentIndex(0)
    window.show_section("programmes")
    window.programme_tabs.setCurrentIndex(1)
    window.donors_page.view.selectRow(0)
    save(window, "donors")
    window.programme_tabs.setCurrentIndex(0)
    window.show_section("acts")

    for key, menu in window.menus.items():
        menu.popup(window.mapToGlobal(window.menuBar().actionGeometry(menu.menuAction()).bottomLeft()))
        save(menu, f"menu_{key}")
        menu.hide()

    from equipment_desk.ui.forms.records import InstitutionForm, ItemForm

    for name, form in (("form_item", ItemForm(db=db, record_id=1, lang=args.lang, parent=window)),
                       ("form_institution", InstitutionForm(db=db, record_id=1, lang=args.lang, parent=window))):
        form.show()
        save(form, name)
        form.done(0)

    csv = home / "Documents" / "new-equipment.csv"
    csv.write_text(DEMO_ITEMS_CSV, encoding="utf-8")
    wizard = window.import_wizard("item", csv)
    wizard.show()
    save(wizard, "import_1_file")
    wizard.go_next()
    save(wizard, "import_2_columns")
    wizard.go_next()
    save(wizard, "import_3_file_problem")  # the file lacks the category column
    wizard.go_back()
    wizard.default_category.setCurrentIndex(wizard.default_category.findData("computers"))
    wizard.go_next()
    save(wizard, "import_4_row_problems")  # one row lacks its value
    wizard.done(0)

    sync = window.sync_dialog()
    sync.show()
    save(sync, "sync_receive")
    sync.tabs.setCurrentIndex(1)
    sync.office_edit.setText("BISH")
    save(sync, "sync_send")
    sync.done(0)

    from equipment_desk.exchange import backup

    backup.backup_database(db=db, folder=window.backup_folder(), reason="daily")
    backups = window.make_backup_dialog()
    backups.show()
    save(backups, "backups")
    backups.done(0)

    about = window.about_box()
    about.show()
    save(about, "about")
    about.done(0)

    from equipment_desk.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog(window)  # what an empty database shows first
    welcome.show()
    save(welcome, "welcome")
    welcome.done(0)

    minimum = window.minimumSizeHint()
    print(f"smallest window: {minimum.width()}x{minimum.height()} (at scale {args.scale})", file=sys.stderr)
    window.settings_page.edits["backup_keep"].setFocus()
    window.close()
    db.close()
    return saved


if __name__ == "__main__":
    raise SystemExit(main())
