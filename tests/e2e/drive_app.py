"""Drives the real app (real libvlc, a real X server) from the keyboard, as a coder would.

Run as a subprocess by the end-to-end tests:
  drive_app.py code VIDEO PROJECT    code two ruptures and a linked resolution, save, quit
  drive_app.py linger VIDEO PROJECT  code the same without saving, print CODED, wait to be killed
  drive_app.py recover              accept the recovery offer, print the recovered project as JSON
  drive_app.py privacy VIDEO FOLDER  open the video, play it, seek, export to FOLDER with File →
                                    Export…, print EXPORTED and the files, quit
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from rupture_annotator.media.factory import create_player
from rupture_annotator.storage.project_file import as_dict
from rupture_annotator.ui.app import recover_unsaved
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.settings import Settings


def pump(app: QApplication, seconds: float) -> None:
    """Run the app's events for a while, as its event loop would."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        # objects given deleteLater() go as they would in app.exec(); processEvents alone keeps
        # them, and a closed progress dialog's pending show timer could show it again
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.005)


def key(
    app: QApplication,
    window: MainWindow,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    QTest.keyClick(window, k, mod)
    pump(app, 0.15)


def wait_until(app: QApplication, condition, seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            caller = sys._getframe(1)
            raise SystemExit(f"timed out waiting for the app (drive_app.py:{caller.f_lineno})")
        pump(app, 0.02)


def start() -> tuple[QApplication, MainWindow]:
    app = QApplication(sys.argv)
    # the codebook question of a new project: take the default
    QInputDialog.getItem = staticmethod(lambda *a, **k: ("3rs-2015", True))  # type: ignore[method-assign]
    settings = Settings(QSettings("RuptureAnnotatorTests", "e2e"))
    settings.set("coder/name", "e2e")
    window = MainWindow(create_player(), settings)
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    # the keys below are the window's shortcuts, which Qt takes only in the active window: under
    # strace on a loaded machine activation can take longer than 5 s, and a key pressed before it
    # did nothing (the privacy run then timed out waiting for playing to start)
    if not QTest.qWaitForWindowActive(window, 30_000):
        raise SystemExit("the window did not become the active window within 30 s")
    return app, window


def code_session(app: QApplication, window: MainWindow, video: Path, project: Path) -> None:
    assert window.open_path(video), "could not open the video"
    if window.document is not None and window.document.path != project:
        raise SystemExit(f"project saved at {window.document.path}, expected {project}")
    wait_until(app, lambda: window.player.duration_ms() > 0)
    player = window.player
    # rupture 1: withdrawal from the marks, markers 2 and 5, significance 4
    player.seek(2_000)
    wait_until(app, lambda: abs(player.position_ms() - 2_000) < 50)
    key(app, window, Qt.Key.Key_I)
    player.seek(5_000)
    wait_until(app, lambda: abs(player.position_ms() - 5_000) < 50)
    key(app, window, Qt.Key.Key_O)
    key(app, window, Qt.Key.Key_W)
    key(app, window, Qt.Key.Key_2)
    key(app, window, Qt.Key.Key_5)
    key(app, window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    # rupture 2: confrontation by pressing C at its start and at its end (1 s keys)
    key(app, window, Qt.Key.Key_Right)
    key(app, window, Qt.Key.Key_Right)
    key(app, window, Qt.Key.Key_C)
    key(app, window, Qt.Key.Key_Right)
    key(app, window, Qt.Key.Key_Right)
    key(app, window, Qt.Key.Key_C)
    key(app, window, Qt.Key.Key_1)
    # a resolution strategy, linked to the selected confrontation rupture
    key(app, window, Qt.Key.Key_I)
    key(app, window, Qt.Key.Key_Right)
    key(app, window, Qt.Key.Key_Period)  # one frame more
    key(app, window, Qt.Key.Key_R)
    key(app, window, Qt.Key.Key_4)
    # the segment's 3RS ratings, taken from the spans' own ratings in one key
    key(app, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)


def play_seek_export(app: QApplication, window: MainWindow, video: Path, folder: Path) -> None:
    """What a coder does with a recording, through the window: open, play, seek, export."""
    from rupture_annotator.ui.export_dialog import ExportDialog

    assert window.open_path(video), "could not open the video"
    player = window.player
    wait_until(app, lambda: player.duration_ms() > 0)
    key(app, window, Qt.Key.Key_Space)  # play
    wait_until(app, lambda: player.position_ms() > 1_000)
    key(app, window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # 5 s on, playing
    pump(app, 0.5)
    key(app, window, Qt.Key.Key_Space)  # pause
    player.seek(12_000)
    wait_until(app, lambda: abs(player.position_ms() - 12_000) < 50)
    key(app, window, Qt.Key.Key_Left)
    key(app, window, Qt.Key.Key_Period)  # one frame on
    key(app, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # File → Export…
    wait_until(app, lambda: bool(window.findChildren(ExportDialog)))
    (dialog,) = window.findChildren(ExportDialog)
    dialog.destination.setText(str(folder / "session.xlsx"))
    dialog.csv_box.setChecked(True)
    done: list[object] = []
    dialog.exported.connect(done.append)
    dialog.export_failed.connect(lambda sentence: done.append(SystemExit(sentence)))
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_until(app, lambda: bool(done), seconds=60)
    if isinstance(done[0], SystemExit):
        raise done[0]
    if dialog.message is not None:
        dialog.message.done(0)
    pump(app, 0.2)


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "privacy":
        app, window = start()
        folder = Path(argv[2])
        play_seek_export(app, window, Path(argv[1]), folder)
        files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        print("EXPORTED", json.dumps(files), flush=True)
        if window.document is not None:
            window.document.undo_stack.setClean()
        window.close()
        return 0
    if mode == "recover":
        app, window = start()
        QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign]
        if not recover_unsaved(window) or window.document is None:
            print("NOTHING")
            return 1
        print(
            json.dumps(
                {
                    "path": str(window.document.path),
                    "modified": window.document.is_modified(),
                    "project": as_dict(window.document.project),
                }
            )
        )
        window.document.undo_stack.setClean()
        return 0
    video, project = Path(argv[1]), Path(argv[2])
    app, window = start()
    code_session(app, window, video, project)
    if mode == "code":
        key(app, window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert window.document is not None and not window.document.is_modified(), (
            "Ctrl+S did not save"
        )
        window.close()
        print("SAVED", flush=True)
        return 0
    assert window.document is not None
    pump(app, 2.0)  # past the recovery delay
    print("CODED", json.dumps(as_dict(window.document.project)), flush=True)
    while True:
        pump(app, 1.0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
