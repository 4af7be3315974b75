"""Run by test_layout_screens in a process of its own with Qt on X11 (Xvfb), one screen size.

Opens the demo session in the real window with real libvlc, shows the coding, review and
presentation layouts, saves a screenshot of each and prints, as JSON, where everything is on the
screen: the rectangles the test checks for overlaps. Everything is measured from the widgets
themselves (the picture from the recording's size), not from the layout code under test.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QSlider,
    QWidget,
)

Rect = list[int]


def rect(r: QRect) -> Rect:
    return [r.x(), r.y(), r.width(), r.height()]


def on_screen(w: QWidget) -> Rect:
    return rect(QRect(w.mapToGlobal(QPoint(0, 0)), w.size()))


def fitted(size: QSize, aspect: float) -> QRect:
    """A picture of this ratio scaled to fit a widget of this size, centred (as libvlc does)."""
    w, h = size.width(), round(size.width() / aspect)
    if h > size.height():
        w, h = round(size.height() * aspect), size.height()
    return QRect((size.width() - w) // 2, (size.height() - h) // 2, w, h)


def main(width: int, height: int, out: Path) -> int:
    app = QApplication([])
    from rupture_annotator.media.vlc_player import VlcPlayer
    from rupture_annotator.storage.demo import demo_project_path
    from rupture_annotator.ui.main_window import MainWindow
    from rupture_annotator.ui.settings import Settings
    from rupture_annotator.ui.timeline.scene import LANE_TITLES
    from rupture_annotator.ui.timeline.style import font

    settings = Settings(QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("coder/name", "demo")
    player = VlcPlayer(vlc_args=("--aout=dummy",))
    window = MainWindow(player, settings)
    window.move(0, 0)
    window.resize(width, height)
    window.show()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    assert window.open_path(demo_project_path())
    pump(1.5)
    info = player.media_info()
    assert info is not None and info.width and info.height
    aspect = info.width / info.height
    doc = window.document
    assert doc is not None and doc.recording is not None
    first = min(doc.recording.ruptures, key=lambda r: r.start_ms)
    player.seek(first.start_ms + 1500)
    pump(1.0)
    assert window.coding is not None
    window.coding.select(first.id)  # the inspector shows the whole rupture form

    def measure(name: str) -> dict[str, Any]:
        pump(0.3)
        bar = window.transport
        pieces = [
            w
            for w in bar.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QLabel | QComboBox | QSlider) and w.isVisible()
        ]
        labels = [
            {"text": w.text(), "advance": w.fontMetrics().horizontalAdvance(w.text()),
             "width": w.contentsRect().width()}
            for w in pieces if isinstance(w, QLabel)
        ]  # fmt: skip
        video = player.video_widget()
        picture = fitted(video.size(), aspect).translated(video.mapToGlobal(QPoint(0, 0)))
        captions = window.review.captions
        timeline = window.timeline
        layout = timeline.current_layout()
        bold = QFontMetrics(font(timeline.font(), 0, bold=True))
        docks = [
            {"name": d.objectName(), "rect": on_screen(d), "min": d.minimumSizeHint().toTuple()}
            for d in window.findChildren(type(window.review_dock))
            if d.isVisible() and not d.isFloating()
        ]  # fmt: skip
        shown = {
            "transport": bar,
            "timeline": timeline,
            "review_panel": window.review.panel,
        }
        squeezed = {
            n: [w.width(), w.minimumSizeHint().width()]
            for n, w in shown.items()
            if w.isVisible() and w.width() < w.minimumSizeHint().width()
        }
        grab = app.primaryScreen().grabWindow(0, 0, 0, width, height)
        grab.save(str(out / f"{name}-{width}x{height}.png"))
        return {
            "window": on_screen(window),
            "screen": rect(app.primaryScreen().geometry()),
            "bar": on_screen(bar),
            "pieces": [[type(w).__name__, *on_screen(w)] for w in pieces],
            "labels": labels,
            "video": on_screen(video),
            "picture": rect(picture),
            "captions": rect(captions.geometry()) if captions.isVisible() else None,
            "caption_text": captions.text(),
            "timeline": on_screen(timeline) if timeline.isVisible() else None,
            "lane_titles": [
                {"title": t, "advance": bold.horizontalAdvance(t), "room": layout.plot_left - 16}
                for t in LANE_TITLES.values()
            ],
            "docks": docks,
            "review_dock": on_screen(window.review_dock)
            if window.review_dock.isVisible()
            else None,
            "squeezed": squeezed,
        }

    seen = {"coding": measure("coding")}
    window.review.toggle()
    pump(0.5)
    window.review.next()
    pump(2.5)
    seen["review"] = measure("review")
    window.review.presentation.enter()
    pump(1.0)
    window.review.replay()
    pump(2.5)
    seen["presentation"] = measure("presentation")
    window.review.presentation.leave()
    player.pause()
    doc.undo_stack.setClean()
    window.close()
    player.release()
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])))
