"""Test recordings made with ffmpeg, each frame carrying its own number in a machine-readable strip.

`make_video(kind)` returns a cached file under tests/.videos/ (made once, ~1-5 s each).
`read_frame_number(pixels)` gives back the frame number from a picture of a whole frame.

The strip: the top ninth of the picture is black with BITS equal blocks side by side; block i is
white when bit (BITS - 1 - i) of the frame number is set. Below it a moving test pattern, so the
codecs have real motion to predict, and the number in plain text for people.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

VIDEOS = Path(__file__).resolve().parent / ".videos"
BITS = 11  # frame numbers up to 2047
STRIP = 9  # the strip is 1/STRIP of the height
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


@dataclass(frozen=True)
class VideoSpec:
    suffix: str
    seconds: float
    width: int = 320
    height: int = 180
    fps: Fraction = Fraction(25)
    video: tuple[str, ...] = ("-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p")
    audio: tuple[str, ...] = ("-c:a", "aac", "-b:a", "64k")
    has_video: bool = True
    timestamps: str | None = None  # a setpts expression: frames keep these, not a fixed rate
    output: tuple[str, ...] = ()  # more options for the output file

    def frames(self) -> int:
        return int(self.seconds * self.fps)


_X264 = ("-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p")
KINDS: dict[str, VideoSpec] = {
    # no B-frames: container time equals display time
    "mp4": VideoSpec(".mp4", 20, video=(*_X264, "-bf", "0")),
    # x264 defaults (B-frames, edit list with a composition offset): what recorders produce
    "mp4_bframes": VideoSpec(".mp4", 20, video=_X264),
    "mp4_2997": VideoSpec(".mp4", 20, fps=Fraction(30000, 1001), video=_X264),
    "mkv": VideoSpec(".mkv", 20, video=_X264),
    "webm": VideoSpec(
        ".webm",
        20,
        video=("-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "400k"),
        audio=("-c:a", "libopus", "-b:a", "48k"),
    ),
    # the same H.264 stream in a QuickTime file, and Motion JPEG in AVI (older capture set-ups)
    "mov": VideoSpec(".mov", 20, video=_X264),
    "avi": VideoSpec(
        ".avi",
        20,
        video=("-c:v", "mjpeg", "-q:v", "4", "-pix_fmt", "yuvj420p"),
        audio=("-c:a", "pcm_s16le"),
    ),
    # Matroska whose first frame starts 21 ms in (files cut or remuxed from a longer recording)
    "mkv_offset": VideoSpec(
        ".mkv", 20, video=_X264, audio=("-an",), output=("-output_ts_offset", "0.021")
    ),
    "audio": VideoSpec(".m4a", 20, has_video=False),
    # variable frame rate: 25 fps for 4 s, then 12.5 fps (phones and screen recorders do this)
    "vfr": VideoSpec(
        ".mp4", 10, video=(*_X264, "-bf", "0"), timestamps="if(lt(N,100),N/25,4+(N-100)/12.5)/TB"
    ),
    # what the latency figures are measured on: a 1080p30 recording with x264's default 250
    # frames (8.3 s) between keyframes, as video-call software and room cameras record, and the
    # 2 s that cameras and streaming set-ups commonly use. A minute (as long as the strip can
    # number at 30 fps): in 30 s (4 groups of pictures) 5 of 20 random seeks landed a little
    # after the previous one in the same group and were decoded on from there, which an
    # hour-long session would almost never give
    "mp4_1080": VideoSpec(".mp4", 60, width=1920, height=1080, fps=Fraction(30), video=_X264),
    "mp4_1080_gop2s": VideoSpec(".mp4", 30, width=1920, height=1080, video=(*_X264, "-g", "50")),
}


def _strip_filter(spec: VideoSpec) -> str:
    w, h = spec.width, spec.height
    sh = h // STRIP
    parts = [f"drawbox=x=0:y=0:w={w}:h={sh}:color=black:t=fill"]
    for i in range(BITS):
        bit = BITS - 1 - i
        x0, x1 = i * w // BITS, (i + 1) * w // BITS
        parts.append(
            f"drawbox=x={x0 + 1}:y=1:w={x1 - x0 - 2}:h={sh - 2}:color=white:t=fill"
            f":enable='eq(mod(floor(n/{2**bit}),2),1)'"
        )
    size = max(12, h // 12)
    parts.append(
        f"drawtext=fontfile={FONT}:text='f=%{{frame_num}}':x=8:y={sh + 6}"
        f":fontsize={size}:fontcolor=white:box=1:boxcolor=black"
    )
    return ",".join(parts)


def _command(spec: VideoSpec, out: Path) -> list[str]:
    cmd = ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y"]
    if spec.has_video:
        size = f"{spec.width}x{spec.height}"
        cmd += ["-f", "lavfi", "-i", f"testsrc2=size={size}:rate={spec.fps}:d={spec.seconds}"]
    cmd += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={spec.seconds}"]
    if spec.has_video and spec.timestamps:
        chain = f"{_strip_filter(spec)},setpts='{spec.timestamps}'"
        cmd += ["-vf", chain, *spec.video, "-fps_mode", "passthrough"]
    elif spec.has_video:
        cmd += ["-vf", _strip_filter(spec), *spec.video, "-r", str(spec.fps)]
    cmd += [*spec.audio, "-shortest", "-threads", "2", *spec.output, str(out)]
    return cmd


def make_video(kind: str) -> Path:
    """The cached test recording of this kind (see KINDS); made with ffmpeg on first use."""
    spec = KINDS[kind]
    if spec.frames() > 2**BITS:
        raise ValueError(f"{kind}: {spec.frames()} frames, but the strip numbers {2**BITS}")
    key = hashlib.sha1(repr(_command(spec, Path("x"))).encode()).hexdigest()[:10]
    out = VIDEOS / f"{kind}-{key}{spec.suffix}"
    if out.exists():
        return out
    if shutil.which("ffmpeg") is None:
        raise RuntimeError("ffmpeg is needed to make test videos (scripts/setup.sh installs it)")
    VIDEOS.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.stem}.{os.getpid()}{spec.suffix}")
    subprocess.run(_command(spec, tmp), check=True, timeout=300)
    tmp.replace(out)
    return out


def spec(kind: str) -> VideoSpec:
    return KINDS[kind]


def read_frame_number(pixels: Any) -> int:
    """The frame number in the strip of a picture of one whole frame.

    pixels: an array of shape (height, width, channels) of 8-bit values, any channel order
    (the blocks are black or white). Reads the mean of a small patch at each block's centre.
    """
    import numpy as np

    arr = np.asarray(pixels)
    return read_strip(arr[: max(1, round(arr.shape[0] / STRIP))])


def read_strip(pixels: Any) -> int:
    """The frame number in a picture of the strip alone (the top 1/STRIP of a frame)."""
    import numpy as np

    arr = np.asarray(pixels)
    sh, w = arr.shape[:2]
    y0, y1 = int(sh * 0.3), max(int(sh * 0.3) + 1, int(sh * 0.7))
    number = 0
    for i in range(BITS):
        cx = (i + 0.5) * w / BITS
        x0, x1 = int(cx - w / BITS * 0.2), int(cx + w / BITS * 0.2) + 1
        patch = arr[y0:y1, x0:x1, :3]
        if float(patch.mean()) > 127:
            number |= 1 << (BITS - 1 - i)
    return number


def on_screen_frame(widget: Any) -> int | None:
    """The frame number on the screen where widget is, read back from the X server.

    widget shows a whole frame filling it (its size has the video's aspect ratio). Grabs only
    the strip, from the top-level window (which includes libvlc's native child window), so it
    sees whatever was last painted there: Qt's picture or libvlc's. None if nothing can be
    grabbed (no real screen: offscreen platform).
    """
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        return None
    top = widget.window()
    origin = widget.mapTo(top, QPoint(0, 0))
    height = max(1, round(widget.height() / STRIP))
    grabbed = screen.grabWindow(int(top.winId()), origin.x(), origin.y(), widget.width(), height)
    if grabbed.isNull():
        return None
    return read_strip(qimage_pixels(grabbed.toImage()))


def qimage_pixels(image: Any) -> Any:
    """A QImage as a (height, width, 4) uint8 array (copied)."""
    import numpy as np
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_RGB32)
    ptr = img.constBits()
    arr = np.frombuffer(ptr, dtype=np.uint8, count=img.sizeInBytes())
    return arr.reshape(img.height(), img.bytesPerLine() // 4, 4)[:, : img.width()].copy()
