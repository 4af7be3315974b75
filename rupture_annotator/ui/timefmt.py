"""Times as coders read them: h:mm:ss.mmm."""

from __future__ import annotations


def format_ms(ms: int, *, millis: bool = True) -> str:
    ms = max(0, int(ms))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return f"{h}:{m:02d}:{s:02d}.{milli:03d}" if millis else f"{h}:{m:02d}:{s:02d}"


def parse_time(text: str) -> int:
    """'1:02:03.5', '2:03', '75.25' → ms. Raises ValueError with a plain reason."""
    parts = text.strip().split(":")
    if not 1 <= len(parts) <= 3 or not all(parts):
        raise ValueError(f"{text!r} is not a time like 0:12:34.500")
    try:
        seconds = float(parts[-1])
        minutes = int(parts[-2]) if len(parts) > 1 else 0
        hours = int(parts[-3]) if len(parts) > 2 else 0
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a time like 0:12:34.500") from exc
    if seconds < 0 or minutes < 0 or hours < 0:
        raise ValueError("A time cannot be negative.")
    return round((hours * 3600 + minutes * 60 + seconds) * 1000)
