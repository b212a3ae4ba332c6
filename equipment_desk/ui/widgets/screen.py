"""Windows that fit the screen they open on, and forms that do not move under the pointer.

A 1366×768 laptop at 100 % or 125 % as well as a large monitor:

Every window and dialog opens through :func:`fit_to_screen` with the size it would like; it gets that
size, or the room the screen has (less the frame the system draws around it), whichever is smaller, and
is moved back onto the screen when a remembered position lies outside it.  :data:`SMALLEST_SCREEN` is
the smallest screen the program promises to fit, in the device-independent pixels Qt lays out in.

:func:`keep_place` keeps the room of a message line under a field once a message has been shown there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

FRAME = QSize(16, 48)
"""Room the system's window frame and title bar take, more or less (Windows 10/11 at 100 %)."""
TASKBAR = 48
"""Height of the Windows taskbar at 100 %, device pixels."""


def smallest_screen(scale: float) -> QSize:
    """What a window may take on a 1366×768 laptop at ``scale`` (1.0, 1.25), in device-independent pixels:
    the screen less the taskbar, less the frame and title bar of the window."""
    width = int(1366 / scale) - FRAME.width()
    height = int((768 - TASKBAR * scale) / scale) - FRAME.height()
    return QSize(width, height)


SMALLEST_SCREEN = smallest_screen(1.25)
"""The room a window has on a 1366×768 laptop at 125 %: every window's smallest size fits in it."""


def available(widget: QWidget) -> QRect:
    """The part of the widget's screen (or the primary screen) that windows may take."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_to_screen(widget: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Give ``widget`` the size ``width`` × ``height`` (its present size when None), or less, so that it and its frame
    fit the screen, and move it onto the screen if it stands outside."""
    room = available(widget)
    wanted = QSize(width or widget.width(), height or widget.height())
    size = wanted.boundedTo(QSize(room.width() - FRAME.width(), room.height() - FRAME.height()))
    size = size.expandedTo(widget.minimumSize())
    if size != widget.size():
        widget.resize(size)
    frame = widget.frameGeometry() if widget.isWindow() and widget.isVisible() else QRect(widget.pos(), size + FRAME)
    if not room.contains(frame) and widget.isWindow():
        x = min(max(frame.x(), room.x()), max(room.right() - frame.width() + 1, room.x()))
        y = min(max(frame.y(), room.y()), max(room.bottom() - frame.height() + 1, room.y()))
        widget.move(x, y)


class _KeepPlaceOnceShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QLabel):
            policy = watched.sizePolicy()
            if not policy.retainSizeWhenHidden():
                policy.setRetainSizeWhenHidden(True)
                watched.setSizePolicy(policy)
        return False


def keep_place(label: QLabel) -> QLabel:
    """A message line under a field that, once it has been shown, keeps its room when its message goes.

    A form that starts without messages stays compact; but a message that vanishes as the user types (the
    field is now right) leaves its line empty instead of pulling the fields below up under the pointer,
    so the next click lands where the user aimed.  Returns ``label``.
    """
    label.installEventFilter(_KeepPlaceOnceShown(label))
    return label
