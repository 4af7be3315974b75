"""Rewrite the README's performance table from benchmarks/results/latest.json.

Rows keep the README's order; a figure the README does not list yet goes after the figure it
follows in latest.json. The paragraph above the table (which run, what it means) is written by
hand. Run: .venv/bin/python scripts/performance_table.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
HEADER = "| figure | value | target | how |"


def value_text(row: dict[str, Any]) -> str:
    value, unit = row["value"], row["unit"]
    if value is None:
        return "—"
    if unit == "ratio":
        return f"{value:.3f}"
    number = f"{value:.0f}" if abs(value) >= 1000 else f"{value:.3g}"
    return f"{number} {unit}"


def target_text(row: dict[str, Any]) -> str:
    if row["target"] is None:
        return ""
    sign = "≥" if row["higher_is_better"] else "≤"
    mark = {True: " ✓", False: " ✗", None: ""}[row["ok"]]
    return f"{sign} {row['target']:g}{mark}"


def row_text(row: dict[str, Any]) -> str:
    return f"| `{row['name']}` | {value_text(row)} | {target_text(row)} | {row['note']} |"


def rewrite(readme: str, figures: dict[str, dict[str, Any]]) -> str:
    lines = readme.split("\n")
    start = lines.index(HEADER) + 2  # past the header and its |---| line
    end = start
    while end < len(lines) and lines[end].startswith("| `"):
        end += 1
    listed = [line.split("`")[1] for line in lines[start:end]]
    order = [name for name in listed if name in figures]
    names = list(figures)
    for i, name in enumerate(names):
        if name in order:
            continue
        before = next((n for n in reversed(names[:i]) if n in order), None)
        order.insert(order.index(before) + 1 if before else len(order), name)
    table = [row_text(figures[name]) for name in order]
    return "\n".join([*lines[:start], *table, *lines[end:]])


def main() -> int:
    results = json.loads((REPO / "benchmarks" / "results" / "latest.json").read_text())
    readme = REPO / "README.md"
    readme.write_text(rewrite(readme.read_text(), results["figures"]))
    print(f"{len(results['figures'])} figures from commit {results['commit'][:7]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
