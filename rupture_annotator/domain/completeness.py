"""What a 3RS coder must still do on a recording: Check Coding (Code → Check Coding…) and
`rupture-annotator validate --complete` list the same items, each with its time."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.segments import SegmentGrid, segment_table

Category = Literal[
    "segment_ruptures_unrated",
    "segment_not_rated",
    "rupture_without_marker",
    "strategy_without_code",
    "strategy_without_link",
    "before_first_segment",
    "retired_code",
]

CATEGORY_TITLES: dict[Category, str] = {
    "segment_ruptures_unrated": "segments with ruptures but no rating of their kind",
    "segment_not_rated": "segments not rated",
    "rupture_without_marker": "ruptures without a marker",
    "strategy_without_code": "strategy spans without a strategy",
    "strategy_without_link": "strategy spans not linked to a rupture",
    "before_first_segment": "spans before the first segment",
    "retired_code": "spans with a code taken out of the codebook (flagged to recode)",
}


@dataclass(frozen=True)
class OpenItem:
    recording_id: str
    coder: str
    time_ms: int
    category: Category
    text: str  # one sentence, e.g. "Segment 3: withdrawal ruptures, but no wd_significance."
    annotation_id: str | None = None
    segment_index: int | None = None


def _clock(ms: int) -> str:
    h, rest = divmod(ms // 1000, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}"


def coders_of(recording: Recording, project: Project) -> list[str]:
    """Who coded this recording (spans or ratings); the project's coders when nobody has yet."""
    found = dict.fromkeys(
        [a.coder for a in recording.annotations()]
        + [r.coder for r in recording.segment_ratings]
        + [r.coder for r in recording.session_ratings]
    )
    return list(found) or list(project.coders)


def recording_items(recording: Recording, codebook: Codebook, coder: str) -> list[OpenItem]:
    rid = recording.id
    items: list[OpenItem] = []
    grid = SegmentGrid.of(recording, codebook)
    rated_scales = [s for s in codebook.scales_for("segment")]
    for row in segment_table(recording, coder, codebook):
        where = f"Segment {row.index + 1} ({_clock(row.start_ms)}–{_clock(row.end_ms)})"
        missing = row.missing_ratings(codebook)
        if missing:
            kinds = " and ".join(
                k.value
                for k in row.ruptures
                if any(sc.id in missing for sc in codebook.segment_scales_of(k))
            )
            items.append(
                OpenItem(
                    rid,
                    coder,
                    row.start_ms,
                    "segment_ruptures_unrated",
                    f"{where}: {kinds} ruptures, but no {', '.join(missing)} rating.",
                    segment_index=row.index,
                )
            )
        elif rated_scales and not row.ratings:
            items.append(
                OpenItem(
                    rid,
                    coder,
                    row.start_ms,
                    "segment_not_rated",
                    f"{where}: not rated.",
                    segment_index=row.index,
                )
            )
    for a in sorted(recording.annotations(), key=lambda a: (a.start_ms, a.id)):
        if a.coder != coder:
            continue
        at = f"{_clock(a.start_ms)}"
        if isinstance(a, Rupture) and not a.marker_ids:
            items.append(
                OpenItem(
                    rid,
                    coder,
                    a.start_ms,
                    "rupture_without_marker",
                    f"{at}: a {a.kind.value} rupture without a marker.",
                    a.id,
                )
            )
        if isinstance(a, ResolutionStrategy):
            if not a.strategy_ids:
                items.append(
                    OpenItem(
                        rid,
                        coder,
                        a.start_ms,
                        "strategy_without_code",
                        f"{at}: a strategy span without a strategy (it is not counted).",
                        a.id,
                    )
                )
            if a.rupture_id is None:
                items.append(
                    OpenItem(
                        rid,
                        coder,
                        a.start_ms,
                        "strategy_without_link",
                        f"{at}: a strategy span not linked to a rupture.",
                        a.id,
                    )
                )
        retired = [
            c.label
            for c in (
                *(codebook.markers_by_id.get(i) for i in getattr(a, "marker_ids", ())),
                *(codebook.strategies_by_id.get(i) for i in getattr(a, "strategy_ids", ())),
            )
            if c is not None and c.retired
        ]
        if retired:
            items.append(
                OpenItem(
                    rid,
                    coder,
                    a.start_ms,
                    "retired_code",
                    f"{at}: still coded {', '.join(repr(r) for r in retired)}, taken out of the "
                    "codebook: recode it.",
                    a.id,
                )
            )
        if a.start_ms < grid.origin_ms:
            what = "ends" if a.end_ms <= grid.origin_ms else "starts"
            items.append(
                OpenItem(
                    rid,
                    coder,
                    a.start_ms,
                    "before_first_segment",
                    f"{at}: a span that {what} before the first segment "
                    f"({_clock(grid.origin_ms)}).",
                    a.id,
                )
            )
    return sorted(items, key=lambda i: (i.time_ms, i.category))


def open_items(project: Project, coder: str | None = None) -> list[OpenItem]:
    """Everything still to code, per recording and coder (one coder's only, when given)."""
    items: list[OpenItem] = []
    for rec in project.media:
        for c in [coder] if coder is not None else coders_of(rec, project):
            items += recording_items(rec, project.codebook, c)
    return items


def summary(items: list[OpenItem]) -> dict[Category, int]:
    """How many items of each category (every category, 0 included)."""
    counted = Counter(i.category for i in items)
    return {c: counted.get(c, 0) for c in CATEGORY_TITLES}
