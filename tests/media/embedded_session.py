"""Run by test_embedded_window in a process of its own with Qt on X11 (Xvfb).

Plays a generated recording with libvlc drawing into a native child window, and prints what
it saw as JSON: the frame numbers read from Qt's painting (paused) and from the screen
(playing, where only libvlc draws) next to the playhead.
"""

from __future__ import annotations

import json
import random
import sys
import time

from PySide6.QtWidgets import QApplication


def main(kind: str) -> int:
    app = QApplication([])
    from rupture_annotator.media.vlc_player import VlcPlayer
    from tests.videos import make_video, qimage_pixels, read_frame_number, spec

    player = VlcPlayer(vlc_args=("--aout=dummy",))
    surface = player.video_widget()
    size = spec(kind)
    surface.resize(size.width, size.height)
    surface.show()
    errors: list[str] = []
    shown: list[int] = []
    player.error_occurred.connect(errors.append)
    player.exact_frame_shown.connect(shown.append)

    def wait(condition: object, timeout: float = 5.0) -> None:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.003)

    def painted() -> int:
        return read_frame_number(qimage_pixels(surface.grab().toImage()))

    def on_screen() -> int:
        native = player.native_window()
        image = app.primaryScreen().grabWindow(int(native.winId())).toImage()
        return read_frame_number(qimage_pixels(image))

    player.open(make_video(kind))
    wait(lambda: bool(shown))
    result: dict[str, object] = {
        "platform": app.platformName(),
        "output": player.output(),
        "xwindow": player.drawing_window(),
        "native": int(player.native_window().winId()),
    }
    seeks = []
    rnd = random.Random(11)
    for _ in range(10):
        frame = rnd.randrange(0, size.frames())
        shown.clear()
        player.seek(player.frame_to_ms(frame) + 3)
        wait(lambda frame=frame: frame in shown)
        wait(lambda: False, 0.05)
        seeks.append([frame, painted(), player.frame_index()])
    result["seeks"] = seeks

    player.seek(3000)
    wait(lambda: False, 0.6)
    samples = []
    start = time.monotonic()
    player.play()
    while time.monotonic() - start < 2.5:
        wait(lambda: False, 0.1)
        frame = on_screen()
        samples.append([time.monotonic() - start, player.position_ms(), frame])
    player.pause()
    wait(lambda: False, 0.6)
    result["playing"] = samples
    result["native_hidden_when_paused"] = player.native_window().isHidden()
    result["paused"] = [player.frame_index(), painted()]
    result["first_frame_ms"] = player.first_frame_ms()
    result["fps"] = player.fps()
    result["errors"] = errors
    player.release()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
