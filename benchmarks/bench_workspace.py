"""The coding workspace as a coder meets it: how soon a span closed with W is on the timeline,
how long the app takes to show the first picture of a recording, and how much memory a long
coding session holds.

Each measurement runs in a process of its own with a private home, so no figure carries another
benchmark's memory and nothing touches the user's settings, recent files or recovery folder.
The window measurements run offscreen with the FakePlayer (`python -m benchmarks.bench_workspace
keys|edits` prints their raw numbers as JSON); startup runs the real app with libvlc on Xvfb.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.harness import Figure, median, p95
from tests.e2e.installed import launched, preset_coder, wait_for_first_frame, xvfb_screen

REPO = Path(__file__).resolve().parents[1]
HOUR_MS = 3_600_000
SPANS = 1_000  # already coded on the recording
CLOSES = 30  # spans closed with W per zoom
WARMUP_CLOSES = 3
DETAIL_SPAN_MS = 300_000  # a coder's working zoom: 5 minutes
EDITS = 10_000
STARTUP_RUNS = 5  # a launch varies by a tenth of a second on a shared machine
STARTUP_TIMEOUT_S = 60.0
CHILD_TIMEOUT_S = 120.0


def run() -> list[Figure]:
    return [key_to_span(), startup(), memory_after_edits()]


# ==============================================================================================
# figures (this process only starts and reads the measuring processes)
# ==============================================================================================
def key_to_span() -> Figure:
    r = _child("keys")
    whole, detail = r["whole_ms"], r["detail_ms"]
    note = (
        f"offscreen, FakePlayer; {r['spans']} spans on a 1 h recording, whole hour in view; "
        f"p95 {p95(whole):.1f} ms; at a 5 min zoom median {median(detail):.1f}, "
        f"p95 {p95(detail):.1f} ms; {len(whole)}+{len(detail)} spans"
    )
    return Figure("key_to_span_visible_ms", median(whole), "ms", 50, note=note)


def startup() -> Figure:
    if shutil.which("Xvfb") is None:
        raise RuntimeError("startup needs Xvfb (scripts/setup.sh installs it)")
    walls: list[float] = []
    ages: list[float] = []
    with _private_home() as work, xvfb_screen() as display:
        project = _demo_copy(work / "project")
        for n in range(STARTUP_RUNS):
            wall, age = _launch_until_first_frame(project, work / f"home{n}", display)
            walls.append(wall)
            ages.append(age)
    note = (
        "python -m rupture_annotator <demo copy>, libvlc, Xvfb (started once beforehand); "
        f"runs {', '.join(f'{w:.2f}' for w in walls)} s; the app's own count from process "
        f"start: median {median(ages):.2f} s"
    )
    return Figure("startup_to_first_frame_s", median(walls), "s", 0.8, note=note)


def memory_after_edits() -> Figure:
    r = _child("edits")
    note = (
        f"offscreen, FakePlayer; RSS before edits {r['rss_before_mb']:.0f} MB "
        f"(1 h recording, {r['spans']} spans), peak {r['rss_peak_mb']:.0f} MB; "
        f"{r['edits']} edits through the CodingController, all undoable: {r['created']} new "
        f"spans, each given 3 marker toggles, a rating, 2 moves and a note; "
        f"{r['seconds']:.0f} s ({1000 * r['seconds'] / r['edits']:.1f} ms an edit)"
    )
    return Figure("rss_mb_after_10k_edits", r["rss_after_mb"], "MB", note=note)


def _child(what: str) -> dict[str, Any]:
    with _private_home() as home:
        env = _home_env(home) | {"QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_workspace", what],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"measuring {what} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ==============================================================================================
# startup: the real app on a private X server
# ==============================================================================================
def _demo_copy(folder: Path) -> Path:
    """The demo project saved elsewhere, still pointing at the shipped recording."""
    from rupture_annotator.storage.demo import DEMO_PROJECT
    from rupture_annotator.storage.media_files import rebase
    from rupture_annotator.storage.project_file import load_project, save_project

    project = load_project(DEMO_PROJECT)
    for rec in project.media:
        project.relink_media(rec.id, rebase(rec.media, DEMO_PROJECT.parent, folder))
    folder.mkdir(parents=True)
    path = folder / DEMO_PROJECT.name
    save_project(project, path)
    return path


def _launch_until_first_frame(project: Path, home: Path, display: str) -> tuple[float, float]:
    """Wall seconds from launch to the app's first painted picture, and the app's own count."""
    preset_coder(home)  # a coder is known, so no name is asked for
    env = _home_env(home) | {
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "RUPTURE_ANNOTATOR_REPORT_FIRST_FRAME": "1",
    }
    env.pop("WAYLAND_DISPLAY", None)
    with launched([sys.executable, "-m", "rupture_annotator", str(project)], home, env) as app:
        return wait_for_first_frame(app, STARTUP_TIMEOUT_S)


# ==============================================================================================
# a private home for every process started here
# ==============================================================================================
@contextmanager
def _private_home() -> Iterator[Path]:
    home = Path(tempfile.mkdtemp(prefix="ra-bench-"))
    try:
        yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _home_env(home: Path) -> dict[str, str]:
    runtime = home / ".runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    return dict(os.environ) | {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
    }


# ==============================================================================================
# the measuring processes: a MainWindow on a coded hour, offscreen, with the FakePlayer
# ==============================================================================================
def _workspace() -> tuple[Any, Any]:
    """(app, window) showing a 1-hour recording with SPANS spans, coder "ana"."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from rupture_annotator.media.fake_player import FakePlayer, fake_media_info
    from rupture_annotator.storage.project_file import save_project
    from rupture_annotator.ui.main_window import MainWindow
    from rupture_annotator.ui.settings import Settings
    from tests.factories import big_project

    home = Path(os.environ["HOME"])
    app = QApplication.instance() or QApplication([])
    project = big_project(SPANS, n_media=1)
    video = home / project.media[0].media.path
    video.write_bytes(b"")  # the FakePlayer never reads it
    path = home / "session.rupture.json"
    save_project(project, path)
    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("coder/name", "ana")
    player = FakePlayer(media=fake_media_info(video, duration_ms=HOUR_MS), auto_advance=False)
    window = MainWindow(player, settings)
    window.show()
    if not window.open_path(path):
        raise RuntimeError(f"cannot open {path}")
    window.activateWindow()
    _settle(app)
    return app, window


def _settle(app: Any) -> None:
    """Deliver everything queued (repaints of the marks, the playhead, the panels)."""
    for _ in range(5):
        app.sendPostedEvents()
        app.processEvents()


def _measure_keys() -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    app, window = _workspace()
    timeline, player, document = window.timeline, window.player, window.document

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = PaintWatch()
    timeline.installEventFilter(watch)
    rng = random.Random(11)

    def close_one() -> float:
        start = rng.randrange(0, HOUR_MS - 20_000)
        player.seek(start)
        QTest.keyClick(window, Qt.Key.Key_I)
        player.seek(start + rng.randrange(1_000, 15_000))
        QTest.keyClick(window, Qt.Key.Key_O)
        _settle(app)
        before = len(document.recording.ruptures)
        watch.painted = False
        t = time.perf_counter()
        QTest.keyClick(window, Qt.Key.Key_W)
        deadline = t + 5.0
        while not watch.painted and time.perf_counter() < deadline:
            app.processEvents()
        elapsed = (time.perf_counter() - t) * 1000
        new_id = window.coding.selected_id
        if not watch.painted or len(document.recording.ruptures) != before + 1:
            raise RuntimeError("W did not add a span that the timeline painted")
        if timeline.span_rect(new_id) is None:
            raise RuntimeError("the new span is not in the timeline's view")
        return elapsed

    whole = [close_one() for _ in range(WARMUP_CLOSES + CLOSES)][WARMUP_CLOSES:]
    detail = []
    view = timeline.view_window()
    for _ in range(CLOSES):
        view.set_range(view.start_ms, DETAIL_SPAN_MS)  # the view follows the playhead from here
        detail.append(close_one())
    document.undo_stack.setClean()
    window.close()
    return {"whole_ms": whole, "detail_ms": detail, "spans": SPANS}


def _measure_edits() -> dict[str, Any]:
    from rupture_annotator.domain.codebook import RuptureKind
    from rupture_annotator.ui.coding import LANES, RESOLUTION

    app, window = _workspace()
    coding, document = window.coding, window.document
    codebook = document.project.codebook
    keys = {k.value: [m.key for m in codebook.markers_of(k) if m.key] for k in RuptureKind}
    keys[RESOLUTION] = [s.key for s in codebook.strategies if s.key]
    rng = random.Random(13)
    rss_before = _rss_mb("VmRSS")
    edits = created = 0
    t = time.perf_counter()
    while edits < EDITS:
        lane = LANES[created % len(LANES)]
        start = rng.randrange(0, HOUR_MS - 20_000)
        end = start + rng.randrange(1_000, 15_000)
        span = coding.create_span(lane, start, end)
        if span is None:
            raise RuntimeError(f"could not create a {lane} span at {start}")
        created += 1
        first, second = rng.sample(keys[lane], 2)
        shift = rng.randrange(-2_000, 2_000)
        start, end = max(0, start + shift), max(0, start + shift) + end - start
        done = (  # as a coder finishes a span: markers, a rating, the ends adjusted, a note
            coding.toggle_key(first),
            coding.toggle_key(second),
            coding.set_rating(rng.randint(1, 5)),
            coding.move(span.id, start, end),
            coding.move(span.id, start, end + rng.randrange(200, 2_000)),
            coding.toggle_key(first),
            coding.set_note(f"note {created}"),
        )
        if not all(done):
            raise RuntimeError(f"an edit of {span.id} was refused")
        edits += 1 + len(done)
        if created % 12 == 0:  # the window repaints and reacts as it would between key presses
            app.processEvents()
    _settle(app)
    seconds = time.perf_counter() - t
    result = {
        "rss_before_mb": rss_before,
        "rss_after_mb": _rss_mb("VmRSS"),
        "rss_peak_mb": _rss_mb("VmHWM"),
        "edits": edits,
        "created": created,
        "spans": SPANS,
        "seconds": seconds,
    }
    document.undo_stack.setClean()
    window.close()
    return result


def _rss_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


if __name__ == "__main__":
    measure = {"keys": _measure_keys, "edits": _measure_edits}[sys.argv[1]]
    print(json.dumps(measure()))
