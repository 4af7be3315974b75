"""Work off the GUI thread: results, progress and errors arrive on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rupture_annotator.ui.background import Progress, run_in_background


def on_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[int, int, str, bool]] = []
    worker_threads: list[bool] = []

    def work(progress: Progress) -> int:
        worker_threads.append(on_gui_thread())
        for i in range(3):
            progress(i, 3, f"step {i}")
        return 42

    task = run_in_background(work)
    task.progress.connect(lambda d, t, w: seen.append((d, t, w, on_gui_thread())))
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        pass
    assert finished.args == [42]
    assert worker_threads == [False], "the work ran on the GUI thread"
    assert seen == [(i, 3, f"step {i}", True) for i in range(3)]
    assert task.done


def test_an_exception_arrives_as_failed(qtbot: QtBot) -> None:
    def work(progress: Progress) -> None:
        raise OSError(28, "No space left on device")

    task = run_in_background(work)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        pass
    error = failed.args[0]
    assert isinstance(error, OSError) and error.errno == 28


def test_cancel_stops_the_work_at_its_next_progress_call(qtbot: QtBot) -> None:
    started, release = threading.Event(), threading.Event()
    steps: list[int] = []

    def work(progress: Progress) -> str:
        started.set()
        release.wait(5)
        for i in range(100):
            progress(i, 100, "")
            steps.append(i)
        return "finished anyway"

    task = run_in_background(work)
    finished: list[object] = []
    task.finished.connect(finished.append)
    assert started.wait(5)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert steps == [] and finished == []


@pytest.mark.parametrize("n", [1, 4])
def test_tasks_need_no_reference_kept_by_the_caller(qtbot: QtBot, n: int) -> None:
    results: list[object] = []
    for i in range(n):
        run_in_background(lambda progress, i=i: i).finished.connect(results.append)
    qtbot.waitUntil(lambda: len(results) == n, timeout=5000)
    assert sorted(results) == list(range(n))  # type: ignore[type-var]
