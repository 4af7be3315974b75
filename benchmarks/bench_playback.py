"""Playback: exact seeks, seek latency, playhead accuracy and CPU, next to raw libvlc.

Every figure is measured on generated recordings whose frames carry their number in a strip
(tests/videos.py), so "the frame shown" is read from the picture itself. The raw_* figures
are libvlc alone, used the usual way: a paused set_time() to the middle of the frame, and
get_time() as the playhead.
"""

from __future__ import annotations

import os
import random
import resource
import time
from collections.abc import Callable

from benchmarks.harness import Figure, median, p95

KINDS = ("mp4", "mp4_bframes", "mkv", "webm")
SEEKS_PER_KIND = 20
LATENCY_SEEKS = 20
PLAY_SECONDS = 4.0
WARM_UP_S = 0.3
CPU_SECONDS = 5.0
VLC_ARGS = ("--aout=dummy", "--no-osd", "--quiet", "--no-xlib")


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    bench = _Bench(app)
    ours_exact, raw_exact = bench.exactness()
    ours_lat, raw_lat = bench.latency("mp4_1080_gop2s")
    ours_lat10, raw_lat10 = bench.latency("mp4_1080", seeks=12)
    ours_err, raw_err = bench.playhead()
    ours_cpu = bench.cpu_ours()
    raw_cpu = bench.cpu_raw()
    gop = "1920x1080 H.264, keyframe every 2 s"
    gop10 = "1920x1080 H.264, x264 default keyframe every 10 s"
    return [
        Figure("seek_exact_ratio", ours_exact, "ratio", 1.0, True, "MP4, MP4 B-frames, MKV, WebM"),
        Figure("raw_seek_exact_ratio", raw_exact, "ratio", note="libvlc paused set_time"),
        Figure("seek_latency_median_ms", median(ours_lat), "ms", 150, note=gop),
        Figure("seek_latency_p95_ms", p95(ours_lat), "ms", note=gop),
        Figure("raw_seek_latency_median_ms", median(raw_lat), "ms", note="any frame, maybe wrong"),
        Figure("raw_seek_latency_p95_ms", p95(raw_lat), "ms"),
        Figure("seek_latency_gop10s_median_ms", median(ours_lat10), "ms", note=gop10),
        Figure("seek_latency_gop10s_p95_ms", p95(ours_lat10), "ms", note=gop10),
        Figure("raw_seek_latency_gop10s_median_ms", median(raw_lat10), "ms"),
        Figure("playhead_error_max_ms", ours_err, "ms", 40, note="25 fps; after 0.3 s of play"),
        Figure("raw_playhead_error_max_ms", raw_err, "ms", note="get_time() as the playhead"),
        Figure("play_cpu_percent_1080p", ours_cpu, "%", note="one core = 100; painted by Qt"),
        Figure("raw_play_cpu_percent_1080p", raw_cpu, "%", note="libvlc callbacks, no painting"),
    ]


class _Bench:
    def __init__(self, app: object) -> None:
        from tests.videos import make_video

        self.app = app
        for kind in (*KINDS, "mp4_1080_gop2s", "mp4_1080"):
            make_video(kind)

    # -- helpers -------------------------------------------------------------------------
    def wait(self, condition: Callable[[], bool], timeout: float) -> bool:
        end = time.monotonic() + timeout
        while not condition() and time.monotonic() < end:
            self.app.processEvents()  # type: ignore[attr-defined]
            time.sleep(0.002)
        return condition()

    def player(self, kind: str) -> object:
        from rupture_annotator.media.vlc_player import VlcPlayer
        from tests.videos import make_video

        player = VlcPlayer(vlc_args=("--aout=dummy",), output="callbacks")
        shown: list[int] = []
        player.exact_frame_shown.connect(shown.append)
        player.open(make_video(kind))
        self.wait(lambda: bool(shown), 15)
        self.wait(lambda: False, 0.5)
        return player

    def raw(self, kind: str) -> _RawVlc:
        return _RawVlc(kind)

    # -- figures -------------------------------------------------------------------------
    def exactness(self) -> tuple[float, float]:
        from tests.media.conftest import frame_times, shown_frame
        from tests.videos import make_video

        ours = raw = total = 0
        for kind in KINDS:
            times = frame_times(make_video(kind))
            frames = _random_frames(times, SEEKS_PER_KIND, kind)
            player = self.player(kind)
            for frame in frames:
                player.seek(int(_middle(times, frame)))  # type: ignore[attr-defined]
                self.wait(lambda p=player, f=frame: shown_frame(p) == f, 3)  # type: ignore[misc]
                ours += shown_frame(player) == frame  # type: ignore[arg-type]
            player.release()  # type: ignore[attr-defined]
            with self.raw(kind) as vlc:
                for frame in frames:
                    raw += vlc.seek(_middle(times, frame)) == frame
            total += len(frames)
        return ours / total, raw / total

    def latency(self, kind: str, seeks: int = LATENCY_SEEKS) -> tuple[list[float], list[float]]:
        from tests.media.conftest import frame_times
        from tests.videos import make_video

        times = frame_times(make_video(kind))
        frames = _random_frames(times, seeks, kind)
        player = self.player(kind)
        shown: list[int] = []
        player.exact_frame_shown.connect(shown.append)  # type: ignore[attr-defined]
        ours = []
        for frame in frames:
            shown.clear()
            start = time.perf_counter()
            player.seek(int(_middle(times, frame)))  # type: ignore[attr-defined]
            if self.wait(lambda f=frame: f in shown, 10):
                ours.append((time.perf_counter() - start) * 1000)
            # a coder looks at the frame before the next seek; meanwhile libvlc follows
            self.wait(lambda: False, 1.0)
        player.release()  # type: ignore[attr-defined]
        raw = []
        with self.raw(kind) as vlc:
            for frame in frames:
                start = time.perf_counter()
                vlc.seek(_middle(times, frame), settle=0.0)
                raw.append((time.perf_counter() - start) * 1000)
        return ours, raw

    def playhead(self) -> tuple[float, float]:
        from tests.media.conftest import shown_frame

        ours_worst = raw_worst = 0.0
        for kind in ("mp4_bframes", "mkv", "webm"):
            player = self.player(kind)
            period = 1000 / player.fps()  # type: ignore[attr-defined]
            first = player.first_frame_ms()  # type: ignore[attr-defined]
            player.seek(3000)  # type: ignore[attr-defined]
            self.wait(lambda: False, 1.0)  # a coder looks at the frame before playing on
            samples: list[tuple[float, int, int, int | None]] = []
            player.position_changed.connect(  # type: ignore[attr-defined]
                lambda ms, p=player, out=samples: out.append(
                    (time.monotonic(), ms, p.backend_time_ms(), shown_frame(p))
                )
            )
            start = time.monotonic()
            player.play()  # type: ignore[attr-defined]
            self.wait(lambda: False, PLAY_SECONDS)
            player.release()  # type: ignore[attr-defined]
            for t, ms, backend, frame in samples:
                if t - start < WARM_UP_S or frame is None:
                    continue
                begin = first + frame * period
                ours_worst = max(ours_worst, begin - ms, ms - begin - period)
                raw_worst = max(raw_worst, begin - backend, backend - begin - period)
        return ours_worst, raw_worst

    def cpu_ours(self) -> float:
        player = self.player("mp4_1080_gop2s")
        surface = player.video_widget()  # type: ignore[attr-defined]
        surface.resize(960, 540)
        surface.show()
        player.play()  # type: ignore[attr-defined]
        self.wait(lambda: False, 0.5)
        cpu = _cpu_percent(lambda: self.wait(lambda: False, CPU_SECONDS))
        player.release()  # type: ignore[attr-defined]
        surface.close()
        return cpu

    def cpu_raw(self) -> float:
        with self.raw("mp4_1080_gop2s") as vlc:
            vlc.player.play()
            time.sleep(0.5)
            return _cpu_percent(lambda: time.sleep(CPU_SECONDS))


def _random_frames(times: list[float], n: int, seed: str) -> list[int]:
    """Random frames, none in the last 2 s: a paused libvlc seeked there stops following seeks
    until it plays again, which would spoil every raw figure after it."""
    rnd = random.Random(seed)
    last = len(times) - 1 - round(2000 * len(times) / times[-1])
    return [rnd.randrange(0, last) for _ in range(n)]


def _middle(times: list[float], frame: int) -> float:
    return (times[frame] + times[frame + 1]) / 2


def _cpu_percent(during: Callable[[], object]) -> float:
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    during()
    after = resource.getrusage(resource.RUSAGE_SELF)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return 100 * used / (time.perf_counter() - start)


class _RawVlc:
    """libvlc alone, paused seeks by set_time, pictures through its callbacks."""

    def __init__(self, kind: str) -> None:
        import vlc

        from rupture_annotator.media.vlc_frames import VideoFrames
        from tests.videos import make_video, spec

        size = spec(kind)
        self.instance = vlc.Instance(list(VLC_ARGS))
        self.player = self.instance.media_player_new()
        self.frames = VideoFrames(size.width, size.height)
        self.frames.attach(self.player)
        self.player.set_media(self.instance.media_new_path(str(make_video(kind))))
        self.player.play()
        end = time.monotonic() + 10
        while self.frames.sequence() == 0 and time.monotonic() < end:
            time.sleep(0.01)
        self.player.set_pause(1)
        time.sleep(0.5)

    def __enter__(self) -> _RawVlc:
        return self

    def __exit__(self, *exc: object) -> None:
        self.player.stop()
        self.player.release()
        self.instance.release()

    def shown(self) -> int:
        import numpy as np

        from tests.videos import read_frame_number

        data = self.frames.peek()
        if data is None:
            return -1
        f = self.frames
        pixels = np.frombuffer(data, dtype=np.uint8).reshape(f.height, f.width, 4)
        return read_frame_number(pixels)

    def seek(self, ms: float, settle: float = 0.15) -> int:
        """Paused set_time; waits for a new picture (at most 3 s), returns its frame."""
        before = self.shown()
        self.player.set_time(int(ms))
        end = time.monotonic() + 3
        while self.shown() == before and time.monotonic() < end:
            time.sleep(0.002)
        if settle:
            time.sleep(settle)
        return self.shown()
