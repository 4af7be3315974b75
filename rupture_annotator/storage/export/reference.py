"""The sheets that explain the data: the codebook coded with, and where the export came from."""

from __future__ import annotations

from datetime import datetime

from rupture_annotator import __version__
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.completeness import open_items, summary
from rupture_annotator.storage.codebooks import codebook_fingerprint
from rupture_annotator.storage.export.columns import Table, Value
from rupture_annotator.storage.export.study import Study
from rupture_annotator.storage.migrations import SCHEMA_VERSION


def codebook_table(codebooks: list[Codebook]) -> Table:
    t = Table("Codebook", "Every marker, strategy and rating scale of the codebooks used.")
    t.add("codebook", "text", "The codebook's id.")
    t.add("codebook_version", "text", "The codebook's version.")
    t.add("entry", "text", "marker, strategy or scale.")
    t.add("id", "text", "The entry's id; the columns made from it are named after it.")
    t.add("kind", "text", "A marker's rupture kind, a strategy's group, a scale's target.")
    t.add("number", "int", "The entry's number in the manual.")
    t.add("label", "text", "The entry's name.")
    t.add("definition", "text", "What coders look for.")
    t.add("key", "text", "The key that codes it in the app.")
    t.add("minimum", "int", "A scale's lowest rating.")
    t.add("maximum", "int", "A scale's highest rating.")
    t.add("anchors", "text", "A scale's anchors, e.g. '1 = none; 5 = high'.")
    for cb in codebooks:
        for m in cb.markers:
            t.rows.append(
                _entry(cb, "marker", m.id, m.kind.value, m.number, m.label, m.definition, m.key)
            )
        for s in cb.strategies:
            t.rows.append(
                _entry(cb, "strategy", s.id, s.group, s.number, s.label, s.definition, s.key)
            )
        for sc in cb.scales:
            anchors = "; ".join(f"{k} = {v}" for k, v in sorted(sc.anchors.items()))
            t.rows.append(
                _entry(
                    cb,
                    "scale",
                    sc.id,
                    sc.target,
                    None,
                    sc.label,
                    sc.definition,
                    None,
                    sc.minimum,
                    sc.maximum,
                    anchors or None,
                )
            )
    return t


def _entry(cb: Codebook, *fields: Value) -> list[Value]:
    """A Codebook row; markers and strategies leave the scale columns blank."""
    return [cb.id, cb.version, *fields] + [None] * (10 - len(fields))


def about_table(study: Study, exported: datetime, counts: dict[str, int]) -> Table:
    t = Table("About", "Where this export came from.")
    t.add("field", "text", "What the row tells.")
    t.add("value", "text", "Its value.")
    rows: list[tuple[str, str]] = [
        ("app", "Rupture Annotator"),
        ("app_version", __version__),
        ("schema_version", str(SCHEMA_VERSION)),
        ("exported", exported.isoformat(timespec="seconds")),
        ("coder", study.coder or "all coders"),
        ("projects", str(len(study.projects))),
        *((f"n_{name.lower()}", str(n)) for name, n in counts.items()),
    ]
    for sp in study.projects:
        cb = sp.project.codebook
        rows.append(("project", sp.label))
        rows.append(("project_file", str(sp.path) if sp.path else "(not saved)"))
        rows.append(("codebook", f"{cb.name}, version {cb.version} ({cb.id})"))
        # the same fingerprint means the same codes, labels, keys and scales, whatever the version
        rows.append(("codebook_fingerprint", codebook_fingerprint(cb)))
        retired = [c.id for c in cb.codes() if c.retired]
        if retired:
            rows.append(("codebook_retired_codes", ", ".join(retired)))
        rows.append(("segment_length_s", f"{cb.segment_length_ms / 1000:g}"))
        rows.append(("count_rule", f"{cb.count_rule}: {count_rule_text(cb)}"))
        items = summary([i for i in open_items(sp.project) if study.coder in (None, i.coder)])
        for category, n in items.items():
            rows.append((f"incomplete_{category}", str(n)))
    t.rows.extend(list(r) for r in rows)
    return t


def count_rule_text(cb: Codebook) -> str:
    """The counting rule in words, with a worked example on the codebook's segment length."""
    seg = cb.segment_length_ms / 1000
    a, b = seg - 10, seg + 10
    span = f"a span from {_mmss(a)} to {_mmss(b)}"
    if cb.count_rule == "start":
        return (
            "a span counts only in the segment where it starts; "
            f"{span} counts 1 in segment 1 and 0 in segment 2."
        )
    return (
        "a span counts in every segment it overlaps; "
        f"{span} counts 1 in segment 1 and 1 in segment 2 (session totals count it once)."
    )


def _mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"
