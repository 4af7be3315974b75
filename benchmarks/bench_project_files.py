"""Project file load (with full validation) and atomic save at 10,000 and 100,000 annotations."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.harness import Figure, median, timed
from rupture_annotator.storage.project_file import load_project, save_project
from tests.factories import big_project


def run() -> list[Figure]:
    figures = []
    base: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, label in ((10_000, "10k"), (100_000, "100k")):
            project = big_project(n, n_media=10)
            path = Path(tmp) / f"p{label}.rupture.json"
            save_project(project, path)
            repeat = 7 if n == 10_000 else 3
            load = median(timed(lambda p=path: load_project(p), repeat)) * 1000
            save = median(timed(lambda p=path, pr=project: save_project(pr, p), repeat)) * 1000
            if n == 10_000:
                base = {"load": load, "save": save}
                figures += [
                    Figure("project_load_10k_ms", load, "ms", 100),
                    Figure("project_save_10k_ms", save, "ms", 100),
                ]
            else:
                figures += [
                    Figure(
                        "project_load_100k_ms",
                        load,
                        "ms",
                        500,
                        note=f"{load / base['load']:.1f}x 10k",
                    ),
                    Figure(
                        "project_save_100k_ms",
                        save,
                        "ms",
                        1200,
                        note=f"{save / base['save']:.1f}x 10k",
                    ),
                ]
    return figures
