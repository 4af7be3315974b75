"""The end-to-end tests run the real app in a subprocess (drive_app.py) on a real X server."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("drive_app.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def x_env(xvfb) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The environment for drive_app.py: Qt on the Xvfb display, this checkout importable."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=f":{xvfb.display}", PYTHONPATH=str(REPO))
    return env
