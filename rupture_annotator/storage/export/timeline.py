"""A picture of each session: every coder's ruptures and strategies over time on the segment grid.

Drawn with Pillow, laid out as the matplotlib chart it replaces (the same size, axes, labels,
ticks, colours and font): a lane per coder and kind, minutes along the bottom, the segment grid.
The chart is only bars on a fixed frame, so it needs no plotting library: matplotlib took the
export command a quarter of a second to import.

The frame (axes, labels, grid) is drawn once per set of lanes and time axis and kept; each
session then only adds its bars and title.
"""

from __future__ import annotations

import functools
import math
from importlib.resources import files
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.segments import coded_length_ms, segment_count

LANES = ("withdrawal", "confrontation", "resolution")
DPI = 80
WIDTH_IN = 12.0
LANE_IN = 0.28
MS_PER_MIN = 60_000
MAX_BACKGROUNDS = 16  # empty timelines kept for reuse (one per set of lanes and length)

# The layout, in inches and points as a chart is specified, drawn at DPI.
AXES_LEFT, AXES_RIGHT = 0.16, 0.98  # of the width
FRAME_IN = 0.9  # the height besides the lanes' LANE_IN each
AXES_BOTTOM_IN, AXES_TOP_IN = 0.5, 0.3  # margins below and above the lanes
LABEL_PT, TITLE_PT = 8.0, 12.0
TICK_PT = PAD_PT = 3.5  # tick length, and the gap between a tick and its label
XLABEL_PAD_PT = 4.0
TITLE_PAD_PT = 6.0
BAR_FROM, BAR_TO = 0.15, 0.85  # of a lane's height, from its bottom
GRID = (0xBB, 0xBB, 0xBB)
INK = (0, 0, 0)
PAPER = (255, 255, 255)
FONT = "DejaVuSans.ttf"  # resources/fonts/, with its licence
MAX_X_BINS = 9  # at most this many steps between minute ticks
NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)

Lane = tuple[str, str]  # (coder, withdrawal | confrontation | resolution)


class TimelineDrawer:
    """Draws session after session; keep one for an export, not across threads.

    The axes, labels and segment grid are drawn once per set of lanes and time axis and kept as
    a background; each session then only adds its bars and title (text is the slow part).
    """

    def __init__(self) -> None:
        self._backgrounds: dict[tuple[tuple[Lane, ...], int, int], _Background] = {}

    def png(self, recording: Recording, coders: list[str], codebook: Codebook, title: str) -> bytes:
        """The session as a PNG: a lane per coder and kind, minutes along the bottom."""
        lanes = tuple((c, lane) for c in coders for lane in LANES)
        spans: dict[Lane, list[tuple[int, int]]] = {lane: [] for lane in lanes}
        for a in recording.annotations():
            found = spans.get((a.coder, a.kind.value if isinstance(a, Rupture) else "resolution"))
            if found is not None:
                found.append((a.start_ms, a.end_ms))
        axis_ms = axis_end_ms(recording)
        seg = codebook.segment_length_ms
        # Sessions of the same length (and lanes) share a background.
        key = (lanes, axis_ms, seg)
        bg = self._backgrounds.get(key)
        if bg is None:
            if len(self._backgrounds) >= MAX_BACKGROUNDS:  # a study of many lengths: bounded
                del self._backgrounds[next(iter(self._backgrounds))]
            bg = self._backgrounds[key] = _Background(*key)
        image = bg.image.copy()
        for i, lane in enumerate(lanes):
            if spans[lane]:
                bg.paint_bars(image, i, spans[lane], codebook.color_of(lane[1]))
        draw = ImageDraw.Draw(image)
        draw.text(bg.title_at, title, fill=INK, font=_font(TITLE_PT), anchor="ms")
        buf = BytesIO()
        image.save(buf, format="PNG", compress_level=1)
        return buf.getvalue()


def axis_end_ms(recording: Recording) -> int:
    """Where the time axis ends: the recording's duration (or its last span's end, if later or
    the duration is unknown), never rounded up to a whole segment."""
    last_end = max((a.end_ms for a in recording.annotations()), default=1)
    return max(coded_length_ms(recording), last_end, 1)


class _Background:
    """An empty timeline for one set of lanes and time axis, drawn once."""

    def __init__(self, lanes: tuple[Lane, ...], axis_ms: int, segment_ms: int) -> None:
        n = max(1, len(lanes))
        width, height = int(WIDTH_IN * DPI), int((FRAME_IN + LANE_IN * n) * DPI)
        self.axis_ms = axis_ms
        # the plot area in pixels: x0..x1 across, y0 (top) .. y1 (bottom)
        self.x0, self.x1 = round(AXES_LEFT * width), round(AXES_RIGHT * width)
        self.y0, self.y1 = round(AXES_TOP_IN * DPI), height - round(AXES_BOTTOM_IN * DPI)
        self.lanes = n
        image = Image.new("RGB", (width, height), PAPER)
        draw = ImageDraw.Draw(image)
        x0, x1, y0, y1 = self.x0, self.x1, self.y0, self.y1
        for i in range(1, segment_count(axis_ms, segment_ms)):
            x = self.x_of(i * segment_ms)
            draw.line([(x, y0), (x, y1)], fill=GRID)
        tick, pad = _px(TICK_PT), _px(PAD_PT)
        draw.line([(x0, y0), (x0, y1)], fill=INK)  # the left and bottom spines only
        draw.line([(x0, y1), (x1, y1)], fill=INK)
        label = _font(LABEL_PT)
        for i, (coder, kind) in enumerate(lanes):
            y = round(y0 + (i + 0.5) * self.lane_px)
            draw.line([(x0 - tick, y), (x0, y)], fill=INK)
            draw.text((x0 - tick - pad, y), f"{coder} · {kind}", fill=INK, font=label, anchor="rm")
        label_top = label_bottom = float(y1 + tick + pad)
        for minute, text in minute_ticks(axis_ms / MS_PER_MIN):
            x = self.x_of(round(minute * MS_PER_MIN))
            draw.line([(x, y1), (x, y1 + tick)], fill=INK)
            draw.text((x, label_top), text, fill=INK, font=label, anchor="mt")
            label_bottom = max(label_bottom, draw.textbbox((x, label_top), text, label, "mt")[3])
        middle = (x0 + x1) / 2
        draw.text((middle, label_bottom + _px(XLABEL_PAD_PT)), "minutes", INK, label, "mt")
        self.title_at = (middle, y0 - _px(TITLE_PAD_PT))
        self.image = image

    @property
    def xlim(self) -> tuple[float, float]:
        """The time axis, in minutes."""
        return 0.0, self.axis_ms / MS_PER_MIN

    @property
    def lane_px(self) -> float:
        return (self.y1 - self.y0) / self.lanes

    def x_of(self, ms: float) -> int:
        return round(self.x0 + (self.x1 - self.x0) * ms / self.axis_ms)

    def paint_bars(
        self, image: Image.Image, lane: int, spans: list[tuple[int, int]], color: str
    ) -> None:
        """A lane's spans, their ends on whole pixels; a span shorter than a pixel still gets
        one, so every span coded shows. The covered columns are marked in one row of a mask,
        which is stretched over the lane's bars and painted through at once."""
        scale = (self.x1 - self.x0) / self.axis_ms
        covered = bytearray(image.width)
        for start, end in spans:
            left = min(max(round(self.x0 + start * scale), self.x0), self.x1)
            right = min(max(round(self.x0 + end * scale), left + 1), self.x1 + 1)
            covered[left:right] = b"\xff" * (right - left)
        bottom = self.y0 + (lane + 1) * self.lane_px
        top, below = round(bottom - BAR_TO * self.lane_px), round(bottom - BAR_FROM * self.lane_px)
        row = Image.frombytes("L", (image.width, 1), bytes(covered))
        mask = row.resize((image.width, below - top), Image.Resampling.NEAREST)
        image.paste(color, (0, top, image.width, below), mask)


def minute_ticks(end: float) -> list[tuple[float, str]]:
    """Round minutes from 0 to end, at most MAX_X_BINS steps apart (1, 2, 2.5 or 5 times a power
    of ten), each with its label: as many decimals as the step needs, all alike."""
    if end <= 0:
        return [(0.0, "0")]
    magnitude = 10.0 ** math.floor(math.log10(end / MAX_X_BINS))
    step = next(s * magnitude for s in NICE_STEPS if s * magnitude * MAX_X_BINS >= end)
    decimals = next(d for d in range(12) if abs(round(step, d) - step) < step * 1e-6)
    count = math.floor(end / step + 1e-9) + 1
    return [(k * step, f"{k * step:.{decimals}f}") for k in range(count)]


def _px(points: float) -> int:
    return round(points * DPI / 72)


@functools.cache
def _font(points: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans, shipped with the app (Latin, Greek and Cyrillic names draw alike on every
    machine), else Pillow's built-in font."""
    size = points * DPI / 72
    try:
        return ImageFont.truetype(BytesIO(_font_file()), size)
    except OSError:
        return ImageFont.load_default(size)


@functools.cache
def _font_file() -> bytes:
    return (files("rupture_annotator.resources") / "fonts" / FONT).read_bytes()


def timeline_png(recording: Recording, coders: list[str], codebook: Codebook, title: str) -> bytes:
    """One session's picture (for many, keep a TimelineDrawer)."""
    return TimelineDrawer().png(recording, coders, codebook, title)
