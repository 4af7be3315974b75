"""A key twice in one object is a damaged file on every load path, and the fast path finds out by
counting, without parsing the file a second time."""

from __future__ import annotations

import json
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from rupture_annotator import __version__
from rupture_annotator.domain.annotations import Comment
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.reels import Reel
from rupture_annotator.domain.review import MomentFilter
from rupture_annotator.storage import project_file
from rupture_annotator.storage.project_file import (
    ProjectFileError,
    _ProjectDocument,
    parse_project,
    project_bytes,
)
from tests.factories import big_project
from tests.unit.conftest import REC, coded_project
from tests.unit.test_roundtrip_hypothesis import projects

TWICE = "appears twice in the same object"


@pytest.fixture
def no_second_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if the fast path has to parse the file again to look for a key twice."""

    def parsed_again(raw: bytes, path: Path) -> bool:
        raise AssertionError("the key count could not tell, and the file was parsed again")

    monkeypatch.setattr(project_file, "_no_key_twice", parsed_again)


def _rich_project() -> Project:
    """Every kind of object a file has: comments (with quotes), custom session values, a
    reel with a filter, study thresholds."""
    project = coded_project()
    rupture = project.recording(REC).find("r1")
    assert rupture is not None
    comment = Comment(author="sup", text='She said "no" twice: \\ and "again"')
    project.update_annotation(
        REC, rupture.with_changes(comments=(comment,), note='"quoted" note\nwith a line break')
    )
    project.add_reel(
        Reel(name="Withdrawals", filter=MomentFilter(kinds=("withdrawal",), coder="ana"))
    )
    return project.model_copy(
        update={"study": project.study.model_copy(update={"thresholds": {"ICC(2,1)": 0.75}})}
    )


@pytest.mark.parametrize(
    "project",
    [coded_project(), _rich_project(), big_project(1000, n_media=3)],
    ids=["coded", "rich", "1000_spans"],
)
def test_a_saved_project_is_counted_free_of_twice_keys(
    project: Project, no_second_parse: None
) -> None:
    assert parse_project(project_bytes(project)).model_dump() == project.model_dump()


def _twice(raw: bytes, member: bytes, count: int = 1) -> bytes:
    """The file with one `"key": value` member written twice where it first appears."""
    assert raw.count(member) >= 1, member
    return raw.replace(member, member + b", " + member, count)


@pytest.mark.parametrize(
    ("member", "key"),
    [
        (b'"schema_version": 7', "schema_version"),
        (f'"saved_by": "rupture-annotator {__version__}"'.encode(), "saved_by"),
        (b'"id": "3rs-2015"', "id"),  # the codebook
        (b'"kind": "withdrawal"', "kind"),  # a marker of the codebook
        (b'"coders": [\n  "ana",\n  "ben"\n ]', "coders"),
        (b'"path": "session.mp4"', "path"),  # a recording's media
        (b'"dyad": ""', "dyad"),  # its session details
        (b'"coder": "ben"', "coder"),  # a span
        (b'"note": "Long silence after the homework question."', "note"),
        (b'"rupture_id": "r1"', "rupture_id"),
        (b'"wd_significance": 3', "wd_significance"),  # a rating's values
        (b'"blind": false', "blind"),  # the study settings
    ],
)
def test_a_key_twice_in_a_current_file_is_named(member: bytes, key: str) -> None:
    damaged = _twice(project_bytes(coded_project()), member)
    with pytest.raises(ProjectFileError) as caught:
        parse_project(damaged, Path("s.rupture.json"))
    assert caught.value.sentence() == f"s.rupture.json is damaged: the key {key!r} {TWICE}."


def test_a_key_twice_with_another_value_is_named_too() -> None:
    raw = project_bytes(coded_project())
    damaged = raw.replace(b'"coder": "ben"', b'"coder": "ana", "coder": "ben"', 1)
    with pytest.raises(ProjectFileError, match=f"the key 'coder' {TWICE}"):
        parse_project(damaged)


def test_a_key_twice_in_an_older_file_is_named_as_before() -> None:
    raw = project_bytes(coded_project()).replace(b'"schema_version": 7', b'"schema_version": 6')
    with pytest.raises(ProjectFileError, match=f"the key 'note' {TWICE}"):
        parse_project(raw.replace(b'"note": ""', b'"note": "", "note": ""', 1))


def test_a_quote_written_as_an_escape_is_read_by_parsing_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # an escaped quote and a quote written as \u0022: the file has one quote character fewer
    # than the model's strings hold, which a key twice could make up for
    raw = project_bytes(coded_project()).replace(b'"Long silence', b'"\\u0022Long \\"silence', 1)
    parsed: list[bytes] = []
    check = project_file._no_key_twice

    def spy(raw: bytes, path: Path) -> bool:
        parsed.append(raw)
        return check(raw, path)

    monkeypatch.setattr(project_file, "_no_key_twice", spy)
    note = parse_project(raw).recording(REC).find("r1")
    assert note is not None and note.note.startswith('"Long "silence')
    assert len(parsed) == 1
    with pytest.raises(ProjectFileError, match=f"the key 'coder' {TWICE}"):
        parse_project(_twice(raw, b'"coder": "ben"'))


def test_kinds_given_as_one_string_are_read_by_parsing_again() -> None:
    """A reel filter's kinds may be any collection, even one string (its characters): the
    count cannot tell such a tuple from a list of one-letter strings, so it parses again."""
    project = coded_project()
    project.add_reel(Reel(name="All", filter=MomentFilter(kinds=("withdrawal",))))
    raw = project_bytes(project)
    start = raw.index(b'"kinds": [')
    end = raw.index(b"]", start) + 1
    raw = raw[:start] + b'"kinds": "ab"' + raw[end:]
    assert parse_project(raw).reels[0].filter.kinds == ("a", "b")
    with pytest.raises(ProjectFileError, match=f"the key 'name' {TWICE}"):
        parse_project(raw.replace(b'"name": "All"', b'"name": "All", "name": "All"'))


# -- any project ---------------------------------------------------------------------------------


class _Object(list[tuple[str, Any]]):
    """A JSON object as its members in order, a key twice if written so."""


def _pairs(raw: bytes) -> Any:
    return json.loads(raw, object_pairs_hook=_Object)


def _objects(tree: Any) -> Iterator[_Object]:
    if isinstance(tree, _Object):
        yield tree
        for _, value in tree:
            yield from _objects(value)
    elif isinstance(tree, list):
        for value in tree:
            yield from _objects(value)


def _dumps(tree: Any) -> str:
    """JSON of a pairs tree, keys twice where the pairs have them; compact, unlike a saved file."""
    if isinstance(tree, _Object):
        return "{" + ",".join(f"{json.dumps(k)}:{_dumps(v)}" for k, v in tree) + "}"
    if isinstance(tree, list):
        return "[" + ",".join(_dumps(v) for v in tree) + "]"
    return json.dumps(tree)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects(), data=st.data())
def test_any_project_with_any_key_twice_is_refused(project: Project, data: st.DataObject) -> None:
    raw = project_bytes(project)
    tree = _pairs(raw)
    objects = [o for o in _objects(tree) if o]
    members = data.draw(st.sampled_from(objects))
    i = data.draw(st.integers(0, len(members) - 1))
    key, value = members[i]
    members.insert(i, (key, value))  # the same member again, just before it
    with pytest.raises(ProjectFileError, match=f"the key {key!r} {TWICE}"):
        parse_project(_dumps(tree).encode())
    # written compactly but once each, the same project loads as it was
    members.pop(i)
    assert parse_project(_dumps(tree).encode()).model_dump() == project.model_dump()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects())
def test_any_saved_project_is_counted_free_of_twice_keys(project: Project) -> None:
    def parsed_again(raw: bytes, path: Path) -> bool:
        raise AssertionError("the key count could not tell, and the file was parsed again")

    with mock.patch.object(project_file, "_no_key_twice", parsed_again):
        assert parse_project(project_bytes(project)).model_dump() == project.model_dump()


# -- what the count relies on --------------------------------------------------------------------


def _models(cls: type[BaseModel], seen: set[type[BaseModel]]) -> Iterator[type[BaseModel]]:
    if cls in seen:
        return
    seen.add(cls)
    yield cls

    def inside(tp: Any) -> Iterator[type[BaseModel]]:
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            yield from _models(tp, seen)
        for arg in typing.get_args(tp):
            yield from inside(arg)

    for field in cls.model_fields.values():
        yield from inside(field.annotation)


def test_every_validator_of_the_file_keeps_what_it_was_given() -> None:
    """The key count (storage/duplicate_keys) reads the validated model as the file's shape. A
    validator that runs after validation and returns the value it was given keeps that true;
    one that runs before may reshape its input, and the count then parses again unless it knows
    the reshaping (kinds: sorted). A new validator here: check that it keeps its value, or
    teach the count, then list it."""
    found = set()
    for cls in _models(_ProjectDocument, set()):
        decorators = cls.__pydantic_decorators__
        for name, d in decorators.field_validators.items():
            found.add((cls.__name__, name, d.info.mode))
        for name, d in decorators.model_validators.items():
            found.add((cls.__name__, name, d.info.mode))
        for field_name, info in cls.model_fields.items():
            assert not [m for m in info.metadata if "Validator" in type(m).__name__], field_name
    assert found == {
        ("Codebook", "_unique", "after"),
        ("RatingScale", "_range", "after"),
        ("FieldDefinition", "_choices_fit_the_type", "after"),
        ("Rupture", "_after_start", "after"),
        ("ResolutionStrategy", "_after_start", "after"),
        ("MomentFilter", "_sorted_kinds", "before"),
        ("StudySettings", "_shares", "after"),
    }
