"""Every command that writes a file refuses, with exit 2, to write over the database, its files or a backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from equipment_desk.cli import main
from equipment_desk.store.database import open_database


def run(db: Path, *args) -> int:
    return main(["--db", str(db), *map(str, args)])


def first_act(db: Path) -> str:
    conn = open_database(db)
    try:
        return conn.execute("SELECT number FROM act WHERE number IS NOT NULL ORDER BY number").fetchone()[0]
    finally:
        conn.close()


def writers(number: str) -> dict[str, list[str]]:
    """Each writing command, with ``{out}`` where its output file goes."""
    return {
        "certificate": ["certificate", number, "-o", "{out}"],
        "certificates": ["certificates", "--from", "2018-01-01", "--to", "2018-12-31", "-o", "{out}"],
        "donor-report": ["donor-report", "--programme", "XAC/Z60", "--from", "2018-01-01", "--to", "2018-12-31",
                         "-o", "{out}"],
        "items export": ["items", "export", "{out}"],
        "export lines": ["export", "lines", "{out}"],
        "export acts": ["export", "acts", "{out}"],
        "report --xlsx": ["report", "--xlsx", "{out}"],
    }


@pytest.mark.parametrize("command", list(writers("X")))
@pytest.mark.parametrize("target", ["database", "wal", "shm", "journal", "symlink", "backup", "folder"])
def test_a_writing_command_never_writes_over_data(demo_db_path: Path, tmp_path: Path, command: str, target: str,
                                                  capsys: pytest.CaptureFixture) -> None:
    # the database and a kept backup may carry any name, even the one the command's output wants
    ext = ".xlsx" if "export" in command or "xlsx" in command else ".pdf"
    database = tmp_path / f"register{ext}"
    demo_db_path.rename(database)
    backup = tmp_path / "backups" / f"kept{ext}"
    backup.parent.mkdir()
    shutil.copyfile(database, backup)
    link = tmp_path / f"act{ext}"
    link.symlink_to(database)
    out = {
        "database": database,
        "wal": Path(f"{database}-wal"),
        "shm": Path(f"{database}-shm"),
        "journal": Path(f"{database}-journal"),
        "symlink": link,
        "backup": backup,
        "folder": tmp_path,
    }[target]
    before = {path: path.read_bytes() for path in (database, backup)}
    args = [str(out) if part == "{out}" else part for part in writers(first_act(database))[command]]
    code = run(database, *args)
    error = capsys.readouterr().err
    assert code == 2, error
    if not (target in ("wal", "shm", "journal", "folder") and ext == ".xlsx"):  # those fail for their suffix first
        assert "never written over" in error or "is a folder" in error, error
    assert {path: path.read_bytes() for path in (database, backup)} == before
    assert open_database(database).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_sync_export_and_backup_refuse_the_database(demo_db_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture) -> None:
    link = tmp_path / "bundle.zip"
    link.symlink_to(demo_db_path)
    before = demo_db_path.read_bytes()
    assert run(demo_db_path, "sync", "export", link) == 2
    assert "never written over" in capsys.readouterr().err
    assert run(demo_db_path, "backup", "--to", demo_db_path) == 2
    assert "not a folder" in capsys.readouterr().err
    assert demo_db_path.read_bytes() == before


def test_an_ordinary_output_is_still_written(demo_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "act.pdf"
    out.write_bytes(b"an older print")
    assert run(demo_db_path, "certificate", first_act(demo_db_path), "-o", out) == 0
    assert out.read_bytes().startswith(b"%PDF")
