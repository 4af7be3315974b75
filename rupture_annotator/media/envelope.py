"""The loudness envelope of a recording's sound, decoded once with PyAV.

Only the audio stream is decoded (video packets are read past, never decoded). Samples are
squared and summed per 10 ms in chunks of a few seconds, so the Python work per audio frame is a
list append: a 3-hour AAC session takes a few seconds on one core.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from rupture_annotator.domain.sound import STEP_MS, Envelope

Progress = Callable[[int, int, str], None]
CHUNK_S = 8  # seconds of sound squared and summed at once


class EnvelopeError(ValueError):
    """The recording's sound cannot be read; one sentence for the user."""


def compute_envelope(path: Path, progress: Progress | None = None) -> Envelope:
    """The RMS level of every 10 ms of the recording's first audio stream. Raises
    EnvelopeError (no sound, unreadable); progress(done_ms, total_ms, what) may raise to stop."""
    import av  # deferred: a heavy import

    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, OSError) as exc:
        raise EnvelopeError(f"{Path(path).name}: its sound cannot be read ({exc}).") from exc
    with container:
        if not container.streams.audio:
            raise EnvelopeError(f"{Path(path).name} has no sound.")
        stream = container.streams.audio[0]
        rate = stream.rate or stream.codec_context.sample_rate
        if not rate:
            raise EnvelopeError(f"{Path(path).name}: its sound has no sample rate.")
        total_ms = int(container.duration / 1000) if container.duration else 0
        window = rate * STEP_MS / 1000  # samples per envelope value (may be fractional)
        summer = _WindowSums(window)
        pending: list[npt.NDArray[Any]] = []
        pending_n = 0
        start_s: float | None = None
        planar, channels = True, 1
        try:
            for frame in container.decode(stream):
                samples = frame.to_ndarray()
                if start_s is None:
                    start_s = max(0.0, float(frame.time or 0.0))
                    summer.skip(round(start_s * rate))  # sound starting late: silence before
                    planar, channels = frame.format.is_planar, len(frame.layout.channels)
                pending.append(samples)
                pending_n += frame.samples
                if pending_n >= CHUNK_S * rate:
                    summer.add(_power(np.concatenate(pending, axis=-1), planar, channels))
                    pending, pending_n = [], 0
                    if progress is not None:
                        progress(int(summer.samples * 1000 / rate), total_ms, "Reading the sound")
        except av.error.FFmpegError as exc:
            raise EnvelopeError(f"{Path(path).name}: its sound cannot be decoded ({exc}).") from exc
        if pending:
            summer.add(_power(np.concatenate(pending, axis=-1), planar, channels))
    return Envelope(summer.finish(), STEP_MS)


def _power(samples: npt.NDArray[Any], planar: bool, channels: int) -> npt.NDArray[np.float64]:
    """Mean square over the channels per sample, full scale = 1."""
    data: npt.NDArray[np.float32] = samples.astype(np.float32)
    kind = samples.dtype.kind
    if kind in "iu":
        full = float(np.iinfo(samples.dtype).max) + 1
        data = (data - full / 2) / (full / 2) if kind == "u" else data / full
    data *= data
    if planar and data.ndim > 1 and len(data) > 1:
        mean: npt.NDArray[np.float32] = data.mean(axis=0)
    elif planar:
        mean = data.reshape(-1)
    else:
        flat = data.reshape(-1)
        channels = max(1, channels)
        mean = flat[: len(flat) // channels * channels].reshape(-1, channels).mean(axis=1)
    return mean.astype(np.float64)


class _WindowSums:
    """Running sums of squares into windows of a (possibly fractional) number of samples."""

    def __init__(self, window: float) -> None:
        self.window = window
        self.samples = 0  # samples seen so far, including skipped ones
        self._carry = np.zeros(0)
        self._carry_start = 0
        self._out: list[npt.NDArray[np.float32]] = []

    def skip(self, n: int) -> None:
        if n > 0:
            self.add(np.zeros(n))

    def add(self, power: npt.NDArray[np.float64]) -> None:
        data = np.concatenate((self._carry, power)) if len(self._carry) else power
        first = self._carry_start
        self.samples += len(power)
        # window k covers samples [round(k * w), round((k + 1) * w))
        k0 = round(first / self.window)
        k1 = int((first + len(data)) / self.window)  # windows complete in what we have
        if k1 > k0:
            bounds = np.round(np.arange(k0, k1 + 1) * self.window).astype(np.int64) - first
            bounds = np.clip(bounds, 0, len(data))
            cumulative = np.concatenate(([0.0], np.cumsum(data)))
            sums = cumulative[bounds[1:]] - cumulative[bounds[:-1]]
            counts = np.maximum(bounds[1:] - bounds[:-1], 1)
            self._out.append(np.sqrt(sums / counts).astype(np.float32))
            used = int(bounds[-1])
        else:
            used = 0
        self._carry = data[used:]
        self._carry_start = first + used

    def finish(self) -> npt.NDArray[np.float32]:
        if len(self._carry):
            self._out.append(np.array([np.sqrt(self._carry.mean())], np.float32))
            self._carry = np.zeros(0)
        return np.concatenate(self._out) if self._out else np.zeros(0, np.float32)
