"""Whole scan files for tests: a signed scan must be a PDF, PNG or JPEG that reads whole."""

from __future__ import annotations

import io


def pdf_scan(text: str = "Signed and stamped") -> bytes:
    """A one-page PDF showing ``text`` (reportlab)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def image_scan(kind: str = "PNG", size: tuple[int, int] = (40, 30), color: str = "#336699") -> bytes:
    """A small PNG or JPEG image (Pillow)."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, kind)
    return buffer.getvalue()
