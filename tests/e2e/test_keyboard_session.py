"""A whole coding session with the real app, real libvlc and a real X server (Xvfb):
keyboard only, saved, reopened and compared; and a kill mid-coding, recovered exactly."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from rupture_annotator.storage.project_file import as_dict, load_project
from tests.e2e.conftest import DRIVER


@pytest.fixture
def video(tmp_path: Path) -> Path:
    from tests.videos import make_video

    target = tmp_path / "session.mp4"
    target.symlink_to(make_video("mp4"))
    return target


def _drive(
    env: dict[str, str], *args: str, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(DRIVER), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _check_coding(project: dict) -> None:  # type: ignore[type-arg]
    rec = project["media"][0]
    ruptures = sorted(rec["ruptures"], key=lambda r: r["start_ms"])
    assert [r["kind"] for r in ruptures] == ["withdrawal", "confrontation"]
    wd, cf = ruptures
    assert abs(wd["start_ms"] - 2_000) <= 40 and abs(wd["end_ms"] - 5_000) <= 40
    assert wd["marker_ids"] == ["wd_minimal_response", "wd_deferential"] and wd["significance"] == 4
    assert cf["end_ms"] - cf["start_ms"] == pytest.approx(2_000, abs=40)
    assert cf["marker_ids"] == ["cf_complaint_therapist"]
    (strategy,) = rec["resolutions"]
    assert strategy["rupture_id"] == cf["id"]
    assert strategy["strategy_ids"] == ["rs_invite_discussion"] and strategy["resolution"] is None
    assert all(a["coder"] == "e2e" for a in [*ruptures, strategy])
    # Alt+S: the withdrawal's span rating (4) suggested and accepted as the segment's 3RS
    # rating; the confrontation was not rated, so its segment rating stays to be given
    (segment,) = rec["segment_ratings"]
    assert (segment["segment_index"], segment["coder"]) == (0, "e2e")
    assert segment["values"] == {"wd_significance": 4}


def test_code_from_the_keyboard_save_and_reopen(x_env: dict[str, str], video: Path) -> None:
    project_path = video.with_name("session.rupture.json")
    done = _drive(x_env, "code", str(video), str(project_path))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "SAVED" in done.stdout
    reopened = load_project(project_path)
    _check_coding(as_dict(reopened))


def test_killed_mid_coding_recovers_every_edit(x_env: dict[str, str], video: Path) -> None:
    project_path = video.with_name("session.rupture.json")
    with subprocess.Popen(
        [sys.executable, str(DRIVER), "linger", str(video), str(project_path)],
        env=x_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
        finally:
            proc.send_signal(signal.SIGKILL)
            _, err = proc.communicate(timeout=30)
    assert line.startswith("CODED"), err[-3000:]
    coded = json.loads(line.removeprefix("CODED "))
    saved_on_disk = as_dict(load_project(project_path))
    assert saved_on_disk["media"][0]["ruptures"] == []  # the coding was never saved
    recovered = _drive(x_env, "recover")
    assert recovered.returncode == 0, recovered.stderr[-3000:]
    result = json.loads(recovered.stdout.strip().splitlines()[-1])
    assert result["path"] == str(project_path)
    assert result["modified"] is True
    assert result["project"]["media"] == coded["media"]
    _check_coding(result["project"])
