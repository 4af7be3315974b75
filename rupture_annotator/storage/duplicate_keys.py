"""Whether a JSON document had a key twice in one object, told from the model read from it.

pydantic-core reads JSON in one pass without an intermediate dict, and keeps the last of two
equal keys without a word; json.loads with an object_pairs_hook names them, but takes as long
again as the whole load. So the fast load counts instead. Every string in a JSON text, key or
value, is two unescaped quote characters, and a quote inside a string is written \\" (one more).
The model validated from the text says how many keys and string values it was read from (each
model's fields_set, each dict's length, each value of a string type) and how many quotes are in
them; if the text's quote count is exactly that, no key was there twice: a second key brings
its own two quotes, which the model (keeping one value) does not account for. Whatever the count
cannot vouch for (a quote written \\u0022, a type it does not know, a validator that may reshape
its input) answers "cannot tell", and the caller parses again to find out.

Measured on a 100,000-span project (39 MB), CPU time on a busy machine, medians of 9: the count
takes 37-43 ms (17-21 of them counting the quotes) besides reading the spans' fields, which the
cross-reference checks read too (domain/columns); json.loads with the hook takes 580 ms.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from itertools import chain
from operator import methodcaller
from typing import Any

from pydantic import BaseModel, BeforeValidator, PlainValidator, WrapValidator

from rupture_annotator.domain.columns import ColumnTable


@dataclass(frozen=True)
class _Walk:
    quotes: bool  # count the quotes inside strings, not the strings
    table: ColumnTable


# How many strings (keys and string values), or quotes inside them, a list of values of one
# declared type was read from; None when the values cannot say.
Counter = Callable[[Sequence[Any], _Walk], int | None]

_QUOTES = methodcaller("count", '"')
_VALIDATORS = (BeforeValidator, WrapValidator, PlainValidator)


def unique_keys_proven(raw: bytes, document: BaseModel, table: ColumnTable) -> bool:
    """True when raw (the JSON the document was validated from) has no key twice in one object;
    False when the count cannot prove it (a key may be there twice, or may not)."""
    count = _model(type(document))
    quotes = raw.count(b'"')
    strings = count([document], _Walk(False, table))
    if strings is None or quotes < 2 * strings:
        return False
    if quotes == 2 * strings:
        return True
    inside = count([document], _Walk(True, table))
    return inside is not None and quotes == 2 * strings + inside and b"\\u0022" not in raw


# the fields the count reads, of any model it has counted
_COLUMNS: set[str] = set()


def columns_read(document: type[BaseModel]) -> frozenset[str]:
    """The fields the count of a document of this class reads as columns (each read only if
    the file has strings with quotes in them: the count of those reads the strings too)."""
    _model(document)
    return frozenset(_COLUMNS)


def _unknown(values: Sequence[Any], walk: _Walk) -> int | None:
    return None if values else 0


def _none(values: Sequence[Any], walk: _Walk) -> int:
    return 0


def _strings(values: Sequence[Any], walk: _Walk) -> int:
    return sum(map(_QUOTES, values)) if walk.quotes else len(values)


def _plain_strings(values: Sequence[Any], walk: _Walk) -> int:
    """Strings without a quote inside (a date, an enum's value)."""
    return 0 if walk.quotes else len(values)


_SCALARS = (_none, _strings, _plain_strings)


def _counter(tp: Any) -> Counter:
    """The counter of a declared type, as pydantic validates it strictly from JSON."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated:
        if any(isinstance(m, _VALIDATORS) for m in args[1:]):
            return _unknown
        return _counter(args[0])
    if tp is type(None) or tp in (int, float, bool):
        return _none
    if tp is str:
        return _strings
    if tp in (datetime, date):  # read only from strings (strict), with no quote in them
        return _plain_strings
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _literal(tuple(m.value for m in tp))
    if origin is typing.Literal:
        return _literal(args)
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return _model(tp)
    if origin in (typing.Union, types.UnionType):
        return _union(args)
    if origin in (list, Sequence) or (origin is tuple and args[-1:] == (...,)):
        return _sequence(_counter(args[0]))
    if origin is dict:
        return _mapping(_counter(args[0]), _counter(args[1]))
    return _unknown


def _literal(values: tuple[Any, ...]) -> Counter:
    if all(isinstance(v, str) and '"' not in v for v in values):
        return _plain_strings
    if all(type(v) is int or v is None for v in values):
        return _none
    return _unknown


def _union(arms: tuple[Any, ...]) -> Counter:
    others = [a for a in arms if a is not type(None)]
    if len(others) == 1:  # X | None
        inner = _counter(others[0])
        if inner is _none:
            return _none

        def optional(values: Sequence[Any], walk: _Walk) -> int | None:
            if (inner is not _strings and inner is not _plain_strings) or walk.quotes:
                return inner([v for v in values if v is not None], walk)
            return len(values) - values.count(None)

        return optional
    if any(_counter(a) not in _SCALARS for a in others):
        return _unknown

    # scalars only (str | int): a string was read from a string, a number from a number
    def scalars(values: Sequence[Any], walk: _Walk) -> int:
        texts = [v for v in values if isinstance(v, str | datetime | date)]
        if walk.quotes:
            return sum(v.count('"') for v in texts if isinstance(v, str))
        return len(texts)

    return scalars


def _sequence(item: Counter) -> Counter:
    def sequence(values: Sequence[Any], walk: _Walk) -> int | None:
        if item is _none or (item is _plain_strings and walk.quotes):
            return 0
        if values.count(()) == len(values):
            # all empty, as most spans' comments and sources are: telling () is one identity check
            # each (there is one empty tuple); taking each length cost 3 ms more at 100,000 spans
            return 0
        items = sum(map(len, values))
        if item is _plain_strings or (item is _strings and not walk.quotes) or not items:
            return items
        if items < 16 * len(values):
            # short ones (a span's comments): all together
            return item(list(chain.from_iterable(values)), walk)
        # long ones (a recording's spans): each as it is, the list the checks read too
        total = 0
        for value in values:
            found = item(value, walk)
            if found is None:
                return None
            total += found
        return total

    return sequence


def _mapping(key: Counter, value: Counter) -> Counter:
    if key not in _SCALARS:
        return _unknown

    def mapping(values: Sequence[Any], walk: _Walk) -> int | None:
        # a key is a string in the text whatever it is read as (an int key is written "1")
        keys: int
        if walk.quotes:
            keys = sum(k.count('"') for k in chain.from_iterable(values) if isinstance(k, str))
        else:
            keys = sum(map(len, values))
        if value is _none:
            return keys
        found = value(list(chain.from_iterable(map(dict.values, values))), walk)
        return None if found is None else keys + found

    return mapping


@cache
def _model(cls: type[BaseModel]) -> Counter:
    if cls.model_config.get("extra") != "forbid":
        return _unknown  # a key it ignores, or keeps aside, is not in fields_set
    decorators = cls.__pydantic_decorators__
    if any(d.info.mode != "after" for d in decorators.model_validators.values()):
        return _unknown
    reshaped = {
        name
        for d in decorators.field_validators.values()
        if d.info.mode != "after"
        for name in d.info.fields
    }
    plan: list[tuple[str, Counter]] = []
    for name, info in cls.model_fields.items():
        counter = _counter(info.annotation)
        if any(isinstance(m, _VALIDATORS) for m in info.metadata):
            counter = _unknown
        if name in reshaped:
            counter = _sorted_strings if _sequence_of_strings(info.annotation) else _unknown
        plan.append((name, counter))
    n_fields = len(plan)
    # a string field read from every value adds one string each, and no quote when plain
    fixed = sum(1 for _, c in plan if c is _plain_strings or c is _strings)
    varying = {
        False: [(n, c) for n, c in plan if c not in _SCALARS],
        True: [(n, c) for n, c in plan if c is not _none and c is not _plain_strings],
    }
    _COLUMNS.update(n for n, _ in varying[False])

    def model(values: Sequence[Any], walk: _Walk) -> int | None:
        if not values:
            return 0
        keys = walk.table.given(values)
        if keys != n_fields * len(values):
            return _some_fields(values, walk)
        # each value was read with all its fields (a field name holds no quote)
        total = 0 if walk.quotes else keys + fixed * len(values)
        fields = varying[walk.quotes]
        columns = walk.table.of(values, [name for name, _ in fields])
        for name, counter in fields:
            found = counter(columns[name], walk)
            if found is None:
                return None
            total += found
        return total

    def _some_fields(values: Sequence[Any], walk: _Walk) -> int | None:
        given = [v.__pydantic_fields_set__ for v in values]
        total = 0 if walk.quotes else sum(map(len, given))
        for name, counter in plan:
            read = [getattr(v, name) for v, g in zip(values, given, strict=True) if name in g]
            found = counter(read, walk)
            if found is None:
                return None
            total += found
        return total

    return model


def _sequence_of_strings(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and args[-1:] == (...,) and _counter(args[0]) is _strings


def _sorted_strings(values: Sequence[Any], walk: _Walk) -> int | None:
    """A tuple of strings a before validator made of any collection, sorted (MomentFilter's
    kinds): as many strings as it was given, unless it was given one string, whose characters
    it then holds; a tuple of one-character strings cannot tell which."""
    for value in values:
        if len(value) > 1 and all(len(v) == 1 for v in value):
            return None
    return _sequence(_strings)(values, walk)
