"""The one-folder Linux bundle (`make package`) as a user gets it: how big it is, unpacked and as
the tarball they download, and how long it takes from launch to the demo's first picture.

The bundle is built afresh into a temporary folder by packaging/build-bundle.sh (about 90 s) and
started from there with a clean environment (a private home, no Python on PATH) on a private
Xvfb screen, on a copy of the demo project: the same measurement as startup_to_first_frame_s,
which starts `python -m rupture_annotator` from the checkout's .venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure, median
from tests.e2e.installed import (
    clean_env,
    launched,
    preset_coder,
    wait_for_first_frame,
    xvfb_screen,
)

REPO = Path(__file__).resolve().parents[1]
RUNS = 3


def run() -> list[Figure]:
    work = Path(tempfile.mkdtemp(prefix="ra-bench-bundle-"))
    try:
        started = time.perf_counter()
        env = dict(os.environ, BUNDLE_OUT=str(work / "build"))
        subprocess.run(
            ["bash", str(REPO / "packaging" / "build-bundle.sh")],
            cwd=REPO,
            env=env,
            check=True,
            capture_output=True,
            timeout=1800,
        )
        build_s = time.perf_counter() - started
        bundle = work / "build" / "dist" / "rupture-annotator"
        (tarball,) = (work / "build").glob("rupture-annotator-*.tar.gz")
        size_mb = _size(bundle) / 1e6
        download_mb = tarball.stat().st_size / 1e6
        files = sum(1 for p in bundle.rglob("*") if p.is_file())
        walls, ages = _startup(bundle / "rupture-annotator", work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        Figure(
            "bundle_startup_to_first_frame_s",
            median(walls),
            "s",
            note=f"the bundle's rupture-annotator <demo copy>, system libvlc, Xvfb, clean "
            f"environment; runs {', '.join(f'{w:.2f}' for w in walls)} s; the app's own "
            f"count from process start: median {median(ages):.2f} s",
        ),
        Figure(
            "bundle_size_mb",
            size_mb,
            "MB",
            note=f"unpacked one-folder bundle, {files} files; the .tar.gz is {download_mb:.0f} MB; "
            f"built in {build_s:.0f} s (wheel, build environment, PyInstaller, tarball)",
        ),
    ]


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _startup(app: Path, work: Path) -> tuple[list[float], list[float]]:
    project = _demo_copy(app.parent, work / "project")
    walls: list[float] = []
    ages: list[float] = []
    with xvfb_screen() as display:
        for n in range(RUNS):
            home = work / f"home{n}"
            preset_coder(home)
            env = clean_env(home, DISPLAY=display, RUPTURE_ANNOTATOR_REPORT_FIRST_FRAME="1")
            with launched([str(app), str(project)], work, env) as process:
                wall, age = wait_for_first_frame(process)
            walls.append(wall)
            ages.append(age)
    return walls, ages


def _demo_copy(bundle: Path, folder: Path) -> Path:
    """The bundle's demo project saved elsewhere, pointing at the bundle's own recording."""
    from rupture_annotator.storage.media_files import rebase
    from rupture_annotator.storage.project_file import load_project, save_project

    shipped = bundle / "_internal" / "rupture_annotator" / "resources" / "demo"
    source = shipped / "session.rupture.json"
    project = load_project(source)
    for rec in project.media:
        project.relink_media(rec.id, rebase(rec.media, shipped, folder))
    folder.mkdir(parents=True)
    path = folder / source.name
    save_project(project, path)
    return path


if __name__ == "__main__":
    for figure in run():
        print(figure)
