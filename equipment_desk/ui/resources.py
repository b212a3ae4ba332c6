"""Where the program's resources (fonts, icons, translations, logo) are.

One function answers for a source checkout (``resources/`` beside the
``equipment_desk`` package), an installed package, and a frozen Windows build
made with PyInstaller (``resources/`` inside ``sys._MEIPASS``).  Nothing is
looked up relative to the working directory.
"""

from __future__ import annotations

import sys
from functools import cache, lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES_ENV_VAR = "EQUIPMENT_DESK_RESOURCES"


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The ``resources`` folder of this installation."""
    import os

    candidates: list[Path] = []
    override = os.environ.get(RESOURCES_ENV_VAR)
    if override:
        candidates.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / "resources")
    package = Path(__file__).resolve().parent.parent  # equipment_desk/
    candidates += [package.parent / "resources", package / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the resources folder of Equipment Desk is missing; reinstall the program")


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
