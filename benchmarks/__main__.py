"""Run every benchmarks/bench_*.py (or those named on the command line), print, write JSON."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from benchmarks.harness import Figure, print_table, write_results


def main(names: list[str]) -> int:
    here = Path(__file__).resolve().parent
    modules = sorted(p.stem for p in here.glob("bench_*.py"))
    if names:
        modules = [m for m in modules if any(n in m for n in names)]
    figures: list[Figure] = []
    for name in modules:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}", file=sys.stderr, flush=True)
        figures.extend(module.run())
    print_table(figures)
    write_results(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
