"""Run by test_review_playback in a process of its own with Qt on X11 (Xvfb).

Plays one moment of a generated recording through the review controller with real libvlc
drawing into its native window and the captions over it, and prints what it saw as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

LEAD_IN_MS, TAIL_MS = 1_000, 600
START_MS, END_MS = 4_000, 5_000


def main(shot: str) -> int:
    app = QApplication([])
    from rupture_annotator.domain.review import Moment
    from rupture_annotator.media.vlc_player import VlcPlayer
    from rupture_annotator.ui.review.captions import CaptionOverlay
    from rupture_annotator.ui.review.controller import ReviewController
    from tests.factories import codebook
    from tests.videos import make_video, qimage_pixels, read_frame_number

    player = VlcPlayer(vlc_args=("--aout=dummy",))
    top = QWidget()
    QVBoxLayout(top).addWidget(player.video_widget())
    top.layout().setContentsMargins(0, 0, 0, 0)  # type: ignore[union-attr]
    top.resize(640, 360)
    top.move(0, 0)
    top.show()
    captions = CaptionOverlay(player.video_widget())
    review = ReviewController(player)
    review.lead_in_ms, review.tail_ms = LEAD_IN_MS, TAIL_MS
    moment = Moment(
        "r1", "withdrawal", START_MS, END_MS, "ana", note="Looks away, short answers",
        marker_ids=("wd_minimal_response",), rating=4,
    )  # fmt: skip
    review.moment_started.connect(lambda m: captions.show_moment(m, codebook(), show_note=True))
    review.set_moments([moment])
    errors: list[str] = []
    player.error_occurred.connect(errors.append)
    positions: list[tuple[float, int]] = []
    player.position_changed.connect(lambda ms: positions.append((time.monotonic(), ms)))

    def wait(condition: object, timeout: float = 5.0) -> None:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.003)

    def on_screen() -> int:
        """The frame in the video's area of the screen, whoever draws it (libvlc or Qt)."""
        video = player.video_widget()
        corner = video.mapToGlobal(video.rect().topLeft())
        grab = app.primaryScreen().grabWindow(0, corner.x(), corner.y(), video.width(), 200)
        return read_frame_number(qimage_pixels(grab.toImage())[:, : video.width()])

    player.open(make_video("mp4"))
    wait(lambda: player.media_info() is not None)
    wait(lambda: False, 1.0)
    positions.clear()
    started = time.monotonic()
    assert review.next()
    seen: list[tuple[int, int, bool]] = []  # (position, frame on screen, libvlc's) playing
    picture: dict[str, object] = {}
    while review.is_active() and player.state().value == "playing":
        wait(lambda: False, 0.005 if time.monotonic() - started < 0.6 else 0.04)
        seen.append((player.position_ms(), on_screen(), player.native_window().isVisible()))
        if not picture and player.position_ms() > START_MS + 300:
            screen = app.primaryScreen().grabWindow(0)
            screen.save(shot)
            image = qimage_pixels(screen.toImage())
            g = captions.geometry()
            band = image[g.top() + 2 : g.bottom() - 2, g.left() + 40 : g.right() - 40, :3]
            accent = image[g.top() + 2 : g.bottom() - 2, g.left() + 1 : g.left() + 8, :3]
            video_h = g.top() - top.geometry().top()
            picture = {
                "captions": [g.x(), g.y(), g.width(), g.height()],
                "visible": captions.isVisible(),
                "text": captions.text(),
                "band_dark": float((band.max(axis=2) < 40).mean()),
                "band_light": float((band.min(axis=2) > 200).mean()),
                "accent": [int(v) for v in accent.reshape(-1, 3).mean(axis=0)],
                "frame_above": read_frame_number(image[:video_h, :640]),
                "position": player.position_ms(),
            }
        if time.monotonic() - started > 10:
            break
    wait(lambda: False, 0.8)
    fps = player.fps()
    result = {
        "fps": fps,
        "window": list(review.window() or ()),
        "first_positions": [ms for _, ms in positions[:3]],
        "positions": [ms for _, ms in positions],
        "seen": seen,
        "state": player.state().value,
        "final_ms": player.position_ms(),
        "final_frame": player.frame_index(),
        "painted": read_frame_number(qimage_pixels(player.video_widget().grab().toImage())),
        "picture": picture,
        "errors": errors,
    }
    player.release()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path("review.png"))))
