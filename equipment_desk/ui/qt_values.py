"""Qt's values that the window uses before its first paint, as plain numbers, and ``Qt`` made when first used.

PySide6 makes a Python enum class for each of the ``Qt`` namespace's 94 enums (some 2,000 members) the
first time anything reaches ``PySide6.QtCore.Qt``: importing the name, an enum argument passed to a
Python method (a model's ``headerData(section, orientation)``, ``sort(column, order)``), an enum returned
to Python.  That is 10 to 13 ms, a tenth of the program's start.  A bare window never makes them.

So the modules read before the window's first paint take ``Qt`` from here: it is made the first time one
of its attributes is asked for, as before.  What they need before the first paint is below as the numbers
Qt defines (``tests/ui/test_qt_values.py`` checks each against Qt's own; ``tests/ui/test_lean_start.py`` that the
namespace is not made before the first paint):

- item data roles: Qt's item views and models take roles as ``int``;
- the values of properties: ``widget.setProperty("alignment", ALIGN_TOP | ALIGN_LEFT)`` sets what
  ``setAlignment`` would, through Qt's meta-object system, which converts the number itself;
- the order of a sort (:data:`ASCENDING`, :data:`DESCENDING`), as the models keep it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Qt::ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
FONT_ROLE = 6
TEXT_ALIGNMENT_ROLE = 7
FOREGROUND_ROLE = 9
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 256

# Qt::AlignmentFlag
ALIGN_LEFT = 0x0001
ALIGN_RIGHT = 0x0002
ALIGN_HCENTER = 0x0004
ALIGN_TOP = 0x0020
ALIGN_VCENTER = 0x0080

# Qt::SortOrder
ASCENDING = 0
DESCENDING = 1

# Qt::Orientation
HORIZONTAL = 1
VERTICAL = 2

# Qt::TextFormat
PLAIN_TEXT = 0
RICH_TEXT = 1

# Qt::TextInteractionFlag
TEXT_SELECTABLE_BY_MOUSE = 1

# Qt::ContextMenuPolicy
CUSTOM_CONTEXT_MENU = 3

# Qt::ShortcutContext
WIDGET_WITH_CHILDREN_SHORTCUT = 3
WINDOW_SHORTCUT = 1
APPLICATION_SHORTCUT = 2

# Qt::ToolButtonStyle
TOOL_BUTTON_TEXT_BESIDE_ICON = 2

# Qt::TextElideMode
ELIDE_MIDDLE = 2

# Qt::MouseButton
LEFT_BUTTON = 0x1


def order_number(order: Any) -> int:
    """A sort order as :data:`ASCENDING` or :data:`DESCENDING`, whether it came as Qt's enum or as a number."""
    return int(getattr(order, "value", order))


class _Namespace:
    """``PySide6.QtCore.Qt``, made the first time one of its attributes is asked for (each then kept here)."""

    def __getattr__(self, name: str) -> Any:
        from PySide6 import QtCore

        value = getattr(QtCore.Qt, name)
        setattr(self, name, value)
        return value


if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:
    Qt = _Namespace()
