"""Every act of a period in one PDF, after a cover list: for auditors and donor reports.

The cover list gives, for each act, its number, date, recipient, total (in the
act's currency and in US dollars) and whether the signed copy came back.  Each
act then follows exactly as :func:`~.certificate.render_certificate` lays it
out, with its own page numbering and verification code.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, TableStyle

from equipment_desk.core.money import format_amount
from equipment_desk.documents import styles as st
from equipment_desk.documents import texts as tx
from equipment_desk.documents.certificate import (
    _bilingual_markup,
    _header,
    _unique,
    act_languages,
    certificate_story,
    letterhead_names,
)
from equipment_desk.documents.fonts import REGULAR
from equipment_desk.documents.layout import FlowTable, Para, Section, SectionMark, build_pdf, deliver
from equipment_desk.documents.spool import PdfSpool, page_count

__all__ = ["append_acts", "render_collection", "write_collection"]


def _status_text(act: dict, lang: str, w: tx.Words) -> str:
    status = act.get("status")
    if status == "void":
        return w.text("status_void", lang)
    if status == "draft":
        return w.text("status_draft", lang)
    if (act.get("signed") or {}).get("date"):
        return w.text("status_signed", lang)
    return w.text("status_finalized", lang)


def _cover_head(acts: Sequence[dict], langs: Sequence[str], *, date_from: str | None, date_to: str | None,
                programme_code: str | None, logo: bytes | None, office: dict | None) -> list[Flowable]:
    """The cover's letterhead, title, period and summary (and a line saying there are no acts, when none)."""
    s = st.styles()
    w = tx.current_words(langs)
    story: list[Flowable] = []
    # The cover is the office's own list, printed now: it is headed with the office of the settings.
    story += _header(letterhead_names((office or {}).get("name"), langs), langs, None, logo, w)
    for index, lang in enumerate(langs):
        story.append(Para(w.text("register_title", lang), s.title if index == 0 else s.title_second))
    period = []
    for lang in langs:
        line = w.text("register_period", lang, date_from=w.format_date(date_from, lang) or "…",
                       date_to=w.format_date(date_to, lang) or "…")
        if programme_code:
            line += f"; {w.text('programme', lang)}: {escape(programme_code)}"
        period.append(line)
    story.append(Spacer(0, 1.5 * mm))
    story += [Para(line, s.subtitle) for line in _unique(period)]
    void = sum(1 for a in acts if a.get("status") == "void")
    counted = [a for a in acts if a.get("status") not in ("void", "draft")]
    usd_total = sum(int((a.get("totals") or {}).get("usd_minor") or 0) for a in counted)
    story.append(Spacer(0, 2 * mm))
    story += [Para(line, s.subtitle) for line in _unique(
        w.text("register_summary", lang, count=len(acts), void=void, usd=format_amount(usd_total, "USD", lang))
        for lang in langs)]
    story.append(Spacer(0, 5 * mm))

    if not acts:
        story += [Para(line, s.body_left) for line in _unique(w.text("register_none", lang) for lang in langs)]
    return story


def _cover_table(acts: Sequence[dict], langs: Sequence[str], *, first_no: int = 1) -> Flowable:
    """The cover's list of ``acts``, numbered from ``first_no``."""
    s = st.styles()
    w = tx.current_words(langs)
    primary = langs[0]

    def head(key: str) -> Paragraph:
        return Para(_bilingual_markup([w.text(key, lang) for lang in langs], first_bold=True), s.cell_head)

    header = [head("col_no"), head("col_number"), head("col_date"), head("col_recipient"),
              head("col_currency"), head("col_total"), head("col_usd"), head("col_status")]
    data: list[list[Any]] = [header]
    for index, act in enumerate(acts, start=first_no):
        recipient = (act.get("recipient") or {}).get("organisation")
        names = _unique(escape(tx.pick(recipient, lang)) for lang in langs)
        totals = act.get("totals") or {}
        currency = act.get("currency") or "USD"
        signed = (act.get("signed") or {}).get("date")
        status = _bilingual_markup([_status_text(act, lang, w) for lang in langs], separator=" / ")
        if signed:
            status += "<br/>" + tx.format_date(signed, "ru")
        data.append([
            str(index),
            Para(escape(act.get("number") or "—"), s.cell),
            tx.format_date(act.get("date"), "ru"),
            Para(_bilingual_markup(names), s.cell),
            currency,
            format_amount(int(totals.get("amount_minor") or 0), currency, primary, with_currency=False),
            format_amount(int(totals.get("usd_minor") or 0), "USD", primary, with_currency=False),
            Para(status, s.cell),
        ])
    widths_mm = [7, 27, 17, 0, 10, 24, 19, 25]
    widths_mm[3] = st.FRAME_WIDTH / mm - sum(widths_mm)
    table = FlowTable(data, colWidths=[w * mm for w in widths_mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), st.TABLE_SIZE),
        ("LEADING", (0, 0), (-1, -1), 8.8),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (2, -1), "CENTER"),
        ("ALIGN", (4, 1), (4, -1), "CENTER"),
        ("ALIGN", (5, 1), (6, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("BACKGROUND", (0, 0), (-1, 0), st.HEADER_FILL),
        ("INNERGRID", (0, 0), (-1, -1), st.HAIRLINE_WIDTH, st.HAIRLINE),
        ("BOX", (0, 0), (-1, -1), st.RULE_WIDTH, st.RULE),
        ("LINEBELOW", (0, 0), (-1, 0), st.RULE_WIDTH, st.RULE),
    ]))
    for row, act in enumerate(acts, start=1):
        if act.get("status") == "void":
            table.setStyle(TableStyle([("TEXTCOLOR", (0, row), (-1, row), st.SECOND_LANGUAGE)]))
    return table


ACTS_PER_PART = 40
"""Acts drawn as one reportlab document before its pages go to the file (memory is bounded by this, not the register)."""
COVER_ROWS_PER_PART = 250
"""Lines of the cover list drawn as one reportlab document."""


def cover_entry(act: dict) -> dict:
    """What the cover list keeps of an act (its line on the list), so the act itself can be let go."""
    totals = act.get("totals") or {}
    return {
        "status": act.get("status"), "number": act.get("number"), "date": act.get("date"),
        "currency": act.get("currency"),
        "totals": {"amount_minor": totals.get("amount_minor"), "usd_minor": totals.get("usd_minor")},
        "recipient": {"organisation": (act.get("recipient") or {}).get("organisation")},
        "signed": {"date": (act.get("signed") or {}).get("date")},
    }


def acts_part(acts: Sequence[dict], *, languages: Sequence[str] | str | None = None, logo: bytes | None = None) -> bytes:
    """A few acts one after the other, each headed and numbered on its own, as one PDF part."""
    story: list[Flowable] = []
    for act in acts:
        if story:
            story.append(PageBreak())
        story += certificate_story(act, languages=languages, logo=logo)
    return build_pdf(story, title="")


def append_acts(spool: PdfSpool, acts: Iterable[dict], *, languages: Sequence[str] | str | None = None,
                logo: bytes | None = None, seen: Callable[[dict], None] | None = None) -> list[int]:
    """Draw ``acts`` (any iterable, read as it goes) into ``spool`` :data:`ACTS_PER_PART` at a time; returns their
    pages.  ``seen(act)`` is called for each act before it is let go."""
    pages: list[int] = []
    batch: list[dict] = []
    for act in acts:
        if seen is not None:
            seen(act)
        batch.append(act)
        if len(batch) >= ACTS_PER_PART:
            pages += spool.add(acts_part(batch, languages=languages, logo=logo))[0]
            batch = []
    if batch:
        pages += spool.add(acts_part(batch, languages=languages, logo=logo))[0]
    return pages


def write_collection(acts: Iterable[dict], handle: BinaryIO, *, date_from: str | None = None, date_to: str | None = None,
                     programme_code: str | None = None, languages: Sequence[str] | str | None = None,
                     logo: bytes | None = None, office: dict | None = None) -> int:
    """Write a cover list of ``acts`` followed by each act to the binary file ``handle``; returns how many acts.

    ``acts`` may be a generator reading each act from the register as it is
    needed: the acts are drawn a few at a time and written out at once
    (:class:`~.spool.PdfSpool`), and only each act's line on the cover list
    is kept, so memory does not grow with the number of acts.  The cover is
    drawn last, when every act has been seen, and placed first.

    ``languages`` sets the cover's languages and, when given, every act's;
    otherwise each act prints in its own languages.  ``office``
    (``{"name": {"en": …, "ru": …}}``) heads the cover; each act is headed
    with its own transferor, as :func:`~.certificate.render_certificate` prints it.
    """
    spool = PdfSpool(handle)
    listed: list[dict] = []
    pages = append_acts(spool, acts, languages=languages, logo=logo, seen=lambda act: listed.append(cover_entry(act)))
    cover_langs = act_languages({}, languages)
    w = tx.current_words(cover_langs)
    parts = [listed[start:start + COVER_ROWS_PER_PART] for start in range(0, len(listed), COVER_ROWS_PER_PART)] or [[]]
    title = " / ".join(_unique(w.text("register_title", lang) for lang in cover_langs))
    period = f"{date_from or '…'} – {date_to or '…'}"

    def cover_part(index: int, first_page: int = 1, pages: int | None = None) -> bytes:
        section = Section(footer_left=title, page_template=_unique(w.template("page", lang) for lang in cover_langs),
                          first_page=first_page, pages=pages)
        story: list[Flowable] = [SectionMark(section)]
        if index == 0:
            story += _cover_head(listed, cover_langs, date_from=date_from, date_to=date_to,
                                 programme_code=programme_code, logo=logo, office=office)
        if parts[index]:
            story.append(_cover_table(parts[index], cover_langs, first_no=index * COVER_ROWS_PER_PART + 1))
        return build_pdf(story, title=f"{title}, {period}", subject=programme_code or "",
                         author=tx.pick((office or {}).get("name"), cover_langs[0]) if office else "")

    if len(parts) == 1:
        covers = [cover_part(0)]
    else:
        # A long list is drawn in parts (reportlab's time and memory grow faster than a table's length); a first
        # pass counts each part's pages, so every page can say "page 12 of 240".
        counts = [page_count(cover_part(index)) for index in range(len(parts))]
        firsts = [1 + sum(counts[:index]) for index in range(len(parts))]
        covers = (cover_part(index, firsts[index], sum(counts)) for index in range(len(parts)))
    cover_pages: list[int] = []
    info = None
    for index, cover in enumerate(covers):
        added, kept = spool.add(cover, keep_info=index == 0)
        cover_pages += added
        info = kept if index == 0 else info
    spool.finish(cover_pages + pages, info)
    return len(listed)


def render_collection(acts: Sequence[dict], *, date_from: str | None = None, date_to: str | None = None,
                      programme_code: str | None = None, languages: Sequence[str] | str | None = None,
                      logo: bytes | None = None, office: dict | None = None, target=None) -> bytes:
    """A cover list of ``acts`` followed by each act, as PDF bytes (:func:`write_collection` into memory;
    a batch for a file is better written there directly)."""
    buffer = io.BytesIO()
    write_collection(acts, buffer, date_from=date_from, date_to=date_to, programme_code=programme_code,
                     languages=languages, logo=logo, office=office)
    return deliver(buffer.getvalue(), target)
