"""No output ever overwrites data: the one helper every written file goes through."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from equipment_desk.core.errors import InputError
from equipment_desk.core.files import PART_SUFFIX, atomic_output, check_output_path, write_file
from equipment_desk.store.database import open_database


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    db.execute("INSERT INTO setting (key, value) VALUES ('office_code', 'ROCA') "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    db.conn.commit()
    db.close()
    return path


def refused(path: Path, **kw) -> str:
    with pytest.raises(InputError) as caught:
        write_file(b"%PDF-1.4 not a database", path, **kw)
    return str(caught.value)


def test_the_database_and_its_files_are_refused(database: Path, tmp_path: Path) -> None:
    before = database.read_bytes()
    assert "never written over" in refused(database)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = database.with_name(database.name + suffix)
        existed = companion.exists()
        refused(companion)  # whether or not SQLite has the file at the moment
        assert companion.exists() == existed
    assert database.read_bytes() == before


def test_a_symlink_or_a_protected_name_reaching_the_database_is_refused(database: Path, tmp_path: Path) -> None:
    link = tmp_path / "act.pdf"
    link.symlink_to(database)
    refused(link)
    assert link.is_symlink()
    # a protected file is refused by name even before it holds anything (e.g. a new, empty database)
    empty = tmp_path / "new.sqlite"
    empty.touch()
    refused(empty, protected=[empty])
    refused(tmp_path / "new.sqlite-wal", protected=[empty])
    (tmp_path / "sub").mkdir()
    refused(tmp_path / "sub" / ".." / "new.sqlite", protected=[empty])


def test_another_letter_case_of_the_database_is_refused_where_the_disk_ignores_case(database: Path) -> None:
    other = database.with_name(database.name.upper())
    if not other.exists():
        pytest.skip("this file system tells letter cases apart")
    refused(other)


def test_a_kept_backup_and_a_folder_are_refused(database: Path, tmp_path: Path) -> None:
    from equipment_desk.exchange.backup import backup_database

    db = open_database(database)
    try:
        kept = backup_database(db=db, folder=tmp_path / "backups")
    finally:
        db.close()
    before = kept.read_bytes()
    refused(kept)
    assert kept.read_bytes() == before
    assert "is a folder" in refused(tmp_path)
    assert "does not exist" in refused(tmp_path / "missing" / "a.pdf")


def test_an_ordinary_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "act.pdf"
    target.write_bytes(b"old")
    write_file(b"new content", target)
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["act.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_part(tmp_path: Path) -> None:
    target = tmp_path / "act.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as temporary:
            temporary.write_bytes(b"half")
            raise RuntimeError("stopped")
    assert target.read_bytes() == b"old"
    assert not list(tmp_path.glob(f"*{PART_SUFFIX}"))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="a read-only folder needs POSIX and no root")
def test_a_read_only_folder_is_named_as_such(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(InputError) as caught:
            write_file(b"x", folder / "a.pdf")
        assert "cannot write in" in str(caught.value)
        assert "damaged" not in str(caught.value)
    finally:
        folder.chmod(0o700)


def test_a_path_is_returned_when_allowed(tmp_path: Path) -> None:
    assert check_output_path(tmp_path / "a.xlsx") == tmp_path / "a.xlsx"
