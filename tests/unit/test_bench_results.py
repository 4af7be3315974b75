"""The benchmark results say whether the code measured was committed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks import harness


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


def test_rewritten_results_are_not_uncommitted_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "benchmarks" / "results").mkdir(parents=True)
    results = tmp_path / "benchmarks" / "results" / "latest.json"
    code = tmp_path / "player.py"
    results.write_text("{}\n")
    code.write_text("x = 1\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one")
    monkeypatch.setattr(harness, "ROOT", tmp_path)
    assert harness.uncommitted_changes() is False
    results.write_text('{"figures": {}}\n')  # the last run's figures
    assert harness.uncommitted_changes() is False
    code.write_text("x = 2\n")
    assert harness.uncommitted_changes() is True
