"""The same act produced the two other ways the benchmark compares with.

- :func:`act_docx`: a filled-in Word document (what offices do today: a DOCX
  template, then LibreOffice headless turns it into PDF).  Written directly as
  WordprocessingML with the same content and layout as the certificate: two
  language columns, the item table with a repeating header row and a totals
  row, clauses, signature columns, and a footer with "page X of Y".
- :func:`act_html`: the HTML + CSS a web inventory system would hand to
  WeasyPrint, with the same content (``thead`` repeats, ``@page`` footer
  counters).

Both use the certificate's own texts, amounts and words, so each tool lays out
the same document.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from equipment_desk.core.money import format_amount
from equipment_desk.core.units import unit_label
from equipment_desk.core.words import amount_in_words
from equipment_desk.documents import texts as tx

LANGS = ("ru", "en")
WORDS = tx.current_words(LANGS)


def _parties(act: dict, lang: str) -> str:
    t, r = act["transferor"], act["recipient"]
    ts, rs = t["signatory"], r["signatory"]
    return WORDS.text(
        "parties", lang,
        org_from=tx.pick(t["organisation"], lang), title_from=tx.pick(ts["title"], lang), name_from=tx.pick(ts["name"], lang),
        authority_from=WORDS.text("authority_first", lang, acting=WORDS.text("acting_m", lang), authority=tx.pick(ts["authority"], lang)),
        org_to=tx.pick(r["organisation"], lang), title_to=tx.pick(rs["title"], lang), name_to=tx.pick(rs["name"], lang),
        authority_to=WORDS.text("authority_second", lang, acting=WORDS.text("acting_m", lang), authority=tx.pick(rs["authority"], lang)),
    )


def _clauses(act: dict, lang: str) -> list[str]:
    totals = act["totals"]
    cur = act["currency"]
    return [
        WORDS.text("operative_title", lang),
        f"{WORDS.text('total_quantity', lang)}: {totals['quantity']}",
        f"{WORDS.text('total_amount', lang)}: {format_amount(totals['amount_minor'], cur, lang)}",
        f"{WORDS.text('in_words', lang)}: {amount_in_words(totals['amount_minor'], cur, lang)}",
        f"{WORDS.text('usd_equivalent', lang)}: {format_amount(totals['usd_minor'], 'USD', lang)}",
        WORDS.text("condition", lang),
        WORDS.text("obligations_title", lang),
        WORDS.copies_clause(2, LANGS, lang),
    ]


def _line_name(line: dict) -> str:
    """The item's name in each language on its own line (an act's line records it per language), or as recorded."""
    name = line["name"]
    if isinstance(name, str):
        return name
    return "\n".join(dict.fromkeys(tx.pick(name, lang) for lang in LANGS))


def _rows(act: dict) -> list[list[str]]:
    cur = act["currency"]
    rows = []
    for line in act["lines"]:
        rows.append([
            str(line["line_no"]), _line_name(line), line["model"], line["serial_number"], line["inventory_number"],
            " / ".join(unit_label(line["unit"], lang) for lang in LANGS), str(line["quantity"]),
            format_amount(line["unit_value_minor"], cur, "ru", with_currency=False),
            format_amount(line["amount_minor"], cur, "ru", with_currency=False),
        ])
    return rows


_HEAD_KEYS = ("col_no", "col_name", "col_model", "col_serial", "col_inventory", "col_unit",
              "col_quantity", "col_price", "col_amount")


# --- DOCX ------------------------------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _p(text: str, *, bold: bool = False, size: int = 17, align: str | None = None) -> str:
    props = f'<w:jc w:val="{align}"/>' if align else ""
    run = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/></w:rPr>'
    return (f'<w:p><w:pPr>{props}<w:spacing w:after="60"/></w:pPr>'
            f'<w:r>{run}<w:t xml:space="preserve">{_breaks(escape(text))}</w:t></w:r></w:p>')


def _breaks(text: str) -> str:
    return text.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')


def _cell(content: str, width: int, *, fill: str | None = None) -> str:
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{content}</w:tc>'


def _table(rows: list[str], widths: list[int], *, borders: bool) -> str:
    border = ("<w:tblBorders>" + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:color="999999"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>") if borders else ""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{border}'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def act_docx(act: dict) -> bytes:
    body: list[str] = []
    number = act["number"]
    body.append(_p(f"{WORDS.text('title', 'ru')} № {number}", bold=True, size=24, align="center"))
    body.append(_p(f"{WORDS.text('title', 'en')} No. {number}", bold=True, size=21, align="center"))
    body.append(_p(f"{tx.pick(act['place'], 'ru')} / {tx.pick(act['place'], 'en')}    "
                   f"{tx.format_date(act['date'], 'ru')} / {tx.format_date(act['date'], 'en')}"))
    half = [5000, 5000]
    pairs = [(_parties(act, "ru"), _parties(act, "en"))] + list(zip(_clauses(act, "ru")[:1], _clauses(act, "en")[:1]))
    body.append(_table([f"<w:tr>{_cell(_p(a), half[0])}{_cell(_p(b), half[1])}</w:tr>" for a, b in pairs],
                       half, borders=False))
    widths = [450, 2300, 1500, 1200, 1300, 700, 600, 1000, 1050]
    header = "".join(_cell(_p(" / ".join(WORDS.text(k, lang) for lang in LANGS), bold=True, size=13, align="center"),
                           w, fill="E9EDF1") for k, w in zip(_HEAD_KEYS, widths))
    rows = [f'<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>{header}</w:tr>']
    for row in _rows(act):
        cells = "".join(_cell(_p(value, size=14, align="right" if i >= 6 else None), w)
                        for i, (value, w) in enumerate(zip(row, widths)))
        rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cells}</w:tr>")
    totals = act["totals"]
    total_cells = (_cell(_p("Итого / Total", bold=True, size=14, align="right"), sum(widths[:6]))
                   .replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="6"/>')
                   + _cell(_p(str(totals["quantity"]), bold=True, size=14, align="right"), widths[6])
                   + _cell(_p("", size=14), widths[7])
                   + _cell(_p(format_amount(totals["amount_minor"], act["currency"], "ru", with_currency=False),
                              bold=True, size=14, align="right"), widths[8]))
    rows.append(f"<w:tr>{total_cells}</w:tr>")
    body.append(_table(rows, widths, borders=True))
    pairs = list(zip(_clauses(act, "ru")[1:], _clauses(act, "en")[1:]))
    body.append(_table([f"<w:tr>{_cell(_p(a), half[0])}{_cell(_p(b), half[1])}</w:tr>" for a, b in pairs],
                       half, borders=False))
    sign = []
    for key, party in (("handed_over_by", "transferor"), ("received_by", "recipient")):
        p = act[party]
        sign.append(
            _p(" / ".join(WORDS.text(key, lang) for lang in LANGS), bold=True)
            + _p(tx.pick(p["organisation"], "ru")) + _p(tx.pick(p["organisation"], "en"))
            + _p(tx.pick(p["signatory"]["title"], "ru")) + _p(tx.pick(p["signatory"]["name"], "ru"), bold=True)
            + _p("______________________   ____________") + _p("подпись / signature        дата / date", size=12)
            + _p("М.П. / L.S.", bold=True))
    body.append(_table([f'<w:tr><w:trPr><w:cantSplit/></w:trPr>{_cell(sign[0], 5000)}{_cell(sign[1], 5000)}</w:tr>'],
                       half, borders=False))
    section = ('<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>'
               '<w:pgSz w:w="11906" w:h="16838"/>'
               '<w:pgMar w:top="737" w:right="794" w:bottom="1134" w:left="1021" w:header="400" w:footer="500"/>'
               '</w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>'
                f'{"".join(body)}{section}</w:body></w:document>')
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>{0}</w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {_W}><w:p>'
              f'<w:r><w:t xml:space="preserve">Акт № {number} / Act No. {number}    Стр. / Page </w:t></w:r>'
              f'{field.format("PAGE")}<w:r><w:t xml:space="preserve"> / </w:t></w:r>{field.format("NUMPAGES")}'
              '</w:p></w:ftr>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W}><w:docDefaults><w:rPrDefault>'
              '<w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans"/>'
              '<w:sz w:val="17"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>')
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/footer1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                'relationships/footer" Target="footer1.xml"/></Relationships>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/styles.xml", styles)
        archive.writestr("word/footer1.xml", footer)
        archive.writestr("word/_rels/document.xml.rels", doc_rels)
    return buffer.getvalue()


# --- HTML ------------------------------------------------------------------------------------

_CSS = """
@font-face { font-family: "Desk Sans"; src: url("{regular}"); }
@font-face { font-family: "Desk Sans"; font-weight: bold; src: url("{bold}"); }
@page { size: A4; margin: 13mm 14mm 20mm 18mm;
        @bottom-left { content: "Акт № {number} / Act No. {number}"; font-size: 6.5pt; }
        @bottom-right { content: "Стр. " counter(page) " из " counter(pages) " / Page " counter(page)
                        " of " counter(pages); font-size: 6.5pt; font-weight: bold; } }
body { font-family: "Desk Sans"; font-size: 8.5pt; line-height: 1.25; color: #141414; }
h1 { font-size: 12pt; text-align: center; margin: 0; } h2 { font-size: 10.5pt; text-align: center; margin: 0 0 3mm; color: #4a4a4a; }
.pair { display: flex; gap: 7mm; margin-bottom: 2mm; } .pair > div { flex: 1; }
table.items { width: 100%; border-collapse: collapse; font-size: 7.2pt; margin: 2mm 0; }
table.items th { background: #e9edf1; font-size: 6.5pt; border: 0.6pt solid #7a7a7a; padding: 2pt; }
table.items td { border: 0.35pt solid #b4b4b4; padding: 2pt; vertical-align: top; }
table.items td.n { text-align: right; white-space: nowrap; } table.items tr { break-inside: avoid; }
table.items tfoot td { font-weight: bold; background: #f3f5f7; }
.signatures { display: flex; gap: 12mm; break-inside: avoid; margin-top: 4mm; } .signatures > div { flex: 1; }
.line { border-bottom: 0.6pt solid #141414; height: 11mm; margin-bottom: 1mm; }
"""


def act_html(act: dict, *, regular_font: str, bold_font: str) -> str:
    e = escape
    number = act["number"]
    css = (_CSS.replace("{regular}", regular_font).replace("{bold}", bold_font).replace("{number}", number))
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><style>{css}</style></head><body>",
             f"<h1>{e(WORDS.text('title', 'ru'))} № {e(number)}</h1><h2>{e(WORDS.text('title', 'en'))} No. {e(number)}</h2>",
             f"<div class='pair'><div>{e(tx.pick(act['place'], 'ru'))} / {e(tx.pick(act['place'], 'en'))}</div>"
             f"<div style='text-align:right'>{tx.format_date(act['date'], 'ru')} / {tx.format_date(act['date'], 'en')}</div></div>",
             f"<div class='pair'><div>{e(_parties(act, 'ru'))}</div><div>{e(_parties(act, 'en'))}</div></div>"]
    ru, en = _clauses(act, "ru"), _clauses(act, "en")
    parts.append(f"<div class='pair'><div>{e(ru[0])}</div><div>{e(en[0])}</div></div>")
    head = "".join(f"<th>{e(WORDS.text(k, 'ru'))}<br>{e(WORDS.text(k, 'en'))}</th>" for k in _HEAD_KEYS)
    body = "".join("<tr>" + "".join(f"<td class='{'n' if i >= 6 else ''}'>{e(v).replace(chr(10), '<br>')}</td>" for i, v in enumerate(row)) + "</tr>"
                   for row in _rows(act))
    totals = act["totals"]
    foot = (f"<tr><td colspan='6' class='n'>Итого / Total</td><td class='n'>{totals['quantity']}</td><td></td>"
            f"<td class='n'>{format_amount(totals['amount_minor'], act['currency'], 'ru', with_currency=False)}</td></tr>")
    parts.append(f"<table class='items'><thead><tr>{head}</tr></thead><tbody>{body}</tbody><tfoot>{foot}</tfoot></table>")
    for a, b in zip(ru[1:], en[1:]):
        parts.append(f"<div class='pair'><div>{e(a)}</div><div>{e(b)}</div></div>")
    sign = []
    for key, party in (("handed_over_by", "transferor"), ("received_by", "recipient")):
        p = act[party]
        sign.append(f"<div><b>{e(WORDS.text(key, 'ru'))} / {e(WORDS.text(key, 'en'))}</b><br>"
                    f"{e(tx.pick(p['organisation'], 'ru'))}<br>{e(tx.pick(p['organisation'], 'en'))}<br>"
                    f"{e(tx.pick(p['signatory']['title'], 'ru'))}<br><b>{e(tx.pick(p['signatory']['name'], 'ru'))}</b>"
                    f"<div class='line'></div>подпись / signature<br><b>М.П. / L.S.</b></div>")
    parts.append(f"<div class='signatures'>{''.join(sign)}</div></body></html>")
    return "".join(parts)
