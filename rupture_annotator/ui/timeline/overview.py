"""Painting the whole-session strip: where spans are in each lane, and the visible window."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen

from rupture_annotator.ui.timeline import style
from rupture_annotator.ui.timeline.context import PaintContext
from rupture_annotator.ui.timeline.lanes import strip_image
from rupture_annotator.ui.timeline.span_index import LANES


class OverviewPainter:
    """Keeps the per-lane density images until the spans, the width or the filter change."""

    def __init__(self, ctx: PaintContext) -> None:
        self.ctx = ctx
        self._density: tuple[object, list[QImage | None]] | None = None

    def paint(self, p: QPainter) -> None:
        lay = self.ctx.layout
        box = lay.overview
        p.fillRect(box, style.OVERVIEW_BACKGROUND)
        band_h = (box.height() - 4) / len(LANES)
        for i, image in enumerate(self._density_images(math.ceil(box.width()))):
            if image is not None:
                target = QRectF(box.left(), box.top() + 2 + i * band_h, image.width(), band_h - 1)
                p.drawImage(target, image)
        grid = self.ctx.scene.grid()
        seg = self.ctx.scene.codebook.segment_length_ms
        origin = grid.origin_ms if grid is not None else 0
        n = int((lay.view.duration_ms - origin) // seg)
        if n * 4 < box.width():
            p.setPen(QPen(style.SEGMENT_LINE, 1))
            xs = [lay.overview_x_of(origin + i * seg) for i in range(0 if origin else 1, n + 1)]
            p.drawLines([QLineF(x, box.top(), x, box.top() + 3) for x in xs])
        view = lay.view
        x0, x1 = lay.overview_x_of(view.start_ms), lay.overview_x_of(view.end_ms)
        if x1 - x0 < 6:
            mid = (x0 + x1) / 2
            x0, x1 = mid - 3, mid + 3
        window = QRectF(x0, box.top(), x1 - x0, box.height()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(style.OVERVIEW_WINDOW, 1.5))
        p.setBrush(style.OVERVIEW_WINDOW_FILL)
        p.drawRect(window)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _density_images(self, width: int) -> list[QImage | None]:
        """Per lane, how many spans cover each column of the whole session."""
        scene, filt = self.ctx.scene, self.ctx.state.coder_filter
        key = (scene.version, width, frozenset(filt) if filt is not None else None)
        if self._density is not None and self._density[0] == key:
            return self._density[1]
        images: list[QImage | None] = []
        k = width / self.ctx.layout.view.duration_ms
        for lane in LANES:
            counts = np.zeros(width, np.int64)
            for track in scene.index.tracks(lane, filt):
                if len(track):
                    a = np.clip((track.starts * k).astype(np.int64), 0, width - 1)
                    b = np.clip(np.ceil(track.ends * k).astype(np.int64), 1, width)
                    b = np.maximum(b, a + 1)
                    diff = np.bincount(a, minlength=width + 1) - np.bincount(b, minlength=width + 1)
                    counts += np.cumsum(diff)[:width]
            if not counts.any():
                images.append(None)
                continue
            alpha = np.where(counts > 0, np.minimum(255, 110 + 50 * counts), 0)
            images.append(strip_image(scene.lane_color(lane), alpha))
        self._density = (key, images)
        return images
