"""Validation errors as one line: a path into the file and a reason."""

from __future__ import annotations

from pydantic import ValidationError


def format_path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not part.isidentifier():  # a key from the file: quoted, so the path stays one line
            out += f"[{part!r}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def describe_validation_error(exc: ValidationError, prefix: tuple[int | str, ...] = ()) -> str:
    """The first problem, e.g. `media[0].ruptures[3].end_ms: must be greater than start_ms`."""
    err = exc.errors(include_url=False)[0]
    loc = prefix + tuple(err["loc"])
    msg = err["msg"]
    for noise in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(noise)
    if err["type"] == "missing":
        msg = "is missing"
    elif err["type"] == "extra_forbidden":
        msg = "is not a field this version knows"
    else:
        msg = msg[:1].lower() + msg[1:]
        if "input" in err and err["type"] not in ("span_order",):
            shown = repr(err["input"])
            if len(shown) <= 40:
                msg += f" (got {shown})"
    path = format_path(loc)
    return f"{path}: {msg}" if path else msg
