"""The checks of all spans at once (a column at a time) find what a walk span by span finds,
in the same order, on projects damaged in any of the ways a file can be."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rupture_annotator.domain.annotations import Annotation, Rupture
from rupture_annotator.domain.checks import (
    Problem,
    _QuickCheck,
    annotation_problems,
    project_problems,
    rating_problems,
    reel_problems,
)
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.session import field_problems, session_problems
from tests.unit.test_roundtrip_hypothesis import projects


def _one_by_one(project: Project) -> Iterator[Problem]:
    """project_problems as it was written before the checks at once: every span walked, the
    detailed rules only for a span the quick test of one span refuses."""
    codebook, coders = project.codebook, project.coders
    fast = _QuickCheck(codebook, coders)
    if len(set(coders)) != len(coders):
        yield "coders", "lists a coder twice"
    yield from field_problems(project.session_fields, project.required_session_fields)
    recording_ids: set[str] = set()
    seen: set[str] = set()
    for m, rec in enumerate(project.media):
        base = f"media[{m}]"
        if rec.id in recording_ids:
            yield f"{base}.id", f"duplicate id {rec.id!r}"
        recording_ids.add(rec.id)
        for sub, reason in session_problems(project.session_fields, rec.session):
            yield f"{base}.session.{sub}", reason
        groups: tuple[tuple[str, list[Annotation]], ...] = (
            ("ruptures", list(rec.ruptures)),
            ("resolutions", list(rec.resolutions)),
        )
        rupture_ids = {r.id: r.coder for r in rec.ruptures}
        for field, items in groups:
            for i, a in enumerate(items):
                path = f"{base}.{field}[{i}]"
                if a.id in seen:
                    yield f"{path}.id", f"duplicate id {a.id!r}"
                seen.add(a.id)
                if not fast.ok(rec.media.duration_ms, rupture_ids, a):
                    for sub, reason in annotation_problems(codebook, coders, rec, a):
                        yield f"{path}.{sub}", reason
        keys: set[tuple[int, str]] = set()
        for i, sr in enumerate(rec.segment_ratings):
            if (sr.segment_index, sr.coder) in keys:
                yield (
                    f"{base}.segment_ratings[{i}]",
                    "a second rating of the same segment by the same coder",
                )
            keys.add((sr.segment_index, sr.coder))
            for sub, reason in rating_problems(codebook, coders, sr):
                yield f"{base}.segment_ratings[{i}].{sub}", reason
        session_coders: set[str] = set()
        for i, ss in enumerate(rec.session_ratings):
            if ss.coder in session_coders:
                yield f"{base}.session_ratings[{i}]", "a second session rating by the same coder"
            session_coders.add(ss.coder)
            for sub, reason in rating_problems(codebook, coders, ss):
                yield f"{base}.session_ratings[{i}].{sub}", reason
    yield from reel_problems(project)


def _damages(project: Project, span: Annotation) -> list[list[dict[str, Any]]]:
    """What a damaged file can say about this span instead, by kind of damage (each change
    alone)."""
    cb = project.codebook
    ids = [a.id for rec in project.media for a in (*rec.ruptures, *rec.resolutions)]
    kinds: list[list[dict[str, Any]]] = [
        [{"coder": "mallory"}],
        [{"end_ms": 100 * 3600 * 1000, "start_ms": 0}],
        [{"id": i} for i in ids if i != span.id],  # another span's: twice in the project
    ]
    if isinstance(span, Rupture):
        other_kind = [m.id for m in cb.markers if m.kind != span.kind]
        kinds += [
            [{"marker_ids": ("wd_nothing",)}],
            [{"marker_ids": (*span.marker_ids, *span.marker_ids[:1])}],
            [{"marker_ids": (m,)} for m in other_kind],
            [{"significance": 9}, {"significance": 1}],
            [{"actor": "nobody"}, {"actor": None}],
        ]
    else:
        ruptures = [r.id for rec in project.media for r in rec.ruptures]
        kinds += [
            [{"strategy_ids": ("rs_nothing",)}],
            [{"strategy_ids": (*span.strategy_ids, *span.strategy_ids[:1])}],
            [{"resolution": 9}, {"resolution": 1}],
            # no such rupture, or another coder's or recording's
            [{"rupture_id": r} for r in ["no_such_rupture", *ruptures]],
        ]
    return [k for k in kinds if k]


def _change(rec: Recording, field: str, i: int, change: dict[str, Any]) -> Annotation:
    """Change a span as a file could say it, unchecked; returns the span as it was."""
    items = getattr(rec, field)
    old: Annotation = items[i]
    items[i] = old.model_copy(update=change)
    rec._reindex()
    return old


def _put_back(rec: Recording, field: str, i: int, old: Annotation) -> None:
    getattr(rec, field)[i] = old
    rec._reindex()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects(), data=st.data())
def test_the_checks_at_once_find_what_one_by_one_finds(
    project: Project, data: st.DataObject
) -> None:
    spans = [
        (rec, field, i)
        for rec in project.media
        for field in ("ruptures", "resolutions")
        for i in range(len(getattr(rec, field)))
    ]
    assert list(project_problems(project)) == list(_one_by_one(project)) == []
    if not spans:
        return
    rec, field, i = data.draw(st.sampled_from(spans))
    for kind in _damages(project, getattr(rec, field)[i]):  # every kind of damage, alone
        change = data.draw(st.sampled_from(kind))
        old = _change(rec, field, i, change)
        assert list(project_problems(project)) == list(_one_by_one(project)), change
        _put_back(rec, field, i, old)
    for _ in range(data.draw(st.integers(1, 3))):  # and a few at once
        rec, field, i = data.draw(st.sampled_from(spans))
        kind = data.draw(st.sampled_from(_damages(project, getattr(rec, field)[i])))
        _change(rec, field, i, data.draw(st.sampled_from(kind)))
    assert list(project_problems(project)) == list(_one_by_one(project))
