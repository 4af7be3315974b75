"""A corpus of damaged and foreign files: each gives one line naming the problem, and stays
byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from rupture_annotator.cli import main
from rupture_annotator.storage.project_file import ProjectFileError, load_project, project_bytes
from tests.unit.conftest import coded_project

_GOOD = project_bytes(coded_project())


def _changed(change: Callable[[dict[str, Any]], object]) -> Callable[[], bytes]:
    def build() -> bytes:
        data = json.loads(_GOOD)
        change(data)
        return json.dumps(data, indent=1).encode()

    return build


def _rupture(i: int) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda d: d["media"][0]["ruptures"][i]


def _set(where: Callable[[dict[str, Any]], dict[str, Any]], **values: Any) -> Callable[[], bytes]:
    return _changed(lambda d: where(d).update(values))


def _junk(size: int, head: bytes = b"") -> Callable[[], bytes]:
    return lambda: head + random.Random(7).randbytes(size - len(head))


# name -> (the file's bytes, what the one-line problem must say)
CORPUS: dict[str, tuple[Callable[[], bytes], str]] = {
    "empty": (lambda: b"", "is empty"),
    "blank": (lambda: b" \n\t\n", "is empty"),
    "truncated": (lambda: _GOOD[: len(_GOOD) // 2], "is not valid JSON (line "),
    "cut_after_one_byte": (lambda: _GOOD[:1], "is not valid JSON"),
    "not_json": (lambda: b"session notes: patient was late\n", "is not valid JSON (line 1"),
    "binary": (lambda: bytes(range(256)) * 64, "is not UTF-8 text (bad byte at offset 128)"),
    "png": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(500), "is not UTF-8 text"),
    "nul_bytes": (lambda: bytes(4096), "is not valid JSON"),
    "non_utf8": (
        lambda: _GOOD.replace(b'"Long silence', b'"Caf\xe9 silence'),
        "is not UTF-8 text (bad byte at offset",
    ),
    "json_array": (lambda: b"[1, 2, 3]", "is not a Rupture Annotator project"),
    "json_null": (lambda: b"null", "is not a Rupture Annotator project"),
    "other_json": (lambda: b'{"name": "pkg", "version": "1.0"}', "not a Rupture Annotator project"),
    "version_as_text": (
        _changed(lambda d: d.update(schema_version="1")),
        "schema_version: must be a whole number (got '1')",
    ),
    "newer_version": (
        _changed(lambda d: d.update(schema_version=99)),
        "was saved by a newer version of Rupture Annotator (schema 99",
    ),
    "coders_not_a_list": (_changed(lambda d: d.update(coders="ana")), "coders: input should be"),
    "media_not_a_list": (_changed(lambda d: d.update(media={})), "media: input should be"),
    "time_as_text": (_set(_rupture(0), start_ms="0:10"), "media[0].ruptures[0].start_ms: "),
    "time_as_bool": (_set(_rupture(0), start_ms=True), "media[0].ruptures[0].start_ms: "),
    "time_as_float": (_set(_rupture(0), end_ms=25000.5), "media[0].ruptures[0].end_ms: "),
    "time_overflow": (
        lambda: _GOOD.replace(b'"start_ms": 10000', b'"start_ms": 1e400', 1),
        "media[0].ruptures[0].start_ms: ",
    ),
    "significance_as_text": (
        _set(_rupture(1), significance="high"),
        "media[0].ruptures[1].significance: ",
    ),
    "kind_unknown": (_set(_rupture(0), kind="anger"), "media[0].ruptures[0].kind: input should be"),
    "fps_nan": (
        lambda: _GOOD.replace(b'"fps": 25.0', b'"fps": NaN'),
        "media[0].media.fps: ",
    ),
    "negative_time": (
        _set(_rupture(0), start_ms=-500),
        "media[0].ruptures[0].start_ms: input should be greater than or equal to 0 (got -500)",
    ),
    "reversed_times": (
        _set(_rupture(2), start_ms=15000, end_ms=12000),
        "media[0].ruptures[2].end_ms: must be greater than start_ms (12000 <= 15000)",
    ),
    "zero_length": (
        _set(_rupture(2), start_ms=45000, end_ms=45000),
        "media[0].ruptures[2].end_ms: must be greater than start_ms (45000 <= 45000)",
    ),
    "past_the_end": (
        _set(_rupture(1), end_ms=700_000),
        "media[0].ruptures[1].end_ms: is past the end of the recording (700000 > 600000)",
    ),
    "unknown_marker": (
        _set(_rupture(0), marker_ids=["wd_denial", "wd_sulking"]),
        "media[0].ruptures[0].marker_ids[1]: unknown marker 'wd_sulking'",
    ),
    "marker_of_other_kind": (
        _set(_rupture(1), marker_ids=["wd_denial"]),
        "media[0].ruptures[1].marker_ids[0]: 'wd_denial' is a withdrawal marker, not confrontation",
    ),
    "unknown_strategy": (
        _changed(lambda d: d["media"][0]["resolutions"][0].update(strategy_ids=["rs_hug"])),
        "media[0].resolutions[0].strategy_ids[0]: unknown strategy 'rs_hug'",
    ),
    "duplicate_ids": (
        _set(_rupture(1), id="r1"),
        "media[0].ruptures[1].id: duplicate id 'r1'",
    ),
    "duplicate_ids_across_kinds": (
        _changed(lambda d: d["media"][0]["resolutions"][0].update(id="r3")),
        "media[0].resolutions[0].id: duplicate id 'r3'",
    ),
    "duplicate_recordings": (
        _changed(lambda d: d["media"].append(json.loads(json.dumps(d["media"][0])))),
        "media[1].id: duplicate id 'rec1'",
    ),
    "strategy_linked_to_missing_rupture": (
        _changed(lambda d: d["media"][0]["resolutions"][1].update(rupture_id="r9")),
        "media[0].resolutions[1].rupture_id: no rupture 'r9' in this recording",
    ),
    "coder_not_in_project": (
        _set(_rupture(2), coder="mallory"),
        "media[0].ruptures[2].coder: 'mallory' is not one of the project's coders",
    ),
    "coder_twice": (_changed(lambda d: d.update(coders=["ana", "ben", "ana"])), "coders: lists"),
    "unknown_scale": (
        _changed(lambda d: d["media"][0]["session_ratings"][0]["values"].update(vibe=3)),
        "media[0].session_ratings[0].values.vibe: the codebook has no session scale 'vibe'",
    ),
    "unknown_field_with_newline": (
        _changed(lambda d: d.update({"note\nTraceback (most recent call last):": 1})),
        "['note\\nTraceback (most recent call last):']: is not a field this version knows",
    ),
    "codebook_missing": (
        _changed(lambda d: d.pop("codebook")),
        "is not a complete Rupture Annotator project (it has no codebook)",
    ),
    "duplicate_key": (
        lambda: _GOOD.replace(b'"schema_version": ', b'"schema_version": 1, "schema_version": ', 1),
        "is damaged: the key 'schema_version' appears twice in the same object",
    ),
    "nested_100k_brackets": (lambda: b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "nested_100k_objects": (lambda: b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested"),
    "nested_inside_a_project": (
        lambda: _GOOD.replace(b'"coders": [', b'"coders": ' + b"[" * 100_000, 1),
        "is nested too deeply to be a project file",
    ),
    "nested_shallow_garbage": (
        _changed(lambda d: d.update(coders=json.loads("[" * 150 + "]" * 150))),
        "coders[0]: input should be a valid string",
    ),
    "junk_50mb": (_junk(50 * 2**20), "is not UTF-8 text"),
    "junk_50mb_behind_a_project_head": (
        _junk(50 * 2**20, b'{"schema_version": 1, "codebook": '),
        "is not UTF-8 text",
    ),
}


@dataclass(frozen=True)
class BadFile:
    path: Path
    problem: str
    sha256: str  # of the bytes as written, before anything read them


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BadFile]:
    folder = tmp_path_factory.mktemp("bad")
    files = {}
    for name, (build, problem) in CORPUS.items():
        path = folder / f"{name}.rupture.json"
        data = build()
        path.write_bytes(data)
        files[name] = BadFile(path, problem, hashlib.sha256(data).hexdigest())
    return files


def test_the_corpus_starts_from_a_good_file(tmp_path: Path) -> None:
    path = tmp_path / "good.rupture.json"
    path.write_bytes(_GOOD)
    assert load_project(path).coders == ["ana", "ben"]


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_a_bad_file_gives_one_line_and_stays_untouched(
    corpus: dict[str, BadFile], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus[name].path
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert corpus[name].problem in message
    assert "\n" not in message and "\r" not in message
    assert "Traceback (most recent call last):\n" not in message
    assert len(message) < 400
    # the command line prints the same line and fails
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr()
    assert out.out == message + "\n" and out.err == ""
    assert _sha(path) == corpus[name].sha256
    siblings = {p.name for p in path.parent.iterdir()}
    assert not any(s.endswith((".bak", ".tmp")) for s in siblings)


def test_validate_reports_every_bad_file_and_exits_1(
    corpus: dict[str, BadFile], tmp_path: Path
) -> None:
    good = tmp_path / "good.rupture.json"
    good.write_bytes(_GOOD)
    names = sorted(CORPUS)
    files = [str(corpus[n].path) for n in names]
    exe = Path(sys.executable).with_name("rupture-annotator")
    result = subprocess.run(
        [str(exe), "validate", str(good), *files], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == f"OK  {good}"
    assert len(lines) == 1 + len(files)
    for name, line in zip(names, lines[1:], strict=True):
        bad = corpus[name]
        assert line.startswith(f"{bad.path}: ") and bad.problem in line
        assert _sha(bad.path) == bad.sha256


def test_a_file_saved_with_a_byte_order_mark_opens(tmp_path: Path) -> None:
    path = tmp_path / "bom.rupture.json"
    path.write_bytes(b"\xef\xbb\xbf" + _GOOD)
    assert load_project(path).annotation_count() == coded_project().annotation_count()
    old = tmp_path / "old-bom.rupture.json"  # the careful path (an older schema) as well
    old.write_bytes(b"\xef\xbb\xbf" + _GOOD.replace(b'"schema_version": 3', b'"schema_version": 2'))
    assert load_project(old).annotation_count() == coded_project().annotation_count()


@pytest.mark.parametrize(
    ("problem", "sentence"),
    [
        ("is empty", "x.rupture.json is empty."),
        ("no such file", "x.rupture.json: no such file."),
        ("was saved by a newer version; the file was not changed.", "x.rupture.json was saved"),
        ("media[0].ruptures[3].end_ms: must be", "x.rupture.json: media[0].ruptures[3].end_ms:"),
    ],
)
def test_a_problem_reads_as_one_sentence(problem: str, sentence: str) -> None:
    text = ProjectFileError(Path("/a/x.rupture.json"), problem).sentence()
    assert text.startswith(sentence)
    assert text.endswith(".") and not text.endswith("..")
