"""The segment under the playhead: its span of time, what was coded in it, and the coder's
3RS ratings for it (entered here; counts are derived, never typed).

The 3RS significance of a kind is a segment rating. For each segment scale of a rupture kind
(and actor, under v2022) the panel suggests the highest rating the coder gave a single span it
rates here (only an aid: accepted with one key, Alt+S, into the scales not rated yet), and marks
a scale with ruptures here but no rating as missing."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rupture_annotator.domain.annotations import SegmentRating, Span
from rupture_annotator.domain.codebook import Codebook, RatingScale, RuptureKind
from rupture_annotator.domain.project import Change
from rupture_annotator.domain.segments import SegmentGrid, SegmentRow, segment_table
from rupture_annotator.ui.commands import SetRating, SetSegmentOrigin
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.language import shown
from rupture_annotator.ui.timefmt import format_ms

NOT_RATED = "— not rated"
MISSING_COLOUR = "#b35400"  # the orange of a missing rating, here and on the timeline
SUGGESTED_COLOUR = "#1f5fb0"
MUTED_COLOUR = "#5b6472"
MISSING_BOX = (
    f"QComboBox {{ border: 2px solid {MISSING_COLOUR}; border-radius: 3px; "
    "padding: 1px 4px 1px 4px; }"
)
ACCEPT_KEY = "Alt+S"


def suggestion(codebook: Codebook, scale: RatingScale, row: SegmentRow | None) -> int | None:
    """The value the spans a scale rates (its kind, and its actor under v2022) suggest in this
    segment, or None when none of them is rated."""
    if row is None or scale.kind is None:
        return None
    best = row.suggestion(codebook, scale)
    if not best:
        return None
    return min(max(best, scale.minimum), scale.maximum)


def whose(codebook: Codebook, scale: RatingScale) -> str:
    """'withdrawal', or 'therapist withdrawal' when the codebook codes actors."""
    assert scale.kind is not None
    actor = codebook.scale_actor(scale)
    label = next((a.label for a in codebook.actors if a.id == actor), actor)
    return f"{label.lower()} {scale.kind.value}" if label else scale.kind.value


class SegmentPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.position_ms = 0
        self.index: int | None = 0
        self.row: SegmentRow | None = None
        self._pending = False
        self._grid: tuple[SegmentGrid | None] | None = None
        self.header = QLabel()
        self.header.setStyleSheet("font-weight: bold")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.form = QFormLayout()
        # labels and anchors in the user's language; rebuilt when the codebook changes
        self.scales = {s.id: s for s in shown(document.project.codebook).scales_for("segment")}
        self.boxes: dict[str, QComboBox] = {}
        self.hints: dict[str, QLabel] = {}  # the suggestion under each scale of a rupture kind
        for scale in self.scales.values():
            box = QComboBox()
            box.addItem(NOT_RATED, None)
            for v in range(scale.minimum, scale.maximum + 1):
                box.addItem(f"{v}  {scale.anchors.get(v, '')}".rstrip(), v)
            box.setToolTip(scale.definition)
            box.setAccessibleName(scale.label)
            # long anchors are elided: the dock fits beside the review list at 1280 px
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
            box.activated.connect(lambda _i, sid=scale.id: self._rated(sid))
            self.boxes[scale.id] = box
            self.form.addRow(scale.label, box)
            if scale.kind is None:
                continue
            # one line under the row, always there: the dock's height never has to change
            hint = QLabel(" ")
            hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            hint.setContentsMargins(12, 0, 0, 4)
            self.form.addRow(hint)
            self.hints[scale.id] = hint
        self.accept_hint = QLabel(" ")
        self.accept_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.accept_hint.setStyleSheet(f"color: {SUGGESTED_COLOUR}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        layout.addLayout(self.form)
        layout.addWidget(self.accept_hint)
        layout.addStretch(1)
        # no taller than its form: the height left over in the dock column goes to the inspector
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        unsubscribe = document.project.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: unsubscribe())
        document.coder_changed.connect(lambda _name: self._queue_refresh())
        self.refresh()

    @property
    def codebook(self) -> Codebook:
        return self.document.project.codebook

    @property
    def segment_ms(self) -> int:
        return self.document.project.codebook.segment_length_ms

    def grid(self) -> SegmentGrid | None:
        """The recording's segment grid, kept until the project changes: the playhead asks
        for it every frame, and deriving it reads every span."""
        if self._grid is None:
            rec = self.document.recording
            self._grid = (SegmentGrid.of(rec, self.codebook),) if rec is not None else (None,)
        return self._grid[0]

    def set_position(self, ms: int) -> None:
        self.position_ms = ms
        grid = self.grid()
        index = grid.index_of(ms) if grid is not None else 0
        if index != self.index:
            self.index = index
            self.refresh()

    def _on_change(self, change: Change) -> None:
        self._grid = None
        if change.kind == "segment_origin_changed":
            grid = self.grid()  # every segment moved: the playhead may be in another one now
            self.index = grid.index_of(self.position_ms) if grid is not None else 0
            self.refresh()
            return
        # Only a change inside the segment shown matters; others cost nothing (a long session
        # has thousands of spans, and the table is derived from all of them).
        grid = self.grid()
        if grid is not None and self.index is not None:
            start, end = grid.bounds(self.index)
            values = [v for v in (change.old, change.new) if v is not None]
            spans = [v for v in values if isinstance(v, Span)]
            if spans and not any(v.overlaps(start, end) for v in spans):
                return
        self._queue_refresh()

    def _queue_refresh(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._refresh_pending)

    def _refresh_pending(self) -> None:
        self._pending = False
        self.refresh()

    def refresh(self) -> None:
        rec = self.document.recording
        grid = self.grid()
        if rec is None or grid is None:
            self.header.setText("No recording")
            return
        if self.index is None:
            self.row = None
            self.header.setText("Before the first segment")
            self.summary.setText(
                f"The first segment starts at {format_ms(grid.origin_ms, millis=False)} "
                "(Code → Set First Segment Start at Playhead)."
            )
            self._show_row(None)
            return
        start, end = grid.bounds(self.index)
        self.header.setText(
            f"Segment {self.index + 1}  ({format_ms(start, millis=False)}–{format_ms(end, millis=False)})"
        )
        rows = segment_table(rec, self.document.coder, self.document.project.codebook)
        self.row = row = rows[self.index] if self.index < len(rows) else None
        if row is not None:
            wd, cf = row.ruptures[RuptureKind.WITHDRAWAL], row.ruptures[RuptureKind.CONFRONTATION]
            strategies = sum(row.strategy_counts.values())
            self.summary.setText(
                f"Coded here by {self.document.coder}: {wd} withdrawal, {cf} confrontation, {strategies} strategies."
            )
        self._show_row(row)

    def _show_row(self, row: SegmentRow | None) -> None:
        values = row.ratings if row is not None else {}
        for sid, box in self.boxes.items():
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(values.get(sid))) if sid in values else 0)
            box.blockSignals(False)
            box.setEnabled(self.index is not None)
        missing = set(row.missing_ratings(self.document.project.codebook)) if row else set()
        acceptable = []
        for sid, hint in self.hints.items():
            scale = self.scales[sid]
            text, colour, why = self._hint(scale, row, sid in values)
            if sid in missing:
                text, colour = f"<b>Missing</b> · {text[0].lower()}{text[1:]}", MISSING_COLOUR
                why = f"Ruptures of this kind here, and no rating yet. {why}"
            hint.setText(text or " ")
            hint.setToolTip(why)
            hint.setStyleSheet(f"color: {colour}")
            self.boxes[sid].setStyleSheet(MISSING_BOX if sid in missing else "")
            self.boxes[sid].setProperty("missing", sid in missing)
            if sid not in values and suggestion(self.codebook, scale, row) is not None:
                acceptable.append(scale.label)
        self.accept_hint.setText(f"{ACCEPT_KEY} accepts the suggestion" if acceptable else " ")
        self.accept_hint.setToolTip(
            f"{ACCEPT_KEY} (Code → Accept Suggested Segment Ratings) rates "
            f"{' and '.join(acceptable)} with the suggestion; Ctrl+Z undoes."
            if acceptable
            else ""
        )

    def _hint(
        self, scale: RatingScale, row: SegmentRow | None, rated: bool
    ) -> tuple[str, str, str]:
        """What the spans say about this scale here (one short line), in which colour, and
        the longer explanation for its tooltip."""
        if row is None or scale.kind is None:
            return "", MUTED_COLOUR, ""
        kind = whose(self.codebook, scale)
        best = row.suggestion(self.codebook, scale)
        aid = (
            "The highest rating you gave a single "
            f"{kind} rupture in this segment; the segment rating is yours to give."
        )
        if best == 0:
            return f"No {kind} rupture here", MUTED_COLOUR, "Nothing of this kind is coded here."
        if best is None:
            return "Ruptures here, none rated", MUTED_COLOUR, f"No suggestion. {aid}"
        if rated:
            return f"Highest span rating here: {best}", MUTED_COLOUR, aid
        return f"Suggested {best}: the highest span rating", SUGGESTED_COLOUR, aid

    # -- edits --------------------------------------------------------------------------------
    def _old_rating(self) -> SegmentRating | None:
        rec = self.document.recording
        if rec is None:
            return None
        return next(
            (
                r
                for r in rec.segment_ratings
                if r.segment_index == self.index and r.coder == self.document.coder
            ),
            None,
        )

    def _apply(self, old: SegmentRating | None, values: dict[str, int]) -> bool:
        rec = self.document.recording
        if rec is None or self.index is None:
            return False
        new = SegmentRating(segment_index=self.index, coder=self.document.coder, values=values)
        applied = self.document.apply(SetRating(self.document.project, rec.id, old, new))
        if applied:
            self.refresh()  # the coder's own edit shows at once
        return applied

    def _rated(self, scale_id: str) -> None:
        old = self._old_rating()
        values = dict(old.values) if old else {}
        value = self.boxes[scale_id].currentData()
        if value is None:
            values.pop(scale_id, None)
        else:
            values[scale_id] = value
        self._apply(old, values)

    def accept_suggestions(self) -> str:
        """Rate each scale not rated yet with its suggestion, in one undoable step; says what
        was done (or why nothing was) for the status bar."""
        if self.document.recording is None:
            return "No recording."
        if self.index is None:
            return "The playhead is before the first segment: nothing to rate."
        self.refresh()  # the suggestion as of now, not as of the last repaint
        row = self.row
        old = self._old_rating()
        values = dict(old.values) if old else {}
        taken = []
        for scale in self.scales.values():
            value = suggestion(self.codebook, scale, row)
            if value is not None and scale.id not in values:
                values[scale.id] = value
                taken.append(f"{scale.label} {value}")
        where = f"Segment {self.index + 1}"
        if not taken:
            return f"{where}: no suggestion to accept (no rated rupture, or already rated)."
        if not self._apply(old, values):
            return f"{where}: the suggestion could not be accepted."
        return f"{where}: {', '.join(taken)} accepted from the span ratings (Ctrl+Z undoes)."


def set_segment_origin(document: Document, ms: int) -> str:
    """Start the first segment at ms (undoable); says what happened, for the status bar."""
    rec = document.recording
    if rec is None:
        return "No recording."
    if ms == rec.segment_origin_ms:
        return f"Segment 1 already starts at {format_ms(ms, millis=False)}."
    if not document.apply(SetSegmentOrigin(document.project, rec.id, ms)):
        return "The first segment could not start here."
    said = f"Segment 1 now starts at {format_ms(ms, millis=False)} (Ctrl+Z undoes)"
    if any(r.values for r in rec.segment_ratings):
        return f"{said}; ratings keep their segment numbers: check them."
    return f"{said}."
