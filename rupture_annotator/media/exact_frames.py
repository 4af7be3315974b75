"""The exact frame for a media time, decoded with PyAV on a worker thread.

Why not let libvlc show paused frames: libvlc has no frame-exact seek. After a paused
`set_time` it shows the first picture its decoder hands over once pre-rolling ends, and which
picture that is depends on the container (it ignores an MP4 edit list's composition offset),
on the B-frame structure around the target, and even on how many decoder threads run, i.e.
on the user's CPU: on the same file it lands from 5 frames early to 2 late. A fixed
correction cannot be right, and libvlc's frame callback carries no timestamp to verify
against. PyAV decodes with FFmpeg, which applies edit lists and gives every frame its
presentation timestamp, so the frame it returns for a time is, by construction, the frame
that contains that time. libvlc plays; paused pictures (after a seek, a step, a pause) come
from here.

Costs: a seek decodes from the keyframe before the target (non-reference frames well before
it are skipped); frames already decoded are cached, so stepping back and forth within a few
seconds is immediate, and a step forward decodes one frame. A target further on decodes on
from where the decoder is when no keyframe lies between (the keyframe before the target is
looked up on a second, demux-only opening of the file), which is the shorter way. A decode
that a newer request has made stale is dropped at the next frame (the decoder stays where it
got to, so a later request a little further on decodes on from there), and while requests
come faster than they are answered (the playhead dragged) each seek first shows the keyframe
it starts from, marked as a preview: the picture follows the drag, and the exact frame comes
when it stops.

While paused, a second decoder waits behind the playhead where "1 s back" (Left, or J) will
go (park): it is seeked and decoded up to a little before that place, with nothing shown and
nothing cached, and stops at once for any request. A request it can reach by decoding on is
served by it, and the decoder that was at the playhead becomes the one parked next. Without
it, a step back of a second into a long group of pictures decodes from the keyframe again.
"""

from __future__ import annotations

import bisect
import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORWARD_MS = 2500.0  # decode on rather than seek when the target is this little ahead
# what a seek costs beyond the frames it decodes (the decoder restarting, a keyframe instead
# of a predicted frame), in video decoded on: nearer keyframes are not worth a seek
SEEK_COST_MS = 200.0
FULL_DECODE_MS = 400.0  # before the target minus this, non-reference frames are skipped
CACHE_BYTES = 96 * 1024 * 1024
THREAD_TYPE = "AUTO"
# a decode a newer request has made stale is dropped; hurried seeks show their keyframe first
# (switches for the benchmarks, which measure the app with and without them)
CANCEL_STALE = True
PREVIEW_HURRIED = True
KEYFRAME_INDEX = True  # decode on or seek by where the keyframes are (else: by distance only)
PARK = True  # a second decoder waits where a jump back will go (else: park() does nothing)
PARK_BEFORE_MS = 300.0  # it waits this far before the place, so a few steps back still reach it
PARK_IDLE_S = 0.1  # parking starts once no request has come for this long (not between steps)


def ms_to_pts(ms: float, time_base: Fraction) -> int:
    """The last stream tick at or before media time ms, computed exactly.

    In floating point, 15261 ms / 1000 / (1/1000) is 15260.999…: truncated, a request for the
    first millisecond of a frame asked for the tick before it and showed the previous frame,
    while the frame counter (arithmetic on the frame rate) already named the new one.
    """
    return math.floor(Fraction(ms) / 1000 / Fraction(time_base))


@dataclass(frozen=True)
class FramePicture:
    """A decoded picture as 32-bit BGRA rows (QImage.Format_RGB32 on little-endian)."""

    request: int
    pts_ms: float  # presentation time of the frame shown
    asked_ms: float
    width: int
    height: int
    stride: int
    data: bytes
    preview: bool = False  # a nearby keyframe shown while a newer request is decoded


@dataclass(frozen=True)
class FrameFailure:
    request: int
    message: str


_PARK = 0  # the worker's job to park the spare decoder (requests are numbered from 1)


class _Superseded(Exception):
    """A newer request arrived while decoding: drop this one and serve that."""


class _Cache:
    """Decoded frames by presentation time, each covering [pts, pts + duration)."""

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._used = 0
        self._frames: OrderedDict[int, tuple[Any, int, int]] = OrderedDict()  # pts → f, dur, n
        self._keys: list[int] = []

    def add(self, frame: Any, duration: int) -> None:
        if frame.pts is None or frame.pts in self._frames:
            return
        size = sum(p.buffer_size for p in frame.planes)
        self._frames[frame.pts] = (frame, duration, size)
        bisect.insort(self._keys, frame.pts)
        self._used += size
        while self._used > self._budget and len(self._frames) > 1:
            pts, (_, _, old) = self._frames.popitem(last=False)
            self._keys.remove(pts)
            self._used -= old

    def find(self, pts: int) -> Any | None:
        i = bisect.bisect_right(self._keys, pts) - 1
        if i < 0:
            return None
        key = self._keys[i]
        frame, duration, _ = self._frames[key]
        if key + duration > pts:
            self._frames.move_to_end(key)
            return frame
        return None

    def clear(self) -> None:
        self._frames.clear()
        self._keys.clear()
        self._used = 0


class _Keyframes:
    """The keyframe at or before a time, from a second opening of the file used only to seek
    (the container's index: no decoding, one packet read)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._container: Any = None
        self._stream: Any = None
        self._failed = False

    def before(self, pts: int) -> int | None:
        """The presentation time of the keyframe a seek to pts starts decoding from; None when
        it cannot be told."""
        if self._failed:
            return None
        try:
            if self._container is None:
                import av

                self._container = av.open(str(self._path), metadata_errors="ignore")
                self._stream = self._container.streams.video[0]
            self._container.seek(pts, stream=self._stream, backward=True)
            for packet in self._container.demux(self._stream):
                if packet.pts is not None:
                    return int(packet.pts) if packet.is_keyframe else None
        except Exception as exc:  # an index that cannot be read: decide as without one
            log.debug("keyframe lookup in %s failed: %s", self._path, exc)
            self.close()
            self._failed = True
        return None

    def close(self) -> None:
        if self._container is not None:
            self._container.close()
            self._container = None


class _Decoder:
    """One opening of the file with its own decoder, and how far it has decoded."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.container: Any = None
        self.stream: Any = None
        self.frames: Iterator[Any] | None = None
        self.decoded_to: int | None = None  # pts of the newest frame out of the decoder
        self.skip_before: int | None = None  # non-reference frames before this are skipped
        self.period = 0  # nominal frame duration in stream units

    def open(self) -> None:
        if self.container is not None:
            return
        import av

        self.container = av.open(str(self.path), metadata_errors="ignore")
        self.stream = self.container.streams.video[0]
        self.stream.thread_type = THREAD_TYPE
        rate = self.stream.average_rate or self.stream.guessed_rate or 25
        self.period = max(1, round(1 / (float(rate) * self.stream.time_base)))

    def start(self, offset: int, skip_before: int) -> None:
        """Seek to the keyframe at or before offset; decode from there, skipping non-reference
        frames before skip_before."""
        self.container.seek(offset, stream=self.stream, backward=True)
        self.skip_before = skip_before
        self.frames = self._decode_packets()
        self.decoded_to = None

    def decodes_on_exactly(self, target: int, full: int) -> bool:
        """Decoding on reaches target's own frame, as exact as a seek would."""
        return not (
            self.frames is None
            or self.decoded_to is None
            or target < self.decoded_to
            # an abandoned seek stopped while non-reference frames were skipped: decoding on
            # is as exact as a seek only for targets at least as far as the abandoned one
            or (
                self.skip_before is not None
                and self.decoded_to < self.skip_before
                and target < self.skip_before + full
            )
        )

    def reset(self) -> None:
        self.frames = None
        self.decoded_to = None

    def close(self) -> None:
        self.reset()
        if self.container is not None:
            self.container.close()
            self.container = None

    def _decode_packets(self) -> Iterator[Any]:
        ctx = self.stream.codec_context
        for packet in self.container.demux(self.stream):
            skip = (
                self.skip_before is not None
                and packet.pts is not None
                and packet.pts < self.skip_before
            )
            ctx.skip_frame = "NONREF" if skip else "DEFAULT"
            yield from packet.decode()


class ExactFrames:
    """Answers 'show the frame at ms' requests; only the newest pending request is served.

    deliver is called on the worker thread with a FramePicture or FrameFailure.
    """

    def __init__(
        self,
        path: Path,
        deliver: Callable[[FramePicture | FrameFailure], None],
        *,
        max_size: tuple[int, int] = (1920, 1080),
        cache_bytes: int = CACHE_BYTES,
    ) -> None:
        self._path = Path(path)
        self._deliver = deliver
        self._max_size = max_size
        self._box: tuple[int, int] | None = None  # the size pictures are shown at (fit_to)
        self._cache = _Cache(cache_bytes)
        self._keyframes = _Keyframes(self._path)
        self._cond = threading.Condition()
        self._pending: tuple[int, float] | None = None
        self._next_id = 0
        self._busy = False  # the worker is decoding a request
        self._hurried = False  # the pending request came while another was unanswered
        self._closed = False
        self._main = _Decoder(self._path)  # at the playhead
        self._spare: _Decoder | None = None  # parked behind it, once asked to
        self._park_ms: float | None = None  # where to park, once PARK_IDLE_S have passed
        self._park_due = 0.0
        self._parks = 0  # park() and request() calls: a parking asked for earlier stops
        self._hurry: tuple[int, float] | None = None  # a hurried request being decoded
        self._preview: tuple[int, float] | None = None  # show the seek's first frame for it
        self._thread = threading.Thread(target=self._run, name="exact-frames", daemon=True)
        self._thread.start()

    def request(self, ms: float) -> int:
        with self._cond:
            self._next_id += 1
            self._park_ms = None  # the playhead moves: whoever asked to park asks again there
            self._parks += 1
            self._hurried = self._busy or self._pending is not None
            self._pending = (self._next_id, float(ms))
            self._cond.notify()
            return self._next_id

    def park(self, ms: float | None) -> None:
        """Have the second decoder wait where a request for ms is a short decode on (a jump
        back the user is likely to make next); None: stop parking (playing starts). Served
        after PARK_IDLE_S without a request, on the worker thread; a request stops it."""
        with self._cond:
            self._parks += 1
            self._park_ms = ms if PARK else None
            self._park_due = time.monotonic() + PARK_IDLE_S
            self._cond.notify()

    def parked_at(self) -> float | None:
        """Media ms of the newest frame the second decoder has decoded, None while none is
        parked or its parking stopped half-way (for tests)."""
        with self._cond:
            spare = self._spare
            if spare is None or spare.decoded_to is None or spare.frames is None:
                return None
            if spare.skip_before is not None and spare.decoded_to < spare.skip_before:
                return None
            return float(spare.decoded_to * spare.stream.time_base * 1000)

    def fit_to(self, width: int, height: int) -> None:
        """Make pictures no larger than this box (the device pixels they are shown in), keeping
        the aspect ratio; a larger frame is scaled down as it is converted. Converting a 1080p
        frame to BGRA at 960x540 rather than at full size took 1.6 instead of 9.8 ms, and the
        paint no longer scales it (measured on this project's 1080p test recording)."""
        with self._cond:
            self._box = (max(2, width), max(2, height))

    def picture_size(self, width: int, height: int) -> tuple[int, int]:
        """The size a frame of width x height is converted to now."""
        with self._cond:
            box = self._box
        mw, mh = self._max_size
        if box is not None:
            mw, mh = min(mw, box[0]), min(mh, box[1])
        if width <= mw and height <= mh:
            return width, height
        scale = min(mw / width, mh / height)
        return max(2, int(width * scale) // 2 * 2), max(2, int(height * scale) // 2 * 2)

    def close(self, timeout: float = 2.0) -> None:
        with self._cond:
            self._closed = True
            self._pending = None
            self._cond.notify()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    # -- worker ------------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            while True:
                with self._cond:
                    job = self._next_job()
                    if job is None:
                        return
                    request, ms = job
                    parks = self._parks
                    if request != _PARK:
                        self._busy = True
                    hurried, self._hurried = self._hurried, False
                if request == _PARK:
                    self._park(ms, parks)
                    continue
                try:
                    picture = self._picture(request, ms, hurried)
                except _Superseded:
                    continue  # the newer request is served next; the decoder stays where it is
                except Exception as exc:  # FFmpeg raises many kinds; all mean "cannot show it"
                    log.warning("cannot decode %s at %.0f ms: %s", self._path, ms, exc)
                    self._reset_decoder()
                    with self._cond:
                        self._busy = False
                    self._deliver(FrameFailure(request, "This frame cannot be decoded."))
                    continue
                with self._cond:
                    stale = self._closed
                    self._busy = False  # answered: the next request is not a hurried one
                if not stale:
                    self._deliver(picture)
        finally:
            self._keyframes.close()
            self._main.close()
            if self._spare is not None:
                self._spare.close()

    def _next_job(self) -> tuple[int, float] | None:
        """(request, ms) to answer, (_PARK, ms) to park, None to stop; waits for one. Called
        with the lock held."""
        while not self._closed:
            if self._pending is not None:
                job, self._pending = self._pending, None
                return job
            if self._park_ms is None:
                self._cond.wait()
                continue
            wait = self._park_due - time.monotonic()
            if wait <= 0:
                ms, self._park_ms = self._park_ms, None
                return _PARK, ms
            self._cond.wait(wait)
        return None

    def _park(self, ms: float, parks: int) -> None:
        """Decode the spare decoder up to PARK_BEFORE_MS before ms, unless it waits near enough
        already; stops where it got to when a request or another park() comes.
        Its frames are not cached: they would push out the frames around the playhead."""
        try:
            self._main.open()
            tb = self._main.stream.time_base
            # even when ms's frame is cached: steps back from there need a decoder there too
            target = ms_to_pts(ms, tb)
            at = ms_to_pts(max(0.0, ms - PARK_BEFORE_MS), tb)
            spare = self._spare_decoder()
            if (
                self._decodes_on_to(spare, target)
                and spare.decoded_to is not None
                and spare.decoded_to >= at - int(PARK_BEFORE_MS / 1000 / tb)
            ):
                return  # parked near enough already
            spare.start(at, skip_before=at)
            assert spare.frames is not None
            for frame in spare.frames:
                if frame.pts is None:
                    continue
                with self._cond:
                    spare.decoded_to = frame.pts
                    if self._closed or self._pending is not None or self._parks != parks:
                        return
                if frame.pts >= at:
                    return
            spare.reset()  # the end of the stream
        except Exception as exc:  # parking is only a head start: without it, requests seek
            log.debug("cannot park in %s at %.0f ms: %s", self._path, ms, exc)
            with self._cond:
                failed, self._spare = self._spare, None
            if failed is not None:
                failed.close()

    def _spare_decoder(self) -> _Decoder:
        spare = self._spare
        if spare is None:
            spare = _Decoder(self._path)
            spare.open()
            with self._cond:
                self._spare = spare
        return spare

    def _picture(self, request: int, ms: float, hurried: bool = False) -> FramePicture:
        """hurried: requests come faster than they are answered (the playhead is dragged):
        a seek shows the keyframe it starts from at once, then the exact frame."""
        self._main.open()
        target = ms_to_pts(ms, self._main.stream.time_base)
        frame = self._cache.find(target)
        if frame is None:
            self._hurry = (request, ms) if hurried and PREVIEW_HURRIED else None
            frame = self._decode_to(target)
        return self._to_picture(request, ms, frame)

    def _decode_to(self, target: int) -> Any:
        main, spare = self._main, self._spare
        if not self._decodes_on_to(main, target):
            if spare is None or not self._decodes_on_to(spare, target):
                return self._seek_to(target)
            # the parked decoder is nearer: it serves, and the other is parked next
            with self._cond:
                self._main, self._spare = spare, main
        self._preview = None
        main = self._main
        full = int(FULL_DECODE_MS / 1000 / main.stream.time_base)
        main.skip_before = max(main.skip_before or 0, target - full)
        frame = self._decode_forward(target)
        return frame if frame is not None else self._seek_to(target)

    def _decodes_on_to(self, decoder: _Decoder, target: int) -> bool:
        """Decoding on from where the decoder is reaches target's frame exactly, and sooner
        than a seek: no keyframe lies between, or one so near that restarting there saves less
        than a seek costs (a step onto a keyframe decodes on). Without the file's index: when
        the target is near."""
        tb = decoder.stream.time_base
        if not decoder.decodes_on_exactly(target, int(FULL_DECODE_MS / 1000 / tb)):
            return False
        assert decoder.decoded_to is not None
        seek_cost = int(SEEK_COST_MS / 1000 / tb)
        if target - decoder.decoded_to <= seek_cost:
            return True  # no keyframe between can save a seek's cost: steps read no index
        key = self._keyframes.before(target) if KEYFRAME_INDEX else None
        if key is None:
            return target <= decoder.decoded_to + int(FORWARD_MS / 1000 / tb)
        return key - decoder.decoded_to <= seek_cost

    def _seek_to(self, target: int) -> Any:
        main = self._main
        tb = main.stream.time_base
        back = 0.0
        for _attempt in range(6):
            offset = max(0, target - int(back / tb))
            main.start(offset, skip_before=target - int(FULL_DECODE_MS / 1000 / tb))
            self._preview = self._hurry
            frame = self._decode_forward(target, before_first=offset == 0)
            if frame is not None:
                return frame
            if offset == 0:
                break
            back = back * 2 + 1.0  # landed after the target: start further back
        raise RuntimeError(f"no frame at or before {target}")

    def _decode_forward(self, target: int, before_first: bool = False) -> Any | None:
        """Decode on until the frame containing target; None if decoding started after it.

        before_first: decoding starts at the beginning, so a target before the first frame
        (some containers start it a few ms in) gets the first frame.
        """
        main = self._main
        assert main.frames is not None
        previous = None
        for frame in main.frames:
            if frame.pts is None:
                continue
            duration = int(frame.duration or 0) or main.period
            self._cache.add(frame, duration)
            main.decoded_to = frame.pts
            if self._preview is not None and frame.pts + duration <= target:
                request, ms = self._preview
                self._preview = None
                self._deliver(replace(self._to_picture(request, ms, frame), preview=True))
            if self._closed or (CANCEL_STALE and self._pending is not None):
                raise _Superseded
            if frame.pts > target:
                if previous is not None:
                    return previous
                return frame if before_first else self._cache.find(target)
            if target < frame.pts + duration:
                return frame
            previous = frame
        # the end of the stream: the last frame stays on screen
        main.frames = None
        return previous if previous is not None else self._cache.find(target)

    def _reset_decoder(self) -> None:
        self._main.reset()
        if self._spare is not None:
            self._spare.reset()
        self._cache.clear()

    def _to_picture(self, request: int, ms: float, frame: Any) -> FramePicture:
        w, h = self.picture_size(frame.width, frame.height)
        rgb = frame.reformat(width=w, height=h, format="bgra")
        plane = rgb.planes[0]
        pts_ms = float(frame.pts * self._main.stream.time_base * 1000)
        return FramePicture(request, pts_ms, ms, w, h, plane.line_size, bytes(plane))
