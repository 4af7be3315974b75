"""`rupture-annotator --version`: what a methods section names, one line each."""

from __future__ import annotations

import platform
import re

import pytest
from PySide6.QtCore import qVersion

from rupture_annotator import __version__
from rupture_annotator.cli import main
from rupture_annotator.storage.migrations import SCHEMA_VERSION


def test_version_names_the_app_schema_codebooks_and_libraries(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"rupture-annotator {__version__}"
    found = dict(line.split(": ", 1) for line in lines[1:])
    assert found["Project file schema"] == str(SCHEMA_VERSION)
    assert found["Codebook 3rs-2015"].startswith("1.0 (")
    assert found["Codebook 3rs-2022"].startswith("1.0 (")
    assert re.match(r"3\.\d+\.\d+ .*\(python-vlc 3\.", found["libvlc"]), found["libvlc"]
    assert re.match(r"\d+\.\d+.* \(libavcodec \d+\.\d+\.\d+, PyAV ", found["FFmpeg (PyAV)"])
    assert found["Qt"].startswith(f"{qVersion()} (PySide6 ")
    assert found["Python"].startswith(platform.python_version())
