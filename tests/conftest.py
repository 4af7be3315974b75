"""Test-wide isolation: no test touches the user's home, settings or app data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    yield


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(request: pytest.FixtureRequest) -> None:
    """Tests with a Qt application collect garbage as the app does: on the GUI thread only
    (rupture_annotator/ui/main_thread_gc.py); left automatic, a collection on a decoder thread
    deadlocked the media tests."""
    if {"qtbot", "qapp"} & set(request.fixturenames):
        from rupture_annotator.ui import main_thread_gc

        main_thread_gc.install(request.getfixturevalue("qapp"))


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


REPO = Path(__file__).resolve().parents[1]
