"""The window's resources: icons, and the translations folder.

Where ``resources/`` is (checkout, installed package, frozen build) is answered once, without Qt,
by :mod:`equipment_desk.core.places`; the documents find their fonts through the same function.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from equipment_desk.core import places


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The ``resources`` folder of this installation (:func:`equipment_desk.core.places.resources_dir`, kept)."""
    return places.resources_dir()


def resource_path(*parts: str) -> Path:
    """A file or folder inside ``resources`` (it may not exist; check before use)."""
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    return resource_path("translations")


ICON_SIZES = (16, 24, 32, 48)
"""The sizes drawn from each SVG icon as ``resources/icons/<name>-<size>.png`` (no SVG renderer at start-up)."""


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` from its PNG sizes, or from ``resources/icons/<name>.svg`` when they are missing (an empty
    icon when that is missing too).  An SVG icon loads Qt's SVG plugin, some ms of the start-up."""
    files = [(resource_path("icons", f"{name}-{size}.png"), size) for size in ICON_SIZES]
    if all(path.is_file() for path, _ in files):
        made = QIcon()
        for path, size in files:
            made.addFile(str(path), QSize(size, size))
        return made
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
