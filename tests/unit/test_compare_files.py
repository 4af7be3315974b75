"""The files a reliability meeting opens: coders matched by the video's fingerprint, never by file
name; the consensus file beside theirs, opened again when it exists; nothing written on reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupture_annotator.domain.blind import CONSENSUS, blinded
from rupture_annotator.domain.consensus import accepted
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import Recording
from rupture_annotator.storage.compare_files import CompareError, candidate_files, open_meeting
from rupture_annotator.storage.media_files import fingerprint
from rupture_annotator.storage.project_file import load_project, save_project
from tests.unit.test_compare_consensus import two_coders


def coder_files(tmp_path: Path) -> tuple[Project, dict[str, Path]]:
    video = tmp_path / "video.mp4"
    video.write_bytes(b"a recording " * 1000)
    both = two_coders()
    rec = both.media[0]
    ref = rec.media.model_copy(
        update={"fingerprint": fingerprint(video), "size": video.stat().st_size}
    )
    paths = {}
    for coder, name in (("ana", "renamed_copy.mp4"), ("ben", "video.mp4")):
        own = blinded(rec, {coder}).model_copy(
            update={"media": ref.model_copy(update={"path": name})}
        )
        project = Project(codebook=both.codebook, coders=[coder], media=[own])
        paths[coder] = tmp_path / f"{coder}.rupture.json"
        save_project(project, paths[coder])
    return both, paths


def test_coders_match_by_fingerprint_and_the_consensus_goes_beside_them(tmp_path: Path) -> None:
    both, paths = coder_files(tmp_path)
    before = {p: p.read_bytes() for p in paths.values()}
    reference = next(iter(open_meeting_ref(paths)))
    meeting = open_meeting(reference, candidate_files([tmp_path]), tmp_path)
    assert meeting.coders == ["ana", "ben"]
    assert meeting.consensus_path == tmp_path / f"renamed_copy-{CONSENSUS}.rupture.json"
    assert not meeting.consensus_path.exists()
    assert [d.what for d in meeting.comparison().disagreements][:2] == ["rating", "markers"]
    crec = meeting.recording_of(CONSENSUS)
    meeting.consensus.add_annotation(crec.id, accepted(both.media[0].ruptures[0], CONSENSUS, crec))
    save_project(meeting.consensus, meeting.consensus_path)
    again = open_meeting(reference, candidate_files([tmp_path]), tmp_path)
    assert again.coders == ["ana", "ben"]  # the consensus file is the consensus, not a coder
    assert len(again.recording_of(CONSENSUS).ruptures) == 1
    study = again.study(with_consensus=True)
    assert [sp.project.coders for sp in study.projects] == [["ana"], ["ben"], [CONSENSUS]]
    assert {p: p.read_bytes() for p in paths.values()} == before


def open_meeting_ref(paths: dict[str, Path]) -> list[Recording]:
    """ana's recording as her open project holds it."""
    return [load_project(paths["ana"]).media[0]]


def test_one_coder_is_not_enough(tmp_path: Path) -> None:
    _both, paths = coder_files(tmp_path)
    reference = open_meeting_ref(paths)[0]
    with pytest.raises(CompareError, match="two coders' files"):
        open_meeting(reference, [paths["ana"]], tmp_path)
