"""The plain numbers the window uses before its first paint are Qt's own, and the header works as Qt's would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

from equipment_desk.store import demo
from equipment_desk.ui import qt_values
from equipment_desk.ui.models import ActsModel, DonorsModel, InstitutionsModel, ItemsModel, ProgrammesModel
from equipment_desk.ui.widgets.combos import elided_right
from equipment_desk.ui.widgets.header import set_sort_indicator, show_titles, sort_on_click

QT_NAMES = {
    "DISPLAY_ROLE": Qt.ItemDataRole.DisplayRole, "TOOLTIP_ROLE": Qt.ItemDataRole.ToolTipRole,
    "FONT_ROLE": Qt.ItemDataRole.FontRole, "TEXT_ALIGNMENT_ROLE": Qt.ItemDataRole.TextAlignmentRole,
    "FOREGROUND_ROLE": Qt.ItemDataRole.ForegroundRole, "USER_ROLE": Qt.ItemDataRole.UserRole,
    "ACCESSIBLE_TEXT_ROLE": Qt.ItemDataRole.AccessibleTextRole,
    "ALIGN_LEFT": Qt.AlignmentFlag.AlignLeft, "ALIGN_RIGHT": Qt.AlignmentFlag.AlignRight,
    "ALIGN_HCENTER": Qt.AlignmentFlag.AlignHCenter, "ALIGN_TOP": Qt.AlignmentFlag.AlignTop,
    "ALIGN_VCENTER": Qt.AlignmentFlag.AlignVCenter, "ASCENDING": Qt.SortOrder.AscendingOrder,
    "DESCENDING": Qt.SortOrder.DescendingOrder, "HORIZONTAL": Qt.Orientation.Horizontal,
    "VERTICAL": Qt.Orientation.Vertical, "PLAIN_TEXT": Qt.TextFormat.PlainText, "RICH_TEXT": Qt.TextFormat.RichText,
    "TEXT_SELECTABLE_BY_MOUSE": Qt.TextInteractionFlag.TextSelectableByMouse,
    "CUSTOM_CONTEXT_MENU": Qt.ContextMenuPolicy.CustomContextMenu,
    "WIDGET_WITH_CHILDREN_SHORTCUT": Qt.ShortcutContext.WidgetWithChildrenShortcut,
    "WINDOW_SHORTCUT": Qt.ShortcutContext.WindowShortcut, "APPLICATION_SHORTCUT": Qt.ShortcutContext.ApplicationShortcut,
    "TOOL_BUTTON_TEXT_BESIDE_ICON": Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
    "ELIDE_MIDDLE": Qt.TextElideMode.ElideMiddle, "LEFT_BUTTON": Qt.MouseButton.LeftButton,
}


def test_every_number_is_qts_own():
    defined = {name for name, value in vars(qt_values).items() if name.isupper() and type(value) is int}
    assert defined == set(QT_NAMES)  # a number added there is checked here
    for name, enum in QT_NAMES.items():
        assert getattr(qt_values, name) == enum.value, name


def test_the_lazy_namespace_is_qts():
    assert qt_values.Qt.SortOrder is Qt.SortOrder
    assert qt_values.Qt.AlignmentFlag.AlignLeft is Qt.AlignmentFlag.AlignLeft
    with pytest.raises(AttributeError):
        qt_values.Qt.NoSuchEnum  # noqa: B018


def test_properties_set_from_numbers_are_what_qts_setters_give(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    label.setProperty("alignment", qt_values.ALIGN_TOP | qt_values.ALIGN_LEFT)
    label.setProperty("textFormat", qt_values.RICH_TEXT)
    assert label.alignment() == Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
    assert label.textFormat() == Qt.TextFormat.RichText


@pytest.mark.parametrize("section", [0, 1, 5, 13])
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder, 0, 1])
def test_the_sort_arrow_set_through_the_state_is_the_setters(qtbot, section, order):
    view = QTableView()
    qtbot.addWidget(view)
    titles = [(f"Column {n}", qt_values.ALIGN_LEFT) for n in range(15)]
    show_titles(view, titles)
    header = view.horizontalHeader()
    widths = [header.sectionSize(n) for n in range(header.count())]
    set_sort_indicator(header, section, order)
    assert header.sortIndicatorSection() == section
    assert header.sortIndicatorOrder().value == qt_values.order_number(order)
    assert [header.sectionSize(n) for n in range(header.count())] == widths  # nothing else changed
    assert header.model().headerData(3, Qt.Orientation.Horizontal) == "Column 3"


def test_a_state_qt_saves_another_way_falls_back_to_qts_setter(qtbot, monkeypatch):
    view = QTableView()
    qtbot.addWidget(view)
    show_titles(view, [("A", qt_values.ALIGN_LEFT), ("B", qt_values.ALIGN_RIGHT)])
    header = view.horizontalHeader()
    monkeypatch.setattr(QHeaderView, "restoreState", lambda self, state: False)
    set_sort_indicator(header, 1, qt_values.ASCENDING)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)


def test_clicking_a_title_sorts_the_list(qtbot, db):
    demo.load_demo(db=db)
    model = ItemsModel(db=db, lang="en")
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    show_titles(view, model.header_titles())
    sort_on_click(view, *model.default_sort)
    header = view.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sectionsClickable()
    assert header.sortIndicatorSection() == model.default_sort[0]
    assert header.model().headerData(0, Qt.Orientation.Horizontal) == model.column_title(0)
    assert header.model().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == model.columns[0].align
    view.resize(1400, 400)
    view.show()
    qtbot.waitExposed(view)
    name = next(n for n, column in enumerate(model.columns) if column.key == "name")
    first_click = header.sectionViewportPosition(name) + header.sectionSize(name) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(first_click, 5))
    assert header.sortIndicatorSection() == name
    names = [model.index(row, name).data() for row in range(model.rowCount())]
    wanted = sorted(names, key=str.casefold)
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        wanted.reverse()
    assert [n.casefold() for n in names] == [n.casefold() for n in wanted]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(first_click, 5))
    flipped = [model.index(row, name).data() for row in range(model.rowCount())]
    assert [n.casefold() for n in flipped] == [n.casefold() for n in reversed(names)] or len(set(names)) < len(names)


@pytest.mark.parametrize("model_class", [ActsModel, ItemsModel, InstitutionsModel, ProgrammesModel, DonorsModel])
def test_a_list_model_answers_no_header_data_in_python(model_class):
    # A Python headerData makes the Qt namespace when a view is given the model; the header has its own model.
    ours = [cls for cls in model_class.__mro__ if cls.__module__.startswith("equipment_desk")]
    assert ours and not [cls for cls in ours if "headerData" in vars(cls) or "flags" in vars(cls)]


@pytest.mark.parametrize("text", ["", "Any status", "Всё: Кыргызстан, Узбекистан, Казахстан", "x" * 200, "ширина"])
@pytest.mark.parametrize("room", [0, 5, 30, 80, 400])
def test_eliding_is_qts(qapp, text, room):
    metrics = QFontMetrics(QFont())
    ours = elided_right(metrics, text, room)
    assert metrics.horizontalAdvance(ours) <= room or ours == ""
    if metrics.horizontalAdvance(text) <= room:
        assert ours == text
    else:
        assert ours.endswith("…") or ours == ""
        assert text.startswith(ours[:-1])
        assert len(ours) == len(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)) or \
            abs(metrics.horizontalAdvance(ours) - metrics.horizontalAdvance(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))) <= metrics.averageCharWidth()
