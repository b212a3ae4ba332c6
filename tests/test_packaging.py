"""The one-folder build's own checks, the Windows icon, and CI running the frozen smoke test after the tests."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module(name: str):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_check_names_what_is_missing_and_what_is_unused(tmp_path: Path) -> None:
    build = _module("build")
    folder = tmp_path / "EquipmentDesk"
    contents = folder / build.CONTENTS
    for relative in build.REQUIRED:
        (contents / relative).parent.mkdir(parents=True, exist_ok=True)
        (contents / relative).write_bytes(b"x")
    for name in build.EXECUTABLES:
        build.executable(folder, name).write_bytes(b"x")
    assert build.problems_in(folder) == []
    (contents / "resources" / "fonts" / "DejaVuSans.ttf").unlink()
    (contents / "resources" / "translations" / "equipment_desk_ru.ts").write_text("", encoding="utf-8")
    build.executable(folder, "equipment-desk-cli").unlink()
    problems = build.problems_in(folder)
    assert any("missing executable equipment-desk-cli" in p for p in problems)
    assert f"missing {build.CONTENTS}/resources/fonts/DejaVuSans.ttf" in problems
    assert any("does not use (*.ts)" in p for p in problems)


def test_the_windows_icon_holds_every_size_from_16_to_256() -> None:
    data = (ROOT / "packaging" / "equipment-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = {(data[6 + 16 * i] or 256) for i in range(count)}  # a width byte of 0 means 256
    assert {16, 32, 48, 256} <= sizes


def test_ci_runs_the_readme_test_command_first_then_freezes_and_smoke_tests() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    tests_at = ci.index('eval "$test_command"')
    assert tests_at < ci.index("packaging/build.py") < ci.index("packaging/smoke_test.py")
    assert '".[freeze]"' in ci


def test_the_spec_keeps_upx_off_and_the_window_without_a_console() -> None:
    spec = (ROOT / "packaging" / "equipment-desk.spec").read_text(encoding="utf-8")
    assert "upx=True" not in spec and spec.count("upx=False") >= 2
    assert "console=False" in spec and '"_rl_accel"' in spec and 'collect_submodules("reportlab.graphics.barcode")' in spec
    assert "version=version_info" in spec and "equipment-desk.ico" in spec


def test_pyproject_project_table_holds_only_what_installers_accept() -> None:
    """A stray key in [project] (an extra written outside optional-dependencies) makes `pip install -e .` fail in CI."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    allowed = {"name", "version", "description", "readme", "requires-python", "license", "license-files", "authors",
               "maintainers", "keywords", "classifiers", "urls", "scripts", "gui-scripts", "entry-points", "dependencies",
               "optional-dependencies", "dynamic"}
    assert set(project) <= allowed, set(project) - allowed
    assert {"test", "freeze"} <= set(project["optional-dependencies"])


def test_a_wheel_carries_every_resource_the_program_reads_where_places_finds_it(tmp_path: Path, monkeypatch) -> None:
    """pyproject's data-files put resources/ under <prefix>/share/EquipmentDesk/resources; places.py looks there."""
    import sys
    import tomllib

    from equipment_desk.core import places
    from equipment_desk.core.languages import CODES

    data_files = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["data-files"]
    carried = {Path(target).name: {path.relative_to(ROOT).as_posix() for pattern in patterns for path in ROOT.glob(pattern)}
               for target, patterns in data_files.items()}
    assert {f"resources/act_texts/{code}.toml" for code in CODES} == carried["act_texts"]
    assert {"resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf", "resources/fonts/DejaVu-LICENSE.txt"} <= carried["fonts"]
    assert "resources/translations/equipment_desk_ru.qm" in carried["translations"] and "resources/icons/app.svg" in carried["icons"]
    assert all(target.startswith(f"share/{places.APP_FOLDER}/resources/") for target in data_files)
    # an installed program (no checkout beside it) finds them under its prefix
    installed = tmp_path / "share" / places.APP_FOLDER / "resources"
    installed.mkdir(parents=True)
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    monkeypatch.setattr(places, "_PACKAGE", tmp_path / "site-packages" / "equipment_desk")
    assert places.resources_dir() == installed
