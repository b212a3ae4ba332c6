"""Refresh the translation sources and compile them.

    python tools/update_translations.py            # lupdate + lrelease
    python tools/update_translations.py --release  # lrelease only

1. Collects the English message templates the core, store, exchange and documents raise with
   (``Problem("…")``, ``FieldError("…")``, ``…Error("…")``; an exchange bundle's
   refusals and notes, ``_Refused("…")`` and ``Message("…")``), and the store's
   trigger messages (``RAISE(ABORT, '…')``, which reach the user when SQLite
   refuses a write), into a temporary file as
   ``QT_TRANSLATE_NOOP("problems", "…")``, so the UI can translate them
   (``equipment_desk.ui.errors.translate_template``).
2. Runs ``pyside6-lupdate`` over every module of ``equipment_desk/ui`` and that
   file, updating ``resources/translations/equipment_desk_*.ts`` (translations
   already made are kept; vanished strings are dropped).
3. Runs ``pyside6-lrelease`` to write the ``.qm`` files the program loads.

Translate the ``.ts`` files with Qt Linguist (``pyside6-linguist``).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "en")
ERROR_CALLS = {"Problem", "FieldError", "_problem", "problem", "_Refused", "Message", "skipped_row", "_refuse"}
"""Calls whose first argument is a message template (besides every ``…Error(…)``)."""
TRIGGER_MESSAGE = re.compile(r"RAISE\(\s*ABORT\s*,\s*'((?:[^']|'')+)'\s*\)")
"""A trigger's message in the store's SQL; SQLite reports it as the error's text."""
PROBLEM_FOLDERS = ("core", "store", "analytics", "exchange", "documents")
"""The layers whose error message templates the UI translates (context ``problems``)."""


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def problem_templates() -> list[str]:
    """English templates passed to our error types below the UI (:data:`PROBLEM_FOLDERS`), and the store's trigger messages."""
    found: set[str] = set()
    for folder in PROBLEM_FOLDERS:
        for path in sorted((ROOT / "equipment_desk" / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if folder == "store" and isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.update(text.replace("''", "'") for text in TRIGGER_MESSAGE.findall(node.value))
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name in ERROR_CALLS or name.endswith("Error"):
                    text = _literal(node.args[0])
                    if text and text.strip() and text != "{reason}":
                        found.add(text)
    return sorted(found)


def write_problem_source(target: Path) -> None:
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for text in problem_templates():
        lines.append(f"QT_TRANSLATE_NOOP({'problems'!r}, {text!r})")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def ui_sources() -> list[Path]:
    """Every module of equipment_desk/ui (a new or moved one too): one catalogue holds the window's words."""
    return sorted((ROOT / "equipment_desk" / "ui").rglob("*.py"))


def _lupdate(sources: list[Path], ts: Path, lang: str) -> None:
    subprocess.run([_tool("pyside6-lupdate"), *map(str, sources), "-source-language", "en", "-target-language", lang,
                    "-locations", "none", "-no-obsolete", "-ts", str(ts)], check=True)


def catalogues() -> list[Path]:
    """Every catalogue of the program: ``equipment_desk_<lang>.ts``."""
    return sorted(TRANSLATIONS.glob("equipment_desk_*.ts"))


def update() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        problems = Path(tmp) / "problem_templates.py"
        write_problem_source(problems)
        for lang in LANGUAGES:
            _lupdate([*ui_sources(), problems], TRANSLATIONS / f"equipment_desk_{lang}.ts", lang)


def release() -> None:
    for ts in catalogues():
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        update()
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
