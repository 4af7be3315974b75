"""The domain and the file formats must run without Qt or vlc, directly or indirectly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "rupture_annotator"
FORBIDDEN = ("PySide6", "shiboken6", "vlc")


def _modules(sub: str) -> list[str]:
    return sorted(
        "rupture_annotator."
        + ".".join(p.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
        for p in (PACKAGE / sub).rglob("*.py")
    )


def test_domain_and_storage_import_no_qt_or_vlc() -> None:
    modules = _modules("domain") + _modules("storage")
    assert len(modules) >= 8
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"imported: {out.stdout.strip()}"


def test_the_check_itself_catches_a_qt_import() -> None:
    code = (
        "import sys, PySide6.QtCore\nprint([m for m in sys.modules if m.startswith('PySide6')][:1])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "PySide6" in out.stdout


def _imports_of(modules: list[str], code_prefix: str = "") -> set[str]:
    code = (
        "import importlib, sys\n"
        f"{code_prefix}"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(','.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.strip().split(","))


def test_storage_does_not_reach_up_into_media_or_ui() -> None:
    """Probing belongs to media/; storage is handed what it found (a MediaInfo)."""
    loaded = _imports_of(_modules("storage"))
    above = sorted(
        m for m in loaded if m.startswith(("rupture_annotator.media", "rupture_annotator.ui"))
    )
    assert above == []
    assert "av" not in loaded, "storage loaded PyAV"


def test_media_does_not_reach_up_into_ui() -> None:
    loaded = _imports_of(_modules("media"))
    assert sorted(m for m in loaded if m.startswith("rupture_annotator.ui")) == []


def test_the_upward_check_catches_a_media_import() -> None:
    loaded = _imports_of(["rupture_annotator.storage.demo", "rupture_annotator.media.reference"])
    assert "rupture_annotator.media.probe" in loaded
