"""What a media file is: duration, frame rate, size, video or audio only. Read with PyAV.

PyAV bundles FFmpeg in its wheel, so probing works without an ffprobe binary and reads exact
stream timestamps, which the seeking code relies on.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path


class ProbeError(ValueError):
    """The file is not a recording we can play; the message is one sentence for the user."""


@dataclass(frozen=True)
class MediaInfo:
    path: Path
    duration_ms: int
    has_video: bool
    has_audio: bool
    fps: float | None = None
    width: int | None = None
    height: int | None = None
    codec: str | None = None
    container: str | None = None
    variable_frame_rate: bool = False
    first_frame_ms: int = 0  # presentation time of the first video frame
    frame_count: int | None = None  # video frames, when the file says or its length tells

    def frame_period_ms(self) -> float:
        return 1000.0 / self.fps if self.fps else 40.0


def media_warnings(info: MediaInfo) -> list[str]:
    """What a coder should know before coding this recording, one sentence each."""
    warnings = []
    if info.variable_frame_rate:
        warnings.append(
            "This recording has a variable frame rate: times are exact, "
            "frame numbers are approximate."
        )
    if not info.has_video:
        warnings.append("This recording has no picture (audio only).")
    return warnings


def probe(path: str | Path) -> MediaInfo:
    """Read a media file's facts; raises ProbeError with a plain reason."""
    import av  # deferred: a heavy import, only needed here

    path = Path(path)
    if not path.exists():
        raise ProbeError(f"{path}: no such file.")
    if path.is_dir():
        raise ProbeError(f"{path}: is a folder, not a recording.")
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except av.error.PermissionError as exc:
        raise ProbeError(f"{path}: cannot be read (permission denied).") from exc
    except (av.error.FFmpegError, OSError, UnicodeDecodeError) as exc:
        raise ProbeError(f"{path}: not a video or audio file that can be played.") from exc
    with container:
        video = container.streams.video[0] if container.streams.video else None
        audio = container.streams.audio[0] if container.streams.audio else None
        if video is None and audio is None:
            raise ProbeError(f"{path}: has no video or audio stream.")
        duration_ms = _duration_ms(container, video or audio)
        if duration_ms <= 0:
            raise ProbeError(f"{path}: its length cannot be read; it may be damaged or incomplete.")
        fps = width = height = frame_count = None
        vfr = False
        first_ms = 0
        codec = None
        if video is not None:
            rate = video.average_rate or video.guessed_rate or video.base_rate
            fps = float(rate) if rate else None
            width, height = video.codec_context.width, video.codec_context.height
            codec = video.codec_context.name
            vfr, first_ms = _timing(container, video)
            frame_count = _frame_count(video, fps, duration_ms, first_ms)
        elif audio is not None:
            codec = audio.codec_context.name
        return MediaInfo(
            path=path,
            duration_ms=duration_ms,
            has_video=video is not None,
            has_audio=audio is not None,
            fps=fps,
            width=width,
            height=height,
            codec=codec,
            container=container.format.name,
            variable_frame_rate=vfr,
            first_frame_ms=first_ms,
            frame_count=frame_count,
        )


def _duration_ms(container: object, stream: object) -> int:
    dur = getattr(container, "duration", None)
    if dur:
        return int(dur // 1000)  # container duration is in microseconds
    sdur, tb = getattr(stream, "duration", None), getattr(stream, "time_base", None)
    if sdur and tb:
        return int(sdur * tb * 1000)
    return 0


def _frame_count(video: object, fps: float | None, duration_ms: int, first_ms: int) -> int | None:
    """The number of video frames: the container's count (MP4) or the stream's length × rate."""
    frames = int(getattr(video, "frames", 0) or 0)
    if frames > 0:
        return frames
    if not fps:
        return None
    sdur, tb = getattr(video, "duration", None), getattr(video, "time_base", None)
    length_ms = float(sdur * tb * 1000) if sdur and tb else float(duration_ms - first_ms)
    return max(1, round(length_ms * fps / 1000))


def _timing(container: object, video: object, sample: int = 120) -> tuple[bool, int]:
    """Frame-rate variability and first frame time, from the first packets' timestamps."""
    import av

    pts: list[int] = []
    tb: Fraction | None = getattr(video, "time_base", None)
    try:
        for packet in container.demux(video):  # type: ignore[attr-defined]
            if packet.pts is not None:
                pts.append(packet.pts)
            if len(pts) >= sample:
                break
    except av.error.FFmpegError:
        return False, 0
    if not pts or tb is None:
        return False, 0
    pts.sort()
    first_ms = round(pts[0] * tb * 1000)
    deltas = [b - a for a, b in itertools.pairwise(pts) if b > a]
    if len(deltas) < 3:
        return False, first_ms
    deltas.sort()
    median = deltas[len(deltas) // 2]
    varied = sum(1 for d in deltas if abs(d - median) > median * 0.1)
    return varied > len(deltas) * 0.05, first_ms
