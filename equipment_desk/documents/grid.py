"""A fast ruled table for the act's item list: :class:`ItemGrid`.

reportlab's ``Table`` re-measures every remaining row each time it is split
across a page and draws every cell through its own text object; for an act of
hundreds of lines that is most of the time spent.  The item list needs much
less: plain text cells wrapped beforehand (:func:`~.layout.wrap_text`), fixed
column widths, a header repeated on every page, and a totals row whose label
spans several columns.  :class:`ItemGrid` measures each row once, splits by
slicing its list of rows, and draws a whole page of rows with one text object
and a handful of rules.

A row taller than a page (a 2,000-character name) is cut between its lines
and continues on the next page under the repeated header.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable, PageBreak

Segment = tuple[str, str, float, object]
"""A run of text: (text, font name, size, colour)."""
Line = tuple[Segment, ...]
"""One printed line of a cell, made of runs."""


class Cell(NamedTuple):
    first: int
    """First column the cell covers."""
    last: int
    """Last column it covers (the same as ``first`` unless it spans)."""
    lines: tuple[Line, ...]
    align: str = "left"
    """``left``, ``right`` or ``center``."""


class GridRow(NamedTuple):
    cells: tuple[Cell, ...]
    height: float
    fill: object = None
    middle: bool = False
    """Centre the text vertically (headers, totals) instead of top-aligning it."""
    strong_above: bool = False
    """Draw a heavier rule above this row (the totals row)."""


@dataclass(frozen=True)
class GridStyle:
    leading: float
    pad_x: float
    pad_top: float
    pad_bottom: float
    rule_color: object
    rule_width: float
    hairline_color: object
    hairline_width: float


def make_row(cells: Sequence[Cell], style: GridStyle, *, fill=None, middle: bool = False,
             strong_above: bool = False, leading: float | None = None) -> GridRow:
    """A row whose height fits its tallest cell."""
    lead = leading or style.leading
    lines = max((len(cell.lines) for cell in cells), default=1) or 1
    return GridRow(tuple(cells), style.pad_top + style.pad_bottom + lines * lead, fill, middle, strong_above)


class _TextShower:
    """Shows text on a text object, remembering how each text was encoded.

    For the embedded TrueType font, reportlab's ``textOut`` maps every
    character to its subset on each call; an act repeats the same texts
    (units, prices, models) hundreds of times.  This does what ``textOut``
    does for such a font (same PDF operators, byte for byte) but encodes each
    distinct text once per document.  Other fonts go through ``textOut``.
    """

    def __init__(self, canvas, cache: dict) -> None:
        self.canvas = canvas
        self.doc = canvas._doc
        self.cache = cache

    def __call__(self, text, value: str) -> None:
        font = getFont(text._fontname)
        if not getattr(font, "_dynamicFont", False):
            text.textOut(value)
            return
        key = (text._fontname, value)
        parts = self.cache.get(key)
        if parts is None:
            parts = self.cache[key] = [(subset, f"({self.canvas._escape(chunk)}) Tj")
                                       for subset, chunk in font.splitString(value, self.doc)]
        code = text._code
        for subset, operator in parts:
            if subset != text._curSubset:
                code.append(f"{font.getSubsetInternalName(subset, self.doc)} "
                            f"{fp_str(text._fontsize)} Tf {fp_str(text._leading)} TL")
                text._curSubset = subset
            code.append(operator)


class ItemGrid(Flowable):
    """Header rows repeated on every page, then body rows (the last may be a totals row)."""

    def __init__(self, widths: Sequence[float], header: Sequence[GridRow], body: Sequence[GridRow],
                 style: GridStyle, *, header_leading: float | None = None,
                 measure: dict | None = None, frame_height: float | None = None) -> None:
        super().__init__()
        self.widths = list(widths)
        self.header = list(header)
        self.body = list(body)
        self.style = style
        self.header_leading = header_leading or style.leading
        self.repeatRows = len(self.header)
        self._measure = measure if measure is not None else {}
        self.frame_height = frame_height
        self._shown: dict = {}
        self.width = sum(self.widths)
        self.height = sum(r.height for r in self.header) + sum(r.height for r in self.body)

    # -- the part of reportlab's Table interface that TableWithTail uses --

    @property
    def _rowHeights(self) -> list[float]:
        return [r.height for r in self.header] + [r.height for r in self.body]

    def split_rows(self, count: int) -> tuple[ItemGrid, ItemGrid]:
        """The first ``count`` body rows, and the rest (each under the header)."""
        return self._copy(self.body[:count]), self._copy(self.body[count:])

    def _copy(self, body: Sequence[GridRow]) -> ItemGrid:
        piece = ItemGrid(self.widths, self.header, body, self.style, header_leading=self.header_leading,
                         measure=self._measure, frame_height=self.frame_height)
        piece._shown = self._shown
        return piece

    # -- Flowable --

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        if self.height <= availHeight:
            return [self]
        room = availHeight - sum(r.height for r in self.header)
        used, count = 0.0, 0
        for row in self.body:
            if used + row.height > room:
                break
            used += row.height
            count += 1
        if count:
            first, rest = self.split_rows(count)
            return [first, PageBreak(), rest]
        if not self.body:
            return []
        # Not even one row fits.  Cut it between lines when it is too tall for
        # any page, else let it start the next page.
        row = self.body[0]
        page = self.frame_height or availHeight
        if row.height <= page - sum(r.height for r in self.header):
            return []
        fit = int((room - self.style.pad_top - self.style.pad_bottom) // self.style.leading)
        if fit < 2:
            return []
        head_cells, tail_cells = [], []
        for cell in row.cells:
            head_cells.append(Cell(cell.first, cell.last, cell.lines[:fit], cell.align))
            tail_cells.append(Cell(cell.first, cell.last, cell.lines[fit:], cell.align))
        style = self.style
        top = make_row(head_cells, style, fill=row.fill)
        bottom = make_row(tail_cells, style, fill=row.fill)
        return [self._copy([top]), PageBreak(), self._copy([bottom, *self.body[1:]])]

    def _width(self, segment: Segment) -> float:
        key = segment[:3]
        found = self._measure.get(key)
        if found is None:
            found = self._measure[key] = stringWidth(segment[0], segment[1], segment[2])
        return found

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        rows = self.header + self.body
        edges = [0.0]
        for w in self.widths:
            edges.append(edges[-1] + w)
        total_width = edges[-1]

        # backgrounds
        y = self.height
        for row in rows:
            if row.fill is not None:
                canvas.setFillColor(row.fill)
                canvas.rect(0, y - row.height, total_width, row.height, stroke=0, fill=1)
            y -= row.height

        # text, with one text object for the whole piece
        text = canvas.beginText()
        show = _TextShower(canvas, self._shown)
        font = color = None
        y = self.height
        for index, row in enumerate(rows):
            leading = self.header_leading if index < len(self.header) else style.leading
            lines_here = max((len(c.lines) for c in row.cells), default=0)
            for cell in row.cells:
                if not cell.lines:
                    continue
                left, right = edges[cell.first] + style.pad_x, edges[cell.last + 1] - style.pad_x
                top = y - style.pad_top
                if row.middle:
                    top -= (lines_here - len(cell.lines)) * leading / 2
                for number, line in enumerate(cell.lines):
                    size = line[0][2] if len(line) == 1 else max(seg[2] for seg in line)
                    baseline = top - number * leading - size * 0.93
                    if cell.align == "left":
                        x = left
                    else:
                        width = sum(self._width(seg) for seg in line)
                        x = right - width if cell.align == "right" else (left + right - width) / 2
                    text.setTextOrigin(x, baseline)
                    for segment in line:
                        if (segment[1], segment[2]) != font:
                            font = (segment[1], segment[2])
                            text.setFont(segment[1], segment[2], leading)
                        if segment[3] is not color:
                            color = segment[3]
                            text.setFillColor(color)
                        show(text, segment[0])
            y -= row.height
        canvas.drawText(text)

        # rules: hairlines between rows and columns, heavier ones round the
        # table, under the header and above a totals row
        canvas.saveState()
        canvas.setStrokeColor(style.hairline_color)
        canvas.setLineWidth(style.hairline_width)
        path = canvas.beginPath()
        y = self.height
        strong: list[float] = []
        for index, row in enumerate(rows):
            if index == len(self.header) and self.header:
                strong.append(y)
            elif row.strong_above:
                strong.append(y)
            elif index:
                path.moveTo(0, y)
                path.lineTo(total_width, y)
            y -= row.height
        # vertical rules, interrupted where a cell spans the boundary
        spans = [{b for c in row.cells if c.last > c.first for b in range(c.first + 1, c.last + 1)}
                 for row in rows]
        for boundary in range(1, len(self.widths)):
            x = edges[boundary]
            y = self.height
            start = None
            for row, spanned_here in zip(rows, spans):
                if boundary in spanned_here:
                    if start is not None:
                        path.moveTo(x, start)
                        path.lineTo(x, y)
                        start = None
                elif start is None:
                    start = y
                y -= row.height
            if start is not None:
                path.moveTo(x, start)
                path.lineTo(x, y)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setStrokeColor(style.rule_color)
        canvas.setLineWidth(style.rule_width)
        for y in strong:
            canvas.line(0, y, total_width, y)
        canvas.rect(0, 0, total_width, self.height, stroke=1, fill=0)
        canvas.restoreState()
