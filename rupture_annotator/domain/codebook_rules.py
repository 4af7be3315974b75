"""The rules a codebook keeps, each problem as (path, reason): a path into the codebook and one
sentence, e.g. ("markers[3].key", "'2' is already the key of withdrawal marker 'Avoiding' ...").

Two sets: the rules every codebook keeps to be loaded at all (ids and keys unique, the actors a
scale names declared), which old project files already keep; and the stricter rules a lab's
codebook file and the codebook editor are held to (keys a coder can press, scales with anchors,
numbers unique within a list, ...), which would refuse nothing already coded if broken.
"""

from __future__ import annotations

from collections.abc import Iterator

from rupture_annotator.domain.codebook import Codebook, Marker, RuptureKind, Strategy

Problem = tuple[str, str]

CODE_KEYS = tuple("1234567890")  # the keys that toggle a code on the selected span
KIND_COLOR_NAMES = ("withdrawal", "confrontation", "resolution")


def codebook_problems(cb: Codebook, *, strict: bool = True) -> list[Problem]:
    """Every problem of a codebook, in file order; the load rules only unless strict."""
    problems = list(_load_rules(cb))
    if strict:
        problems += _strict_rules(cb)
    return problems


def _paths(cb: Codebook) -> dict[int, str]:
    """The path of each marker and strategy, by object identity."""
    found = {id(m): f"markers[{i}]" for i, m in enumerate(cb.markers)}
    found |= {id(s): f"strategies[{i}]" for i, s in enumerate(cb.strategies)}
    return found


def _what(code: Marker | Strategy) -> str:
    if isinstance(code, Marker):
        return f"{code.kind.value} marker {code.label!r}"
    return f"strategy {code.label!r}"


def _load_rules(cb: Codebook) -> Iterator[Problem]:
    paths = _paths(cb)
    seen: dict[str, Marker | Strategy] = {}
    for code in cb.codes():
        first = seen.get(code.id)
        if first is not None:
            yield (
                f"{paths[id(code)]}.id",
                f"{code.id!r} appears twice (also {paths[id(first)]}): marker and strategy ids "
                "must be unique",
            )
        else:
            seen[code.id] = code
    scales: dict[str, int] = {}
    for i, scale in enumerate(cb.scales):
        if scale.id in scales:
            yield (
                f"scales[{i}].id",
                f"{scale.id!r} appears twice (also scales[{scales[scale.id]}]): scale ids must "
                "be unique",
            )
        scales.setdefault(scale.id, i)
    groups: list[tuple[str, tuple[Marker, ...] | tuple[Strategy, ...]]] = [
        (f"{kind.value} marker", cb.markers_of(kind)) for kind in RuptureKind
    ]
    groups.append(("strategy", cb.strategies))
    for name, codes in groups:
        keys: dict[str, Marker | Strategy] = {}
        for code in codes:
            if not code.key or code.retired:
                continue
            first = keys.get(code.key)
            if first is not None:
                yield (
                    f"{paths[id(code)]}.key",
                    f"{code.key!r} is already the key of {_what(first)}: {name} keys must be "
                    "unique",
                )
            else:
                keys[code.key] = code
    actors: dict[str, int] = {}
    for i, actor in enumerate(cb.actors):
        if actor.id in actors:
            yield f"actors[{i}].id", f"{actor.id!r} appears twice: actor ids must be unique"
        actors.setdefault(actor.id, i)
    for i, scale in enumerate(cb.scales):
        if scale.actor is not None and actors and scale.actor not in actors:
            yield (
                f"scales[{i}].actor",
                f"rates actor {scale.actor!r}, which is not one of the codebook's actors "
                f"({', '.join(actors)})",
            )


def _strict_rules(cb: Codebook) -> Iterator[Problem]:
    paths = _paths(cb)
    for code in cb.codes():
        path = paths[id(code)]
        if code.retired and code.key:
            yield f"{path}.key", "a retired code has no key: it is offered for no new coding"
        elif code.key and code.key not in CODE_KEYS:
            yield (
                f"{path}.key",
                f"must be one digit, 1 to 9 or 0: those are the keys that toggle a code "
                f"(got {code.key!r})",
            )
        yield from _translation_problems(cb, path, code.labels, code.definitions)
    lists: list[tuple[str, tuple[Marker, ...] | tuple[Strategy, ...]]] = [
        (f"{kind.value} marker", cb.markers_of(kind)) for kind in RuptureKind
    ]
    lists.append(("strategy", cb.strategies))
    for name, codes in lists:
        numbers: dict[int, Marker | Strategy] = {}
        labels: dict[str, Marker | Strategy] = {}
        for code in codes:
            path = paths[id(code)]
            if code.number in numbers:
                yield (
                    f"{path}.number",
                    f"{code.number} is already the number of {_what(numbers[code.number])}",
                )
            numbers.setdefault(code.number, code)
            label = code.label.strip().casefold()
            if label in labels:
                yield f"{path}.label", f"a second {name} labelled {code.label!r}"
            labels.setdefault(label, code)
    for i, scale in enumerate(cb.scales):
        path = f"scales[{i}]"
        if not scale.anchors:
            yield (
                f"{path}.anchors",
                f"the scale {scale.label!r} has no anchors: say what its values mean (at least "
                f"{scale.minimum} and {scale.maximum})",
            )
        for value in scale.anchors:
            if not scale.contains(value):
                yield (
                    f"{path}.anchors[{value}]",
                    f"{value} is outside the scale ({scale.minimum} to {scale.maximum})",
                )
        for language, anchors in scale.anchor_labels.items():
            for value in anchors:
                if not scale.contains(value):
                    yield (
                        f"{path}.anchor_labels.{language}[{value}]",
                        f"{value} is outside the scale ({scale.minimum} to {scale.maximum})",
                    )
        if scale.kind is not None and scale.target != "segment":
            yield f"{path}.kind", "only a segment scale rates one kind of rupture"
        if scale.actor is not None and not cb.actors:
            yield (
                f"{path}.actor",
                f"rates actor {scale.actor!r}, but the codebook declares no actors",
            )
        if scale.actor is not None and scale.kind is None:
            yield f"{path}.actor", "a scale rates an actor only together with a kind of rupture"
        expected = {"significance": "rupture", "resolution": "resolution"}.get(scale.id)
        if expected is not None and scale.target != expected:
            yield (
                f"{path}.target",
                f"the scale {scale.id!r} is the rating of single {expected} spans: its target "
                f"must be {expected}",
            )
        yield from _translation_problems(cb, path, scale.labels, scale.definitions)
    for i, actor in enumerate(cb.actors):
        yield from _translation_problems(cb, f"actors[{i}]", actor.labels, {})
    for name in cb.kind_colors:
        if name not in KIND_COLOR_NAMES:
            yield (
                f"kind_colors.{name}",
                f"names no lane (the lanes are {', '.join(KIND_COLOR_NAMES)})",
            )
    for name, color in cb.kind_colors.items():
        if not _is_color(color):
            yield f"kind_colors.{name}", f"must be a colour like #3a78d8 (got {color!r})"
    if not cb.in_use():
        yield "markers", "the codebook has no marker and no strategy to code with"


def _translation_problems(
    cb: Codebook, path: str, labels: dict[str, str], definitions: dict[str, str]
) -> Iterator[Problem]:
    for field, given in (("labels", labels), ("definitions", definitions)):
        if cb.language in given:
            yield (
                f"{path}.{field}.{cb.language}",
                f"{cb.language!r} is the codebook's own language: edit the label itself",
            )


def _is_color(text: str) -> bool:
    return (
        len(text) == 7
        and text.startswith("#")
        and all(c in "0123456789abcdefABCDEF" for c in text[1:])
    )
