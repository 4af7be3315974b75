"""Starting the app: Qt, settings, the player, recovery of unsaved work, the first project."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from rupture_annotator import __version__
from rupture_annotator.media.factory import create_player
from rupture_annotator.storage import recovery
from rupture_annotator.storage.demo import demo_project_path
from rupture_annotator.storage.project_file import ProjectFileError
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.settings import Settings


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
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Rupture Annotator")
    app.setOrganizationName("RuptureAnnotator")
    app.setApplicationVersion(__version__)
    settings = Settings()
    window = MainWindow(create_player(), settings)
    window.show()
    if not recover_unsaved(window):
        target = Path(file) if file else demo_project_path()
        if not window.open_path(target) and file is None:
            window.statusBar().showMessage(
                "Open a project (Ctrl+O) or start one from a video (Ctrl+N)."
            )
    return app.exec()
