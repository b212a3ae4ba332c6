"""The window's resources: icons, and the translations folder.

Where ``resources/`` is (checkout, installed package, frozen build) is answered once, without Qt,
by :mod:`equipment_desk.core.places`; the documents find their fonts through the same function.
"""

from __future__ import annotations

import os
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


@lru_cache(maxsize=1)
def icon_files() -> frozenset[str]:
    """The names of the files in ``resources/icons``, listed once (the window asks for some 20 icons of 4 sizes as
    it starts: one listing instead of a look-up of each file)."""
    try:
        return frozenset(os.listdir(resource_path("icons")))
    except OSError:
        return frozenset()


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` from its PNG sizes, or from ``resources/icons/<name>.svg`` when they are missing (an empty
    icon when that is missing too).  An SVG icon loads Qt's SVG plugin, some ms of the start-up."""
    files = icon_files()
    sizes = [(f"{name}-{size}.png", size) for size in ICON_SIZES]
    folder = str(resource_path("icons"))  # names joined as text: the start makes some 70 paths of icons
    if all(file in files for file, _ in sizes):
        made = QIcon()
        for file, size in sizes:
            made.addFile(os.path.join(folder, file), QSize(size, size))
        return made
    return QIcon(os.path.join(folder, f"{name}.svg")) if f"{name}.svg" in files else QIcon()
