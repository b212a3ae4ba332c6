"""The layers: nothing below ui/ imports Qt, and arrows point down only."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "equipment_desk"
ALLOWED = {
    "core": {"core"},
    "store": {"core", "store"},
    "documents": {"core", "store", "documents"},
    "exchange": {"core", "store", "documents", "exchange"},
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_qt_below_ui() -> None:
    offenders = []
    for layer in ALLOWED:
        for path in (PACKAGE / layer).rglob("*.py"):
            if any(name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6") for name in _imports(path)):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_layers_import_only_downwards() -> None:
    offenders = []
    for layer, allowed in ALLOWED.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in _imports(path):
                parts = name.split(".")
                if parts[0] == "equipment_desk" and len(parts) > 1 and parts[1] not in allowed and parts[1] != "__init__":
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_data_path_runs_without_qt() -> None:
    code = (
        "import sys\n"
        "import equipment_desk.core.money, equipment_desk.core.words, equipment_desk.store.acts, equipment_desk.store.demo\n"
        "import equipment_desk.store.check, equipment_desk.cli\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_importing_the_ui_guards_against_the_pyside6_refcount_bug() -> None:
    """Thousands of signal emissions must not abort the process (PySide6 6.12.0 on Python 3.11)."""
    code = (
        "import equipment_desk.ui\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "app = QCoreApplication([])\n"
        "class Emitter(QObject):\n"
        "    changed = Signal(object)\n"
        "emitter = Emitter()\n"
        "emitter.changed.connect(lambda value: None)\n"
        "for _ in range(20000):\n"
        "    emitter.changed.emit(1)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"


def test_the_pyside6_version_is_read_without_importing_pyside6() -> None:
    """The guard above decides by PySide6's release; reading it must not load PySide6 or importlib.metadata."""
    code = (
        "import sys\n"
        "from equipment_desk.ui import pyside_version\n"
        "loaded = [m for m in sys.modules if m.startswith('PySide6') or m == 'importlib.metadata']\n"
        "assert loaded == [], loaded\n"
        "found = pyside_version()\n"
        "import PySide6\n"
        "assert found == PySide6.__version__, (found, PySide6.__version__)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"


def test_the_frozen_program_reads_the_pyside6_version_from_pyside6_itself() -> None:
    """Frozen, there is no PySide6/_config.py nor package metadata: the guard must not silently stop protecting."""
    code = (
        "import sys, importlib.util\n"
        "sys.frozen = True\n"
        "importlib.util.find_spec = lambda name, *a: None  # as if the folder and the metadata were not there\n"
        "import equipment_desk.ui as ui\n"
        "import PySide6\n"
        "assert ui.pyside_version() == PySide6.__version__, ui.pyside_version()\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
