"""Helpers for the tests of the app as a user installs it: the wheel in a fresh virtual
environment, or the PyInstaller bundle, run from a folder outside the checkout with a clean
environment (a private home, no PYTHONPATH), on a private Xvfb screen.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import tarfile
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


def source_tree(dest: Path) -> Path:
    """The files of the checkout that git knows or would add (tracked, or new and not ignored),
    copied to dest: a build from it sees no stale build/ folder and no local clutter."""
    names = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    dest.mkdir(parents=True)
    keep = [n.decode() for n in names if n and not n.startswith((b"docs/", b"tests/"))]
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


def wait_for_first_frame(app: subprocess.Popen[str], timeout: float = 90.0) -> tuple[float, str]:
    """Seconds until the app printed "first-frame" (RUPTURE_ANNOTATOR_REPORT_FIRST_FRAME=1), and
    its stderr until then; fails with that stderr if it ended or timed out first."""
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
            if line.startswith("first-frame"):
                return time.perf_counter() - started, "".join(seen)
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


def demo_first_frame() -> np.ndarray:
    import av

    with av.open(str(DEMO_VIDEO)) as container:
        frame = next(container.decode(video=0))
        return np.asarray(frame.to_image().convert("RGB"))


def find_demo_first_frame(screen: np.ndarray) -> tuple[float, tuple[int, int, int, int]]:
    """How far the screen's picture is from the demo's first frame (mean absolute difference per
    channel, 0-255) and where on the screen it is (x, y, width, height).

    The patient panel (its flat blue) is found on the screen; its size gives the scale the video
    is shown at and so the whole picture's place, which is cut out, scaled back to 640x360 and
    compared with the frame PyAV decodes from the demo file."""
    from PIL import Image

    frame = demo_first_frame()
    x0, y0, x1, y1 = PATIENT_PANEL
    blue = frame[y1 - 4, x0 + 4].astype(int)  # the panel's flat colour, away from its figure
    near = np.abs(screen.astype(int) - blue).max(axis=2) <= 12
    rows = np.flatnonzero(near.sum(axis=1) > near.shape[1] * 0.02)
    cols = np.flatnonzero(near.sum(axis=0) > near.shape[0] * 0.02)
    assert rows.size and cols.size, "no blue patient panel anywhere on the screen"
    scale = (cols[-1] - cols[0] + 1) / (x1 - x0)
    left = round(cols[0] - x0 * scale)
    top = round(rows[0] - y0 * scale)
    width, height = round(FRAME_SIZE[0] * scale), round(FRAME_SIZE[1] * scale)
    shown = Image.fromarray(screen[top : top + height, left : left + width])
    back = np.asarray(shown.resize(FRAME_SIZE, Image.Resampling.BILINEAR)).astype(int)
    return float(np.abs(back - frame.astype(int)).mean()), (left, top, width, height)
