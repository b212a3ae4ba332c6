"""Starting the program: logging, translations, opening the database, errors and the crash dialog."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from equipment_desk.core.errors import DatabaseLockedError, InputError, NotOurDatabaseError, Problem, RefusedError
from equipment_desk.ui import app as app_module
from equipment_desk.ui import crash_dialog, errors
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.resources import resource_path, resources_dir
from equipment_desk.ui.settings import DeskSettings

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring


def test_resources_are_found_in_the_checkout_and_a_frozen_build(tmp_path, monkeypatch):
    assert (resources_dir() / "fonts").is_dir()
    assert resource_path("icons", "acts.svg").is_file()
    frozen = tmp_path / "bundle"
    (frozen / "resources").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen), raising=False)
    resources_dir.cache_clear()
    try:
        assert resources_dir() == frozen / "resources"
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        resources_dir.cache_clear()


def test_icons_come_from_their_png_sizes_or_their_svg_or_are_empty(tmp_path, monkeypatch, qapp):
    from equipment_desk.ui import resources

    folder = tmp_path / "icons"
    folder.mkdir()
    source = resource_path("icons")
    for size in resources.ICON_SIZES:
        (folder / f"drawn-{size}.png").write_bytes((source / f"acts-{size}.png").read_bytes())
    (folder / "vector.svg").write_bytes((source / "acts.svg").read_bytes())
    (folder / "partial-16.png").write_bytes((source / "acts-16.png").read_bytes())  # one size only: the SVG is used
    monkeypatch.setattr(resources, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    resources.icon_files.cache_clear()
    resources.icon.cache_clear()
    try:
        drawn = resources.icon("drawn")
        assert sorted(size.width() for size in drawn.availableSizes()) == list(resources.ICON_SIZES)
        assert not resources.icon("vector").isNull()
        assert resources.icon("partial").isNull()  # neither every PNG size nor an SVG
        assert resources.icon("missing").isNull()
    finally:
        resources.icon_files.cache_clear()
        resources.icon.cache_clear()


def test_the_window_modules_are_listed_for_pyside_from_the_package_folders():
    from equipment_desk import ui

    names = set(ui.window_module_names())
    assert {"equipment_desk.ui.main_window", "equipment_desk.ui.widgets.columns", "equipment_desk.ui.acts",
            "equipment_desk.ui.acts.editor", "equipment_desk.ui.forms.records"} <= names
    assert not any("__" in name for name in names)  # no __init__, no __pycache__
    assert all(name.startswith("equipment_desk.ui.") for name in names)


PROGRAM_RUN = """
import gc, sys
import equipment_desk.ui.app as app
from equipment_desk.ui.launch import main

collector = []
shown_then = app.end_of_start_up

def end_of_start_up():
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    collector.append(gc.isenabled())
    shown_then()
    collector.append(gc.isenabled())
    window = [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"][0]
    collector.append(window.isVisible())
    from equipment_desk.ui.widgets.wheel import WheelOnlyWhenFocused

    collector.append(QApplication.instance().findChild(WheelOnlyWhenFocused) is not None)

    def quit_as_a_user_does():
        window.background_tasks.wait(60_000)  # the day's backup
        QApplication.processEvents()
        window.close()

    QTimer.singleShot(0, quit_as_a_user_does)

app.end_of_start_up = end_of_start_up
code = main()
print(collector, code)
"""


def test_the_program_starts_shows_its_window_and_closes_as_main_py_starts_it(tmp_path):
    """The whole start through the entry point: the collector is off while starting and on once the window is shown."""
    import os
    import subprocess

    from equipment_desk.store import demo
    from equipment_desk.store.database import open_database

    database = tmp_path / "desk.sqlite"
    db = open_database(database)
    demo.load_demo(db=db)
    db.close()
    settings = DeskSettings.at(tmp_path / "portable.ini")  # EQUIPMENT_DESK_SETTINGS: a portable install's settings
    settings.set("backup_folder", str(tmp_path / "usb-backups"))
    settings.sync()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EQUIPMENT_DESK_DB=str(database),
               EQUIPMENT_DESK_SETTINGS=str(tmp_path / "portable.ini"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", PROGRAM_RUN], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "[False, True, True, True] 0"
    log = (tmp_path / "data" / "EquipmentDesk" / "equipment-desk.log").read_text(encoding="utf-8")
    assert f"opened database {database}" in log and "Equipment Desk closed (exit code 0)" in log
    kept = sorted(path.name.rsplit("-", 1)[-1] for path in (tmp_path / "usb-backups").glob("*.sqlite"))
    assert kept == ["daily.sqlite", "exit.sqlite"]  # the day's backup, and the one taken on closing


def test_logging_goes_to_a_file(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    path = app_module.setup_logging(tmp_path)
    try:
        logging.getLogger("equipment_desk.test").warning("hello log")
        for handler in root.handlers:
            handler.flush()
        assert path == tmp_path / "equipment-desk.log"
        assert "hello log" in path.read_text(encoding="utf-8")
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_a_large_log_is_put_aside_at_start_and_only_the_last_three_are_kept(tmp_path):
    log = tmp_path / "equipment-desk.log"
    for number in (1, 2, 3):
        (tmp_path / f"equipment-desk.log.{number}").write_text(f"log {number}", encoding="utf-8")
    log.write_text("x" * 101, encoding="utf-8")
    app_module.rotate_log(log, limit=100)
    assert not log.exists()
    assert [(tmp_path / f"equipment-desk.log.{n}").read_text(encoding="utf-8") for n in (1, 2, 3)] == ["x" * 101, "log 1", "log 2"]
    assert not (tmp_path / "equipment-desk.log.4").exists()  # the oldest ("log 3") is gone
    log.write_text("x" * 100, encoding="utf-8")
    app_module.rotate_log(log, limit=100)  # not over the limit: left as it is
    assert log.read_text(encoding="utf-8") == "x" * 100
    app_module.rotate_log(tmp_path / "missing.log", limit=100)  # no log yet: nothing to do


def test_a_log_that_cannot_be_moved_keeps_the_old_logs(tmp_path, monkeypatch):
    """Another Equipment Desk holds the log open (Windows): nothing is rotated, nothing is lost."""
    log = tmp_path / "equipment-desk.log"
    for number in (1, 2, 3):
        (tmp_path / f"equipment-desk.log.{number}").write_text(f"log {number}", encoding="utf-8")
    log.write_text("x" * 101, encoding="utf-8")
    real_replace = app_module.os.replace

    def replace(source, target):
        if Path(source) == log:
            raise PermissionError("the file is in use")
        return real_replace(source, target)

    monkeypatch.setattr(app_module.os, "replace", replace)
    app_module.rotate_log(log, limit=100)
    assert log.read_text(encoding="utf-8") == "x" * 101
    assert [(tmp_path / f"equipment-desk.log.{n}").read_text(encoding="utf-8") for n in (1, 2, 3)] == ["log 1", "log 2", "log 3"]


def test_logging_appends_after_the_log_of_the_last_session(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    (tmp_path / "equipment-desk.log").write_text("last session\n", encoding="utf-8")
    path = app_module.setup_logging(tmp_path)
    try:
        logging.getLogger("equipment_desk.test").warning("this session")
        for handler in root.handlers:
            handler.flush()
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "last session" and lines[-1].endswith("WARNING equipment_desk.test: this session")
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_russian_translation_is_complete_for_what_users_see(qtbot):
    from PySide6.QtCore import QLocale

    app = QApplication.instance()
    previous_locale = QLocale()
    translators = app_module.install_translations(app, "ru")
    try:
        assert translators, "equipment_desk_ru.qm is missing from resources/translations"
        assert QCoreApplication.translate("MainWindow", "Handover acts") == "Акты приёма-передачи"
        from equipment_desk.ui.models import act_status_label, item_status_label

        assert item_status_label("partly_handed_over") == "Частично передано"
        assert act_status_label("signed") == "Подписан"
        assert errors.translate_template("is required") == "обязательное поле"
        assert errors.field_label("serial_number") == "Серийный номер"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)
    from equipment_desk.ui.models import item_status_label

    assert item_status_label("partly_handed_over") == "Partly handed over"


def test_expected_errors_become_messages_with_what_to_do():
    error = InputError([Problem("is required", field="name_en"), Problem("must be one of {choices}", params={"choices": "a, b"}, field="kind", row=3)])
    assert errors.error_text(error) == "Name (English): is required\nrow 3, Kind: must be one of a, b"
    assert "Close it and try again" in errors.what_to_do(DatabaseLockedError("locked"))
    assert "restore a backup" in errors.what_to_do(NotOurDatabaseError("{path} is not ours", path="x"))
    assert errors.error_text(RefusedError("act {number} is already void", number="ROCA-2018-0003")) == "act ROCA-2018-0003 is already void"


def test_what_the_database_refuses_reads_in_the_users_language(qtbot):
    """A trigger's words and SQLite's failed constraints reach a Russian user in Russian, fields by their labels."""
    from PySide6.QtCore import QLocale

    from equipment_desk.store.database import integrity_refusal

    trigger = integrity_refusal("a finalized act cannot be deleted; void it instead")
    unique = integrity_refusal("UNIQUE constraint failed: item.serial_number")
    late = InputError(Problem("the signing date {date} is in the future", params={"date": "2031-05-14"}, field="date"))
    early = InputError(Problem("the signing date {date} is before the act's date {act_date}",
                               params={"date": "2018-05-01", "act_date": "2018-05-20"}, field="date"))
    assert errors.error_text(unique) == "another record already has this serial number"
    assert errors.error_text(late) == "Date: the signing date 14.05.2031 is in the future"  # dates as they are written here
    assert errors.error_text(early) == "Date: the signing date 01.05.2018 is before the act's date 20.05.2018"
    assert errors.error_text(integrity_refusal("UNIQUE constraint failed: act.series, act.seq")) == (
        "another record already has this number series, number in the series")
    assert errors.error_text(integrity_refusal("NOT NULL constraint failed: item.name")) == "a required value is missing: name"
    app = QApplication.instance()
    previous_locale = QLocale()
    translators = app_module.install_translations(app, "ru")
    try:
        assert errors.error_text(trigger) == "оформленный акт удалить нельзя, его можно аннулировать"
        assert errors.error_text(unique) == "такое значение поля «серийный номер» уже есть у другой записи"
        assert "14.05.2031" in errors.error_text(late) and "signing" not in errors.error_text(late)
        tampered = NotOurDatabaseError("{path} does not pass the check ({count} finding(s), the first: {reason}); nothing was restored",
                                       path="b.sqlite", count=1,
                                       reason=Problem("its {field} differs from the signed content", params={"field": "office_code"}))
        text = errors.error_text(tampered)  # a message inside a message is translated too
        assert "поле «код офиса» отличается от подписанного содержимого" in text and "nothing" not in text
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


def test_show_error_uses_a_message_box_for_expected_errors(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())) or 0)
    errors.show_error(None, RefusedError("no way"))
    assert shown == [("no way", "Nothing was changed.")]


def test_unexpected_errors_show_the_crash_dialog_with_the_log_file(qtbot, monkeypatch, tmp_path):
    errors.set_log_file(tmp_path / "equipment-desk.log")
    seen = []

    def fake_exec(dialog):
        seen.append((dialog.log_label.text(), dialog.details.toPlainText()))
        return 0

    monkeypatch.setattr(crash_dialog.CrashDialog, "exec", fake_exec)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        caught = error
    previous = sys.excepthook
    errors.install_excepthook()
    try:
        sys.excepthook(type(caught), caught, caught.__traceback__)
    finally:
        sys.excepthook = previous
        errors.set_log_file(None)
    assert str(tmp_path / "equipment-desk.log") in seen[0][0]
    assert "ZeroDivisionError" in seen[0][1]


def test_crash_dialog_copies_details(qtbot):
    dialog = crash_dialog.CrashDialog("Traceback: boom")
    qtbot.addWidget(dialog)
    dialog.copy_details()
    assert "boom" in QApplication.clipboard().text()


def test_a_database_that_is_not_ours_gets_a_clear_message(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("this is not a database", encoding="utf-8")
    settings = DeskSettings.at(tmp_path / "s.ini")
    settings.set("database_path", str(bad))
    shown = []

    def answer_quit(box):
        shown.append((box.text(), box.informativeText()))
        box.buttons()  # the three choices
        quit_button = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole][0]
        monkeypatch.setattr(box, "clickedButton", lambda: quit_button)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_quit)
    db, path = app_module.open_database_interactively(settings)
    assert db is None and path == bad
    assert "is not an Equipment Desk database" in shown[0][0]
    assert "Choose another database file" in shown[0][1]
    assert bad.read_text(encoding="utf-8") == "this is not a database"


def test_a_good_database_opens(tmp_path):
    settings = DeskSettings.at(tmp_path / "s.ini")
    settings.set("database_path", str(tmp_path / "desk.sqlite"))
    db, path = app_module.open_database_interactively(settings)
    assert db is not None and path.exists()
    db.close()


@pytest.mark.parametrize("setting, expected", [("en", "en"), ("ru", "ru")])
def test_ui_language(setting, expected):
    from equipment_desk.ui.words import ui_language

    assert ui_language(setting) == expected


def test_a_backup_goes_to_the_backup_folder_before_a_migration(tmp_path, monkeypatch):
    from equipment_desk.exchange import backup
    from equipment_desk.store import database

    settings = DeskSettings.at(tmp_path / "s.ini")
    settings.set("database_path", str(tmp_path / "desk.sqlite"))
    settings.set("backup_folder", str(tmp_path / "my-backups"))
    hooks = []
    real_open = database.open_database

    def spy(path, **kwargs):
        hooks.append(kwargs["before_migrate"])
        return real_open(path, **kwargs)

    monkeypatch.setattr(database, "open_database", spy)
    db, path = app_module.open_database_interactively(settings)
    try:
        hooks[0](db, path, ["0099_future"])  # what open_database calls before it changes the schema
    finally:
        db.close()
    found = backup.list_backups(tmp_path / "my-backups")
    assert [b.reason for b in found] == ["migration"]


# --- the Russian catalogue -------------------------------------------------------------------------

import re  # noqa: E402
import xml.etree.ElementTree as ElementTree  # noqa: E402

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}|%\d|%n")


def catalogue(path):
    """(context, source, translation forms, finished) for every live message of a .ts file."""
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            finished = translation.get("type") != "unfinished" and bool(forms) and all(form.strip() for form in forms)
            yield name, message.find("source").text, forms, finished


def unfinished_messages(path):
    return [f"{name}: {source!r}" for name, source, _forms, finished in catalogue(path) if not finished]


def test_the_completeness_check_finds_an_unfinished_message(tmp_path):
    sample = tmp_path / "sample_ru.ts"
    sample.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ru">'
        "<context><name>MainWindow</name>"
        "<message><source>Backups…</source><translation>Резервные копии…</translation></message>"
        '<message><source>Quit</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n act(s)</source><translation><numerusform>%n акт</numerusform>'
        "<numerusform></numerusform><numerusform>%n актов</numerusform></translation></message>"
        '<message><source>Gone</source><translation type="vanished">Нет</translation></message>'
        "</context></TS>", encoding="utf-8")
    assert unfinished_messages(sample) == ["MainWindow: 'Quit'", "MainWindow: '%n act(s)'"]


def test_every_message_of_the_russian_catalogue_is_translated():
    path = resource_path("translations", "equipment_desk_ru.ts")
    left = unfinished_messages(path)
    assert not left, f"{len(left)} message(s) without a Russian translation, e.g. {left[:5]}"


def test_russian_translations_keep_their_placeholders():
    for name, source, forms, _finished in catalogue(resource_path("translations", "equipment_desk_ru.ts")):
        wanted = set(PLACEHOLDER.findall(source))
        for form in forms:
            found = set(PLACEHOLDER.findall(form))
            assert found <= wanted, f"{name}: {source!r} -> {form!r} has placeholders the program never fills"
            numbered = {p for p in wanted if p[1:].isdigit()}
            assert numbered <= found, f"{name}: {source!r} -> {form!r} drops {numbered - found}"


def test_the_new_windows_speak_russian(qtbot):
    from PySide6.QtCore import QLocale

    app = QApplication.instance()
    previous_locale = QLocale()
    translators = app_module.install_translations(app, "ru")
    try:
        assert QCoreApplication.translate("MainWindow", "Backups…") == "Резервные копии…"
        assert QCoreApplication.translate("ImportWizard", "Import from Excel or CSV") == "Импорт из Excel или CSV"
        assert QCoreApplication.translate("SyncDialog", "Merge") == "Объединить"
        assert QCoreApplication.translate("MainWindow", "Wrote %n row(s) to {file}.", "", 5) == "В файл {file} записано 5 строк."
        assert errors.translate_template("the file is empty") == "файл пуст"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


def test_a_portable_program_on_a_write_protected_stick_says_so_and_stops(qtbot, monkeypatch, tmp_path):
    from equipment_desk.core import places

    blocked = tmp_path / "stick" / "data"
    blocked.parent.mkdir()
    blocked.write_text("", encoding="utf-8")  # as root, permissions do not stop writes: a file stands in the way
    monkeypatch.setattr(places, "portable_data_folder", lambda *args, **kwargs: blocked)
    monkeypatch.setattr(app_module, "setup_logging", lambda folder=None: None)
    monkeypatch.setattr(app_module, "install_translations", lambda app, language: [])
    monkeypatch.setattr(errors, "install_excepthook", lambda: None)
    opened = []
    monkeypatch.setattr(app_module, "open_database_interactively", lambda *args, **kwargs: opened.append(args) or (None, None))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *args: shown.append(text))
    assert app_module.main([]) == 2
    assert len(shown) == 1 and str(blocked) in shown[0] and "cannot be written" in shown[0] and "portable.txt" in shown[0]
    assert opened == []  # no database was opened or made
    assert blocked.is_file()


def test_qt_own_dialogs_speak_russian(qtbot):
    from PySide6.QtCore import QLocale

    app = QApplication.instance()
    previous_locale = QLocale()
    translators = app_module.install_translations(app, "ru")
    try:
        assert any(Path(t.filePath()).name == "qtbase_ru.qm" for t in translators)
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


def test_db_opens_that_database_and_help_says_so(qtbot, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(app_module, "setup_logging", lambda folder=None: None)
    monkeypatch.setattr(app_module, "install_translations", lambda app, language: [])
    monkeypatch.setattr(errors, "install_excepthook", lambda: None)
    asked = []
    monkeypatch.setattr(app_module, "open_database_interactively",
                        lambda settings, parent=None, path=None: asked.append(path) or (None, None))
    assert app_module.main(["main.py", "--db", str(tmp_path / "office.sqlite")]) == 2
    assert asked == [tmp_path / "office.sqlite"]
    assert app_module.main(["main.py"]) == 2
    assert asked[-1] is None  # the settings' database
    with pytest.raises(SystemExit) as stopped:
        app_module.main(["main.py", "--help"])
    assert stopped.value.code == 0
    assert "--db PATH" in capsys.readouterr().out
    options, rest = app_module.parse_arguments(["main.py", "--db", "~/desk.sqlite", "-platform", "offscreen"])
    assert options.db == Path.home() / "desk.sqlite" and rest == ["-platform", "offscreen"]


def test_open_database_interactively_opens_the_path_given(tmp_path):
    settings = DeskSettings.at(tmp_path / "settings.ini")
    db, path = app_module.open_database_interactively(settings, path=tmp_path / "given.sqlite")
    try:
        assert path == tmp_path / "given.sqlite" and path.is_file()
        assert settings.database_path != str(path)
    finally:
        db.close()


@pytest.mark.parametrize("language", ["kk", "ky", "uz", "tg", "tk", "C", "de"])
def test_a_system_language_we_have_no_translation_for_shows_english_with_its_plurals(qtbot, language):
    # "As in the system" on a Windows in Kazakh or Kyrgyz read "9 act(s)": the sources' English has no plurals.
    from PySide6.QtCore import QLocale

    app = QApplication.instance()
    previous_locale = QLocale()
    translators = app_module.install_translations(app, language)
    try:
        assert [Path(t.filePath()).name for t in translators][:1] == ["equipment_desk_en.qm"]
        assert QCoreApplication.translate("MainWindow", "%n act(s)", "", 9) == "9 acts"
        assert QCoreApplication.translate("MainWindow", "%n act(s)", "", 1) == "1 act"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)
