"""Helpers for the tests of the app as a user installs it: the wheel in a fresh virtual
environment, or the PyInstaller bundle, run from a folder outside the checkout with a clean
environment (a private home, no PYTHONPATH), on a private Xvfb screen.
"""

from __future__ import annotations

import atexit
import os
import re
import selectors
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
DEMO_VIDEO = REPO / "resources" / "demo" / "session.mp4"
# Where the demo's first frame has its two speaker panels (x0, y0, x1, y1 in its 640x360 pixels)
PATIENT_PANEL = (20, 48, 310, 248)
FRAME_SIZE = (640, 360)
FIRST_FRAME = re.compile(r"first-frame (\d+(?:\.\d+)?)")  # the app's report (ui/app.py)


def source_tree(dest: Path) -> Path:
    """The files of the checkout that git knows or would add (tracked, or new and not ignored),
    copied to dest: a build from it sees no stale build/ folder and no local clutter."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
    )
    if listed.returncode == 0:
        names = [n.decode() for n in listed.stdout.split(b"\0") if n]
    else:  # not a git checkout: everything but what .gitignore names
        skip = {".git", ".venv", "build", "dist", "__pycache__", ".mypy_cache", ".ruff_cache"}
        names = [
            str(p.relative_to(REPO))
            for p in REPO.rglob("*")
            if p.is_file() and not skip & set(p.relative_to(REPO).parts)
        ]
    dest.mkdir(parents=True)
    keep = [n for n in names if not n.startswith(("docs/", "tests/", "benchmarks/results/"))]
    archive = dest / "src.tar"
    with tarfile.open(archive, "w") as tar:
        for name in keep:
            if (REPO / name).exists():  # a file deleted but not yet committed
                tar.add(REPO / name, arcname=name)
    with tarfile.open(archive) as tar:
        tar.extractall(dest, filter="data")
    archive.unlink()
    return dest


def build_wheel(out: Path) -> Path:
    """The wheel pip builds from a clean copy of the checkout (with build isolation, as a user's
    pip would)."""
    src = source_tree(out / "src")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(src)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = out.glob("rupture_annotator-*.whl")
    return wheel


_WHEEL: list[Path] = []


def session_wheel() -> Path:
    """The wheel, built once per test run for every test that needs it (in a temporary folder
    removed when the run ends)."""
    if not _WHEEL:
        root = Path(tempfile.mkdtemp(prefix="ra-wheel-"))
        atexit.register(shutil.rmtree, root, True)
        _WHEEL.append(build_wheel(root))
    return _WHEEL[0]


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A user's environment: a private home, nothing of this checkout or its .venv."""
    runtime = home / ".runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_RUNTIME_DIR": str(runtime),
    }
    env.update(extra)
    return env


def preset_coder(home: Path) -> None:
    """The app's settings with a coder name, so it asks for none at start."""
    config = home / ".config" / "RuptureAnnotator"
    config.mkdir(parents=True, exist_ok=True)
    (config / "Rupture Annotator.conf").write_text("[coder]\nname=tester\n")


@contextmanager
def launched(command: list[str], cwd: Path, env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """The app started, stopped (terminated, then killed) when the block ends."""
    app = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        yield app
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
        if app.stderr is not None:
            app.stderr.close()


@contextmanager
def xvfb_screen(size: str = "1600x1000x24") -> Iterator[str]:
    """A private X server; yields its DISPLAY. -displayfd says when it is ready."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as ready:
            number = ready.readline().strip()
        assert number, "Xvfb did not start (scripts/setup.sh installs it)"
        yield f":{number}"
    finally:
        server.terminate()
        try:
            server.wait(5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_for_first_frame(app: subprocess.Popen[str], timeout: float = 90.0) -> tuple[float, float]:
    """Seconds from now until the app printed "first-frame" (RUPTURE_ANNOTATOR_REPORT_FIRST_FRAME=1
    set), and the seconds the app itself counted from its process start; fails with the app's
    stderr if it ended or timed out first."""
    assert app.stderr is not None
    started = time.perf_counter()
    seen: list[str] = []
    with selectors.DefaultSelector() as sel:
        sel.register(app.stderr, selectors.EVENT_READ)
        deadline = started + timeout
        while time.perf_counter() < deadline:
            if not sel.select(timeout=max(0.0, deadline - time.perf_counter())):
                continue
            line = app.stderr.readline()
            if not line:
                break
            # libvlc's audio output starts as the first picture shows and may write its own
            # messages to stderr at the same moment, in pieces: the report can land mid-line
            found = FIRST_FRAME.search(line)
            if found:
                return time.perf_counter() - started, float(found.group(1))
            seen.append(line)
    text = "".join(line for line in seen if not line.startswith("ALSA lib"))
    raise AssertionError(f"the app showed no picture (exit {app.poll()}):\n{text[-3000:]}")


def grab_screen(display: str, out: Path) -> np.ndarray:
    """The whole X screen as RGB pixels, grabbed by a separate Qt process (not the app's own)."""
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
        "sys.exit(0 if ok else 1)\n"
    )
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    subprocess.run([sys.executable, "-c", code, str(out)], env=env, check=True, timeout=60)
    from PIL import Image

    with Image.open(out) as image:
        return np.asarray(image.convert("RGB"))


def demo_frames(until_s: float) -> list[tuple[float, np.ndarray]]:
    """(time in seconds, RGB pixels) of every frame of the demo recording up to until_s."""
    import av

    frames = []
    with av.open(str(DEMO_VIDEO)) as container:
        for frame in container.decode(video=0):
            if frame.time is None or frame.time > until_s:
                break
            frames.append((float(frame.time), np.asarray(frame.to_image().convert("RGB"))))
    return frames


def shown_picture(screen: np.ndarray) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """The demo's picture as the screen shows it, scaled back to 640x360, and where it is on the
    screen (x, y, width, height).

    The patient panel (its flat blue, the same in every frame) is found on the screen; its size
    gives the scale the video is shown at and so the whole picture's place."""
    from PIL import Image

    x0, y0, x1, y1 = PATIENT_PANEL
    first = demo_frames(0.0)[0][1]
    blue = first[y1 - 4, x0 + 4].astype(int)  # the panel's flat colour, away from its figure
    near = np.abs(screen.astype(int) - blue).max(axis=2) <= 12
    rows = np.flatnonzero(near.sum(axis=1) > near.shape[1] * 0.02)
    cols = np.flatnonzero(near.sum(axis=0) > near.shape[0] * 0.02)
    assert rows.size and cols.size, "no blue patient panel anywhere on the screen"
    scale = (cols[-1] - cols[0] + 1) / (x1 - x0)
    left = round(cols[0] - x0 * scale)
    top = round(rows[0] - y0 * scale)
    width, height = round(FRAME_SIZE[0] * scale), round(FRAME_SIZE[1] * scale)
    shown = Image.fromarray(screen[top : top + height, left : left + width])
    back = np.asarray(shown.resize(FRAME_SIZE, Image.Resampling.BILINEAR))
    return back, (left, top, width, height)


def difference(a: np.ndarray, b: np.ndarray) -> float:
    """Mean absolute difference per channel, 0-255."""
    return float(np.abs(a.astype(int) - b.astype(int)).mean())


def picture_time(screen: np.ndarray, until_s: float) -> tuple[float, float]:
    """Which frame of the demo (its time, up to until_s) the screen shows, and how far from it."""
    shown, _ = shown_picture(screen)
    return min(((difference(shown, pixels), t) for t, pixels in demo_frames(until_s)))[::-1]


def focus_and_press(display: str, title: str, *keys: str) -> None:
    """Keys pressed (XTEST, as from a keyboard) in the visible window whose title has title."""
    env = dict(os.environ, DISPLAY=display)
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert found.returncode == 0 and found.stdout.split(), f"no window {title!r} on the screen"
    window = found.stdout.split()[0]
    subprocess.run(
        ["xdotool", "mousemove", "--window", window, "200", "200", "windowfocus", "--sync", window],
        env=env,
        check=True,
        timeout=30,
    )
    for key in keys:
        subprocess.run(["xdotool", "key", key], env=env, check=True, timeout=30)
