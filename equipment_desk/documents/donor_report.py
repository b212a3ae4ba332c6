"""The donor report: what one programme (or one donor's programmes) handed over in a period.

:func:`render_donor_report` takes plain data — the subject, the period and
the acts (objects with the attributes of
``equipment_desk.analytics.act_rows.ActRow``) — and returns PDF bytes;
``equipment_desk.documents.reports.donor_report_pdf`` gathers the data from
the database and the certificates to append.

A cover, a summary table by recipient institution, a bar chart of the USD
value by recipient (and a line over the months when the period spans
several, every month of the span shown, zero where nothing was handed
over), the list of acts with their signed status, and optionally every
act's certificate appended.  A report for one donor that includes acts of
programmes funded by several donors says so, naming them (those acts count
in full: the records hold no split of the funding).  Pages are numbered
"page X of Y".  Only finalized and signed acts count; values
are those each act froze when it was finalized, in local currency and in USD
at each act's own rate.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.money import format_amount
from equipment_desk.core.validation import COUNTRIES
from equipment_desk.documents.fonts import BOLD, REGULAR, register_fonts
from equipment_desk.documents.styles import (
    ACCENT,
    HAIRLINE,
    HEADER_FILL,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    TOTAL_FILL,
    styles,
)

TEXTS = {
    "title": ("Report to the donor", "Отчет для донора"),
    "programme": ("Programme", "Программа"),
    "donor": ("Donor", "Донор"),
    "donors": ("Donors", "Доноры"),
    "period": ("Period", "Период"),
    "prepared": ("Prepared by {office} on {date}", "Подготовлено: {office}, {date}"),
    "co_funded": ("Programmes funded by several donors: {programmes}.", "Программы, финансируемые несколькими донорами: {programmes}."),
    "acts": ("Acts of handover", "Акты приема-передачи"),
    "items": ("Items handed over", "Передано единиц"),
    "usd": ("Value, USD", "Стоимость, USD"),
    "local": ("Value in local currency", "Стоимость в местной валюте"),
    "acts_short": ("Acts", "Актов"),
    "items_short": ("Items", "Единиц"),
    "summary": ("Summary by recipient", "Сводка по получателям"),
    "recipient": ("Recipient", "Получатель"),
    "country": ("Country", "Страна"),
    "total": ("Total", "Итого"),
    "chart": ("Value handed over by recipient, USD", "Стоимость переданного по получателям, USD"),
    "months": ("Value handed over by month, USD", "Стоимость переданного по месяцам, USD"),
    "list": ("List of acts", "Перечень актов"),
    "number": ("No.", "№"),
    "date": ("Date", "Дата"),
    "amount": ("Amount", "Сумма"),
    "status": ("Signed copy", "Подписанный экземпляр"),
    "signed": ("signed {date}", "подписан {date}"),
    "no_scan": ("signed {date}, scan missing", "подписан {date}, скан отсутствует"),
    "not_signed": ("not yet signed", "еще не подписан"),
    "none": ("No act of this programme was finalized in the period.", "В этот период актов по программе не оформлено."),
    "usd_note": ("USD values use each act's own exchange rate.", "Стоимость в USD рассчитана по курсу, указанному в каждом акте."),
    "annex": ("The acts follow, in the order listed.", "Далее приложены акты в порядке перечня."),
    "page": ("page {n} of {total}", "стр. {n} из {total}"),
}


def _t(key: str, lang: str, **params: Any) -> str:
    text = TEXTS[key][1 if lang == "ru" else 0]
    return text.format(**params) if params else text


def _date_text(value: str | None, lang: str) -> str:
    if not value:
        return ""
    if lang == "ru":
        y, m, d = value.split("-")
        return f"{d}.{m}.{y}"
    return value


def _country(code: str, lang: str) -> str:
    """``KG`` -> ``Kyrgyzstan`` / ``Кыргызстан``; an unknown code as it is."""
    names = COUNTRIES.get(code)
    return (names[1] if lang == "ru" else names[0]) if names else code


def _status(act: Any, lang: str) -> str:
    if act.status == "signed":
        return _t("signed" if act.has_scan else "no_scan", lang, date=_date_text(act.signed_date, lang))
    return _t("not_signed", lang)


def _by_recipient(acts: list[Any], lang: str) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for act in acts:
        key = act.institution_uuid or act.recipient_en
        group = groups.setdefault(key, {"name": (act.recipient_ru if lang == "ru" else act.recipient_en) or act.recipient_en,
                                        "country": act.country, "acts": 0, "items": 0, "usd": 0, "local": {}})
        group["acts"] += 1
        group["items"] += act.quantity
        group["usd"] += act.usd_minor or 0
        group["local"][act.currency] = group["local"].get(act.currency, 0) + act.total_minor
    return sorted(groups.values(), key=lambda g: (-g["usd"], g["name"]))


def _local_text(local: dict[str, int], lang: str) -> str:
    return "<br/>".join(escape(format_amount(v, c, lang)) for c, v in sorted(local.items())) or "—"


def _usd(value: int, lang: str) -> str:
    return format_amount(value, "USD", lang, with_currency=False)


def _bar_chart(groups: list[dict[str, Any]], lang: str, width: float) -> Drawing:
    shown = groups[:12]
    height = 30 + 16 * max(1, len(shown))
    drawing = Drawing(width, height + 20)
    drawing.add(String(0, height + 8, _t("chart", lang), fontName=BOLD, fontSize=8))
    chart = HorizontalBarChart()
    chart.x, chart.y = 165, 18
    chart.width, chart.height = width - 200, height - 20
    values = [round(g["usd"] / 100) for g in reversed(shown)]
    chart.data = [values or [0]]
    names = [g["name"] if len(g["name"]) <= 34 else g["name"][:33] + "…" for g in reversed(shown)]
    chart.categoryAxis.categoryNames = names or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}".replace(",", "\u00a0" if lang == "ru" else ",")
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: f"{int(v):,}".replace(",", "\u00a0" if lang == "ru" else ",")
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


MAX_MONTH_LABELS = 12


def _month_label(key: str, lang: str) -> str:
    return f"{key[5:7]}.{key[:4]}" if lang == "ru" and len(key) == 7 else key


def _month_chart(monthly: Sequence[tuple[str, int]], lang: str, width: float) -> Drawing | None:
    """A line over ``monthly`` ((``YYYY-MM``, USD minor) for every month of the span, in order)."""
    if len(monthly) < 2:
        return None
    every = -(-len(monthly) // MAX_MONTH_LABELS)
    drawing = Drawing(width, 150)
    drawing.add(String(0, 140, _t("months", lang), fontName=BOLD, fontSize=8))
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 50, 20, width - 70, 105
    chart.data = [[round(value / 100) for _key, value in monthly]]
    chart.categoryAxis.categoryNames = [_month_label(key, lang) if n % every == 0 else "" for n, (key, _value) in enumerate(monthly)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}".replace(",", "\u00a0" if lang == "ru" else ",")
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 1.5
    drawing.add(chart)
    return drawing


def _table(rows: list[list[Any]], widths: Sequence[float], *, total: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.35, HAIRLINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if total:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL))
    table.setStyle(TableStyle(commands))
    return table


def render_donor_report(
    *,
    subject_label: str,
    subject_name: str,
    donors: Sequence[str],
    acts: Sequence[Any],
    date_from: str,
    date_to: str,
    office_code: str = "",
    office_name: str = "",
    appendices: Sequence[bytes] = (),
    with_acts: bool = False,
    lang: str = "en",
    today: date | None = None,
    monthly: Sequence[tuple[str, int]] = (),
    co_funded: dict[str, Sequence[str]] | None = None,
    co_funded_note: str = "",
) -> bytes:
    """The report as PDF bytes; ``appendices`` (each act's certificate) are appended after it.  ``with_acts``
    says under the list that the acts follow (when the caller appends them itself, as it goes).

    ``monthly`` is the USD value per month, every month of the span (drawn
    as a line when it spans two or more); ``co_funded`` maps the code of each
    programme with several donors among the acts to its donors' names, and
    ``co_funded_note`` says how their acts are counted (both printed under
    the figures).
    """
    if date_from and date_to and date_from > date_to:
        raise InputError(Problem("the period ends before it begins", field="to", value=date_to))
    lang = "ru" if lang == "ru" else "en"
    register_fonts()
    st = styles()
    label, name = subject_label, subject_name
    acts = list(acts)
    with_acts = with_acts or bool(appendices)
    frame_width = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
    total_usd = sum(a.usd_minor or 0 for a in acts)
    total_items = sum(a.quantity for a in acts)
    local: dict[str, int] = {}
    for act in acts:
        local[act.currency] = local.get(act.currency, 0) + act.total_minor
    period = f"{_date_text(date_from, lang)} – {_date_text(date_to, lang)}"
    co_funded_lines: list[Any] = []
    if co_funded:
        programmes = "; ".join(f"{code} ({', '.join(names)})" for code, names in sorted(co_funded.items()))
        co_funded_lines = [Spacer(1, 2 * mm), Paragraph(escape(_t("co_funded", lang, programmes=programmes)), st.small)]
        if co_funded_note:
            co_funded_lines.append(Paragraph(escape(co_funded_note), st.small))

    story: list[Any] = [
        Spacer(1, 40 * mm),
        Paragraph(escape(office_name), st.office),
        Spacer(1, 8 * mm),
        Paragraph(escape(_t("title", lang)), st.cover_title),
        Spacer(1, 4 * mm),
        Paragraph(f"<b>{escape(label)}:</b> {escape(name)}", st.body),
    ]
    if donors:
        story.append(Paragraph(f"<b>{escape(_t('donors', lang))}:</b> {escape('; '.join(donors))}", st.body))
    story += [
        Paragraph(f"<b>{escape(_t('period', lang))}:</b> {escape(period)}", st.body),
        Spacer(1, 10 * mm),
        _table([
            [Paragraph(escape(_t("acts", lang)), st.cell), Paragraph(str(len(acts)), st.cell_right)],
            [Paragraph(escape(_t("items", lang)), st.cell), Paragraph(str(total_items), st.cell_right)],
            [Paragraph(escape(_t("local", lang)), st.cell), Paragraph(_local_text(local, lang), st.cell_right)],
            [Paragraph(escape(_t("usd", lang)), st.cell), Paragraph(_usd(total_usd, lang), st.cell_total_right)],
        ], [70 * mm, 60 * mm], total=False),
        Spacer(1, 6 * mm),
        Paragraph(escape(_t("usd_note", lang)), st.small),
        *co_funded_lines,
        Spacer(1, 20 * mm),
        Paragraph(escape(_t("prepared", lang, office=office_name or office_code,
                            date=_date_text((today or date.today()).isoformat(), lang))), st.small),
        PageBreak(),
    ]
    if not acts:
        story.append(Paragraph(escape(_t("none", lang)), st.body))
    else:
        groups = _by_recipient(acts, lang)
        head = [Paragraph(escape(_t(k, lang)), st.cell_head) for k in ("recipient", "country", "acts_short", "items_short", "local", "usd")]
        rows = [head]
        for g in groups:
            rows.append([Paragraph(escape(g["name"]), st.cell), Paragraph(escape(_country(g["country"], lang)), st.cell_center),
                         Paragraph(str(g["acts"]), st.cell_right), Paragraph(str(g["items"]), st.cell_right),
                         Paragraph(_local_text(g["local"], lang), st.cell_right), Paragraph(_usd(g["usd"], lang), st.cell_right)])
        rows.append([Paragraph(escape(_t("total", lang)), st.cell_total), "", Paragraph(str(len(acts)), st.cell_total_right),
                     Paragraph(str(total_items), st.cell_total_right), Paragraph(_local_text(local, lang), st.cell_total_right),
                     Paragraph(_usd(total_usd, lang), st.cell_total_right)])
        story += [Paragraph(escape(_t("summary", lang)), st.heading), Spacer(1, 2 * mm),
                  _table(rows, [frame_width - 138 * mm, 28 * mm, 13 * mm, 15 * mm, 46 * mm, 36 * mm])]
        if co_funded_note:
            story += [Spacer(1, 2 * mm), Paragraph(escape(co_funded_note), st.small)]
        story += [Spacer(1, 8 * mm), KeepTogether([_bar_chart(groups, lang, frame_width)])]
        months = _month_chart(monthly, lang, frame_width)
        if months is not None:
            story += [Spacer(1, 6 * mm), KeepTogether([months])]
        story += [Spacer(1, 8 * mm), Paragraph(escape(_t("list", lang)), st.heading), Spacer(1, 2 * mm)]
        head = [Paragraph(escape(_t(k, lang)), st.cell_head) for k in ("number", "date", "recipient", "amount", "usd", "status")]
        rows = [head]
        for act in acts:
            rows.append([Paragraph(escape(act.number or ""), st.cell), Paragraph(_date_text(act.date, lang), st.cell_center),
                         Paragraph(escape((act.recipient_ru if lang == "ru" else act.recipient_en) or act.recipient_en), st.cell),
                         Paragraph(escape(format_amount(act.total_minor, act.currency, lang)), st.cell_right),
                         Paragraph(_usd(act.usd_minor or 0, lang), st.cell_right), Paragraph(escape(_status(act, lang)), st.cell)])
        story.append(_table(rows, [28 * mm, 19 * mm, frame_width - 139 * mm, 34 * mm, 24 * mm, 34 * mm], total=False))
        if with_acts:
            story += [Spacer(1, 4 * mm), Paragraph(escape(_t("annex", lang)), st.small)]

    def footer(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 6.5)
        canvas.setFillColor(colors.HexColor("#4a4a4a"))
        canvas.drawString(MARGIN_LEFT, MARGIN_BOTTOM / 2, f"{_t('title', lang)} · {name[:80]} · {period}")
        canvas.drawRightString(PAGE_SIZE[0] - MARGIN_RIGHT, MARGIN_BOTTOM / 2, _t("page", lang, n=page, total=pages))
        canvas.restoreState()

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
                                 bottomMargin=MARGIN_BOTTOM, title=f"{_t('title', lang)} — {name}", author=office_name)
    document.build(story, canvasmaker=_numbered_canvas(footer))
    data = buffer.getvalue()
    if appendices:
        data = _append(data, appendices)
    return data


def _numbered_canvas(footer) -> type[Canvas]:  # noqa: ANN001 - footer(canvas, page, pages)
    """A canvas that holds every page back until the end, so each footer can say "page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _append(report: bytes, appendices: Sequence[bytes]) -> bytes:
    from equipment_desk.documents.spool import PdfSpool

    out = io.BytesIO()
    spool = PdfSpool(out)
    pages, info = spool.add(report, keep_info=True)
    for pdf in appendices:
        pages += spool.add(pdf)[0]
    spool.finish(pages, info)
    return out.getvalue()
