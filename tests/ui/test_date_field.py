"""The one date field: a date typed into an empty field is taken, digit by digit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.widgets.dates import DateField

protect_python_singletons()

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.mark.parametrize("typed", ["01122026", "01.12.2026"])
def test_a_date_typed_into_an_empty_field_is_taken(qtbot, typed):
    field = DateField(empty_text="—")
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    assert field.iso() is None and field.text() == "—"
    qtbot.keyClicks(field, typed)  # the user types the rate's date; before, every digit was dropped
    assert field.iso() == "2026-12-01"


def test_a_date_field_still_empties_and_keys_other_than_digits_leave_it_empty(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClicks(field, "x")
    assert field.iso() is None
    field.set_iso("2018-02-20")
    qtbot.keyClicks(field, "3")  # a field with a date edits the section as before
    assert field.date() != QDate(1900, 1, 1)
    field.set_iso(None)
    assert field.iso() is None and field.text() == "no date"
