"""Real libvlc players on generated recordings whose frames carry their own numbers.

Both video outputs are tested: "callbacks" (libvlc renders into buffers that Qt paints; used
offscreen and on Wayland) and "window" (libvlc draws into a native child window; the default
on X11, what most Linux users get). A test runs in both when it is parametrized over `output`
(OUTPUTS). The pytest process runs Qt offscreen, and Qt's platform is fixed per process, so
the "window" cases are run together in one child pytest with Qt on X11, on the Xvfb that
pytest-xvfb started, and each reports the child's outcome for its case. In "window" output the
frame shown is read back from the screen (tests/videos.on_screen_frame), where both Qt's and
libvlc's pictures end up.
"""

from __future__ import annotations

import bisect
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from rupture_annotator.media.exact_frames import ExactFrames
from rupture_annotator.media.vlc_player import VlcPlayer
from tests.videos import make_video, on_screen_frame, qimage_pixels, read_frame_number, spec

VIDEO_KINDS = ("mp4", "mp4_bframes", "mkv", "webm")
OUTPUTS = ("callbacks", "window")
both_outputs = pytest.mark.parametrize("output", OUTPUTS)
REPORT_ENV = "RUPTURE_WINDOW_REPORT"  # set in the child pytest: where it writes its outcomes
CHILD_TIMEOUT_S = 1500
REPO = Path(__file__).resolve().parents[2]


def frame_times(path: Path) -> list[float]:
    """Presentation times (ms) of every video frame, read independently of the player."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        tb = stream.time_base
        return sorted(
            float(p.pts * tb * 1000) for p in container.demux(stream) if p.pts is not None
        )


def frame_containing(times: list[float], ms: float) -> int:
    return max(0, bisect.bisect_right(times, ms) - 1)


def shown_frame(player: VlcPlayer) -> int | None:
    """The frame number in the strip of the picture shown now: the picture the video surface
    paints (callbacks), or the pixels on screen (window: libvlc or Qt painted them).

    None in the window output while an exact picture is still being decoded, without looking:
    a wait that keeps grabbing and reading the screen keeps this thread busy in Python, and the
    decoding thread, which takes Python's lock back after each call into FFmpeg, then waits for
    it every time (measured: a 20 s 320x180 clip's worst seek decode 70 ms → 520 ms with a busy
    GUI thread; on a loaded machine a pause's picture came seconds late, and libvlc's next
    frame stayed on screen until then, failing the test 1 pause in ~30)."""
    if player.output() == "window":
        if player.exact_picture_pending():
            return None
        return on_screen_frame(player.video_widget())
    image = player.video_widget().image()  # type: ignore[attr-defined]
    return None if image is None else read_frame_number(qimage_pixels(image))


def counted_seeks(monkeypatch: pytest.MonkeyPatch, exact: ExactFrames) -> list[int]:
    """The targets exact's decoder seeks to from now on (to the keyframe before each), as
    they happen."""
    seeks: list[int] = []
    seek_to = exact._seek_to

    def counted(target: int) -> object:
        seeks.append(target)
        return seek_to(target)

    monkeypatch.setattr(exact, "_seek_to", counted)
    return seeks


def wait_until(qtbot: QtBot, condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Process events until condition holds or timeout (s) passes; returns condition()."""
    end = time.monotonic() + timeout
    while not condition() and time.monotonic() < end:
        qtbot.wait(5)
    return condition()


def on_x11() -> bool:
    return os.environ.get("QT_QPA_PLATFORM") == "xcb"


@pytest.fixture
def output() -> str:
    """The video output of vlc_player; parametrize over OUTPUTS to test both."""
    return "callbacks"


@pytest.fixture
def vlc_player(qtbot: QtBot, output: str) -> Iterator[VlcPlayer]:
    if output == "window" and not on_x11():
        yield None  # type: ignore[misc]  # the case runs in the X11 child (pytest_pyfunc_call)
        return
    player = VlcPlayer(vlc_args=("--aout=dummy",), output=output)
    qtbot.addWidget(player.video_widget())
    yield player
    player.release()


def open_recording(qtbot: QtBot, player: VlcPlayer, kind: str) -> Path:
    path = make_video(kind)
    if player.output() == "window":
        surface = player.video_widget()
        surface.resize(spec(kind).width, spec(kind).height)  # the frame fills it: strip readable
        surface.show()
        qtbot.waitExposed(surface)
        assert player.drawing_window() == int(player.native_window().winId()) != 0
    errors: list[str] = []
    player.error_occurred.connect(errors.append)
    with qtbot.waitSignal(player.media_loaded, timeout=10_000):
        player.open(path)
    if player.has_video():
        assert wait_until(qtbot, lambda: shown_frame(player) == 0), "first frame not shown"
    assert errors == []
    return path


# -- the "window" cases, run in a child pytest with Qt on X11 -------------------------------------
def _delegated(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    return (
        callspec is not None
        and callspec.params.get("output") == "window"
        and Path(__file__).parent in Path(item.path).parents
        and not on_x11()
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    config.stash[_WINDOW_IDS] = [item.nodeid for item in items if _delegated(item)]


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if not _delegated(pyfuncitem):
        return None
    outcomes = _window_outcomes(pyfuncitem.config)
    mine = outcomes.get(pyfuncitem.nodeid)
    if not mine:
        pytest.fail(f"the X11 run did not run this case:\n{outcomes.get('', '')}", pytrace=False)
    failed = [r for r in mine if r["outcome"] != "passed"]
    if failed or not any(r["when"] == "call" for r in mine):
        text = "\n".join(f"[{r['when']} {r['outcome']}]\n{r['longrepr']}" for r in failed)
        pytest.fail(f"failed with Qt on X11 (window output):\n{text}", pytrace=False)
    return True


_WINDOW_IDS = pytest.StashKey[list[str]]()
_OUTCOMES = pytest.StashKey[dict[str, Any]]()


def _window_outcomes(config: pytest.Config) -> dict[str, Any]:
    """Run every "window" case of this session in one child pytest (once); outcomes by node."""
    if _OUTCOMES in config.stash:
        return config.stash[_OUTCOMES]
    outcomes: dict[str, Any] = {}
    config.stash[_OUTCOMES] = outcomes
    display = os.environ.get("DISPLAY")
    if not display:
        outcomes[""] = "no X server: Xvfb is not installed (scripts/setup.sh installs it)"
        return outcomes
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.jsonl"
        env = {**os.environ, "QT_QPA_PLATFORM": "xcb", REPORT_ENV: str(report)}
        cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-xvfb"]
        try:
            proc = subprocess.run(
                [*cmd, *config.stash[_WINDOW_IDS]],
                cwd=REPO,
                env=env,
                capture_output=True,
                text=True,
                timeout=CHILD_TIMEOUT_S,
            )
            outcomes[""] = proc.stdout[-3000:] + proc.stderr[-3000:]
        except subprocess.TimeoutExpired as exc:
            outcomes[""] = f"the X11 run took over {CHILD_TIMEOUT_S} s: {exc}"
        if report.exists():
            for line in report.read_text().splitlines():
                row = json.loads(line)
                outcomes.setdefault(row["nodeid"], []).append(row)
    return outcomes


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    path = os.environ.get(REPORT_ENV)
    if not path:
        return
    row = {
        "nodeid": report.nodeid,
        "when": report.when,
        "outcome": report.outcome,
        "longrepr": "" if report.passed else str(report.longrepr)[-6000:],
    }
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(row) + "\n")
