"""BORIS project files (.boris: JSON; .boris.gz, or any gzip-compressed one), read for import.

What BORIS stores, as its own source reads and writes it (project format "7.0", and older files:
"4.0" kept a second player's offset as "time offset second player"; before any version number,
"file" was a plain list and subjects were [key, name] pairs):
- behaviors_conf: the ethogram, each behavior's "code" and "type" ("State event", "Point event",
  either "... with coding map");
- subjects_conf: the subjects by "name";
- observations: by id, each with "type" (MEDIA; LIVE and IMAGES have no recording), "file"
  ({"1": [media of player 1, played one after the other], "2": [...]}), "media_info"
  ({"length": {media: seconds}}), "time offset" (seconds added to the media time), and "events":
  [time in seconds, subject, behavior code, modifiers, comment(, frame index)], sorted by time.
  Modifiers are one string: sets separated by "|", several values of one set by ","; "None" is
  no modifier.
- A state event is a start row and a stop row of the same subject, behavior and modifiers, as
  BORIS pairs them; a start never stopped is reported with its time and left out.
- Times run over player 1's media one after another: a span is put on the media file it falls in;
  one running from one file into the next is split at the change of file, and said so.
- Point events are read as moments; the map's stated rule (point_event_ms) gives them a length.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from rupture_annotator.storage.interchange.source import (
    InterchangeError,
    SourceFile,
    SourceRecording,
    SourceSpan,
)

KNOWN_MAJOR = 7  # the newest project format this reader knows ("7.0", still BORIS 8 and 9's)
MAX_BYTES = 256 * 1024 * 1024


def read_boris(path: Path) -> SourceFile:
    """The spans of a BORIS project, observation by observation. Raises InterchangeError."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(f"{path.name} cannot be read ({exc.strerror or exc}).") from exc
    return parse_boris(raw, path)


def parse_boris(raw: bytes, path: Path) -> SourceFile:
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = _gunzip(raw)
        except (EOFError, OSError, zlib.error) as exc:
            raise InterchangeError(
                f"{path.name} is a truncated or damaged gzip file ({exc})."
            ) from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InterchangeError(f"{path.name} is not a BORIS project (not UTF-8 text).") from exc
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            f"{path.name} is not a BORIS project (not valid JSON: line {exc.lineno}, "
            f"column {exc.colno}: {exc.msg})."
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("observations"), dict):
        raise InterchangeError(f"{path.name} is not a BORIS project (it has no observations).")
    _check_version(data.get("project_format_version"), path)
    states = _state_codes(data.get("behaviors_conf"), path)
    source = SourceFile(format="boris")
    recordings: dict[str, SourceRecording] = {}
    for obs_id, obs in data["observations"].items():
        if not isinstance(obs, dict):
            raise InterchangeError(f"{path.name}: observation {obs_id!r} is not an object.")
        _observation(str(obs_id), obs, states, source, recordings, path)
    source.recordings = list(recordings.values())
    return source


def _gunzip(raw: bytes) -> bytes:
    out = gzip.decompress(raw)
    if len(out) > MAX_BYTES:
        raise OSError("it unpacks to more than 256 MiB")
    return out


def _check_version(version: object, path: Path) -> None:
    if version is None:
        return  # the first BORIS files had no version: read as the oldest format
    try:
        major = int(str(version).split(".")[0])
        float(str(version))
    except ValueError as exc:
        raise InterchangeError(
            f"{path.name} has the unknown BORIS project format {version!r}."
        ) from exc
    if major > KNOWN_MAJOR or major < 0:
        raise InterchangeError(
            f"{path.name} was written in BORIS project format {version}, which this app does not "
            f"read (it reads formats up to {KNOWN_MAJOR}.0)."
        )


def _state_codes(ethogram: object, path: Path) -> set[str]:
    if not isinstance(ethogram, dict):
        raise InterchangeError(f"{path.name} is not a BORIS project (it has no ethogram).")
    states: set[str] = set()
    for behavior in ethogram.values():
        if isinstance(behavior, dict) and str(behavior.get("type", "")).startswith("State"):
            states.add(str(behavior.get("code", "")))
    return states


def _players(obs: dict[str, Any]) -> list[str]:
    files = obs.get("file", {})
    if isinstance(files, list):  # before format versions: [player 1, player 2]
        return [str(files[0])] if files else []
    if isinstance(files, dict):
        return [str(f) for f in files.get("1", []) or []]
    return []


def _observation(
    obs_id: str,
    obs: dict[str, Any],
    states: set[str],
    source: SourceFile,
    recordings: dict[str, SourceRecording],
    path: Path,
) -> None:
    kind = str(obs.get("type", "MEDIA"))
    events = obs.get("events", [])
    if not isinstance(events, list):
        raise InterchangeError(f"{path.name}: observation {obs_id!r} has no list of events.")
    media = _players(obs)
    if kind not in ("MEDIA", "VIDEO", "AUDIO") or not media:
        if events:
            source.notes.append(
                f"observation {obs_id!r} is a {kind.lower()} observation without a recording: "
                f"its {len(events)} event(s) were left out"
            )
        return
    info = obs.get("media_info") or {}
    lengths = info.get("length", {}) if isinstance(info, dict) else {}
    durations = [_seconds_ms(lengths.get(m)) if isinstance(lengths, dict) else None for m in media]
    starts = [0]
    for d in durations[:-1]:
        starts.append(starts[-1] + (d or 0))
    if len(media) > 1 and any(d is None for d in durations[:-1]):
        source.notes.append(
            f"observation {obs_id!r}: a media file's length is missing, so its events cannot be "
            "placed on the right file: all went to the first"
        )
        starts = [0] * len(media)
    offset = _seconds_ms(obs.get("time offset", 0)) or 0
    recs = []
    for name, duration in zip(media, durations, strict=True):
        key = Path(name).name
        rec = recordings.get(key)
        if rec is None:
            rec = recordings[key] = SourceRecording(key=key, media_path=name, duration_ms=duration)
        recs.append(rec)

    def place(start: int, end: int, span: SourceSpan) -> None:
        """Put a span on the media file(s) it falls in; split at a change of file."""
        first = _file_at(starts, start)
        last = _file_at(starts, max(start, end - 1)) if end > start else first
        if last != first:
            source.notes.append(
                f"{span.where}: runs from {media[first]} into {media[last]}; split at the change "
                "of file"
            )
        for i in range(first, last + 1):
            lo = max(start, starts[i]) - starts[i]
            hi = (min(end, starts[i + 1]) if i + 1 < len(starts) else end) - starts[i]
            recs[i].spans.append(
                SourceSpan(
                    start_ms=lo,
                    end_ms=hi,
                    code=span.code,
                    values=span.values,
                    subject=span.subject,
                    note=span.note,
                    where=span.where,
                    point=span.point,
                    group=obs_id,
                )
            )

    open_states: dict[tuple[str, str, str], tuple[int, str, str]] = {}
    rows = []
    for n, event in enumerate(events):
        if not isinstance(event, list) or len(event) < 3:
            source.problems.append(f"observation {obs_id!r}, event {n + 1}: not an event row")
            continue
        t = _seconds_ms(event[0])
        if t is None:
            source.problems.append(
                f"observation {obs_id!r}, event {n + 1}: the time {event[0]!r} is not a number"
            )
            continue
        rows.append((t - offset, n, event))
    rows.sort(key=lambda r: (r[0], r[1]))
    for t, _n, event in rows:
        subject, code = str(event[1] or ""), str(event[2])
        modifier = str(event[3]) if len(event) > 3 and event[3] is not None else ""
        comment = str(event[4]) if len(event) > 4 and event[4] is not None else ""
        who = f" of {subject!r}" if subject else ""
        base = SourceSpan(
            start_ms=t,
            end_ms=t,
            code=code,
            values=_modifiers(modifier),
            subject=subject,
            note=comment,
            where=f"observation {obs_id!r}, {code!r}{who} at {_clock(t)}",
        )
        if code not in states:
            place(t, t, _replace_point(base))
            continue
        state = (subject, code, modifier)
        if state not in open_states:
            open_states[state] = (t, comment, base.where)
            continue
        start, first_comment, where = open_states.pop(state)
        note = " / ".join(c for c in dict.fromkeys((first_comment, comment)) if c)
        span = SourceSpan(
            start_ms=start,
            end_ms=t,
            code=code,
            values=base.values,
            subject=subject,
            note=note,
            where=where,
        )
        place(start, t, span)
    for (subject, code, _modifier), (start, _c, _w) in open_states.items():
        who = f" of {subject!r}" if subject else ""
        source.problems.append(
            f"observation {obs_id!r}: {code!r}{who} starts at {_clock(start)} and is never "
            "stopped (an unpaired start): left out"
        )


def _replace_point(span: SourceSpan) -> SourceSpan:
    return replace(span, point=True)


def _file_at(starts: list[int], t: int) -> int:
    at = 0
    for i, s in enumerate(starts):
        if t >= s:
            at = i
    return at


def _modifiers(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in text.replace("|", ",").split(","):
        value = part.strip()
        if value and value != "None" and value not in out:
            out.append(value)
    return tuple(out)


def _seconds_ms(value: object) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return round(float(str(value)) * 1000)
    except ValueError:
        return None


def _clock(ms: int) -> str:
    sign = "-" if ms < 0 else ""
    ms = abs(ms)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    return f"{sign}{h}:{m:02d}:{rest / 1000:06.3f}"
