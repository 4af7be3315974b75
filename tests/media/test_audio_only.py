"""An audio-only recording: no picture but a clear placeholder; seeking, stepping, playing work."""

from __future__ import annotations

import itertools
import random
import time

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media.player import PlaybackState
from rupture_annotator.media.video_widget import AUDIO_ONLY_TEXT
from rupture_annotator.media.vlc_player import VlcPlayer
from tests.media.conftest import open_recording, wait_until

pytestmark = pytest.mark.media


def test_audio_only_recording(qtbot: QtBot, vlc_player: VlcPlayer) -> None:
    open_recording(qtbot, vlc_player, "audio")
    info = vlc_player.media_info()
    assert info is not None and not info.has_video and info.has_audio
    assert vlc_player.video_widget().placeholder() == AUDIO_ONLY_TEXT  # type: ignore[attr-defined]
    period = 1000 / vlc_player.fps()

    rnd = random.Random(3)
    for _ in range(30):
        ms = rnd.randrange(0, vlc_player.duration_ms())
        vlc_player.seek(ms)
        assert vlc_player.position_ms() == ms
        assert vlc_player.frame_index() == vlc_player.ms_to_frame(ms)
    # libvlc follows the last paused seek
    assert wait_until(qtbot, lambda: abs(vlc_player.backend_time_ms() - ms) <= period)

    vlc_player.seek(5000)
    start = vlc_player.frame_index()
    for i in range(1, 21):
        vlc_player.step(1)
        assert vlc_player.frame_index() == start + i
    for i in range(1, 21):
        vlc_player.step(-1)
        assert vlc_player.frame_index() == start + 20 - i

    samples: list[tuple[float, int, int]] = []
    vlc_player.position_changed.connect(
        lambda ms: samples.append((time.monotonic(), ms, vlc_player.backend_time_ms()))
    )
    t0 = time.monotonic()
    vlc_player.play()
    qtbot.wait(5000)
    vlc_player.pause()
    assert vlc_player.state() == PlaybackState.PAUSED
    positions = [ms for _, ms, _ in samples]
    assert all(b >= a for a, b in itertools.pairwise(positions))
    assert positions[-1] - positions[0] > 4000
    # whenever libvlc's coarse time moves, the playhead agrees with it within one frame period
    moments = [
        (ms, vlc)
        for (t, ms, vlc), (_, _, before) in zip(samples[1:], samples, strict=False)
        if vlc != before and t - t0 > 0.3
    ]
    # libvlc updates its time every 250 or 500 ms: 5 s gives 9 or more updates
    assert len(moments) >= 6
    assert max(abs(ms - vlc) for ms, vlc in moments) <= period
