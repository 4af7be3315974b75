"""The bundled demo session: a valid project whose recording is there and is the one coded."""

from __future__ import annotations

import itertools

import pytest

from rupture_annotator.cli import main
from rupture_annotator.domain.annotations import ResolutionStrategy
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.segments import segment_table
from rupture_annotator.media.probe import probe
from rupture_annotator.storage.media_files import fingerprint, matches, resolve_media
from rupture_annotator.storage.project_file import load_project
from tests.conftest import REPO

DEMO = REPO / "resources" / "demo"
PROJECT = DEMO / "session.rupture.json"
VIDEO = DEMO / "session.mp4"


@pytest.fixture(scope="module")
def demo() -> Project:
    return load_project(PROJECT)


def test_the_demo_project_validates(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(PROJECT)]) == 0
    assert capsys.readouterr().out == f"OK  {PROJECT}\n"


def test_its_recording_resolves_and_matches(demo: Project) -> None:
    ref = demo.media[0].media
    assert ref.path == "session.mp4"  # relative, so the installed folder can move
    found = resolve_media(ref, PROJECT.parent)
    assert found == VIDEO.resolve() and found.is_file()
    assert ref.size == VIDEO.stat().st_size
    assert ref.fingerprint == fingerprint(VIDEO)
    assert matches(ref, found)


def test_the_recording_is_short_small_and_seekable(demo: Project) -> None:
    import av

    info = probe(VIDEO)
    assert 120_000 <= info.duration_ms <= 180_000
    assert info.fps == 25.0 and (info.width, info.height) == (640, 360)
    assert info.has_audio and info.codec == "h264"
    assert demo.media[0].media.duration_ms == info.duration_ms
    assert VIDEO.stat().st_size + PROJECT.stat().st_size <= 2 * 2**20
    with av.open(str(VIDEO)) as container:
        assert "synthetic" in container.metadata.get("title", "")
        stream = container.streams.video[0]
        # no B-frames: packets arrive in display order, which frame-exact seeking relies on
        pts = [p.pts for p in itertools.islice(container.demux(stream), 300) if p.pts is not None]
    assert len(pts) == 300 and pts == sorted(pts)


def test_it_shows_every_kind_of_coding(demo: Project) -> None:
    assert demo.coders == ["demo"]
    rec = demo.media[0]
    assert 3 <= len(rec.ruptures) <= 4
    assert {r.kind for r in rec.ruptures} == set(RuptureKind)
    for r in rec.ruptures:
        assert r.coder == "demo" and r.marker_ids and r.significance and r.note
    linked = [s for s in rec.resolutions if s.rupture_id is not None]
    assert len(linked) == 2
    assert all(isinstance(s, ResolutionStrategy) and s.strategy_ids for s in linked)
    assert {s.rupture_id for s in linked} <= {r.id for r in rec.ruptures}
    assert len(rec.segment_ratings) >= 2 and rec.session_ratings
    rows = segment_table(rec, "demo", demo.codebook)
    assert sum(sum(row.marker_counts.values()) for row in rows) >= len(rec.ruptures)
    assert all(row.ratings for row in rows)


def test_the_demo_folder_holds_only_its_files() -> None:
    names = sorted(p.name for p in DEMO.iterdir())
    assert names == ["session.mp4", "session.rupture.json", "session.srt"]
