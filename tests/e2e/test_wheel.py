"""The wheel, installed as a user installs it: built by pip from the checkout, installed into a
fresh virtual environment, run from a folder outside the checkout with a private home and no
PYTHONPATH. It must carry its codebooks, demo session and icons, and everything must work: the
command line (--version, new, validate, export) and the app, which shows the demo's first frame
(real libvlc, a private Xvfb screen).

The wheel is built once per test run and installed once for these tests (about 30 s with
pip's cache).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from rupture_annotator import __version__
from tests.e2e.installed import (
    REPO,
    clean_env,
    demo_frames,
    difference,
    grab_screen,
    launched,
    preset_coder,
    session_wheel,
    shown_picture,
    wait_for_first_frame,
    xvfb_screen,
)

RESOURCE_FILES = sorted(
    str(p.relative_to(REPO / "resources"))
    for p in (REPO / "resources").rglob("*")
    if p.is_file()
    and "__pycache__" not in p.parts
    and p.suffix != ".ts"  # a translation's source: the app loads the compiled .qm
)


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path

    @property
    def app(self) -> Path:
        return self.venv / "bin" / "rupture-annotator"

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("wheel")
    wheel = session_wheel()
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
        cwd=root,
        check=True,
        capture_output=True,
        timeout=900,
    )
    yield Installed(wheel, venv)
    shutil.rmtree(root, ignore_errors=True)  # ~700 MB


def run(
    installed: Installed, args: list[str], cwd: Path, home: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(installed.app), *args],
        cwd=cwd,
        env=clean_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_wheel_carries_every_module_and_resource(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    source = installed.wheel.parent / "src"  # the copy of the checkout the wheel was built from
    modules = {
        str(p.relative_to(source))
        for p in (source / "rupture_annotator").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert len(modules) > 50
    assert modules - names == set(), "modules missing from the wheel"
    assert {"codebooks/3rs-2015.json", "codebooks/3rs-2022.json"} <= set(RESOURCE_FILES)
    assert {"demo/session.mp4", "demo/session.rupture.json"} <= set(RESOURCE_FILES)
    assert {"icons/rupture-annotator.svg", "icons/rupture-annotator.png"} <= set(RESOURCE_FILES)
    missing = [f for f in RESOURCE_FILES if f"rupture_annotator/resources/{f}" not in names]
    assert missing == [], "resources missing from the wheel"
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/", "resources/"))]


def test_the_installed_command_line_works_outside_the_checkout(
    installed: Installed, tmp_path: Path
) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    version = run(installed, ["--version"], work, home)
    assert version.returncode == 0, version.stderr
    lines = version.stdout.splitlines()
    assert lines[0] == f"rupture-annotator {__version__}"
    assert any(line.startswith("Codebook 3rs-2022: ") for line in lines)
    assert not [line for line in lines if "not found" in line], version.stdout

    # the demo as the installed app finds it: package data inside the virtual environment
    where = subprocess.run(
        [
            str(installed.python),
            "-c",
            "from rupture_annotator.storage.demo import DEMO_PROJECT; print(DEMO_PROJECT)",
        ],
        cwd=work,
        env=clean_env(home),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    demo = Path(where)
    assert demo.is_relative_to(installed.venv), where
    video = work / "session.mp4"
    shutil.copy(demo.parent / "session.mp4", video)

    new = run(
        installed, ["new", "session.mp4", "--codebook", "3rs-2022", "--coder", "ana"], work, home
    )
    assert new.returncode == 0, new.stderr
    assert new.stdout.startswith(
        "Created session.rupture.json for session.mp4 (150.0 s, 25.000 fps)"
    )
    check = run(installed, ["validate", "session.rupture.json", str(demo)], work, home)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.splitlines()[0] == "OK  session.rupture.json"

    out = run(installed, ["export", str(demo), "-o", "study.xlsx", "--csv", "csv"], work, home)
    assert out.returncode == 0, out.stderr
    assert (work / "study.xlsx").stat().st_size > 10_000
    ruptures = (work / "csv" / "ruptures.csv").read_text().splitlines()
    assert len(ruptures) > 3, ruptures  # the demo's coded ruptures, a row each


@pytest.mark.media
@pytest.mark.xvfb
def test_the_installed_app_shows_the_demo_first_frame(installed: Installed, tmp_path: Path) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    work.mkdir()
    preset_coder(home)
    with xvfb_screen() as display:
        env = clean_env(home, DISPLAY=display, RUPTURE_ANNOTATOR_REPORT_FIRST_FRAME="1")
        with launched([str(installed.app)], work, env) as app:
            wait_for_first_frame(app)
            screen = grab_screen(display, tmp_path / "screen.png")
            assert app.poll() is None, "the app ended"
    shown, (x, y, w, h) = shown_picture(screen)
    assert w >= 320, f"the picture is {w} px wide"
    off = difference(shown, demo_frames(0.0)[0][1])
    assert off < 12, f"the picture at {x},{y} ({w}x{h}) is not the demo's first frame ({off:.1f})"
