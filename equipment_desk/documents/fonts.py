"""The one type family every document prints with: DejaVu Sans, bundled.

DejaVu Sans 2.37 covers Latin, Russian and every Cyrillic letter of Kazakh,
Kyrgyz, Tajik and Uzbek (ә ғ қ ң ө ұ ү һ і ӣ ӯ ҷ ҳ ў), the numero sign,
guillemets and the tenge sign ₸.  The TTF files and their licence live in
``resources/fonts/``; reportlab embeds a subset of the outlines in each PDF.

The files are found through :func:`fonts_dir`, which asks the one resource
locator (:mod:`equipment_desk.core.places`): a source checkout and the frozen build.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from equipment_desk.core import places
from equipment_desk.core.errors import StorageError

REGULAR = "DeskSans"
"""reportlab name of the regular face."""
BOLD = "DeskSans-Bold"
"""reportlab name of the bold face."""

FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
LICENCE_FILE = "DejaVu-LICENSE.txt"

REQUIRED_CHARACTERS = (
    "ӘәҒғҚқҢңӨөҰұҮүҺһІіӢӣӮӯҶҷҲҳЎўЁё"  # Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic
    "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzʻʼ’"
    "0123456789№«»“”„–—…₸$€×·"
)
"""Characters an act may print; a test checks the bundled font has them all."""

_lock = threading.Lock()


def fonts_dir() -> Path:
    """``resources/fonts`` of this installation (found by :func:`equipment_desk.core.places.resources_dir`)."""
    folder = places.resource_path("fonts")
    if not (folder / FONT_FILES[REGULAR]).is_file():
        raise StorageError(
            "the document font {file} is missing from {folder}; reinstall Equipment Desk",
            file=FONT_FILES[REGULAR],
            folder=str(folder),
        )
    return folder


@cache
def register_fonts() -> tuple[str, str]:
    """Register the family with reportlab once per process; return (regular, bold).

    ``<b>`` in a Paragraph then selects the bold face.
    """
    with _lock:
        folder = fonts_dir()
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FONT_FILES.items():
            # Not getFont(name): for a name not yet registered it parses every AFM file reportlab can find
            # (a third of a second), before failing.
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD


def missing_characters(text: str, font_name: str = REGULAR) -> set[str]:
    """Characters of ``text`` the font has no glyph for (they would print as boxes)."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    widths = face.charWidths
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in widths}
