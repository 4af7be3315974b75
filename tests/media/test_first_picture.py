"""Opening a recording: the first picture comes before libvlc starts, which waits for it to be
painted (libvlc's start would compete with that picture's decode and paint for the CPU)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import vlc
from pytestqt.qtbot import QtBot

from rupture_annotator.media import vlc_player
from rupture_annotator.media.exact_frames import ExactFrames
from rupture_annotator.media.vlc_player import VlcPlayer
from tests.videos import make_video, qimage_pixels, read_frame_number

NOT_STARTED = (vlc.State.NothingSpecial, vlc.State.Stopped)


def test_libvlc_starts_once_the_first_picture_is_painted(qtbot: QtBot) -> None:
    player = VlcPlayer(vlc_args=("--aout=dummy",), output="callbacks")
    surface = player.video_widget()
    qtbot.addWidget(surface)
    try:
        with qtbot.waitSignal(player.exact_frame_shown, timeout=10_000):
            player.open(make_video("mp4"))  # the surface is hidden: nothing is painted
        qtbot.wait(300)
        assert player._mp.get_state() in NOT_STARTED  # libvlc's own state: not started yet
        surface.show()
        qtbot.waitExposed(surface)
        qtbot.waitUntil(lambda: player._mp.get_state() not in NOT_STARTED, timeout=5000)
        assert player.position_ms() == 0 and not player.exact_picture_pending()
    finally:
        player.release()


def test_playing_before_any_paint_starts_libvlc_and_plays(qtbot: QtBot) -> None:
    player = VlcPlayer(vlc_args=("--aout=dummy",), output="callbacks")
    qtbot.addWidget(player.video_widget())
    try:
        with qtbot.waitSignal(player.exact_frame_shown, timeout=10_000):
            player.open(make_video("mp4"))
        player.play()
        qtbot.waitUntil(lambda: player.position_ms() > 500, timeout=10_000)
        player.pause()
    finally:
        player.release()


class _AnswersBeforeTheProbe(ExactFrames):
    """The first request returns only once its picture has been handed over: the picture is
    then queued to the GUI thread before the probe's answer, as a loaded machine can order it."""

    def __init__(self, path: Path, deliver: Callable[[Any], None], **kwargs: Any) -> None:
        self._delivered = threading.Event()

        def deliver_then_tell(picture: Any) -> None:
            deliver(picture)
            self._delivered.set()

        super().__init__(path, deliver_then_tell, **kwargs)

    def request(self, ms: float) -> int:
        request = super().request(ms)
        assert self._delivered.wait(10), "the first picture was not decoded"
        return request


@pytest.mark.parametrize("output", ["callbacks", "window"])
def test_a_first_picture_decoded_before_the_probe_answers_is_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, output: str
) -> None:
    # it was dropped: the surface stayed blank and the player waited for it forever
    monkeypatch.setattr(vlc_player, "ExactFrames", _AnswersBeforeTheProbe)
    player = VlcPlayer(vlc_args=("--aout=dummy",), output=output)
    surface = player.video_widget()
    qtbot.addWidget(surface)
    shown: list[int] = []
    player.exact_frame_shown.connect(shown.append)
    try:
        with qtbot.waitSignal(player.media_loaded, timeout=10_000):
            player.open(make_video("mp4"))
        assert shown == [0]
        assert not player.exact_picture_pending()
        image = surface.image()  # type: ignore[attr-defined]
        assert image is not None and read_frame_number(qimage_pixels(image)) == 0
        surface.show()
        qtbot.waitExposed(surface)
        qtbot.waitUntil(lambda: player._mp.get_state() not in NOT_STARTED, timeout=5000)
    finally:
        player.release()
