"""An act sealed before a migration added columns: its seal entry records none of them, and they must still say
what the migration gave them.

Migrations 0009 (names per language) and 0010 (national languages) added columns to ``act`` and ``act_line``
and froze them with the rest; an act sealed before has them empty (lines: NULL), and its seal entry, written then,
does not name them.  ``check`` compared only the columns an entry names, so with the triggers dropped, the Russian
name of the transferring officer or a Kyrgyz place on such an act could be changed — the act editor shows the
row's columns — and ``check`` still said every act verified.
"""

from __future__ import annotations

import pytest
import sqlite_utils

from equipment_desk.core.hashing import FORMAT_1
from equipment_desk.store import acts
from equipment_desk.store.check import check_database
from equipment_desk.store.languages import LINE_NATIONAL_COLUMNS, NATIONAL_COLUMNS, NEW_ACT_CONTENT_COLUMNS
from tests.store.forgery import rewrite_journal, without_triggers

LATER_ACT_COLUMNS = (*NEW_ACT_CONTENT_COLUMNS, *NATIONAL_COLUMNS["act"])
LATER_LINE_COLUMNS = ("item_name_ru", "item_name_en", *LINE_NATIONAL_COLUMNS)


def _as_before_the_later_columns(db: sqlite_utils.Database, act_id: int) -> None:
    """Make a sealed act what one sealed before 0009 is: the later columns empty, its seal entry without them
    (the journal's chain written again, as it would have been)."""
    uuid = acts.get_act_row(db=db, act_id=act_id)["uuid"]

    def strip(act_uuid: str, event: str, body: dict) -> None:
        if act_uuid == uuid and event == "seal":
            body["act"] = {k: v for k, v in body["act"].items() if k not in LATER_ACT_COLUMNS}
            body["lines"] = [{k: v for k, v in line.items() if k not in LATER_LINE_COLUMNS} for line in body["lines"]]

    def change() -> None:
        db.execute(f"UPDATE act SET {', '.join(f'{c} = ?' for c in LATER_ACT_COLUMNS)} WHERE id = ?",
                   ["" for _ in LATER_ACT_COLUMNS] + [act_id])
        db.execute(f"UPDATE act_line SET {', '.join(f'{c} = NULL' for c in LATER_LINE_COLUMNS)} WHERE act_id = ?", [act_id])
        rewrite_journal(db, strip)

    without_triggers(db, change)


@pytest.fixture
def old_act(db, make, monkeypatch) -> int:
    from equipment_desk.store.acts import document, lifecycle

    monkeypatch.setattr(lifecycle, "live_content", lambda db, row, lines: document.live_content(db, row, lines, FORMAT_1))
    monkeypatch.setattr(lifecycle, "_language_problems", lambda db, row: [])
    act_id = make.finalized(transferor_name="Kristina Kuttnig")
    monkeypatch.undo()
    _as_before_the_later_columns(db, act_id)
    assert check_database(db=db).ok, check_database(db=db).lines()
    return act_id


@pytest.mark.parametrize(("table", "column", "value"), [
    ("act", "transferor_name_ru", "Иван Подставной"),
    ("act", "rate_source_en", "Someone's bank"),
    ("act", "place_ky", "Ош ш."),
    ("act", "transferor_org_kk", "Басқа ұйым"),
    ("act_line", "item_name_ru", "Другой товар"),
    ("act_line", "item_name_uz", "Boshqa narsa"),
])
def test_a_column_added_after_an_act_was_sealed_changed_behind_the_programs_back_is_named(db, old_act, table, column, value) -> None:
    number = acts.get_act_row(db=db, act_id=old_act)["number"]
    where = "id" if table == "act" else "act_id"
    without_triggers(db, lambda: db.execute(f"UPDATE {table} SET {column} = ? WHERE {where} = ?", [value, old_act]))
    report = check_database(db=db)
    assert any(found == number and column.replace("_", " ") in str(problem) for found, problem in report.acts), report.lines()
