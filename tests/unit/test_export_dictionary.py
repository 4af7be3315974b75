"""The data dictionary in docs/ is the one the code describes."""

from __future__ import annotations

from rupture_annotator.storage.export.dictionary import study_markdown
from tests.conftest import REPO


def test_docs_data_dictionary_is_up_to_date() -> None:
    written = (REPO / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert written == study_markdown(), "run: .venv/bin/python scripts/data_dictionary.py"


def test_dictionary_names_every_sheet_and_the_conventions() -> None:
    text = study_markdown()
    for heading in ("Ruptures", "Resolutions", "Segments", "Sessions", "Plots", "Codebook"):
        assert f"\n## {heading}\n" in text
    for column in ("`start_s`", "`span_significance`", "`<marker id>`", "`share_with_strategy`"):
        assert column in text
    assert "h:mm:ss.000" in text and "quote prefix" in text
