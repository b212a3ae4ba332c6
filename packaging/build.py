"""Build the one-folder program ``dist/EquipmentDesk/`` with PyInstaller, then check what it holds.

    python -m pip install -e ".[freeze]"      # the program and PyInstaller
    python packaging/build.py                 # -> dist/EquipmentDesk/equipment-desk(.exe), equipment-desk-cli(.exe)
    python packaging/smoke_test.py            # run the built folder as a user would (portable)

The same spec (``packaging/equipment-desk.spec``) builds the Linux folder here and the Windows
folder on a Windows machine (see ``packaging/README.md``).  The build is refused when a file the
program needs is missing from the folder, so a broken build never reaches anyone.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "equipment-desk.spec"
NAME = "EquipmentDesk"
EXECUTABLES = ("equipment-desk", "equipment-desk-cli")
CONTENTS = "_internal"
REQUIRED = (
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/DejaVuSans-Bold.ttf",
    "resources/fonts/DejaVu-LICENSE.txt",
    "resources/icons/app.svg",
    *(f"resources/act_texts/{code}.toml" for code in ("ru", "en", "kk", "ky", "tg", "uz", "uz-Cyrl", "tk")),
    "resources/icons/app-16.png",
    "resources/translations/equipment_desk_ru.qm",
    "PySide6/Qt/translations/qtbase_ru.qm",
    "petrovich/rules/rules.json",
    "docs/guide/en.md",
    "docs/guide/ru.md",
    "docs/screenshots/en/act-editor.png",
    "docs/screenshots/ru/act-editor.png",
)
"""Files the frozen program must hold, relative to its contents folder."""
UNWANTED = ("*.ts", "PySide6/Qt/translations/qtbase_de.qm", "*QtNetwork*", "*QtQml*", "*QtQuick*", "*WebEngine*", "tkinter", "*_tkinter*")
"""Patterns of what the program does not use and must not carry."""


def executable(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def problems_in(folder: Path) -> list[str]:
    """What is wrong with a built folder (empty when it is complete and carries nothing unused)."""
    found = []
    for name in EXECUTABLES:
        if not executable(folder, name).is_file():
            found.append(f"missing executable {executable(folder, name).name}")
    contents = folder / CONTENTS
    for relative in REQUIRED:
        if not (contents / relative).is_file():
            found.append(f"missing {CONTENTS}/{relative}")
    for pattern in UNWANTED:
        extra = sorted(str(path.relative_to(folder)) for path in contents.rglob(pattern))
        if extra:
            found.append(f"carries what it does not use ({pattern}): {', '.join(extra[:3])}")
    return found


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the folder is made (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's working folder")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('PyInstaller is not installed: python -m pip install -e ".[freeze]"', file=sys.stderr)
        return 2
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(args.dist), "--workpath", str(args.work), str(SPEC)]
    print("+", " ".join(command), flush=True)
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        print(f"PyInstaller failed (exit code {result.returncode})", file=sys.stderr)
        return 1
    folder = args.dist / NAME
    problems = problems_in(folder)
    for problem in problems:
        print(f"error: {folder}: {problem}", file=sys.stderr)
    if problems:
        return 1
    shutil.rmtree(args.work, ignore_errors=True)
    print(f"built {folder} ({folder_size(folder) / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
