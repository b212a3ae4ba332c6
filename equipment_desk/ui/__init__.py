"""The PySide6 window.  Importing this package applies :func:`protect_python_singletons` first."""

from __future__ import annotations

import ctypes
import re
import sys
from importlib.util import find_spec


def pyside_version() -> str | None:
    """The installed PySide6 release (``"6.12.0"``), read without importing PySide6; ``None`` without PySide6.

    Importing PySide6 here would make every later import slower (its import
    hook; measured: start-up 2.15x -> 2.30x of a bare window), and
    ``importlib.metadata`` costs some 20 ms of start-up.  PySide6 writes its
    version into ``PySide6/_config.py``; the package metadata is the
    fallback.  In the frozen program neither is there, and ``PySide6.__version__`` answers.
    """
    if getattr(sys, "frozen", False):
        # The frozen program has neither PySide6/_config.py (compiled into the archive) nor the package
        # metadata: ask PySide6 itself.  Later imports are then a little slower, but a guard that silently
        # stops protecting would let the program abort.
        try:
            import PySide6
        except ImportError:
            return None
        return PySide6.__version__
    spec = find_spec("PySide6")
    if spec is None:
        return None
    for folder in spec.submodule_search_locations or ():
        try:
            with open(f"{folder}/_config.py", encoding="utf-8") as config:
                found = re.search(r'^version = "([^"]+)"', config.read(), re.MULTILINE)
        except OSError:
            continue
        if found:
            return found.group(1)
    from importlib.metadata import PackageNotFoundError, version

    for distribution in ("PySide6-Essentials", "PySide6"):
        try:
            return version(distribution)
        except PackageNotFoundError:
            continue
    return None


def protect_python_singletons() -> None:
    """Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

    That release drops a reference to ``None``/``True``/``False`` on every
    signal emission; on Python before 3.12 (where these objects are not
    immortal) the program aborts with "deallocating None" after a few
    thousand signals.  Giving the three objects a huge reference count, as
    Python 3.12 does itself, makes them effectively immortal.  Nothing is
    done on Python 3.12 and later, or with another PySide6 release.
    """
    if sys.version_info >= (3, 12) or getattr(protect_python_singletons, "done", False):
        return
    qt_version = pyside_version()
    if qt_version is None or not qt_version.startswith("6.12."):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    protect_python_singletons.done = True  # type: ignore[attr-defined]


protect_python_singletons()
