"""Per-user preferences: one typed wrapper over :class:`QSettings`.

What belongs to the office's *data* (office name and code, number pattern,
default signatory, logo, act languages) lives in the database
(``equipment_desk.store.settings``).  What belongs to one person on one
laptop lives here: the UI language, where the database file is, the backup
folder, window geometry, column layouts, the last folders used.

Every option is declared once, with its type and default, in :data:`OPTIONS`.
Read and write them by name::

    settings = DeskSettings()                 # the user's settings (registry / ini file)
    settings.get("ui_language")               # -> "" (follow the system) or "en" / "ru"
    settings.set("backup_folder", "D:/backups")

Window and dialog layout, keyed by any stable name you choose::

    settings.restore_geometry("act_editor", dialog)     # in __init__
    settings.save_geometry("act_editor", dialog)        # in done()/closeEvent()
    settings.restore_header("items", table.horizontalHeader())
    settings.save_header("items", table.horizontalHeader())

The last folder used for a kind of file (``"scan"``, ``"pdf"``, ``"import"``...)::

    start = settings.last_folder("scan")
    settings.remember_folder("scan", chosen_path)

Tests use ``DeskSettings.at(tmp_path / "settings.ini")`` so nothing touches
the real user settings.  Services never receive this object: pass them the
plain values they need.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QWidget

ORGANIZATION = "EquipmentDesk"
APPLICATION = "EquipmentDesk"


class Option(NamedTuple):
    """One per-user preference: its type, default and what it is for (a named tuple: read at every start, it is
    made ten times faster than a frozen dataclass)."""

    type: type
    default: Any
    doc: str


OPTIONS: dict[str, Option] = {
    "ui_language": Option(str, "", "UI language: '' follows the system, else 'en' or 'ru'; takes effect on restart"),
    "database_path": Option(str, "", "The database file; '' means the default in the user data folder"),
    "backup_folder": Option(str, "", "Where backups are written; '' means a 'backups' folder beside the database"),
    "backup_keep": Option(int, 14, "How many backups are kept in the backup folder (older ones are deleted)"),
    "last_section": Option(str, "acts", "The section shown when the window last closed"),
    "print_copies": Option(int, 2, "Copies of an act printed at once (one for each party)"),
    "preview_zoom": Option(int, 100, "Zoom of the act preview, in per cent"),
    "user_name": Option(str, "", "Name recorded in the audit log and on acts; '' uses the login name"),
    "screen_reader_titles": Option(bool, False, "The lists answer their column titles to screen readers (the window "
                                   "starts some 15 ms slower); on by itself when Windows says a screen reader runs"),
}
"""Every per-user option, with its default.  Add new ones here."""

LANGUAGES = ("en", "ru")
"""UI languages with a translation."""


class DeskSettings:
    """Typed access to the user's preferences (see the module docstring)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._qsettings = qsettings if qsettings is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @classmethod
    def at(cls, path: str | Path) -> DeskSettings:
        """Settings kept in the ini file ``path`` (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # --- declared options ---------------------------------------------------------------------

    def get(self, name: str) -> Any:
        """The value of a declared option, converted to its type (the default when unset or unreadable)."""
        option = OPTIONS[name]
        raw = self._qsettings.value(f"options/{name}")
        if raw is None:
            return option.default
        try:
            if option.type is bool:
                return raw if isinstance(raw, bool) else str(raw).strip().lower() in ("1", "true", "yes")
            return option.type(raw)
        except (TypeError, ValueError):
            return option.default

    def set(self, name: str, value: Any) -> None:
        """Store a declared option (``KeyError`` for an undeclared name, ``TypeError`` for a wrong type)."""
        option = OPTIONS[name]
        if not isinstance(value, option.type) or (option.type is int and isinstance(value, bool)):
            raise TypeError(f"option {name} takes {option.type.__name__}, not {type(value).__name__}")
        self._qsettings.setValue(f"options/{name}", value)

    def reset(self, name: str) -> None:
        """Forget a stored value so the default applies again."""
        OPTIONS[name]  # noqa: B018 - refuse unknown names
        self._qsettings.remove(f"options/{name}")

    # --- convenient typed shortcuts -------------------------------------------------------------

    @property
    def ui_language(self) -> str:
        value = self.get("ui_language")
        return value if value in LANGUAGES else ""

    @property
    def database_path(self) -> str:
        return self.get("database_path")

    @property
    def backup_folder(self) -> str:
        return self.get("backup_folder")

    @property
    def backup_keep(self) -> int:
        """Backups kept in the backup folder: at least 1."""
        return max(1, self.get("backup_keep"))

    # --- window and dialog layout ---------------------------------------------------------------

    def save_geometry(self, key: str, widget: QWidget) -> None:
        """Remember a window's or dialog's size and position under ``key``."""
        self._qsettings.setValue(f"geometry/{key}", widget.saveGeometry())

    def restore_geometry(self, key: str, widget: QWidget) -> bool:
        """Put a window back where it was; False (and nothing changed) when nothing was saved."""
        data = self._qsettings.value(f"geometry/{key}")
        if isinstance(data, QByteArray) and not data.isEmpty():
            return bool(widget.restoreGeometry(data))
        return False

    def save_state(self, key: str, state: QByteArray) -> None:
        """Remember an opaque state (``QMainWindow.saveState()``, ``QSplitter.saveState()``)."""
        self._qsettings.setValue(f"state/{key}", state)

    def state(self, key: str) -> QByteArray | None:
        data = self._qsettings.value(f"state/{key}")
        return data if isinstance(data, QByteArray) and not data.isEmpty() else None

    def save_header(self, key: str, header: QHeaderView) -> None:
        """Remember a table's column order, widths, hidden columns and sort column."""
        self._qsettings.setValue(f"columns/{key}", header.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        data = self._qsettings.value(f"columns/{key}")
        if isinstance(data, QByteArray) and not data.isEmpty():
            return bool(header.restoreState(data))
        return False

    def forget_header(self, key: str) -> None:
        self._qsettings.remove(f"columns/{key}")

    # --- folders -------------------------------------------------------------------------------

    def last_folder(self, kind: str) -> str:
        """The folder last used for ``kind`` of file (``"scan"``, ``"pdf"``...), or the home folder."""
        value = self._qsettings.value(f"folders/{kind}")
        if isinstance(value, str) and value and Path(value).is_dir():
            return value
        return str(Path.home())

    def remember_folder(self, kind: str, path: str | Path) -> None:
        """Remember the folder of ``path`` (a file or a folder) for the next file dialog of ``kind``."""
        chosen = Path(path)
        folder = chosen if chosen.is_dir() else chosen.parent
        self._qsettings.setValue(f"folders/{kind}", str(folder))

    def sync(self) -> None:
        """Write pending changes to disk now (Qt also does this on exit)."""
        self._qsettings.sync()
