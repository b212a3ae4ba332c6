"""The PySide6 window.  Importing this package applies :func:`protect_python_singletons` first."""

from __future__ import annotations

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
    import ctypes  # here: only this release on this Python needs it

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    protect_python_singletons.done = True  # type: ignore[attr-defined]


protect_python_singletons()


PYSIDE_FEATURE_MODULE = "shibokensupport.feature"
"""Where PySide6 keeps, per module, which of its optional features (``from __feature__ import snake_case``) the
module switched on: ``pyside_feature_dict``, 0 for a module that uses PySide6, -1 for one it may ignore."""


def import_pyside_without_source_reads() -> None:
    """Import PySide6, and spare it reading the whole source of modules to learn whether they use it.

    Once loaded, PySide6 checks every module named by an import statement run afterwards, once per module,
    by reading its source in full and looking for the word "PySide6" (``shibokensupport.feature``), to know
    which modules may switch on its optional features.  Before the window is painted that is some 55 reads of
    our modules and of the standard library's (``typing`` alone is 3,000 lines): about 10 ms, a tenth of a
    bare window's whole start.  The program switches on no feature, so the answer only has to be as
    PySide6 would give it: our window's modules (``equipment_desk.ui``, listed from its folders) use PySide6;
    the modules loaded before PySide6 besides those (the standard library, the store and the core, which a
    test keeps free of Qt) do not.  Modules loaded later and not listed are still read, as before.  Without
    that table (another PySide6, a frozen program) nothing is entered and PySide6 reads as it always did.
    """
    import PySide6  # noqa: F401 - loads the feature module (PySide6's own modules are entered by PySide6)

    table = getattr(sys.modules.get(PYSIDE_FEATURE_MODULE), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in list(sys.modules):
        table.setdefault(name, 0 if _is_window_module(name) else -1)
    for name in window_module_names():
        table.setdefault(name, 0)


def _is_window_module(name: str) -> bool:
    return name == __name__ or name.startswith(__name__ + ".")


def window_module_names() -> list[str]:
    """The names of this package's modules, from its folders (none when it is not in folders: frozen)."""
    import os

    names = []
    for folder in __path__:
        for root, folders, files in os.walk(folder):
            folders[:] = [name for name in folders if name.isidentifier() and not name.startswith("__")]  # not __pycache__
            relative = os.path.relpath(root, folder)
            package = __name__ if relative == "." else f"{__name__}.{relative.replace(os.sep, '.')}"
            if package != __name__:
                names.append(package)
            names += [f"{package}.{file[:-3]}" for file in files if file.endswith(".py") and file != "__init__.py"]
    return names
