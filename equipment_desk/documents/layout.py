"""Page machinery shared by the certificate and the collection.

- :class:`Section` describes a run of pages that is numbered on its own
  ("page X of Y" counts one copy of one act); a :class:`SectionMark` flowable
  starts it.
- :class:`_DeferredCanvas` keeps every page until the end, then draws the
  footer and watermark of each page knowing how many pages its section has.
- :class:`TableWithTail` keeps the start of a table with the clause that
  introduces it, and its last row(s) with what follows it (totals, closing
  clauses, signatures).
- :func:`build_pdf` runs reportlab in invariant mode: the same input gives the
  same bytes, so a reprint of a finalized act is byte-identical.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFInfo, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph, Table

from equipment_desk.documents import styles as st
from equipment_desk.documents.fonts import BOLD, REGULAR, register_fonts

CREATOR = "Equipment Desk"


@dataclass
class Section:
    """A run of pages numbered on its own, with its footer and marks."""

    footer_left: str
    """E.g. "Акт № BISH-2018-0001 / Act No. BISH-2018-0001"."""
    page_template: Sequence[str]
    """One ``"… {page} … {pages} …"`` template per language."""
    footer_center: str = ""
    """E.g. the copy mark."""
    small_print: str = ""
    """Second footer line (the verification code)."""
    watermark: Sequence[str] = ()
    """Lines of a diagonal watermark (DRAFT / ПРОЕКТ), empty for none."""
    watermark_color: object = None
    first_page: int = 1
    """The number of the section's first page here (a section drawn in several documents continues its numbering)."""
    pages: int | None = None
    """The section's pages in all, when it is drawn in several documents; None: the pages of this document."""


class SectionMark(Flowable):
    """Zero-size flowable: the pages from here on belong to ``section``."""

    def __init__(self, section: Section) -> None:
        super().__init__()
        self.section = section
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        return 0, 0

    def draw(self) -> None:
        self.canv._section = self.section


class _Info(PDFInfo):
    """Document info with our own extra entries (e.g. the verification code)."""

    extra: dict[str, str] = {}

    def format(self, document):  # noqa: D401 - reportlab API
        from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFName

        entries = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        entries["ModDate"] = entries["CreationDate"] = PDFDate(
            ts=document._timeStamp, dateFormatter=self._dateFormatter
        )
        for key, value in self.extra.items():
            entries[key] = PDFString(value)
        return PDFDictionary(entries).format(document)


def _canvas_class(extra_info: dict[str, str]):
    class _DeferredCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            info = _Info()
            info.__dict__.update(self._doc.info.__dict__)
            info.extra = dict(extra_info)
            self._doc.info = info
            self._section = None
            self._kept_pages: list[dict] = []

        def showPage(self):
            self._kept_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = self._kept_pages
            totals: dict[int, int] = {}
            for state in pages:
                key = id(state["_section"])
                totals[key] = totals.get(key, 0) + 1
            seen: dict[int, int] = {}
            for state in pages:
                self.__dict__.update(state)
                section = state["_section"]
                key = id(section)
                seen[key] = seen.get(key, 0) + 1
                if section is not None:
                    _draw_page_marks(self, section, section.first_page - 1 + seen[key], section.pages or totals[key])
                Canvas.showPage(self)
            Canvas.save(self)

    return _DeferredCanvas


def _draw_page_marks(canvas: Canvas, section: Section, page: int, pages: int) -> None:
    width, _ = st.PAGE_SIZE
    left, right = st.MARGIN_LEFT, width - st.MARGIN_RIGHT
    if section.watermark:
        _draw_watermark(canvas, section.watermark, section.watermark_color or st.WATERMARK_DRAFT)
    canvas.saveState()
    rule_y = st.MARGIN_BOTTOM - 5 * mm
    canvas.setStrokeColor(st.HAIRLINE)
    canvas.setLineWidth(st.HAIRLINE_WIDTH)
    canvas.line(left, rule_y, right, rule_y)
    text_y = rule_y - 3.3 * mm
    canvas.setFillColor(st.TEXT)
    canvas.setFont(REGULAR, st.LABEL_SIZE)
    canvas.drawString(left, text_y, section.footer_left)
    page_text = " / ".join(t.format(page=page, pages=pages) for t in section.page_template)
    canvas.setFont(BOLD, st.LABEL_SIZE)
    canvas.drawRightString(right, text_y, page_text)
    if section.footer_center:
        canvas.setFont(REGULAR, st.LABEL_SIZE)
        canvas.drawCentredString((left + right) / 2, text_y, section.footer_center)
    if section.small_print:
        canvas.setFillColor(st.SECOND_LANGUAGE)
        size = st.SMALL_SIZE
        while size > 3.5 and stringWidth(section.small_print, REGULAR, size) > right - left:
            size -= 0.25
        canvas.setFont(REGULAR, size)
        canvas.drawString(left, text_y - 3 * mm, section.small_print)
    canvas.restoreState()


def _draw_watermark(canvas: Canvas, lines: Sequence[str], color) -> None:
    width, height = st.PAGE_SIZE
    angle = math.degrees(math.atan2(height, width))
    diagonal = math.hypot(width, height)
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.setFillAlpha(0.13)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(angle)
    widest = max(stringWidth(line, BOLD, 100) for line in lines)
    size = min(110.0, 0.62 * diagonal / (widest / 100))
    leading = size * 1.05
    top = (len(lines) - 1) * leading / 2 - size * 0.35
    canvas.setFont(BOLD, size)
    for index, line in enumerate(lines):
        canvas.drawCentredString(0, top - index * leading, line)
    canvas.restoreState()


class Para(Paragraph):
    """A Paragraph that remembers how it broke into lines at each width.

    Layout asks a paragraph for its size several times (keep-together checks,
    table measurement, drawing); breaking the lines again each time was a
    large share of the time spent on an act.
    """

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        cache = self.__dict__.setdefault("_wrapped", {})
        found = cache.get(availWidth)
        if found is None:
            width, height = super().wrap(availWidth, availHeight)
            cache[availWidth] = (width, height, self.blPara, self._wrapWidths)
            return width, height
        self.width, self.height, self.blPara, self._wrapWidths = found
        return found[0], found[1]


_BREAK_AFTER = "-/,;._|"


def wrap_text(text: str, font: str, size: float, width: float, _cache: dict | None = None) -> list[str]:
    """Lines of ``text`` that each fit ``width`` points: greedy word wrap at
    spaces (a no-break space binds), recorded line breaks kept, and a word too long for a line cut after a
    hyphen, slash or comma where one fits, else between characters.

    Much cheaper than a Paragraph, for table cells of plain text.  ``_cache``
    maps ``(text, font, size)`` to a width and may be shared between calls.
    """
    cache = _cache if _cache is not None else {}

    def measure(piece: str) -> float:
        key = (piece, font, size)
        found = cache.get(key)
        if found is None:
            found = cache[key] = stringWidth(piece, font, size)
        return found

    space = measure(" ")
    lines: list[str] = []
    for source in str(text).split("\n"):
        current, current_width = "", 0.0
        for word in source.split(" "):
            if not word:
                continue
            w = measure(word)
            if w > width:  # cut the long word into pieces that fit
                if current:
                    lines.append(current)
                    current, current_width = "", 0.0
                while measure(word) > width:
                    cut = _cut(word, font, size, width)
                    lines.append(word[:cut])
                    word = word[cut:]
                current, current_width = word, measure(word)
                continue
            if not current:
                current, current_width = word, w
            elif current_width + space + w <= width:
                current += " " + word
                current_width += space + w
            else:
                lines.append(current)
                current, current_width = word, w
        lines.append(current)
    return lines


def _cut(word: str, font: str, size: float, width: float) -> int:
    """Where to cut ``word``: after the last break character that fits, else the last character that fits."""
    fits = 1
    low, high = 1, len(word)
    while low <= high:  # longest prefix that fits
        middle = (low + high) // 2
        if stringWidth(word[:middle], font, size) <= width:
            fits, low = middle, middle + 1
        else:
            high = middle - 1
    for index in range(fits, max(fits // 2, 1) - 1, -1):
        if word[index - 1] in _BREAK_AFTER and index < len(word):
            return index
    return fits


class DeskTable(Table):
    """A Table whose cells default to the bundled font (reportlab's default,
    Helvetica, would otherwise be referenced by every table in the PDF)."""

    def __init__(self, data, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        if not kwargs.get("normalizedData"):  # split pieces inherit their cell styles
            self.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), ("TEXTCOLOR", (0, 0), (-1, -1), st.TEXT)])


class FlowTable(DeskTable):
    """A long table whose every continuation starts a new page.

    reportlab would otherwise place a continuation (with its repeated header)
    right under the first piece when a row too tall for the page is split
    inside the row, giving a second header in the middle of a page.
    """

    def split(self, availWidth, availHeight):  # noqa: N803
        pieces = super().split(availWidth, availHeight)
        if len(pieces) == 2:
            return [pieces[0], PageBreak(), pieces[1]]
        return pieces


def _stack_height(flowables: Sequence[Flowable], width: float, canv, limit: float) -> float:
    """Height of flowables laid one under the other (KeepTogether looked into)."""
    total = 0.0
    for index, flowable in enumerate(flowables):
        if isinstance(flowable, KeepTogether):
            h = _stack_height(flowable._content, width, canv, limit)
        else:
            _, h = flowable.wrapOn(canv, width, limit)
        total += h + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
    return total


class TableWithTail(Flowable):
    """A table with what introduces it (``lead``) and what closes it (``tail``).

    Used for the item table: the lead is the operative clause ("… the
    following property:"), the tail the totals, closing clauses and
    signatures.  The rules, in order:

    - the lead is kept with the start of the table: the table starts on the
      page where the lead ends when the header and at least ``min_rows`` item
      rows fit there (one when the table has only one row to give); otherwise
      lead and table move to the next page together;
    - the tail never parts from the end of the table: it shares its page
      with the totals row and, when that costs no row on the first page, the
      item row before it (``keep_rows`` rows in all; at least the totals row);
    - the header repeats on every page (the table does that itself);
    - if the tail cannot share a page with the totals row at all (absurdly
      long texts), everything flows normally.

    When everything fits on the page it simply becomes lead, table and tail.
    """

    def __init__(self, table: Table, tail: Sequence[Flowable], *, lead: Sequence[Flowable] = (),
                 keep_rows: int = 2, min_rows: int = 2, frame_height: float = st.FRAME_HEIGHT,
                 tail_flows: bool = False, _heights: dict | None = None) -> None:
        super().__init__()
        self._heights = _heights if _heights is not None else {}
        self.table = table
        self.lead = list(lead)
        self.tail = list(tail)
        self.keep_rows = max(1, keep_rows)
        self.min_rows = max(1, min_rows)
        self.frame_height = frame_height
        self.tail_flows = tail_flows

    def wrap(self, availWidth, availHeight):  # noqa: N803
        # Never drawn directly: report "too tall" so the frame asks split().
        self._avail_width = availWidth
        return availWidth, availHeight + 1e6

    def _stack(self, which: str, flowables: Sequence[Flowable], width: float) -> float:
        """Height of the lead or the tail (measured once per width: it is the same on every page)."""
        if not flowables:
            return 0.0
        key = (which, round(width, 3))
        if key not in self._heights:
            self._heights[key] = _stack_height(flowables, width, self.canv, self.frame_height)
        return self._heights[key]

    def split(self, availWidth, availHeight):  # noqa: N803
        if self.tail_flows:
            return self._split_flowing(availWidth, availHeight)
        table = self.table
        table.wrapOn(self.canv, availWidth, self.frame_height)
        heights = list(table._rowHeights)
        table_height = sum(heights)
        lead_height = self._stack("lead", self.lead, availWidth)
        tail_height = self._stack("tail", self.tail, availWidth)
        header = sum(heights[: table.repeatRows])
        body = heights[table.repeatRows:]
        slack = 2.0
        at_top = availHeight >= self.frame_height - 1
        if lead_height + table_height + tail_height + slack <= availHeight:
            return [*self.lead, table, *self.tail]
        room = availHeight - lead_height - header - slack
        if not body or header + body[-1] + tail_height + slack > self.frame_height:
            # The tail cannot share a page with the table's end: let it flow,
            # the lead still followed by the header and a first row or two.
            first_rows = sum(body[: min(self.min_rows, len(body))])
            if not at_top and first_rows > room:
                return [PageBreak(), self._again(table, lead=self.lead)]
            pieces = table.split(availWidth, availHeight - lead_height)
            if pieces:
                return [*self.lead, *pieces, *self.tail]
            if at_top:
                return [*self.lead, table, *self.tail]  # let reportlab report what cannot fit
            return [PageBreak(), self._again(table, lead=self.lead)]
        # Prefer keeping ``keep_rows`` rows with the tail; fall back to the
        # totals row alone when that lets the table start on this page.
        for keep in sorted({min(self.keep_rows, len(body)), 1}, reverse=True):
            if header + sum(body[len(body) - keep:]) + tail_height + slack > self.frame_height:
                continue
            movable = len(body) - keep
            used, fit = 0.0, 0
            for h in body[:movable]:
                if used + h > room:
                    break
                used += h
                fit += 1
            if fit and fit >= min(self.min_rows, movable):
                if hasattr(table, "split_rows"):
                    first, rest = table.split_rows(fit)
                else:
                    pieces = Table.split(table, availWidth, header + used + 0.01)
                    if len(pieces) != 2:
                        break
                    first, rest = pieces
                return [*self.lead, first, PageBreak(), self._again(rest, lead=())]
        if not at_top:
            return [PageBreak(), self._again(table, lead=self.lead)]
        # At the top of a page and not one row fits under the lead: a row taller
        # than a page is cut between its lines right here; otherwise the table
        # starts the next page.
        pieces = table.split(availWidth, availHeight - lead_height)
        if len(pieces) >= 2:
            return [*self.lead, *pieces[:-1], self._again(pieces[-1], lead=())]
        if self.lead:
            return [*self.lead, PageBreak(), self._again(table, lead=())]
        return [table, *self.tail]  # let reportlab report what cannot fit

    def _split_flowing(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The rules of acts sealed in content version 2 and later (``tail_flows``):

        - a table that fits on one page is never split: when it does not fit
          under the lead here, lead and table start the next page together;
        - a longer table breaks only between item rows, with at least
          ``min_rows`` item rows on a page, and the totals row (the table's
          last) keeps at least ``keep_rows`` - 1 item rows above it: no page
          holds only the header and the total, and the header repeats only
          above lines that continue;
        - the tail then flows on (it keeps its own pieces together: the
          signature block with the last clause).
        """
        table = self.table
        table.wrapOn(self.canv, avail_width, self.frame_height)
        heights = list(table._rowHeights)
        lead_height = self._stack("lead", self.lead, avail_width)
        header = sum(heights[: table.repeatRows])
        body = heights[table.repeatRows:]
        slack = 2.0
        at_top = avail_height >= self.frame_height - 1
        if lead_height + sum(heights) + slack <= avail_height:
            return [*self.lead, table, *self.tail]
        if lead_height + sum(heights) + slack <= self.frame_height and not at_top:
            return [PageBreak(), self._again(table, lead=self.lead)]
        room = avail_height - lead_height - header - slack
        keep = min(self.keep_rows, len(body))
        movable = len(body) - keep
        used, fit = 0.0, 0
        for h in body[:movable]:
            if used + h > room:
                break
            used += h
            fit += 1
        if fit and fit >= min(self.min_rows, movable) and hasattr(table, "split_rows"):
            first, rest = table.split_rows(fit)
            return [*self.lead, first, PageBreak(), self._again(rest, lead=())]
        if not at_top:
            return [PageBreak(), self._again(table, lead=self.lead)]
        # at the top of a page and not one row fits under the lead (a row taller than a page): let the table cut it
        pieces = table.split(avail_width, avail_height - lead_height)
        if len(pieces) >= 2:
            return [*self.lead, *pieces[:-1], self._again(pieces[-1], lead=())]
        return [*self.lead, table, *self.tail]

    def _again(self, table: Table, *, lead: Sequence[Flowable]) -> TableWithTail:
        return TableWithTail(table, self.tail, lead=lead, keep_rows=self.keep_rows, min_rows=self.min_rows,
                             frame_height=self.frame_height, tail_flows=self.tail_flows, _heights=self._heights)

    def draw(self) -> None:  # pragma: no cover - never called, see wrap()
        raise AssertionError("TableWithTail is always split")


def build_pdf(story: list[Flowable], *, title: str, subject: str = "", author: str = "",
              keywords: str = "", extra_info: dict[str, str] | None = None,
              target=None) -> bytes:
    """Lay out ``story`` on A4 in invariant mode; return the PDF bytes
    (and write them to ``target``, a path or binary file, when given)."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=st.PAGE_SIZE,
        leftMargin=st.MARGIN_LEFT,
        rightMargin=st.MARGIN_RIGHT,
        topMargin=st.MARGIN_TOP,
        bottomMargin=st.MARGIN_BOTTOM,
        title=title,
        subject=subject,
        author=author,
        keywords=keywords,
        creator=CREATOR,
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
    )
    frame = Frame(st.MARGIN_LEFT, st.MARGIN_BOTTOM, st.FRAME_WIDTH, st.FRAME_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_class(extra_info or {}))
    return deliver(buffer.getvalue(), target)


def deliver(data: bytes, target=None) -> bytes:
    """Write ``data`` to ``target`` (a path or binary file) when given; return ``data``."""
    if target is not None:
        if hasattr(target, "write"):
            target.write(data)
        else:
            with open(target, "wb") as handle:
                handle.write(data)
    return data
