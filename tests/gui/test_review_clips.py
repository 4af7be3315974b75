"""Clips of moments cut by ffmpeg: one file per moment, named by time and kind, never overwritten."""

from __future__ import annotations

import shutil
from pathlib import Path

import av
import pytest

from rupture_annotator.domain.review import Moment
from rupture_annotator.ui.review.clips import Clip, plan_clips, write_clips
from tests.videos import make_video, read_frame_number


def test_plan_names_clips_by_time_and_kind_and_keeps_names_unique() -> None:
    a = Moment("a", "withdrawal", 754_000, 760_000, "ana", rating=4)
    b = Moment("b", "withdrawal", 754_500, 758_000, "ben", rating=4)
    planned = plan_clips([(a, (749_000, 763_000)), (b, (749_500, 761_000))])
    assert planned == [
        Clip(749_000, 763_000, "0h12m34s_withdrawal_sig4.mp4"),
        Clip(749_500, 761_000, "0h12m34s_withdrawal_sig4_2.mp4"),
    ]


def test_clips_are_cut_to_their_windows(tmp_path: Path) -> None:
    ffmpeg = shutil.which("ffmpeg")
    assert ffmpeg is not None, "ffmpeg is not installed: scripts/setup.sh installs it"
    video = make_video("mp4")
    clips = [Clip(1_000, 2_000, "0h00m01s_withdrawal.mp4"), Clip(5_000, 6_500, "b.mp4")]
    (tmp_path / "b.mp4").write_bytes(b"kept")
    steps: list[tuple[int, int, str]] = []
    written = write_clips(ffmpeg, video, clips, tmp_path, lambda *a: steps.append(a))
    assert written == [tmp_path / "0h00m01s_withdrawal.mp4"]
    assert (tmp_path / "b.mp4").read_bytes() == b"kept"
    assert steps[-1] == (2, 2, "")
    with av.open(str(written[0])) as container:
        stream = container.streams.video[0]
        assert stream.frames == pytest.approx(25, abs=1)
        first = next(container.decode(stream)).to_ndarray(format="rgb24")
    assert read_frame_number(first) == 25  # the frame at 1 s, not the keyframe before it
