"""Window output: when libvlc changes pace, the picture on screen stays on the playhead.

libvlc draws into its own window. Resuming, it first shows again the picture of its own paused
seek (up to a few frames off the paused frame) and its window was black until then; after a rate
change it plays out the pictures it had queued at the old rate and then stands still, 0.2-0.6 s
away from the playhead. Meanwhile the player shows exact frames that follow the playhead and
hands the picture back to libvlc's window without black (vlc_player, x11_background).

Read off the screen every few ms: the frame shown, next to the playhead's frame at that moment.
"""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media.vlc_player import VlcPlayer
from rupture_annotator.media.x11_background import WindowBackgrounds
from tests.media.conftest import open_recording, shown_frame, wait_until

window_only = pytest.mark.parametrize("output", ["window"])
REFRESH_MS = 1000 / 60  # a read can fall just before the next picture is painted


def _watch(qtbot: QtBot, player: VlcPlayer, seconds: float) -> list[tuple[float, int, int]]:
    """(s since the start, playhead ms, frame on screen) every few ms for this long."""
    reads: list[tuple[float, int, int]] = []
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        qtbot.wait(3)
        shown = shown_frame(player)
        if shown is not None:
            reads.append((time.monotonic() - start, player.position_ms(), shown))
    return reads


def _off_by_ms(player: VlcPlayer, ms: int, frame: int) -> float:
    """How far the playhead is outside the time span of the frame shown."""
    period = 1000 / player.fps()
    begin = player.first_frame_ms() + frame * period
    return max(0.0, begin - ms, ms - (begin + period))


@window_only
def test_playing_from_a_paused_frame_shows_no_black_and_no_earlier_frame(
    qtbot: QtBot, vlc_player: VlcPlayer, output: str
) -> None:
    open_recording(qtbot, vlc_player, "mp4_bframes")
    wrong = []
    for start_ms in (2000, 6020, 9000, 13460, 16000):
        start = vlc_player.ms_to_frame(start_ms)
        vlc_player.seek(start_ms)
        assert wait_until(qtbot, lambda f=start: shown_frame(vlc_player) == f)
        qtbot.wait(700)  # libvlc has followed to the paused frame
        vlc_player.play()
        reads = _watch(qtbot, vlc_player, 0.4)
        vlc_player.pause()
        assert len(reads) > 30
        # black reads as frame 0; libvlc's own paused picture is a few frames before the start
        wrong += [(start, r) for r in reads if r[2] < start]
        wrong += [
            (start, r) for r in reads if _off_by_ms(vlc_player, r[1], r[2]) > 1000 / 25 + REFRESH_MS
        ]
        qtbot.wait(300)
    assert not wrong, (
        f"{len(wrong)} reads wrong (start frame, (s, playhead ms, frame)): {wrong[:6]}"
    )


@window_only
@pytest.mark.parametrize(("before", "after"), [(1.0, 0.5), (0.5, 1.0), (1.0, 2.0)])
def test_after_a_rate_change_the_picture_is_on_the_playhead_within_150_ms(
    qtbot: QtBot, vlc_player: VlcPlayer, output: str, before: float, after: float
) -> None:
    open_recording(qtbot, vlc_player, "mp4_bframes")
    vlc_player.set_rate(before)
    vlc_player.seek(1000)
    qtbot.wait(700)
    vlc_player.play()
    qtbot.wait(2000)  # playing steadily at the first rate
    vlc_player.set_rate(after)
    reads = _watch(qtbot, vlc_player, 2.0)
    vlc_player.pause()
    settled = [r for r in reads if r[0] >= 0.15]
    assert len(settled) > 100
    # at 2x a frame lasts half as long on the wall clock: one refresh is two frames' worth
    tolerance = 1000 / 25 + REFRESH_MS * after
    off = [
        (round(t, 3), ms, f) for t, ms, f in settled if _off_by_ms(vlc_player, ms, f) > tolerance
    ]
    assert not off, f"{len(off)} reads off the playhead (s, playhead ms, frame): {off[:6]}"


@window_only
def test_libvlcs_window_loses_its_background_and_gets_it_back(
    qtbot: QtBot, vlc_player: VlcPlayer, output: str
) -> None:
    open_recording(qtbot, vlc_player, "mp4_bframes")
    vlc_player.play()
    qtbot.wait(500)
    backgrounds = WindowBackgrounds()
    try:
        assert backgrounds.keep_pixels(vlc_player.drawing_window()) == 1  # libvlc's own window
        assert backgrounds.fill_black(vlc_player.drawing_window()) == 1
    finally:
        backgrounds.close()
        vlc_player.pause()


@window_only
def test_the_picture_goes_back_to_libvlc_only_once_libvlc_runs(
    qtbot: QtBot, vlc_player: VlcPlayer, output: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a slow machine libvlc may not run yet when the cover time is over: its window would
    show the stale picture of its paused seek. Its time not moving keeps the exact frames on."""
    open_recording(qtbot, vlc_player, "mp4_bframes")
    vlc_player.seek(4000)
    qtbot.wait(700)
    stuck = vlc_player._mp.get_time()
    monkeypatch.setattr(vlc_player._mp, "get_time", lambda: stuck)
    vlc_player.play()
    qtbot.wait(500)  # well past the cover time after resuming
    assert vlc_player.native_window().isHidden()
    monkeypatch.undo()
    assert wait_until(qtbot, lambda: vlc_player.native_window().isVisible(), 2.0)
    vlc_player.pause()
