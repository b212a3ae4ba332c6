"""Killing the process (SIGKILL) part-way through an import, a sync import or a backup.

Afterwards the database passes its integrity check, holds none of the
interrupted operation (and all of it when run again), and every finalized
act still verifies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from equipment_desk.exchange import backup
from equipment_desk.exchange.sync import export_bundle
from equipment_desk.store import acts, settings
from equipment_desk.store.database import open_database
from equipment_desk.store.demo import load_demo

HELPER = Path(__file__).with_name("kill_helper.py")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


def kill_midway(*args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    process = subprocess.Popen([sys.executable, str(HELPER), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        line = process.stdout.readline().decode().strip()
        assert line == "midway", process.stderr.read().decode()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL


def state(path: Path) -> dict:
    db = open_database(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finalized = [i for (i,) in db.execute("SELECT id FROM act WHERE status <> 'draft'")]
        assert all(acts.verify_act(db=db, act_id=i) == [] for i in finalized)
        assert acts.verify_chains(db=db) == []
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("item", "act", "act_line", "attachment", "institution")}
    finally:
        db.close()


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    load_demo(db=db)
    db.close()
    return path


@pytest.mark.parametrize("operation", ["import", "import-end"])
def test_killed_import_leaves_nothing(demo, tmp_path, operation):
    source = tmp_path / "items.csv"
    source.write_text("Category;Name;Serial number;Quantity;Unit value;Currency\n"
                      + "".join(f"office;Chair {i};K-{i};1;10;USD\n" for i in range(2000)), encoding="utf-8")
    before = state(demo)
    kill_midway(operation, demo, source)
    assert state(demo) == before
    db = open_database(demo)
    from equipment_desk.exchange.importers import import_file

    assert import_file(db=db, kind="item", path=source).created == 2000
    db.close()
    assert state(demo)["item"] == before["item"] + 2000


@pytest.mark.parametrize("operation", ["sync", "sync-end"])
def test_killed_sync_import_leaves_nothing(demo, tmp_path, operation):
    bundle = tmp_path / "all.zip"
    source = open_database(demo)
    export_bundle(db=source, path=bundle)
    source.close()
    target = tmp_path / "field.sqlite"
    db = open_database(target)
    settings.set_settings(db=db, values={"office_code": "BISH"})
    db.close()
    before = state(target)
    kill_midway(operation, target, bundle)
    assert state(target) == before
    from equipment_desk.exchange.sync import import_bundle

    db = open_database(target)
    assert not import_bundle(db=db, path=bundle).refused
    db.close()
    assert state(target) == state(demo)


def test_killed_backup_leaves_no_backup_and_an_intact_database(demo, tmp_path):
    folder = tmp_path / "backups"
    before = state(demo)
    kill_midway("backup", demo, "-", folder)
    assert backup.list_backups(folder) == []
    assert state(demo) == before
    db = open_database(demo)
    made = backup.backup_database(db=db, folder=folder)
    db.close()
    assert backup.check_backup(made).acts == before["act"]


@pytest.mark.parametrize("operation", ["restore-check", "restore-keep", "restore-copy"])
def test_killed_restore_leaves_the_database_as_it_was(demo, tmp_path, operation):
    """Killed while the backup is checked, while the current database is copied aside, or half-way through copying
    the backup in: the database is exactly as it was (and passes check), no kept copy is half-written, and the
    restore run again goes through."""
    import sqlite3

    from equipment_desk.store import records
    from equipment_desk.store.check import check_database

    folder = tmp_path / "backups"
    db = open_database(demo)
    saved = backup.backup_database(db=db, folder=tmp_path / "made")
    for n in range(300):  # enough pages that the copy-in takes many steps
        records.create(db=db, kind=records.DONOR, data={"name_en": f"Donor added after the backup {n:03}" + " x" * 120})
    db.close()
    before = state(demo)
    kill_midway(operation, demo, saved, folder)
    assert state(demo) == before
    db = open_database(demo)
    try:
        assert check_database(db=db).ok
        assert db.execute("SELECT count(*) FROM donor WHERE name_en LIKE 'Donor added after the backup%'").fetchone()[0] == 300
    finally:
        db.close()
    kept = backup.list_backups(folder) if folder.exists() else []
    for info in kept:  # a kept copy under a backup's name is whole
        assert sqlite3.connect(info.path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    if operation != "restore-copy":
        assert kept == []
    backup.restore_backup(backup_path=saved, database_path=demo, folder=folder)
    db = open_database(demo)
    try:
        assert db.execute("SELECT count(*) FROM donor WHERE name_en LIKE 'Donor added after the backup%'").fetchone()[0] == 0
        assert check_database(db=db).ok
    finally:
        db.close()


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_killed_export_leaves_the_old_file_whole(demo, tmp_path, suffix):
    target = tmp_path / f"register.{suffix}"
    target.write_bytes(b"last month's register")
    kill_midway("export", demo, target)
    assert target.read_bytes() == b"last month's register"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("register")] == [target.name]


def test_a_new_backup_removes_what_a_killed_one_left(demo, tmp_path):
    folder = tmp_path / "backups"
    kill_midway("backup", demo, "-", folder)
    left = [p for p in folder.iterdir() if p.name.startswith(".")]
    assert left, "the killed backup left its unfinished file"
    for path in left:
        os.utime(path, (1_000_000_000, 1_000_000_000))  # long ago: no backup is still writing it
    db = open_database(demo)
    try:
        made = backup.backup_database(db=db, folder=folder)
    finally:
        db.close()
    assert sorted(folder.iterdir()) == [made]


def _everything(path: Path) -> dict:
    """Every row of every table (the bytes of attachments by their hash), and what check finds."""
    import hashlib

    from equipment_desk.store.check import check_database

    db = open_database(path)
    try:
        tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' "
                                                 "AND name NOT LIKE 'sqlite_%'")]
        rows = {table: [tuple(hashlib.sha256(v).hexdigest() if isinstance(v, bytes) else v for v in row)
                        for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid")] for table in tables}
        return {"rows": rows, "check": check_database(db=db).lines()}
    finally:
        db.close()


@pytest.mark.parametrize("write", ["finalize", "sign", "rescan", "void", "settings", "print"])
def test_a_write_killed_before_its_commit_leaves_nothing_and_check_passes(demo, tmp_path, write):
    """Finalizing, signing with a scan, replacing a scan, voiding, the settings and the record of a print: each is
    one transaction, so a kill just before its COMMIT leaves the register exactly as it was, and check passes."""
    from tests.scans import pdf_scan

    scan = tmp_path / "signed.pdf"
    scan.write_bytes(pdf_scan("signed and stamped"))
    before = _everything(demo)
    assert before["check"] == []
    kill_midway(f"commit-{write}", demo, scan)
    assert not list(tmp_path.glob("desk.sqlite-journal"))
    assert _everything(demo) == before
