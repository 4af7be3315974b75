#!/usr/bin/env bash
# Runs every test. Tests that need a real X server or libvlc must run, never skip: in CI
# (CI=true) a missing Xvfb or libvlc is an error, not a reason to pass.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${CI:-}" ] && ! command -v Xvfb >/dev/null; then
  echo "Xvfb is missing: the set-up step did not install it." >&2
  exit 1
fi
exec .venv/bin/python scripts/run_tests.py "$@"
