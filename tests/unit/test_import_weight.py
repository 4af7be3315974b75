"""What the start of the app and the export command load: a library or dialog that is not needed
yet must not come in with them (each costs start-up time, on every launch).

Each check runs in a fresh interpreter and reads sys.modules: deterministic, unlike a timing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from rupture_annotator.storage.project_file import save_project
from tests.factories import big_project

# Libraries neither the window's start nor the export command needs.
HEAVY = ("matplotlib", "scipy", "pandas", "krippendorff", "docx", "pysubs2")
# Dialogs the window opens on request: they load then.
LATER = (
    "rupture_annotator.ui.import_dialog",
    "rupture_annotator.ui.session_details",
    "rupture_annotator.ui.session_fields",
    "rupture_annotator.ui.shortcut_sheet",
    "rupture_annotator.ui.export_dialog",
    "rupture_annotator.ui.agreement_dialog",
    "rupture_annotator.ui.codebook_editor.dialog",
)


def loaded_after(code: str) -> set[str]:
    """The modules loaded once code has run in a fresh interpreter (offscreen Qt)."""
    report = "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code + report], capture_output=True, text=True, env=env, check=True
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _tops(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_the_window_loads_no_dialog_or_heavy_library_until_asked() -> None:
    loaded = loaded_after("import rupture_annotator.ui.app")
    assert "rupture_annotator.ui.main_window" in loaded  # the check sees the window's imports
    assert sorted(m for m in LATER if m in loaded) == []
    assert sorted(_tops(loaded) & {*HEAVY, "openpyxl", "PIL", "lxml"}) == []


def test_the_export_command_loads_no_qt_plotting_or_spreadsheet_library(tmp_path: Path) -> None:
    project = tmp_path / "study.rupture.json"
    save_project(big_project(200, n_media=2), project)
    out = tmp_path / "out.xlsx"
    code = (
        "import sys\n"
        "from rupture_annotator.cli import main\n"
        f"status = main(['export', {str(project)!r}, '-o', {str(out)!r}])\n"
        "assert status == 0, status\n"
    )
    loaded = loaded_after(code)
    assert out.exists() and len(list((tmp_path / "out_plots").glob("*.png"))) == 2
    assert "rupture_annotator.storage.export.timeline" in loaded  # the pictures were drawn
    # the workbook is written without openpyxl and the pictures drawn without numpy: both
    # took the command a tenth of a second to import
    assert sorted(_tops(loaded) & {*HEAVY, "PySide6", "vlc", "av", "openpyxl", "numpy"}) == []


def test_the_check_sees_a_heavy_import() -> None:
    assert "matplotlib" in _tops(loaded_after("import matplotlib.figure"))


def test_what_the_window_loads_before_qt_brings_no_qt_and_is_what_the_window_loads() -> None:
    from rupture_annotator.cli import BEFORE_QT

    early = loaded_after("from rupture_annotator.cli import _import_before_qt\n_import_before_qt()")
    assert set(BEFORE_QT) <= early
    assert sorted(m for m in early if m.split(".")[0] in {"PySide6", "shiboken6", "vlc"}) == []
    # the window and the player it makes (which imports vlc, so the first check would see it)
    window = loaded_after("import rupture_annotator.ui.app, rupture_annotator.media.vlc_player")
    # nothing loaded early that the window skips (PyAV comes with the first picture's decode)
    assert sorted(set(BEFORE_QT) - window) == ["av"]


def _threads_after_numpy(prepare: str) -> int:
    code = f"{prepare}\nimport os, numpy\nprint(len(os.listdir('/proc/self/task')))\n"
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return int(done.stdout.strip().splitlines()[-1])


def test_the_app_loads_numpy_without_a_blas_thread_per_core() -> None:
    prepared = "from rupture_annotator.cli import one_blas_thread\none_blas_thread()"
    assert _threads_after_numpy(prepared) == 1
    if (os.cpu_count() or 1) > 1:  # the check sees OpenBLAS's threads where it starts them
        assert _threads_after_numpy("") > 1
