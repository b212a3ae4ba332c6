"""Backups with the online backup API, keeping the last N, and a restore that checks first."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from equipment_desk.core.errors import NotOurDatabaseError, StorageError
from equipment_desk.exchange import backup
from equipment_desk.store import records
from equipment_desk.store.database import open_database
from equipment_desk.store.demo import load_demo


@pytest.fixture
def dbfile(tmp_path):
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    load_demo(db=db)
    db.close()
    return path


def test_backup_is_a_complete_copy_and_old_ones_are_pruned(dbfile, tmp_path):
    folder = tmp_path / "backups"
    db = open_database(dbfile)
    made = [backup.backup_database(db=db, folder=folder, keep=3, now=datetime(2018, 2, day, tzinfo=UTC)) for day in range(1, 6)]
    db.close()
    kept = backup.list_backups(folder)
    assert [b.path for b in kept] == made[:1:-1]
    assert not list(folder.glob(".*"))
    copy = sqlite3.connect(made[-1])
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT count(*) FROM act").fetchone()[0] == 9
    copy.close()
    assert backup.check_backup(made[-1]).acts == 9


def test_daily_backup_only_once_a_day(dbfile, tmp_path):
    db = open_database(dbfile)
    day = datetime(2018, 3, 1, 9, tzinfo=UTC)
    assert backup.backup_if_due(db=db, folder=tmp_path / "b", now=day) is not None
    assert backup.backup_if_due(db=db, folder=tmp_path / "b", now=day.replace(hour=17)) is None
    assert backup.backup_if_due(db=db, folder=tmp_path / "b", now=day.replace(day=2)) is not None
    db.close()


def test_before_migrate_hook_backs_up(dbfile, tmp_path):
    hook = backup.make_before_migrate(tmp_path / "mig")
    db = open_database(dbfile)
    hook(db, dbfile, ["0003_future"])
    db.close()
    assert [b.reason for b in backup.list_backups(tmp_path / "mig")] == ["migration"]


def test_restore_checks_keeps_current_and_replaces(dbfile, tmp_path):
    folder = tmp_path / "backups"
    db = open_database(dbfile)
    saved = backup.backup_database(db=db, folder=folder)
    records.create(db=db, kind=records.DONOR, data={"name_en": "Added after the backup"})
    db.close()
    kept = backup.restore_backup(backup_path=saved, database_path=dbfile, folder=folder)
    db = open_database(dbfile)
    assert db.execute("SELECT count(*) FROM donor WHERE name_en = 'Added after the backup'").fetchone()[0] == 0
    db.close()
    old = sqlite3.connect(kept)
    assert old.execute("SELECT count(*) FROM donor WHERE name_en = 'Added after the backup'").fetchone()[0] == 1
    old.close()


@pytest.mark.parametrize("damage", ["not sqlite", "foreign", "corrupt"])
def test_restore_refuses_a_bad_backup_and_touches_nothing(dbfile, tmp_path, damage):
    bad = tmp_path / "bad.sqlite"
    if damage == "not sqlite":
        bad.write_text("hello")
    elif damage == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE x (a)")
        conn.commit()
        conn.close()
    else:
        db = open_database(dbfile)
        saved = backup.backup_database(db=db, folder=tmp_path / "b")
        db.close()
        data = bytearray(saved.read_bytes())
        data[4096 * 3: 4096 * 3 + 200] = b"\xff" * 200
        bad.write_bytes(bytes(data))
    before = dbfile.read_bytes()
    with pytest.raises((NotOurDatabaseError, StorageError)):
        backup.restore_backup(backup_path=bad, database_path=dbfile, folder=tmp_path / "b2")
    assert dbfile.read_bytes() == before
    assert not (tmp_path / "b2").exists()


def test_restore_refuses_a_backup_whose_acts_do_not_verify(dbfile, tmp_path):
    db = open_database(dbfile)
    saved = backup.backup_database(db=db, folder=tmp_path / "b")
    db.close()
    conn = sqlite3.connect(saved)
    conn.execute("DROP TRIGGER act_frozen_update")
    conn.execute("UPDATE act SET content_json = replace(content_json, 'Bishkek', 'Bishkeq') WHERE number = 'ROCA-2018-0001'")
    conn.commit()
    conn.close()
    with pytest.raises(NotOurDatabaseError, match="does not pass the check"):
        backup.check_backup(saved)


TAMPERING = {
    # what the whole check finds and checking each act and the chains alone did not
    "a guard dropped": ["DROP TRIGGER act_log_append_only_delete"],
    "the journal's last entry cut off": [
        "DROP TRIGGER act_log_append_only_delete", "DROP TRIGGER act_log_head_follows",
        "DELETE FROM act_log WHERE pos = (SELECT max(pos) FROM act_log)",
        "UPDATE act_log_head SET pos = pos - 1, hash = (SELECT hash FROM act_log WHERE pos = (SELECT max(pos) FROM act_log))",
        "CREATE TRIGGER act_log_append_only_delete BEFORE DELETE ON act_log "
        "BEGIN SELECT RAISE(ABORT, 'the journal of sealed acts cannot be changed'); END"],
    "a kept stock figure changed": ["DROP TRIGGER item_handed_over_within_stock_update",
                                    "UPDATE item_handed_over SET quantity = quantity + 1 WHERE item_id = (SELECT min(item_id) FROM item_handed_over)"],
    "a reference to a missing record": ["PRAGMA foreign_keys = OFF", "UPDATE item SET programme_id = 999999 WHERE id = (SELECT min(id) FROM item)"],
}


@pytest.mark.parametrize("tampering", list(TAMPERING))
def test_restore_refuses_a_backup_that_fails_the_whole_check_and_touches_nothing(dbfile, tmp_path, tampering):
    """The backup is read as ``check`` reads a database, not only act by act: a backup ``check`` would fault is refused."""
    db = open_database(dbfile)
    saved = backup.backup_database(db=db, folder=tmp_path / "b")
    db.close()
    conn = sqlite3.connect(saved, isolation_level=None)
    for statement in TAMPERING[tampering]:
        conn.execute(statement)
    conn.close()
    found = backup.whole_check(saved)
    assert found, "the tampering must be something check finds"
    if tampering == "a kept stock figure changed":
        found = [line for line in found if not line.startswith("guard: ")]
        assert found and found[0].startswith("stock: "), found
    before = dbfile.read_bytes()
    with pytest.raises(NotOurDatabaseError, match="does not pass the check"):
        backup.restore_backup(backup_path=saved, database_path=dbfile, folder=tmp_path / "kept")
    assert dbfile.read_bytes() == before
    assert not (tmp_path / "kept").exists()


def test_the_whole_check_reads_a_copy_and_leaves_the_backup_as_it_was(dbfile, tmp_path):
    db = open_database(dbfile)
    saved = backup.backup_database(db=db, folder=tmp_path / "b")
    db.close()
    before = saved.read_bytes()
    assert backup.whole_check(saved) == []
    assert saved.read_bytes() == before
    assert sorted(p.name for p in saved.parent.iterdir()) == [saved.name]


HOLDERS = {
    # another program with the database open and idle (the window), or in the middle of a write (an import)
    "an open connection": "db.execute('SELECT count(*) FROM donor').fetchone()",
    "a write transaction": "db.execute('BEGIN IMMEDIATE'); db.execute(\"UPDATE setting SET value = value\")",
}


@pytest.mark.parametrize("holding", list(HOLDERS))
def test_restore_is_refused_while_another_process_has_the_database_open(dbfile, tmp_path, holding, capsys):
    import subprocess
    import sys

    from equipment_desk.cli import main
    from equipment_desk.core.errors import DatabaseLockedError

    folder = tmp_path / "backups"
    db = open_database(dbfile)
    saved = backup.backup_database(db=db, folder=folder)
    records.create(db=db, kind=records.DONOR, data={"name_en": "Added after the backup"})
    db.close()
    script = ("import sys, time\n"
              "from equipment_desk.store.database import open_database\n"
              f"db = open_database({str(dbfile)!r})\n"
              f"{HOLDERS[holding]}\n"
              "print('holding', flush=True)\n"
              "sys.stdin.readline()\n")
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(DatabaseLockedError, match="open in another program or window"):
            backup.restore_backup(backup_path=saved, database_path=dbfile, folder=folder)
        assert main(["--db", str(dbfile), "restore", str(saved)]) == 2
        assert "is open in another program or window" in capsys.readouterr().err
    finally:
        holder.communicate("\n", timeout=30)
    assert [b.reason for b in backup.list_backups(folder)] == ["manual"]  # no copy kept: nothing was done
    db = open_database(dbfile)
    assert db.execute("SELECT count(*) FROM donor WHERE name_en = 'Added after the backup'").fetchone()[0] == 1
    db.close()
    # once the other program has closed it, the restore goes ahead
    assert main(["--db", str(dbfile), "restore", str(saved)]) == 0
    db = open_database(dbfile)
    assert db.execute("SELECT count(*) FROM donor WHERE name_en = 'Added after the backup'").fetchone()[0] == 0
    db.close()


def test_restore_over_a_damaged_database_keeps_the_damaged_file(dbfile, tmp_path):
    folder = tmp_path / "backups"
    db = open_database(dbfile)
    saved = backup.backup_database(db=db, folder=folder)
    db.close()
    dbfile.write_bytes(b"this is no longer a database" * 100)
    kept = backup.restore_backup(backup_path=saved, database_path=dbfile, folder=folder)
    assert kept.read_bytes().startswith(b"this is no longer a database")
    db = open_database(dbfile)
    assert db.execute("SELECT count(*) FROM act").fetchone()[0] == 9
    db.close()


@pytest.mark.parametrize("link", ["hard", "symbolic"])
def test_restoring_the_database_from_itself_under_another_name_is_refused_at_once(dbfile, tmp_path, link):
    """A hard link to the database is the database under another name: restoring from it held the database
    exclusively and then waited for ever for itself (SQLite's backup of a file onto itself), the window frozen."""
    import os
    import subprocess
    import sys

    other = tmp_path / "kept-copy.sqlite"
    (os.link if link == "hard" else os.symlink)(dbfile, other)
    before = dbfile.read_bytes()
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "equipment_desk", "--db", str(dbfile), "restore", str(other)],
                          capture_output=True, text=True, timeout=60, cwd=root)
    assert done.returncode == 2, done.stderr
    assert "is the database itself" in done.stderr
    assert dbfile.read_bytes() == before


def test_two_databases_backed_up_into_one_folder_keep_their_own_backups(tmp_path):
    # a second database (another office's register, a test copy) with the same backup folder in the settings
    folder = tmp_path / "shared"
    first, second = open_database(tmp_path / "first.sqlite"), open_database(tmp_path / "second.sqlite")
    try:
        first_id, second_id = backup.database_id(first.conn), backup.database_id(second.conn)
        assert first_id and second_id and first_id != second_id
        start = datetime(2018, 2, 1, 9, 0, tzinfo=UTC)
        for hour in range(3):
            backup.backup_database(db=first, folder=folder, keep=2, now=start.replace(hour=9 + hour))
        for hour in range(5):
            backup.backup_database(db=second, folder=folder, keep=2, now=start.replace(hour=12 + hour))
        mine = backup.list_backups(folder, first_id)
        assert [b.taken_at.hour for b in mine] == [11, 10]  # its own two newest: the other's five never pushed them out
        assert {b.database for b in mine} == {first_id}
        assert [b.taken_at.hour for b in backup.list_backups(folder, second_id)] == [16, 15]
        assert len(backup.list_backups(folder)) == 4
        # the daily backup looks at the database's own backups only
        assert backup.backup_if_due(db=first, folder=folder, now=start.replace(day=2)) is not None
        assert backup.backup_if_due(db=second, folder=folder, now=start.replace(day=2, hour=18)) is not None
    finally:
        first.close()
        second.close()


def test_a_copy_of_a_database_is_the_same_database_and_old_names_are_never_rotated(tmp_path):
    import shutil

    folder = tmp_path / "b"
    db = open_database(tmp_path / "db.sqlite")
    try:
        folder.mkdir()
        legacy = folder / "equipment-desk-20170101-090000-exit.sqlite"  # named before backups carried their database
        shutil.copyfile(tmp_path / "db.sqlite", legacy)
        made = backup.backup_database(db=db, folder=folder, keep=1)
        assert backup.database_id(sqlite3.connect(made)) == backup.database_id(db.conn)
        backup.backup_database(db=db, folder=folder, keep=1, now=datetime(2030, 1, 1, tzinfo=UTC))
        assert legacy.exists() and not made.exists()
        assert [b.database for b in backup.list_backups(folder, backup.database_id(db.conn))] == [backup.database_id(db.conn), None]
    finally:
        db.close()
