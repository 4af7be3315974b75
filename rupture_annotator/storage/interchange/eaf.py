"""ELAN's EAF 3.0 files: a recording's coding written for ELAN users, and ELAN files read back.

Written and read with lxml rather than pympi-ling: lxml is already a dependency and gives full
control over what ELAN relies on (annotation ids that links can point at, CVE_REF to a controlled
vocabulary entry, the element order of EAF 3.0, RELATIVE_MEDIA_URL), and its parser can be told
never to resolve entities or reach the network. pympi-ling stays in the tests as the independent
reader that checks what we write (a writer checked by its own reader proves little).

Layout of an exported file (one per recording):
- HEADER with a MEDIA_DESCRIPTOR (absolute MEDIA_URL, RELATIVE_MEDIA_URL from the .eaf's folder);
- TIME_ORDER: one TIME_SLOT per distinct time, integer milliseconds;
- one TIER per kind and coder ("withdrawal@ana", "strategy@ana"; with codebook actors one per
  actor, "withdrawal_therapist@ana", PARTICIPANT the actor), ANNOTATOR the coder; each span an
  ALIGNABLE_ANNOTATION whose value is its marker (or strategy) ids joined by "; " (with one code,
  CVE_REF names its controlled-vocabulary entry);
- dependent Symbolic_Association tiers for what a span carries besides codes: "…/note",
  "…/rating" (significance or resolution) and, for strategies, "…/rupture" holding the
  ANNOTATION_ID of the rupture it answers;
- LINGUISTIC_TYPEs ra-withdrawal, ra-confrontation, ra-strategy (each bound to the codebook's
  CONTROLLED_VOCABULARY of its markers or strategies), ra-note, ra-rating, ra-link.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from rupture_annotator.domain.annotations import Annotation, ResolutionStrategy, Rupture
from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import Recording
from rupture_annotator.storage.atomic import write_atomic
from rupture_annotator.storage.interchange.source import (
    InterchangeError,
    SourceFile,
    SourceRecording,
    SourceSpan,
)
from rupture_annotator.storage.media_files import resolve_media

XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://www.mpi.nl/tools/elan/EAFv3.0.xsd"
VALUE_SEPARATOR = "; "
STRATEGY = "strategy"
MAX_EAF_BYTES = 256 * 1024 * 1024

# our linguistic types, by what their tiers hold
SPAN_TYPES = {"ra-withdrawal": "withdrawal", "ra-confrontation": "confrontation"}
SPAN_TYPES["ra-strategy"] = STRATEGY
NOTE, RATING, LINK = "ra-note", "ra-rating", "ra-link"

_MIME = {
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".mov": "video/quicktime",
    ".mpg": "video/mpeg",
    ".mpeg": "video/mpeg",
    ".wav": "audio/x-wav",
    ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg",
    ".wmv": "video/x-ms-wmv",
}

_CONSTRAINTS = (
    (
        "Time_Subdivision",
        "Time subdivision of parent annotation's time interval, no time gaps allowed within "
        "this interval",
    ),
    (
        "Symbolic_Subdivision",
        "Symbolic subdivision of a parent annotation. Annotations refering to the same parent "
        "are ordered",
    ),
    ("Symbolic_Association", "1-1 association with a parent annotation"),
    (
        "Included_In",
        "Time alignable annotations within the parent annotation's time interval, gaps are allowed",
    ),
)


# -- export ------------------------------------------------------------------------------------
def tier_name(a: Annotation) -> str:
    """The tier a span goes on: its kind (and actor), then its coder."""
    if isinstance(a, ResolutionStrategy):
        return f"{STRATEGY}@{a.coder}"
    kind = f"{a.kind}_{a.actor}" if a.actor else str(a.kind)
    return f"{kind}@{a.coder}"


def _cv_id(kind: str) -> str:
    return f"{kind}-codes"


def _cve_id(code: str) -> str:
    return f"cve-{code}"


def eaf_bytes(
    codebook: Codebook,
    recording: Recording,
    media: Path | None,
    eaf_dir: Path,
    *,
    author: str = "",
) -> bytes:
    """One recording's coding as an EAF 3.0 document.

    media is the recording's file (for MEDIA_URL and RELATIVE_MEDIA_URL, relative to eaf_dir).
    """
    root = etree.Element(
        "ANNOTATION_DOCUMENT",
        nsmap={"xsi": XSI},
        attrib={
            "AUTHOR": author,
            "DATE": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "FORMAT": "3.0",
            "VERSION": "3.0",
            f"{{{XSI}}}noNamespaceSchemaLocation": SCHEMA,
        },
    )
    header = etree.SubElement(root, "HEADER", MEDIA_FILE="", TIME_UNITS="milliseconds")
    if media is not None:
        absolute = Path(os.path.abspath(media))
        descriptor = {"MEDIA_URL": absolute.as_uri(), "MIME_TYPE": _mime(absolute)}
        try:
            rel = Path(os.path.relpath(absolute, os.path.abspath(eaf_dir))).as_posix()
        except ValueError:  # another drive on Windows
            rel = ""
        if rel:
            descriptor["RELATIVE_MEDIA_URL"] = rel if rel.startswith(".") else f"./{rel}"
        etree.SubElement(header, "MEDIA_DESCRIPTOR", descriptor)
    annotations = sorted(recording.annotations(), key=lambda a: (a.start_ms, a.end_ms, a.id))
    times = sorted({t for a in annotations for t in (a.start_ms, a.end_ms)})
    slot = {t: f"ts{i}" for i, t in enumerate(times, 1)}
    ann_id = {a.id: f"a{i}" for i, a in enumerate(annotations, 1)}
    next_id = len(annotations) + 1
    tiers: dict[str, list[Annotation]] = defaultdict(list)
    for a in annotations:
        tiers[tier_name(a)].append(a)
    order = sorted(tiers, key=lambda n: (n.startswith(STRATEGY), n.split("@", 1)[1], n))

    time_order = etree.SubElement(root, "TIME_ORDER")
    for t in times:
        etree.SubElement(time_order, "TIME_SLOT", TIME_SLOT_ID=slot[t], TIME_VALUE=str(t))

    def child_tier(parent: str, suffix: str, ltype: str, values: dict[str, str]) -> None:
        nonlocal next_id
        if not values:
            return
        attrs = {"LINGUISTIC_TYPE_REF": ltype, "PARENT_REF": parent}
        attrs["TIER_ID"] = f"{parent}/{suffix}"
        owner = tiers[parent][0]
        attrs["ANNOTATOR"] = owner.coder
        if isinstance(owner, Rupture) and owner.actor:
            attrs["PARTICIPANT"] = owner.actor
        tier = etree.SubElement(root, "TIER", attrs)
        for span_id, value in values.items():
            ann = etree.SubElement(etree.SubElement(tier, "ANNOTATION"), "REF_ANNOTATION")
            ann.set("ANNOTATION_ID", f"a{next_id}")
            ann.set("ANNOTATION_REF", ann_id[span_id])
            etree.SubElement(ann, "ANNOTATION_VALUE").text = value
            next_id += 1

    for name in order:
        spans = tiers[name]
        first = spans[0]
        kind = STRATEGY if isinstance(first, ResolutionStrategy) else str(first.kind)
        attrs = {"LINGUISTIC_TYPE_REF": f"ra-{kind}", "TIER_ID": name, "ANNOTATOR": first.coder}
        if isinstance(first, Rupture) and first.actor:
            attrs["PARTICIPANT"] = first.actor
        tier = etree.SubElement(root, "TIER", attrs)
        for a in spans:
            codes = a.strategy_ids if isinstance(a, ResolutionStrategy) else a.marker_ids
            ann = etree.SubElement(etree.SubElement(tier, "ANNOTATION"), "ALIGNABLE_ANNOTATION")
            ann.set("ANNOTATION_ID", ann_id[a.id])
            ann.set("TIME_SLOT_REF1", slot[a.start_ms])
            ann.set("TIME_SLOT_REF2", slot[a.end_ms])
            if len(codes) == 1:
                ann.set("CVE_REF", _cve_id(codes[0]))
            etree.SubElement(ann, "ANNOTATION_VALUE").text = VALUE_SEPARATOR.join(codes)
        child_tier(name, "note", NOTE, {a.id: a.note for a in spans if a.note})
        ratings = {a.id: str(r) for a in spans if (r := _rating(a)) is not None}
        child_tier(name, "rating", RATING, ratings)
        links = {
            a.id: ann_id[a.rupture_id]
            for a in spans
            if isinstance(a, ResolutionStrategy) and a.rupture_id in ann_id
        }
        child_tier(name, "rupture", LINK, links)

    for ltype, kind in SPAN_TYPES.items():
        etree.SubElement(
            root,
            "LINGUISTIC_TYPE",
            CONTROLLED_VOCABULARY_REF=_cv_id(kind),
            GRAPHIC_REFERENCES="false",
            LINGUISTIC_TYPE_ID=ltype,
            TIME_ALIGNABLE="true",
        )
    for ltype in (NOTE, RATING, LINK):
        etree.SubElement(
            root,
            "LINGUISTIC_TYPE",
            CONSTRAINTS="Symbolic_Association",
            GRAPHIC_REFERENCES="false",
            LINGUISTIC_TYPE_ID=ltype,
            TIME_ALIGNABLE="false",
        )
    etree.SubElement(
        root,
        "LANGUAGE",
        LANG_DEF="http://cdb.iso.org/lg/CDB-00130975-001",
        LANG_ID="eng",
        LANG_LABEL="English (eng)",
    )
    for stereotype, description in _CONSTRAINTS:
        etree.SubElement(root, "CONSTRAINT", DESCRIPTION=description, STEREOTYPE=stereotype)
    for kind in RuptureKind:
        entries = [(m.id, m.label, m.definition) for m in codebook.markers_of(kind)]
        _vocabulary(root, str(kind), f"{kind} markers of {codebook.name}", entries)
    entries = [(s.id, s.label, s.definition) for s in codebook.strategies]
    _vocabulary(root, STRATEGY, f"Resolution strategies of {codebook.name}", entries)

    prop = etree.SubElement(header, "PROPERTY", NAME="lastUsedAnnotationId")
    prop.text = str(next_id - 1)
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


def _rating(a: Annotation) -> int | None:
    return a.significance if isinstance(a, Rupture) else a.resolution


def _vocabulary(
    root: etree._Element, kind: str, description: str, entries: Iterable[tuple[str, str, str]]
) -> None:
    cv = etree.SubElement(root, "CONTROLLED_VOCABULARY", CV_ID=_cv_id(kind))
    etree.SubElement(cv, "DESCRIPTION", LANG_REF="eng").text = description
    for code, label, definition in entries:
        entry = etree.SubElement(cv, "CV_ENTRY_ML", CVE_ID=_cve_id(code))
        text = f"{label}: {definition}" if definition else label
        value = etree.SubElement(entry, "CVE_VALUE", DESCRIPTION=text, LANG_REF="eng")
        value.text = code


def _mime(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _MIME:
        return _MIME[suffix]
    return "audio/*" if suffix in (".m4a", ".flac", ".aac") else "video/*"


def export_eaf(project: Project, project_path: Path, out_dir: Path) -> list[Path]:
    """Write one .eaf per recording into out_dir, named after its media; returns the files.

    Raises SaveError (atomic writes: a failed write leaves no half file).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    used: set[str] = set()
    for rec in project.media:
        media = resolve_media(rec.media, project_path.parent)
        stem = Path(rec.media.path).stem or rec.id
        name, n = stem, 1
        while name in used:
            n += 1
            name = f"{stem}-{n}"
        used.add(name)
        target = out_dir / f"{name}.eaf"
        write_atomic(target, eaf_bytes(project.codebook, rec, media, out_dir), backup=False)
        written.append(target)
    return written


# -- import ------------------------------------------------------------------------------------
def read_eaf(path: Path) -> SourceFile:
    """The spans of an ELAN file, tier by tier. Raises InterchangeError with one sentence."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_EAF_BYTES:
            raise InterchangeError(f"{path.name} is too large to be an ELAN file.")
        raw = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(f"{path.name} cannot be read ({exc.strerror or exc}).") from exc
    return parse_eaf(raw, path)


def parse_eaf(raw: bytes, path: Path) -> SourceFile:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        where = f" (line {exc.lineno})" if exc.lineno else ""
        raise InterchangeError(f"{path.name} is not well-formed XML{where}: {exc.msg}.") from exc
    if root.tag != "ANNOTATION_DOCUMENT":
        raise InterchangeError(f"{path.name} is not an ELAN file (its root is <{root.tag}>).")
    source = SourceFile(format="eaf")
    slots: dict[str, int | None] = {}
    for ts in root.iterfind("TIME_ORDER/TIME_SLOT"):
        value = ts.get("TIME_VALUE")
        try:
            slots[ts.get("TIME_SLOT_ID", "")] = None if value is None else int(value)
        except ValueError as exc:
            raise InterchangeError(
                f"{path.name}: time slot {ts.get('TIME_SLOT_ID')} has the time {value!r}, "
                "not whole milliseconds."
            ) from exc
    header = root.find("HEADER")
    units = header.get("TIME_UNITS", "milliseconds") if header is not None else "milliseconds"
    if units != "milliseconds":
        raise InterchangeError(f"{path.name} counts time in {units}, not milliseconds.")
    rec = _recording(root, path)
    origin = rec[1]
    recording = SourceRecording(key=rec[0], media_path=rec[2])
    source.recordings.append(recording)

    spans: dict[str, SourceSpan] = {}  # by ANNOTATION_ID, in document order
    extras: dict[str, dict[str, object]] = defaultdict(dict)
    child_rows: list[tuple[str, str, str, str]] = []  # (ltype, ref, value, where)
    for tier in root.iterfind("TIER"):
        tier_id = tier.get("TIER_ID", "")
        ltype = tier.get("LINGUISTIC_TYPE_REF", "")
        coder, subject = tier.get("ANNOTATOR", ""), tier.get("PARTICIPANT", "")
        for ann in tier.iterfind("ANNOTATION/ALIGNABLE_ANNOTATION"):
            aid = ann.get("ANNOTATION_ID", "")
            where = f"tier {tier_id!r}, annotation {aid}"
            start, end = (
                slots.get(ann.get("TIME_SLOT_REF1", "")),
                slots.get(ann.get("TIME_SLOT_REF2", "")),
            )
            if start is None or end is None:
                source.problems.append(f"{where}: a time slot without a time (unaligned)")
                continue
            value = ann.findtext("ANNOTATION_VALUE") or ""
            spans[aid] = SourceSpan(
                start_ms=start + origin,
                end_ms=end + origin,
                code=tier_id,
                values=split_values(value),
                coder=coder,
                subject=subject,
                where=where,
                hint=SPAN_TYPES.get(ltype, ""),
                ref=aid,
            )
        for ann in tier.iterfind("ANNOTATION/REF_ANNOTATION"):
            where = f"tier {tier_id!r}, annotation {ann.get('ANNOTATION_ID', '')}"
            row = (ltype, ann.get("ANNOTATION_REF", ""), ann.findtext("ANNOTATION_VALUE") or "")
            child_rows.append((*row, where))
    for ltype, ref, value, where in child_rows:
        if ref not in spans:
            source.problems.append(f"{where}: refers to {ref!r}, not a time-aligned annotation")
            continue
        if ltype == NOTE:
            extras[ref]["note"] = value
        elif ltype == LINK:
            extras[ref]["link"] = value.strip()
        elif ltype == RATING:
            try:
                extras[ref]["significance"] = int(value.strip())
            except ValueError:
                source.problems.append(f"{where}: the rating {value!r} is not a whole number")
        else:  # a lab's dependent tier of codes: its values count as the span's values
            current = extras[ref].get("values", spans[ref].values)
            assert isinstance(current, tuple)
            extras[ref]["values"] = current + split_values(value)
    for aid, span in spans.items():
        more = extras.get(aid)
        recording.spans.append(_with(span, more) if more else span)
    return source  # an .eaf does not say how long its media is: duration_ms stays None


def _with(span: SourceSpan, changes: dict[str, object]) -> SourceSpan:
    return replace(span, **changes)  # type: ignore[arg-type]


def _recording(root: etree._Element, path: Path) -> tuple[str, int, str]:
    """(key, time origin ms, media path) of the file's main media."""
    for desc in root.iterfind("HEADER/MEDIA_DESCRIPTOR"):
        if desc.get("EXTRACTED_FROM"):
            continue  # an audio track extracted from the video: the video is the recording
        rel, url = desc.get("RELATIVE_MEDIA_URL", ""), desc.get("MEDIA_URL", "")
        media = ""
        if rel:
            media = os.path.normpath(path.parent / rel.removeprefix("file:"))
        elif url:
            media = url.removeprefix("file://")
        try:
            origin = int(desc.get("TIME_ORIGIN", "0") or 0)
        except ValueError:
            origin = 0
        key = Path(media or url).name or path.stem
        return key, origin, media
    return path.stem, 0, ""


def split_values(value: str) -> tuple[str, ...]:
    """An annotation value as codes: split at ";" and ","; blanks dropped."""
    parts = value.replace(",", ";").split(";")
    return tuple(p.strip() for p in parts if p.strip())
