"""The fast load path validates without the per-span end-after-start call and checks every span's
order at once (storage/span_order): a span out of order is refused all the same, in the same
words, and in-app spans keep the rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.recording import Recording
from rupture_annotator.storage.project_file import (
    ProjectFileError,
    _ProjectDocument,
    fast_validator,
    parse_project,
    project_bytes,
)
from tests.factories import big_project
from tests.unit.conftest import coded_project


def _two_recordings() -> bytes:
    return project_bytes(big_project(60, n_media=2))


def _changed(raw: bytes, change: Any) -> bytes:
    data = json.loads(raw)
    change(data)
    return json.dumps(data, indent=1).encode()


def test_the_fast_validator_reads_a_file_as_the_models_do() -> None:
    for raw in (project_bytes(coded_project()), _two_recordings()):
        fast = fast_validator().validate_json(raw, strict=True)
        own = _ProjectDocument.model_validate_json(raw, strict=True)
        assert type(fast) is _ProjectDocument and fast == own
        spans = [
            (a, b)
            for x, y in zip(fast.media, own.media, strict=True)
            for a, b in [
                *zip(x.ruptures, y.ruptures, strict=True),
                *zip(x.resolutions, y.resolutions, strict=True),
            ]
        ]
        assert spans and all(type(a) is type(b) for a, b in spans)
        # the key count reads which fields the file gave
        assert all(a.model_fields_set == b.model_fields_set for a, b in spans)


def test_the_fast_validator_leaves_the_order_to_the_loader() -> None:
    """If it called into Python per span again (say pydantic-core reused the models' own
    validators), loading would only be slower: this says so."""
    raw = _changed(_two_recordings(), lambda d: d["media"][1]["ruptures"][0].update(end_ms=0))
    assert fast_validator().validate_json(raw, strict=True).media[1].ruptures[0].end_ms == 0
    with pytest.raises(ValidationError, match="must be greater than start_ms"):
        _ProjectDocument.model_validate_json(raw, strict=True)


@pytest.mark.parametrize(
    ("media", "field"), [(0, "ruptures"), (0, "resolutions"), (1, "ruptures"), (1, "resolutions")]
)
@pytest.mark.parametrize("length", [0, -1000])
def test_a_span_out_of_order_is_refused_on_every_list(media: int, field: str, length: int) -> None:
    raw = _two_recordings()
    index = len(json.loads(raw)["media"][media][field]) - 1  # the last: every span is looked at

    def reverse(d: dict[str, Any]) -> None:
        span = d["media"][media][field][index]
        span["end_ms"] = span["start_ms"] + length

    damaged = _changed(raw, reverse)
    start = json.loads(damaged)["media"][media][field][index]["start_ms"]
    with pytest.raises(ProjectFileError) as info:
        parse_project(damaged, Path("s.rupture.json"))
    assert info.value.problem == (
        f"media[{media}].{field}[{index}].end_ms: must be greater than start_ms "
        f"({start + length} <= {start})"
    )


def test_spans_made_in_the_app_keep_the_rule() -> None:
    with pytest.raises(ValidationError, match=r"must be greater than start_ms \(5 <= 9\)"):
        Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=9, end_ms=5, coder="ana")
    with pytest.raises(ValidationError, match=r"must be greater than start_ms \(9 <= 9\)"):
        ResolutionStrategy.model_validate_json(
            '{"start_ms": 9, "end_ms": 9, "coder": "ana"}', strict=True
        )
    with pytest.raises(ValidationError, match="must be greater than start_ms"):
        Recording.model_validate(
            {
                "media": {"path": "a.mp4"},
                "ruptures": [{"kind": "withdrawal", "start_ms": 9, "end_ms": 1, "coder": "ana"}],
            }
        )
    for cls in (Rupture, ResolutionStrategy, Recording, _ProjectDocument):
        assert cls.__pydantic_complete__
