"""The shared shape of a benchmark figure and how the table and latest.json are written."""

from __future__ import annotations

import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


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


def write_results(figures: list[Figure], path: Path = RESULTS / "latest.json") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    existing: dict[str, dict[str, object]] = {}
    if path.exists():
        try:
            existing = json.loads(path.read_text()).get("figures", {})
        except (ValueError, AttributeError):
            existing = {}
    existing.update({f.name: {**asdict(f), "ok": f.ok} for f in figures})
    doc = {
        "machine": f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}",
        "written": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "figures": dict(sorted(existing.items())),
    }
    path.write_text(json.dumps(doc, indent=2) + "\n")


def print_table(figures: list[Figure]) -> None:
    print(f"{'figure':34} {'value':>12}  {'unit':6} {'target':>10}  ok")
    for f in figures:
        target = "" if f.target is None else f"{'>=' if f.higher_is_better else '<='}{f.target:g}"
        ok = {None: "", True: "yes", False: "NO"}[f.ok]
        print(f"{f.name:34} {f.value:>12.4g}  {f.unit:6} {target:>10}  {ok}  {f.note}")
