"""Every message template is filled: each ``{placeholder}`` of a message is among the values the code gives it.

The package's source is read (no message is run): each call that makes a
message from a literal template — a :class:`Problem`, one of our errors, the
helpers that wrap them — is checked against the values it declares.  A
template whose values come from elsewhere (``params=some_dict``, ``**values``)
cannot be read this way and is counted, not checked.  Then the message that
was seen unfilled ("{row} has {count} columns") is made for real.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from equipment_desk.core.errors import InputError

PACKAGE = Path(__file__).resolve().parents[1] / "equipment_desk"
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")

# callee -> (which keywords are its own rather than the message's values, or None: values only in ``params=``)
OWN_KEYWORDS: dict[str, set[str] | None] = {
    "Problem": None,
    "_problem": set(),  # its row fills {row} too
    "_refuse": {"source"},
    "problem": {"value"},
    "_bad": {"value"},
    "BundleError": {"source"},
    "skipped_row": None,
    "Message": None,
}
FILLED_WHERE_CAUGHT: dict[str, set[str]] = {
    "_Bad": {"kind"},  # core/scans.py: a file's content fault; the handler adds which kind of file it is
}
MESSAGE_FREE = {"tr", "translate", "startswith", "QT_TRANSLATE_NOOP"}
"""Calls whose literal is not one of our message templates (Qt fills the window's own)."""


def _templates() -> tuple[list[str], int]:
    unfilled: list[str] = []
    dynamic = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_tables = {id(value) for table in ast.walk(tree) if isinstance(table, ast.Dict) for value in table.values}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            wanted = set(PLACEHOLDER.findall(first.value))
            callee = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if not wanted or callee in MESSAGE_FREE:
                continue
            if id(node) in in_tables:  # a table of templates, filled where one is picked: not readable here
                dynamic += 1
                continue
            own = OWN_KEYWORDS.get(callee, set())
            given: set[str] = set()
            unknown = False
            for keyword in node.keywords:
                if keyword.arg is None:  # **values
                    unknown = True
                elif keyword.arg == "params" and (own is None or callee in ("skipped_row",)):
                    if isinstance(keyword.value, ast.Dict) and all(isinstance(k, ast.Constant) for k in keyword.value.keys):
                        given |= {k.value for k in keyword.value.keys}
                    else:
                        unknown = True
                elif own is not None and keyword.arg not in own:
                    given.add(keyword.arg)
            if callee == "Message" and len(node.args) >= 2:  # Message(template, {values})
                if isinstance(node.args[1], ast.Dict):
                    given |= {k.value for k in node.args[1].keys if isinstance(k, ast.Constant)}
                else:
                    unknown = True
            if callee == "skipped_row" and len(node.args) >= 4:
                if isinstance(node.args[3], ast.Dict):
                    given |= {k.value for k in node.args[3].keys if isinstance(k, ast.Constant)}
                else:
                    unknown = True
            if unknown:
                dynamic += 1
                continue
            missing = wanted - given - FILLED_WHERE_CAUGHT.get(callee, set())
            if missing:
                where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                unfilled.append(f"{where}: {first.value!r} lacks {sorted(missing)}")
    return unfilled, dynamic


def test_every_message_template_is_given_its_values() -> None:
    unfilled, dynamic = _templates()
    assert unfilled == []
    assert dynamic < 60  # the few filled from a dict made elsewhere


def test_a_row_of_too_many_columns_is_named_with_its_numbers(tmp_path: Path) -> None:
    from equipment_desk.exchange.tables import MAX_COLUMNS, read_table

    source = tmp_path / "wide.csv"
    source.write_text("name;serial\n" + ";".join(["x"] * 100_000) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_table(source)
    text = str(caught.value)
    assert "{" not in text and "}" not in text
    assert f"row 2 has 100000 columns; at most {MAX_COLUMNS} are read" in text
