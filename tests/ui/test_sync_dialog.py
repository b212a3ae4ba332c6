"""The exchange dialog shows what a bundle adds, updates and refuses before merging; the backup dialog."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from equipment_desk.exchange import backup
from equipment_desk.exchange.sync import export_bundle
from equipment_desk.store import settings as store_settings
from equipment_desk.store.database import open_database
from equipment_desk.store.demo import load_demo
from equipment_desk.ui import backup_dialog as backup_dialog_module
from equipment_desk.ui import sync_dialog as sync_dialog_module
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.backup_dialog import BackupDialog, restore_into
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.sync_dialog import SyncDialog
from equipment_desk.ui.tasks import TaskRunner

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def bundle(tmp_path):
    source = open_database(memory=True)
    load_demo(db=source)
    path = tmp_path / "hq.zip"
    export_bundle(db=source, path=path)
    source.close()
    return path


@pytest.fixture
def field():
    db = open_database(memory=True)
    store_settings.set_settings(db=db, values={"office_code": "BISH"})
    yield db
    db.close()


def test_preview_then_merge(qtbot, field, bundle, qtmodeltester):
    dialog = SyncDialog(db=field, tasks=TaskRunner(db=field, synchronous=True))
    qtbot.addWidget(dialog)
    merged = []
    dialog.merged.connect(merged.append)
    dialog.bundle_edit.setText(str(bundle))
    dialog.check_bundle()
    qtmodeltester.check(dialog.changes_model)
    assert dialog.changes_model.rowCount() == 109
    assert "109 to add" in dialog.receive_label.text() and "Nothing has been written" in dialog.receive_label.text()
    assert field.execute("SELECT count(*) FROM act").fetchone()[0] == 0
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    assert field.execute("SELECT count(*) FROM act").fetchone()[0] == 9
    assert merged and merged[0].applied
    assert not dialog.merge_button.isEnabled()
    dialog.check_bundle()  # the same bundle again: nothing to do
    assert dialog.changes_model.rowCount() == 0 and not dialog.merge_button.isEnabled()


def test_refusals_are_listed_first_with_their_reason(qtbot, field, bundle, tmp_path):
    other = open_database(memory=True)
    store_settings.set_settings(db=other, values={"office_code": "ROCA"})
    other.execute("INSERT INTO programme (uuid, code, name_en, created_at, updated_at) VALUES "
                  "('00000000-0000-4000-8000-000000000001', 'XAC/Z60', 'Another programme', '2018-01-01T00:00:00Z', '2018-01-01T00:00:00Z')")
    dialog = SyncDialog(db=other, tasks=TaskRunner(db=other, synchronous=True))
    qtbot.addWidget(dialog)
    dialog.bundle_edit.setText(str(bundle))
    dialog.check_bundle()
    model = dialog.changes_model
    assert model.index(0, 0).data() == "refused"
    assert "XAC/Z60" in model.index(0, 3).data()
    assert "refused" in dialog.receive_label.text()


def test_refusal_reasons_are_shown_in_russian(qtbot, bundle, russian):
    other = open_database(memory=True)
    store_settings.set_settings(db=other, values={"office_code": "ROCA"})
    other.execute("INSERT INTO programme (uuid, code, name_en, created_at, updated_at) VALUES "
                  "('00000000-0000-4000-8000-000000000001', 'XAC/Z60', 'Another programme', '2018-01-01T00:00:00Z', '2018-01-01T00:00:00Z')")
    dialog = SyncDialog(db=other, tasks=TaskRunner(db=other, synchronous=True))
    qtbot.addWidget(dialog)
    dialog.bundle_edit.setText(str(bundle))
    dialog.check_bundle()
    model = dialog.changes_model
    rows = [[model.index(row, column).data() for column in range(4)] for row in range(model.rowCount())]
    assert rows[0] == ["отклонено", "программа", "XAC/Z60",
                       "конфликт: код XAC/Z60 уже есть у другой записи здесь (программа, 00000000-0000-4000-8000-000000000001)"]
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == rows[0][3]
    refused = [row for row in rows if row[0] == "отклонено"]
    assert len(refused) == 67
    assert {row[3] for row in refused if row[1] == "позиция имущества"} == {"связанная запись (программа) отклонена"}
    assert {row[3] for row in refused if row[1] == "вложение"} == {"запись, к которой относится вложение, отклонена"}
    chain = [row[3] for row in refused if row[1] == "акт" and "цепочке" in row[3]]
    assert chain[0] == ("конфликт: предшествующего ему акта в цепочке офиса ROCA (место 1) нет ни здесь, ни в пакете; "
                        "запросите пакет со всеми записями")
    assert len(chain) == 7
    drafts = [row[2] for row in rows if row[1] == "акт" and row[2].startswith("проект")]
    assert len(drafts) == 1 and re.fullmatch(r"проект от \d\d\.\d\d\.\d{4}", drafts[0])
    assert "пока какая-либо запись отклонена, ничего не переносится" in dialog.receive_label.text()
    assert not dialog.merge_button.isEnabled()
    assert re.search(r"Пакет офиса ROCA от \d\d\.\d\d\.\d{4} \d\d:\d\d UTC\.", dialog.receive_label.text())
    other.close()


def test_broken_bundle_is_refused_with_the_reason(qtbot, field, bundle, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(sync_dialog_module.errors, "show_error", lambda parent, error: shown.append(error))
    broken = tmp_path / "broken.zip"
    broken.write_bytes(bundle.read_bytes()[:1000])
    dialog = SyncDialog(db=field, tasks=TaskRunner(db=field, synchronous=True))
    qtbot.addWidget(dialog)
    dialog.bundle_edit.setText(str(broken))
    dialog.check_bundle()
    assert shown and "truncated" in dialog.receive_label.text()
    assert not dialog.merge_button.isEnabled()


def test_send_a_bundle(qtbot, tmp_path):
    db = open_database(memory=True)
    load_demo(db=db)
    dialog = SyncDialog(db=db, tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(dialog)
    dialog.office_edit.setText("bish")
    assert "No bundle was sent to BISH" in dialog.last_sent_label.text()
    dialog.send_path.setText(str(tmp_path / "out.zip"))
    dialog.send_bundle()
    assert (tmp_path / "out.zip").exists() and "items: 78" in dialog.send_label.text()
    assert "Changes since" in dialog.last_sent_label.text()


def test_backup_dialog_backs_up_and_requests_a_checked_restore(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    load_demo(db=db)
    settings = DeskSettings.at(tmp_path / "settings.ini")
    settings.set("backup_folder", str(tmp_path / "backups"))
    dialog = BackupDialog(db=db, db_path=path, settings=settings, tasks=TaskRunner(db=db, synchronous=True))
    qtbot.addWidget(dialog)
    assert dialog.list.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.back_up_now()
    assert dialog.list.rowCount() == 1
    requested = []
    dialog.restore_requested.connect(requested.append)
    dialog.restore_selected(confirm=False)
    assert requested == [dialog.selected_backup()]
    shown = []
    monkeypatch.setattr(backup_dialog_module.errors, "show_error", lambda parent, error: shown.append(error))
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    dialog.restore_selected(str(bad), confirm=False)
    assert shown and len(requested) == 1
    db.close()
    kept = restore_into(backup_path=requested[0], database_path=path, settings=settings)
    assert kept is not None and kept.parent == tmp_path / "backups"
    assert backup.check_backup(path).acts == 9
