"""Small builders for projects used across tests and benchmarks."""

from __future__ import annotations

import random

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import Codebook, RatingScale, RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.codebooks import load_codebook

_CODEBOOK: Codebook | None = None


# A lab may still rate single strategy spans: the shipped codebooks no longer do (the 3RS rates
# resolution per segment and per session), so the test codebook adds it as a lab's own scale.
LAB_RESOLUTION_SCALE = RatingScale(
    id="resolution",
    label="Resolution of this strategy (lab scale)",
    target="resolution",
    anchors={1: "Not resolved", 5: "Fully resolved"},
)


def codebook() -> Codebook:
    """The shipped 3RS 2015 codebook plus a lab's per-strategy resolution scale."""
    global _CODEBOOK
    if _CODEBOOK is None:
        shipped = load_codebook("3rs-2015")
        _CODEBOOK = shipped.model_copy(update={"scales": (*shipped.scales, LAB_RESOLUTION_SCALE)})
    return _CODEBOOK


def empty_project(coders: tuple[str, ...] = ("ana",), duration_ms: int = 3_600_000) -> Project:
    project = Project(codebook=codebook())
    for c in coders:
        project.add_coder(c)
    project.add_recording(MediaRef(path="session.mp4", duration_ms=duration_ms, fps=25.0), "rec1")
    return project


def big_project(
    n_annotations: int, n_media: int = 10, coders: tuple[str, ...] = ("ana", "ben"), seed: int = 1
) -> Project:
    """n_annotations spread over n_media one-hour recordings: 2 ruptures to 1 linked strategy."""
    rng = random.Random(seed)
    cb = codebook()
    project = Project(codebook=cb)
    for c in coders:
        project.add_coder(c)
    per_media = n_annotations // n_media
    wd = [m.id for m in cb.markers_of(RuptureKind.WITHDRAWAL)]
    cf = [m.id for m in cb.markers_of(RuptureKind.CONFRONTATION)]
    strategies = [s.id for s in cb.strategies]
    for m in range(n_media):
        rec = project.add_recording(
            MediaRef(path=f"session{m:02d}.mp4", duration_ms=3_600_000, fps=25.0), f"rec{m:02d}"
        )
        last_rupture = None
        for i in range(per_media):
            start = rng.randrange(0, 3_590_000)
            end = start + rng.randrange(500, 10_000)
            coder = coders[(i // 3) % len(coders)]
            if i % 3 < 2:
                kind = RuptureKind.WITHDRAWAL if i % 2 else RuptureKind.CONFRONTATION
                pool = wd if kind is RuptureKind.WITHDRAWAL else cf
                r = Rupture(
                    kind=kind,
                    start_ms=start,
                    end_ms=end,
                    coder=coder,
                    marker_ids=tuple(rng.sample(pool, rng.randint(1, 2))),
                    significance=rng.randint(1, 5),
                    note=f"note {i}",
                )
                project.add_annotation(rec.id, r)
                last_rupture = r.id
            else:
                s = ResolutionStrategy(
                    start_ms=start,
                    end_ms=end,
                    coder=coder,
                    strategy_ids=(rng.choice(strategies),),
                    rupture_id=last_rupture,
                    resolution=rng.randint(1, 5),
                )
                project.add_annotation(rec.id, s)
    return project
