"""The shared shape of a benchmark figure and how the table and latest.json are written."""

from __future__ import annotations

import json
import math
import platform
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = RESULTS.parent.parent  # the repository


@dataclass
class Figure:
    """One measured figure; target is a bound the figure should stay within (None: no target)."""

    name: str
    value: float
    unit: str
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""

    @property
    def ok(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target


def timed(fn: Callable[[], object], repeat: int = 5) -> list[float]:
    """Wall-clock seconds of each of repeat calls."""
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def write_results(
    figures: list[Figure],
    started: str,
    modules: list[str],
    path: Path = RESULTS / "latest.json",
    failed: list[str] | None = None,
    uncommitted: bool | None = None,
) -> None:
    """Write the figures of one run, whole: nothing is kept from earlier runs.

    uncommitted: uncommitted_changes() when the run started (the code measured)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
        "cpus": _cpus(),
        "commit": _git("rev-parse", "HEAD"),
        "uncommitted_changes": uncommitted if uncommitted is not None else uncommitted_changes(),
        "started": started,
        "finished": now(),
        "modules": modules,
        "failed": failed or [],
        "figures": {f.name: _jsonable({**asdict(f), "ok": f.ok}) for f in figures},
    }
    path.write_text(json.dumps(doc, indent=2, allow_nan=False, default=str) + "\n")


def _jsonable(row: dict[str, object]) -> dict[str, object]:
    """NaN (a figure with no measurement) as null: JSON has no NaN."""
    return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in row.items()}


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def uncommitted_changes() -> bool:
    """Tracked files differ from the commit, leaving out the results themselves (a run rewrites
    latest.json, which would otherwise mark the next run's figures as uncommitted code)."""
    status = _git(
        "status", "--porcelain", "--untracked-files=no", "--", ".", ":!benchmarks/results"
    )
    return bool(status)


def _git(*args: str) -> str:
    try:
        out = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=30)
    except OSError:
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 0


def print_table(figures: list[Figure]) -> None:
    print(f"{'figure':34} {'value':>12}  {'unit':6} {'target':>10}  ok")
    for f in figures:
        target = "" if f.target is None else f"{'>=' if f.higher_is_better else '<='}{f.target:g}"
        ok = {None: "", True: "yes", False: "NO"}[f.ok]
        print(f"{f.name:34} {f.value:>12.4g}  {f.unit:6} {target:>10}  {ok}  {f.note}")
