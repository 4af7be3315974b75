#!/usr/bin/env bash
# `make package`: the one-folder Linux bundle, built the way a user installs the app.
#  1. the wheel, built by pip from a clean copy of the checkout (what git tracks or would add);
#  2. a build environment (build/package/venv) with that wheel and the PyInstaller pinned in
#     pyproject.toml's dev extras: nothing of the checkout or of .venv gets into the bundle;
#  3. PyInstaller with packaging/rupture-annotator.spec -> build/package/dist/rupture-annotator/;
#  4. a tarball beside it: build/package/rupture-annotator-VERSION-linux-ARCH.tar.gz.
# libvlc and its plugins come from the system (see packaging/README.md for why).
# Settings (environment): BUNDLE_OUT (default build/package), WHEEL (a wheel already built: skip
# step 1), NO_TARBALL=1 (skip step 4).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${BUNDLE_OUT:-build/package}
py=${PYTHON:-.venv/bin/python}
rm -rf "$out/src" "$out/wheel" "$out/dist" "$out/work"
mkdir -p "$out/src" "$out/wheel"

if [ -n "${WHEEL:-}" ]; then
  wheel=$WHEEL
else
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files -z --cached --others --exclude-standard -- ':!docs' ':!tests' |
      tar --null --ignore-failed-read -T - -cf - | tar -xf - -C "$out/src"
  else
    tar --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./docs --exclude=./tests \
      --exclude=__pycache__ --exclude='*.egg-info' -cf - . | tar -xf - -C "$out/src"
  fi
  "$py" -m pip wheel -q --no-deps -w "$out/wheel" "$out/src"
  wheel=$(ls "$out"/wheel/rupture_annotator-*.whl)
fi

if [ ! -x "$out/venv/bin/python" ]; then
  "$py" -m venv "$out/venv"
fi
pyinstaller=$(grep -o '"pyinstaller==[^"]*"' pyproject.toml | tr -d '"')
"$out/venv/bin/python" -m pip install -q --force-reinstall --no-deps "$wheel"
"$out/venv/bin/python" -m pip install -q "$wheel" "$pyinstaller"

"$out/venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$out/dist" --workpath "$out/work" packaging/rupture-annotator.spec

bundle="$out/dist/rupture-annotator"
if [ -n "${NO_TARBALL:-}" ]; then
  echo "Built $bundle/ ($(du -sh "$bundle" | cut -f1))"
  exit 0
fi
version=$("$out/venv/bin/python" -c 'import rupture_annotator; print(rupture_annotator.__version__)')
tarball="$out/rupture-annotator-$version-linux-$(uname -m).tar.gz"
tar -C "$out/dist" -czf "$tarball" rupture-annotator
echo "Built $bundle/ ($(du -sh "$bundle" | cut -f1)) and $tarball ($(du -sh "$tarball" | cut -f1))"
