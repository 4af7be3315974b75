"""The one-folder Linux bundle (`make package`), as a user unpacks it: built by
packaging/build-bundle.sh from the wheel, moved to a temporary folder whose name has a space, and
run there with a clean environment (a private home, no Python or PYTHONPATH on PATH). It must
run the command line, and open the demo, play it and export it (real libvlc from the system, a
private Xvfb screen, keys pressed through XTEST as from a keyboard).

The bundle is built once for these tests: about 90 s on 2 cores (PyInstaller ~45 s, the build
environment from pip's cache ~30 s).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from rupture_annotator import __version__
from tests.e2e.installed import (
    REPO,
    clean_env,
    demo_frames,
    difference,
    focus_and_press,
    grab_screen,
    launched,
    picture_time,
    preset_coder,
    session_wheel,
    shown_picture,
    wait_for_first_frame,
    xvfb_screen,
)

TITLE = "Rupture Annotator"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bundle's folder, moved away from where it was built; yields its launcher."""
    root = tmp_path_factory.mktemp("bundle")
    build = root / "build"
    env = dict(os.environ, BUNDLE_OUT=str(build), WHEEL=str(session_wheel()), NO_TARBALL="1")
    done = subprocess.run(
        ["bash", str(REPO / "packaging" / "build-bundle.sh")],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    unpacked = root / "unpacked here" / "rupture-annotator"
    unpacked.parent.mkdir()
    shutil.move(build / "dist" / "rupture-annotator", unpacked)
    shutil.rmtree(build)  # the build environment: ~700 MB
    yield unpacked / "rupture-annotator"
    shutil.rmtree(root, ignore_errors=True)


def run(app: Path, args: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(app), *args], cwd=cwd, env=clean_env(home), capture_output=True, text=True, timeout=300
    )


def test_the_bundle_runs_the_command_line_from_elsewhere(bundle: Path, tmp_path: Path) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    inside = bundle.parent / "_internal"
    assert not list(inside.glob("libvlc*")), "libvlc is the system's, never bundled on Linux"
    demo = inside / "rupture_annotator" / "resources" / "demo" / "session.rupture.json"
    assert demo.is_file()

    version = run(bundle, ["--version"], work, home)
    assert version.returncode == 0, version.stderr
    lines = version.stdout.splitlines()
    assert lines[0] == f"rupture-annotator {__version__}"
    assert any(line.startswith("libvlc: 3.") for line in lines), version.stdout
    assert not [line for line in lines if "not found" in line], version.stdout

    shutil.copy(demo.parent / "session.mp4", work / "session.mp4")
    new = run(bundle, ["new", "session.mp4", "--coder", "ana"], work, home)
    assert new.returncode == 0, new.stderr
    check = run(bundle, ["validate", "session.rupture.json", str(demo)], work, home)
    assert check.returncode == 0, check.stdout + check.stderr
    out = run(bundle, ["export", str(demo), "-o", "study.xlsx"], work, home)
    assert out.returncode == 0, out.stderr
    assert (work / "study.xlsx").stat().st_size > 10_000


@pytest.mark.media
@pytest.mark.xvfb
def test_the_bundle_opens_the_demo_plays_and_exports(bundle: Path, tmp_path: Path) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    preset_coder(home)
    workbook = home / ".local" / "share" / "rupture-annotator" / "demo" / "session.xlsx"
    with xvfb_screen() as display:
        env = clean_env(home, DISPLAY=display, RUPTURE_ANNOTATOR_REPORT_FIRST_FRAME="1")
        with launched([str(bundle)], work, env) as app:
            wait_for_first_frame(app)
            shown, _ = shown_picture(grab_screen(display, tmp_path / "first.png"))
            off = difference(shown, demo_frames(0.0)[0][1])
            assert off < 12, f"the first picture is not the demo's first frame ({off:.1f})"

            focus_and_press(display, TITLE, "space")  # play
            time.sleep(2.5)
            focus_and_press(display, TITLE, "space")  # pause
            time.sleep(0.5)
            at, off = picture_time(grab_screen(display, tmp_path / "played.png"), until_s=8.0)
            assert off < 12, f"the picture after playing is no frame of the demo ({off:.1f})"
            assert 1.0 <= at <= 6.0, f"after 2.5 s of play the picture is the frame at {at} s"

            focus_and_press(display, TITLE, "ctrl+e")  # File → Export…
            time.sleep(1.5)
            focus_and_press(display, "Export", "Return")  # the default: beside the project
            deadline = time.monotonic() + 60
            while not workbook.exists() and time.monotonic() < deadline:
                assert app.poll() is None, "the app ended"
                time.sleep(0.2)
    assert workbook.exists(), "File → Export… wrote no workbook beside the demo project"
    assert workbook.stat().st_size > 10_000
