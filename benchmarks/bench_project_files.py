"""Project file load (with full validation) and atomic save at 10,000 and 100,000 annotations."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure, median, timed
from rupture_annotator.storage.project_file import load_project, save_project
from tests.factories import big_project


def loads(path: Path, repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock seconds of each of repeat loads, the project kept until the clock stops (as the
    app keeps what it opens), and the same loads with freeing the project counted too (as
    harness.timed counts it, dropping what the call returns: 55-75 ms at 100,000 spans)."""
    kept, freed = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        project = load_project(path)
        loaded = time.perf_counter()
        del project
        kept.append(loaded - start)
        freed.append(time.perf_counter() - start)
    return kept, freed


def run() -> list[Figure]:
    figures = []
    base: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, label in ((10_000, "10k"), (100_000, "100k")):
            project = big_project(n, n_media=10)
            path = Path(tmp) / f"p{label}.rupture.json"
            save_project(project, path)
            # 7 loads either way: on this shared machine one 100,000-span load took 458-628 ms
            # (same process, same file, back to back), so a median of 3 moved by tens of ms
            repeat = 7
            kept, freed = loads(path, repeat)
            load, with_freeing = median(kept) * 1000, median(freed) * 1000
            freeing = f"including freeing the project: {with_freeing:.0f} ms"
            save = median(timed(lambda p=path, pr=project: save_project(pr, p), repeat)) * 1000
            if n == 10_000:
                base = {"load": load, "save": save}
                figures += [
                    Figure("project_load_10k_ms", load, "ms", 100, note=freeing),
                    Figure("project_save_10k_ms", save, "ms", 100),
                ]
            else:
                figures += [
                    Figure(
                        "project_load_100k_ms",
                        load,
                        "ms",
                        500,
                        note=f"{load / base['load']:.1f}x 10k; {freeing}",
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
