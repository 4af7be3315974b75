#!/usr/bin/env bash
# Sets up everything Rupture Annotator needs on a Debian/Ubuntu machine, skipping what is there:
# the system packages (libvlc, Xvfb, ffmpeg, Qt's xcb libraries) and a .venv with the Python packages.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  libvlc5 libvlccore9 vlc-plugin-base vlc-plugin-video-output   # playback (python-vlc loads libvlc)
  ffmpeg                                                         # demo and test videos, clips
  xvfb xauth                                                     # a virtual screen for tests, screenshots
  fonts-dejavu-core
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0     # Qt's xcb platform plugin
  libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0
  libxcb-randr0 libxcb-xinerama0 libegl1 libgl1 libfontconfig1 libdbus-1-3
  libreoffice-calc-nogui                                         # tests: the exported workbook opens
  strace                                                         # tests: the app opens no network socket
  shared-mime-info desktop-file-utils xdg-utils                  # make install-desktop and its test
  binutils                                                       # make package: PyInstaller reads libraries with objdump
  xdotool                                                        # tests: keys pressed in the bundled app
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "This set-up script knows Debian/Ubuntu only. Install the equivalents of: ${missing[*]}" >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo"
  else
    echo "Some system packages are missing. Run this once, then try again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Python 3.11+; prefer the interpreter the user has on PATH.
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "Rupture Annotator needs Python 3.11 or newer; $("$PY" --version 2>&1) was found." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv || {
    echo "Could not create .venv. On Debian/Ubuntu: sudo apt-get install python3-venv" >&2
    exit 1
  }
fi
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  touch "$stamp"
fi
