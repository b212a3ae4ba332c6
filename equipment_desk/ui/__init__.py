"""The PySide6 window.  Importing this package applies :func:`protect_python_singletons` first."""

from __future__ import annotations

import ctypes
import sys


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
    try:
        # Read the version without importing PySide6: once PySide6 is loaded, its import hook makes every
        # later import slower (measured: start-up 2.15x -> 2.30x of a bare window with `import PySide6` here).
        from importlib.metadata import PackageNotFoundError, version

        try:
            qt_version = version("PySide6-Essentials")
        except PackageNotFoundError:
            qt_version = version("PySide6")
    except Exception:  # noqa: BLE001 - no PySide6 metadata: nothing to protect
        return
    if not qt_version.startswith("6.12."):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    protect_python_singletons.done = True  # type: ignore[attr-defined]


protect_python_singletons()
