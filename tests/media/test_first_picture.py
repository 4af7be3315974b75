"""Opening a recording: the first picture comes before libvlc starts, which waits for it to be
painted (libvlc's start would compete with that picture's decode and paint for the CPU)."""

from __future__ import annotations

import vlc
from pytestqt.qtbot import QtBot

from rupture_annotator.media.vlc_player import VlcPlayer
from tests.videos import make_video

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
