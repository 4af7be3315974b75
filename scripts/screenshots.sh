#!/usr/bin/env bash
# The README's pictures, under a virtual screen (Xvfb) with real libvlc; then review mode on a
# screen of each size a reviewer is likely to have (a laptop panel, a large display).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py
for size in 1280x720 1920x1080; do
    xvfb-run -a -s "-screen 0 ${size}x24" .venv/bin/python scripts/screenshots.py "$size"
done
