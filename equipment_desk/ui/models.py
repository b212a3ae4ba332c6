"""Table models: one :class:`QAbstractTableModel` per list.

A model holds the ids of the rows that pass its filter, in the order of its
sort column (``equipment_desk.store.queries.list_ids``), and fetches the rows
themselves lazily: the view sees rows in batches (``canFetchMore`` /
``fetchMore``), and row data is read from the database a page at a time and
kept in a small cache, so a list of 100,000 items costs a list of ints.

Changing the filter or the sort order resets the model.  Values are shown as
people read them: money with :func:`~equipment_desk.core.money.format_amount`,
dates as DD.MM.YYYY, codes (statuses, categories) as words.

The words for the codes the store uses (:func:`act_status_label`, …) are
the one vocabulary's, :mod:`equipment_desk.core.labels`, through
:func:`equipment_desk.ui.words.label`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from equipment_desk.core.money import format_amount
from equipment_desk.core.validation import COUNTRIES
from equipment_desk.store import queries
from equipment_desk.store.queries import ListFilter
from equipment_desk.ui.qt_values import (
    ACCESSIBLE_TEXT_ROLE,
    ALIGN_HCENTER,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    ALIGN_VCENTER,
    ASCENDING,
    DESCENDING,
    DISPLAY_ROLE,
    FONT_ROLE,
    FOREGROUND_ROLE,
    HORIZONTAL,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
    Qt,
    order_number,
)
from equipment_desk.ui.words import format_date, label

if TYPE_CHECKING:
    import sqlite_utils

ID_ROLE = USER_ROLE
"""The record id of a row."""
ROW_ROLE = USER_ROLE + 1
"""The raw row (a dict) of a row."""

# Roles as plain ints (see qt_values): data() is called for every role of every visible cell at each repaint.
_DISPLAY = DISPLAY_ROLE
_TOOLTIP = TOOLTIP_ROLE
_ALIGNMENT = TEXT_ALIGNMENT_ROLE
_FOREGROUND = FOREGROUND_ROLE
_FONT = FONT_ROLE
_ID = ID_ROLE
_ROW = ROW_ROLE
_CELL_ROLES = 10
"""Roles 0 to 9 (display, decoration, edit, tooltip, status tip, what's this, font, alignment, background,
foreground): those a view asks for each cell it paints, answered from one tuple per cell (see :meth:`ListModel.data`)."""
assert (_DISPLAY, _TOOLTIP, _FONT, _ALIGNMENT, _FOREGROUND) == (0, 3, 6, 7, 9)  # the places in a cell's tuple
_LATER = object()
"""In a cell's tuple: worked out when asked (the tooltip, asked only when the pointer rests on a cell)."""
_CACHED_CELL_ROWS = 2_000

# --- human words for codes: the one vocabulary (core.labels) through Qt's catalogue ---------------

def act_status_label(code: str) -> str:
    return label("act_status", code)


def item_status_label(code: str) -> str:
    return label("item_status", code)


def category_label(code: str) -> str:
    return label("category", code)


def condition_label(code: str) -> str:
    return label("condition", code)


def institution_kind_label(code: str) -> str:
    return label("institution_kind", code)


def sub_programme_label(value: str | None) -> str:
    """``"1"`` -> "Sub-programme 1: Countering transnational organized crime, …"; other values as they are."""
    return label("sub_programme", (value or "").strip())


def unit_text(code: str) -> str:
    return label("unit", code)


def country_label(code: str | None, lang: str) -> str:
    """``"Kyrgyzstan"`` / ``"Кыргызстан"`` for ``"KG"``; unknown codes as they are."""
    if not code:
        return ""
    names = COUNTRIES.get(code)
    if names is None:
        return code
    return names[1] if lang == "ru" else names[0]


def money(minor: int | None, currency: str | None, lang: str) -> str:
    if minor is None or not currency:
        return ""
    return format_amount(int(minor), currency, "ru" if lang == "ru" else "en")


def bilingual(row: dict[str, Any], prefix: str, lang: str) -> str:
    """``row[prefix_ru]`` in Russian (falling back to English) or ``row[prefix_en]``."""
    if lang == "ru":
        return row.get(f"{prefix}_ru") or row.get(f"{prefix}_en") or ""
    return row.get(f"{prefix}_en") or row.get(f"{prefix}_ru") or ""


# --- the generic list model ------------------------------------------------------------------------

LEFT = ALIGN_LEFT | ALIGN_VCENTER
RIGHT = ALIGN_RIGHT | ALIGN_VCENTER
CENTER = ALIGN_HCENTER | ALIGN_VCENTER


class Column(NamedTuple):
    """A column of a list: its key (also its sort key in ``queries``), title and how to show a row's value.

    (A named tuple rather than a frozen dataclass: the lists' modules are read at every start, and a dataclass
    costs ten times as long to make.)"""

    key: str
    title: str
    """English title, marked with QT_TRANSLATE_NOOP("columns", ...)."""
    display: Callable[[dict[str, Any], str], Any]
    align: int = LEFT
    """How the column's cells and title are aligned (Qt's AlignmentFlag as a number)."""
    hidden: bool = False
    """Hidden until the user shows it (header context menu)."""
    tooltip: Callable[[dict[str, Any], str], str] | None = None
    national_names: bool = False
    """The tooltip adds the record's names in the national languages (read when asked)."""


class _Page:
    """Rows read from the database together (``batch_size`` of them), and their texts once shown."""

    __slots__ = ("rows", "texts")

    def __init__(self, rows: dict[int, dict[str, Any]]) -> None:
        self.rows = rows
        self.texts: dict[int, list[str]] = {}
        """Record id -> the text of every column (the view asks for them again at every repaint)."""


class RowsModel(QAbstractTableModel):
    """A read-only table over the list :meth:`rows` gives, with the column headings :meth:`titles` gives
    (``columns`` of them)."""

    columns = 0

    def rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if role != DISPLAY_ROLE or order_number(orientation) != HORIZONTAL:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None


def speak_column_titles(on: bool = True) -> None:
    """Have the lists' models answer their columns' titles themselves (``headerData``), for screen readers.

    A list's header shows its titles from a model of its own (``widgets/header.py``): a model answering
    ``headerData`` in Python has PySide6 make the ``Qt`` namespace's enums when a view is given it, 10–20 ms of
    the start (see qt_values).  A screen reader, though, reads a table's column titles from the table's model, and
    hears the columns' numbers without this.  The program turns it on at start when a screen reader is running
    or the user asked for it (:func:`equipment_desk.ui.accessibility.spoken_titles_wanted`); it holds for the
    models made afterwards (PySide6 remembers for each model whether it answers in Python).
    """
    if on:
        ListModel.headerData = _spoken_header_data  # type: ignore[method-assign]
    elif "headerData" in vars(ListModel):
        del ListModel.headerData


def _spoken_header_data(self: ListModel, section: int, orientation: Any, role: int = DISPLAY_ROLE) -> Any:
    if order_number(orientation) == HORIZONTAL and 0 <= section < len(self.columns):
        if role == DISPLAY_ROLE or role == ACCESSIBLE_TEXT_ROLE:
            return self.column_title(section)
        if role == TEXT_ALIGNMENT_ROLE:
            return self.columns[section].align
    return QAbstractTableModel.headerData(self, section, orientation, role)


class ListModel(QAbstractTableModel):
    """Rows of one list (``kind`` of :data:`queries.LIST_KINDS`), filtered and sorted in SQL, fetched lazily."""

    kind = ""
    shows: frozenset[str] = frozenset()
    """The kinds of change (``store.changes.KINDS``) that can alter its rows: only those refresh it."""
    columns: tuple[Column, ...] = ()
    default_sort = (0, ASCENDING)
    """The column the list is sorted by at first, and the order (qt_values' ASCENDING or DESCENDING)."""
    batch_size = 200
    """Rows the view gets per fetchMore."""
    read_size = 50
    """Rows read from the database together (a page): a window shows a few dozen rows, so a keystroke's first
    page is read in one query of no more rows than it shows."""
    cached_pages = 160
    progressive = False
    """Read only the first page of ids when the filter changes, and the others just after (see :meth:`_query`)."""
    counted = Signal()
    """Every id of a progressive read is known (:attr:`complete`): the count can be shown."""

    def __init__(self, *, db: sqlite_utils.Database, lang: str = "en", filters: ListFilter | None = None,
                 deferred: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self._filter = filters or ListFilter()
        self._sort_column, self._sort_order = self.default_sort
        self._ids: list[int] = []
        self._unparsed: str | None = None
        """Every id of a progressive read as the JSON text it came in, parsed into :attr:`_ids` only when rows
        beyond the first page are asked for (see :func:`queries.list_ids_text`)."""
        self._count = 0
        """How many rows pass the filter, once :attr:`complete`."""
        self._row_of: dict[int, int] | None = None
        self._loaded = 0
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._last_page: tuple[int, _Page] | None = None
        self._cells: dict[int, tuple[tuple[Any, ...], ...]] = {}
        """Row -> what :meth:`data` answers for each of its cells, by role (see :meth:`_row_cells`)."""
        self._alignments = [column.align for column in self.columns]
        self._fonts: dict[str, QFont] = {}
        self.complete = True
        """Every id that passes the filter is known (a progressive read may know only the first page yet)."""
        self._generation = 0
        self._rest_started = -1
        """The generation whose rest of ids is being read (see :meth:`_read_rest`)."""
        self.rest_delay_ms = 0
        """How long after a progressive read's first page the rest is read at the latest; a view that calls
        :meth:`painted` starts it sooner, once the first page is painted."""
        self.id_runner: Any = None
        """A :class:`~equipment_desk.ui.tasks.TaskRunner` that reads the rest of the ids off the GUI thread; None: on
        the GUI thread, on the next turn of the event loop.  A :class:`~equipment_desk.ui.tasks.LatestOnlyRunner`
        keeps its connection open and runs only the newest keystroke's read."""
        self.loaded = False
        """False while a ``deferred`` model has not read its rows yet (see :meth:`ensure_loaded`)."""
        if not deferred:
            self._query()
            self._loaded = min(self.batch_size, len(self._ids))

    def ensure_loaded(self) -> None:
        """Read the rows of a model created with ``deferred=True`` (a section not shown yet)."""
        if not self.loaded:
            self.refresh()

    # --- what is shown -------------------------------------------------------------------------

    @property
    def filter(self) -> ListFilter:
        return self._filter

    def set_filter(self, filters: ListFilter) -> None:
        """Show the rows that pass ``filters`` (the model is reset)."""
        if filters == self._filter:
            return
        self._filter = filters
        if self.loaded:
            self.refresh()

    def use_database(self, db: sqlite_utils.Database) -> None:
        """Read ``db`` from now on (after a restore); the rows are read again by the next :meth:`refresh`."""
        self.db = db
        reconnect = getattr(self.id_runner, "reconnect", None)
        if reconnect is not None:  # a runner that keeps a connection opens the file again
            reconnect()

    def refresh(self) -> None:
        """Read the ids and rows again (after a change elsewhere); filter and sort stay."""
        self.beginResetModel()
        self._query()
        self._loaded = min(self.batch_size, len(self._ids))
        self.endResetModel()

    def _query(self) -> None:
        """Read the ids that pass the filter.

        A progressive model (the 100,000 items) reads only the first page here, so a keystroke's rows are
        painted within a frame; the other ids follow off the GUI thread (or on the event loop's next turn),
        are dropped if the filter changed meanwhile, and :attr:`counted` says when they are known.  Anything
        that needs every id (:attr:`ids`, :attr:`total_count`, :meth:`row_of`, scrolling further) reads
        them at once if they have not come yet.
        """
        key, descending = self.sort_key
        self._generation += 1
        self._row_of = None
        self._pages.clear()
        self._last_page = None
        self._cells.clear()
        self._fonts.clear()
        self._unparsed = None
        self.loaded = True
        if not self.progressive:
            self._ids = queries.list_ids(db=self.db, kind=self.kind, filters=self._filter, sort=key,
                                         descending=descending, lang=self.lang)
            self.complete, self._count = True, len(self._ids)
            return
        first = queries.list_ids(db=self.db, kind=self.kind, filters=self._filter, sort=key, descending=descending,
                                 lang=self.lang, limit=self.batch_size + 1)
        self.complete = len(first) <= self.batch_size
        self._ids = first[:self.batch_size]
        self._count = len(self._ids)
        if not self.complete:
            generation = self._generation
            QTimer.singleShot(self.rest_delay_ms, self, lambda: self._read_rest(generation))

    def painted(self) -> None:
        """A view of the model has painted: the rest of a progressive read starts once that paint is over (the
        first page's paint does not share the processor with it), without waiting for :attr:`rest_delay_ms`."""
        if not self.complete and self._rest_started != self._generation:
            generation = self._generation
            QTimer.singleShot(0, self, lambda: self._read_rest(generation))

    def _read_rest(self, generation: int) -> None:
        if generation != self._generation or self.complete or self._rest_started == generation:
            return  # the filter changed since (that read is no longer wanted), or the read is under way
        self._rest_started = generation
        key, descending = self.sort_key
        runner = self.id_runner
        if runner is None or getattr(runner, "synchronous", False):
            self._take_rest(generation, queries.list_ids_text(db=self.db, kind=self.kind, filters=self._filter,
                                                              sort=key, descending=descending, lang=self.lang))
            return
        runner.run(_list_ids_work, self.kind, self._filter, key, descending, self.lang,
                   on_done=lambda counted: self._take_rest(generation, counted))

    def _take_rest(self, generation: int, counted: tuple[int, str]) -> None:
        """Every id has come (their count, and the JSON text of them): kept as text while the first page is
        theirs too; if the register changed in between, the list is shown as it is now."""
        if generation != self._generation or self.complete:
            return
        count, text = counted
        shown = self._ids[:self._loaded]
        if _starts_with_ids(text, shown):
            self._unparsed, self._count, self.complete = text, count, True
        else:
            self.beginResetModel()
            self._ids, self._unparsed, self._count, self.complete = queries.ids_of(text), None, count, True
            self._pages.clear()
            self._last_page = None
            self._cells.clear()
            self._loaded = min(self.batch_size, count)
            self.endResetModel()
        self._row_of = None
        self.counted.emit()

    def _all_ids(self) -> list[int]:
        """Every id that passes the filter (read first if they have not come; parsed if they came as text)."""
        self._complete_now()
        if self._unparsed is not None:
            self._ids, self._unparsed = queries.ids_of(self._unparsed), None
        return self._ids

    def _complete_now(self) -> None:
        if not self.complete:
            self._read_rest_now()

    def _read_rest_now(self) -> None:
        key, descending = self.sort_key
        self._take_rest(self._generation, queries.list_ids_text(db=self.db, kind=self.kind, filters=self._filter,
                                                                sort=key, descending=descending, lang=self.lang))
        self._generation += 1  # a read still under way for this filter is no longer wanted

    @property
    def ids(self) -> Sequence[int]:
        """The ids of every row that passes the filter, in order (also those the view has not fetched yet)."""
        return self._all_ids()

    @property
    def total_count(self) -> int:
        """Rows that pass the filter (the view may not have fetched them all yet)."""
        self._complete_now()
        return self._count

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self.columns[self._sort_column].key, self._sort_order == DESCENDING

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id``, fetching more rows if it is further down; None if filtered out."""
        ids = self._all_ids()
        if self._row_of is None:
            self._row_of = {record_id: row for row, record_id in enumerate(ids)}
        row = self._row_of.get(record_id)
        if row is None:
            return None
        if row >= self._loaded:
            self.beginInsertRows(QModelIndex(), self._loaded, row)
            self._loaded = row + 1
            self.endInsertRows()
        return row

    def row_data(self, row: int) -> dict[str, Any] | None:
        """The raw row (as ``queries.fetch_rows`` gives it) shown at ``row``."""
        if not 0 <= row < self._loaded:
            return None
        return self._page(row).rows.get(self._ids[row])

    def _page(self, row: int) -> _Page:
        """The page holding ``row`` (0 <= row < loaded), read from the database if it is not cached."""
        page_no = row // self.read_size
        last = self._last_page
        if last is not None and last[0] == page_no:
            return last[1]
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * self.read_size
            page = _Page(queries.fetch_rows(db=self.db, kind=self.kind, ids=self._ids[start:start + self.read_size]))
            self._pages[page_no] = page
            while len(self._pages) > self.cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        self._last_page = (page_no, page)
        return page

    def _texts(self, page: _Page, row: dict[str, Any]) -> list[str]:
        texts = page.texts.get(row["id"])
        if texts is None:
            lang = self.lang
            texts = ["" if value is None else str(value) for value in (column.display(row, lang) for column in self.columns)]
            page.texts[row["id"]] = texts
        return texts

    def column_texts(self, columns: Sequence[int], first: int, count: int) -> list[list[tuple[str, QFont | None]]]:
        """For each of ``columns``, the text and font of its cells in rows ``first`` to ``first + count`` (those
        loaded): what fitting the columns to their content measures, read from the pages' texts rather than
        through :meth:`data` cell by cell."""
        described = [self.columns[column] if 0 <= column < len(self.columns) else None for column in columns]
        cells: list[list[tuple[str, QFont | None]]] = [[] for _ in columns]
        for row_no in range(max(first, 0), min(first + count, self._loaded)):
            page = self._page(row_no)
            row = page.rows.get(self._ids[row_no])
            if row is None:
                continue
            texts = self._texts(page, row)
            for found, column, column_no in zip(cells, described, columns):
                if column is not None:
                    found.append((texts[column_no], self.row_font(row, column)))
        return cells

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and (self._loaded < self._count or not self.complete)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        count = min(self.batch_size, len(self._all_ids()) - self._loaded)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
        self._loaded += count
        self.endInsertRows()

    # No headerData(): a Python one, with its Qt.Orientation argument, makes the Qt namespace's enums as soon as a
    # view is given the model (see qt_values).  A list's header shows header_titles() from a model of its own
    # (widgets/header.py: show_titles).

    def column_title(self, section: int) -> str:
        """Column ``section``'s title, in the window's language."""
        return QCoreApplication.translate("columns", self.columns[section].title)

    def header_titles(self) -> list[tuple[str, int]]:
        """Each column's title and alignment, for a header that shows them (see widgets/header.py)."""
        return [(self.column_title(section), column.align) for section, column in enumerate(self.columns)]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # Called for every role of every visible cell at each repaint (7 roles a cell): those of a cell are
        # worked out together once, and each call is then a dictionary and two tuple lookups.
        if role < _CELL_ROLES:
            cells = self._cells.get(index.row())
            if cells is None:
                cells = self._row_cells(index)
                if cells is None:
                    return None
            column_no = index.column()
            if not 0 <= column_no < len(cells):
                return None
            value = cells[column_no][role]
            if value is _LATER:
                return self._tooltip(index.row(), column_no)
            return value
        if role != _ID and role != _ROW:
            return None
        row = self._valid_row(index)
        if row is None:
            return None
        return row["id"] if role == _ID else row

    def _valid_row(self, index: QModelIndex | QPersistentModelIndex) -> dict[str, Any] | None:
        """The raw row ``index`` (of this model) shows, if it shows one."""
        if not index.isValid() or index.model() is not self:
            return None
        row_no, column_no = index.row(), index.column()
        if not 0 <= row_no < self._loaded or not 0 <= column_no < len(self.columns):
            return None
        return self._page(row_no).rows.get(self._ids[row_no])

    def _row_cells(self, index: QModelIndex | QPersistentModelIndex) -> tuple[tuple[Any, ...], ...] | None:
        """What :meth:`data` answers for each cell of ``index``'s row, by role (roles 0 to 9), kept until the
        rows change."""
        row = self._valid_row(index)
        if row is None:
            return None
        row_no = index.row()
        texts = self._texts(self._page(row_no), row)
        foreground = self.row_foreground(row)
        cells = tuple((text, None, None, _LATER, None, None, self.row_font(row, column), alignment, None, foreground)
                      for text, column, alignment in zip(texts, self.columns, self._alignments))
        if len(self._cells) >= _CACHED_CELL_ROWS:
            self._cells.clear()
        self._cells[row_no] = cells
        return cells

    def _tooltip(self, row_no: int, column_no: int) -> str | None:
        row = self.row_data(row_no)
        if row is None:
            return None
        column = self.columns[column_no]
        if column.tooltip is not None:
            return column.tooltip(row, self.lang) or None
        value = column.display(row, self.lang)
        if column.national_names:
            return _with_national_names(str(value or ""), queries.national_names(db=self.db, kind=self.kind, record_id=row["id"])) or None
        return str(value) if value else None

    def styled_font(self, kind: str) -> QFont:
        """The font of rows that stand out (``"italic"``, ``"strike"``), made once per reading of the list."""
        font = self._fonts.get(kind)
        if font is None:
            font = QFont()
            font.setItalic(kind == "italic")
            font.setStrikeOut(kind == "strike")
            self._fonts[kind] = font
        return font

    def row_foreground(self, row: dict[str, Any]) -> QBrush | None:
        return None

    def row_font(self, row: dict[str, Any], column: Column) -> QFont | None:
        return None

    # flags(): QAbstractTableModel's own (enabled, selectable, no children), answered without calling Python.

    def sort(self, column: int, order: Qt.SortOrder | int = ASCENDING) -> None:
        """Sort by ``column`` in ``order`` (Qt's enum or qt_values' ASCENDING / DESCENDING): the rows are read again."""
        if not 0 <= column < len(self.columns):
            return
        order = order_number(order)
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        if self.loaded:
            self.refresh()


def _list_ids_work(context: Any, kind: str, filters: ListFilter, sort: str, descending: bool, lang: str) -> list[int]:
    """How many rows a list has and every id of them as JSON text, read in a worker with its own connection (the
    rest of a progressive read)."""
    return queries.list_ids_text(db=context.db, kind=kind, filters=filters, sort=sort, descending=descending, lang=lang)


def _starts_with_ids(text: str, ids: Sequence[int]) -> bool:
    """Whether the JSON array ``text`` (as SQLite writes it: no spaces) begins with ``ids``, without parsing it."""
    if not ids:
        return True
    head = "[" + ",".join(map(str, ids))
    return text.startswith(head) and text[len(head):len(head) + 1] in (",", "]")


def _muted() -> QBrush:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return QBrush(QColor("gray"))


# --- the five lists --------------------------------------------------------------------------------

def _signed(row: dict[str, Any], lang: str) -> str:
    if not row["signed_date"]:
        return ""
    text = format_date(row["signed_date"])
    if not row["has_scan"]:
        text += " " + QCoreApplication.translate("labels", "(no scan)")
    return text


def _act_tooltip(row: dict[str, Any], lang: str) -> str:
    status = act_status_label(row["status"])
    if row["status"] == "void" and row["void_reason"]:
        return QCoreApplication.translate("labels", "Void: {reason}").format(reason=row["void_reason"])
    if row["status"] == "signed" and not row["has_scan"]:
        return QCoreApplication.translate("labels", "Signed; the signed scan is not attached yet")
    return status


class ActsModel(ListModel):
    """Handover acts: number, date, status, recipient, programme, totals."""

    kind = "acts"
    shows = frozenset({"acts", "institutions", "programmes"})  # the recipient's name, the programme's code
    columns = (
        Column("number", QT_TRANSLATE_NOOP("columns", "Number"),
               lambda r, lang: r["number"] or QCoreApplication.translate("labels", "(draft)")),
        Column("date", QT_TRANSLATE_NOOP("columns", "Date"), lambda r, lang: format_date(r["date"]), CENTER),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"), lambda r, lang: act_status_label(r["status"]),
               tooltip=_act_tooltip),
        Column("recipient", QT_TRANSLATE_NOOP("columns", "Recipient"), lambda r, lang: bilingual(r, "recipient", lang)),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r, lang: country_label(r["country"], lang)),
        Column("programme", QT_TRANSLATE_NOOP("columns", "Programme"), lambda r, lang: r["programme"] or ""),
        Column("lines", QT_TRANSLATE_NOOP("columns", "Lines"), lambda r, lang: r["lines"], RIGHT, hidden=True),
        Column("quantity", QT_TRANSLATE_NOOP("columns", "Quantity"), lambda r, lang: r["quantity"], RIGHT),
        Column("total", QT_TRANSLATE_NOOP("columns", "Amount"), lambda r, lang: money(r["total_minor"], r["currency"], lang), RIGHT),
        Column("usd", QT_TRANSLATE_NOOP("columns", "Amount in USD"), lambda r, lang: money(r["usd_minor"], "USD", lang), RIGHT),
        Column("signed_date", QT_TRANSLATE_NOOP("columns", "Signed on"), _signed, CENTER),
        Column("goods", QT_TRANSLATE_NOOP("columns", "Goods"), lambda r, lang: bilingual(r, "goods", lang), hidden=True),
    )
    default_sort = (1, DESCENDING)

    def row_foreground(self, row: dict[str, Any]) -> QBrush | None:
        return _muted() if row["status"] == "void" else None

    def row_font(self, row: dict[str, Any], column: Column) -> QFont | None:
        if row["status"] == "void" and column.key == "number":
            return self.styled_font("strike")
        if row["status"] == "draft":
            return self.styled_font("italic")
        return None


def _quantity(row: dict[str, Any], lang: str) -> str:
    return f"{row['quantity']} {unit_text(row['unit'])}"


def _with_national_names(text: str, names: dict[str, str]) -> str:
    """A name column's tooltip: the name shown, then the record's names in the national languages ("Kyrgyz: Башкы
    прокуратура"), so a row that a search found by one of them shows which."""
    from equipment_desk.ui.words import language_name

    return "\n".join([text, *(f"{language_name(code)}: {name}" for code, name in names.items())]).strip()


def _bilingual_name(row: dict[str, Any], lang: str) -> str:
    return bilingual(row, "name", lang)


def _item_name(row: dict[str, Any], lang: str) -> str:
    return bilingual(row, "name", lang) or row["name"]


def _item_status_tooltip(row: dict[str, Any], lang: str) -> str:
    if row["written_off"]:
        return QCoreApplication.translate("labels", "Written off: {reason}").format(reason=row["written_off_reason"])
    return QCoreApplication.translate("labels", "{handed} of {quantity} handed over").format(
        handed=row["handed_over"], quantity=row["quantity"])


class ItemsModel(ListModel):
    """Items in stock and handed over, with their availability."""

    kind = "items"
    shows = frozenset({"items", "programmes"})  # stock figures change with the item: finalizing and voiding say "items"
    progressive = True
    columns = (
        Column("name", QT_TRANSLATE_NOOP("columns", "Item"), _item_name, national_names=True),
        Column("model", QT_TRANSLATE_NOOP("columns", "Make and model"), lambda r, lang: r["model"]),
        Column("serial_number", QT_TRANSLATE_NOOP("columns", "Serial No."), lambda r, lang: r["serial_number"] or ""),
        Column("inventory_number", QT_TRANSLATE_NOOP("columns", "Inventory No."), lambda r, lang: r["inventory_number"] or ""),
        Column("category", QT_TRANSLATE_NOOP("columns", "Category"), lambda r, lang: category_label(r["category"]), hidden=True),
        Column("quantity", QT_TRANSLATE_NOOP("columns", "Quantity"), _quantity, RIGHT),
        Column("available", QT_TRANSLATE_NOOP("columns", "Available"), lambda r, lang: r["available"], RIGHT),
        Column("status", QT_TRANSLATE_NOOP("columns", "Availability"), lambda r, lang: item_status_label(r["status"]),
               tooltip=_item_status_tooltip),
        Column("unit_value", QT_TRANSLATE_NOOP("columns", "Unit value"),
               lambda r, lang: money(r["unit_value_minor"], r["currency"], lang), RIGHT),
        Column("total_value", QT_TRANSLATE_NOOP("columns", "Total value"),
               lambda r, lang: money(r["total_value_minor"], r["currency"], lang), RIGHT, hidden=True),
        Column("programme", QT_TRANSLATE_NOOP("columns", "Programme"), lambda r, lang: r["programme"] or ""),
        Column("acquisition_date", QT_TRANSLATE_NOOP("columns", "Acquired on"),
               lambda r, lang: format_date(r["acquisition_date"]), CENTER),
        Column("condition", QT_TRANSLATE_NOOP("columns", "Condition"), lambda r, lang: condition_label(r["condition"]), hidden=True),
        Column("added", QT_TRANSLATE_NOOP("columns", "Record No."), lambda r, lang: r["id"], RIGHT, hidden=True),
    )
    default_sort = (13, DESCENDING)

    def row_foreground(self, row: dict[str, Any]) -> QBrush | None:
        return _muted() if row["status"] == "written_off" else None


class InstitutionsModel(ListModel):
    """Receiving institutions, with how many acts they got and their value."""

    kind = "institutions"
    shows = frozenset({"institutions", "acts"})  # the acts it received and their value
    columns = (
        Column("name", QT_TRANSLATE_NOOP("columns", "Institution"), _bilingual_name, national_names=True),
        Column("other_name", QT_TRANSLATE_NOOP("columns", "Name in the other language"),
               lambda r, lang: r["name_en"] if lang == "ru" else r["name_ru"], hidden=True),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r, lang: country_label(r["country"], lang)),
        Column("city", QT_TRANSLATE_NOOP("columns", "City"), lambda r, lang: bilingual(r, "city", lang)),
        Column("kind", QT_TRANSLATE_NOOP("columns", "Kind"), lambda r, lang: institution_kind_label(r["kind"])),
        Column("acts", QT_TRANSLATE_NOOP("columns", "Acts"), lambda r, lang: r["acts"], RIGHT),
        Column("usd", QT_TRANSLATE_NOOP("columns", "Received, USD"), lambda r, lang: money(r["usd_minor"], "USD", lang), RIGHT),
        Column("contact_person", QT_TRANSLATE_NOOP("columns", "Contact person"), lambda r, lang: r["contact_person"], hidden=True),
        Column("phone", QT_TRANSLATE_NOOP("columns", "Phone"), lambda r, lang: r["phone"], hidden=True),
    )


class ProgrammesModel(ListModel):
    """Donor programmes, with their donors and what went out under them."""

    kind = "programmes"
    shows = frozenset({"programmes", "donors", "items", "acts"})  # its donors' names, counts of items and acts
    columns = (
        Column("code", QT_TRANSLATE_NOOP("columns", "Code"), lambda r, lang: r["code"]),
        Column("name", QT_TRANSLATE_NOOP("columns", "Programme"), _bilingual_name, national_names=True),
        Column("sub_programme", QT_TRANSLATE_NOOP("columns", "Sub-programme"), lambda r, lang: sub_programme_label(r["sub_programme"]),
               hidden=True),
        # In Russian the donors' Russian names where recorded; in English their short names.
        Column("donors", QT_TRANSLATE_NOOP("columns", "Donors"), lambda r, lang: (r["donors_ru"] if lang == "ru" else r["donors"]) or ""),
        Column("items", QT_TRANSLATE_NOOP("columns", "Items"), lambda r, lang: r["items"], RIGHT),
        Column("acts", QT_TRANSLATE_NOOP("columns", "Acts"), lambda r, lang: r["acts"], RIGHT),
        Column("usd", QT_TRANSLATE_NOOP("columns", "Handed over, USD"), lambda r, lang: money(r["usd_minor"], "USD", lang), RIGHT),
    )


class DonorsModel(ListModel):
    """Donors and how many programmes they fund."""

    kind = "donors"
    shows = frozenset({"donors", "programmes"})  # the programmes it funds
    columns = (
        Column("name", QT_TRANSLATE_NOOP("columns", "Donor"), _bilingual_name, national_names=True),
        Column("short_name", QT_TRANSLATE_NOOP("columns", "Short name"), lambda r, lang: r["short_name"]),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r, lang: r["country"]),
        Column("programmes", QT_TRANSLATE_NOOP("columns", "Programmes"), lambda r, lang: r["programmes"], RIGHT),
    )


MODELS: dict[str, type[ListModel]] = {m.kind: m for m in (ActsModel, ItemsModel, InstitutionsModel, ProgrammesModel, DonorsModel)}

for _model in MODELS.values():
    assert all(c.key in queries.SORT_KEYS[_model.kind] for c in _model.columns), _model.kind
