"""On X11 libvlc draws into a native window of the video surface (run under Xvfb)."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = [pytest.mark.media, pytest.mark.xvfb]


@pytest.mark.parametrize("kind", ["mp4_bframes"])
def test_libvlc_draws_into_the_embedded_window(xvfb: object, kind: str) -> None:
    assert xvfb is not None, "Xvfb is not installed: scripts/setup.sh installs it"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{xvfb.display}"}  # type: ignore[attr-defined]
    out = subprocess.run(
        [sys.executable, "-m", "tests.media.embedded_session", kind],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["platform"] == "xcb"
    assert seen["output"] == "window"
    assert seen["xwindow"] == seen["native"] != 0
    assert seen["errors"] == []
    for asked, painted, index in seen["seeks"]:
        assert painted == asked == index
    period = 1000 / seen["fps"]
    positions = [ms for _, ms, _ in seen["playing"]]
    assert all(b >= a for a, b in itertools.pairwise(positions))
    assert positions[-1] - positions[0] > 1500
    offsets = []
    for t, ms, frame in seen["playing"]:
        if t > 0.3:
            begin = seen["first_frame_ms"] + frame * period
            offsets.append(max(0.0, begin - ms, ms - (begin + period)))
    assert len(offsets) >= 15
    assert max(offsets) <= period
    assert seen["native_hidden_when_paused"]
    frame_index, painted = seen["paused"]
    assert painted == frame_index
