"""A list of the main window: search as you type, filters, the table, the totals line and a detail pane.

:class:`ListPage` holds one :class:`~equipment_desk.ui.models.ListModel`: a search field that filters as
you type, filters by status / country / programme / year, a table whose columns can be hidden and moved
(right-click the header; the layout is remembered), the totals line under it and, for items,
institutions and programmes, a :class:`DetailPane` beside the selected record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from equipment_desk.core.errors import DeskError
from equipment_desk.store import queries
from equipment_desk.store.queries import ListFilter
from equipment_desk.ui.errors import show_error
from equipment_desk.ui.models import ID_ROLE, ActsModel, ListModel, act_status_label, country_label, item_status_label
from equipment_desk.ui.qt_values import (
    ALIGN_LEFT,
    ALIGN_TOP,
    CUSTOM_CONTEXT_MENU,
    PLAIN_TEXT,
    RICH_TEXT,
    TEXT_SELECTABLE_BY_MOUSE,
    VERTICAL,
)
from equipment_desk.ui.settings import DeskSettings
from equipment_desk.ui.widgets.columns import FittedColumns, FittedTable
from equipment_desk.ui.widgets.combos import FilterCombo
from equipment_desk.ui.widgets.header import show_titles, sort_on_click

if TYPE_CHECKING:
    import sqlite_utils

READ_REST_AFTER_MS = 50
"""A search reads the rest of its ids once its first page is painted, or this long after if the list is not
painted (not shown)."""


class ListPage(QWidget):
    """A searchable, filterable list with an optional detail pane."""

    open_requested = Signal(int)
    selection_changed = Signal()

    def __init__(self, *, model: ListModel, settings: DeskSettings, key: str, filters: tuple[str, ...],
                 db: sqlite_utils.Database, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{key}")
        self.model = model
        self.settings = settings
        self.key = key
        self.db = db
        self.lang = lang
        self.fixed_filter = ListFilter()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.search = QLineEdit(self)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.search.setObjectName(f"search_{key}")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self._search_placeholder())
        self.search.textChanged.connect(self.apply_filter)
        bar.addWidget(self.search, 3)
        self.status_filter = self.country_filter = self.programme_filter = self.year_filter = None
        if "status" in filters:
            self.status_filter = self._combo(bar, self.tr("Any status"), self._status_choices())
        if "country" in filters:
            self.country_filter = self._combo(bar, self.tr("Any country"), [])
        if "programme" in filters:
            self.programme_filter = self._combo(bar, self.tr("Any programme"), [])
        if "year" in filters:
            self.year_filter = self._combo(bar, self.tr("Any year"), [])
        self._layout_restored = False
        layout.addLayout(bar)
        self.view = FittedTable(self)
        # A viewport made here: asking Qt's own for its Python object (FittedColumns measures it) has PySide6 try the
        # widget against every widget class it knows, making their Python enums, tens of ms of the start-up.
        self.view.setViewport(QWidget(self.view))
        self.view.setObjectName(f"table_{key}")
        self.view.setModel(model)
        show_titles(self.view, model.header_titles())
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(0)  # columns fit the rows in view (measured from the model's texts: widgets/columns.py)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setProperty("contextMenuPolicy", CUSTOM_CONTEXT_MENU)  # a property: no Qt enum (see qt_values)
        header.customContextMenuRequested.connect(self._header_menu)
        sort_on_click(self.view, *model.default_sort)
        model.rest_delay_ms = READ_REST_AFTER_MS
        self.view.paint_listeners.append(model.painted)
        self.columns = FittedColumns(self.view, settings, f"list/{key}")
        self._layout_restored = self.columns.arranged_by_user
        if not self._layout_restored:
            for index, column in enumerate(model.columns):
                self.view.setColumnHidden(index, column.hidden)
        self.view.doubleClicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.selection_changed.emit())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        model.modelReset.connect(self.selection_changed)
        self.splitter = QSplitter()  # with an argument, PySide6 would make the Qt namespace (see MainWindow's)
        self.splitter.setProperty("orientation", VERTICAL)
        self.splitter.addWidget(self.view)
        layout.addWidget(self.splitter, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName(f"summary_{key}")
        self.summary.setProperty("textFormat", PLAIN_TEXT)
        self.summary.setWordWrap(True)  # a summary of many currencies must not make the window wider
        layout.addWidget(self.summary)
        model.modelReset.connect(self.update_summary)
        model.counted.connect(self.update_summary)
        self.update_summary()

    def _search_placeholder(self) -> str:
        """What can be typed into this list's search field."""
        return {
            "acts": self.tr("Search: act number, recipient, programme, item, serial or inventory number… (Ctrl+F)"),
            "items": self.tr("Search: name, model, serial or inventory number, programme… (Ctrl+F)"),
            "institutions": self.tr("Search: name, city, address, contact person or signatory… (Ctrl+F)"),
            "programmes": self.tr("Search: code, name, sub-programme or donor… (Ctrl+F)"),
            "donors": self.tr("Search: name, short name or country… (Ctrl+F)"),
        }.get(self.model.kind, self.tr("Search… (Ctrl+F)"))

    def activate(self) -> None:
        """Read the list and the filter choices the first time the page is shown."""
        if self.model.loaded:
            return
        self.refresh_filter_choices()
        self.model.ensure_loaded()
        if not self._layout_restored:
            self._default_layout()

    def refresh_filter_choices(self) -> None:
        """Fill the country, programme and year filters from the data (keeping what is chosen)."""
        choices = (
            (self.country_filter, lambda: [(country_label(c, self.lang), c) for c in queries.filter_countries(db=self.db)]),
            (self.programme_filter, lambda: [(p["code"], p["id"]) for p in queries.filter_programmes(db=self.db)]),
            (self.year_filter, lambda: [(str(y), y) for y in queries.filter_years(db=self.db, kind=self.model.kind)]),
        )
        for box, values in choices:
            if box is None:
                continue
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for text, data in values():
                box.addItem(text, data)
            index = box.findData(chosen) if chosen is not None else 0
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def _status_choices(self) -> list[tuple[str, Any]]:
        if self.model.kind == "acts":
            return [(act_status_label(s), s) for s in queries.ACT_STATUSES]
        return [(item_status_label(s), s) for s in queries.ITEM_STATUSES]

    def _combo(self, bar: QHBoxLayout, any_text: str, entries: list[tuple[str, Any]]) -> QComboBox:
        box = FilterCombo(self)
        box.addItem(any_text, None)
        for text, data in entries:
            box.addItem(text, data)
        box.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(box)
        return box

    def add_detail(self, widget: QWidget) -> None:
        self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        state = self.settings.state(f"splitter/{self.key}")
        if state is not None:
            self.splitter.restoreState(state)

    def _default_layout(self) -> None:
        for index, column in enumerate(self.model.columns):
            self.view.setColumnHidden(index, column.hidden)
        self.columns.give_back()

    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for index in range(len(self.model.columns)):
            action = menu.addAction(self.model.column_title(index))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(index))
            action.toggled.connect(lambda shown, index=index: self._show_column(index, shown))
        menu.addSeparator()
        menu.addAction(self.tr("Fit columns to contents"), self.columns.give_back)
        menu.addAction(self.tr("Restore the standard columns"), self.reset_layout)
        menu.exec(self.view.horizontalHeader().mapToGlobal(position))

    def _show_column(self, index: int, shown: bool) -> None:
        self.view.setColumnHidden(index, not shown)
        self.columns.mark_arranged()

    def reset_layout(self) -> None:
        header = self.view.horizontalHeader()
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if logical != visual:
                header.moveSection(header.visualIndex(visual), visual)
        self._default_layout()

    def current_filter(self) -> ListFilter:
        def data(box: QComboBox | None) -> Any:
            return box.currentData() if box is not None else None

        return ListFilter(
            text=self.search.text(), status=data(self.status_filter), country=data(self.country_filter),
            programme_id=data(self.programme_filter), year=data(self.year_filter),
            institution_id=self.fixed_filter.institution_id, item_id=self.fixed_filter.item_id,
            donor_id=self.fixed_filter.donor_id)

    def apply_filter(self) -> None:
        try:
            self.model.set_filter(self.current_filter())
        except DeskError as error:
            show_error(self, error)

    def update_summary(self) -> None:
        if not self.model.loaded or not self.model.complete:
            self.summary.setText("")  # a search's count follows its first page of rows (ListModel.counted)
            return
        total = self.model.total_count
        self.summary.setText(self.tr("%n record(s)", "", total) if not self._filtered() else
                             self.tr("%n record(s) match", "", total))

    def _filtered(self) -> bool:
        f = self.model.filter
        return bool(f.text.strip() or f.status or f.country or f.programme_id or f.year)

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is not None:
            self.open_requested.emit(int(record_id))

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        value = index.data(ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def use_database(self, db: sqlite_utils.Database) -> None:
        """Read ``db`` from now on, the list and its filters (after a restore)."""
        self.db = db
        self.model.use_database(db)

    def refresh(self) -> None:
        if not self.model.loaded:
            return
        current = self.current_id()
        self.model.refresh()
        if current is not None:
            self.select_id(current)

    def save_layout(self) -> None:
        self.columns.save()
        if self.splitter.count() > 1:
            self.settings.save_state(f"splitter/{self.key}", self.splitter.saveState())


class DetailPane(QWidget):
    """Text about the selected record above an optional related list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_pane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.text = QLabel(self)
        self.text.setObjectName("detail_text")
        self.text.setWordWrap(True)
        self.text.setProperty("textFormat", RICH_TEXT)  # properties: no Qt enums before the first paint (qt_values)
        self.text.setProperty("alignment", ALIGN_TOP | ALIGN_LEFT)
        self.text.setProperty("textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
        layout.addWidget(self.text)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)


def related_acts_view(parent: QWidget, model: ActsModel, open_act: Callable[[int], None]) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    show_titles(view, model.header_titles())
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setResizeContentsPrecision(30)
    shown = {"number", "date", "status", "recipient", "total"}
    for index, column in enumerate(model.columns):
        view.setColumnHidden(index, column.key not in shown)
    view.horizontalHeader().setStretchLastSection(True)
    view.resizeColumnsToContents()
    model.modelReset.connect(view.resizeColumnsToContents)
    view.doubleClicked.connect(lambda index: open_act(int(index.data(ID_ROLE))))
    return view
