"""A list's column titles and sorting, answered by Qt's own code rather than by Python calls.

A table's header asks its model for each column's title and alignment hundreds of times before the window is
first painted (``headerData``), and each call into a Python model converts Qt's ``Orientation`` for Python,
which has PySide6 make the whole ``Qt`` namespace's enums (see :mod:`equipment_desk.ui.qt_values`).  Sorting
through ``QTableView.setSortingEnabled`` calls the model's Python ``sort`` with Qt's ``SortOrder`` at once,
and setting the sort arrow takes one too.  So a list's header gets:

- :func:`show_titles`: a model of its own, a :class:`QStandardItemModel` holding the titles, which the header
  reads without calling Python;
- :func:`sort_on_click`: the arrow shown, and the model sorted when the user clicks a title (the order
  reaches Python only then);
- :func:`set_sort_indicator`: the arrow put on a column with the order as a number.

The list's own model answers no ``headerData`` in Python (a view given it would make the namespace at once): what
asks the model rather than the header for a title gets Qt's default, the column's number.  The titles are
:meth:`~equipment_desk.ui.models.ListModel.header_titles`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from equipment_desk.ui.qt_values import TEXT_ALIGNMENT_ROLE, order_number

_STATE_START = b"\x00\x00\x00\xff\x00\x00\x00\x00"
"""How ``QHeaderView.saveState`` begins: its marker and version 0.  Then come, each a big-endian 32-bit
integer, the orientation, the sort order (offset 12) and the sorted section (offset 16)."""
_ORDER_AT = slice(12, 16)
_SECTION_AT = slice(16, 20)


def show_titles(view: QTableView, titles: Sequence[tuple[str, int]]) -> QStandardItemModel:
    """Have ``view``'s horizontal header show ``titles`` (text, alignment as a number), one per column of the
    view's model, from a model of its own (call after ``view.setModel``; the columns do not change)."""
    header = view.horizontalHeader()
    model = QStandardItemModel(0, len(titles), header)
    for section, (text, alignment) in enumerate(titles):
        item = QStandardItem(text)
        item.setData(alignment, TEXT_ALIGNMENT_ROLE)
        model.setHorizontalHeaderItem(section, item)
    header.setModel(model)
    return model


def set_sort_indicator(header: QHeaderView, section: int, order: Any) -> None:
    """What ``header.setSortIndicator(section, order)`` does, with ``order`` a number (0 ascending,
    1 descending) or Qt's enum.

    Qt's setter takes only the enum, which would make the ``Qt`` namespace; the header's saved state holds the
    two as numbers, so the state is read, the two written in it and the state given back, and read again to
    check.  Should Qt ever save its state another way, the check fails and Qt's setter is used.
    """
    wanted_order = order_number(order)
    state = bytearray(header.saveState().data())
    if state.startswith(_STATE_START) and len(state) > _SECTION_AT.stop:
        state[_ORDER_AT] = wanted_order.to_bytes(4, "big")
        state[_SECTION_AT] = section.to_bytes(4, "big", signed=True)
        if header.restoreState(QByteArray(bytes(state))):
            now = bytes(header.saveState().data())
            if now[_ORDER_AT] == state[_ORDER_AT] and now[_SECTION_AT] == state[_SECTION_AT]:
                return
    from PySide6.QtCore import Qt

    header.setSortIndicator(section, Qt.SortOrder(wanted_order))


def sort_on_click(view: QTableView, section: int, order: int) -> None:
    """Show the sort arrow on ``section`` (``order`` 0 ascending, 1 descending) and sort the view's model by the
    column the user clicks, as ``setSortingEnabled(True)`` does, without sorting the model now (it is read in
    that order already)."""
    header = view.horizontalHeader()
    set_sort_indicator(header, section, order)
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)
    model = view.model()
    header.sortIndicatorChanged.connect(lambda clicked, new_order: model.sort(clicked, new_order))
