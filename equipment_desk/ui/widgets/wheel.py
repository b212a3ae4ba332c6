"""The mouse wheel scrolls the form; it changes a combo box, spin box or date field only when that field has focus.

Scrolling a long form (the act editor) with the wheel used to change whatever field passed under the
pointer: the act's currency, a quantity, a date.  :class:`WheelOnlyWhenFocused`, installed once on the
application (:func:`install_wheel_guard`, when the window is shown: an application-wide filter sees every
event, some 1 µs each, which start-up need not pay), passes such a wheel event on to the scrolling area
behind the field instead, unless the user has clicked or tabbed into the field (the field never sees
the turn, so it does not take focus from it either).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

GUARDED = (QComboBox, QAbstractSpinBox)
"""Fields whose value the wheel changes (QAbstractSpinBox covers spin boxes and date and time fields)."""


class WheelOnlyWhenFocused(QObject):
    """An application-wide event filter: see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            event.ignore()  # not handled here: Qt offers it to the parent, the scrolling area
            return True
        return False


def install_wheel_guard(app: QApplication | None = None) -> WheelOnlyWhenFocused:
    """Install the guard on the application (once); returns it."""
    app = app or QApplication.instance()
    guard = app.findChild(WheelOnlyWhenFocused)
    if guard is None:
        guard = WheelOnlyWhenFocused(app)
        app.installEventFilter(guard)
    return guard

