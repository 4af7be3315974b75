"""The segment under the playhead: its span of time, what was coded in it, and the coder's
3RS ratings for it (entered here; counts are derived, never typed).

The 3RS significance of a kind is a segment rating. For each segment scale of a rupture kind
(and actor, under v2022) the panel suggests the highest rating the coder gave a single span it
rates here (only an aid: accepted with one key, Alt+S, into the scales not rated yet), and marks
a scale with ruptures here but no rating as missing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
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

NOT_RATED = str(QT_TRANSLATE_NOOP("SegmentPanel", "— not rated"))
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
    """The ruptures a scale rates, in the user's language: 'withdrawal rupture', or 'therapist
    withdrawal rupture' when the codebook codes actors."""
    assert scale.kind is not None
    actor = codebook.scale_actor(scale)
    label = next((a.label for a in codebook.actors if a.id == actor), actor)
    if scale.kind is RuptureKind.WITHDRAWAL:
        kind = QCoreApplication.translate("SegmentPanel", "withdrawal rupture")
        with_actor = QCoreApplication.translate("SegmentPanel", "{actor} withdrawal rupture")
    else:
        kind = QCoreApplication.translate("SegmentPanel", "confrontation rupture")
        with_actor = QCoreApplication.translate("SegmentPanel", "{actor} confrontation rupture")
    # {actor} reads mid-sentence in English; {Actor} keeps the label's case (German nouns)
    return with_actor.format(actor=label.lower(), Actor=label) if label else kind


class RatingBox(QComboBox):
    """A rating's box. Where the dock is narrow, a long anchor ends in '…' (a plain combo box
    cuts it off mid-word: '1  None: no impact on' at 1280x720), and the list it opens is as
    wide as its longest anchor."""

    def shown_text(self) -> str:
        """The current item's text as it fits the box."""
        return self._fitted(self._option())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._fitted(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def _option(self) -> QStyleOptionComboBox:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return option

    def _fitted(self, option: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )

    def list_width(self) -> int:
        """Wide enough for the longest item, its margins and a scroll bar."""
        metrics = self.view().fontMetrics()
        text = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        return (
            text
            + 2 * metrics.averageCharWidth()
            + self.view().verticalScrollBar().sizeHint().width()
        )

    def showPopup(self) -> None:
        self.view().setMinimumWidth(self.list_width())
        super().showPopup()


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
            box = RatingBox()
            box.addItem(self.tr(NOT_RATED), None)
            for v in range(scale.minimum, scale.maximum + 1):
                box.addItem(f"{v}  {scale.anchors.get(v, '')}".rstrip(), v)
            box.setToolTip(scale.definition)
            box.setAccessibleName(scale.label)
            # long anchors end in '…': the dock fits beside the review list at 1280 px
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
            self.header.setText(self.tr("No recording"))
            return
        if self.index is None:
            self.row = None
            self.header.setText(self.tr("Before the first segment"))
            self.summary.setText(
                self.tr(
                    "The first segment starts at {time} "
                    "(Code → Set First Segment Start at Playhead)."
                ).format(time=format_ms(grid.origin_ms, millis=False))
            )
            self._show_row(None)
            return
        start, end = grid.bounds(self.index)
        self.header.setText(
            self.tr("Segment {n}  ({start}–{end})").format(
                n=self.index + 1,
                start=format_ms(start, millis=False),
                end=format_ms(end, millis=False),
            )
        )
        rows = segment_table(rec, self.document.coder, self.document.project.codebook)
        self.row = row = rows[self.index] if self.index < len(rows) else None
        if row is not None:
            wd, cf = row.ruptures[RuptureKind.WITHDRAWAL], row.ruptures[RuptureKind.CONFRONTATION]
            strategies = sum(row.strategy_counts.values())
            self.summary.setText(
                self.tr(
                    "Coded here by {coder}: {wd} withdrawal, {cf} confrontation, "
                    "{strategies} strategies."
                ).format(coder=self.document.coder, wd=wd, cf=cf, strategies=strategies)
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
                text, colour = self._missing(text), MISSING_COLOUR
                why = self.tr("Ruptures of this kind here, and no rating yet. {why}").format(
                    why=why
                )
            hint.setText(text or " ")
            hint.setToolTip(why)
            hint.setStyleSheet(f"color: {colour}")
            self.boxes[sid].setStyleSheet(MISSING_BOX if sid in missing else "")
            self.boxes[sid].setProperty("missing", sid in missing)
            if sid not in values and suggestion(self.codebook, scale, row) is not None:
                acceptable.append(scale.label)
        self.accept_hint.setText(
            self.tr("{key} accepts the suggestion").format(key=ACCEPT_KEY) if acceptable else " "
        )
        self.accept_hint.setToolTip(
            self.tr(
                "{key} (Code → Accept Suggested Segment Ratings) rates {scales} with the "
                "suggestion; Ctrl+Z undoes."
            ).format(key=ACCEPT_KEY, scales=self.tr(" and ").join(acceptable))
            if acceptable
            else ""
        )

    def _missing(self, hint: str) -> str:
        """The hint of a scale with no rating where it needs one."""
        # {hint} continues the English sentence in lower case; {Hint} is as written
        lower = hint[:1].lower() + hint[1:]
        return self.tr("<b>Missing</b> · {hint}").format(hint=lower, Hint=hint)

    def _hint(
        self, scale: RatingScale, row: SegmentRow | None, rated: bool
    ) -> tuple[str, str, str]:
        """What the spans say about this scale here (one short line), in which colour, and
        the longer explanation for its tooltip."""
        if row is None or scale.kind is None:
            return "", MUTED_COLOUR, ""
        rupture = whose(self.codebook, scale)
        best = row.suggestion(self.codebook, scale)
        aid = self.tr(
            "The highest rating you gave a single {rupture} in this segment; the segment rating "
            "is yours to give."
        ).format(rupture=rupture)
        if best == 0:
            return (
                self.tr("No {rupture} here").format(rupture=rupture),
                MUTED_COLOUR,
                self.tr("Nothing of this kind is coded here."),
            )
        if best is None:
            return (
                self.tr("Ruptures here, none rated"),
                MUTED_COLOUR,
                self.tr("No suggestion. {aid}").format(aid=aid),
            )
        if rated:
            return (
                self.tr("Highest span rating here: {value}").format(value=best),
                MUTED_COLOUR,
                aid,
            )
        text = self.tr("Suggested {value}: the highest span rating").format(value=best)
        return text, SUGGESTED_COLOUR, aid

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
            return self.tr("No recording.")
        if self.index is None:
            return self.tr("The playhead is before the first segment: nothing to rate.")
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
        n = self.index + 1
        if not taken:
            return self.tr(
                "Segment {n}: no suggestion to accept (no rated rupture, or already rated)."
            ).format(n=n)
        if not self._apply(old, values):
            return self.tr("Segment {n}: the suggestion could not be accepted.").format(n=n)
        return self.tr(
            "Segment {n}: {ratings} accepted from the span ratings (Ctrl+Z undoes)."
        ).format(n=n, ratings=", ".join(taken))


def set_segment_origin(document: Document, ms: int) -> str:
    """Start the first segment at ms (undoable); says what happened, for the status bar."""
    rec = document.recording
    if rec is None:
        return QCoreApplication.translate("SegmentPanel", "No recording.")
    time = format_ms(ms, millis=False)
    if ms == rec.segment_origin_ms:
        return QCoreApplication.translate(
            "SegmentPanel", "Segment 1 already starts at {time}."
        ).format(time=time)
    if not document.apply(SetSegmentOrigin(document.project, rec.id, ms)):
        return QCoreApplication.translate("SegmentPanel", "The first segment could not start here.")
    if any(r.values for r in rec.segment_ratings):
        return QCoreApplication.translate(
            "SegmentPanel",
            "Segment 1 now starts at {time} (Ctrl+Z undoes); ratings keep their segment numbers: "
            "check them.",
        ).format(time=time)
    return QCoreApplication.translate(
        "SegmentPanel", "Segment 1 now starts at {time} (Ctrl+Z undoes)."
    ).format(time=time)
