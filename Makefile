# Each target sets itself up first (system packages, .venv); a second run skips what is there.
VENV := .venv/bin
ARGS ?=
LAUNCHER ?=

.PHONY: setup run test lint bench screenshots demo clean package install-desktop uninstall-desktop

setup:
	@bash scripts/setup.sh

run: setup
	$(VENV)/rupture-annotator $(ARGS)

lint: setup
	$(VENV)/ruff check .
	$(VENV)/ruff format --check .
	$(VENV)/mypy

test: lint
	bash scripts/test.sh

bench: setup
	$(VENV)/python -m benchmarks

demo: setup
	$(VENV)/python scripts/make_demo.py

screenshots: setup
	bash scripts/screenshots.sh

# The one-folder Linux bundle (PyInstaller) and its tarball under build/package/.
package: setup
	bash packaging/build-bundle.sh

# The app in this user's application menu, *.rupture.json opening in it (no root).
# LAUNCHER=/path/to/rupture-annotator installs another one (a bundle's, a pip install's).
install-desktop: setup
	bash packaging/install-desktop.sh $(LAUNCHER)

uninstall-desktop:
	bash packaging/install-desktop.sh --uninstall

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache *.egg-info
