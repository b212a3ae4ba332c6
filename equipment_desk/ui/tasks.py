"""Long work off the GUI thread: one helper for every background task.

A *work function* is plain Python that takes a :class:`TaskContext` first and
plain data after it — never widgets::

    def make_backup(context: TaskContext, target: str) -> str:
        rows = context.db.execute("SELECT count(*) FROM act").fetchone()[0]   # its own connection
        for done, chunk in enumerate(chunks):
            context.check_cancelled()               # raises TaskCancelled when the user pressed Cancel
            context.progress(done, len(chunks), "Copying acts")
            ...
        return target

The window runs it with :class:`TaskRunner`; the result, the error or the
cancellation arrive on the GUI thread, through Qt signals::

    task = tasks.run(make_backup, "D:/backup.sqlite", on_done=..., on_error=...)
    task = tasks.run_with_progress(make_backup, "D:/b.sqlite", parent=window,
                                   label=self.tr("Making a backup…"), on_done=...)

``run_with_progress`` shows a window-modal progress dialog with a Cancel
button (after a short delay, so quick work shows nothing).  The event loop
is never pumped by hand: progress arrives as queued signals.

A worker thread must not use the window's database connection (an sqlite3
connection belongs to the thread that opened it): ``context.db`` opens a
separate connection to the same file on first use and closes it when the
work ends.  Tests create ``TaskRunner(db=db, synchronous=True)``: the work
then runs at once, in the calling thread, with that connection, and the
callbacks are called before ``run`` returns.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from equipment_desk.ui.qt_values import Qt

if TYPE_CHECKING:
    import sqlite_utils
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class TaskCancelled(Exception):  # noqa: N818 - a signal to stop, not an error
    """Raised inside a work function by :meth:`TaskContext.check_cancelled`."""


class TaskContext:
    """What a work function receives: its database connection, progress and cancel."""

    def __init__(self, task: Task, open_db: Callable[[], sqlite_utils.Database] | None, shared_db: sqlite_utils.Database | None) -> None:
        self._task = task
        self._open_db = open_db
        self._db: sqlite_utils.Database | None = shared_db
        self._owns_db = False

    @property
    def db(self) -> sqlite_utils.Database:
        """A database connection for this task's thread (opened on first use)."""
        if self._db is None:
            if self._open_db is None:
                raise RuntimeError("this TaskRunner has no database; create it with db_path=")
            self._db = self._open_db()
            self._owns_db = True
        return self._db

    @property
    def cancelled(self) -> bool:
        """True once the user asked to cancel; the work should stop soon."""
        return self._task.cancel_requested

    def check_cancelled(self) -> None:
        """Raise :class:`TaskCancelled` if the user asked to cancel."""
        if self._task.cancel_requested:
            raise TaskCancelled()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Report progress: ``done`` of ``total`` steps (``total`` 0: unknown), with an optional text."""
        self._task._report_progress(int(done), int(total), str(text))

    def _close(self) -> None:
        if self._owns_db and self._db is not None:
            try:
                self._db.close()
            except Exception:  # noqa: BLE001 - closing must not hide the task's own outcome
                log.exception("closing a task's database connection failed")
        self._db = None


class Task(QObject):
    """One piece of background work; its signals are delivered on the GUI thread.

    Exactly one of ``succeeded(result)``, ``failed(exception)`` or
    ``cancelled()`` is emitted, then ``finished()``.  ``progressed(done,
    total, text)`` may come any number of times before.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    # Emitted from the worker thread; the receiving slots run on the GUI thread.
    _progress_from_worker = Signal(int, int, str)
    _outcome_from_worker = Signal(str, object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.error_traceback = ""
        self._progress_from_worker.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._outcome_from_worker.connect(self._on_outcome, Qt.ConnectionType.QueuedConnection)
        self._synchronous = False

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next ``check_cancelled()``."""
        self._cancel.set()

    # --- called by the worker ------------------------------------------------------------------

    def _report_progress(self, done: int, total: int, text: str) -> None:
        if self._synchronous:
            self.progressed.emit(done, total, text)
        else:
            self._progress_from_worker.emit(done, total, text)

    def _deliver(self, kind: str, payload: Any) -> None:
        if self._synchronous:
            self._on_outcome(kind, payload)
        else:
            self._outcome_from_worker.emit(kind, payload)

    # --- on the GUI thread ---------------------------------------------------------------------

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if not self.done:
            self.progressed.emit(done, total, text)

    @Slot(str, object)
    def _on_outcome(self, kind: str, payload: Any) -> None:
        self.done = True
        if kind == "ok":
            self.result = payload
            self.succeeded.emit(payload)
        elif kind == "cancelled":
            self.cancelled.emit()
        else:
            self.error = payload
            self.failed.emit(payload)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, body: Callable[[], None]) -> None:
        super().__init__()
        self._body = body  # the pool owns and deletes the runnable after run()

    def run(self) -> None:  # noqa: D401 - Qt override
        self._body()


class TaskRunner(QObject):
    """Runs work functions in a thread pool (or, for tests, synchronously).

    ``db_path``: the database file a worker opens its own connection to.
    ``db``: with ``synchronous=True`` only, a connection the work uses as is.
    ``on_unhandled_error(task, error)``: called for a failed task that has no
    ``on_error`` (the main window shows the message or crash dialog there).
    """

    def __init__(
        self,
        *,
        db_path: str | Path | None = None,
        db: sqlite_utils.Database | None = None,
        synchronous: bool = False,
        max_threads: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if db is not None and not synchronous:
            raise ValueError("a shared connection can only be used with synchronous=True; give db_path")
        self.db_path = Path(db_path) if db_path is not None else None
        self._shared_db = db
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        if max_threads:
            self._pool.setMaxThreadCount(max_threads)
        self._running: set[Task] = set()
        self._held: list[_Runnable] | None = None
        self.on_unhandled_error: Callable[[Task, BaseException], None] | None = None

    def hold(self) -> None:
        """Queue the tasks run from now on, started by :meth:`release` (the window holds the work nobody asked
        for until it is painted: a worker would take processor time from the first paint)."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the tasks queued since :meth:`hold`, and any run from now on at once."""
        held, self._held = self._held or [], None
        for runnable in held:
            self._pool.start(runnable)

    def _open_db(self) -> sqlite_utils.Database:
        from equipment_desk.store.database import open_database

        return open_database(self.db_path, migrate=False, quick_check=False)  # the window's own opening checked it

    @property
    def active_count(self) -> int:
        """Tasks started and not yet finished."""
        return len(self._running)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Start ``fn(context, *args, **kwargs)``; callbacks run on the GUI thread."""
        task = Task(getattr(fn, "__name__", "task"))
        task._synchronous = self.synchronous
        if on_done is not None:
            task.succeeded.connect(on_done)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        if on_cancelled is not None:
            task.cancelled.connect(on_cancelled)
        if on_error is not None:
            task.failed.connect(on_error)
        else:
            task.failed.connect(lambda error, task=task: self._unhandled(task, error))
        task.finished.connect(lambda task=task: self._forget(task))
        open_db = self._open_db if self.db_path is not None else None
        context = TaskContext(task, open_db, self._shared_db)

        def body() -> None:
            try:
                result = fn(context, *args, **kwargs)
            except TaskCancelled:
                outcome: tuple[str, Any] = ("cancelled", None)
            except BaseException as error:  # noqa: BLE001 - delivered to the GUI thread
                task.error_traceback = "".join(traceback.format_exception(error))
                log.info("task %s failed: %s", task.name, error)
                outcome = ("error", error)
            else:
                outcome = ("cancelled", None) if task.cancel_requested else ("ok", result)
            finally:
                context._close()
            task._deliver(*outcome)

        self._running.add(task)
        if self.synchronous:
            body()
        elif self._held is not None:
            self._held.append(_Runnable(body))
        else:
            self._pool.start(_Runnable(body))
        return task

    def run_with_progress(
        self,
        fn: Callable[..., Any],
        *args: Any,
        parent: QWidget | None,
        label: str,
        title: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Like :meth:`run`, with a window-modal progress dialog that has a Cancel button."""
        from PySide6.QtWidgets import QProgressDialog  # here: its class and QDialog's are not made at start

        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(title or QCoreApplication.translate("tasks", "Please wait"))
        dialog.setLabelText(label)
        dialog.setCancelButtonText(QCoreApplication.translate("tasks", "Cancel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)
        dialog.setValue(0)

        def on_progress(done: int, total: int, text: str) -> None:
            if total > 0:
                dialog.setRange(0, total)
                dialog.setValue(min(done, total))
            if text:
                dialog.setLabelText(text)

        closed: list[bool] = []

        def close_dialog() -> None:
            if closed:
                return
            closed.append(True)
            try:
                dialog.canceled.disconnect()
            except (RuntimeError, TypeError):  # nothing connected yet (a task that finished at once)
                pass
            dialog.close()
            dialog.deleteLater()

        def closing_first(callback: Callable[..., None] | None) -> Callable[..., None] | None:
            """The callback after the dialog is gone: a question asked when the work is done is not shown under it."""
            if callback is None:
                return None

            def call(*values: Any) -> None:
                close_dialog()
                callback(*values)
            return call

        task = self.run(fn, *args, on_done=closing_first(on_done), on_error=closing_first(on_error), on_progress=on_progress,
                        on_cancelled=closing_first(on_cancelled), **kwargs)
        if task.done:
            close_dialog()
            return task
        dialog.canceled.connect(task.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText(QCoreApplication.translate("tasks", "Stopping…")))
        task.finished.connect(close_dialog)
        task.progress_dialog = dialog  # type: ignore[attr-defined] - for tests and callers
        return task

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker thread is idle (True) or ``msecs`` passed; for shutdown and tests.

        Results still arrive through the event loop afterwards.
        """
        return bool(self._pool.waitForDone(msecs))

    def _forget(self, task: Task) -> None:
        self._running.discard(task)

    def _unhandled(self, task: Task, error: BaseException) -> None:
        if self.on_unhandled_error is not None:
            self.on_unhandled_error(task, error)
        else:
            log.error("task %s failed and nobody handled it:\n%s", task.name, task.error_traceback)


class _KeptContext:
    """What a :class:`LatestOnlyRunner`'s work function receives: the connection its thread keeps open."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db


class LatestOnlyRunner(QObject):
    """One thread that keeps its database connection open between tasks and runs only the newest task waiting.

    For reads that follow typing, such as the rest of a search's ids.  Opening a connection takes milliseconds of
    Python, during which the window's thread waits for the interpreter lock it needs to paint; a thread that
    keeps its connection spends its time inside SQLite, where the lock is free.  A task given while another
    waits replaces it (the older keystroke's read is not wanted any more).  ``on_done(result)`` and
    ``on_error(error)`` are called on the GUI thread.  The thread ends after ``idle_seconds`` without work
    (closing its connection) and starts again with the next task; :meth:`reconnect` makes it open the file
    again (after a restore), :meth:`stop` ends it.
    """

    synchronous = False
    _delivered = Signal(object)

    def __init__(self, *, db_path: str | Path, idle_seconds: float = 30.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.idle_seconds = idle_seconds
        self._lock = threading.Condition()
        self._waiting: tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], Any, Any] | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._reconnect = False
        self._connected = False
        """Whether :meth:`_deliver` receives results yet: connected with the first task, after the window's first
        paint (the connection type is one of Qt's enums, see :mod:`equipment_desk.ui.qt_values`)."""

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, **kwargs: Any) -> None:
        """Run ``fn(context, *args, **kwargs)`` in the thread once it is free, unless a newer task comes first."""
        if not self._connected:
            self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
            self._connected = True
        with self._lock:
            self._stopping = False
            self._waiting = (fn, args, kwargs, on_done, on_error)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="latest-only-runner", daemon=True)
                self._thread.start()
            self._lock.notify()

    def reconnect(self) -> None:
        """Open the database file again before the next task (the file was replaced)."""
        with self._lock:
            self._reconnect = True

    def stop(self, timeout: float = 10.0) -> bool:
        """Drop the waiting task and end the thread (after the task under way); True if it ended in time."""
        with self._lock:
            self._waiting = None
            self._stopping = True
            thread = self._thread
            self._lock.notify()
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def _work(self) -> None:
        db: sqlite_utils.Database | None = None
        try:
            while True:
                with self._lock:
                    if self._waiting is None and not self._stopping:
                        self._lock.wait(self.idle_seconds)
                    task, self._waiting = self._waiting, None
                    if task is None:  # stopped, or idle too long
                        self._thread = None
                        return
                    if self._reconnect and db is not None:
                        db.close()
                        db = None
                    self._reconnect = False
                fn, args, kwargs, on_done, on_error = task
                try:
                    if db is None:
                        from equipment_desk.store.database import open_database

                        db = open_database(self.db_path, migrate=False, quick_check=False)  # the window's own opening checked it
                    outcome: tuple[Any, ...] = (on_done, fn(_KeptContext(db), *args, **kwargs))
                except Exception as error:  # noqa: BLE001 - delivered to the GUI thread
                    log.info("task %s failed: %s", getattr(fn, "__name__", "task"), error)
                    outcome = (on_error, error, "".join(traceback.format_exception(error)))
                try:
                    self._delivered.emit(outcome)
                except RuntimeError:  # the runner was deleted with its window: nobody waits for the result
                    return
        finally:
            if db is not None:
                db.close()

    @Slot(object)
    def _deliver(self, outcome: tuple[Any, ...]) -> None:
        callback, value = outcome[0], outcome[1]
        if callback is not None:
            callback(value)
        elif isinstance(value, BaseException):
            log.error("a background read failed and nobody handled it:\n%s", outcome[2])
