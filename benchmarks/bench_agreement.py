"""Coder agreement on a study of 40 one-hour recordings x 3 coders x 12 segments (about 20,000
spans, one project file per coder): the whole `rupture-annotator agreement` command, from
reading the files to the workbook written."""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

from benchmarks.harness import Figure, median, timed
from rupture_annotator.cli import main
from rupture_annotator.storage.export import load_study
from tests.unit.agreement_study import random_study

TARGET_S = 2.0
RECORDINGS, CODERS, SEGMENTS = 40, ("ana", "ben", "cleo"), 12
SPANS_PER_CODER = 185  # truth per recording; each coder keeps about 90%


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        study = Path(tmp) / "study"
        random_study(study, RECORDINGS, CODERS, SEGMENTS, SPANS_PER_CODER)
        spans = sum(
            len(rec.annotations())
            for sp in load_study([study]).projects
            for rec in sp.project.media
        )
        out = Path(tmp) / "agreement.xlsx"
        args = ["agreement", str(study), "-o", str(out)]

        def command() -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                assert main(args) == 0

        command()  # warm: imports (scipy, openpyxl)
        seconds = median(timed(command, 5))
    return [
        Figure(
            "agreement_study_s",
            seconds,
            "s",
            TARGET_S,
            note=f"{RECORDINGS} recordings x {len(CODERS)} coders x {SEGMENTS} segments, "
            f"{spans} spans in {len(CODERS)} files; read, matched, computed, workbook written",
        )
    ]
