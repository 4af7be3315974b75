"""Drawing the timeline: a cached picture of everything that only changes with the view or the
data, and a light overlay (playhead, selection, hover, a gesture's preview) drawn every frame."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from rupture_annotator.domain.annotations import Annotation
from rupture_annotator.ui.timeline import bands, lanes, overlay, style, talk
from rupture_annotator.ui.timeline.context import PaintContext
from rupture_annotator.ui.timeline.layout import TimelineLayout
from rupture_annotator.ui.timeline.overview import OverviewPainter
from rupture_annotator.ui.timeline.scene import TimelineScene
from rupture_annotator.ui.timeline.state import PaintState, Preview

EMPTY_HINT = str(
    QT_TRANSLATE_NOOP("Timeline", "No recording open. Open a project or a video to code it here.")
)


def empty_hint() -> str:
    """What the timeline says with no recording open, in the user's language."""
    return QCoreApplication.translate("Timeline", EMPTY_HINT)


class TimelinePainter:
    """Paints one layout; the widget makes a new one when the layout or the font changes."""

    def __init__(
        self, scene: TimelineScene, layout: TimelineLayout, state: PaintState, base_font: QFont
    ) -> None:
        self.ctx = PaintContext(scene, layout, state, base_font)
        self._overview = OverviewPainter(self.ctx)

    def paint_content(self, p: QPainter) -> None:
        """Everything but the overlay, for the widget's cached picture."""
        ctx, lay = self.ctx, self.ctx.layout
        p.fillRect(QRectF(0, 0, lay.width, lay.height), style.BACKGROUND)
        if ctx.scene.recording_id is None:
            p.setFont(ctx.font)
            p.setPen(style.EMPTY_TEXT)
            p.drawText(
                QRectF(0, 0, lay.width, lay.height), Qt.AlignmentFlag.AlignCenter, empty_hint()
            )
            return
        lanes.paint_backgrounds(ctx, p)
        p.save()
        p.setClipRect(QRectF(lay.plot_left, 0, lay.plot_width, lay.overview.top()))
        talk.paint_silences_under(ctx, p)
        lanes.paint_highlight(ctx, p)
        lanes.paint_frame_lines(ctx, p)
        bands.paint_segments(ctx, p)
        lanes.paint_mark_lines(ctx, p)
        visible = lanes.visible_spans(ctx)
        lanes.paint_links(ctx, p, visible)
        for row_spans in visible:
            lanes.paint_spans(ctx, p, row_spans)
        talk.paint_lanes(ctx, p)
        p.restore()
        bands.paint_ruler(ctx, p)
        bands.paint_labels(ctx, p)
        talk.paint_labels(ctx, p)
        self._overview.paint(p)

    def paint_overlay(self, p: QPainter, preview: Preview | None) -> None:
        overlay.paint_overlay(self.ctx, p, preview)

    def span_rect(self, a: Annotation) -> QRectF | None:
        return self.ctx.span_rect(a)

    def playhead_strips(self, t: int) -> list[QRectF]:
        return overlay.playhead_strips(self.ctx, t)
