"""The playback measurements, run by bench_playback in a process of its own under Xvfb (Qt on xcb).

Everything here is read off the screen: the X server is asked for the pixels where the video is
shown, and the frame number is read from the strip each test recording carries
(tests/videos.py). So "shown" means painted on screen, whoever painted it (Qt's exact picture
while paused, libvlc's native window while playing). The player runs in its default output on
X11, "window" (libvlc draws into a native child window; see media/factory.py and vlc_player.py).

Raw libvlc gets the same treatment: the same libvlc arguments, drawing into a native window of
the same size, the same requested times, the same waits, read off the screen the same way.

Prints one JSON object on its last line of stdout. Parts can be named on the command line
(exact, latency, feel, rate, playhead, cpu) while developing.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import os
import random
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

EXACT_KINDS = (
    "mp4",
    "mp4_bframes",
    "mov",
    "mkv",
    "mkv_offset",
    "webm",
    "avi",
    "mp4_2997",
    "vfr",
)
EXACT_PER_KIND = 30  # a third random, a third the first ms of a frame, a third its last ms
SETTLE_S = 0.3  # what a coder waits after a seek before reading the picture
LATENCY_KINDS = ("mp4_1080_gop2s", "mp4_1080")
LATENCY_SEEKS = 20
IDLE_S = 1.0  # isolated seeks: a coder looks at the frame this long before the next seek
SCRUB_ROUNDS = 8
SCRUB_SEEKS = 10  # ... within SCRUB_SPAN_S, each a little further on, as when dragging
SCRUB_SPAN_S = 1.0
SEEK_TIMEOUT_S = 5.0
PLAY_KINDS = ("mp4_bframes", "mkv", "webm")
FEEL_KIND = "mp4_1080"  # like a room camera's or a video call's recording: keyframes seconds apart
STEP_HOLD_S = 2.0  # "." or "," held down ...
KEY_REPEAT_S = 1 / 30  # ... at a keyboard's repeat rate
DRAG_SPAN_MS, DRAG_S, DRAG_MOVES = (
    20_000,
    1.0,
    30,
)  # the playhead dragged 20 s in 1 s (of a 30 s file)
FEEL_ROUNDS = 3
RATE_KIND = "mp4_bframes"
RATES = (0.5, 1.0, 2.0, 1.0, 0.5)  # changed while playing, one every RATE_HOLD_S (20 s file)
RATE_HOLD_S = 3.0
PLAY_SECONDS = 4.0
WARM_UP_S = 0.3
CPU_SECONDS = 5.0
LARGE_VIEW = (960, 540)  # the video area of the coding window for 1080p recordings
# While the app decodes a paused frame, the measurement does not read the screen: reading it
# every millisecond keeps the GUI thread busy in Python, which a coder's idle window is not, and
# the decoding thread then waits for Python's lock after every call into FFmpeg (libvlc, in C
# threads, is not slowed so). The frame can only reach the screen after its decode anyway.
QUIET_WHILE_DECODING = True
if os.environ.get("BENCH_QUICK"):  # while developing: a few of each
    EXACT_PER_KIND, LATENCY_SEEKS, SCRUB_ROUNDS, PLAY_SECONDS, CPU_SECONDS = 6, 4, 2, 2.0, 2.0
    FEEL_ROUNDS = 1


class Screen:
    """Processing Qt's events and reading the frame on screen."""

    def __init__(self, app: QApplication) -> None:
        self.app = app

    def pump(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)

    def wait(self, condition: Callable[[], bool], timeout: float) -> bool:
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            self.app.processEvents()
            if condition():
                return True
            time.sleep(0.001)
        return condition()

    @staticmethod
    def frame(widget: QWidget) -> int:
        from tests.videos import on_screen_frame

        shown = on_screen_frame(widget)
        return -1 if shown is None else shown


class Ours:
    """The app's player in its default output, shown in a top-level window."""

    def __init__(self, screen: Screen, kind: str, view: tuple[int, int]) -> None:
        from rupture_annotator.media.vlc_player import VlcPlayer
        from tests.videos import make_video

        self.screen = screen
        self.player = VlcPlayer(vlc_args=("--aout=dummy",))
        self.surface = self.player.video_widget()
        self.surface.resize(*view)
        self.surface.show()
        shown: list[int] = []
        self.player.exact_frame_shown.connect(shown.append)
        self.player.open(make_video(kind))
        screen.wait(lambda: bool(shown) and self.shown() == 0, 15)
        screen.pump(0.8)  # libvlc started and paused in the background

    def output(self) -> str:
        return self.player.output()

    def shown(self) -> int:
        if QUIET_WHILE_DECODING and self.player.exact_picture_pending():
            return -1  # not on screen yet: its decode is still running
        return Screen.frame(self.surface)

    def seek(self, ms: int) -> None:
        self.player.seek(ms)

    def counter(self) -> int:
        return self.player.frame_index()

    def close(self) -> None:
        self.player.release()
        self.surface.close()


class Raw:
    """libvlc alone: paused set_time to the time asked, drawing into a native window."""

    def __init__(self, screen: Screen, kind: str, view: tuple[int, int]) -> None:
        import vlc

        from rupture_annotator.media.vlc_instance import VLC_ARGS
        from tests.videos import make_video

        self.screen = screen
        self.window = QWidget()
        self.window.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.window.setStyleSheet("background: black")
        self.window.resize(*view)
        self.window.show()
        screen.pump(0.2)
        self.instance = vlc.Instance([*VLC_ARGS, "--aout=dummy"])
        self.player = self.instance.media_player_new()
        self.player.video_set_mouse_input(False)
        self.player.video_set_key_input(False)
        self.player.set_xwindow(int(self.window.winId()))
        self.player.set_media(self.instance.media_new_path(str(make_video(kind))))
        self.player.play()
        screen.wait(lambda: self.player.get_time() > 0 and self.shown() >= 0, 10)
        self.player.set_pause(1)
        screen.pump(0.3)
        self.player.set_time(0)
        screen.pump(0.8)

    def shown(self) -> int:
        return Screen.frame(self.window)

    def seek(self, ms: int) -> None:
        self.player.set_time(int(ms))

    def close(self) -> None:
        self.player.stop()
        self.player.release()
        self.instance.release()
        self.window.close()


def _frame_times(kind: str) -> tuple[list[float], float]:
    from rupture_annotator.media.probe import probe
    from tests.media.conftest import frame_times
    from tests.videos import make_video

    path = make_video(kind)
    return frame_times(path), float(probe(path).duration_ms)


def _containing(times: list[float], ms: float) -> int:
    return max(0, bisect.bisect_right(times, ms) - 1)


def _exact_positions(times: list[float], duration: float, seed: str) -> list[int]:
    """Random whole milliseconds and both edges of random frames; none in the last 2 s (paused
    there, libvlc stops following seeks until it plays, which would spoil the raw figures)."""
    rnd = random.Random(seed)
    end = duration - 2000
    last = bisect.bisect_left(times, end) - 1
    third = EXACT_PER_KIND // 3
    out = [rnd.randrange(0, int(end)) for _ in range(EXACT_PER_KIND - 2 * third)]
    for n in rnd.sample(range(1, last), third):
        out.append(math.ceil(times[n]))  # the first millisecond of frame n
    for n in rnd.sample(range(0, last), third):
        out.append(math.ceil(times[n + 1]) - 1)  # the last millisecond of frame n
    rnd.shuffle(out)
    return out


def exactness(screen: Screen) -> dict[str, Any]:
    by_kind: dict[str, dict[str, int]] = {}
    misses: list[list[Any]] = []
    for kind in EXACT_KINDS:
        from tests.videos import spec

        times, duration = _frame_times(kind)
        positions = _exact_positions(times, duration, kind)
        size = (spec(kind).width, spec(kind).height)
        row = {"seeks": len(positions), "ours": 0, "raw": 0, "counter": 0}
        ours = Ours(screen, kind, size)
        for ms in positions:
            expected = _containing(times, ms)
            ours.seek(ms)
            screen.pump(SETTLE_S)
            shown = ours.shown()
            row["ours"] += shown == expected
            row["counter"] += ours.counter() == shown
            if shown != expected:
                misses.append([kind, ms, expected, shown])
        ours.close()
        raw = Raw(screen, kind, size)
        for ms in positions:
            raw.seek(ms)
            screen.pump(SETTLE_S)
            row["raw"] += raw.shown() == _containing(times, ms)
        raw.close()
        by_kind[kind] = row
        print(f"   exact {kind}: {row}", file=sys.stderr, flush=True)
    return {"by_kind": by_kind, "misses": misses[:20]}


def _latency_targets(times: list[float], duration: float, n: int, seed: str) -> list[int]:
    rnd = random.Random(seed)
    return [rnd.randrange(0, int(duration - 2000)) for _ in range(n)]


def _scrub_rounds(duration: float, seed: str) -> list[list[int]]:
    """Drags of the playhead: 10 positions, each 100-600 ms further on."""
    rnd = random.Random(seed + "scrub")
    rounds = []
    for _ in range(SCRUB_ROUNDS):
        ms = rnd.randrange(0, int(duration - 6000))
        drag = []
        for _ in range(SCRUB_SEEKS):
            ms += rnd.randrange(100, 600)
            drag.append(ms)
        rounds.append(drag)
    return rounds


def _measure_seek(
    screen: Screen, who: Ours | Raw, ms: int, expected: int, exact: bool
) -> tuple[float | None, int]:
    """ms from the request to the frame painted on screen: the expected frame (ours), or the
    first new picture (raw: libvlc shows one picture per paused seek, right or wrong)."""
    before = who.shown()
    start = time.perf_counter()
    who.seek(ms)
    if exact:
        landed = screen.wait(lambda: who.shown() == expected, SEEK_TIMEOUT_S)
    else:
        landed = screen.wait(lambda: who.shown() not in (before, -1), 3.0)
    elapsed = (time.perf_counter() - start) * 1000
    return (elapsed if landed else None), who.shown()


def latency(screen: Screen, kind: str) -> dict[str, Any]:
    times, duration = _frame_times(kind)
    targets = _latency_targets(times, duration, LATENCY_SEEKS, kind)
    back_targets = _latency_targets(times, duration, LATENCY_SEEKS, kind + "back")
    rounds = _scrub_rounds(duration, kind)
    out: dict[str, Any] = {}
    for name, make, exact in (
        ("ours", lambda: Ours(screen, kind, LARGE_VIEW), True),
        ("raw", lambda: Raw(screen, kind, LARGE_VIEW), False),
    ):
        who = make()
        isolated: list[float] = []
        right = missed = 0
        for ms in targets:
            expected = _containing(times, ms)
            took, shown = _measure_seek(screen, who, ms, expected, exact)
            if took is None:
                missed += 1
            else:
                isolated.append(took)
            right += shown == expected
            screen.pump(IDLE_S)
        back: list[float] = []
        for ms in back_targets:  # other places (none decoded yet), no pause between
            took, _ = _measure_seek(screen, who, ms, _containing(times, ms), exact)
            if took is None:
                missed += 1
            else:
                back.append(took)
        scrub: list[float] = []
        scrub_exact = 0
        for drag in rounds:
            start = time.perf_counter()
            for i, ms in enumerate(drag):
                screen.pump(max(0.0, start + i * SCRUB_SPAN_S / SCRUB_SEEKS - time.perf_counter()))
                asked = time.perf_counter()
                who.seek(ms)
            expected = _containing(times, drag[-1])
            if exact:
                landed = screen.wait(lambda e=expected, w=who: w.shown() == e, SEEK_TIMEOUT_S)
                took = (time.perf_counter() - asked) * 1000
            else:
                took, landed = _settled(screen, who, asked)
            if landed:
                scrub.append(took)
            else:
                missed += 1
            scrub_exact += who.shown() == expected
            screen.pump(IDLE_S)
        who.close()
        out[name] = {
            "isolated": isolated,
            "isolated_exact": right / len(targets),
            "back_to_back": back,
            "scrub": scrub,
            "scrub_exact": scrub_exact / len(rounds),
            "missed": missed,
        }
        print(f"   latency {kind} {name}: done", file=sys.stderr, flush=True)
    out["keyframe_interval_s"] = _keyframe_interval(kind)
    return out


def _settled(screen: Screen, who: Ours | Raw, asked: float) -> tuple[float, bool]:
    """Raw libvlc after a drag: when its picture last changed after the last request (it marks
    no picture as final: quiet for 0.5 s counts as settled). False: no new picture at all."""
    last_change = asked
    shown = who.shown()
    end = asked + 3.0
    while time.perf_counter() < end and time.perf_counter() - last_change < 0.5:
        screen.pump(0.002)
        now = who.shown()
        if now != shown:
            shown, last_change = now, time.perf_counter()
    return (last_change - asked) * 1000, last_change > asked


def _keyframe_interval(kind: str) -> float:
    import av

    from tests.videos import make_video

    with av.open(str(make_video(kind))) as container:
        stream = container.streams.video[0]
        keys = sorted(
            float(p.pts * stream.time_base)
            for p in container.demux(stream)
            if p.is_keyframe and p.pts is not None
        )
    gaps = [b - a for a, b in itertools.pairwise(keys)]
    return max(gaps) if gaps else 0.0


def _hold_step(screen: Screen, ours: Ours, frames: int) -> tuple[list[float], int]:
    """A step key held down: a step every KEY_REPEAT_S (or when the last one's frame is shown,
    if later); ms from each step to its frame on screen, and the steps never shown."""
    took: list[float] = []
    missed = 0
    end = time.perf_counter() + STEP_HOLD_S
    while time.perf_counter() < end:
        start = time.perf_counter()
        ours.player.step(frames)
        expected = ours.counter()
        if screen.wait(lambda e=expected: ours.shown() == e, SEEK_TIMEOUT_S):
            took.append((time.perf_counter() - start) * 1000)
        else:
            missed += 1
        screen.pump(max(0.0, start + KEY_REPEAT_S - time.perf_counter()))
    return took, missed


def _drag(screen: Screen, ours: Ours, times: list[float], start_ms: int) -> dict[str, Any]:
    """The playhead dragged DRAG_SPAN_MS in DRAG_S: the different pictures shown on the way,
    and ms from the last position (the release) to its exact frame on screen."""
    moves = [start_ms + round(DRAG_SPAN_MS * (i + 1) / DRAG_MOVES) for i in range(DRAG_MOVES)]
    from tests.videos import qimage_pixels, read_frame_number

    seen: set[int] = set()
    before = ours.shown()
    begin = time.perf_counter()
    asked = begin
    painted = ours.surface.image()  # type: ignore[attr-defined]
    for i, ms in enumerate(moves):
        due = begin + i * DRAG_S / DRAG_MOVES
        while time.perf_counter() < due:
            screen.pump(0.002)
            # each new picture the surface paints, read once (not the screen every 2 ms, which
            # would keep this thread busy and slow the decoding it measures)
            image = ours.surface.image()  # type: ignore[attr-defined]
            if image is not None and image is not painted:
                painted = image
                seen.add(read_frame_number(qimage_pixels(image)))
        asked = time.perf_counter()
        ours.seek(ms)
    expected = _containing(times, moves[-1])
    landed = screen.wait(lambda: ours.shown() == expected, SEEK_TIMEOUT_S)
    release = (time.perf_counter() - asked) * 1000
    seen -= {before, -1, expected}
    return {"release_ms": release if landed else None, "pictures": len(seen), "moves": DRAG_MOVES}


def feel(screen: Screen) -> dict[str, Any]:
    """Frame steps with a key held down and a fast drag of the playhead, on a 1080p recording
    with keyframes seconds apart; the app as it is, and without cancelling stale decodes and
    showing keyframes while dragging (the previous method), in the same run."""
    from rupture_annotator.media import exact_frames

    times, duration = _frame_times(FEEL_KIND)
    rnd = random.Random("feel")
    out: dict[str, Any] = {}
    for name, switches in (("ours", True), ("previous", False)):
        exact_frames.CANCEL_STALE = exact_frames.PREVIEW_HURRIED = switches
        ours = Ours(screen, FEEL_KIND, LARGE_VIEW)
        steps: list[float] = []
        drags: list[dict[str, Any]] = []
        missed = 0
        for _ in range(FEEL_ROUNDS):
            at = rnd.randrange(1000, int(duration - DRAG_SPAN_MS - 3000))
            ours.seek(at)
            expected = _containing(times, at)
            screen.wait(lambda e=expected, o=ours: o.shown() == e, SEEK_TIMEOUT_S)
            screen.pump(IDLE_S)
            for frames in (1, -1):
                took, lost = _hold_step(screen, ours, frames)
                steps += took
                missed += lost
                screen.pump(IDLE_S)
            drags.append(_drag(screen, ours, times, ours.player.position_ms()))
            screen.pump(IDLE_S)
        ours.close()
        out[name] = {"steps": steps, "steps_missed": missed, "drags": drags}
        print(f"   feel {name}: done", file=sys.stderr, flush=True)
    exact_frames.CANCEL_STALE = exact_frames.PREVIEW_HURRIED = True
    out["keyframe_interval_s"] = _keyframe_interval(FEEL_KIND)
    return out


def rate_changes(screen: Screen) -> dict[str, Any]:
    """After each rate change while playing: ms until the playhead and the picture on screen
    agree within one frame (the playhead at most a frame outside the shown frame's interval)
    and stay so until the next change (None: not by then)."""
    from tests.videos import spec

    size = (spec(RATE_KIND).width, spec(RATE_KIND).height)
    ours = Ours(screen, RATE_KIND, size)
    player = ours.player
    period = 1000 / player.fps()
    first = player.first_frame_ms()
    player.seek(500)
    screen.pump(1.0)
    samples: list[tuple[float, bool]] = []

    def sample(ms: int) -> None:
        frame = ours.shown()
        if frame >= 0:
            begin = first + frame * period
            error = max(0.0, begin - ms, ms - begin - period)  # as playhead_error_max_ms
            samples.append((time.perf_counter(), error <= period))

    player.position_changed.connect(sample)
    player.play()
    screen.pump(1.5)
    settle: list[float | None] = []
    for rate in RATES:
        samples.clear()
        changed = time.perf_counter()
        player.set_rate(rate)
        screen.pump(RATE_HOLD_S)
        last_bad = max((t for t, ok in samples if not ok), default=changed)
        steady = [t for t, ok in samples if t > last_bad]
        settle.append((last_bad - changed) * 1000 if steady else None)
    player.pause()
    ours.close()
    return {"settle_ms": settle, "rates": list(RATES)}


def playhead(screen: Screen) -> dict[str, float]:
    from tests.videos import spec

    ours_worst = raw_worst = 0.0
    for kind in PLAY_KINDS:
        size = (spec(kind).width, spec(kind).height)
        ours = Ours(screen, kind, size)
        player = ours.player
        period = 1000 / player.fps()
        first = player.first_frame_ms()
        player.seek(3000)
        screen.pump(1.0)
        samples: list[tuple[float, int, int]] = []
        player.position_changed.connect(
            lambda ms, out=samples, o=ours: out.append((time.perf_counter(), ms, o.shown()))
        )
        start = time.perf_counter()
        player.play()
        screen.pump(PLAY_SECONDS)
        player.pause()
        ours.close()
        for t, ms, frame in samples:
            if t - start >= WARM_UP_S and frame >= 0:
                begin = first + frame * period
                ours_worst = max(ours_worst, begin - ms, ms - begin - period)
        raw = Raw(screen, kind, size)
        raw.seek(3000)
        screen.pump(1.0)
        start = time.perf_counter()
        raw.player.play()
        while time.perf_counter() - start < PLAY_SECONDS:
            screen.pump(1 / 60)
            ms, frame = raw.player.get_time(), raw.shown()
            if time.perf_counter() - start >= WARM_UP_S and frame >= 0:
                begin = first + frame * period
                raw_worst = max(raw_worst, begin - ms, ms - begin - period)
        raw.close()
    return {"ours": ours_worst, "raw": raw_worst}


def cpu(screen: Screen) -> dict[str, float]:
    ours = Ours(screen, "mp4_1080_gop2s", LARGE_VIEW)
    ours.player.play()
    screen.pump(0.5)
    ours_cpu = _cpu_percent(lambda: screen.pump(CPU_SECONDS))
    ours.close()
    raw = Raw(screen, "mp4_1080_gop2s", LARGE_VIEW)
    raw.player.play()
    screen.pump(0.5)
    raw_cpu = _cpu_percent(lambda: screen.pump(CPU_SECONDS))
    raw.close()
    return {"ours": ours_cpu, "raw": raw_cpu}


def _cpu_percent(during: Callable[[], object]) -> float:
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    during()
    after = resource.getrusage(resource.RUSAGE_SELF)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return 100 * used / (time.perf_counter() - start)


def main(parts: list[str]) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    app = QApplication.instance() or QApplication([])
    from rupture_annotator.ui import main_thread_gc

    main_thread_gc.install(app)  # as the app does
    screen = Screen(app)  # type: ignore[arg-type]
    from tests.videos import make_video

    for kind in {*EXACT_KINDS, *LATENCY_KINDS, *PLAY_KINDS}:
        make_video(kind)
    parts = parts or ["exact", "latency", "feel", "rate", "playhead", "cpu"]
    result: dict[str, Any] = {"platform": app.platformName()}
    probe = Ours(screen, "mp4", (320, 180))
    result["output"] = probe.output()
    probe.close()
    if "exact" in parts:
        result["exact"] = exactness(screen)
    if "latency" in parts:
        result["latency"] = {kind: latency(screen, kind) for kind in LATENCY_KINDS}
    if "feel" in parts:
        result["feel"] = feel(screen)
    if "rate" in parts:
        result["rate"] = rate_changes(screen)
    if "playhead" in parts:
        result["playhead"] = playhead(screen)
    if "cpu" in parts:
        result["cpu"] = cpu(screen)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
