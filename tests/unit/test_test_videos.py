"""The test recordings' frame-number strip can number every frame of every kind."""

from __future__ import annotations

import pytest

from tests import videos


def test_every_kind_of_test_recording_fits_its_frame_numbers_in_the_strip() -> None:
    # frame 2048 of an 11-bit strip reads as frame 0: seeks past it looked wrong
    assert {k: s.frames() for k, s in videos.KINDS.items() if s.frames() > 2**videos.BITS} == {}


def test_a_recording_too_long_for_the_strip_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    long = videos.VideoSpec(".mp4", 2**videos.BITS / 25 + 1)
    monkeypatch.setitem(videos.KINDS, "too_long", long)
    with pytest.raises(ValueError, match="the strip numbers 2048"):
        videos.make_video("too_long")
