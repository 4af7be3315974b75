# Each target sets itself up first (system packages, .venv); a second run skips what is there.
VENV := .venv/bin
ARGS ?=

.PHONY: setup run test lint bench screenshots demo clean

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

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache *.egg-info
