"""What the timeline shows of one recording, kept in step with the project's change events."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from rupture_annotator.domain.annotations import (
    Annotation,
    ResolutionStrategy,
    Rupture,
    SegmentRating,
)
from rupture_annotator.domain.codebook import Codebook, RatingScale
from rupture_annotator.domain.project import Change, EditError, Project
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.segments import (
    SegmentGrid,
    SegmentRow,
    coded_length_ms,
    segment_table,
)
from rupture_annotator.ui.language import shown, user_language
from rupture_annotator.ui.timeline.span_index import SpanIndex, lane_of

# The lanes are the app's, not the codebook's (a codebook names its codes, never the kinds):
# their titles are the app's text, in English here and translated where shown (lane_title).
LANE_TITLES = {
    "withdrawal": str(QT_TRANSLATE_NOOP("Timeline", "Withdrawal")),
    "confrontation": str(QT_TRANSLATE_NOOP("Timeline", "Confrontation")),
    "resolution": str(QT_TRANSLATE_NOOP("Timeline", "Resolution")),
}


def lane_title(lane: str) -> str:
    """A lane's title in the user's language: "Withdrawal", "Rückzug"."""
    return QCoreApplication.translate("Timeline", LANE_TITLES[lane])


class TimelineScene:
    """The current recording's spans by id and by lane, the strategy-to-rupture links and the
    rated segments; updated per change event rather than rebuilt."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.recording_id: str | None = None
        self.spans: dict[str, Annotation] = {}
        self.index = SpanIndex(tag_of=self.color_of)
        self.addressed_by: dict[str, set[str]] = {}  # rupture id -> strategy ids
        self.rupture_of: dict[str, str] = {}  # strategy id -> rupture id
        self.duration_ms = 60_000
        self.version = 0  # bumps on every change to spans, for caches derived from them
        # spans begun with W/C/R and not ended yet: lane -> start ms (drawn up to the playhead)
        self.pending: dict[str, int] = {}
        self._short_labels: dict[str, str] = {}
        # bumps on every change the segment band shows (spans, ratings, the grid's origin)
        self.segment_version = 0
        self._grid: tuple[int, SegmentGrid | None] | None = None
        self._rows: tuple[tuple[int, str], list[SegmentRow]] | None = None
        self._shown: tuple[Codebook, str, Codebook] | None = None

    @property
    def codebook(self) -> Codebook:
        return self.project.codebook

    @property
    def shown_codebook(self) -> Codebook:
        """The codebook as the user reads it, its labels in their language where it has them:
        for what the timeline says (span labels, tooltips), not for what it counts."""
        cb, language = self.project.codebook, user_language()
        found = self._shown
        if found is None or found[0] is not cb or found[1] != language:
            found = self._shown = (cb, language, shown(cb, language))
        return found[2]

    def recording(self) -> Recording | None:
        if self.recording_id is None:
            return None
        try:
            return self.project.recording(self.recording_id)
        except EditError:
            return None

    def set_recording(self, recording_id: str | None) -> None:
        self.recording_id = recording_id
        rec = self.recording()
        if rec is None:
            self.recording_id = None
        annotations = rec.annotations() if rec is not None else []
        self.spans = {a.id: a for a in annotations}
        self.index.load(annotations)
        self.addressed_by, self.rupture_of = {}, {}
        for a in annotations:
            self._link(a)
        self.duration_ms = self._duration(rec)
        self._short_labels = {}
        self.pending = {}
        self.version += 1
        self.segment_version += 1

    def apply(self, change: Change) -> bool:
        """Follow one project change; True when it alters what this recording shows."""
        if change.recording_id is None or change.recording_id != self.recording_id:
            return change.kind in ("coder_added", "coder_removed")
        self.segment_version += 1
        if change.kind in ("annotation_added", "annotation_changed", "annotation_removed"):
            old, new = change.old, change.new
            if isinstance(old, Rupture | ResolutionStrategy):
                self.index.remove(old)
                self.spans.pop(old.id, None)
                self._short_labels.pop(old.id, None)
                self._unlink(old)
            if isinstance(new, Rupture | ResolutionStrategy):
                self.index.add(new)
                self.spans[new.id] = new
                self._link(new)
                self.duration_ms = max(self.duration_ms, new.end_ms)
            self.version += 1
            return True
        if change.kind == "recording_changed":
            self.duration_ms = self._duration(self.recording())
            return True
        return change.kind in ("rating_changed", "segment_origin_changed")

    # -- reading -------------------------------------------------------------------------------
    def rated_segments(self, coders: set[str] | None) -> set[int]:
        rec = self.recording()
        if rec is None:
            return set()
        ratings: list[SegmentRating] = rec.segment_ratings
        return {r.segment_index for r in ratings if coders is None or r.coder in coders}

    def grid(self) -> SegmentGrid | None:
        """The recording's segments, from its segment origin."""
        if self._grid is None or self._grid[0] != self.segment_version:
            rec = self.recording()
            grid = SegmentGrid.of(rec, self.codebook) if rec is not None else None
            self._grid = (self.segment_version, grid)
        return self._grid[1]

    def segment_rows(self, coder: str) -> list[SegmentRow]:
        """One coder's 3RS segment table (ratings, ruptures per kind), derived once per change."""
        key = (self.segment_version, coder)
        if self._rows is None or self._rows[0] != key:
            rec = self.recording()
            rows = segment_table(rec, coder, self.codebook) if rec is not None else []
            self._rows = (key, rows)
        return self._rows[1]

    def segment_scales(self) -> tuple[RatingScale, ...]:
        """The segment scales, labelled in the user's language (ids as the codebook's)."""
        return self.shown_codebook.scales_for("segment")

    def coders_with_spans(self) -> set[str]:
        return self.index.coders()

    def color_of(self, a: Annotation) -> str:
        cb = self.project.codebook
        if isinstance(a, Rupture):
            for mid in a.marker_ids:
                marker = cb.markers_by_id.get(mid)
                if marker is not None:
                    return marker.color
        else:
            for sid in a.strategy_ids:
                strategy = cb.strategies_by_id.get(sid)
                if strategy is not None:
                    return strategy.color
        return cb.color_of(lane_of(a))

    def lane_color(self, lane: str) -> str:
        return self.project.codebook.color_of(lane)

    def short_label(self, a: Annotation) -> str:
        """What a span says on itself: its first marker or strategy and its rating."""
        found = self._short_labels.get(a.id)
        if found is None:
            found = self._short_labels[a.id] = self._compose_label(a)
        return found

    def _compose_label(self, a: Annotation) -> str:
        cb = self.shown_codebook
        if isinstance(a, Rupture):
            names = [cb.markers_by_id[m].label for m in a.marker_ids if m in cb.markers_by_id]
            rating = ""
            if a.significance is not None:
                # significance, abbreviated: a span's label has little room
                rating = QCoreApplication.translate("Timeline", "sig {n}").format(n=a.significance)
        else:
            names = [
                cb.strategies_by_id[s].label for s in a.strategy_ids if s in cb.strategies_by_id
            ]
            rating = ""
            if a.resolution is not None:
                # the resolution rating, abbreviated
                rating = QCoreApplication.translate("Timeline", "res {n}").format(n=a.resolution)
        text = names[0] if names else lane_title(lane_of(a))
        if len(names) > 1:
            text += f" +{len(names) - 1}"
        if isinstance(a, Rupture) and cb.actors and a.actor is not None:
            label = next((x.label for x in cb.actors if x.id == a.actor), a.actor)
            text = f"{label}: {text}"  # whose moving away/against it is (3RS v2022)
        return f"{text} · {rating}" if rating else text

    # -- internals -----------------------------------------------------------------------------
    def _link(self, a: Annotation) -> None:
        if isinstance(a, ResolutionStrategy) and a.rupture_id is not None:
            self.addressed_by.setdefault(a.rupture_id, set()).add(a.id)
            self.rupture_of[a.id] = a.rupture_id

    def _unlink(self, a: Annotation) -> None:
        if isinstance(a, ResolutionStrategy) and a.rupture_id is not None:
            self.rupture_of.pop(a.id, None)
            linked = self.addressed_by.get(a.rupture_id)
            if linked is not None:
                linked.discard(a.id)
                if not linked:
                    del self.addressed_by[a.rupture_id]

    def _duration(self, rec: Recording | None) -> int:
        if rec is None:
            return 60_000
        last_end = max((a.end_ms for a in self.spans.values()), default=0)
        return max(coded_length_ms(rec), last_end, 1_000)


def scale_code(codebook: Codebook, scale: RatingScale) -> str:
    """A scale's name in the segment band: W or C for a kind (WT, CT for a rating of the
    therapist's under 3RS v2022), else the initials of its label (R for Resolution). W and C
    are the keys that code the kinds, in every language (and a translated initial could meet a
    label's: German Rückzug and an English codebook's Resolution); the band's tooltip names the
    scales in full."""
    if scale.kind is not None:
        actor = codebook.scale_actor(scale)
        other = actor is not None and actor != codebook.default_actor
        label = next((a.label for a in codebook.actors if a.id == actor), actor or "")
        return scale.kind.value[0].upper() + (label[:1].upper() if other else "")
    return "".join(w[0] for w in scale.label.split()[:2]).upper()
