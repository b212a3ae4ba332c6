"""Progress reporting and cancelling for long data-in/data-out jobs.

A job function takes ``progress(done, total)`` and ``cancel`` (a
``threading.Event`` or any callable returning ``True`` when the user pressed
Cancel).  Cancelling raises :class:`Cancelled` before anything is written, or
rolls the one write transaction back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from equipment_desk.core.errors import DeskError

ProgressCallback = Callable[[int, int], None]
"""``progress(done, total)``; ``total`` is 0 when unknown."""


class _EventLike(Protocol):
    def is_set(self) -> bool: ...


CancelFlag = _EventLike | Callable[[], bool] | None


class Cancelled(DeskError):  # noqa: N818 - the user's choice, not an error
    """The user cancelled the job; nothing was written."""

    def __init__(self, message: str = "cancelled; nothing was written") -> None:
        super().__init__(message)


def is_cancelled(cancel: CancelFlag) -> bool:
    if cancel is None:
        return False
    is_set = getattr(cancel, "is_set", None)
    if is_set is not None:
        return bool(is_set())
    return bool(cancel())


def check_cancel(cancel: CancelFlag) -> None:
    """Raise :class:`Cancelled` when the user asked to stop."""
    if is_cancelled(cancel):
        raise Cancelled()


class Ticker:
    """Calls ``progress`` at most every ``step`` units and checks ``cancel`` each time."""

    def __init__(self, progress: ProgressCallback | None, cancel: CancelFlag, total: int, step: int = 200) -> None:
        self.progress = progress
        self.cancel = cancel
        self.total = total
        self.step = max(1, step)
        self._next = 0

    def tick(self, done: int) -> None:
        if done >= self._next:
            self._next = done + self.step
            check_cancel(self.cancel)
            if self.progress is not None:
                self.progress(done, self.total)

    def finish(self) -> None:
        check_cancel(self.cancel)
        if self.progress is not None:
            self.progress(self.total, self.total)
