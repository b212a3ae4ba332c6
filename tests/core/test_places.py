"""Where the program's files are: resources in a checkout and frozen, data in the user folder or portable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from equipment_desk.core import places
from equipment_desk.core.errors import StorageError


def test_resources_of_a_checkout_hold_fonts_icons_and_translations() -> None:
    folder = places.resources_dir()
    assert (folder / "fonts" / "DejaVuSans.ttf").is_file()
    assert (folder / "icons" / "app.svg").is_file()
    assert any((folder / "translations").glob("*_ru.qm"))


def test_a_frozen_build_finds_its_resources_in_its_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "EquipmentDesk" / "_internal"
    (bundle / "resources").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "EquipmentDesk" / "equipment-desk"))
    assert places.resources_dir() == bundle / "resources"
    assert places.program_folder() == tmp_path / "EquipmentDesk"


def test_the_fonts_are_found_by_the_same_locator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from equipment_desk.documents.fonts import fonts_dir

    assert fonts_dir() == places.resource_path("fonts")
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setenv(places.RESOURCES_ENV_VAR, str(empty))
    with pytest.raises(StorageError, match="DejaVuSans.ttf is missing"):
        fonts_dir()


def test_a_missing_resources_folder_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(places, "_resource_candidates", lambda: [tmp_path / "nowhere"])
    with pytest.raises(StorageError, match="resources folder of Equipment Desk is missing"):
        places.resources_dir()


def test_portable_only_with_the_marker_and_only_frozen(tmp_path: Path) -> None:
    assert places.portable_data_folder(tmp_path, frozen=True) is None
    (tmp_path / places.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert places.portable_data_folder(tmp_path, frozen=True) == tmp_path / "data"
    assert places.portable_data_folder(tmp_path, frozen=False) is None


def test_an_unwritable_data_folder_is_said_clearly_and_nothing_is_made(tmp_path: Path) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(StorageError) as caught:
        places.require_writable(blocked)
    text = str(caught.value)
    assert str(blocked) in text and "cannot be written" in text and "portable.txt" in text
    places.require_writable(tmp_path / "fresh")
    assert list((tmp_path / "fresh").iterdir()) == []  # the test file is gone


PORTABLE_RUN = """
import sys
sys.frozen = True
sys.executable = {executable!r}
from equipment_desk.cli import main
raise SystemExit(main({argv!r}))
"""


def _run_portable(program: Path, home: Path, *argv: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EQUIPMENT_DESK_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"), LOCALAPPDATA=str(home / "local"))
    code = PORTABLE_RUN.format(executable=str(program / "equipment-desk-cli"), argv=list(argv))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])


def test_portable_cli_keeps_everything_beside_the_program(tmp_path: Path) -> None:
    program, home = tmp_path / "stick" / "EquipmentDesk", tmp_path / "home"
    program.mkdir(parents=True)
    home.mkdir()
    (program / places.PORTABLE_MARKER).write_text("", encoding="utf-8")
    result = _run_portable(program, home, "demo")
    assert result.returncode == 0, result.stderr
    assert (program / "data" / "equipment-desk.sqlite").is_file()
    assert list(home.rglob("*")) == []  # nothing written to the laptop
    result = _run_portable(program, home, "backup")
    assert result.returncode == 0, result.stderr
    assert list((program / "data" / "backups").glob("*.sqlite"))


def test_portable_cli_on_a_write_protected_stick_exits_2_and_says_why(tmp_path: Path) -> None:
    program, home = tmp_path / "stick", tmp_path / "home"
    program.mkdir()
    home.mkdir()
    (program / places.PORTABLE_MARKER).write_text("", encoding="utf-8")
    (program / "data").write_text("", encoding="utf-8")  # as root, permissions do not stop writes: a file stands in the way
    result = _run_portable(program, home, "demo")
    assert result.returncode == 2
    assert "cannot be written" in result.stderr and "portable.txt" in result.stderr
    assert list(home.rglob("*")) == []
