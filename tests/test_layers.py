"""The layers: nothing below ui/ imports Qt, arrows point down only, and only store/ writes acts and items."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "equipment_desk"
ALLOWED = {
    "core": {"core"},
    "store": {"core", "store"},
    "analytics": {"core", "store", "analytics"},
    "documents": {"core", "store", "analytics", "documents"},
    "exchange": {"core", "store", "analytics", "exchange"},
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


STORE_ONLY_TABLES = ("act", "act_line", "item", "attachment")
"""Tables no module outside ``store/`` may write: an act's life and the stock have one owner."""
_SQL_WRITE = re.compile(r"\b(?:INSERT\s+(?:OR\s+[A-Z]+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+[A-Z]+)?|DELETE\s+FROM)\s+[\"'`\[]?(\w+|\{\})")
_SQLITE_UTILS_WRITES = {"insert", "insert_all", "update", "upsert", "upsert_all", "delete", "delete_where", "replace"}


def _string_of(node: ast.AST) -> str | None:
    """A string constant as written, an f-string with ``{}`` where its values go."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)
    return None


def _is_database(node: ast.AST) -> bool:
    """``db``, ``self.db``, ``target_db``, ``database`` …: what the code calls a database."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name.endswith("db") or name.endswith("database")


def _table_of(node: ast.AST) -> str | None:
    """The table of ``db["act"]`` or ``db.table("act")`` ("{}" when it is named at run time), else None."""
    if isinstance(node, ast.Subscript) and _is_database(node.value):
        key = node.slice
        return key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else "{}"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "table" and node.args:
        first = node.args[0]
        return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else "{}"
    return None


def store_only_writes(source: str) -> list[str]:
    """Writes to :data:`STORE_ONLY_TABLES` in ``source``: SQL text (a table named at run time counts) and sqlite-utils calls."""
    found = []
    tree = ast.parse(source)
    strings = [n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)]
    inside_fstrings = {id(part) for n in strings for part in n.values}
    for node in ast.walk(tree):
        text = None if id(node) in inside_fstrings else _string_of(node)
        if text is not None:
            for match in _SQL_WRITE.finditer(text):
                table = match.group(1)
                if table in STORE_ONLY_TABLES or table == "{}":
                    found.append(f"line {node.lineno}: {match.group(0)!r}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SQLITE_UTILS_WRITES:
            table = _table_of(node.func.value)
            if table in STORE_ONLY_TABLES or table == "{}":
                found.append(f"line {node.lineno}: {table}.{node.func.attr}()")
    return found


def test_the_scan_for_writes_finds_them() -> None:
    source = (
        'db.execute("UPDATE act SET status = ?", [s])\n'
        'db.execute(f"INSERT INTO {table} (a) VALUES (?)", [1])\n'
        'db.execute(f"DELETE FROM act_line WHERE id = {x}")\n'
        'db["item"].insert({"name": "x"})\n'
        'db.table("attachment").delete_where("id = 1")\n'
        'self.db[name].upsert({})\n'
        'chosen["attachment"].update(ids)\n'
        'db.execute("INSERT INTO programme_donor VALUES (?, ?)", [1, 2])\n'
        'db.execute("SELECT * FROM act WHERE status = \'draft\'")\n'
        'values.update(a=1)\n'
        '"""An update of an item."""\n'
    )
    assert sorted(int(found.split(":")[0].removeprefix("line ")) for found in store_only_writes(source)) == [1, 2, 3, 4, 5, 6]


def test_only_the_store_writes_acts_items_and_attachments() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "store") in path.parents:
            continue
        offenders += [f"{path.relative_to(PACKAGE)} {found}" for found in store_only_writes(path.read_text(encoding="utf-8"))]
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
