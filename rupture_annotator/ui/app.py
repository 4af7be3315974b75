"""Starting the app: Qt, settings, the player, recovery of unsaved work, the first project."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from rupture_annotator import __version__
from rupture_annotator.media.factory import create_player
from rupture_annotator.media.video_widget import VideoSurface
from rupture_annotator.storage import recovery
from rupture_annotator.storage.app_log import setup_logging
from rupture_annotator.storage.codebooks import RESOURCES
from rupture_annotator.storage.demo import demo_project_path
from rupture_annotator.storage.project_file import ProjectFileError
from rupture_annotator.ui import main_thread_gc
from rupture_annotator.ui.crash_report import CrashReporter
from rupture_annotator.ui.language import install_translator
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.settings import Settings

REPORT_FIRST_FRAME = "RUPTURE_ANNOTATOR_REPORT_FIRST_FRAME"  # set: say when a picture is shown


class FirstFrameReport(QObject):
    """Prints "first-frame <seconds since the process started>" to stderr once the surface has
    painted its first picture (Linux): how startup is measured from outside."""

    def __init__(self, surface: VideoSurface) -> None:
        super().__init__(surface)
        self._surface = surface
        surface.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._surface.image() is not None:
            self._surface.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # after this paint has gone to the screen
        return False

    def _report(self) -> None:
        started = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - started / os.sysconf("SC_CLK_TCK")
        print(f"first-frame {age:.3f}", file=sys.stderr, flush=True)


class FileOpenHandler(QObject):
    """macOS asks a running app to open a file (a double-click in Finder, a drop on the Dock
    icon) with a FileOpen event, not on the command line: open it like File → Open."""

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file()
            if path:
                self._window.open_path(Path(path))
            return True
        return False


def recover_unsaved(window: MainWindow) -> bool:
    """Offer the unsaved work an earlier run left behind; True if one was recovered."""
    for entry in recovery.pending_recoveries():
        name = entry.project_path.name if entry.project_path else "an untitled project"
        when = entry.written.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            window,
            "Recover unsaved work?",
            f"Rupture Annotator closed before {name} was saved. Unsaved work from {when} was kept.\n\n"
            "Recover it? (No discards it.)",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            entry.discard()
            continue
        try:
            project = entry.load()
        except (ProjectFileError, OSError) as exc:
            QMessageBox.warning(window, "Cannot recover", f"The kept work could not be read: {exc}")
            continue
        window.show_project(project, entry.project_path, recovered=True)
        if window.document is not None:
            window.document.write_recovery()  # kept again under this window's key
            if window.document.recovery_key() != entry.key:
                entry.discard()
        return True
    return False


def run(file: str | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Rupture Annotator")
    app.setOrganizationName("RuptureAnnotator")
    app.setApplicationVersion(__version__)
    # the window's icon, and the name desktop environments match to the installed .desktop entry
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "rupture-annotator.svg")))
    app.setDesktopFileName("rupture-annotator")
    main_thread_gc.install(app)  # a collection on a worker thread can freeze the window
    install_translator(app)  # the app's own strings in the user's language, where shipped
    settings = Settings()
    player = create_player()
    surface = player.video_widget()
    if os.environ.get(REPORT_FIRST_FRAME) and isinstance(surface, VideoSurface):
        FirstFrameReport(surface)
    window = MainWindow(player, settings)
    log_file = setup_logging()
    logging.getLogger(__name__).info("Rupture Annotator %s started", __version__)

    def keep_work() -> None:
        if window.document is not None and window.document.is_modified():
            window.document.write_recovery()

    CrashReporter(lambda: window, log_file, keep_work).install()
    if sys.platform == "darwin":
        # only macOS sends FileOpen events; an application-wide filter sees every event of
        # every widget (about 2,500 before the first picture), each a call into Python
        app.installEventFilter(FileOpenHandler(window, app))
    window.show()
    if not recover_unsaved(window):
        target = Path(file) if file else demo_project_path()
        if not window.open_path(target) and file is None:
            window.statusBar().showMessage(
                "Open a project (Ctrl+O) or start one from a video (Ctrl+N)."
            )
    return app.exec()
