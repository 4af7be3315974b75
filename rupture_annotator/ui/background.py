"""Long work (exports, reports, media probing) off the GUI thread, through one helper.

    task = run_in_background(lambda progress: export_study(study, options, progress))
    task.progress.connect(bar.update)   # (done, total, what)
    task.finished.connect(show_result)  # the work's return value
    task.failed.connect(show_error)     # the exception it raised
    task.cancelled.connect(...)         # after task.cancel(), at the work's next progress call

The work runs on a worker thread and must not touch widgets or the open project (hand it a
snapshot); every signal is delivered on the GUI thread, so receivers may update the UI.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress], object]


class Cancelled(Exception):
    """Raised inside the work by its progress callback once the task is cancelled."""


class Task(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    # Emitted on the worker thread; queued to the slots below, which run on the GUI thread.
    _progressed = Signal(int, int, str)
    _ended = Signal(object, object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()
        self._done = threading.Event()
        queued = Qt.ConnectionType.QueuedConnection
        self._progressed.connect(self._on_progress, queued)
        self._ended.connect(self._on_end, queued)

    @property
    def done(self) -> bool:
        """The work has returned or raised (its signals may still be on their way)."""
        return self._done.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; it does at its next progress call."""
        self._stop.set()

    def start(self) -> None:
        _running.add(self)
        # A plain Python thread: the work is Python, and a Qt pool adds nothing to it.
        threading.Thread(target=self._run, name="rupture-annotator-task", daemon=True).start()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work has returned (for shutdown and tests, not the GUI's event loop)."""
        return self._done.wait(timeout_s)

    def _report(self, done: int, total: int, what: str) -> None:
        if self._stop.is_set():
            raise Cancelled
        self._progressed.emit(done, total, what)

    def _run(self) -> None:
        result: object = None
        error: Exception | None = None
        try:
            result = self._work(self._report)
        except Exception as exc:  # every failure goes to the GUI thread, which tells the user
            error = exc
        finally:
            self._done.set()
        self._ended.emit(result, error)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, what: str) -> None:
        if not self._stop.is_set():
            self.progress.emit(done, total, what)

    @Slot(object, object)
    def _on_end(self, result: object, error: object) -> None:
        _running.discard(self)
        if isinstance(error, Cancelled):
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)


# Tasks in flight are kept here, so a caller need not hold a reference for its signals to come.
_running: set[Task] = set()


def run_in_background(work: Work) -> Task:
    """Start work(progress) on a worker thread; connect to the returned task's signals."""
    task = Task(work)
    task.start()
    return task


class TimedOut(Exception):
    """The work did not finish within its time limit (it may still be running, unheard)."""


def run_with_progress(
    parent: QWidget | None,
    title: str,
    text: str,
    work: Work,
    *,
    timeout_s: float,
    show_after_ms: int = 400,
) -> object:
    """Run work off the GUI thread while the window stays responsive, and wait for it.

    A progress dialog with a Cancel button appears if the work takes longer than show_after_ms.
    Returns the work's result, or None when the user cancelled; re-raises what the work raised;
    raises TimedOut after timeout_s (the worker thread is a daemon and is left to end by itself,
    e.g. a read on a drive that stopped answering).
    """
    task = Task(work)
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def end(key: str, value: object = None) -> None:
        outcome.setdefault(key, value)
        loop.quit()

    cancel = QCoreApplication.translate("background", "Cancel")
    dialog = QProgressDialog(text, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    task.finished.connect(lambda result: end("result", result))
    task.failed.connect(lambda error: end("error", error))
    dialog.canceled.connect(lambda: end("cancelled"))
    limit = QTimer(dialog, singleShot=True, interval=int(timeout_s * 1000))
    limit.timeout.connect(lambda: end("timeout"))
    limit.start()
    dialog.setValue(0)  # starts the dialog's own show-after timer
    task.start()
    loop.exec()  # the task's signals are queued to this thread, so they arrive in here
    limit.stop()
    dialog.canceled.disconnect()
    dialog.reset()  # stops its show-after timer: a dialog closed here must not come back
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        error = outcome["error"]
        assert isinstance(error, BaseException)
        raise error
    if "timeout" in outcome:
        task.cancel()
        raise TimedOut(title)
    if "cancelled" in outcome:
        task.cancel()
        return None
    return outcome.get("result")
