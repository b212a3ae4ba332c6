"""The background-task helper: results, errors, progress and cancel reach the GUI thread."""

from __future__ import annotations

import threading

import pytest

from equipment_desk.core.errors import RefusedError
from equipment_desk.store.database import open_database
from equipment_desk.ui.app import protect_python_singletons
from equipment_desk.ui.tasks import TaskCancelled, TaskRunner

protect_python_singletons()  # PySide6 6.12.0 on Python 3.11; see its docstring


def count_acts(context, extra):
    return context.db.execute("SELECT count(*) FROM act").fetchone()[0] + extra


def test_synchronous_run_delivers_result_with_the_shared_connection(qtbot):
    db = open_database(memory=True)
    runner = TaskRunner(db=db, synchronous=True)
    results = []
    task = runner.run(count_acts, 5, on_done=results.append)
    assert results == [5]
    assert task.done and task.result == 5
    assert runner.active_count == 0


def test_worker_opens_its_own_connection_and_result_arrives_on_gui_thread(qtbot, tmp_path):
    path = tmp_path / "desk.sqlite"
    open_database(path).close()
    runner = TaskRunner(db_path=path)
    gui_thread = threading.get_ident()
    seen = {}

    def work(context):
        seen["worker_thread"] = threading.get_ident()
        return count_acts(context, 1)

    def on_done(value):
        seen["result"] = value
        seen["callback_thread"] = threading.get_ident()

    task = runner.run(work, on_done=on_done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 1
    assert seen["worker_thread"] != gui_thread
    assert seen["callback_thread"] == gui_thread
    assert runner.wait(5000)


def test_errors_are_delivered_with_their_traceback(qtbot):
    runner = TaskRunner(synchronous=True)
    errors = []

    def refuse(context):
        raise RefusedError("no {thing}", thing="way")

    task = runner.run(refuse, on_error=errors.append)
    assert isinstance(errors[0], RefusedError)
    assert "refuse" in task.error_traceback


def test_unhandled_errors_go_to_the_runner_handler(qtbot):
    runner = TaskRunner(synchronous=True)
    seen = []
    runner.on_unhandled_error = lambda task, error: seen.append((task.name, type(error)))

    def broken(context):
        raise ZeroDivisionError

    runner.run(broken)
    assert seen == [("broken", ZeroDivisionError)]


def test_progress_and_cancel(qtbot):
    runner = TaskRunner(synchronous=True)
    progress, outcomes = [], []

    def steps(context):
        for step in range(10):
            context.progress(step, 10, f"step {step}")
            if step == 3:
                context._task.cancel()  # as if the user pressed Cancel here
            context.check_cancelled()
        return "finished"

    runner.run(steps, on_progress=lambda *args: progress.append(args), on_done=outcomes.append,
               on_cancelled=lambda: outcomes.append("cancelled"))
    assert outcomes == ["cancelled"]
    assert progress[-1] == (3, 10, "step 3")


def test_cancel_from_gui_stops_a_threaded_task(qtbot):
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()

    def wait_for_cancel(context):
        started.set()
        release.wait(5)
        context.check_cancelled()
        return "not cancelled"

    outcomes = []
    task = runner.run(wait_for_cancel, on_done=outcomes.append, on_cancelled=lambda: outcomes.append("cancelled"))
    assert started.wait(5)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert outcomes == ["cancelled"]


def test_progress_dialog_closes_when_the_task_ends(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    release = threading.Event()

    def work(context):
        context.progress(1, 2, "half way")
        release.wait(5)
        return 42

    results = []
    task = runner.run_with_progress(work, parent=parent, label="Working", on_done=results.append)
    dialog = task.progress_dialog
    qtbot.waitUntil(lambda: dialog.labelText() == "half way", timeout=5000)
    assert dialog.maximum() == 2
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [42]
    assert not dialog.isVisible()


def test_shared_connection_requires_synchronous_mode():
    with pytest.raises(ValueError):
        TaskRunner(db=open_database(memory=True))


def test_task_cancelled_is_an_exception():
    assert issubclass(TaskCancelled, Exception)


def test_the_progress_dialog_is_gone_before_the_work_is_answered(qtbot):
    """A question asked when the work is done (the restore's "Restore this backup?") is never shown under the
    progress dialog of the work: the dialog closes before on_done and on_error run."""
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    release = threading.Event()
    seen = []

    def work(context):
        context.progress(1, 2, "checking")
        release.wait(5)
        return 1

    task = runner.run_with_progress(work, parent=parent, label="Checking", on_done=lambda _value: seen.append(dialog.isVisible()))
    dialog = task.progress_dialog
    dialog.show()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == [False]

    def fail(_context):
        raise ValueError("broken")

    failed = runner.run_with_progress(fail, parent=parent, label="Checking", on_error=lambda _error: seen.append(other.isVisible()))
    other = failed.progress_dialog
    other.show()
    with qtbot.waitSignal(failed.finished, timeout=5000):
        pass
    assert seen == [False, False]


def _database_file(tmp_path):
    path = tmp_path / "desk.sqlite"
    open_database(path).close()
    return path


def test_latest_only_runner_runs_the_newest_waiting_task_on_its_kept_connection(qtbot, tmp_path):
    from equipment_desk.ui.tasks import LatestOnlyRunner

    runner = LatestOnlyRunner(db_path=_database_file(tmp_path))
    release = threading.Event()
    started = threading.Event()
    ran, done, connections, threads = [], [], [], []
    gui_thread = threading.get_ident()

    def slow(context, name):
        started.set()
        release.wait(5)
        return name

    def read(context, name):
        ran.append(name)
        connections.append(id(context.db))
        return count_acts(context, 0), name

    def delivered(value):
        threads.append(threading.get_ident())
        done.append(value)

    runner.run(slow, "first", on_done=delivered)
    assert started.wait(5)
    for name in ("second", "third", "fourth"):  # typed while the first read runs: only the newest is wanted
        runner.run(read, name, on_done=delivered)
    release.set()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert done == ["first", (0, "fourth")] and ran == ["fourth"]
    assert threads == [gui_thread, gui_thread]
    runner.run(read, "fifth", on_done=delivered)
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
    assert connections[0] == connections[1]  # the connection is kept between tasks
    assert runner.stop()


def test_latest_only_runner_reports_errors_reconnects_and_ends_when_idle(qtbot, tmp_path):
    from equipment_desk.ui.tasks import LatestOnlyRunner

    runner = LatestOnlyRunner(db_path=_database_file(tmp_path), idle_seconds=0.2)
    errors, done, connections = [], [], []

    def refused(context):
        raise RefusedError("busy")

    def connection(context):
        connections.append(context.db)
        return context.db.execute("SELECT 1").fetchone()[0]

    runner.run(refused, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], RefusedError)
    runner.run(connection, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 1, timeout=5000)
    runner.reconnect()  # the file was replaced (a restore): the next task opens it again
    runner.run(connection, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    assert done == [1, 1] and connections[0] is not connections[1]
    qtbot.waitUntil(lambda: runner._thread is None, timeout=5000)  # idle: the thread ended, its connection closed
    runner.run(connection, on_done=done.append)  # and starts again with the next task
    qtbot.waitUntil(lambda: len(done) == 3, timeout=5000)
    assert runner.stop() and runner._thread is None
