"""Studies for the agreement tests and benchmark, saved in the app's own project format: one
project file per coder, each referring to its own copy of the recordings (other names, same
fingerprints)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from rupture_annotator.domain.annotations import (
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
)
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.domain.session import SessionInfo
from rupture_annotator.storage.codebooks import load_codebook
from rupture_annotator.storage.media_files import fingerprint
from rupture_annotator.storage.project_file import save_project

SEGMENT_MS = 300_000


def fake_recordings(folder: Path, n: int, seed: int = 0) -> list[MediaRef]:
    """n small files standing in for videos (only their fingerprints matter here)."""
    folder.mkdir(parents=True, exist_ok=True)
    refs = []
    for i in range(n):
        path = folder / f"session{i:02d}.mp4"
        path.write_bytes(f"recording {seed}-{i} ".encode() * 100)
        refs.append(
            MediaRef(
                path=path.name,
                size=path.stat().st_size,
                fingerprint=fingerprint(path),
                fps=25.0,
            )
        )
    return refs


def coder_project(coder: str, refs: Sequence[MediaRef], duration_ms: int) -> Project:
    project = Project(codebook=load_codebook("3rs-2015"))
    project.add_coder(coder)
    for i, ref in enumerate(refs):
        rec = project.add_recording(
            ref.model_copy(
                update={"path": f"../videos/{coder}_copy_{i:02d}.mp4", "duration_ms": duration_ms}
            ),
            f"r{i:02d}",
        )
        project.set_session(rec.id, SessionInfo(dyad=f"D{i + 1:02d}", session_number=1))
    return project


def save(project: Project, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    save_project(project, path)
    return path


def counts_study(root: Path, table: Sequence[Sequence[int]], coders: Sequence[str]) -> list[Path]:
    """One recording; coder j has table[i][j] withdrawal ruptures with the marker
    wd_minimal_response in segment i (10 s each, inside the segment), nothing else."""
    refs = fake_recordings(root / "videos", 1)
    paths = []
    for j, coder in enumerate(coders):
        project = coder_project(coder, refs, len(table) * SEGMENT_MS)
        for i, row in enumerate(table):
            for n in range(row[j]):
                start = i * SEGMENT_MS + 10_000 + n * 20_000
                project.add_annotation(
                    "r00",
                    Rupture(
                        kind=RuptureKind.WITHDRAWAL,
                        start_ms=start,
                        end_ms=start + 10_000,
                        coder=coder,
                        marker_ids=("wd_minimal_response",),
                    ),
                )
        paths.append(save(project, root / coder / "study.rupture.json"))
    return paths


def random_study(
    root: Path,
    n_recordings: int,
    coders: Sequence[str],
    segments: int = 12,
    spans_per_coder: int = 100,
    seed: int = 1,
) -> list[Path]:
    """Coders who mostly agree: a shared 'truth' of ruptures per recording, each coder moving
    starts and ends by a few seconds, missing a few, adding a few, rating every segment."""
    rng = random.Random(seed)
    refs = fake_recordings(root / "videos", n_recordings, seed)
    cb = load_codebook("3rs-2015")
    wd = [m.id for m in cb.markers_of(RuptureKind.WITHDRAWAL)]
    cf = [m.id for m in cb.markers_of(RuptureKind.CONFRONTATION)]
    strategies = [s.id for s in cb.strategies]
    length = segments * SEGMENT_MS
    projects = {c: coder_project(c, refs, length) for c in coders}
    for r in range(n_recordings):
        truth = []
        for _ in range(spans_per_coder):
            start = rng.randrange(0, length - 30_000)
            kind = rng.choice(list(RuptureKind))
            pool = wd if kind is RuptureKind.WITHDRAWAL else cf
            rupture = rng.random() < 0.66
            code = rng.choice(pool) if rupture else rng.choice(strategies)
            truth.append((start, rng.randrange(3_000, 25_000), kind, code, rupture))
        for coder, project in projects.items():
            rec_id = f"r{r:02d}"
            last = None
            for start, dur, kind, code, is_rupture in truth:
                if rng.random() < 0.1:
                    continue
                s = max(0, start + rng.randrange(-2_000, 2_000))
                if is_rupture:
                    rupture = Rupture(
                        kind=kind,
                        start_ms=s,
                        end_ms=s + dur,
                        coder=coder,
                        marker_ids=(code,),
                        significance=rng.randint(1, 5),
                    )
                    project.add_annotation(rec_id, rupture)
                    last = rupture.id
                else:
                    project.add_annotation(
                        rec_id,
                        ResolutionStrategy(
                            start_ms=s,
                            end_ms=s + dur,
                            coder=coder,
                            strategy_ids=(code,),
                            rupture_id=last,
                        ),
                    )
            for seg in range(segments):
                project.set_segment_rating(
                    rec_id,
                    SegmentRating(
                        segment_index=seg,
                        coder=coder,
                        values={
                            "wd_significance": 1 + (seg * 7 + r) % 5,
                            "cf_significance": max(
                                1, min(5, 1 + (seg + r) % 5 + rng.choice([-1, 0, 0, 1]))
                            ),
                        },
                    ),
                )
            project.set_session_rating(
                rec_id, SessionRating(coder=coder, values={"resolution_extent": 1 + r % 5})
            )
    return [save(p, root / c / "study.rupture.json") for c, p in projects.items()]
