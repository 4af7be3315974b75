"""Real libvlc players on generated recordings whose frames carry their own numbers."""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media.vlc_player import VlcPlayer
from tests.videos import make_video, qimage_pixels, read_frame_number

VIDEO_KINDS = ("mp4", "mp4_bframes", "mkv", "webm")


def frame_times(path: Path) -> list[float]:
    """Presentation times (ms) of every video frame, read independently of the player."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        tb = stream.time_base
        return sorted(
            float(p.pts * tb * 1000) for p in container.demux(stream) if p.pts is not None
        )


def frame_containing(times: list[float], ms: float) -> int:
    return max(0, bisect.bisect_right(times, ms) - 1)


def shown_frame(player: VlcPlayer) -> int | None:
    """The frame number in the strip of the picture the video surface paints now."""
    image = player.video_widget().image()  # type: ignore[attr-defined]
    return None if image is None else read_frame_number(qimage_pixels(image))


def wait_until(qtbot: QtBot, condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Process events until condition holds or timeout (s) passes; returns condition()."""
    end = time.monotonic() + timeout
    while not condition() and time.monotonic() < end:
        qtbot.wait(5)
    return condition()


@pytest.fixture
def vlc_player(qtbot: QtBot) -> Iterator[VlcPlayer]:
    player = VlcPlayer(vlc_args=("--aout=dummy",))
    qtbot.addWidget(player.video_widget())
    yield player
    player.release()


def open_recording(qtbot: QtBot, player: VlcPlayer, kind: str) -> Path:
    path = make_video(kind)
    errors: list[str] = []
    player.error_occurred.connect(errors.append)
    with qtbot.waitSignal(player.media_loaded, timeout=10_000):
        player.open(path)
    if player.has_video():
        assert wait_until(qtbot, lambda: shown_frame(player) == 0), "first frame not shown"
    assert errors == []
    return path
