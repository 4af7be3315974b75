"""Any project the edit rules allow survives save and load unchanged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rupture_annotator.domain.annotations import (
    Comment,
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
)
from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.project_file import load_project, project_bytes, save_project

MAX_MS = 100 * 3600 * 1000
IDS = st.text(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-", min_size=1, max_size=16
)
MAX_ANNOTATIONS = 2 * (5 + 4)  # recordings x (ruptures + strategies), as drawn below
TIMES = st.datetimes(
    min_value=datetime(1990, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5))]),
)


COMMENTS = st.lists(
    st.builds(
        Comment,
        id=IDS,
        author=st.text(min_size=1, max_size=20),
        created=TIMES,
        text=st.text(min_size=1, max_size=40),
    ),
    max_size=2,
).map(tuple)


@cache
def _codebook(name: str) -> Codebook:
    return load_codebook(name)


def _scale_values(cb: Codebook, target: str) -> st.SearchStrategy[dict[str, int]]:
    scales = {s.id: s for s in cb.scales if s.target == target}
    if not scales:
        return st.just({})
    return st.dictionaries(st.sampled_from(sorted(scales)), st.integers(1, 5), max_size=4).map(
        lambda d: {k: min(max(v, scales[k].minimum), scales[k].maximum) for k, v in d.items()}
    )


def _rating(cb: Codebook, scale_id: str) -> st.SearchStrategy[int | None]:
    scale = cb.scale(scale_id)
    if scale is None:
        return st.none()  # the codebook has no such per-span scale: nothing to rate
    return st.none() | st.integers(scale.minimum, scale.maximum)


@st.composite
def _span_times(draw: st.DrawFn, duration: int | None) -> tuple[int, int]:
    limit = duration or MAX_MS
    start = draw(st.integers(0, limit - 1))
    end = draw(st.integers(start + 1, min(limit, start + 3_600_000)))
    return start, end


@st.composite
def projects(draw: st.DrawFn) -> Project:
    """A project built only through the edit operations, so every rule holds."""
    cb = _codebook(draw(st.sampled_from(["3rs-2015", "3rs-2022"])))
    project = Project(codebook=cb)
    names = draw(
        st.lists(
            st.text(min_size=1, max_size=12).map(str.strip).filter(bool),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    for name in names:
        project.add_coder(name)
    coders = st.sampled_from(project.coders)
    ids = draw(st.lists(IDS, min_size=MAX_ANNOTATIONS, max_size=MAX_ANNOTATIONS, unique=True))
    fresh_id = ids.pop

    # recordings and annotations are looked up apart: their ids may coincide
    recording_ids = draw(st.lists(IDS | st.sampled_from(ids), min_size=1, max_size=2, unique=True))
    for rec_id in recording_ids:
        duration = draw(st.none() | st.integers(1, 4 * 3600 * 1000))
        media = MediaRef(
            path=draw(st.text(min_size=1, max_size=30)),
            size=draw(st.none() | st.integers(0, 2**40)),
            fingerprint=draw(st.none() | st.text(max_size=44)),
            duration_ms=duration,
            fps=draw(st.none() | st.floats(1.0, 1000.0)),
            width=draw(st.none() | st.integers(0, 8192)),
            height=draw(st.none() | st.integers(0, 8192)),
            has_video=draw(st.booleans()),
        )
        project.add_recording(media, rec_id)
        rupture_ids: list[tuple[str, str]] = []  # (id, coder)
        for _ in range(draw(st.integers(0, 5))):
            kind = draw(st.sampled_from(list(RuptureKind)))
            markers = [m.id for m in cb.markers_of(kind)]
            start, end = draw(_span_times(duration))
            created = draw(TIMES)
            r = Rupture(
                id=fresh_id(),
                kind=kind,
                start_ms=start,
                end_ms=end,
                coder=draw(coders),
                actor=draw(st.sampled_from([a.id for a in cb.actors])) if cb.actors else None,
                marker_ids=tuple(draw(st.lists(st.sampled_from(markers), unique=True, max_size=3))),
                significance=draw(_rating(cb, "significance")),
                note=draw(st.text(max_size=40)),
                comments=draw(COMMENTS),
                created=created,
                modified=created + draw(st.timedeltas(timedelta(0), timedelta(days=30))),
            )
            project.add_annotation(rec_id, r)
            rupture_ids.append((r.id, r.coder))
        for _ in range(draw(st.integers(0, 4))):
            start, end = draw(_span_times(duration))
            coder = draw(coders)
            own = [i for i, c in rupture_ids if c == coder]  # a strategy answers its coder's
            s = ResolutionStrategy(
                id=fresh_id(),
                start_ms=start,
                end_ms=end,
                coder=coder,
                strategy_ids=tuple(
                    draw(
                        st.lists(
                            st.sampled_from([x.id for x in cb.strategies]), max_size=3, unique=True
                        )
                    )
                ),
                rupture_id=draw(st.none() | st.sampled_from(own)) if own else None,
                resolution=draw(_rating(cb, "resolution")),
                note=draw(st.text(max_size=40)),
                comments=draw(COMMENTS),
                created=draw(TIMES),
            )
            project.add_annotation(rec_id, s)
        for index, coder in draw(
            st.lists(st.tuples(st.integers(0, 50), coders), max_size=4, unique=True)
        ):
            values = draw(_scale_values(cb, "segment"))
            project.set_segment_rating(
                rec_id, SegmentRating(segment_index=index, coder=coder, values=values)
            )
        for coder in draw(st.lists(coders, max_size=2, unique=True)):
            values = draw(_scale_values(cb, "session"))
            project.set_session_rating(rec_id, SessionRating(coder=coder, values=values))
    return project


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("roundtrip")


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects())
def test_any_valid_project_survives_save_and_load(folder: Path, project: Project) -> None:
    path = folder / "p.rupture.json"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded.model_dump() == project.model_dump()
    assert loaded.codebook == project.codebook
    assert project_bytes(loaded) == path.read_bytes()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects(), data=st.data())
def test_a_loaded_project_edited_again_still_round_trips(
    folder: Path, project: Project, data: st.DataObject
) -> None:
    path = folder / "e.rupture.json"
    save_project(project, path)
    loaded = load_project(path)
    rec = loaded.media[0]
    if rec.ruptures:
        victim = data.draw(st.sampled_from([r.id for r in rec.ruptures]))
        loaded.remove_annotation(rec.id, victim)
    if rec.resolutions:
        moved = data.draw(st.sampled_from(rec.resolutions))
        start, end = data.draw(_span_times(rec.media.duration_ms))
        loaded.move_annotation(rec.id, moved.id, start, end)
    save_project(loaded, path)
    assert load_project(path).model_dump() == loaded.model_dump()
