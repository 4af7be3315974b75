"""Comments on annotations and saved reels: in the project, in the file, from older files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from rupture_annotator.domain.annotations import Comment, ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Change, EditError, Project
from rupture_annotator.domain.reels import Reel, reel_moments
from rupture_annotator.domain.review import MomentFilter, select
from rupture_annotator.storage.demo import DEMO_PROJECT
from rupture_annotator.storage.migrations import SCHEMA_VERSION
from rupture_annotator.storage.project_file import load_project, save_project
from tests.factories import empty_project

V2_FILE = Path(__file__).parent / "data" / "session-v2.rupture.json"


def coded() -> Project:
    project = empty_project(coders=("ana", "ben"))
    for n, (kind, sig) in enumerate(
        [
            (RuptureKind.WITHDRAWAL, 2),
            (RuptureKind.CONFRONTATION, 4),
            (RuptureKind.CONFRONTATION, 3),
        ]
    ):
        project.add_annotation(
            "rec1",
            Rupture(
                id=f"r{n}",
                kind=kind,
                start_ms=10_000 * (n + 1),
                end_ms=10_000 * (n + 1) + 4000,
                coder="ana",
                significance=sig,
            ),
        )
    project.add_annotation(
        "rec1",
        ResolutionStrategy(id="s0", start_ms=25_000, end_ms=27_000, coder="ana", rupture_id="r1"),
    )
    return project


def test_a_comment_is_an_edit_that_undo_reverses() -> None:
    project = coded()
    seen: list[Change] = []
    project.subscribe(seen.append)
    old = project.recording("rec1").find("r1")
    comment = Comment(author="supervisor", text="Name the confrontation here.")
    new = project.edit("rec1", "r1", comments=(*old.comments, comment))
    project.update_annotation("rec1", new)
    assert project.recording("rec1").find("r1").comments == (comment,)
    assert seen[-1].kind == "annotation_changed" and seen[-1].old is old
    project.update_annotation("rec1", old)
    assert project.recording("rec1").find("r1").comments == ()


def test_an_empty_comment_is_refused() -> None:
    with pytest.raises(ValueError, match="text"):
        Comment(author="supervisor", text="")


def test_the_review_filter_finds_commented_moments() -> None:
    project = coded()
    comment = Comment(author="sup", text="Good repair.")
    project.update_annotation("rec1", project.edit("rec1", "s0", comments=(comment,)))
    found = select(project.recording("rec1"), MomentFilter(with_comments=True))
    assert [(m.annotation_id, m.comment_count) for m in found] == [("s0", 1)]


def test_comments_and_reels_survive_save_and_load(tmp_path: Path) -> None:
    project = coded()
    comment = Comment(author="sup", text='=HYPERLINK("x")\nsecond line')
    project.update_annotation("rec1", project.edit("rec1", "r0", comments=(comment,)))
    project.add_reel(Reel(id="meeting", name="Meeting", picks=("r2", "r0")))
    flt = MomentFilter(kinds=frozenset({"confrontation"}), min_significance=3)
    project.add_reel(Reel(name="Confrontations ≥ 3", filter=flt, order="significance"))
    path = tmp_path / "p.rupture.json"
    save_project(project, path)
    again = load_project(path)
    assert again.model_dump() == project.model_dump()
    assert json.loads(path.read_bytes())["schema_version"] == SCHEMA_VERSION >= 5


def test_a_reel_plays_its_picks_in_order_or_its_filter_in_its_order() -> None:
    project = coded()
    rec = project.recording("rec1")
    picked = Reel(name="picked", picks=("r2", "s0", "r0"))
    assert [m.annotation_id for m in reel_moments(rec, picked)] == ["r2", "s0", "r0"]
    flt = MomentFilter(kinds=frozenset({"confrontation"}), min_significance=3)
    filtered = Reel(name="f", filter=flt, order="significance")
    assert [m.annotation_id for m in reel_moments(rec, filtered)] == ["r1", "r2"]
    assert filtered.filter == MomentFilter(kinds=frozenset({"confrontation"}), min_significance=3)
    project.remove_annotation("rec1", "r2")  # a deleted pick is skipped, not an error
    assert [m.annotation_id for m in reel_moments(rec, picked)] == ["s0", "r0"]


def test_reel_edits_are_checked_and_announced() -> None:
    project = coded()
    seen: list[str] = []
    project.subscribe(lambda c: seen.append(c.kind))
    reel = Reel(id="a", name="Meeting")
    project.add_reel(reel)
    with pytest.raises(EditError, match="already"):
        project.add_reel(reel)
    with pytest.raises(EditError, match="named"):
        project.add_reel(Reel(name="Meeting"))
    with pytest.raises(EditError, match="not in the project"):
        project.add_reel(Reel(name="Other", picks=("nope",)))
    renamed = reel.with_changes(name="Tuesday", picks=("r0",))
    assert project.update_reel(renamed) == reel
    assert project.reel("a").name == "Tuesday"
    assert project.remove_reel("a") == renamed and project.reels == []
    with pytest.raises(EditError, match="no reel"):
        project.remove_reel("a")
    assert seen == ["reel_added", "reel_changed", "reel_removed"]


def test_a_schema_2_file_migrates_and_loads(tmp_path: Path) -> None:
    path = tmp_path / "old.rupture.json"
    shutil.copyfile(V2_FILE, path)
    before = path.read_bytes()
    assert json.loads(before)["schema_version"] == 2
    project = load_project(path)
    assert path.read_bytes() == before  # loading never writes
    assert project.annotation_count() > 0 and project.reels == []
    assert all(not a.comments for rec in project.media for a in rec.annotations())
    save_project(project, path)
    assert json.loads(path.read_bytes())["schema_version"] == SCHEMA_VERSION
    assert load_project(path).model_dump() == project.model_dump()


def test_the_demo_is_current_and_carries_a_supervisor_comment() -> None:
    data = json.loads(DEMO_PROJECT.read_bytes())
    assert data["schema_version"] == SCHEMA_VERSION
    comments = [c for a in load_project(DEMO_PROJECT).media[0].annotations() for c in a.comments]
    assert [c.author for c in comments] == ["supervisor"]


def test_a_file_with_a_reel_twice_is_refused_with_its_place(tmp_path: Path) -> None:
    project = coded()
    project.add_reel(Reel(id="a", name="Meeting"))
    path = tmp_path / "p.rupture.json"
    save_project(project, path)
    data = json.loads(path.read_bytes())
    data["reels"].append({**data["reels"][0], "id": "b"})
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=r"reels\[1\]\.name: a second reel named 'Meeting'"):
        load_project(path)


def test_a_file_keeps_a_reel_whose_pick_was_deleted(tmp_path: Path) -> None:
    project = coded()
    project.add_reel(Reel(name="Meeting", picks=("r0", "r2")))
    project.remove_annotation("rec1", "r2")
    path = tmp_path / "p.rupture.json"
    save_project(project, path)
    again = load_project(path)
    assert [m.annotation_id for m in reel_moments(again.recording("rec1"), again.reels[0])] == [
        "r0"
    ]
