"""Make the README's pictures: the app coding the demo session, on a real X server (Xvfb).

Run by `make screenshots` (which wraps it in xvfb-run). Uses real libvlc, so the video frame
is in the picture (QWidget.grab() cannot see VLC's output; grabbing the screen can).

With no argument: workspace.png and review.png, a 1440×900 window. With a screen size (WxH, the
size of the Xvfb screen it runs on): review-WxH.png and presentation-WxH.png, the window filling
that screen, to check that review mode reads well on a laptop panel and on a large display.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "images"


def main(size: str | None = None) -> int:
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
    width, height = (int(n) for n in size.split("x")) if size else (1440, 900)
    window.move(0, 0)
    window.resize(width, height)
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
    suffix = f"-{size}" if size else ""

    def save(name: str) -> None:
        g = window.frameGeometry()
        shot = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
        target = OUT / f"{name}{suffix}.png"
        shot.save(str(target))
        print(f"wrote {target} ({shot.width()}x{shot.height()})")

    if not size:
        save("workspace")

    # Review mode: the list of moments, one playing, its caption under the picture.
    window.review.toggle()
    pump(0.5)
    window.review.next()
    pump(3.0)
    save("review")
    if size:
        # Presentation: full screen, the moment played again from its lead-in.
        window.review.presentation.enter()
        pump(1.0)
        window.review.replay()
        pump(3.0)
        save("presentation")
        window.review.presentation.leave()
        pump(0.5)
    window.player.pause()
    doc.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else None))
