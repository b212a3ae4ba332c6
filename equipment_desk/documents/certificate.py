"""The handover certificate: the act of acceptance and transfer as a PDF.

:func:`render_certificate` takes the act dict of ``docs/act-json.md`` and
returns PDF bytes.  The sections follow the usual order of the act (see
DOMAIN.md): header with logo and verification code, title, subtitle, place
and date, the parties, 1. basis, 2. operative clause and the item table,
3. totals, 4. condition, 5. obligations, 6. copies, and the two signature
columns.  The act's languages print side by side, one column each, the
first language on the left; the item table is shared, its headings in both.

State marks: a draft prints a diagonal DRAFT watermark and no number or
code; a voided act prints VOID and the reason.  A finalized (or signed) act
carries the QR code of :mod:`.qr`, repeated in the small print of every page
and in the PDF's document info.  Nothing about an act's later life (signing,
timestamps) is printed, so printing it again gives the same bytes.

The letterhead: the name at the head of the act is the act's own
``transferor.organisation`` (recorded with the act and, once finalized,
covered by its content hash), for a draft as for a finalized act.  The
office settings play no part in it, so the window, the command line and a
collection print the same act with the same head, and changing the settings
later does not change a reprint.  (``office=`` is still accepted for callers
written before, and ignored.)  The logo is the one image that still comes
from the caller (the settings' logo file): it is not part of the act.

Languages and texts: an act prints in one or two of the eight printed
languages (:mod:`equipment_desk.core.languages`).  Its fixed texts (clauses,
headings, labels) are those it was sealed with (:func:`.texts.words_for`): the
snapshot a finalized act of content version 3 carries, the frozen words of
:mod:`.legacy_texts` for an act of version 1 or 2, the files as they are now
for a draft.  Units and amounts in words come from :mod:`equipment_desk.core`.
Recorded texts — place, goods, basis, the parties' organisation names,
signatories' titles and authority, programme and donor names — are objects
keyed by language, each chosen by :func:`.texts.pick`: the text in the print
language, never another language's (an act of version 1 or 2 reprints with
the fall-back it printed with then).  A text that is the same words in both
columns prints once, not twice, where the two languages share a line
(letterhead, place, title block).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from equipment_desk.core.errors import InputError, Problem
from equipment_desk.core.hashing import FORMAT_1
from equipment_desk.core.languages import BY_CODE
from equipment_desk.core.money import format_amount, format_rate, parse_rate
from equipment_desk.core.names import CYRILLIC, LATIN, script_of
from equipment_desk.core.units import unit_label
from equipment_desk.core.words import amount_in_words
from equipment_desk.documents import styles as st
from equipment_desk.documents import texts as tx
from equipment_desk.documents.fonts import BOLD, REGULAR
from equipment_desk.documents.grid import Cell, GridRow, GridStyle, ItemGrid, Line, Segment, make_row
from equipment_desk.documents.layout import DeskTable, Para, Section, SectionMark, TableWithTail, build_pdf, wrap_text
from equipment_desk.documents.legacy_texts import amount_in_words_as_then, filled_as_then
from equipment_desk.documents.qr import INFO_KEY, qr_flowable, qr_payload

__all__ = [
    "act_languages",
    "act_payload",
    "certificate_story",
    "letterhead_names",
    "render_certificate",
]

_SECOND = st.SECOND_LANGUAGE.hexval().replace("0x", "#")

_CELL_PAD = 2.0


# --------------------------------------------------------------------------- helpers


def act_languages(act: dict, languages: Sequence[str] | str | None = None) -> tuple[str, ...]:
    """The act's print languages: ``languages`` if given (``"ru,en"`` or a
    sequence), else the act's own, else Russian and English.  One or two of
    the printed languages (:data:`.texts.LANGUAGES`), each once."""
    if languages is None:
        languages = act.get("languages") or tx.DEFAULT_LANGUAGES
    if isinstance(languages, str):
        languages = [part for part in languages.replace(" ", "").split(",") if part]
    known = {code.lower(): code for code in tx.LANGUAGES}  # BCP 47 tags compare without case: uz-cyrl is uz-Cyrl
    chosen = tuple(known.get(code.strip().lower(), code.strip().lower()) for code in languages)
    problems = []
    for code in chosen:
        if code not in tx.LANGUAGES:
            problems.append(Problem("unknown language {code}; expected one of {expected}",
                                    params={"code": code, "expected": ", ".join(tx.LANGUAGES)},
                                    field="lang", value=code))
    if not 1 <= len(chosen) <= 2 or len(set(chosen)) != len(chosen):
        problems.append(Problem("an act prints in one or two different languages, e.g. ru,en",
                                field="lang", value=",".join(chosen)))
    if problems:
        raise InputError(problems)
    return chosen


def act_payload(act: dict) -> str | None:
    """The verification code of a finalized, signed or voided act; ``None`` for a draft."""
    if act.get("status") == "draft":
        return None
    number, office, content_hash = act.get("number"), act.get("office_code"), act.get("content_hash")
    if not (number and office and content_hash):
        return None
    return qr_payload(number, office, content_hash)


LEGACY_FORMAT = FORMAT_1
"""Acts sealed in this content version reprint exactly as they printed when sealed (see :func:`_legacy`)."""

_LEGACY_SIGNS = {("UZS", "ru"): "сўм", ("UZS", "kk"): "сўм", ("UZS", "tg"): "сўм"}


def _legacy(act: Mapping[str, Any]) -> bool:
    """True for an act sealed in content version 1: its words, signs and page breaks stay as they were printed.

    Version 1 kept one name per person and item and one rate source, and
    printed the preamble in the nominative («в лице уполномоченного
    представителя (…)»); reprinting such an act gives the same bytes as its
    first print, so :mod:`.verify` still recognises the original."""
    return act.get("format") == LEGACY_FORMAT


def _amount(minor: int, currency: str, lang: str, act: Mapping[str, Any], *, with_currency: bool = True) -> str:
    text = format_amount(minor, currency, lang, with_currency=with_currency)
    legacy_sign = _LEGACY_SIGNS.get((currency, lang)) if _legacy(act) and with_currency else None
    if legacy_sign:
        text = text[: -len(_currency_mark(currency, lang))] + legacy_sign
    return _bound(text, act)


def _bound(text: str, act: Mapping[str, Any]) -> str:
    """An amount with its currency mark on one line («34 550,77 долл. США», «11 768,39 АҚШ долл.»), from content
    version 4; an act sealed before prints the spaces it printed then."""
    return text.replace(" ", "\u00a0") if tx.content_version(act) >= 4 else text


def _in_words(minor: int, currency: str, lang: str, act: Mapping[str, Any]) -> str:
    """The amount in words; an act of content version 1 or 2 keeps the number words it printed then."""
    if tx.content_version(act) < 3:
        return amount_in_words_as_then(minor, currency, lang)
    return amount_in_words(minor, currency, lang)


def _e(value: Any) -> str:
    """Recorded text, escaped for a Paragraph; line breaks kept."""
    return escape(str(value or "")).replace("\n", "<br/>")


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def _joined(w: tx.Words, key: str, langs: Sequence[str], **params: Any) -> str:
    return " / ".join(_unique(w.text(key, lang, **params) for lang in langs))


def _second(text: str) -> str:
    return f'<font color="{_SECOND}">{text}</font>'


def _bilingual_markup(parts: Sequence[str], *, first_bold: bool = False, separator: str = "<br/>") -> str:
    """First language as is, the others in grey, on separate lines."""
    parts = _unique(parts)
    if not parts:
        return ""
    head = f"<b>{parts[0]}</b>" if first_bold else parts[0]
    return separator.join([head, *(_second(p) for p in parts[1:])])


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _fit_size(text: str, font: str, size: float, width: float, floor: float = 4.5) -> float:
    """The largest size ≤ ``size`` at which ``text`` fits ``width`` on one line."""
    natural = stringWidth(text, font, size)
    if natural <= width:
        return size
    return max(floor, size * width / natural)


# --------------------------------------------------------------------------- sections


def letterhead_names(organisation: Any, langs: Sequence[str]) -> list[str]:
    """The letterhead's lines: ``organisation`` (a recorded text) in each
    language, escaped for a Paragraph, each distinct text once."""
    return _unique(_e(tx.pick(organisation, lang)) for lang in langs)


def _header(office_names: Sequence[str], langs: Sequence[str], payload: str | None,
            logo: bytes | None, w: tx.Words) -> list[Flowable]:
    """The letterhead: logo, the office's name (``office_names``, see
    :func:`letterhead_names`) and, for a finalized act, the QR code."""
    s = st.styles()
    width = st.FRAME_WIDTH
    office_par = Para(_bilingual_markup(office_names, first_bold=True), s.office)

    logo_cell: Any = ""
    logo_width = 0.0
    if logo:
        try:
            reader = ImageReader(io.BytesIO(logo))
            iw, ih = reader.getSize()
        except Exception as error:  # PIL raises many kinds
            raise InputError(Problem("the office logo cannot be read as an image ({error})",
                                     params={"error": type(error).__name__}, field="logo_path")) from None
        height = 15 * mm
        logo_width = min(45 * mm, height * iw / ih)
        height = logo_width * ih / iw
        logo_cell = Image(io.BytesIO(logo), width=logo_width, height=height)
        logo_width += 4 * mm

    qr_cell: Any = ""
    qr_width = 0.0
    if payload:
        qr_size = 22 * mm
        qr_cell = [qr_flowable(payload, qr_size),
                   Para("<br/>".join(_unique(w.text("qr_caption", lang) for lang in langs)),
                             s.small_center)]
        qr_width = 30 * mm

    middle = width - logo_width - qr_width
    row = [cell for cell in (logo_cell if logo else None, office_par, qr_cell if payload else None)
           if cell is not None]
    widths = [w for w, present in ((logo_width, bool(logo)), (middle, True), (qr_width, bool(payload)))
              if present]
    table = DeskTable([row], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ALIGN", (-1, 0), (-1, 0), "RIGHT" if payload else "LEFT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, st.ACCENT),
    ]))
    return [table, Spacer(0, 4 * mm)]


def _banner(lines: Sequence[str]) -> Flowable:
    s = st.styles()
    table = DeskTable([[[Para(line, s.banner) for line in lines]]], colWidths=[st.FRAME_WIDTH])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, st.ALERT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _title(act: dict, langs: Sequence[str], w: tx.Words) -> list[Flowable]:
    s = st.styles()
    number = act.get("number") if act.get("status") != "draft" else None
    out: list[Flowable] = []
    for index, lang in enumerate(langs):
        title = w.text("title", lang)
        if number:
            title = f"{title} {w.text('number_sign', lang)}\u00a0{_e(number)}"
        out.append(Para(title, s.title if index == 0 else s.title_second))
    out.append(Spacer(0, 1.5 * mm))
    programme = act.get("programme") or {}
    subtitles = []
    for lang in langs:
        goods = _capitalise(tx.pick(act.get("goods"), lang))
        name = tx.pick(programme.get("name"), lang)
        code = programme.get("code")
        parts = [p for p in (_e(goods), _e(name) + (f" ({_e(code)})" if code else "") if name else "") if p]
        subtitles.append(" — ".join(parts))
    out += [Para(line, s.subtitle) for line in _unique(subtitles)]
    out.append(Spacer(0, 3 * mm))
    place = " / ".join(_unique(_e(tx.pick(act.get("place"), lang)) for lang in langs))
    date = " / ".join(_unique(w.format_date(act.get("date"), lang) for lang in langs))
    row = DeskTable([[Para(place, s.body_left), Para(date, s.body_right)]],
                colWidths=[st.FRAME_WIDTH / 2] * 2)
    row.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    out.extend([row, Spacer(0, 2.5 * mm)])
    return out


def _pairs(rows: Sequence[Sequence[Any]], langs: Sequence[str], *, row_gap: float = 4.0) -> Table:
    """Texts side by side, one column per language; each row aligns its paragraphs."""
    n = len(langs)
    gap = st.COLUMN_GAP if n > 1 else 0
    col = (st.FRAME_WIDTH - gap * (n - 1)) / n
    widths = [col] * n if n == 1 else [col + gap / 2, col + gap / 2]
    table = DeskTable([list(r) for r in rows], colWidths=widths, splitInRow=1, hAlign="LEFT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), row_gap),
    ]
    if n == 2:
        commands += [("RIGHTPADDING", (0, 0), (0, -1), gap / 2), ("LEFTPADDING", (1, 0), (1, -1), gap / 2)]
    table.setStyle(TableStyle(commands))
    return table


def _party(act: dict, key: str) -> dict:
    return act.get(key) or {}


def _parties(act: dict, langs: Sequence[str], w: tx.Words) -> Flowable:
    s = st.styles()
    transferor, recipient = _party(act, "transferor"), _party(act, "recipient")
    t_sign, r_sign = transferor.get("signatory") or {}, recipient.get("signatory") or {}
    def authority(signatory: dict, key: str, lang: str) -> str:
        value = tx.pick(signatory.get("authority"), lang)
        return w.text(key, lang, authority=_e(value)) if value else ""

    if not _legacy(act):
        article = tx.content_version(act) >= 4
        return _pairs([[Para(_preamble(transferor, recipient, lang, w, article=article), s.body) for lang in langs]],
                      langs, row_gap=5)
    row = []
    for lang in langs:
        row.append(Para(w.text(
            "parties", lang,
            org_from=f"<b>{_e(tx.pick(transferor.get('organisation'), lang))}</b>",
            title_from=_e(tx.pick(t_sign.get("title"), lang)),
            name_from=_e(t_sign.get("name")),
            authority_from=authority(t_sign, "authority_first", lang),
            org_to=f"<b>{_e(tx.pick(recipient.get('organisation'), lang))}</b>",
            title_to=_e(tx.pick(r_sign.get("title"), lang)),
            name_to=_e(r_sign.get("name")),
            authority_to=authority(r_sign, "authority_second", lang),
        ), s.body))
    return _pairs([row], langs, row_gap=5)


def _person(signatory: Mapping[str, Any], lang: str) -> str:
    """A signatory's name in the script of ``lang`` (Latin in English, Cyrillic in the others)."""
    return tx.pick(signatory.get("name"), lang)


def _preamble(transferor: Mapping[str, Any], recipient: Mapping[str, Any], lang: str, w: tx.Words, *,
              article: bool = False) -> str:
    """The parties clause of content version 2: in Russian the representative's title and name in the
    genitive and the participle agreeing with the gender; in English "Mr"/"Ms" before the name, and (``article``,
    from content version 4) "the" before an institution's name (:func:`_english_article`)."""
    from equipment_desk.core.grammar import honorific, name_genitive, title_genitive

    t_sign, r_sign = transferor.get("signatory") or {}, recipient.get("signatory") or {}
    params: dict[str, str] = {}
    for side, signatory, org in (("from", t_sign, transferor), ("to", r_sign, recipient)):
        gender = str(signatory.get("gender") or "")
        authority = tx.pick(signatory.get("authority"), lang)
        name, title = _person(signatory, lang), tx.pick(signatory.get("title"), lang)
        params[f"org_{side}"] = f"<b>{_e(tx.pick(org.get('organisation'), lang))}</b>"
        if article and lang == "en":
            params[f"org_{side}"] = _english_article(tx.pick(org.get("organisation"), lang), side == "from")
        position = "first" if side == "from" else "second"
        if lang == "ru":
            name = tx.pick(signatory.get("name_genitive"), "ru") or (name_genitive(name, gender) if name else "")
            title = tx.pick(signatory.get("title_genitive"), "ru") or (title_genitive(title) if title else "")
        elif lang == "en" and honorific(gender) and name:
            name = f"{honorific(gender)} {name}"
        acting = w.text("acting_f" if gender == "f" else "acting_m", lang)
        params[f"authority_{side}"] = (w.text(f"authority_{position}", lang, acting=acting, authority=_e(authority))
                                       if authority else "")
        params[f"name_{side}"], params[f"title_{side}"] = _e(name), _e(title)
    return w.text("parties", lang, **params)


def _english_article(name: str, first: bool) -> str:
    """An institution's English name in running text, bold: "the General Prosecutor's Office …" ("The" at the
    start of the sentence).  A name that already starts with "the", or with an acronym ("UNODC Programme Office"),
    is printed as recorded."""
    words = name.split(" ", 1)
    head = words[0].strip("().,")
    if not name or (len(head) > 1 and head.replace(".", "").isupper()):
        return f"<b>{_e(name)}</b>"
    if head.lower() == "the":
        rest = words[1] if len(words) > 1 else ""
        return f"{'The' if first else 'the'} <b>{_e(rest)}</b>"
    return f"{'The' if first else 'the'} <b>{_e(name)}</b>"


def _sub_programme(value: Any, lang: str) -> str:
    """The sub-programme for ``lang``: a text recorded as ``"2: Criminal justice, …"``
    prints whole in English and as its number elsewhere (its title is English)."""
    if isinstance(value, Mapping):
        return tx.pick(value, lang)
    text = str(value or "").strip()
    if lang != "en" and ":" in text:
        return text.split(":", 1)[0].strip()
    return text


def _basis(act: dict, langs: Sequence[str], w: tx.Words) -> Flowable:
    s = st.styles()
    programme = act.get("programme") or {}
    donors = programme.get("donors") or []
    rows: list[list[Any]] = [[Para(w.text("basis_heading", lang), s.heading) for lang in langs]]
    cells = []
    for lang in langs:
        lines = []
        name = tx.pick(programme.get("name"), lang)
        if name or programme.get("code"):
            detail = [_e(name)] if name else []
            if programme.get("code"):
                detail.append(f"{w.text('code', lang)} {_e(programme['code'])}")
            sub = _sub_programme(programme.get("sub_programme"), lang)
            if sub:
                detail.append(w.text("sub_programme", lang, number=_e(sub)))
            lines.append(f"<b>{w.text('basis_programme', lang)}:</b> " + ", ".join(detail))
        if donors:
            label = w.text("donor" if len(donors) == 1 else "donors", lang)
            names = "; ".join(_e(tx.pick(d.get("name"), lang)) for d in donors)
            lines.append(f"<b>{label}:</b> {names}")
        basis = tx.pick(act.get("basis"), lang)
        if basis:
            lines.append(f"<b>{w.text('basis_documents', lang)}:</b> {_e(basis)}")
        cells.append([Para(line, s.body_left) for line in lines])
    rows.append(cells)
    return _pairs(rows, langs, row_gap=1.5)


def _operative(act: dict, langs: Sequence[str], w: tx.Words) -> Flowable:
    s = st.styles()
    key = "operative_custody" if act.get("transfer_type") == "custody" else "operative_title"
    return _pairs([[Para(w.text(key, lang), s.body) for lang in langs]], langs, row_gap=3)


def _money_column_label(w: tx.Words, key: str, currency: str, lang: str, *, legacy: bool = True) -> str:
    if legacy:
        mark = _LEGACY_SIGNS.get((currency, lang)) or _currency_mark(currency, lang)
        return f"{w.text(key, lang)}, {escape(mark)}"
    # version 2: the label and the currency each stay on one line, so the column is never a stack of single words
    label, mark = w.text(key, lang).replace(" ", "\u00a0"), escape(_currency_mark(currency, lang)).replace(" ", "\u00a0")
    return f"{label}, {mark}"


def _currency_mark(currency: str, lang: str) -> str:
    from equipment_desk.core.money import currency as currency_info

    return currency_info(currency).sign(lang)


def _widest(texts: Iterable[str], font: str, size: float, measure: dict | None = None) -> float:
    measure = {} if measure is None else measure
    widest = 0.0
    for text in texts:
        if text:
            key = (text, font, size)
            width = measure.get(key)
            if width is None:
                width = measure[key] = stringWidth(text, font, size)
            if width > widest:
                widest = width
    return widest


def _widest_word(texts: Iterable[str], font: str, size: float) -> float:
    return _widest((w for t in texts for w in t.split(" ")), font, size)


def _item_widths(rows: list[tuple[str, ...]], headers: list[list[str]], totals: tuple[str, str],
                 measure: dict | None = None, *, legacy: bool = True) -> list[float]:
    """Column widths from the content: identifiers and amounts get the room
    they need (within limits), the name takes the rest.

    ``rows`` hold each line's plain texts in column order; ``headers`` each
    column's heading words; ``totals`` the quantity and amount of the totals row.
    """
    pad = 2 * _CELL_PAD + 0.5
    size = st.TABLE_SIZE
    columns = list(zip(*rows)) if rows else [()] * 9
    head = [_widest_word(words, BOLD, st.LABEL_SIZE) + pad for words in headers]

    def natural(index: int, low_mm: float, high_mm: float, extra: Iterable[str] = (), font: str = REGULAR) -> float:
        lines = [line for text in columns[index] for line in text.split("\n")]
        wanted = max(_widest(lines, REGULAR, size, measure), _widest(extra, font, size)) + pad
        return min(max(wanted, head[index], low_mm * mm), high_mm * mm)

    widths = [
        natural(0, 6, 12),
        0.0,  # name: the rest
        natural(2, 18, 32 if legacy else 26),  # version 2: a model may wrap; the names in two languages need the room
        natural(3, 17, 32),
        natural(4, 17, 32),
        natural(5, 9, 16),
        natural(6, 9, 16, [totals[0]], BOLD),
        natural(7, 14, 30 if legacy else 34),
        natural(8, 15, 32 if legacy else 34, [totals[1]], BOLD),
    ]
    name_min = 36 * mm
    room = st.FRAME_WIDTH - sum(widths)
    if room < name_min:
        # Give back from the identifier columns first, down to their minimums.
        shortfall = name_min - room
        for index, low in ((2, 18), (3, 17), (4, 17)):
            give = min(shortfall, widths[index] - low * mm)
            if give > 0:
                widths[index] -= give
                shortfall -= give
        room = st.FRAME_WIDTH - sum(widths)
    widths[1] = max(room, 20 * mm)
    excess = sum(widths) - st.FRAME_WIDTH
    if excess > 0.01:  # enormous amounts: shrink everything but keep the proportions
        factor = st.FRAME_WIDTH / sum(widths)
        widths = [w * factor for w in widths]
    return widths


def _item_table(act: dict, langs: Sequence[str], w: tx.Words) -> ItemGrid:
    currency = act.get("currency") or "USD"
    primary = langs[0]
    legacy = _legacy(act)
    header_keys = ("col_no", "col_name", "col_model", "col_serial", "col_inventory", "col_unit",
                   "col_quantity", "col_price", "col_amount")
    header_texts = [
        _unique(_money_column_label(w, key, currency, lang, legacy=legacy) if key in ("col_price", "col_amount")
                else w.text(key, lang) for lang in langs)
        for key in header_keys
    ]
    texts: list[tuple[str, ...]] = []
    second_names: list[list[str]] = []
    for row_index, line in enumerate(act.get("lines") or [], start=1):
        name = line.get("name")
        if isinstance(name, Mapping):
            # version 2: the name in each language, the first in black, the others in grey below it
            names = _unique(tx.pick(name, lang) for lang in langs)
            name, seconds = (names[0] if names else ""), names[1:]
        else:
            seconds = []
        second_names.append(seconds)
        texts.append((
            str(line.get("line_no", row_index)),
            str(name or ""),
            str(line.get("model") or ""),
            str(line.get("serial_number") or ""),
            str(line.get("inventory_number") or ""),
            "\n".join(_unique(unit_label(line.get("unit") or "", lang) for lang in langs)),
            str(line.get("quantity", "")),
            format_amount(int(line.get("unit_value_minor") or 0), currency, primary, with_currency=False),
            format_amount(int(line.get("amount_minor") or 0), currency, primary, with_currency=False),
        ))
    totals = act.get("totals") or {}
    total_quantity = str(totals.get("quantity", ""))
    total_amount = format_amount(int(totals.get("amount_minor") or 0), currency, primary, with_currency=False)
    measure: dict = {}
    widths = _item_widths(texts, [" ".join(h).split(" ") for h in header_texts], (total_quantity, total_amount), measure,
                          legacy=legacy)

    style = GridStyle(leading=8.8, pad_x=_CELL_PAD, pad_top=2.4, pad_bottom=2.4,
                      rule_color=st.RULE, rule_width=st.RULE_WIDTH,
                      hairline_color=st.HAIRLINE, hairline_width=st.HAIRLINE_WIDTH)
    size, text_color = st.TABLE_SIZE, st.TEXT
    inner = [w - 2 * _CELL_PAD for w in widths]

    # header: each column's heading in every language, the first in black
    head_cells = []
    for column, parts in enumerate(header_texts):
        lines: list[Line] = []
        for index, part in enumerate(parts):
            color = text_color if index == 0 else st.SECOND_LANGUAGE
            lines += [((piece, BOLD, st.LABEL_SIZE, color),)
                      for piece in wrap_text(part, BOLD, st.LABEL_SIZE, inner[column], measure)]
        head_cells.append(Cell(column, column, tuple(lines), "center"))
    header = make_row(head_cells, style, fill=st.HEADER_FILL, middle=True, leading=7.8)

    aligns = ("center", "left", "left", "left", "left", "center", "right", "right", "right")
    body: list[GridRow] = []
    for row, seconds in zip(texts, second_names):
        cells = []
        for column, value in enumerate(row):
            if column == 1 and seconds:
                lines_: list[Line] = [((p, REGULAR, size, text_color),) for p in wrap_text(value, REGULAR, size, inner[1], measure)]
                for other in seconds:
                    lines_ += [((p, REGULAR, size, st.SECOND_LANGUAGE),) for p in wrap_text(other, REGULAR, size, inner[1], measure)]
                cells.append(Cell(1, 1, tuple(lines_), aligns[1]))
                continue
            if column in (1, 2, 3, 4):
                pieces = wrap_text(value, REGULAR, size, inner[column], measure)
                cell_size = size
            elif column == 5:
                pieces, cell_size = value.split("\n"), size
            else:
                pieces = [value]
                key = (value, REGULAR, size)
                natural = measure.get(key)
                if natural is None:
                    natural = measure[key] = stringWidth(value, REGULAR, size)
                cell_size = size if natural <= inner[column] else _fit_size(value, REGULAR, size, inner[column])
            cells.append(Cell(column, column, tuple(((p, REGULAR, cell_size, text_color),) for p in pieces),
                              aligns[column]))
        body.append(make_row(cells, style))

    label_parts = _unique(w.text("total_row", lang) for lang in langs)
    label: list[Segment] = [(label_parts[0], BOLD, size, text_color)]
    for part in label_parts[1:]:
        label += [(" / ", BOLD, size, text_color), (part, BOLD, size, st.SECOND_LANGUAGE)]
    totals_row = make_row([
        Cell(0, 5, (tuple(label),), "right"),
        Cell(6, 6, (((total_quantity, BOLD, _fit_size(total_quantity, BOLD, size, inner[6]), text_color),),), "right"),
        Cell(7, 7, (), "right"),
        Cell(8, 8, (((total_amount, BOLD, _fit_size(total_amount, BOLD, size, inner[8]), text_color),),), "right"),
    ], style, fill=st.TOTAL_FILL, middle=True, strong_above=True)
    body.append(totals_row)
    return ItemGrid(widths, [header], body, style, header_leading=7.8, measure=measure,
                    frame_height=st.FRAME_HEIGHT)


def _rate_note(w: tx.Words, rate: dict, currency: str, lang: str) -> str:
    value = rate.get("value")
    try:
        shown = format_rate(parse_rate(str(value)), lang)
    except Exception:  # an odd recorded value still prints as recorded
        shown = str(value)
    kind = rate.get("type") or "other"
    type_key = f"rate_{kind}" if w.has(f"rate_{kind}") else "rate_other"
    return w.text(
        "rate_note", lang,
        scale=_e(rate.get("scale") or 1),
        value=_e(shown),
        currency=_e(currency),
        type=w.text(type_key, lang),
        source=_e(tx.pick(rate.get("source"), lang) or "—"),
        date=w.format_date(rate.get("effective_date"), lang) or "—",
    )


def _totals(act: dict, langs: Sequence[str], w: tx.Words) -> Flowable:
    s = st.styles()
    currency = act.get("currency") or "USD"
    totals = act.get("totals") or {}
    amount = int(totals.get("amount_minor") or 0)
    rows: list[list[Any]] = [[Para(w.text("totals_heading", lang), s.heading) for lang in langs]]
    cells = []
    for lang in langs:
        lines = [
            f"<b>{w.text('total_quantity', lang)}:</b> {_e(totals.get('quantity', ''))}",
            f"<b>{w.text('total_amount', lang)}:</b> {_e(_amount(amount, currency, lang, act))}",
            f"<b>{w.text('in_words', lang)}:</b> {_e(_in_words(amount, currency, lang, act))}",
        ]
        if currency != "USD" and totals.get("usd_minor") is not None:
            lines.append(f"<b>{w.text('usd_equivalent', lang)}:</b> "
                         f"{_e(_bound(format_amount(int(totals['usd_minor']), 'USD', lang), act))}")
        if act.get("rate"):
            lines.append(f"<b>{w.text('exchange_rate', lang)}:</b> {_rate_note(w, act['rate'], currency, lang)}")
        if act.get("national_rate"):
            lines.append(f"<b>{w.text('national_rate', lang)}:</b> "
                         f"{_rate_note(w, act['national_rate'], currency, lang)}")
        cells.append([Para(line, s.body_left) for line in lines])
    rows.append(cells)
    return _pairs(rows, langs, row_gap=1.5)


def _closing_rows(act: dict, langs: Sequence[str], copies: int, w: tx.Words) -> list[list[Any]]:
    s = st.styles()
    custody = act.get("transfer_type") == "custody"
    return [
        [Para(w.text("condition", lang), s.body) for lang in langs],
        [Para(w.text("obligations_custody" if custody else "obligations_title", lang), s.body)
         for lang in langs],
        [Para(w.copies_clause(copies, tuple(langs), lang), s.body) for lang in langs],
    ]


def _closing(act: dict, langs: Sequence[str], copies: int, w: tx.Words) -> Flowable:
    return _pairs(_closing_rows(act, langs, copies, w), langs, row_gap=3.5)


def _signature_cells(act: dict, key: str, heading_key: str, langs: Sequence[str], width: float, w: tx.Words) -> list[Any]:
    """One column of the signature block, one cell per row (rows align across columns)."""
    s = st.styles()
    party = _party(act, key)
    signatory = party.get("signatory") or {}
    heading = Para(_bilingual_markup([w.text(heading_key, lang) for lang in langs], separator=" / "),
                        s.sign_heading)
    orgs = _unique(_e(tx.pick(party.get("organisation"), lang)) for lang in langs)
    titles = _unique(_e(tx.pick(signatory.get("title"), lang)) for lang in langs)
    caption = " / ".join(_unique(w.text("signature", lang) for lang in langs))
    date_caption = " / ".join(_unique(w.text("date", lang) for lang in langs))
    lines = DeskTable(
        [["", "", ""], [Para(caption, s.label), "", Para(date_caption, s.label)]],
        colWidths=[width * 0.56, width * 0.06, width * 0.38],
        rowHeights=[12 * mm, None],
    )
    lines.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (0, 0), st.RULE_WIDTH, st.TEXT),
        ("LINEBELOW", (2, 0), (2, 0), st.RULE_WIDTH, st.TEXT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    seal = " / ".join(_unique(w.text("seal", lang) for lang in langs))
    return [
        heading,
        Para(_bilingual_markup(orgs), s.sign_text),
        Para(_bilingual_markup(titles), s.sign_text) if titles else "",
        Para(_signature_name(signatory, langs) or "&nbsp;", s.sign_name),
        lines,
        Para(f"<b>{seal}</b>", s.sign_text),
    ]


def _signature_name(signatory: Mapping[str, Any], langs: Sequence[str]) -> str:
    """The signatory's name as recorded (version 1), or in each language's script, the first in black (version 2)."""
    name = signatory.get("name")
    if not isinstance(name, Mapping):
        return _e(name)
    return _bilingual_markup([_e(tx.pick(name, lang)) for lang in langs])


def _signatures(act: dict, langs: Sequence[str], w: tx.Words) -> Flowable:
    return KeepTogether([Spacer(0, 3 * mm), _signature_table(act, langs, w)])


def _signature_table(act: dict, langs: Sequence[str], w: tx.Words) -> Flowable:
    gap = 12 * mm
    col = (st.FRAME_WIDTH - gap) / 2
    left = _signature_cells(act, "transferor", "handed_over_by", langs, col, w)
    right = _signature_cells(act, "recipient", "received_by", langs, col, w)
    # splitInRow: only a name too long for any page (the block is kept together otherwise) splits inside a row
    table = DeskTable(list(zip(left, right)), colWidths=[col + gap / 2, col + gap / 2], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), gap / 2),
        ("LEFTPADDING", (1, 0), (1, -1), gap / 2),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 2 * mm),
        ("TOPPADDING", (0, 5), (-1, 5), 3 * mm),
        ("LINEABOVE", (0, 0), (-1, 0), st.HAIRLINE_WIDTH, st.HAIRLINE),
    ]))
    return table


# --------------------------------------------------------------------------- public


def _section(act: dict, langs: Sequence[str], payload: str | None, copy: int, copies: int, w: tx.Words) -> Section:
    status = act.get("status")
    if status == "draft" or not act.get("number"):
        left = _joined(w, "draft_act", langs)
    else:
        left = _joined(w, "act_label", langs, number=act["number"])
    watermark: list[str] = []
    color = None
    if status == "draft":
        watermark = _unique(w.text("watermark_draft", lang) for lang in langs)
        color = st.WATERMARK_DRAFT
    elif status == "void":
        watermark = _unique(w.text("watermark_void", lang) for lang in langs)
        color = st.WATERMARK_VOID
    small = ""
    if payload:
        small = f"{_joined(w, 'verification_code', langs)}: {payload}"
    return Section(
        footer_left=left,
        page_template=_unique(w.template("page", lang) for lang in langs),
        footer_center=_joined(w, "copy_mark", langs, copy=copy, copies=copies) if copies > 1 else "",
        small_print=small,
        watermark=watermark,
        watermark_color=color,
    )


def _as_sealed(act: dict, langs: Sequence[str]) -> dict:
    """An act sealed in content version 1 or 2 printed a language's missing recorded text with its neighbour's
    (see :mod:`.legacy_texts`); it reprints that way.  A later act prints each language's own texts only."""
    return filled_as_then(act, tuple(langs)) if tx.content_version(act) < 3 else act


def certificate_story(act: dict, *, languages: Sequence[str] | str | None = None, copy: int = 1,
                      copies: int = 1, logo: bytes | None = None, office: dict | None = None) -> list[Flowable]:
    """The flowables of one copy of the act, starting with its section mark.

    ``office`` is ignored: the letterhead is the act's transferor (see the module's docstring)."""
    langs = act_languages(act, languages)
    act = _as_sealed(act, langs)
    w = tx.words_for(act, langs)
    payload = act_payload(act)
    story: list[Flowable] = [SectionMark(_section(act, langs, payload, copy, copies, w))]
    story += _header(letterhead_names(_party(act, "transferor").get("organisation"), langs), langs, payload, logo, w)
    status = act.get("status")
    if status == "void":
        story += [_banner(_void_lines(act, langs, w)), Spacer(0, 3 * mm)]
    elif status == "draft":
        story += [_banner([w.text("draft_banner", lang) for lang in langs]), Spacer(0, 3 * mm)]
    story += _title(act, langs, w)
    story.append(_parties(act, langs, w))
    story.append(_basis(act, langs, w))
    story.append(Spacer(0, 1.5 * mm))
    if _legacy(act):
        tail = [Spacer(0, 4 * mm), _totals(act, langs, w), Spacer(0, 1 * mm), _closing(act, langs, copies, w),
                _signatures(act, langs, w)]
        # The operative clause introduces the table: it stays with the table's start.
        story.append(TableWithTail(_item_table(act, langs, w), tail, lead=[_operative(act, langs, w)], keep_rows=2))
        return story
    closing = _closing_rows(act, langs, copies, w)
    tail = [Spacer(0, 4 * mm), KeepTogether([_totals(act, langs, w)]), Spacer(0, 1 * mm),
            _pairs(closing[:-1], langs, row_gap=3.5),
            KeepTogether([_pairs(closing[-1:], langs, row_gap=3.5), Spacer(0, 3 * mm), _signature_table(act, langs, w)])]
    story.append(TableWithTail(_item_table(act, langs, w), tail, lead=[_operative(act, langs, w)], keep_rows=2,
                               tail_flows=True))
    return story


def _void_lines(act: Mapping[str, Any], langs: Sequence[str], w: tx.Words) -> list[str]:
    """The void banner, one line per language.  The reason is recorded once, in one language; from content version
    4 it follows only the lines of the languages written in its script (the others end with their first sentence:
    «Акт аннулирован 16.02.2018.»), unless no language is.  An act sealed before prints it on every line."""
    void = act.get("void") or {}
    reason = void.get("reason") or "—"
    full = {lang: _e(w.text("void_banner", lang, date=w.format_date(void.get("at"), lang) or "—", reason=reason))
            for lang in langs}
    if tx.content_version(act) < 4:
        return [full[lang] for lang in langs]
    script = script_of(reason)
    own = [lang for lang in langs if script and {"Cyrl": CYRILLIC, "Latn": LATIN}[BY_CODE[lang].script] == script]
    if not own or len(own) == len(langs):
        return [full[lang] for lang in langs]
    lines = []
    for lang in langs:
        if lang in own:
            lines.append(full[lang])
            continue
        cut = "\u0000"  # where the reason would go
        before = w.text("void_banner", lang, date=w.format_date(void.get("at"), lang) or "—", reason=cut).split(cut)[0]
        lines.append(_e(before[: before.find(". ") + 1] if ". " in before else before.rstrip(" :")))
    return lines


def render_certificate(act: dict, *, languages: Sequence[str] | str | None = None, copies: int = 1,
                       logo: bytes | None = None, office: dict | None = None, target=None) -> bytes:
    """The act as PDF bytes; ``copies`` copies one after the other, each marked
    "Copy 1 of 2" and numbered on its own.  Also written to ``target`` (a path
    or binary file) when given.

    The letterhead is the act's own transferor organisation; ``office`` is
    accepted for backward compatibility and ignored (see the module's docstring).
    ``logo`` is image bytes (PNG, JPEG) or ``None``."""
    if not isinstance(copies, int) or isinstance(copies, bool) or not 1 <= copies <= tx.MAX_COPIES:
        raise InputError(Problem("copies must be a whole number from 1 to {max}",
                                 params={"max": tx.MAX_COPIES}, field="copies", value=copies))
    langs = act_languages(act, languages)
    story: list[Flowable] = []
    for copy in range(1, copies + 1):
        if copy > 1:
            story.append(PageBreak())
        story += certificate_story(act, languages=langs, copy=copy, copies=copies, logo=logo, office=office)
    act = _as_sealed(act, langs)
    w = tx.words_for(act, langs)
    payload = act_payload(act)
    number = act.get("number") if act.get("status") != "draft" else None
    title = " / ".join(_unique(
        f"{w.text('title', lang).capitalize()}" + (f" {w.text('number_sign', lang)} {number}" if number else "")
        for lang in langs))
    return build_pdf(
        story,
        title=title,
        subject=" / ".join(_unique(tx.pick(act.get("goods"), lang) for lang in langs)),
        author=tx.pick((_party(act, "transferor")).get("organisation"), langs[0]),
        keywords=payload or "",
        extra_info={INFO_KEY: payload} if payload else {},
        target=target,
    )
