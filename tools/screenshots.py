"""Save a screenshot of each section of the main window, with the demo data, to a folder.

    python tools/screenshots.py OUT_FOLDER [--lang en|ru] [--scale 1.5] [--size 1400x860]

Runs without a screen (offscreen platform) unless QT_QPA_PLATFORM says otherwise,
on a fresh temporary database and temporary settings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=("en", "ru"), default="en")
    parser.add_argument("--scale", default="1", help="display scaling, e.g. 1.25 or 2")
    parser.add_argument("--size", default="1400x860")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from equipment_desk.ui.app import install_translations, protect_python_singletons

    protect_python_singletons()
    from PySide6.QtWidgets import QApplication

    from equipment_desk.store import demo
    from equipment_desk.store.database import open_database
    from equipment_desk.ui.main_window import SECTIONS, MainWindow
    from equipment_desk.ui.settings import DeskSettings
    from equipment_desk.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translations(app, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite"
        db = open_database(path)
        demo.load_demo(db=db)
        settings = DeskSettings.at(Path(tmp) / "settings.ini")
        window = MainWindow(db=db, db_path=path, settings=settings, lang=args.lang, tasks=TaskRunner(db=db, synchronous=True))
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        app.processEvents()  # a screenshot tool, not the program: let the window lay itself out
        saved = []
        for section in SECTIONS:
            window.show_section(section)
            page = window.current_page()
            if page is not None and page.model.rowCount():
                page.view.selectRow(0)
            app.processEvents()
            target = args.out / f"{section}.png"
            window.grab().save(str(target))
            saved.append(target)
        window.show_section("programmes")
        window.programme_tabs.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(args.out / "donors.png"))
        saved.append(args.out / "donors.png")
        from equipment_desk.ui.forms.records import InstitutionForm, ItemForm

        for name, form in (("form_item", ItemForm(db=db, record_id=1, lang=args.lang, parent=window)),
                           ("form_institution", InstitutionForm(db=db, record_id=1, lang=args.lang, parent=window))):
            form.show()
            app.processEvents()
            form.grab().save(str(args.out / f"{name}.png"))
            saved.append(args.out / f"{name}.png")
            form.done(0)
        window.close()
        db.close()
    for target in saved:
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
