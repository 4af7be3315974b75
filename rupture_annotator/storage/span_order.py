"""The fast load path's validator: the project file's own, without the one call into Python per
span; the loader checks every span's end against its start at once from their columns instead.

A span's end must come after its start (Span._after_start). It is the one rule of a span that
pydantic-core cannot check in Rust, so validating a file calls into Python once per span.
Measured on a 100,000-span file, validating it, one process, interleaved runs on a busy machine,
wall medians: the models' own validator 482 ms, this one 461 ms (31 runs; the median ratio of
each pair 0.94, and 0.94-0.96 in three such measurements); the order of all spans checked from
their columns, read for the other checks anyway, 2-3 ms.

The models keep the rule: a span built in the app, and a file on the careful path, are validated
by their own validator and refused with the same sentence as ever. A file with a span that ends
before it starts passes this validator, fails spans_in_order, and the loader then takes the
careful path, which names the span.

pydantic-core reuses a complete model's validator wherever the model appears in a schema; the
models whose schema lost the call are marked incomplete while this validator is built, so it is
built from the schema. Should that ever change, the call stays in (slower, never wrong): a test
holds that this validator accepts a span out of order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from operator import gt
from typing import Any

from pydantic import BaseModel
from pydantic_core import SchemaValidator

from rupture_annotator.domain.annotations import Span
from rupture_annotator.domain.columns import ColumnTable
from rupture_annotator.domain.recording import Recording

# the span fields spans_in_order reads (a loader's ColumnTable reads them in its first pass)
ORDER_COLUMNS = ("start_ms", "end_ms")


def without_span_order(document: type[BaseModel]) -> SchemaValidator:
    """A validator of document (strict JSON to the same models) without Span's end-after-start
    call; the document's own validator if its schema has no such call."""
    rebuilt: list[type[BaseModel]] = []
    schema = _without(document.__pydantic_core_schema__, _span_order_function(), rebuilt)
    if not rebuilt:
        return document.__pydantic_validator__  # type: ignore[return-value]
    with _incomplete(rebuilt):
        return SchemaValidator(schema, document.__pydantic_core_schema__.get("config"))


def spans_in_order(media: Sequence[Recording], table: ColumnTable) -> bool:
    """Whether every span of every recording ends after it starts (the rule without_span_order
    leaves out), read from the spans' columns."""
    for rec in media:
        for spans in (rec.ruptures, rec.resolutions):
            columns = table.of(spans, ORDER_COLUMNS)
            if not all(map(gt, columns["end_ms"], columns["start_ms"])):
                return False
    return True


def _span_order_function() -> object:
    """Span._after_start as the schema holds it (bound to each span class): its function."""
    return getattr(Span._after_start, "__func__", None)


def _without(node: Any, function: object, rebuilt: list[type[BaseModel]]) -> Any:
    """A copy of a core schema without the function-after validators that call function; the
    classes of the models whose schema changed (a model around one too) are added to rebuilt."""
    return _copy(node, function, rebuilt)[0]


def _copy(node: Any, function: object, rebuilt: list[type[BaseModel]]) -> tuple[Any, bool]:
    """(the copy, whether anything was left out of it)"""
    if isinstance(node, list):
        items = [_copy(item, function, rebuilt) for item in node]
        return [item for item, _ in items], any(changed for _, changed in items)
    if not isinstance(node, dict):
        return node, False
    if node.get("type") == "function-after" and _calls(node["function"], function):
        return _copy(node["schema"], function, rebuilt)[0], True
    copy: dict[str, Any] = {}
    changed = False
    for key, value in node.items():
        if key in ("cls", "metadata", "default"):
            copy[key] = value
        else:
            copy[key], left_out = _copy(value, function, rebuilt)
            changed = changed or left_out
    if changed and node.get("type") == "model":
        rebuilt.append(node["cls"])
    return copy, changed


def _calls(info: Any, function: object) -> bool:
    called = info.get("function") if isinstance(info, dict) else None
    return function is not None and getattr(called, "__func__", None) is function


@contextmanager
def _incomplete(classes: list[type[BaseModel]]) -> Iterator[None]:
    """The classes marked incomplete, so that pydantic-core builds their validators from the
    schema rather than reusing theirs. Besides that reuse only model_rebuild reads the mark (and
    would rebuild the same): a span made or validated meanwhile (on another thread) is validated
    as ever, and a validator built meanwhile that contains one builds it from its schema too."""
    before = [cls.__pydantic_complete__ for cls in classes]
    for cls in classes:
        cls.__pydantic_complete__ = False
    try:
        yield
    finally:
        for cls, complete in zip(classes, before, strict=True):
            cls.__pydantic_complete__ = complete
