"""An error nobody caught: written to the log with its traceback, kept work saved for recovery,
and one plain sentence on screen that says where the details are."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("rupture_annotator")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class CrashReporter:
    def __init__(
        self,
        parent: Callable[[], QWidget | None],
        log_file: Path | None,
        keep_work: Callable[[], None] = lambda: None,
    ) -> None:
        self._parent = parent
        self._log_file = log_file
        self._keep_work = keep_work
        self._showing = False
        self.previous: Hook = sys.excepthook

    def install(self) -> None:
        self.previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous

    def sentence(self, exc: BaseException) -> str:
        if self._log_file:
            text = QCoreApplication.translate(
                "CrashReporter",
                "Something went wrong ({error}): unsaved work is kept for recovery, and the "
                "details were written to {log}.",
            )
        else:
            text = QCoreApplication.translate(
                "CrashReporter",
                "Something went wrong ({error}): unsaved work is kept for recovery, and the "
                "details could not be written to a log file.",
            )
        return text.format(error=type(exc).__name__, log=self._log_file)

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        log.error("Uncaught error", exc_info=(kind, exc, tb))
        if self._log_file is None:
            self.previous(kind, exc, tb)  # at least on the terminal
        try:
            self._keep_work()
        except Exception:
            log.exception("Could not keep the unsaved work after an error")
        if self._showing:
            return  # one dialog at a time; the rest are in the log
        self._showing = True
        try:
            QMessageBox.critical(self._parent(), "Rupture Annotator", self.sentence(exc))
        finally:
            self._showing = False
