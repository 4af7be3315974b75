"""Export of a 10-recording, 2-coder study at 10,000 and 100,000 annotations: the whole workbook
(all sheets, the timeline pictures placed and saved beside it) and the CSV files.

The study is filled in as a real one is: every recording has its session details (dyad,
therapist, session number, date, condition, phase and three custom fields of the study), both
coders' session ratings and a rating of every 5-minute segment, and one marked moment in five
carries feedback comments from the review meetings (1-3 comments of a sentence or two), so
every session-detail and comment column of every row is written.

BORIS needs 7 s for 10,000 events to xlsx and 48 s for 30,000 (it grows with the square of the
count). Ours has fixed targets: 1.5 s for 10,000 and 15 s for 100,000 (linear from the 10k
target), and the CSV files 1 s and 10 s.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.harness import Figure, median, timed
from rupture_annotator.domain.annotations import Comment, SegmentRating, SessionRating
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.session import FieldDefinition, SessionInfo
from rupture_annotator.storage.export import ExportOptions, export_study, study_of
from rupture_annotator.storage.project_file import save_project
from tests.factories import big_project

TARGET_XLSX_10K_S = 1.5
TARGET_XLSX_100K_S = 15.0
TARGET_CSV_10K_S = 1.0
TARGET_CSV_100K_S = 10.0
TARGET_CLI_10K_S = 1.2  # the whole command, a process of its own: start-up and imports included
CLI_RUNS = 5  # a process's time varies more than an export's in a warm process
SEGMENT_MS = 300_000
COMMENTED = 5  # one moment in this many has comments
REMARKS = (
    "Good catch; the withdrawal starts a little earlier, when she looks away.",
    "I would code this as content/affect split rather than denial.",
    "Notice how the therapist's question about the week brings her back.",
    "Is this really a resolution? The patient only complies here.",
    "Let's show this one to the group on Thursday.",
    "Significance 4 seems high to me; discuss.",
    "The metacommunication is implicit here, but it is there.",
)


def study_project(n: int) -> Project:
    """big_project(n) with the session details, ratings and comments of a real study."""
    project = big_project(n, n_media=10)
    rng = random.Random(n)
    project.set_session_fields(
        [
            FieldDefinition(name="site", label="Site", type="choice", choices=("A", "B", "C")),
            FieldDefinition(name="week", label="Week of treatment", type="integer"),
            FieldDefinition(name="medication", label="Medication", type="text"),
        ]
    )
    cb = project.codebook
    session_scales = cb.scales_for("session")
    segment_scales = cb.scales_for("segment")
    first_day = date(2026, 3, 2)
    for m, rec in enumerate(project.media):
        info = SessionInfo(
            dyad=f"D{m // 2 + 1:02d}",
            therapist=f"T{m % 3 + 1}",
            session_number=m % 2 * 8 + 4,
            recording_date=first_day + timedelta(days=7 * m),
            condition="AFT" if m % 4 < 2 else "CBT",
            phase="working" if m % 2 else "early",
            custom={"site": "ABC"[m % 3], "week": m + 1, "medication": "none" if m % 3 else "SSRI"},
        )
        project.set_session(rec.id, info)
        duration = rec.media.duration_ms or 3_600_000
        for coder in project.coders:
            project.set_session_rating(
                rec.id,
                SessionRating(
                    coder=coder,
                    values={s.id: rng.randint(s.minimum, s.maximum) for s in session_scales},
                ),
            )
            for segment in range(duration // SEGMENT_MS):
                values = {s.id: rng.randint(s.minimum, s.maximum) for s in segment_scales}
                project.set_segment_rating(
                    rec.id, SegmentRating(segment_index=segment, coder=coder, values=values)
                )
        when = datetime(2026, 4, 1, 10, tzinfo=UTC) + timedelta(days=m)
        for i, annotation in enumerate(rec.annotations()):
            changes: dict[str, object] = {}
            if not annotation.note and i % 4 == 1:  # big_project leaves strategies unnoted
                changes["note"] = f"therapist names the impasse ({i})"
            if i % COMMENTED == 0:
                changes["comments"] = tuple(
                    Comment(
                        author=("supervisor", "ana", "ben")[k],
                        created=when + timedelta(minutes=i % 90, seconds=k),
                        text=rng.choice(REMARKS),
                    )
                    for k in range(rng.randint(1, 3))
                )
            if changes:
                project.update_annotation(rec.id, annotation.with_changes(**changes))
    return project


def _times(n: int, out: Path, repeat: int) -> tuple[float, float]:
    """Median seconds for the whole workbook and for the CSV files of an n-annotation study."""
    study = study_of(study_project(n), out / f"study{n}.rupture.json")
    workbook = ExportOptions(workbook=out / f"study{n}.xlsx")
    csv = ExportOptions(csv_dir=out / f"csv{n}", plots=False)
    export_study(study, workbook)  # warm: imports, fonts
    xlsx_s = median(timed(lambda: export_study(study, workbook), repeat))
    csv_s = median(timed(lambda: export_study(study, csv), repeat))
    return xlsx_s, csv_s


def _wall(args: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - started


def _cli(out: Path, repeat: int) -> tuple[float, float]:
    """Median wall seconds of `rupture-annotator export` on a 10k study file, workbook with
    pictures, and of the same process only importing what that command imports."""
    path = out / "cli10k.rupture.json"
    save_project(study_project(10_000), path)
    export = [sys.executable, "-m", "rupture_annotator", "export", str(path)]
    export += ["-o", str(out / "cli10k.xlsx")]
    imports = [
        sys.executable,
        "-c",
        "import rupture_annotator.cli, rupture_annotator.storage.export.timeline; "
        "rupture_annotator.cli.build_parser()",
    ]
    _wall(export, out)  # warm the file cache
    whole = median([_wall(export, out) for _ in range(repeat)])
    imported = median([_wall(imports, out) for _ in range(repeat)])
    return whole, imported


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        cli_10k, cli_imports = _cli(Path(tmp), CLI_RUNS)
        xlsx_10k, csv_10k = _times(10_000, Path(tmp), 5)
        xlsx_100k, csv_100k = _times(100_000, Path(tmp), 2)
    filled = (
        "session details (6 + 3 custom fields), session and segment ratings, notes, "
        f"comments on 1 moment in {COMMENTED}: no column left empty"
    )
    return [
        Figure(
            "export_xlsx_10k_s",
            xlsx_10k,
            "s",
            TARGET_XLSX_10K_S,
            note=f"8 sheets + 10 timeline PNGs, written atomically; {filled}",
        ),
        Figure(
            "export_xlsx_100k_s",
            xlsx_100k,
            "s",
            TARGET_XLSX_100K_S,
            note=f"the same study x10; {xlsx_100k / xlsx_10k:.1f}x the 10k time",
        ),
        Figure("export_csv_10k_s", csv_10k, "s", TARGET_CSV_10K_S, note="7 CSV files"),
        Figure(
            "export_cli_10k_s",
            cli_10k,
            "s",
            TARGET_CLI_10K_S,
            note=(
                "python -m rupture_annotator export STUDY -o OUT.xlsx, the 10k study, a process "
                f"of its own; starting Python and importing what it needs alone: {cli_imports:.2f} s"
            ),
        ),
        Figure(
            "export_csv_100k_s",
            csv_100k,
            "s",
            TARGET_CSV_100K_S,
            note=f"{csv_100k / csv_10k:.1f}x the 10k time",
        ),
    ]
