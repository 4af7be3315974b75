from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.storage.codebooks import (
    CODEBOOK_DIR,
    CodebookError,
    load_codebook,
    shipped_codebooks,
)


def test_shipped_codebooks_are_listed() -> None:
    assert {"3rs-2015", "3rs-2022"} <= set(shipped_codebooks())


def test_2015_codebook_has_the_manual_lists() -> None:
    cb = load_codebook("3rs-2015")
    assert len(cb.markers_of(RuptureKind.WITHDRAWAL)) == 7
    assert len(cb.markers_of(RuptureKind.CONFRONTATION)) == 7
    assert len(cb.strategies) == 10
    assert cb.segment_length_ms == 300_000
    assert [m.label for m in cb.markers_of(RuptureKind.WITHDRAWAL)][:2] == [
        "Denial",
        "Minimal response",
    ]
    assert {s.group for s in cb.strategies} == {"immediate", "exploratory", "ungrouped"}
    sig = cb.scale("significance")
    assert (
        sig is not None
        and (sig.minimum, sig.maximum) == (1, 5)
        and sig.anchors[1].startswith("None")
    )
    assert {s.id for s in cb.scales_for("session")} == {
        "resolution_extent",
        "therapist_contribution",
    }
    for item in (*cb.markers, *cb.strategies):
        assert item.key and item.color.startswith("#") and item.definition


def test_2022_codebook_has_four_salience_dimensions() -> None:
    cb = load_codebook("3rs-2022")
    assert [s.id for s in cb.scales_for("segment")] == ["WD_P", "WD_T", "CF_P", "CF_T"]
    assert all(s.anchors[5] == "Very salient" for s in cb.scales_for("segment"))


def test_codebook_by_path(tmp_path) -> None:
    data = json.loads((CODEBOOK_DIR / "3rs-2015.json").read_text())
    data["id"] = "lab-variant"
    path = tmp_path / "lab.json"
    path.write_text(json.dumps(data))
    assert load_codebook(path).id == "lab-variant"


def test_duplicate_marker_ids_are_refused() -> None:
    data = json.loads((CODEBOOK_DIR / "3rs-2015.json").read_text())
    data["markers"][1]["id"] = data["markers"][0]["id"]
    with pytest.raises(ValidationError, match="appears twice"):
        Codebook.model_validate(data)


def test_duplicate_keys_within_a_kind_are_refused() -> None:
    data = json.loads((CODEBOOK_DIR / "3rs-2015.json").read_text())
    data["markers"][1]["key"] = data["markers"][0]["key"]
    with pytest.raises(ValidationError, match="keys must be unique"):
        Codebook.model_validate(data)


def test_unknown_codebook_name_is_a_clear_error() -> None:
    with pytest.raises(CodebookError, match="No codebook named 'nope'"):
        load_codebook("nope")


def test_bad_codebook_file_names_the_path(tmp_path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "x", "name": "x", "markers": [{"id": "9bad"}]}')
    with pytest.raises(CodebookError, match=r"markers\[0\]\.id"):
        load_codebook(path)
