"""Starting the window: ``main()``.

In order: logging to a file in the user data folder, the application and its
translations, the crash handler, the database (with a clear message when it
cannot be used, and a way to choose another file; a backup is taken before
any schema migration), the main window, then the first-start welcome on an
empty database or else the daily backup in the background.  The window
takes a backup when it closes.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

APP_NAME = "Equipment Desk"
LOG_FILENAME = "equipment-desk.log"
SETTINGS_ENV_VAR = "EQUIPMENT_DESK_SETTINGS"
"""An ini file to keep the settings in instead of the user's (a portable install, the bench)."""
LOG_LIMIT = 2_000_000
"""Bytes: a log larger than this is put aside when the program starts."""
LOG_KEEP = 3
"""How many logs put aside are kept (``equipment-desk.log.1`` … ``.3``)."""


# What start-up needs and does not use Qt (the store's reading of the lists, validation, the data folder), before
# PySide6: once PySide6 is loaded it reads the source of every module an import names, which makes those
# imports slower.  (Not sqlite-utils nor the backups: an up-to-date database opens and its lists read without them.)
import platformdirs  # noqa: E402,F401

from equipment_desk.core import labels as _labels  # noqa: E402,F401
from equipment_desk.core import places  # noqa: E402
from equipment_desk.core import validation as _validation  # noqa: E402,F401
from equipment_desk.store import changes as _changes  # noqa: E402,F401
from equipment_desk.store import context as _context  # noqa: E402,F401
from equipment_desk.store import database as _database  # noqa: E402,F401
from equipment_desk.store import queries as _queries  # noqa: E402,F401
from equipment_desk.store import sqlite_features as _sqlite_features  # noqa: E402,F401
from equipment_desk.ui import import_pyside_without_source_reads, protect_python_singletons  # noqa: E402,F401 - applied on import of the package


def data_folder() -> Path:
    """The data folder: the user's (``%LOCALAPPDATA%\\EquipmentDesk`` on Windows), or ``data/`` beside a portable program."""
    return places.data_folder()


def rotate_log(path: Path, *, limit: int = LOG_LIMIT, keep: int = LOG_KEEP) -> None:
    """Keep the log small: a log over ``limit`` bytes becomes ``.1`` (``.1`` becomes ``.2``, …; ``keep`` old logs).

    Done once, when the program starts: a session writes a few lines, far from ``limit``.  (Not
    ``logging.handlers.RotatingFileHandler``: importing ``logging.handlers`` costs some 4 ms of every start.)
    A log that cannot be moved (another Equipment Desk has it open) is left to grow until the next start.
    """
    aside = path.with_name(f"{path.name}.rotating")
    try:
        if path.stat().st_size <= limit:
            return
        os.replace(path, aside)  # first: when the log cannot be moved, the old logs stay as they are
    except OSError:
        return
    try:
        for number in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    except OSError:
        pass
    try:
        os.replace(aside, path.with_name(f"{path.name}.1"))
    except OSError:
        return


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log to ``equipment-desk.log`` in the data folder (rotated at 2 MB, see :func:`rotate_log`); returns its path."""
    folder = folder or data_folder()
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILENAME
        rotate_log(path)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        path = None
        handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return path


FALLBACK_LANGUAGE = "en"
"""The window's language where the system's has no translation of ours."""


def install_translations(app, language: str) -> list:  # noqa: ANN001 - QApplication
    """Load Qt's own and our translation for ``language`` ('' = the system's); returns the translators."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from equipment_desk.ui.resources import translations_dir

    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    translators = []
    folder = translations_dir()
    # equipment_desk_ru.qm and any other catalogue of ours
    names = sorted({path.stem.rsplit("_", 1)[0] for path in folder.glob("*_*.qm")}) if folder.is_dir() else []
    for name in names:
        translator = QTranslator(app)
        # A language we have no catalogue for (Windows in Kyrgyz, Kazakh, Uzbek...) gets the English one: the
        # sources' English has no plurals ("%n act(s)"), the English catalogue says "9 acts".
        if translator.load(locale, name, "_", str(folder)) or translator.load(f"{name}_{FALLBACK_LANGUAGE}", str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
    # Qt's own dialogs (file dialogs, message box buttons, the print dialog): Qt's folder, or the copy a frozen
    # program carries beside its Qt libraries
    import PySide6

    for qt_folder in (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                      str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")):
        qt_base = QTranslator(app)
        if qt_base.load(locale, "qtbase", "_", qt_folder):
            app.installTranslator(qt_base)
            translators.append(qt_base)
            break
    if translators:
        log.info("translations loaded: %s", ", ".join(Path(t.filePath()).name for t in translators))
    return translators


def parse_arguments(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """The window's own options from a full ``argv`` (the program's name first); what is left (Qt's own
    options, e.g. ``-platform offscreen``) goes on to Qt.  ``--help`` prints what the window accepts and exits."""
    parser = argparse.ArgumentParser(
        prog=Path(argv[0]).name if argv else "equipment-desk",
        description="Open the Equipment Desk window.",
        epilog="Qt's own options (e.g. -platform offscreen, -style fusion) are passed on to Qt. "
               "The headless commands are listed by: python -m equipment_desk --help")
    parser.add_argument("--db", metavar="PATH", type=lambda text: Path(text).expanduser(),
                        help="open this database (made when missing) instead of the one in the settings; "
                             "the settings keep theirs")
    return parser.parse_known_args(argv[1:])


def open_database_interactively(settings, parent=None, path: Path | None = None):  # noqa: ANN001, ANN201
    """Open the database from the settings; on an expected error explain it and offer another file.

    Returns the database, or None when the user gives up.
    """
    from equipment_desk.core.errors import DeskError
    from equipment_desk.store.database import DATABASE_FILENAME, default_database_path, open_database

    def before_migrate(db, opened: Path, pending: list[str]) -> None:  # noqa: ANN001
        """A backup (in the backup folder of the settings) before any schema change."""
        from equipment_desk.exchange.backup import backup_folder, make_before_migrate

        make_before_migrate(backup_folder(opened, settings.backup_folder), keep=settings.backup_keep)(db, opened, pending)

    if path is None:
        path = Path(settings.database_path) if settings.database_path else default_database_path()
    while True:
        try:
            db = open_database(path, before_migrate=before_migrate)
            log.info("opened database %s", path)
            return db, path
        except DeskError as error:
            log.warning("cannot open %s: %s", path, error)
            from PySide6.QtCore import QCoreApplication  # the dialogs load only when they are needed
            from PySide6.QtWidgets import QFileDialog, QMessageBox

            from equipment_desk.ui.errors import error_text, what_to_do

            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error_text(error), parent=parent)
            box.setInformativeText(what_to_do(error))
            choose = box.addButton(QCoreApplication.translate("app", "Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
            retry = box.addButton(QCoreApplication.translate("app", "Try again"), QMessageBox.ButtonRole.ResetRole)
            box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if clicked is retry:
                continue
            if clicked is not choose:
                return None, path
            chosen, _ = QFileDialog.getSaveFileName(
                parent, QCoreApplication.translate("app", "Choose or create a database"), str(path.parent / DATABASE_FILENAME),
                QCoreApplication.translate("app", "Equipment Desk database (*.sqlite);;All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not chosen:
                return None, path
            path = Path(chosen)
            settings.set("database_path", str(path))


def close_on_terminate(window) -> None:  # noqa: ANN001 - the main window
    """SIGTERM (the session ending, ``kill``) or Ctrl+C in a terminal closes the window as the user would:
    the work in hand is asked about, the exit backup is taken and the log says the program closed.

    Qt's event loop does not run Python's signal handlers by itself; the signal's wake-up byte on a
    socket pair, watched by Qt, lets Python run it at once.  (Not on Windows, which has no such signals.)
    """
    import signal

    if sys.platform == "win32":
        return
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    def woken() -> None:
        try:
            reader.recv(64)
        except OSError:
            pass

    notifier.activated.connect(woken)
    window._terminate_wakeup = (reader, writer, notifier)  # kept as long as the window

    def close(signum, frame) -> None:  # noqa: ANN001
        from PySide6.QtWidgets import QApplication, QDialog

        log.info("signal %s: closing the window", signum)
        for widget in QApplication.topLevelWidgets():  # a dialog open (the welcome) is cancelled first
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        window.close()

    signal.signal(signal.SIGTERM, close)
    signal.signal(signal.SIGINT, close)


def after_first_paint(window, work: Callable[[], None], *, at_latest_ms: int = 2000) -> None:  # noqa: ANN001 - a widget
    """Run ``work`` once ``window`` has been painted the first time, or after ``at_latest_ms`` if it never is
    (started minimised, or a platform that does not expose it).

    Qt paints a window while it handles the window's first exposure; ``work`` runs at the turn of the event loop
    after that.  Start-up leaves here what the user does not need in order to see the window and use it: the
    window's background work (the rest of a list's ids, the day's backup), the guard on wheel events, the
    handling of SIGTERM, the collector turned on again, and the welcome on an empty database (shown over the
    painted window).
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    handle = window.windowHandle()
    timer = QTimer(window)
    timer.setSingleShot(True)
    ran = False

    def run() -> None:
        nonlocal ran
        if ran:
            return
        ran = True
        timer.stop()
        handle.removeEventFilter(watch)
        work()

    class FirstExposure(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Expose and handle.isExposed():
                QTimer.singleShot(0, run)  # once the exposure is handled: the window is painted then
            return False

    watch = FirstExposure(window)
    handle.installEventFilter(watch)
    timer.timeout.connect(run)
    timer.start(at_latest_ms)


def end_of_start_up() -> None:
    """The window is shown: what starting made stays for good, so collections skip it from now on
    (``gc.freeze``), and the garbage collector, off while the program started, runs again (see
    :mod:`equipment_desk.ui.launch`)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    """Start the program; returns the exit code.  (The program starts through :mod:`equipment_desk.ui.launch`.)"""
    protect_python_singletons()
    import_pyside_without_source_reads()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from equipment_desk import __version__
    from equipment_desk.core.errors import DeskError
    from equipment_desk.store.context import set_user
    from equipment_desk.ui import errors
    from equipment_desk.ui.resources import icon
    from equipment_desk.ui.settings import APPLICATION, ORGANIZATION, DeskSettings

    argv = list(sys.argv if argv is None else argv)
    options, qt_arguments = parse_arguments(argv)
    argv = argv[:1] + qt_arguments
    try:  # portable: everything is written beside the program; say so at once when it cannot be
        places.require_portable_folder_writable()
        unwritable = None
    except DeskError as error:
        unwritable = error
    log_path = setup_logging()
    errors.set_log_file(log_path)
    log.info("Equipment Desk %s starting", __version__)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    settings_file = os.environ.get(SETTINGS_ENV_VAR) or places.portable_settings_file()
    settings = DeskSettings.at(settings_file) if settings_file else DeskSettings()
    install_translations(app, settings.ui_language)
    errors.install_excepthook()
    from equipment_desk.ui.accessibility import spoken_titles_wanted

    if spoken_titles_wanted(settings):  # before the first list's model is made
        from equipment_desk.ui.models import speak_column_titles

        speak_column_titles()
    if unwritable is not None:
        log.error("%s", unwritable)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, errors.error_text(unwritable))
        return 2
    if settings.get("user_name"):
        set_user(settings.get("user_name"))

    db, path = open_database_interactively(settings, path=options.db)
    if db is None:
        return 2
    from equipment_desk.store import queries
    from equipment_desk.ui.main_window import MainWindow
    from equipment_desk.ui.words import ui_language

    # The counts in the status bar wait for the first paint (counting 100,000 items is a few ms of the start).
    window = MainWindow(db=db, db_path=path, settings=settings, lang=ui_language(settings.ui_language), auto_backups=True,
                        counts_later=True)
    if window.background_tasks is not None:
        window.background_tasks.hold()  # the rest of the list's ids, read in a worker, once the window is painted
    window.show()

    def once_shown() -> None:
        if window.background_tasks is not None:
            window.background_tasks.release()
        from equipment_desk.ui.widgets.wheel import install_wheel_guard

        install_wheel_guard(app)  # a filter on every event would slow the start, and no wheel turns before
        close_on_terminate(window)
        end_of_start_up()
        counts = queries.counts(db=db)
        window.show_counts(counts)
        if queries.is_empty(db=db, counted=counts):  # the first start
            window.show_welcome()
        else:
            window.start_daily_backup()  # in the background: the window is usable at once

    after_first_paint(window, once_shown)
    code = app.exec()
    window.tasks.cancel_all()
    window.tasks.wait(10_000)
    window.db.close()  # after a restore, not the connection opened above
    log.info("Equipment Desk closed (exit code %s)", code)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
