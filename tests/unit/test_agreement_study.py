"""Which recordings are one session and who coded them: matched by fingerprint, nothing dropped
or merged silently."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rupture_annotator.domain.annotations import Rupture, SegmentRating
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.storage.agreement import AgreementOptions, agreement
from rupture_annotator.storage.agreement.matching import match_study, near_duplicates
from rupture_annotator.storage.agreement.workbook import agreement_tables
from rupture_annotator.storage.export import StudyError, load_study
from rupture_annotator.storage.project_file import load_project
from tests.unit.agreement_study import coder_project, fake_recordings, save


def _study(tmp_path: Path, coders: list[str], n: int = 2) -> list[Path]:
    refs = fake_recordings(tmp_path / "videos", n)
    return [save(coder_project(c, refs, 900_000), tmp_path / f"{c}.rupture.json") for c in coders]


def test_recordings_are_matched_by_fingerprint_not_name(tmp_path: Path) -> None:
    paths = _study(tmp_path, ["ana", "ben"])
    names = {load_project(p).media[0].media.path for p in paths}
    assert len(names) == 2, "the files name their copies differently"
    m = match_study(load_study(paths))
    assert len(m.recordings) == 2 and all(r.coders == ["ana", "ben"] for r in m.recordings)
    assert m.single == [] and m.notes == []


def test_a_recording_coded_by_one_coder_is_listed(tmp_path: Path) -> None:
    refs = fake_recordings(tmp_path / "videos", 3)
    save(coder_project("ana", refs, 600_000), tmp_path / "ana.rupture.json")
    save(coder_project("ben", refs[:2], 600_000), tmp_path / "ben.rupture.json")
    m = match_study(load_study([tmp_path]))
    assert len(m.recordings) == 2 and [r.name for r in m.single] == ["ana_copy_02.mp4"]
    assert any("was coded by ana only: it is listed, not compared." in n for n in m.notes)
    about = agreement_tables(agreement(load_study([tmp_path])))[-1]
    assert any(
        "ana_copy_02.mp4 (D03 s1), fingerprint sha256-ends:" in str(r[1]) for r in about.rows
    )


def test_near_duplicate_names_are_reported_not_merged(tmp_path: Path) -> None:
    paths = _study(tmp_path, ["Ana", "ana", "ben"])
    m = match_study(load_study(paths))
    assert m.coders == ("Ana", "ana", "ben")
    assert any("'Ana' and 'ana'" in n and "kept apart" in n for n in m.notes)
    assert near_duplicates(["Cléo", "cleo", "ben", "ana ", "Ana"]) == [
        ("Cléo", "cleo"),
        ("ana ", "Ana"),
    ]


def test_a_coder_in_two_files_for_one_recording_is_noted(tmp_path: Path) -> None:
    refs = fake_recordings(tmp_path / "videos", 1)
    save(coder_project("ana", refs, 600_000), tmp_path / "a1.rupture.json")
    save(coder_project("ana", refs, 600_000), tmp_path / "a2.rupture.json")
    save(coder_project("ben", refs, 600_000), tmp_path / "b.rupture.json")
    m = match_study(load_study([tmp_path]))
    assert any("ana coded ana_copy_00.mp4 in two files (a1 and a2)" in n for n in m.notes)


def test_different_segment_origins_are_noted_and_one_grid_used(tmp_path: Path) -> None:
    refs = fake_recordings(tmp_path / "videos", 1)
    projects = {c: coder_project(c, refs, 900_000) for c in ("ana", "ben", "cleo")}
    projects["cleo"].set_segment_origin("r00", 60_000)
    for c, p in projects.items():
        save(p, tmp_path / f"{c}.rupture.json")
    m = match_study(load_study([tmp_path]))
    grid = m.recordings[0].grid
    assert grid is not None and grid.origin_ms == 0 and grid.count == 3
    assert any("cleo's first segment starts at 60 s" in n for n in m.notes)


def test_segment_values_follow_the_export_definitions(tmp_path: Path) -> None:
    refs = fake_recordings(tmp_path / "videos", 1)
    ana, ben = (coder_project(c, refs, 600_000) for c in ("ana", "ben"))
    # a span across the 5-minute boundary counts in both segments (the export's rule)
    ana.add_annotation(
        "r00",
        Rupture(
            kind=RuptureKind.WITHDRAWAL,
            start_ms=290_000,
            end_ms=310_000,
            coder="ana",
            marker_ids=("wd_denial",),
        ),
    )
    ana.set_segment_rating(
        "r00", SegmentRating(segment_index=1, coder="ana", values={"wd_significance": 3})
    )
    save(ana, tmp_path / "ana.rupture.json")
    save(ben, tmp_path / "ben.rupture.json")
    report = agreement(load_study([tmp_path]))
    seg = report.segments
    names = [v.name for v in seg.variables]
    assert names[:3] == ["wd_significance", "cf_significance", "resolution_rating"]
    x = seg.values[:, names.index("wd_denial_n"), :]
    assert x.tolist() == [[1, 0], [1, 0]]
    rating = seg.values[:, names.index("wd_significance"), :]
    assert np.isnan(rating[0]).all() and rating[1, 0] == 3 and np.isnan(rating[1, 1])
    present = seg.values[:, names.index("wd_denial_present"), :]
    assert present.tolist() == [[1, 0], [1, 0]]
    kinds = {r.statistic for r in report.rows if r.variable == "wd_denial_present"}
    assert kinds == {"percent_agreement", "cohen_kappa", "krippendorff_alpha_nominal"}
    rows = {(r.variable, r.statistic): r for r in report.rows if r.level == "segment"}
    assert rows[("wd_significance", "ICC(2,1)")].value is None
    assert "Fewer than 2 units" in rows[("wd_significance", "ICC(2,1)")].note


def test_unknown_coders_are_refused(tmp_path: Path) -> None:
    paths = _study(tmp_path, ["ana", "ben"])
    with pytest.raises(StudyError, match="'cleo' is not a coder"):
        agreement(load_study(paths), AgreementOptions(coders=("ana", "cleo")))
