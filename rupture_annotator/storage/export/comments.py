"""The Comments sheet: a row per comment left on a rupture or strategy while reviewing it."""

from __future__ import annotations

from rupture_annotator.domain.annotations import Annotation, Rupture
from rupture_annotator.storage.export.columns import Table
from rupture_annotator.storage.export.layout import (
    Layout,
    recording_cells,
    recording_columns,
    recordings,
    session_columns,
)
from rupture_annotator.storage.export.study import Study


def comments_table(study: Study, layout: Layout) -> Table:
    t = Table("Comments", "One row per comment on a rupture or resolution strategy span.")
    recording_columns(t)
    t.add(
        "annotation_id",
        "text",
        "The span commented on (Ruptures.rupture_id or Resolutions.resolution_id).",
    )
    t.add("annotation_kind", "text", "withdrawal, confrontation or resolution.")
    t.add("coder", "text", "Who coded the span.")
    t.add("annotation_start", "time", "When the span starts, as a time value.")
    t.add("comment_id", "text", "The comment's id in its project file.")
    t.add("author", "text", "Who wrote the comment (e.g. the supervisor, in review mode).")
    t.add("time", "text", "When the comment was written: ISO 8601 date and time with its offset.")
    t.add("text", "text", "The comment.")
    session_columns(t, layout)
    for sp, rec, coders in recordings(study):
        wanted = set(coders)
        head = recording_cells(sp, rec, layout)
        spans: list[Annotation] = [*rec.ruptures, *rec.resolutions]
        spans.sort(key=lambda a: (a.start_ms, a.end_ms, a.coder, a.id))
        for a in spans:
            if a.coder not in wanted:
                continue
            kind = a.kind.value if isinstance(a, Rupture) else "resolution"
            for c in a.comments:  # in the order written
                t.rows.append(
                    [
                        *head,
                        a.id,
                        kind,
                        a.coder,
                        a.start_ms,
                        c.id,
                        c.author,
                        c.created.isoformat(),
                        c.text,
                    ]
                )
    return t
