"""An ELAN tier as a transcript: each time-aligned annotation is an utterance, its speaker the
tier's participant (else the tier's name).

The import reader (storage/interchange/eaf.py) reads codes, splitting values at ';' and ',';
a transcript needs the words whole, so this reads the annotation values as they are, with the
same safe XML parser and ELAN's time slots. The app's own coding tiers are never read as talk.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from rupture_annotator.domain.transcript import TranscriptProblem, Utterance
from rupture_annotator.storage.interchange.eaf import LINK, NOTE, RATING, SPAN_TYPES
from rupture_annotator.storage.transcripts.files import (
    TranscriptError,
    TranscriptFile,
    read_bytes,
)

_CODING_TYPES = {*SPAN_TYPES, NOTE, RATING, LINK}


def read_elan(path: Path, tier: str | None = None) -> TranscriptFile:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(read_bytes(path), parser)
    except etree.XMLSyntaxError as exc:
        where = f" (line {exc.lineno})" if exc.lineno else ""
        raise TranscriptError(f"{path.name} is not well-formed XML{where}: {exc.msg}.") from exc
    if root.tag != "ANNOTATION_DOCUMENT":
        raise TranscriptError(f"{path.name} is not an ELAN file (its root is <{root.tag}>).")
    slots: dict[str, int | None] = {}
    for ts in root.iterfind("TIME_ORDER/TIME_SLOT"):
        value = ts.get("TIME_VALUE")
        try:
            slots[ts.get("TIME_SLOT_ID", "")] = None if value is None else int(value)
        except ValueError as exc:
            raise TranscriptError(
                f"{path.name}: line {ts.sourceline}: the time slot {ts.get('TIME_SLOT_ID')} has "
                f"the time {value!r}, not whole milliseconds."
            ) from exc
    origin = 0
    for desc in root.iterfind("HEADER/MEDIA_DESCRIPTOR"):
        if not desc.get("EXTRACTED_FROM"):
            try:
                origin = int(desc.get("TIME_ORIGIN", "0") or 0)
            except ValueError:
                origin = 0
            break
    talk = [
        t
        for t in root.iterfind("TIER")
        if t.get("LINGUISTIC_TYPE_REF", "") not in _CODING_TYPES
        and t.find("ANNOTATION/ALIGNABLE_ANNOTATION") is not None
    ]
    out = TranscriptFile(format="eaf", tiers=[t.get("TIER_ID", "") for t in talk], tier=tier)
    if tier is not None and tier not in out.tiers:
        known = ", ".join(repr(t) for t in out.tiers) or "none"
        raise TranscriptError(f"{path.name} has no time-aligned tier {tier!r} (tiers: {known}).")
    for t in talk:
        tier_id = t.get("TIER_ID", "")
        if tier is not None and tier_id != tier:
            continue
        speaker = (t.get("PARTICIPANT") or "").strip() or tier_id
        for ann in t.iterfind("ANNOTATION/ALIGNABLE_ANNOTATION"):
            line = ann.sourceline or 0
            start = slots.get(ann.get("TIME_SLOT_REF1", ""))
            end = slots.get(ann.get("TIME_SLOT_REF2", ""))
            if start is None or end is None:
                out.problems.append(
                    TranscriptProblem(
                        line,
                        f"left out: annotation {ann.get('ANNOTATION_ID', '')} of tier "
                        f"{tier_id!r} has a time slot without a time (unaligned)",
                    )
                )
                continue
            text = " ".join((ann.findtext("ANNOTATION_VALUE") or "").split())
            out.utterances.append(Utterance(start + origin, end + origin, speaker, text, line))
    return out
