"""A small study for the export tests: 3 projects x 3 coders, with the awkward cases on purpose.

The projects sit in folders that share file names (site1/s01, site2/s01), one note of each kind
a spreadsheet could take for a formula, accents, line breaks, spans across segment boundaries,
links, segment and session ratings, a coder who marked nothing in one recording, and session
details with custom fields that differ between the projects.
"""

from __future__ import annotations

from pathlib import Path

from rupture_annotator.domain.annotations import (
    Comment,
    ResolutionStrategy,
    Rupture,
    SegmentRating,
    SessionRating,
)
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef, Recording
from rupture_annotator.domain.session import FieldDefinition, SessionInfo
from rupture_annotator.storage.project_file import save_project
from tests.factories import codebook

CODERS = ("ana", "ben", "cléo")
FORMULA_NOTES = (
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    '=HYPERLINK("http://example.invalid","x")',
)
NOTES = (
    *FORMULA_NOTES,
    "Ça va? «non»\nzweite Zeile",
    "a & b < c > d",
    "  spaces kept  ",
    "",
)
LAYOUT = ("site1/s01", "site2/s01", "site2/s02")
# The custom session fields of the study in column order: "arm" from the first project that
# defines it, "rater_site" only in the last project.
CUSTOM = ("arm", "rater_site")


def session_values(rec: Recording) -> dict[str, object]:
    """The session columns an exported row of this recording holds, as the workbook reads them."""
    info = rec.session
    values = {
        "dyad": info.dyad or None,
        "therapist": info.therapist or None,
        "session_number": info.session_number,
        "recording_date": info.recording_date.isoformat() if info.recording_date else None,
        "condition": info.condition or None,
        "phase": info.phase or None,
    }
    return values | {name: info.custom.get(name) for name in CUSTOM}


def study_project(seed: int) -> Project:
    """Two recordings (20 and 12 minutes); every coder codes the first, ana and ben the second."""
    project = Project(codebook=codebook())
    for c in CODERS:
        project.add_coder(c)
    fields = [FieldDefinition(name="arm", label="Study arm", type="choice", choices=("A", "B"))]
    if seed == 2:
        fields.append(FieldDefinition(name="rater_site", type="integer", required=True))
    project.set_session_fields(fields)
    long = project.add_recording(
        MediaRef(path=f"../videos/session{seed}.mp4", duration_ms=1_200_000, fps=25.0), "r1"
    )
    short = project.add_recording(
        MediaRef(path=f"session{seed}b.mkv", duration_ms=720_000, fps=30.0), "r2"
    )
    custom: dict[str, str | int] = {"arm": "AB"[seed % 2]}
    if seed == 2:
        custom["rater_site"] = 7
    project.set_session(
        long.id,
        SessionInfo(
            dyad=f"D{seed + 1:02d}",
            therapist="T01",
            session_number=seed + 3,
            recording_date="2024-03-0" + str(seed + 1),  # type: ignore[arg-type]
            condition="=CBT" if seed == 1 else "BRT",
            phase="early",
            custom=custom,
        ),
    )
    project.set_session(short.id, SessionInfo(dyad=f"D{seed + 1:02d}", session_number=12))
    for i, coder in enumerate(CODERS):
        base = seed * 7_000 + i * 1_000
        w = Rupture(
            id=f"w{seed}{i}",
            kind=RuptureKind.WITHDRAWAL,
            start_ms=base + 290_000,  # crosses the first 5-minute boundary
            end_ms=base + 310_500,
            coder=coder,
            marker_ids=("wd_minimal_response", "wd_denial"),
            significance=1 + (seed + i) % 5,
            note=NOTES[(seed * 6 + i * 2) % len(NOTES)],
            comments=(Comment(id=f"k{seed}{i}", author="supervisor", text="Name it here."),),
        )
        c = Rupture(
            id=f"c{seed}{i}",
            kind=RuptureKind.CONFRONTATION,
            start_ms=base + 700_123,
            end_ms=base + 705_999,
            coder=coder,
            marker_ids=("cf_control",),
            significance=None if i == 2 else 4,
            note=NOTES[(seed * 6 + i * 2 + 1) % len(NOTES)],
        )
        project.add_annotation(long.id, w)
        project.add_annotation(long.id, c)
        project.add_annotation(
            long.id,
            ResolutionStrategy(
                id=f"s{seed}{i}",
                start_ms=base + 311_000,
                end_ms=base + 330_000,
                coder=coder,
                strategy_ids=("rs_clarify", "rs_invite_discussion"),
                rupture_id=w.id,
                resolution=3,
                note="-looked better" if seed == 0 else "",
            ),
        )
        project.add_annotation(
            long.id,
            ResolutionStrategy(
                id=f"u{seed}{i}",
                start_ms=base + 900_000,
                end_ms=base + 901_000,
                coder=coder,
                strategy_ids=("rs_redirect",),
            ),
        )
        project.set_segment_rating(
            long.id,
            SegmentRating(segment_index=1, coder=coder, values={"wd_significance": 2 + i % 3}),
        )
        project.set_session_rating(
            long.id,
            SessionRating(
                coder=coder, values={"resolution_extent": 4, "therapist_contribution": 2}
            ),
        )
        if coder != "cléo":
            project.add_annotation(
                short.id,
                Rupture(
                    id=f"x{seed}{i}",
                    kind=RuptureKind.WITHDRAWAL,
                    start_ms=60_000 * (i + 1),
                    end_ms=60_000 * (i + 1) + 4_321,
                    coder=coder,
                    marker_ids=("wd_abstract",),
                    significance=2,
                ),
            )
    return project


def write_study(root: Path) -> list[Path]:
    """The three projects saved under root; returns their paths in LAYOUT order."""
    paths = []
    for seed, name in enumerate(LAYOUT):
        path = root / f"{name}.rupture.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        save_project(study_project(seed), path)
        paths.append(path)
    return paths
