"""The timeline widget: lanes of spans under a ruler, moving with the video.

It shows a project and asks for changes; it never makes them. Gestures end in the *_requested
signals, the window turns those into undoable commands on the project, and the widget follows the
project's change events.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rupture_annotator.domain.project import Change, Project
from rupture_annotator.domain.sound import Envelope
from rupture_annotator.domain.transcript import Role, Transcript
from rupture_annotator.ui.timeline import overlay, talk, tooltips
from rupture_annotator.ui.timeline.gestures import Gesture, hover_cursor, pick_gesture, span_at
from rupture_annotator.ui.timeline.lanes import label_column_width
from rupture_annotator.ui.timeline.layout import Region, TimelineLayout
from rupture_annotator.ui.timeline.painting import TimelinePainter
from rupture_annotator.ui.timeline.scene import TimelineScene
from rupture_annotator.ui.timeline.state import PaintState, Preview
from rupture_annotator.ui.timeline.view_window import ViewWindow

ZOOM_PER_NOTCH = 1.25
SCROLL_PER_NOTCH = 0.12  # of the visible span
AUTOSCROLL_EDGE_PX = 18.0
AUTOSCROLL_STEP = 0.025  # of the visible span per tick


class TimelineWidget(QWidget):
    """Withdrawal, confrontation and resolution lanes of one recording, with ruler, segment
    grid, playhead and a whole-session overview."""

    seek_requested = Signal(int)
    selection_changed = Signal(object)
    create_requested = Signal(str, int, int)
    move_requested = Signal(str, int, int)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = TimelineScene(project)
        self._view = ViewWindow()
        self._state = PaintState()
        self._select_seeks = True
        self._layout: TimelineLayout | None = None
        self._painter: TimelinePainter | None = None
        self._cache: QPixmap | None = None
        self._gesture: Gesture | None = None
        self._gesture_button = Qt.MouseButton.NoButton
        self._preview: Preview | None = None
        self._autoscroll_dir = 0
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._autoscroll_step)
        self._view.changed.connect(self._invalidate)
        unsubscribe = project.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(QCoreApplication.translate("Timeline", "Timeline"))

    # ==========================================================================================
    # what the window tells the timeline
    # ==========================================================================================
    def set_recording(self, recording_id: str | None) -> None:
        self._cancel_gesture()
        self.scene.set_recording(recording_id)
        rec = self.scene.recording()
        if rec is not None and rec.media.fps:
            self.set_frame_ms(1000.0 / rec.media.fps)
        self._state.selected_id = self._state.hovered_id = None
        self._relayout()
        self._view.set_duration(self.scene.duration_ms)
        self._invalidate()

    def set_coder_filter(self, coders: set[str] | None) -> None:
        self._state.coder_filter = None if coders is None else set(coders)
        self._relayout()
        self._invalidate()

    def set_current_coder(self, coder: str | None) -> None:
        """Whose segment ratings the segment band shows as rated."""
        self._state.current_coder = coder
        self._relayout()
        self._invalidate()

    def set_playhead(self, ms: int) -> None:
        old = self._state.playhead_ms
        if ms == old:
            return
        self._state.playhead_ms = ms
        if self._gesture is None and self._view.follow(ms):
            return  # the view moved: everything repaints
        if self._painter is None or self.scene.pending or self._open_in_mark():
            self.update()  # an open span grows with the playhead (the overlay only)
            return
        for strip in self._painter.playhead_strips(old) + self._painter.playhead_strips(ms):
            self.update(strip.toAlignedRect())

    def set_marks(self, in_ms: int | None, out_ms: int | None) -> None:
        self._state.in_ms, self._state.out_ms = in_ms, out_ms
        self._invalidate()

    def set_pending(self, pending: dict[str, int]) -> None:
        """Spans begun with a key and not yet ended ({lane: start ms}): each is drawn from its
        start to the playhead until the second press."""
        self.scene.pending = dict(pending)
        self.update()

    def pending_rect(self, lane: str) -> QRect | None:
        """Where the open span of a lane is drawn now, or None when there is none."""
        rect = overlay.pending_rect(self._ensure_painter().ctx, lane)
        return rect.toAlignedRect() if rect is not None else None

    def set_selected(self, annotation_id: str | None) -> None:
        """Show annotation_id as selected (without emitting selection_changed)."""
        if annotation_id is not None and annotation_id not in self.scene.spans:
            annotation_id = None
        if annotation_id != self._state.selected_id:
            self._state.selected_id = annotation_id
            self.update()

    def set_frame_ms(self, frame_ms: float) -> None:
        self._state.frame_ms = max(1.0, float(frame_ms))
        self._view.set_frame_ms(self._state.frame_ms)
        self._invalidate()

    def set_highlight(self, start_ms: int | None, end_ms: int | None) -> None:
        both = start_ms is not None and end_ms is not None and end_ms > start_ms
        self._state.highlight = (start_ms, end_ms) if both else None  # type: ignore[assignment]
        self._invalidate()

    def set_select_seeks(self, on: bool) -> None:
        """Whether clicking a span also asks to seek to its start."""
        self._select_seeks = on

    def view_window(self) -> ViewWindow:
        return self._view

    # -- the transcript and sound lanes --------------------------------------------------------
    def set_transcript(self, transcript: Transcript | None, roles: dict[str, Role]) -> None:
        """Show the recording's utterances in a lane under the spans (None: no lane)."""
        self._state.talk.set_transcript(transcript, roles)
        self._state.talk.selection = None
        self.updateGeometry()
        self._relayout()
        self._invalidate()

    def set_sound(
        self,
        envelope: Envelope | None,
        silences: list[tuple[int, int]],
        note: str = "",
        silence_ms: int = 0,
    ) -> None:
        """Show the loudness envelope with its silences; without one, note says why (e.g.
        while it is being read), and no note and no envelope hides the lane."""
        talk_data = self._state.talk
        talk_data.set_sound(envelope, silences)
        talk_data.show_sound = envelope is not None or bool(note)
        talk_data.sound_note = note
        talk_data.silence_ms = silence_ms
        self.updateGeometry()
        self._relayout()
        self._invalidate()

    def set_talk_selection(self, span: tuple[int, int] | None) -> None:
        """Utterances chosen in the transcript panel, shown on the transcript lane."""
        if span != self._state.talk.selection:
            self._state.talk.selection = span
            self._invalidate()

    # -- reading (also for tests and the window) -------------------------------------------
    def selected_id(self) -> str | None:
        return self._state.selected_id

    def coder_filter(self) -> set[str] | None:
        return self._state.coder_filter

    def playhead_ms(self) -> int:
        return self._state.playhead_ms

    def current_layout(self) -> TimelineLayout:
        if self._layout is None:
            self._relayout()
        assert self._layout is not None
        return self._layout

    def span_rect(self, annotation_id: str) -> QRect | None:
        """Where a span is drawn now, or None when it is not shown."""
        a = self.scene.spans.get(annotation_id)
        rect = self._ensure_painter().span_rect(a) if a is not None else None
        return rect.toAlignedRect() if rect is not None else None

    def tooltip_at(self, pos: QPointF) -> str | None:
        lay = self.current_layout()
        region, row = lay.region_at(pos)
        if region is Region.ROW and row is not None:
            hit = span_at(self, row, pos.x())
            return tooltips.span_tooltip(self.scene, hit[0]) if hit is not None else None
        if region in (Region.TRANSCRIPT, Region.SOUND):
            band = "transcript" if region is Region.TRANSCRIPT else "sound"
            return talk.tooltip(lay, self._state.talk, band, pos.x())
        if region is Region.SEGMENTS and self.scene.recording_id is not None:
            ms = lay.ms_at(pos.x())
            grid = self.scene.grid()
            if grid is not None and 0 <= ms < self.scene.duration_ms:
                index = grid.index_of(int(ms))
                if index is None:
                    return tooltips.before_segments_tooltip(self.scene)
                return tooltips.segment_tooltip(self.scene, index, self._state.rating_coders())
        return None

    # ==========================================================================================
    # what gestures may ask of the widget (GestureHost)
    # ==========================================================================================
    def snap(self, ms: float) -> int:
        frame = self._state.frame_ms
        snapped = round(round(ms / frame) * frame)
        return int(min(max(0, snapped), self.scene.duration_ms))

    def min_span_ms(self) -> int:
        return max(1, round(self._state.frame_ms))

    def request_seek(self, ms: int) -> None:
        self.seek_requested.emit(ms)

    def request_create(self, lane: str, start_ms: int, end_ms: int) -> None:
        self.create_requested.emit(lane, start_ms, end_ms)

    def request_move(self, annotation_id: str, start_ms: int, end_ms: int) -> None:
        self.move_requested.emit(annotation_id, start_ms, end_ms)

    def select(self, annotation_id: str | None) -> None:
        if annotation_id != self._state.selected_id:
            self._state.selected_id = annotation_id
            self.update()
            self.selection_changed.emit(annotation_id)

    def click_span(self, annotation_id: str) -> None:
        a = self.scene.spans.get(annotation_id)
        if self._select_seeks and a is not None:
            self.seek_requested.emit(a.start_ms)

    def show_preview(self, preview: Preview | None, hidden_id: str | None = None) -> None:
        if hidden_id != self._state.hidden_id:
            self._state.hidden_id = hidden_id
            self._cache = None
        self._preview = preview
        self.update()

    # ==========================================================================================
    # Qt events
    # ==========================================================================================
    def sizeHint(self) -> QSize:
        return QSize(960, 250 + round(sum(self._state.talk.bands().values())))

    def minimumSizeHint(self) -> QSize:
        # the transcript and sound lanes come on top of what the span lanes need
        return QSize(420, 160 + round(sum(self._state.talk.bands().values())))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._ensure_painter()
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            self._cache = self._render(painter)
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        painter.paint_overlay(p, self._preview)
        p.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._relayout()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._relayout()
        self._cache = None
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._cancel_gesture()
        gesture = pick_gesture(self, event.position(), event.button())
        if gesture is None:
            super().mousePressEvent(event)
            return
        self._gesture = gesture
        self._gesture_button = event.button()
        self.setCursor(gesture.cursor)
        QToolTip.hideText()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        gesture = self._gesture
        if gesture is not None:
            gesture.move(pos)
            if gesture.dragged:
                self.setCursor(gesture.drag_cursor)
                self._update_autoscroll(gesture, pos)
            event.accept()
            return
        self._hover(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        gesture = self._gesture
        if gesture is None or event.button() != self._gesture_button:
            super().mouseReleaseEvent(event)
            return
        self._gesture = None
        self._stop_autoscroll()
        gesture.release(event.position())
        self._hover(event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._gesture is not None:
            self._cancel_gesture()
            event.accept()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        lay = self.current_layout()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = (delta.y() or delta.x()) / 120
            x = event.position().x()
            anchor = lay.ms_at(x) if lay.plot_left <= x <= lay.plot_right else None
            self._view.zoom(ZOOM_PER_NOTCH**notches, anchor)
        else:
            along = delta.x() if abs(delta.x()) > abs(delta.y()) else delta.y()
            self._view.scroll_by(-along / 120 * SCROLL_PER_NOTCH * self._view.span_ms)
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        if self._state.hovered_id is not None:
            self._state.hovered_id = None
            self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # ==========================================================================================
    # internals
    # ==========================================================================================
    def _on_change(self, change: Change) -> None:
        duration = self.scene.duration_ms
        if not self.scene.apply(change):
            return
        if self.scene.duration_ms != duration:
            self._view.set_duration(self.scene.duration_ms, keep_range=True)
        for attr in ("selected_id", "hovered_id"):
            if getattr(self._state, attr) not in self.scene.spans:
                setattr(self._state, attr, None)
        if self._layout is not None and self._row_coders() != self._layout.coders:
            self._relayout()
        self._invalidate()

    def _row_coders(self) -> list[str] | None:
        """One row per coder in each lane when more than one coder is shown."""
        order = self.scene.project.coders
        filt = self._state.coder_filter
        if filt is not None:
            shown = set(filt)
        else:
            shown = self.scene.coders_with_spans()
            if self._state.current_coder:
                shown.add(self._state.current_coder)
        chosen = [c for c in order if c in shown] + sorted(shown - set(order))
        return chosen if len(chosen) > 1 else None

    def _relayout(self) -> None:
        self._layout = TimelineLayout(
            self.width(),
            self.height(),
            self._row_coders(),
            self._view,
            label_column_width(self.font()),
            self._state.talk.bands(),
        )
        self._painter = None
        self._cache = None

    def _ensure_painter(self) -> TimelinePainter:
        if self._painter is None:
            self._painter = TimelinePainter(
                self.scene, self.current_layout(), self._state, self.font()
            )
        return self._painter

    def _render(self, painter: TimelinePainter) -> QPixmap:
        dpr = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * dpr)
        pixmap.setDevicePixelRatio(dpr)
        p = QPainter(pixmap)
        painter.paint_content(p)
        p.end()
        return pixmap

    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    def _hover(self, pos: QPointF) -> None:
        lay = self.current_layout()
        region, row = lay.region_at(pos)
        hovered = None
        if region is Region.ROW and row is not None:
            hit = span_at(self, row, pos.x())
            hovered = hit[0].id if hit is not None else None
        if hovered != self._state.hovered_id:
            self._state.hovered_id = hovered
            self.update()
        self.setCursor(hover_cursor(self, pos))

    def _open_in_mark(self) -> bool:
        return self._state.in_ms is not None and self._state.out_ms is None

    def _cancel_gesture(self) -> None:
        if self._gesture is not None:
            gesture, self._gesture = self._gesture, None
            gesture.cancel()
        self._stop_autoscroll()
        self._preview = None
        if self._state.hidden_id is not None:
            self._state.hidden_id = None
            self._invalidate()

    def _update_autoscroll(self, gesture: Gesture, pos: QPointF) -> None:
        lay = self.current_layout()
        direction = 0
        if gesture.autoscrolls:
            if pos.x() < lay.plot_left + AUTOSCROLL_EDGE_PX:
                direction = -1
            elif pos.x() > lay.plot_right - AUTOSCROLL_EDGE_PX:
                direction = 1
        self._autoscroll_dir = direction
        if direction and not self._autoscroll.isActive():
            self._autoscroll.start()
        elif not direction:
            self._autoscroll.stop()

    def _autoscroll_step(self) -> None:
        gesture = self._gesture
        if gesture is None or not self._autoscroll_dir:
            self._stop_autoscroll()
            return
        self._view.scroll_by(self._autoscroll_dir * AUTOSCROLL_STEP * self._view.span_ms)
        gesture.move(gesture.pos)

    def _stop_autoscroll(self) -> None:
        self._autoscroll_dir = 0
        self._autoscroll.stop()
