"""The coding, review and presentation layouts on a 1280×720 and a 1920×1080 screen, in the real
window with real libvlc (Xvfb): nothing draws over anything else, and captions leave the
picture's lower third (the recording's own subtitles) alone."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import REPO

pytestmark = [pytest.mark.media, pytest.mark.xvfb]

SIZES = ((1280, 720), (1920, 1080))
LAYOUTS = ("coding", "review", "presentation")
Rect = list[int]


def intersects(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def inside(a: Rect, b: Rect) -> bool:
    return (
        b[0] <= a[0] and b[1] <= a[1] and a[0] + a[2] <= b[0] + b[2] and a[1] + a[3] <= b[1] + b[3]
    )


def lower_third(r: Rect) -> Rect:
    x, y, w, h = r
    return [x, y + h - h // 3, w, h // 3]


@pytest.fixture(scope="module")
def screens(xvfb: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """What the window showed at each screen size, measured once per size on a screen of its own
    (presentation is full screen: the screen must be that size)."""
    assert xvfb is not None, "Xvfb is not installed: scripts/setup.sh installs it"
    from pyvirtualdisplay.display import Display

    seen: dict[str, Any] = {}
    for width, height in SIZES:
        out = tmp_path_factory.mktemp(f"layout-{width}x{height}")
        with Display(backend="xvfb", size=(width, height), color_depth=24) as display:
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": "xcb",
                "DISPLAY": f":{display.display}",
                "HOME": str(out),
                "XDG_DATA_HOME": str(out / "data"),
                "XDG_CONFIG_HOME": str(out / "config"),
            }
            run = subprocess.run(
                [sys.executable, "-m", "tests.media.layout_session", str(width), str(height), str(out)],
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                timeout=180,
                check=True,
            )  # fmt: skip
        seen[f"{width}x{height}"] = json.loads(run.stdout.strip().splitlines()[-1])
        seen[f"{width}x{height}"]["shots"] = str(out)
    yield seen


CASES = [(f"{w}x{h}", layout) for (w, h), layout in itertools.product(SIZES, LAYOUTS)]
CASE_IDS = [f"{layout}-{size}" for size, layout in CASES]


@pytest.mark.parametrize(("size", "layout"), CASES, ids=CASE_IDS)
def test_the_transport_pieces_do_not_overlap(
    screens: dict[str, Any], size: str, layout: str
) -> None:
    seen = screens[size][layout]
    assert inside(seen["bar"], seen["window"])
    pieces = seen["pieces"]
    assert len(pieces) >= 7  # steps, play, time, rate, mute, volume at least
    for kind, *r in pieces:
        assert r[2] > 0 and r[3] > 0, kind
        assert inside(r, seen["bar"]), f"{kind} {r} sticks out of the bar {seen['bar']}"
    for (ka, *a), (kb, *b) in itertools.combinations(pieces, 2):
        assert not intersects(a, b), f"{ka} {a} overlaps {kb} {b}"
    for label in seen["labels"]:
        assert label["advance"] <= label["width"], f"{label['text']!r} is cut"


@pytest.mark.parametrize(("size", "layout"), CASES, ids=CASE_IDS)
def test_the_window_parts_do_not_overlap(screens: dict[str, Any], size: str, layout: str) -> None:
    seen = screens[size][layout]
    assert seen["squeezed"] == {}, "squeezed below the size they need"
    parts = {"video": seen["video"], "bar": seen["bar"]}
    if seen["timeline"] is not None:
        parts["timeline"] = seen["timeline"]
    for dock in seen["docks"]:
        parts[dock["name"]] = dock["rect"]
        width, height = dock["rect"][2:]
        assert width >= dock["min"][0] and height >= dock["min"][1], f"{dock['name']} is squeezed"
    for (na, a), (nb, b) in itertools.combinations(parts.items(), 2):
        assert not intersects(a, b), f"{na} {a} overlaps {nb} {b}"
    if layout == "review":
        assert seen["review_dock"] is not None
        assert not intersects(seen["review_dock"], seen["video"])
    if layout == "presentation":
        assert seen["video"][2] == seen["screen"][2]  # the whole width of the screen
        assert seen["docks"] == [] and seen["timeline"] is None


@pytest.mark.parametrize("size", [f"{w}x{h}" for w, h in SIZES])
def test_lane_titles_fit_their_column(screens: dict[str, Any], size: str) -> None:
    for layout in ("coding", "review"):
        for lane in screens[size][layout]["lane_titles"]:
            assert lane["advance"] <= lane["room"], f"{lane['title']!r} is cut in {layout}"


@pytest.mark.parametrize("layout", ["review", "presentation"])
@pytest.mark.parametrize("size", [f"{w}x{h}" for w, h in SIZES])
def test_captions_leave_the_lower_third_of_the_picture_alone(
    screens: dict[str, Any], size: str, layout: str
) -> None:
    seen = screens[size][layout]
    captions, picture = seen["captions"], seen["picture"]
    assert captions is not None and "rupture" in seen["caption_text"]
    assert not intersects(captions, lower_third(picture)), f"{captions} covers {picture}"
    assert inside(captions, seen["screen"])
    # nothing else is hidden under them either: the bar, the timeline, the docks
    for name in ("bar", "timeline"):
        if seen[name] is not None:
            assert not intersects(captions, seen[name]), f"captions over the {name}"
    for dock in seen["docks"]:
        assert not intersects(captions, dock["rect"]), f"captions over {dock['name']}"
    # and they are large enough to read across a room, as wide as the video
    assert captions[3] >= 60 and captions[2] == seen["video"][2]
    # the picture keeps most of the room above the bar
    room = seen["video"][2] * (seen["bar"][1] - seen["video"][1])
    assert picture[2] * picture[3] >= 0.6 * room
