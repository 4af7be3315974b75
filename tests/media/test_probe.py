"""Probing recordings: length, frame rate, size, audio only, variable frame rate."""

from __future__ import annotations

import pytest

from rupture_annotator.cli import main
from rupture_annotator.media.probe import media_warnings, probe
from tests.videos import make_video

pytestmark = pytest.mark.media


@pytest.mark.parametrize(
    ("kind", "fps", "frames", "first_ms"),
    [
        ("mp4", 25.0, 500, 0),
        ("mp4_bframes", 25.0, 500, 0),
        ("mkv", 25.0, 500, 23),
        ("webm", 25.0, 500, 7),
        ("mp4_2997", 30000 / 1001, 600, 0),
    ],
)
def test_video_facts(kind: str, fps: float, frames: int, first_ms: int) -> None:
    info = probe(make_video(kind))
    assert info.has_video and info.has_audio
    assert (info.width, info.height) == (320, 180)
    assert info.fps == pytest.approx(fps)
    assert info.frame_count == frames
    assert info.first_frame_ms == first_ms
    assert abs(info.duration_ms - 20_000) <= 30
    assert not info.variable_frame_rate
    assert media_warnings(info) == []


def test_audio_only() -> None:
    info = probe(make_video("audio"))
    assert not info.has_video and info.has_audio and info.fps is None
    assert media_warnings(info) == ["This recording has no picture (audio only)."]


def test_variable_frame_rate_is_detected_and_warned_about(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = make_video("vfr")
    info = probe(path)
    assert info.variable_frame_rate
    assert "variable frame rate" in media_warnings(info)[0]
    assert main(["probe", str(path)]) == 0
    out = capsys.readouterr().out
    assert "warning      variable frame rate" in out


def test_probe_command_prints_the_facts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["probe", str(make_video("mp4")), str(make_video("audio"))]) == 0
    out = capsys.readouterr().out
    assert "  video        320x180 h264, 25.000 fps\n  frames       500\n" in out
    assert "none (audio only)" in out
    assert "duration     20.000 s" in out
