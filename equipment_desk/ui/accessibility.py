"""Whether the lists should answer their column titles for a screen reader (see
:func:`equipment_desk.ui.models.speak_column_titles`): when the user asked for it in the settings, or when Windows
says a screen reader is running."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from equipment_desk.ui.settings import DeskSettings

SPI_GETSCREENREADER = 0x0046
"""Windows' ``SystemParametersInfo`` action that tells whether a screen reader (Narrator, NVDA, JAWS) is running."""


def spoken_titles_wanted(settings: DeskSettings) -> bool:
    """The user's setting, or a screen reader running."""
    return bool(settings.get("screen_reader_titles")) or screen_reader_running()


def screen_reader_running() -> bool:
    """True when Windows says a screen reader is running; False elsewhere (the setting is there for them)."""
    if sys.platform != "win32":
        return False
    try:
        return _windows_flag(SPI_GETSCREENREADER)
    except (AttributeError, OSError):  # no user32 to ask
        return False


def _windows_flag(action: int) -> bool:
    import ctypes
    from ctypes import wintypes

    flag = wintypes.BOOL(False)
    asked = ctypes.windll.user32.SystemParametersInfoW(action, 0, ctypes.byref(flag), 0)  # type: ignore[attr-defined]
    return bool(asked) and bool(flag.value)
