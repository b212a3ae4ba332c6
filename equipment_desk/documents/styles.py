"""Page geometry, colours and the type scale shared by every document.

One family (DejaVu Sans, see :mod:`.fonts`), five sizes: title 12, body 8.5,
table 7.2, labels 6.5, small print 5.5 points.  The second language of a
bilingual label prints in :data:`SECOND_LANGUAGE` grey under or after the
first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from equipment_desk.documents.fonts import BOLD, REGULAR, register_fonts

PAGE_SIZE = A4
MARGIN_LEFT = 18 * mm
"""A little wider on the left, where acts are bound or hole-punched."""
MARGIN_RIGHT = 14 * mm
MARGIN_TOP = 13 * mm
MARGIN_BOTTOM = 20 * mm
"""Room for the two-line footer."""
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
COLUMN_GAP = 7 * mm
"""Gutter between the two language columns."""

TEXT = colors.HexColor("#141414")
SECOND_LANGUAGE = colors.HexColor("#4a4a4a")
RULE = colors.HexColor("#7a7a7a")
HAIRLINE = colors.HexColor("#b4b4b4")
HEADER_FILL = colors.HexColor("#e9edf1")
TOTAL_FILL = colors.HexColor("#f3f5f7")
ACCENT = colors.HexColor("#1b5f95")
"""Deep UN blue, for the rule under the header only."""
ALERT = colors.HexColor("#b3261e")
WATERMARK_DRAFT = colors.HexColor("#7a7a7a")
WATERMARK_VOID = colors.HexColor("#b3261e")

TITLE_SIZE = 12.0
BODY_SIZE = 8.5
TABLE_SIZE = 7.2
LABEL_SIZE = 6.5
SMALL_SIZE = 5.5

RULE_WIDTH = 0.6
HAIRLINE_WIDTH = 0.35


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    title_second: ParagraphStyle
    subtitle: ParagraphStyle
    body: ParagraphStyle
    body_left: ParagraphStyle
    body_right: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    label_right: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    banner: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_total: ParagraphStyle
    cell_total_right: ParagraphStyle
    office: ParagraphStyle
    sign_heading: ParagraphStyle
    sign_text: ParagraphStyle
    sign_name: ParagraphStyle
    cover_title: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles (fonts registered on first use)."""
    register_fonts()

    def style(name: str, size: float, *, font: str = REGULAR, leading: float | None = None,
              align: int = TA_LEFT, color=TEXT, before: float = 0, after: float = 0) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading if leading is not None else round(size * 1.24, 2),
            alignment=align,
            textColor=color,
            spaceBefore=before,
            spaceAfter=after,
            splitLongWords=1,
            allowWidows=0,
            allowOrphans=0,
        )

    return Styles(
        title=style("title", TITLE_SIZE, font=BOLD, align=TA_CENTER, leading=15),
        title_second=style("title_second", TITLE_SIZE - 1.5, font=BOLD, align=TA_CENTER,
                           leading=13.5, color=SECOND_LANGUAGE),
        subtitle=style("subtitle", BODY_SIZE, align=TA_CENTER, leading=11),
        body=style("body", BODY_SIZE, leading=10.9),
        body_left=style("body_left", BODY_SIZE, leading=10.9),
        body_right=style("body_right", BODY_SIZE, leading=10.9, align=TA_RIGHT),
        heading=style("heading", BODY_SIZE, font=BOLD, leading=10.9),
        label=style("label", LABEL_SIZE, leading=8.2, color=SECOND_LANGUAGE),
        label_right=style("label_right", LABEL_SIZE, leading=8.2, color=SECOND_LANGUAGE, align=TA_RIGHT),
        small=style("small", SMALL_SIZE, leading=7, color=SECOND_LANGUAGE),
        small_center=style("small_center", SMALL_SIZE, leading=6.8, color=SECOND_LANGUAGE, align=TA_CENTER),
        banner=style("banner", BODY_SIZE, font=BOLD, leading=11, color=ALERT, align=TA_CENTER),
        cell=style("cell", TABLE_SIZE, leading=8.8),
        cell_center=style("cell_center", TABLE_SIZE, leading=8.8, align=TA_CENTER),
        cell_right=style("cell_right", TABLE_SIZE, leading=8.8, align=TA_RIGHT),
        cell_head=style("cell_head", LABEL_SIZE, font=BOLD, leading=7.8, align=TA_CENTER),
        cell_total=style("cell_total", TABLE_SIZE, font=BOLD, leading=8.8, align=TA_RIGHT),
        cell_total_right=style("cell_total_right", TABLE_SIZE, font=BOLD, leading=8.8, align=TA_RIGHT),
        office=style("office", BODY_SIZE, leading=10.5),
        sign_heading=style("sign_heading", BODY_SIZE, font=BOLD, leading=10.9),
        sign_text=style("sign_text", BODY_SIZE - 0.5, leading=10),
        sign_name=style("sign_name", BODY_SIZE, font=BOLD, leading=10.9),
        cover_title=style("cover_title", TITLE_SIZE, font=BOLD, align=TA_LEFT, leading=15),
    )
