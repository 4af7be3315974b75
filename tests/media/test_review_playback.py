"""A reviewed moment with real libvlc on X11 (Xvfb): where it starts and stops on screen, and
the captions drawn over libvlc's native window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.media.review_session import END_MS, LEAD_IN_MS, START_MS, TAIL_MS

pytestmark = [pytest.mark.media, pytest.mark.xvfb]


def test_a_moment_plays_from_its_lead_in_to_its_tail_under_captions(
    xvfb: object, tmp_path: Path
) -> None:
    assert xvfb is not None, "Xvfb is not installed: scripts/setup.sh installs it"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{xvfb.display}"}  # type: ignore[attr-defined]
    shot = tmp_path / "review.png"
    out = subprocess.run(
        [sys.executable, "-m", "tests.media.review_session", str(shot)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["errors"] == []
    period = 1000 / seen["fps"]
    start, end = START_MS - LEAD_IN_MS, END_MS + TAIL_MS
    assert seen["window"] == [start, end]

    # starts at the lead-in: the clock from its first millisecond, the picture from its frame
    assert seen["positions"][0] == start
    lead_frame = int(start / period)
    fresh = [frame for _, frame, _ in seen["seen"] if frame >= lead_frame - 1]
    assert fresh, "libvlc showed no picture of the moment"
    assert lead_frame <= fresh[0] <= lead_frame + 5  # libvlc's first picture after a seek
    assert all(f >= lead_frame for f in fresh)

    # stops within one frame of the end of its tail, and shows that frame
    assert max(seen["positions"]) - end <= period
    assert seen["state"] == "paused"
    assert abs(seen["final_ms"] - end) <= period
    assert abs(seen["painted"] - int(end / period)) <= 1

    # the captions are on the screen, over the video, which still shows above them
    picture = seen["picture"]
    assert shot.exists() and picture["visible"]
    assert picture["text"].startswith("Withdrawal rupture · significance 4")
    assert "Looks away" in picture["text"]
    assert picture["band_dark"] > 0.6 and picture["band_light"] > 0.01
    b, g, r = picture["accent"]
    assert (r, g, b) == pytest.approx((0x3A, 0x78, 0xD8), abs=30)  # the withdrawal colour
    assert abs(picture["frame_above"] - picture["position"] / period) <= 4
