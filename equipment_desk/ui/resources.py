"""The window's resources: icons, and the translations folder.

Where ``resources/`` is (checkout, installed package, frozen build) is answered once, without Qt,
by :mod:`equipment_desk.core.places`; the documents find their fonts through the same function.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

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


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon when it is missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
