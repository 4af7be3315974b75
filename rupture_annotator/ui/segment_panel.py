"""The segment under the playhead: its span of time, what was coded in it, and the coder's
3RS ratings for it (entered here; counts are derived, never typed)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from rupture_annotator.domain.annotations import SegmentRating, Span
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Change
from rupture_annotator.domain.segments import segment_bounds, segment_of, segment_table
from rupture_annotator.ui.commands import SetRating
from rupture_annotator.ui.document import Document
from rupture_annotator.ui.timefmt import format_ms


class SegmentPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.index = 0
        self._pending = False
        self.header = QLabel()
        self.header.setStyleSheet("font-weight: bold")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.form = QFormLayout()
        self.boxes: dict[str, QComboBox] = {}
        for scale in document.project.codebook.scales_for("segment"):
            box = QComboBox()
            box.addItem("—", None)
            for v in range(scale.minimum, scale.maximum + 1):
                box.addItem(f"{v}  {scale.anchors.get(v, '')}".rstrip(), v)
            box.setToolTip(scale.definition)
            # long anchors are elided: the dock fits beside the review list at 1280 px
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
            box.activated.connect(lambda _i, sid=scale.id: self._rated(sid))
            self.form.addRow(scale.label, box)
            self.boxes[scale.id] = box
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        layout.addLayout(self.form)
        layout.addStretch(1)
        # no taller than its form: the height left over in the dock column goes to the inspector
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        document.project.subscribe(self._on_change)
        self.refresh()

    @property
    def segment_ms(self) -> int:
        return self.document.project.codebook.segment_length_ms

    def set_position(self, ms: int) -> None:
        index = segment_of(ms, self.segment_ms)
        if index != self.index:
            self.index = index
            self.refresh()

    def _on_change(self, change: Change) -> None:
        # Only a change inside the segment shown matters; others cost nothing (a long session
        # has thousands of spans, and the table is derived from all of them).
        start = self.index * self.segment_ms
        end = start + self.segment_ms
        values = [v for v in (change.old, change.new) if v is not None]
        spans = [v for v in values if isinstance(v, Span)]
        if spans and not any(v.overlaps(start, end) for v in spans):
            return
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._refresh_pending)

    def _refresh_pending(self) -> None:
        self._pending = False
        self.refresh()

    def refresh(self) -> None:
        rec = self.document.recording
        if rec is None:
            self.header.setText("No recording")
            return
        length = rec.media.duration_ms or 0
        start, end = segment_bounds(self.index, self.segment_ms, max(length, 1))
        self.header.setText(
            f"Segment {self.index + 1}  ({format_ms(start, millis=False)}–{format_ms(end, millis=False)})"
        )
        rows = segment_table(rec, self.document.coder, self.document.project.codebook)
        row = rows[self.index] if self.index < len(rows) else None
        if row is not None:
            wd, cf = row.ruptures[RuptureKind.WITHDRAWAL], row.ruptures[RuptureKind.CONFRONTATION]
            strategies = sum(row.strategy_counts.values())
            self.summary.setText(
                f"Coded here by {self.document.coder}: {wd} withdrawal, {cf} confrontation, {strategies} strategies."
            )
        values = row.ratings if row is not None else {}
        for sid, box in self.boxes.items():
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(values.get(sid))) if sid in values else 0)
            box.blockSignals(False)

    def _rated(self, scale_id: str) -> None:
        rec = self.document.recording
        if rec is None:
            return
        old = next(
            (
                r
                for r in rec.segment_ratings
                if r.segment_index == self.index and r.coder == self.document.coder
            ),
            None,
        )
        values = dict(old.values) if old else {}
        value = self.boxes[scale_id].currentData()
        if value is None:
            values.pop(scale_id, None)
        else:
            values[scale_id] = value
        new = SegmentRating(segment_index=self.index, coder=self.document.coder, values=values)
        self.document.apply(SetRating(self.document.project, rec.id, old, new))
