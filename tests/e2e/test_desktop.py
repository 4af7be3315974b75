"""`make install-desktop`: the app in the user's application menu with its icon, and a
*.rupture.json project opening in it on a double-click. Installed into a private home; what a
desktop reads is checked with the desktop's own tools (desktop-file-validate, xdg-mime) and
with Qt's reading of the shared MIME database."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

from PIL import Image

from rupture_annotator import __version__

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "install-desktop.sh"
MIME = "application/x-rupture-annotator-project"


def env_for(home: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_DIRS": "/usr/local/share:/usr/share",
    }


def install(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), *args], env=env_for(home), capture_output=True, text=True, timeout=120
    )


def mime_of(home: Path, name: str) -> tuple[str, str]:
    """(type, icon name) of a file name, as Qt reads the user's shared MIME database."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "t = QMimeDatabase().mimeTypeForFile(sys.argv[1], QMimeDatabase.MatchMode.MatchExtension)\n"
        "print(t.name(), t.iconName())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(home / name)],
        env=env_for(home) | {"QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    )
    kind, icon = out.stdout.split()
    return kind, icon


def test_install_desktop_adds_the_app_its_icon_and_the_project_type(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = install(home)
    assert done.returncode == 0, done.stderr
    entry = home / "share" / "applications" / "rupture-annotator.desktop"
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert check.returncode == 0 and "error" not in check.stdout, check.stdout + check.stderr
    fields = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert fields["Icon"] == "rupture-annotator"
    assert MIME in fields["MimeType"].split(";")
    # the menu runs this checkout's launcher, by its full path, with the double-clicked file
    argv = shlex.split(fields["Exec"])
    assert argv[1:] == ["%f"] and Path(argv[0]) == REPO / ".venv" / "bin" / "rupture-annotator"
    version = subprocess.run([argv[0], "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.startswith(f"rupture-annotator {__version__}\n"), version.stderr

    icons = home / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "rupture-annotator.svg").read_text().startswith("<?xml")
    with Image.open(icons / "256x256" / "apps" / "rupture-annotator.png") as png:
        assert png.size == (256, 256)

    assert mime_of(home, "session.rupture.json") == (MIME, "rupture-annotator")
    assert mime_of(home, "data.json")[0] == "application/json"
    default = subprocess.run(
        ["xdg-mime", "query", "default", MIME], env=env_for(home), capture_output=True, text=True
    )
    assert default.stdout.strip() == "rupture-annotator.desktop", default.stderr

    # a second install changes nothing; uninstall takes everything away again
    assert install(home).returncode == 0
    mimeapps = (home / "config" / "mimeapps.list").read_text()
    assert mimeapps.count(f"{MIME}=") == 1, mimeapps
    gone = install(home, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert not entry.exists()
    assert not list(icons.rglob("rupture-annotator.*"))
    assert mime_of(home, "session.rupture.json")[0] == "application/json"
    assert f"{MIME}=" not in (home / "config" / "mimeapps.list").read_text()


def test_install_desktop_names_a_missing_launcher(tmp_path: Path) -> None:
    done = install(tmp_path / "home", str(tmp_path / "nowhere" / "rupture-annotator"))
    assert done.returncode == 1
    assert "no such program" in done.stderr
    assert not (tmp_path / "home" / "share" / "applications" / "rupture-annotator.desktop").exists()
