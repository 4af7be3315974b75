"""Rewrite docs/data-dictionary.md from the code (the export's columns and their meanings)."""

from __future__ import annotations

from pathlib import Path

from rupture_annotator.storage.export.dictionary import study_markdown

TARGET = Path(__file__).resolve().parents[1] / "docs" / "data-dictionary.md"

if __name__ == "__main__":
    TARGET.write_text(study_markdown(), encoding="utf-8")
    print(f"Wrote {TARGET}")
