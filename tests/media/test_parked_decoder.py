"""The exact-frame decoder's spare waits behind a paused frame, where "back 1 s" goes.

mp4_bframes (25 fps, x264 defaults) has keyframes at 0 and 10 s: a second back from 8 s is in
the middle of a group of pictures, where a seek decodes from the keyframe at 0 again.
"""

from __future__ import annotations

import queue
import time

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media import exact_frames
from rupture_annotator.media.exact_frames import ExactFrames, FramePicture
from rupture_annotator.media.vlc_player import PARK_BACK_MS, VlcPlayer
from tests.media.conftest import (
    counted_seeks,
    frame_containing,
    frame_times,
    open_recording,
    shown_frame,
    wait_until,
)
from tests.videos import make_video

pytestmark = pytest.mark.media


def _parked(exact: ExactFrames, near_ms: float, timeout: float = 10.0) -> float | None:
    """Where the spare decoder waits, once it waits within PARK_BEFORE_MS (and a frame) of
    near_ms."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        at = exact.parked_at()
        if at is not None and near_ms - exact_frames.PARK_BEFORE_MS - 80 <= at <= near_ms:
            return at
        time.sleep(0.01)
    return None


@pytest.mark.parametrize("park", [True, False])
def test_a_second_back_from_a_paused_frame_decodes_on_from_the_parked_decoder(
    park: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a one-frame cache nothing is answered from memory: without parking each second
    back seeks to the keyframe again; parked, none does, and every frame is the right one."""
    monkeypatch.setattr(exact_frames, "PARK", park)
    path = make_video("mp4_bframes")
    times = frame_times(path)
    pictures: queue.Queue[object] = queue.Queue()
    exact = ExactFrames(path, pictures.put, cache_bytes=1)
    seeks = counted_seeks(monkeypatch, exact)
    back_seeks = 0
    try:
        for paused in (8000, 15000, 10500, 3333):
            exact.request(paused)
            picture = pictures.get(timeout=10)
            assert isinstance(picture, FramePicture)
            back = paused - 1000
            exact.park(back)
            parked = _parked(exact, back, timeout=10 if park else 1)
            assert (parked is not None) == park, parked
            before = len(seeks)
            exact.request(back)
            picture = pictures.get(timeout=10)
            assert isinstance(picture, FramePicture)
            assert picture.pts_ms == times[frame_containing(times, back)], back
            back_seeks += len(seeks) - before
    finally:
        exact.close()
    assert back_seeks == (0 if park else 4)


def test_parking_delivers_nothing_and_a_request_before_it_starts_calls_it_off() -> None:
    path = make_video("mp4_bframes")
    times = frame_times(path)
    pictures: queue.Queue[object] = queue.Queue()
    exact = ExactFrames(path, pictures.put)
    try:
        exact.request(8000)
        assert isinstance(pictures.get(timeout=10), FramePicture)
        exact.park(7000)
        exact.request(8040)  # a step on, before PARK_IDLE_S have passed
        picture = pictures.get(timeout=10)
        assert isinstance(picture, FramePicture)
        assert picture.pts_ms == times[frame_containing(times, 8040)]
        exact.park(7000)
        exact.park(None)  # playing starts
        time.sleep(exact_frames.PARK_IDLE_S + 0.4)
        assert exact.parked_at() is None
        exact.park(7000)
        assert _parked(exact, 7000) is not None
        time.sleep(0.2)
        assert pictures.empty(), "parking showed a picture"
    finally:
        exact.close()


@pytest.mark.parametrize("output", ["callbacks"])
def test_the_player_parks_a_second_back_from_where_it_is_paused_and_not_while_playing(
    qtbot: QtBot, vlc_player: VlcPlayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What Left does (a seek 1 s back) then finds the spare waiting, and shows its frame."""
    open_recording(qtbot, vlc_player, "mp4_bframes")
    times = frame_times(make_video("mp4_bframes"))
    exact = vlc_player._exact
    assert exact is not None
    asked: list[float | None] = []
    park = exact.park

    def recorded(ms: float | None) -> None:
        asked.append(ms)
        park(ms)

    monkeypatch.setattr(exact, "park", recorded)
    vlc_player.seek(8000)
    n = frame_containing(times, 8000)
    assert wait_until(qtbot, lambda: shown_frame(vlc_player) == n)
    back = vlc_player.position_ms() - PARK_BACK_MS
    assert wait_until(qtbot, lambda: asked[-1:] == [back])
    assert _parked(exact, back) is not None
    vlc_player.seek(back)
    n = frame_containing(times, back)
    assert wait_until(qtbot, lambda: shown_frame(vlc_player) == n)
    vlc_player.play()
    assert asked[-1] is None  # playing: the spare stays where it is
