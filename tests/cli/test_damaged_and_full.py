"""A damaged database, a full disk, a read-only file: named as such, with what to do — never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from equipment_desk.cli import main
from equipment_desk.core.errors import NotOurDatabaseError, StorageError
from equipment_desk.store import database
from equipment_desk.store.database import storage_failure

PAGE = 4096


def damage(path: Path, pages: range) -> None:
    """Overwrite whole pages of the file with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    for page in pages:
        data[page * PAGE:(page + 1) * PAGE] = b"\xa5" * PAGE
    path.write_bytes(bytes(data))


def commands(tmp_path: Path) -> list[list[str]]:
    items = tmp_path / "items.csv"
    items.write_text("Category;Name;Serial number;Quantity;Unit value;Currency\noffice;Chair;K-1;1;10;USD\n",
                     encoding="utf-8")
    return [
        ["check"], ["acts", "list"], ["acts", "show", "ROCA-2018-0001"], ["items", "list"],
        ["items", "import", str(items)], ["export", "lines", str(tmp_path / "lines.xlsx")],
        ["export", "acts", str(tmp_path / "acts.csv")], ["report"], ["report", "unsigned"],
        ["sync", "export", str(tmp_path / "all.zip")], ["certificate", "1", "-o", str(tmp_path / "a.pdf")],
        ["audit"], ["settings"], ["backup", "--to", str(tmp_path / "backups")],
    ]


@pytest.mark.parametrize("where", ["the schema", "the middle", "the end"])
def test_every_command_names_a_damaged_database_and_what_to_do(demo_db_path: Path, tmp_path: Path, where: str,
                                                                capsys: pytest.CaptureFixture) -> None:
    pages = demo_db_path.stat().st_size // PAGE
    damage(demo_db_path, {"the schema": range(1, 3), "the middle": range(pages // 2, pages // 2 + 4),
                          "the end": range(pages - 6, pages - 1)}[where])
    check = main(["--db", str(demo_db_path), "check"])
    out = capsys.readouterr()
    assert check in (1, 2)
    assert "damaged" in out.out + out.err and "Restore the last backup" in out.out + out.err
    for args in commands(tmp_path):
        code = main(["--db", str(demo_db_path), *args])  # an escaping exception fails the test: no traceback
        out = capsys.readouterr()
        assert code in (0, 1, 2), args
        if code:
            text = out.out + out.err
            assert "Traceback" not in text
            if "damaged" in text:
                assert "Restore the last backup" in text, args


def _limited(monkeypatch: pytest.MonkeyPatch, pragma: str) -> None:
    """Every database the command line opens behaves like one on a full disk, or a read-only one."""
    original = database.open_database

    def opener(*args, **kwargs):
        db = original(*args, **kwargs)
        if pragma == "full":
            count = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {count}")
        else:
            db.execute("PRAGMA query_only = ON")
        return db

    monkeypatch.setattr(database, "open_database", opener)


@pytest.mark.parametrize(("state", "words"), [("full", "the disk is full"), ("read-only", "is read-only")])
def test_a_full_disk_or_a_read_only_file_is_named_as_such(db_path: Path, tmp_path: Path, monkeypatch, capsys,
                                                          state: str, words: str) -> None:
    source = tmp_path / "items.csv"
    source.write_text("Category;Name;Serial number;Quantity;Unit value;Currency\n"
                      + "".join(f"office;Chair with a long name {i};K-{i:05d};1;10;USD\n" for i in range(3000)),
                      encoding="utf-8")
    _limited(monkeypatch, state)
    assert main(["--db", str(db_path), "items", "import", str(source)]) == 2
    err = capsys.readouterr().err
    assert words in err and "damaged" not in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.undo()
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM item").fetchone()[0] == 0  # nothing half-written
    conn.close()


def test_sqlite_s_own_errors_are_told_apart_by_their_code(db_path: Path, tmp_path: Path) -> None:
    readonly = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        readonly.execute("UPDATE setting SET value = value")
    readonly.close()
    assert "read-only" in storage_failure(caught.value, db_path).text()

    full = sqlite3.connect(db_path)
    full.execute(f"PRAGMA max_page_count = {full.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as caught:
        full.execute("CREATE TABLE filler (x)")
        full.executemany("INSERT INTO filler VALUES (?)", [(b"x" * 4000,)] * 50)
    full.close()
    failure = storage_failure(caught.value, db_path)
    assert isinstance(failure, StorageError) and not isinstance(failure, NotOurDatabaseError)
    assert "the disk is full" in failure.text()

    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(db_path.read_bytes())
    data[100:PAGE] = b"\xa5" * (PAGE - 100)  # the header stands, the schema's first page is garbage
    damaged.write_bytes(bytes(data))
    conn = sqlite3.connect(damaged)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()
    failure = storage_failure(caught.value, damaged)
    assert isinstance(failure, NotOurDatabaseError) and "Restore the last backup" in failure.text()
    assert storage_failure(sqlite3.ProgrammingError("a bug")) is None


@pytest.mark.parametrize("state", ["read-only", "full"])
def test_opening_on_a_read_only_or_full_disk_is_not_called_damaged(db_path: Path, state: str) -> None:
    """Opening after an unclean close reads the write-ahead log, which needs to write: SQLite's refusal is named."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) if state == "read-only" else sqlite3.connect(db_path)
    if state == "full":
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    try:
        conn.execute("CREATE TABLE filler (x)")
        conn.executemany("INSERT INTO filler VALUES (?)", [(b"x" * 4000,)] * 50)
    except sqlite3.OperationalError as error:
        refusal = error
    conn.close()

    class Refusing:
        def execute(self, sql: str, *args):
            raise refusal

    with pytest.raises(StorageError) as caught:
        database._refuse_foreign_or_damaged(Refusing(), db_path)
    assert not isinstance(caught.value, NotOurDatabaseError)
    assert ("read-only" if state == "read-only" else "the disk is full") in caught.value.text()
