"""Run every benchmarks/bench_*.py (or those named on the command line), print, write JSON.

A full run writes benchmarks/results/latest.json, whole, with the commit and the time; a run of
some benchmarks only writes benchmarks/results/partial.json, so latest.json never mixes runs.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from benchmarks.harness import RESULTS, Figure, now, print_table, write_results


def main(names: list[str]) -> int:
    here = Path(__file__).resolve().parent
    everything = sorted(p.stem for p in here.glob("bench_*.py"))
    modules = everything
    figures: list[Figure] = []
    started = now()
    if names:
        modules = [m for m in everything if any(n in m for n in names)]
    for name in modules:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}", file=sys.stderr, flush=True)
        figures.extend(module.run())
    print_table(figures)
    whole = modules == everything
    write_results(figures, started, modules, RESULTS / ("latest.json" if whole else "partial.json"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
