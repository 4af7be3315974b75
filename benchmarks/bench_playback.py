"""Playback: exact seeks, seek latency, playhead accuracy and CPU, next to raw libvlc.

Measured in a process of its own (benchmarks/screen_session.py) with Qt on X11 under an Xvfb
started here, the player in its default output there ("window": libvlc draws into a native
child window, Qt paints the exact paused frames). "Shown" always means read back from the
screen: the X server's pixels where the video is, decoded from the frame-number strip every test
recording carries (tests/videos.py). The raw_* figures are libvlc alone, given the same
treatment: same arguments, a native window of the same size, paused set_time() to the same
times, the same waits, read off the screen the same way; get_time() as its playhead.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.harness import Figure, median, p95
from tests.e2e.installed import xvfb_screen

REPO = Path(__file__).resolve().parents[1]
SCREEN = "1920x1080x24"


def measure(parts: list[str] | None = None) -> dict[str, Any]:
    with xvfb_screen(SCREEN) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.screen_session", *(parts or [])],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
            timeout=1800,
            check=True,
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    from benchmarks import screen_session as s
    from rupture_annotator.media import exact_frames

    seen = measure()
    assert seen["platform"] == "xcb" and seen["output"] == "window", seen
    rows = seen["exact"]["by_kind"]
    seeks = sum(r["seeks"] for r in rows.values())
    ours_exact = sum(r["ours"] for r in rows.values()) / seeks
    raw_exact = sum(r["raw"] for r in rows.values()) / seeks
    constant = {k: r for k, r in rows.items() if k != "vfr"}
    counter = sum(r["counter"] for r in constant.values()) / sum(
        r["seeks"] for r in constant.values()
    )
    per_kind = ", ".join(f"{k} {r['ours']}/{r['seeks']}" for k, r in rows.items())
    raw_per_kind = ", ".join(f"{k} {r['raw']}/{r['seeks']}" for k, r in rows.items())
    how_exact = (
        f"{seeks} paused seeks to random ms, a third the first and a third the last ms of a "
        f"frame; read off the screen {s.SETTLE_S * 1000:.0f} ms after the request; exact = the "
        f"frame whose presentation interval contains the time; window output; {per_kind}"
    )
    gop2, gopd = seen["latency"]["mp4_1080_gop2s"], seen["latency"]["mp4_1080"]
    keyint = gopd["keyframe_interval_s"]
    base = (
        "request to the target frame painted on screen (Xvfb, read back from the X server "
        "every ~1 ms), window output, 1920x1080 H.264 shown at 960x540"
    )
    iso = (
        f"{base}, {_fps('mp4_1080_gop2s')} fps, keyframe every 2 s; {s.LATENCY_SEEKS} seeks to "
        f"random ms, {s.IDLE_S:g} s apart"
    )
    iso_d = (
        f"as above, {_fps('mp4_1080')} fps, x264's default keyframe interval (longest gap "
        f"{keyint:g} s); "
        f"{s.LATENCY_SEEKS} seeks, {s.IDLE_S:g} s apart; back-to-back median "
        f"{median(gopd['ours']['back_to_back']):.0f} ms; scrub median "
        f"{_med(gopd['ours']['scrub']):.0f} ms, last frame exact "
        f"{gopd['ours']['scrub_exact']:.0%}"
    )
    b2b = f"as above; {s.LATENCY_SEEKS} other seeks, each as soon as the last one's frame is shown"
    scrub = (
        f"as above; {s.SCRUB_ROUNDS} drags of {s.SCRUB_SEEKS} seeks within "
        f"{s.SCRUB_SPAN_S:g} s: the last request to its exact frame on screen"
    )
    raw_note = "the same seeks: libvlc's first new picture on screen, right frame or not"
    raw_scrub = (
        "last request to libvlc's last new picture (quiet 0.5 s); "
        f"final frame exact {gop2['raw']['scrub_exact']:.0%}"
    )
    misses = gop2["ours"]["missed"] + gopd["ours"]["missed"]
    if misses:
        iso += f"; {misses} seeks never showed their frame within {s.SEEK_TIMEOUT_S:g} s"
    feel = seen["feel"]
    step_note = (
        f"'.' then ',' held down {s.STEP_HOLD_S:g} s each at {1 / s.KEY_REPEAT_S:.0f} steps a "
        f"second (or as each frame shows), {s.FEEL_ROUNDS} places; 1920x1080 H.264, keyframes "
        f"up to {feel['keyframe_interval_s']:g} s apart; each step to its frame on screen"
    )
    drag_note = (
        f"the playhead dragged {s.DRAG_SPAN_MS / 1000:g} s in {s.DRAG_S:g} s "
        f"({s.DRAG_MOVES} positions), {s.FEEL_ROUNDS} drags, same file: release to its exact "
        "frame on screen"
    )
    for who in ("ours", "previous"):
        drags = feel[who]["drags"]
        feel[who]["release"] = [d["release_ms"] for d in drags if d["release_ms"] is not None]
        feel[who]["pictures"] = sum(d["pictures"] for d in drags) / len(drags)
    ours_f, prev_f = feel["ours"], feel["previous"]
    drag_note += (
        f"; different pictures shown during a drag: {ours_f['pictures']:.1f} on average; "
        f"without dropping stale decodes and keyframe previews: release median "
        f"{_med(prev_f['release']):.0f} ms, max {max(prev_f['release'], default=float('nan')):.0f}"
        f" ms, {prev_f['pictures']:.1f} pictures"
    )
    step_note += (
        f"; frames kept decoded around the playhead: at most "
        f"{exact_frames.CACHE_BYTES / 2**20:.0f} MB; previous method p95 "
        f"{p95(prev_f['steps']):.1f} ms"
    )
    if ours_f["steps_missed"]:
        step_note += f"; {ours_f['steps_missed']} steps never showed their frame"
    rate = seen["rate"]
    settled = [v for v in rate["settle_ms"] if v is not None]
    unsettled = len(rate["settle_ms"]) - len(settled)
    worst = s.RATE_HOLD_S * 1000 if unsettled else max(settled, default=float("nan"))
    steps = ", ".join(
        f"{a:g}→{b:g} {'never' if v is None else f'{v:.0f}'}"
        for a, b, v in zip((1.0, *rate["rates"]), rate["rates"], rate["settle_ms"], strict=False)
    )
    rate_note = (
        f"while playing {s.RATE_KIND} (25 fps, window output), the rate changed every "
        f"{s.RATE_HOLD_S:g} s: the longest wait until playhead and picture on screen agree within "
        f"one frame and stay so; ms by change: {steps}"
    )
    if unsettled:
        rate_note += f"; {unsettled} never settled within {s.RATE_HOLD_S:g} s (counted as that)"
    play = seen["playhead"]
    cpu = seen["cpu"]
    full = exact_frames.FULL_DECODE_MS
    floor_note = (
        f"PyAV alone, no window: the same {s.LATENCY_SEEKS} seeks {s.IDLE_S:g} s apart, "
        "container.seek to the "
        f"keyframe before, frame threads, non-reference frames skipped until {full:g} ms before "
        "the target (as the app's decoder), until the target frame is decoded (not converted, "
        "not painted): what an exact seek costs on this machine before any display"
    )
    floor = {kind: decode_floor(kind) for kind in s.LATENCY_KINDS}
    forward = forward_jumps("mp4_1080")
    back = back_jumps("mp4_1080")
    back_note = (
        f"'1 s back' pressed {BACK_JUMPS} times while paused, {s.IDLE_S:g} s apart, from "
        f"{JUMP_ROUNDS} places, 1080p30 with x264's default keyframe interval: request to the "
        "picture handed to the GUI thread (decoded, converted at 960x540; not painted), the "
        "app's decoder (a spare decoder parked a second back from each paused frame); "
        f"without parking median {median(back['previous']):.0f} ms, p95 "
        f"{p95(back['previous']):.0f} ms, in the same run"
    )
    forward_note = (
        f"'5 s forward' pressed {FORWARD_JUMPS} times while paused, from {JUMP_ROUNDS} "
        "places, 1080p with x264's default keyframe interval: request to the picture handed "
        "to the GUI thread (decoded, converted at 960x540; not painted), the app's decoder "
        "(decodes on when no keyframe lies between, seeks when one does); previous rule "
        f"(decode on within 2.5 s, else seek) median {median(forward['previous']):.0f} ms, "
        f"p95 {p95(forward['previous']):.0f} ms, in the same run"
    )
    return [
        Figure("seek_exact_ratio", ours_exact, "ratio", 1.0, True, how_exact),
        Figure("raw_seek_exact_ratio", raw_exact, "ratio", note=f"libvlc; {raw_per_kind}"),
        Figure(
            "seek_counter_agrees_ratio",
            counter,
            "ratio",
            1.0,
            True,
            "the same seeks minus the variable-frame-rate file: frame counter (position → "
            "frame number) names the frame on screen",
        ),
        Figure("seek_latency_median_ms", median(gop2["ours"]["isolated"]), "ms", 80, note=iso),
        Figure("seek_latency_p95_ms", p95(gop2["ours"]["isolated"]), "ms", note="as above"),
        Figure("raw_seek_latency_median_ms", median(gop2["raw"]["isolated"]), "ms", note=raw_note),
        Figure("raw_seek_latency_p95_ms", p95(gop2["raw"]["isolated"]), "ms", note=raw_note),
        Figure(
            "seek_latency_back_to_back_median_ms",
            median(gop2["ours"]["back_to_back"]),
            "ms",
            note=b2b,
        ),
        Figure("seek_latency_back_to_back_p95_ms", p95(gop2["ours"]["back_to_back"]), "ms"),
        Figure(
            "raw_seek_latency_back_to_back_median_ms",
            median(gop2["raw"]["back_to_back"]),
            "ms",
            note=raw_note,
        ),
        Figure("scrub_settle_median_ms", _med(gop2["ours"]["scrub"]), "ms", note=scrub),
        Figure(
            "scrub_exact_ratio",
            (gop2["ours"]["scrub_exact"] + gopd["ours"]["scrub_exact"]) / 2,
            "ratio",
            1.0,
            True,
            "the last seek of each drag shows its exact frame (both keyframe intervals)",
        ),
        Figure("raw_scrub_settle_median_ms", _med(gop2["raw"]["scrub"]), "ms", note=raw_scrub),
        Figure(
            "seek_latency_gop_default_median_ms",
            median(gopd["ours"]["isolated"]),
            "ms",
            150,
            note=iso_d,
        ),
        Figure("seek_latency_gop_default_p95_ms", p95(gopd["ours"]["isolated"]), "ms", 300),
        Figure(
            "raw_seek_latency_gop_default_median_ms",
            median(gopd["raw"]["isolated"]),
            "ms",
            note=raw_note,
        ),
        Figure("raw_seek_latency_gop_default_p95_ms", p95(gopd["raw"]["isolated"]), "ms"),
        Figure(
            "floor_seek_latency_median_ms",
            median(floor["mp4_1080_gop2s"]),
            "ms",
            note=f"keyframe every 2 s; {floor_note}",
        ),
        Figure(
            "floor_seek_latency_gop_default_median_ms",
            median(floor["mp4_1080"]),
            "ms",
            note=f"x264's default keyframe interval; {floor_note}",
        ),
        Figure(
            "floor_seek_latency_gop_default_p95_ms", p95(floor["mp4_1080"]), "ms", note="as above"
        ),
        Figure("seek_forward_5s_median_ms", median(forward["ours"]), "ms", note=forward_note),
        Figure("seek_forward_5s_p95_ms", p95(forward["ours"]), "ms", note="as above"),
        Figure("seek_back_1s_median_ms", median(back["ours"]), "ms", note=back_note),
        Figure("seek_back_1s_p95_ms", p95(back["ours"]), "ms", note="as above"),
        Figure("step_latency_p95_ms", p95(ours_f["steps"]), "ms", 40, note=step_note),
        Figure("step_latency_median_ms", median(ours_f["steps"]), "ms", note="as above"),
        Figure("scrub_last_frame_ms", _med(ours_f["release"]), "ms", 200, note=drag_note),
        Figure("scrub_last_frame_max_ms", max(ours_f["release"], default=float("nan")), "ms"),
        Figure("rate_change_settle_ms", worst, "ms", 300, note=rate_note),
        Figure(
            "playhead_error_max_ms",
            play["ours"],
            "ms",
            40,
            note=f"25 fps, window output, picture read off the screen; after {s.WARM_UP_S:g} s of play",
        ),
        Figure("raw_playhead_error_max_ms", play["raw"], "ms", note="get_time() as the playhead"),
        Figure(
            "play_cpu_percent_1080p",
            cpu["ours"],
            "%",
            note="one core = 100; this process only (the X server's share not counted); window output at 960x540",
        ),
        Figure("raw_play_cpu_percent_1080p", cpu["raw"], "%", note="libvlc into a native window"),
    ]


def decode_floor(kind: str) -> list[float]:
    """ms from container.seek to the target frame decoded, PyAV alone, for the latency figures'
    isolated seeks: the least any exact seek on this machine can take for them. Paced as they
    are (IDLE_S apart): a seek after a pause took ~4 ms longer than one straight after another
    (median of 6 runs of the 2 s keyframe file: 68.9 vs 64.5 ms)."""
    import time

    import av

    from benchmarks import screen_session as s
    from rupture_annotator.media import exact_frames
    from tests.videos import make_video

    times, duration = s._frame_times(kind)
    targets = s._latency_targets(times, duration, s.LATENCY_SEEKS, kind)
    took: list[float] = []
    with av.open(str(make_video(kind))) as container:
        stream = container.streams.video[0]
        stream.thread_type = exact_frames.THREAD_TYPE
        context = stream.codec_context
        rate = stream.average_rate or stream.guessed_rate or 25
        period = max(1, round(1 / (float(rate) * stream.time_base)))
        full = exact_frames.FULL_DECODE_MS
        for ms in targets:
            time.sleep(s.IDLE_S)
            start = time.perf_counter()
            target = exact_frames.ms_to_pts(ms, stream.time_base)
            skip_before = exact_frames.ms_to_pts(max(0.0, ms - full), stream.time_base)
            container.seek(target, stream=stream, backward=True)
            found = False
            for packet in container.demux(stream):
                late = packet.pts is None or packet.pts >= skip_before
                context.skip_frame = "DEFAULT" if late else "NONREF"
                for frame in packet.decode():
                    length = int(frame.duration or 0) or period
                    if frame.pts is not None and frame.pts + length > target:
                        found = True
                        break
                if found:
                    break
            took.append((time.perf_counter() - start) * 1000)
    return took


JUMP_ROUNDS = 8
FORWARD_JUMPS = 3
FORWARD_MS = 5000  # the "5 s forward" key


def forward_jumps(kind: str) -> dict[str, list[float]]:
    """ "5 s forward" pressed 3 times while paused, from 8 random places (_paused_jumps); the
    previous rule: decode on only within 2.5 s, else seek."""
    return _paused_jumps(
        kind,
        "forward",
        "KEYFRAME_INDEX",
        [FORWARD_MS * j for j in range(1, FORWARD_JUMPS + 1)],
        park=False,
    )


BACK_JUMPS = 3


def back_jumps(kind: str) -> dict[str, list[float]]:
    """ "1 s back" (Left) pressed 3 times while paused, 1 s apart, from 8 random places, as the
    player asks: each picture shown, the spare decoder is parked a second back
    (_paused_jumps); the previous method: no parking."""
    from rupture_annotator.media.vlc_player import PARK_BACK_MS

    return _paused_jumps(
        kind,
        "back",
        "PARK",
        [-PARK_BACK_MS * j for j in range(1, BACK_JUMPS + 1)],
        park=True,
    )


def _paused_jumps(
    kind: str, seed: str, switch: str, offsets: list[int], park: bool
) -> dict[str, list[float]]:
    """ms from each request to its picture handed over (decoded and converted at 960x540, not
    painted), for jumps (to these offsets from the start, in turn) while paused from
    JUMP_ROUNDS random places; the app's decoder, and the same with exact_frames.<switch>
    off (the previous method), alternating which goes first, a fresh decoder for each. park:
    before each jump, the spare decoder is parked where it goes and the user looks IDLE_S."""
    import queue
    import random
    import time

    from benchmarks import screen_session as s
    from rupture_annotator.media import exact_frames
    from tests.videos import make_video

    path = make_video(kind)
    _, duration = s._frame_times(kind)
    rnd = random.Random(kind + seed)
    before, after = max(0, -min(offsets)), max(0, *offsets)
    out: dict[str, list[float]] = {"ours": [], "previous": []}
    for n in range(JUMP_ROUNDS):
        start = rnd.randrange(before, int(duration - 1000 - after))
        order = ("ours", "previous") if n % 2 == 0 else ("previous", "ours")
        for who in order:
            setattr(exact_frames, switch, who == "ours")
            pictures: queue.Queue[object] = queue.Queue()
            exact = exact_frames.ExactFrames(path, pictures.put)
            exact.fit_to(*s.LARGE_VIEW)
            try:
                exact.request(start)
                pictures.get(timeout=30)
                for offset in offsets:
                    if park:
                        exact.park(start + offset)
                        time.sleep(s.IDLE_S)
                    asked = time.perf_counter()
                    exact.request(start + offset)
                    picture = pictures.get(timeout=30)
                    assert isinstance(picture, exact_frames.FramePicture), picture
                    out[who].append((time.perf_counter() - asked) * 1000)
            finally:
                exact.close()
                setattr(exact_frames, switch, True)
    return out


def _fps(kind: str) -> str:
    from tests.videos import spec

    return f"{float(spec(kind).fps):g}"


def _med(values: list[float]) -> float:
    return median(values) if values else float("nan")
