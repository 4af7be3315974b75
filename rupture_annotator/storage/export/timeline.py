"""A picture of each session: every coder's ruptures and strategies over time on the segment grid.

Drawn on matplotlib's Agg canvas directly: pyplot would pick a GUI backend, and this package
must never load Qt. One figure is reused for all the sessions with the same lanes, so the axes,
fonts and tick labels are drawn once per export, not once per session.
"""

from __future__ import annotations

from io import BytesIO

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path
from PIL import Image

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
        fig, ax, canvas = bg.fig, bg.ax, bg.canvas
        canvas.restore_region(bg.pixels)  # type: ignore[no-untyped-call]
        for y, lane in enumerate(reversed(lanes)):
            if spans[lane]:
                bars = _bars(spans[lane], y, codebook.color_of(lane[1]))
                bars.set_transform(ax.transData)
                bars.set_clip_box(ax.bbox)
                bars.set_figure(fig)
                ax.draw_artist(bars)
        ax.title.set_text(title)
        ax.draw_artist(ax.title)
        width, height = canvas.get_width_height()
        pixels = canvas.buffer_rgba()  # type: ignore[no-untyped-call]
        image = Image.frombuffer("RGBA", (width, height), pixels, "raw", "RGBA", 0, 1)
        buf = BytesIO()
        image.convert("RGB").save(buf, format="PNG", compress_level=1)
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
        height = 0.9 + LANE_IN * n
        self.fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
        self.canvas = canvas = FigureCanvasAgg(self.fig)
        self.ax = ax = self.fig.add_axes((0.16, 0.5 / height, 0.82, 1 - 0.8 / height))
        ax.set_xlim(0, axis_ms / MS_PER_MIN)
        ax.set_ylim(0, n)
        ax.set_yticks([y + 0.5 for y in range(len(lanes))])
        ax.set_yticklabels([f"{c} · {kind}" for c, kind in reversed(lanes)], fontsize=8)
        ax.tick_params(axis="x", labelsize=8)
        ax.set_xlabel("minutes", fontsize=8)
        ax.set_title("", fontsize=9, loc="left")
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        grid = [i * segment_ms / MS_PER_MIN for i in range(1, segment_count(axis_ms, segment_ms))]
        ax.add_collection(
            LineCollection([((x, 0), (x, n)) for x in grid], colors="#bbbbbb", linewidths=0.6),
            autolim=False,
        )
        canvas.draw()  # type: ignore[no-untyped-call]
        self.pixels = canvas.copy_from_bbox(self.fig.bbox)  # type: ignore[no-untyped-call]


def _bars(spans: list[tuple[int, int]], y: int, color: str) -> PathPatch:
    """All of a lane's spans as one path of rectangles, built as one array."""
    x = np.asarray(spans, dtype=float) / MS_PER_MIN
    verts = np.empty((len(x), 5, 2))
    verts[:, (0, 1, 4), 0] = x[:, :1]
    verts[:, (2, 3), 0] = x[:, 1:]
    verts[:, (0, 3, 4), 1] = y + 0.15
    verts[:, (1, 2), 1] = y + 0.85
    codes = np.tile(_RECT, len(x))
    return PathPatch(Path(verts.reshape(-1, 2), codes), facecolor=color, linewidth=0)


_RECT = np.array(
    [Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY], Path.code_type
)


def timeline_png(recording: Recording, coders: list[str], codebook: Codebook, title: str) -> bytes:
    """One session's picture (for many, keep a TimelineDrawer)."""
    return TimelineDrawer().png(recording, coders, codebook, title)
