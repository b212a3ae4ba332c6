"""Table columns sized to what they hold, the last one stretching, and the user's own widths kept once they set them.

Every table of records uses :class:`FittedColumns`: until the user drags a column's edge (or moves or hides a
column), the columns are fitted to their content whenever the rows change — a long act number or serial
number shows whole, an empty column takes no more than its title — with a cap so one long name cannot
push the figures out of view; room to spare goes first to the names the cap cut, then the last column
takes what is left.  Once the user has arranged the
columns, their arrangement is what is shown, and remembered between sessions; "Fit columns to contents"
and "Restore the standard columns" hand the widths back to the program.

Such a table is a :class:`FittedTable`: its resizes, its showing and its paints reach Python through its own
event methods.  An event filter would see every event of the table and its viewport, and the first event a
Python filter sees has PySide6 make a Python class for each of Qt's fifty-odd event types, some 2 ms of the
start; the filter for a change of font, style or language is installed once the table is painted.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView, QWidget

from equipment_desk.ui.qt_values import ALIGN_LEFT, ALIGN_TOP, Qt
from equipment_desk.ui.settings import DeskSettings

_ANYWHERE = QRectF(0, 0, 1e6, 1e6)
_ONE_LINE = ALIGN_LEFT | ALIGN_TOP
"""How a cell's text is measured: on one line, its glyphs' overhang included, as the delegate's text layout does."""

_REMEASURE = frozenset((QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange))

_REMEMBERED_WIDTHS = 20_000
"""Widths of texts remembered per table before the memory is emptied (a few MB at most)."""

COMMON_FOCUS_MARGIN = 2
"""The style's ``PM_FocusFrameHMargin`` (the room a cell's text keeps from its edges, less one pixel) in Qt's
common style, which its Fusion and Windows styles keep: the margin the columns are first fitted with."""

CAP_CHARACTERS = 32
"""A fitted column is at most this many average characters wide (a long name is cut, the figures stay in view)."""


class FittedTable(QTableView):
    """A table whose columns a :class:`FittedColumns` fits, told of the table's resizes, showing and paints by
    the table's own event methods (see the module's notes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: FittedColumns | None = None
        self.paint_listeners: list[Callable[[], None]] = []
        """Called after each paint of the rows."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name; the viewport's new size
        super().resizeEvent(event)
        if self.columns is not None:
            self.columns.viewport_resized()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.columns is not None:
            self.columns.shown()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name; the viewport's paint
        super().paintEvent(event)
        for listener in tuple(self.paint_listeners):  # a listener may remove itself
            listener()


class FittedColumns(QObject):
    """Fits ``view``'s columns to their content until the user arranges them; keeps the user's arrangement under ``key``."""

    def __init__(self, view: FittedTable, settings: DeskSettings | None, key: str, *, cap_characters: int = CAP_CHARACTERS) -> None:
        if not isinstance(view, FittedTable):
            raise TypeError(f"FittedColumns fits a FittedTable, not a {type(view).__name__}")
        super().__init__(view)
        self.view = view
        self.settings = settings
        self.key = key
        self.cap_characters = cap_characters
        self._fitting = False
        self._painted = False
        """The table has been painted at least once (see :meth:`_resized`)."""
        self._pending = False
        """Asked to fit while the table was not shown: fitted when it is."""
        self._widths: dict[tuple[str, str], int] = {}
        """(font key, text) -> the width measured (see :meth:`_width`)."""
        self._metrics: dict[str, QFontMetricsF] = {}
        self._titles: dict[tuple[int, bool], int] = {}
        """(column, sorted by it) -> the width its title wants (forgotten when a title changes)."""
        self._focus_margin: int | None = None
        """The style's text margin in a cell, once asked (see :meth:`_cell_margin`)."""
        self._margin_assumed = False
        """The columns were fitted with :data:`COMMON_FOCUS_MARGIN` before the style was asked."""
        header = self.header
        header.setStretchLastSection(True)
        self.arranged_by_user = bool(settings is not None and settings.restore_header(key, header))
        """True once the user has set a width, moved or hidden a column (or did so in an earlier session)."""
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(lambda *_: self.mark_arranged())
        model = view.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)  # rows fetched as the list scrolls
        model.layoutChanged.connect(self.fit)
        model.headerDataChanged.connect(lambda *_: self._titles.clear())
        view.columns = self
        view.paint_listeners.append(self._first_paint)

    def viewport_resized(self) -> None:
        """A wider window: the names cut get their room."""
        if not self._fitting:
            self.fit()

    def shown(self) -> None:
        if self._pending and not self._fitting:
            self.fit()

    def _first_paint(self) -> None:
        self._painted = True
        self.view.paint_listeners.remove(self._first_paint)
        if self._margin_assumed:
            QTimer.singleShot(0, self, self._check_margin)
        self.view.installEventFilter(self)  # another font, style or language: widths are measured again

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _REMEASURE and watched is self.view:
            self._focus_margin = None
            self._widths.clear()
            self._metrics.clear()
            self._titles.clear()
        return False

    @property
    def header(self) -> QHeaderView:
        return self.view.horizontalHeader()

    def mark_arranged(self) -> None:
        if not self._fitting:
            self.arranged_by_user = True

    def _resized(self, index: int, _old: int, _new: int) -> None:
        # Only a drag of the section's edge is the user's: the stretching last column follows the window's size.
        # Between the table's showing and its first paint nobody can have dragged one.  The buttons are asked last:
        # Qt's enum they come as makes the Qt namespace (see qt_values).
        if (not self._fitting and (self._painted or not self.view.isVisible()) and not self._stretching(index)
                and QApplication.mouseButtons() & Qt.MouseButton.LeftButton):
            self.arranged_by_user = True

    def _stretching(self, index: int) -> bool:
        return index == self._stretching_column()

    def _stretching_column(self) -> int | None:
        """The column that stretches (the last one shown), if the header stretches one."""
        header = self.header
        if not header.stretchLastSection():
            return None
        for visual in range(header.count() - 1, -1, -1):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                return logical
        return None

    def fit(self, *_args: object) -> None:
        """Size the columns to their content (capped), unless the user has arranged them; a table not shown yet
        is fitted when it is shown (before the window's first paint, fitting every row read would cost more than
        the rows in view)."""
        if self.arranged_by_user:
            return
        if not self.view.isVisible():
            self._pending = True
            return
        self.fit_now()

    def fit_now(self) -> None:
        """Size the columns to their content (capped) now; the widths are the program's again."""
        header = self.header
        limit = self.view.fontMetrics().averageCharWidth() * self.cap_characters
        self._fitting = True
        self._pending = False
        try:
            self._fit_to_content()
            last = self._stretching_column()
            shown = [i for i in range(header.count()) if not header.isSectionHidden(i) and i != last]
            cut: dict[int, int] = {}  # column -> the width its content wants
            for index in shown:
                if header.sectionSize(index) > limit:
                    cut[index] = header.sectionSize(index)
                    header.resizeSection(index, limit)
            # room the view has to spare goes to the columns that were cut, before the last one stretches
            spare = self.view.viewport().width() - sum(header.sectionSize(i) for i in shown)
            if last is not None:
                spare -= header.sectionSizeHint(last)
            for index, wanted in sorted(cut.items(), key=lambda kv: kv[1] - limit):
                if spare <= 0:
                    break
                share = min(wanted - limit, spare // max(len(cut), 1) if len(cut) > 1 else spare)
                header.resizeSection(index, limit + share)
                spare -= share
            header.setStretchLastSection(False)  # sizing to content shrank the last column too: stretch it again
            header.setStretchLastSection(True)
        finally:
            self._fitting = False

    def _fit_to_content(self) -> None:
        """What ``resizeColumnsToContents`` does, measured from the model's texts when it offers them.

        Qt's own fitting asks the delegate for the size of each cell of the rows it measures, every role of each
        through :meth:`data`: a few thousand calls into Python, longer than a frame on the 100,000 items at each
        keystroke.  A :class:`~equipment_desk.ui.models.ListModel` hands over the texts and fonts of those rows
        (``column_texts``); their width plus the margins the style gives a cell is the same figure.  Widths of
        texts already measured are remembered (names, models, statuses and dates come back at every keystroke).
        """
        view, header = self.view, self.header
        texts = getattr(view.model(), "column_texts", None)
        if texts is None:
            view.resizeColumnsToContents()
            return
        first, count = self._measured_rows()
        margin = 2 * (self._cell_margin() + 1) + (1 if view.showGrid() else 0)
        if len(self._widths) > _REMEMBERED_WIDTHS:
            self._widths.clear()
        fonts: dict[int, tuple[str, QFont]] = {}  # a model gives the same few QFont objects for its styled rows
        columns = [index for index in range(header.count()) if not header.isSectionHidden(index)]
        for index, cells in zip(columns, texts(columns, first, count)):
            widest = 0
            for text, font in cells:
                if text:
                    widest = max(widest, self._width(text, fonts.get(id(font)) or fonts.setdefault(id(font), self._font(font))))
            wanted = max(widest + margin if widest else 0, self._title_width(index))
            size = max(header.minimumSectionSize(), min(wanted, header.maximumSectionSize()))
            if header.sectionSize(index) != size:
                header.resizeSection(index, size)

    def _cell_margin(self) -> int:
        """The style's ``PM_FocusFrameHMargin``, which Qt's delegate keeps on each side of a cell's text.

        Before the table's first paint the style is not asked: reaching ``QStyle`` from Python makes its enums,
        a few milliseconds of every start (see qt_values).  The columns are fitted then with Qt's common margin,
        and the style is asked once the table is painted (:meth:`_check_margin`).
        """
        if self._focus_margin is not None:
            return self._focus_margin
        if not self._painted:
            self._margin_assumed = True
            return COMMON_FOCUS_MARGIN
        from PySide6.QtWidgets import QStyle

        self._focus_margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view)
        return self._focus_margin

    def _check_margin(self) -> None:
        """After the first paint, ask the style its margin; fit again in the rare style whose margin is not the
        common one."""
        self._margin_assumed = False
        if self._cell_margin() != COMMON_FOCUS_MARGIN and not self._fitting:
            self.fit()

    def _title_width(self, index: int) -> int:
        """The width the header wants for column ``index``'s title (and sort arrow), asked once per title."""
        header = self.header
        key = (index, header.sortIndicatorSection() == index)
        width = self._titles.get(key)
        if width is None:
            width = self._titles[key] = header.sectionSizeHint(index)
        return width

    def _font(self, font: QFont | None) -> tuple[str, QFont]:
        """A cell's font (None: the view's), completed from the view's, and its key."""
        resolved = self.view.font() if font is None else _resolved(font, self.view)
        return resolved.key(), resolved

    def _width(self, text: str, font: tuple[str, QFont]) -> int:
        """The width ``text`` takes on one line in ``font`` (see :meth:`_font`), measured once."""
        key = (font[0], text)
        width = self._widths.get(key)
        if width is None:
            metrics = self._metrics.get(font[0])
            if metrics is None:
                metrics = self._metrics[font[0]] = QFontMetricsF(font[1])
            width = self._widths[key] = math.ceil(metrics.boundingRect(_ANYWHERE, _ONE_LINE, text).width())
        return width

    def _measured_rows(self) -> tuple[int, int]:
        """The rows Qt's fitting measures: ``resizeContentsPrecision`` of them from the first row in view (or
        fewer); with a precision of 0, the rows in view."""
        view = self.view
        rows = view.model().rowCount(view.rootIndex())
        top = max(0, view.verticalHeader().visualIndexAt(0))
        precision = self.header.resizeContentsPrecision()
        if precision == 0:
            bottom = view.verticalHeader().visualIndexAt(view.viewport().height())
            if bottom < 0 or not view.isVisible():  # fewer rows than fill the view, or a view not shown: every row
                return 0, rows
            return top, bottom + 1 - top
        count = rows if precision < 0 else min(rows, precision)
        return max(0, min(top, rows - count)), count

    def give_back(self) -> None:
        """The program sizes the columns again ("Fit columns to contents"): the user's widths are forgotten."""
        self.arranged_by_user = False
        if self.settings is not None:
            self.settings.forget_header(self.key)
        self.fit()  # now, or when the table is shown

    def save(self) -> None:
        """Remember the user's arrangement; forget any saved one while the program sizes the columns."""
        if self.settings is None:
            return
        if self.arranged_by_user:
            self.settings.save_header(self.key, self.header)
        else:
            self.settings.forget_header(self.key)


def _resolved(font: QFont, widget: QWidget) -> QFont:
    """``font`` (a model's FontRole, only some attributes set) completed from the widget's font, as the delegate does."""
    return font.resolve(widget.font())
