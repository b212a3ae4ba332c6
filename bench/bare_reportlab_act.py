"""A bare reportlab script drawing an act comparable to the certificate: the anchor of the whole-process bench.

    python bench/bare_reportlab_act.py TEXTS.json FONTS_DIR OUT.pdf

It imports nothing of Equipment Desk (its texts come ready-made in a JSON file
written by ``bench_cli.py``), so as a process it costs what any program
drawing this act with reportlab must pay: the interpreter, reportlab's
Platypus, the same DejaVu fonts, and the drawing itself — a bilingual title
and parties in two columns, the item table repeating its header on every
page, totals and clauses, two signature columns, a QR code, and page numbers.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle


def draw(texts: dict, fonts: Path, out: str | Path) -> None:
    if "Bare" not in pdfmetrics.getRegisteredFontNames():  # once per process, as the program does
        pdfmetrics.registerFont(TTFont("Bare", str(fonts / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("Bare-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    body = ParagraphStyle("body", fontName="Bare", fontSize=8, leading=10)
    bold = ParagraphStyle("bold", parent=body, fontName="Bare-Bold")
    title = ParagraphStyle("title", parent=bold, fontSize=11, leading=14, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", parent=body, fontSize=6.5, leading=8)
    number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
    width = A4[0] - 30 * mm
    half = [width / 2 - 2 * mm, width / 2 - 2 * mm]

    def pairs(rows: list[list[str]]) -> Table:
        table = Table([[Paragraph(a, body), Paragraph(b, body)] for a, b in rows], colWidths=half)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    qr = QrCodeWidget(texts["qr"])
    x0, y0, x1, y1 = qr.getBounds()
    size = 22 * mm
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(qr)
    story = [Table([[Paragraph("<br/>".join(texts["letterhead"]), bold), drawing]], colWidths=[width - size, size])]
    story += [Paragraph(line, title) for line in texts["title"]]
    story.append(Paragraph(texts["place_date"], body))
    story.append(Spacer(0, 3 * mm))
    story.append(pairs(texts["parties"]))
    widths = [0.04, 0.24, 0.15, 0.12, 0.12, 0.07, 0.06, 0.1, 0.1]
    rows = [[Paragraph(h, ParagraphStyle("head", parent=cell, fontName="Bare-Bold")) for h in texts["head"]]]
    for row in texts["rows"]:
        rows.append([Paragraph(v, number if i >= 6 else cell) for i, v in enumerate(row)])
    rows.append([Paragraph(v, number) for v in texts["total_row"]])
    items = Table(rows, colWidths=[w * width for w in widths], repeatRows=1)
    items.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E9EDF1")), ("SPAN", (0, -1), (5, -1))]))
    story += [Spacer(0, 2 * mm), items, Spacer(0, 3 * mm), pairs(texts["clauses"]), Spacer(0, 4 * mm)]
    signatures = Table([[Paragraph("<br/>".join(column), body) for column in texts["signatures"]]], colWidths=half)
    signatures.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(signatures)

    def footer(canvas, doc) -> None:
        canvas.setFont("Bare", 7)
        canvas.drawString(15 * mm, 10 * mm, texts["footer"])
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{doc.page}")

    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                      bottomMargin=18 * mm, title=texts["title"][0]).build(story, onFirstPage=footer, onLaterPages=footer)


def main(argv: list[str]) -> int:
    texts = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    draw(texts, Path(argv[1]), argv[2])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
