"""Where Equipment Desk keeps its files: what it ships (resources) and what the user makes (data).

One answer for a source checkout, an installed package and the frozen one-folder build
(PyInstaller: the executables beside an ``_internal`` folder, found as ``sys._MEIPASS``),
without Qt, so the documents (fonts) and the window (icons, translations) ask the same function.

**Resources** — fonts (with their licence), icons, translations and the act's fixed texts — are in
``resources/``: beside the ``equipment_desk`` package in a checkout, inside ``sys._MEIPASS`` when
frozen, under ``<prefix>/share/EquipmentDesk/resources`` when installed from a wheel.
``EQUIPMENT_DESK_RESOURCES`` names another folder.  Nothing is looked up relative to the
working directory.

**Data** — the database, the settings, the log and the backups — is kept in the user's data
folder (``%LOCALAPPDATA%\\EquipmentDesk`` on Windows, ``~/.local/share/EquipmentDesk`` on
Linux), or, in **portable mode**, in ``data/`` beside the executables: a frozen program with a
file ``portable.txt`` beside its executables writes nothing to the laptop it runs on, so it can
be carried on a USB stick.  :func:`require_writable` says clearly when that folder cannot be
written (a write-protected stick, a program folder under ``Program Files``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from equipment_desk.core.errors import StorageError

APP_FOLDER = "EquipmentDesk"
"""The name of the per-user data folder."""
RESOURCES_ENV_VAR = "EQUIPMENT_DESK_RESOURCES"
"""Names a ``resources`` folder to use instead of the program's own."""
PORTABLE_MARKER = "portable.txt"
"""A file of this name beside the executables turns portable mode on."""
PORTABLE_DATA = "data"
"""The folder beside the executables that holds everything a portable program writes."""
SETTINGS_FILENAME = "settings.ini"
"""The settings file of a portable program, in its data folder."""

_PACKAGE = Path(__file__).resolve().parents[1]  # equipment_desk/


def is_frozen() -> bool:
    """True in the one-folder build (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def program_folder() -> Path:
    """The folder of the executables in the frozen build; the checkout (or site-packages) otherwise."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return _PACKAGE.parent


def _resource_candidates() -> list[Path]:
    candidates: list[Path] = []
    override = os.environ.get(RESOURCES_ENV_VAR)
    if override:
        candidates.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    if is_frozen():
        candidates.append(program_folder() / "resources")
    candidates += [_PACKAGE.parent / "resources", _PACKAGE / "resources"]
    # an installed wheel: pyproject.toml's data-files put them under the environment's prefix
    candidates.append(Path(sys.prefix) / "share" / APP_FOLDER / "resources")
    return candidates


def resources_dir() -> Path:
    """The ``resources`` folder of this installation (raises :class:`StorageError` when there is none)."""
    candidates = _resource_candidates()
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise StorageError(
        "the resources folder of Equipment Desk is missing (looked in {folder}); reinstall the program",
        folder=", ".join(str(c) for c in candidates),
    )


def resource_path(*parts: str) -> Path:
    """A file or folder inside ``resources`` (it may not exist; check before use)."""
    return resources_dir().joinpath(*parts)


def guide_file(language: str) -> Path:
    """The user guide in ``language`` ('en' or 'ru'): ``docs/guide/<language>.md`` of a checkout, or the copy the
    frozen program carries beside its resources (with the screenshots it shows).  It may not exist."""
    return resources_dir().parent / "docs" / "guide" / f"{language}.md"


def portable_data_folder(program: Path | None = None, *, frozen: bool | None = None) -> Path | None:
    """``data/`` beside the executables when the program runs portable (``portable.txt`` beside them), else None.

    Only the frozen program is portable: a checkout has no executables to stand beside.
    ``program`` and ``frozen`` default to this process's own (tests pass their own).
    """
    frozen = is_frozen() if frozen is None else frozen
    if not frozen:
        return None
    program = program or program_folder()
    if (program / PORTABLE_MARKER).is_file():
        return program / PORTABLE_DATA
    return None


def data_folder() -> Path:
    """Where the database, settings, log and backups are kept by default (see the module docstring)."""
    portable = portable_data_folder()
    if portable is not None:
        return portable
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_FOLDER, appauthor=False))


def portable_settings_file() -> Path | None:
    """The settings file of a portable program (``data/settings.ini``); None when not portable."""
    portable = portable_data_folder()
    return portable / SETTINGS_FILENAME if portable is not None else None


def require_writable(folder: Path) -> None:
    """Make ``folder`` if needed and check a file can be written in it; raise :class:`StorageError` if not.

    Portable mode keeps everything in this folder, so a stick that is write-protected (or a program
    folder the user may not write to) must be said at once, not at the first save.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as error:
        raise StorageError(
            "the data folder {folder} cannot be written ({reason}). Portable mode ({marker} beside the program) "
            "keeps the database, settings, log and backups there: copy the program to a folder or USB stick you can "
            "write to, or delete {marker} to keep the data in your user folder",
            folder=str(folder),
            reason=error.strerror or str(error),
            marker=PORTABLE_MARKER,
        ) from error


def require_portable_folder_writable() -> Path | None:
    """In portable mode, check the data folder can be written (see :func:`require_writable`); returns it, or None."""
    portable = portable_data_folder()
    if portable is not None:
        require_writable(portable)
    return portable
