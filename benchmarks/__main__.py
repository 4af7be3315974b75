"""Run every benchmarks/bench_*.py (or those named on the command line), print, write JSON.

A full run writes benchmarks/results/latest.json, whole, with the commit and the time; a run of
some benchmarks only writes benchmarks/results/partial.json, so latest.json never mixes runs.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

from benchmarks.harness import (
    RESULTS,
    Figure,
    now,
    print_table,
    uncommitted_changes,
    write_results,
)


def main(names: list[str]) -> int:
    here = Path(__file__).resolve().parent
    everything = sorted(p.stem for p in here.glob("bench_*.py"))
    modules = everything
    figures: list[Figure] = []
    started = now()
    uncommitted = uncommitted_changes()  # the code measured, not what changed meanwhile
    if names:
        modules = [m for m in everything if any(n in m for n in names)]
    failed: list[str] = []
    for name in modules:
        print(f"== {name}", file=sys.stderr, flush=True)
        try:  # one benchmark failing must not lose the others' figures
            figures.extend(importlib.import_module(f"benchmarks.{name}").run())
        except Exception:
            traceback.print_exc()
            failed.append(name)
    print_table(figures)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    whole = modules == everything
    path = RESULTS / ("latest.json" if whole else "partial.json")
    write_results(figures, started, modules, path, failed, uncommitted)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
