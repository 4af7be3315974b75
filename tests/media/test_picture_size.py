"""Paused pictures are converted at the size they are shown at: a 1080p frame converted for a
960x540 surface costs a sixth of the full-size conversion, and the paint no longer scales it."""

from __future__ import annotations

import queue

from pytestqt.qtbot import QtBot

from rupture_annotator.media.exact_frames import ExactFrames, FramePicture
from rupture_annotator.media.vlc_player import VlcPlayer
from tests.media.conftest import frame_times, wait_until
from tests.videos import make_video, qimage_pixels, read_frame_number, spec


def _picture(exact: ExactFrames, pictures: queue.Queue[object], ms: float) -> FramePicture:
    exact.request(ms)
    picture = pictures.get(timeout=10)
    assert isinstance(picture, FramePicture)
    return picture


def test_pictures_fit_the_box_keep_their_shape_and_are_never_enlarged() -> None:
    path = make_video("mp4")
    full = spec("mp4")
    times = frame_times(path)
    pictures: queue.Queue[object] = queue.Queue()
    exact = ExactFrames(path, pictures.put)
    try:
        first = _picture(exact, pictures, times[10] + 1)
        assert (first.width, first.height) == (full.width, full.height)
        exact.fit_to(full.width // 2 + 1, full.height)  # the width decides
        half = _picture(exact, pictures, times[12] + 1)
        assert (half.width, half.height) == (full.width // 2, full.height // 2)
        assert half.stride >= half.width * 4 and len(half.data) >= half.stride * half.height
        exact.fit_to(full.width * 3, full.height * 3)
        again = _picture(exact, pictures, times[12] + 1)
        assert (again.width, again.height) == (full.width, full.height)
    finally:
        exact.close()


def test_a_paused_picture_is_made_at_the_surface_size_and_again_when_it_grows(
    qtbot: QtBot,
) -> None:
    path = make_video("mp4")
    full = spec("mp4")
    times = frame_times(path)
    player = VlcPlayer(vlc_args=("--aout=dummy",), output="callbacks")
    surface = player.video_widget()
    qtbot.addWidget(surface)
    try:
        surface.resize(full.width // 2, full.height // 2)
        surface.show()
        qtbot.waitExposed(surface)
        with qtbot.waitSignal(player.exact_frame_shown, timeout=10_000):
            player.open(path)
        with qtbot.waitSignal(player.exact_frame_shown, timeout=10_000):
            player.seek(round(times[37]) + 1)

        def shown() -> tuple[int, int, int]:
            image = surface.image()  # type: ignore[attr-defined]
            assert image is not None
            return image.width(), image.height(), read_frame_number(qimage_pixels(image))

        assert shown() == (full.width // 2, full.height // 2, 37)
        surface.resize(full.width * 2, full.height * 2)
        assert wait_until(qtbot, lambda: shown() == (full.width, full.height, 37))
        assert player.frame_index() == 37 and not player.exact_picture_pending()
    finally:
        player.release()
