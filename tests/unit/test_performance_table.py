"""scripts/performance_table.py: the README's table rewritten from latest.json's figures."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "performance_table.py"
spec = importlib.util.spec_from_file_location("performance_table", SCRIPT)
assert spec is not None and spec.loader is not None
table = importlib.util.module_from_spec(spec)
spec.loader.exec_module(table)


def _figure(name: str, value: float, unit: str, target: float | None = None, **kw: Any) -> Any:
    higher = kw.get("higher_is_better", False)
    ok = None if target is None else (value >= target if higher else value <= target)
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "target": target,
        "higher_is_better": higher,
        "note": kw.get("note", ""),
        "ok": ok,
    }


README = """# Title

| figure | value | target | how |
|---|---|---|---|
| `b_ms` | 1 ms |  | old |
| `a_ms` | 2 ms | ≤ 5 ✓ | old |

After the table.
"""


def test_rows_keep_their_order_and_new_figures_follow_their_neighbour() -> None:
    figures = {
        "a_ms": _figure("a_ms", 557.114, "ms", 300, note="worse"),
        "a2_s": _figure("a2_s", 0.65612, "s", 0.8),
        "b_ms": _figure("b_ms", 1016.4, "ms"),
        "r": _figure("r", 1.0, "ratio", 1.0, higher_is_better=True),
    }
    out = table.rewrite(README, figures).split("\n")
    rows = out[4:9]
    assert rows == [
        "| `b_ms` | 1016 ms |  |  |",
        "| `r` | 1.000 | ≥ 1 ✓ |  |",
        "| `a_ms` | 557 ms | ≤ 300 ✗ | worse |",
        "| `a2_s` | 0.656 s | ≤ 0.8 ✓ |  |",
        "",
    ]
    assert out[-2] == "After the table."
