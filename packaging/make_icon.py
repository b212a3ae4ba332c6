"""Draw the Windows icon ``packaging/equipment-desk.ico`` (16 to 256 px) from ``resources/icons/app.svg``.

    python packaging/make_icon.py

The program's icon is a blue outline; on a dark taskbar an outline alone is hard to see, so the
sheet is filled white.  Each size is drawn from the SVG at that size (not scaled from one
picture), so the small ones stay sharp.  Run it again when app.svg changes, and commit the result.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"
ICO = ROOT / "packaging" / "equipment-desk.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: bytes, size: int) -> bytes:
    """The SVG drawn as a ``size`` x ``size`` PNG with a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage painting needs it
    svg = SVG.read_text(encoding="utf-8").replace('<rect ', '<rect fill="#ffffff" ', 1).encode("utf-8")
    pictures = [Image.open(io.BytesIO(render(svg, size))).convert("RGBA") for size in SIZES]
    largest = pictures[-1]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in SIZES], append_images=pictures[:-1])
    print(f"wrote {ICO.relative_to(ROOT)} ({', '.join(str(s) for s in SIZES)} px)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
