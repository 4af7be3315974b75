"""Make the README's pictures: the app coding the demo session, on a real X server (Xvfb).

Run by `make screenshots` (which wraps it in xvfb-run). Uses real libvlc, so the video frame
is in the picture (QWidget.grab() cannot see VLC's output; grabbing the screen can).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "images"


def main() -> int:
    # A private home, so the picture never shows the user's own settings or recent files.
    home = Path(tempfile.mkdtemp(prefix="ra-shots-"))
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
    ):
        os.environ[var] = str(home / sub)
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from rupture_annotator.media.factory import create_player
    from rupture_annotator.storage.demo import demo_project_path
    from rupture_annotator.ui.main_window import MainWindow
    from rupture_annotator.ui.settings import Settings

    app = QApplication(sys.argv)
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("coder/name", "demo")
    window = MainWindow(create_player(), settings)
    window.resize(1440, 900)
    window.show()
    window.open_path(demo_project_path())

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    pump(1.5)
    doc = window.document
    assert doc is not None and doc.recording is not None
    first = min(doc.recording.ruptures, key=lambda r: r.start_ms)
    window.player.seek(first.start_ms + 1500)
    pump(1.0)
    assert window.coding is not None
    window.coding.select(first.id)
    window.timeline.set_selected(first.id)
    window.player.play()
    pump(2.0)
    window.player.pause()
    pump(0.8)
    OUT.mkdir(parents=True, exist_ok=True)
    screen = app.primaryScreen()
    shot = screen.grabWindow(
        0, window.x(), window.y(), window.frameGeometry().width(), window.frameGeometry().height()
    )
    target = OUT / "workspace.png"
    shot.save(str(target))
    print(f"wrote {target} ({shot.width()}x{shot.height()})")

    # Review mode: the list of moments, one playing, its caption over the video.
    window.review.toggle()
    pump(0.5)
    window.review.next()
    pump(3.0)
    shot = screen.grabWindow(
        0, window.x(), window.y(), window.frameGeometry().width(), window.frameGeometry().height()
    )
    review = OUT / "review.png"
    shot.save(str(review))
    print(f"wrote {review} ({shot.width()}x{shot.height()})")
    window.player.pause()
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
