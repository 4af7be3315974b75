"""What an import would add, worked out whole before anything is written.

plan_import maps a SourceFile through a Mapping onto a project (the open one, or a new one) and
checks every span with the project's own rules; the plan says what would be taken, how many spans
each mapping takes, every unmapped code and value with its count, and each span left out with
where it was and why. apply_plan then adds it through the project's edit operations.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from rupture_annotator.domain.annotations import (
    Annotation,
    ResolutionStrategy,
    Rupture,
    new_id,
)
from rupture_annotator.domain.checks import annotation_problems
from rupture_annotator.domain.codebook import Codebook, RuptureKind
from rupture_annotator.domain.project import EditError, Project
from rupture_annotator.domain.recording import MediaRef, Recording
from rupture_annotator.storage.interchange.mapping import UNMAPPED, Mapping, SpanAs
from rupture_annotator.storage.interchange.source import SourceFile, SourceRecording, SourceSpan
from rupture_annotator.storage.media_files import fingerprint, relative_path


@dataclass
class PlannedRecording:
    source_key: str
    recording_id: str | None  # the project's recording it goes to; None: a new recording
    media: MediaRef
    annotations: list[Annotation] = field(default_factory=list)


@dataclass
class ImportPlan:
    recordings: list[PlannedRecording] = field(default_factory=list)
    new_coders: list[str] = field(default_factory=list)
    taken_codes: Counter[tuple[str, str]] = field(default_factory=Counter)  # (code, as) → spans
    taken_values: Counter[tuple[str, str]] = field(default_factory=Counter)  # (value, id)
    ignored_codes: Counter[str] = field(default_factory=Counter)
    unmapped_codes: Counter[str] = field(default_factory=Counter)
    unmapped_values: Counter[str] = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)  # each span not taken: where and why
    notes: list[str] = field(default_factory=list)

    def annotation_count(self) -> int:
        return sum(len(r.annotations) for r in self.recordings)

    def counts(self) -> tuple[int, int]:
        """(ruptures, strategies) the import would add."""
        items = [a for r in self.recordings for a in r.annotations]
        ruptures = sum(isinstance(a, Rupture) for a in items)
        return ruptures, len(items) - ruptures

    def report(self) -> list[str]:
        """The plan as lines for a terminal (what --dry-run prints)."""
        ruptures, strategies = self.counts()
        lines = [f"Would add {ruptures} rupture(s) and {strategies} resolution strategy span(s)."]
        for rec in self.recordings:
            where = (
                "a new recording"
                if rec.recording_id is None
                else f"the project's {Path(rec.media.path).name}"
            )
            lines.append(f"  {rec.source_key} → {where}: {len(rec.annotations)} span(s)")
        if self.new_coders:
            lines.append(f"New coders: {', '.join(self.new_coders)}")
        if self.taken_codes:
            lines.append("Taken, per mapping:")
            lines += [f"  {c} → {t}: {n}" for (c, t), n in sorted(self.taken_codes.items())]
            lines += [f"  {v} → {t}: {n}" for (v, t), n in sorted(self.taken_values.items())]
        if self.ignored_codes:
            lines.append("Left out by the map:")
            lines += [f"  {c}: {n}" for c, n in sorted(self.ignored_codes.items())]
        if self.unmapped_codes or self.unmapped_values:
            lines.append("Unmapped (not taken):")
            lines += [f"  code {c!r}: {n}" for c, n in sorted(self.unmapped_codes.items())]
            lines += [f"  value {v!r}: {n}" for v, n in sorted(self.unmapped_values.items())]
        if self.skipped:
            lines.append(f"Spans left out ({len(self.skipped)}):")
            lines += [f"  {s}" for s in self.skipped]
        lines += [f"Note: {n}" for n in self.notes]
        return lines


def inventory(source: SourceFile) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """How often each code, value and coder/subject name occurs (what a map must cover)."""
    codes: Counter[str] = Counter()
    values: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for rec in source.recordings:
        for s in rec.spans:
            codes[s.code] += 1
            values.update(s.values)
            for name in {s.coder, s.subject, s.group} - {""}:
                names[name] += 1
    return codes, values, names


def plan_import(
    source: SourceFile,
    mapping: Mapping,
    codebook: Codebook,
    *,
    project: Project | None = None,
    project_dir: Path,
    source_dir: Path,
) -> ImportPlan:
    """What importing source would do: onto project (the open one), or a new project saved in
    project_dir (project None). Changes nothing."""
    plan = ImportPlan(notes=list(source.notes))
    plan.skipped += source.problems
    coders = list(project.coders) if project is not None else []
    actors = [a.id for a in codebook.actors]
    for src in source.recordings:
        single = len(source.recordings) == 1
        target = _target(src, project, project_dir, source_dir, plan, single)
        if target is None:
            plan.skipped.append(
                f"{src.key}: its {len(src.spans)} span(s) were left out: no recording in the "
                "project matches it (by file name or fingerprint); write a new project instead"
            )
            continue
        planned, scratch = target
        refs: dict[str, Rupture] = {}
        # ruptures first, so a strategy's link finds the rupture it answers
        ordered = sorted(src.spans, key=lambda s: _is_strategy(s, mapping))
        for s in ordered:
            if s.point:
                s = _point_span(s, mapping.point_event_ms, scratch.media.duration_ms)
            made = _annotation(s, mapping, codebook, actors, plan, refs, source.format)
            if made is None:
                continue
            if made.coder not in coders:
                coders.append(made.coder)
                plan.new_coders.append(made.coder)
            problem = next(iter(annotation_problems(codebook, coders, scratch, made)), None)
            if problem is not None:
                plan.skipped.append(f"{s.where}: {problem[0]} {problem[1]}")
                continue
            scratch._put(made)
            planned.annotations.append(made)
            if isinstance(made, Rupture) and s.ref:
                refs[s.ref] = made
        plan.recordings.append(planned)
    used = {a.coder for r in plan.recordings for a in r.annotations}
    plan.new_coders = [c for c in plan.new_coders if c in used]
    return plan


def _point_span(s: SourceSpan, length_ms: int, duration_ms: int | None) -> SourceSpan:
    """The stated rule for a moment without length: [t, t + length], ending at the recording's
    end if that comes first (then starting length before it)."""
    start, end = s.start_ms, s.start_ms + length_ms
    if duration_ms is not None and end > duration_ms:
        end, start = duration_ms, max(0, duration_ms - length_ms)
    return replace(s, start_ms=start, end_ms=end, point=False)


def _is_strategy(s: SourceSpan, mapping: Mapping) -> bool:
    rule = mapping.rule_for(s.code, s.hint)
    return rule is not None and rule.span == "strategy"


def _target(
    src: SourceRecording,
    project: Project | None,
    project_dir: Path,
    source_dir: Path,
    plan: ImportPlan,
    single: bool,
) -> tuple[PlannedRecording, Recording] | None:
    media_file = _media_file(src, source_dir)
    if project is None:
        ref = _new_ref(src, media_file, project_dir)
        planned = PlannedRecording(src.key, None, ref)
        return planned, Recording(media=ref)
    rec = _match(src, media_file, project, plan, single)
    if rec is None:
        return None
    scratch = Recording(id=rec.id, media=rec.media, ruptures=list(rec.ruptures))
    return PlannedRecording(src.key, rec.id, rec.media), scratch


def _media_file(src: SourceRecording, source_dir: Path) -> Path | None:
    """Where the file says the media is (relative to the file), whether it is there or not."""
    if not src.media_path:
        return None
    path = Path(src.media_path)
    return path if path.is_absolute() else source_dir / path


def _new_ref(src: SourceRecording, media_file: Path | None, project_dir: Path) -> MediaRef:
    if media_file is None:
        return MediaRef(path=src.key, duration_ms=src.duration_ms)
    path = relative_path(media_file, project_dir)
    try:
        return MediaRef(
            path=path,
            size=media_file.stat().st_size,
            fingerprint=fingerprint(media_file),
            duration_ms=src.duration_ms,
        )
    except OSError:  # not there (yet): referenced by path, relinked when opened
        return MediaRef(path=path, duration_ms=src.duration_ms)


def _match(
    src: SourceRecording, media_file: Path | None, project: Project, plan: ImportPlan, single: bool
) -> Recording | None:
    """The project's recording of the same media: by file name, then by fingerprint; a file of
    one recording onto a project of one recording goes there (said in a note)."""
    name = Path(src.media_path or src.key).name
    for rec in project.media:
        if Path(rec.media.path).name == name:
            return rec
    if media_file is not None and media_file.is_file():
        try:
            digest = fingerprint(media_file)
        except OSError:
            digest = ""
        for rec in project.media:
            if digest and rec.media.fingerprint == digest:
                return rec
    if single and len(project.media) == 1:
        rec = project.media[0]
        plan.notes.append(
            f"{src.key} was coded on {name or 'unnamed media'}; its spans go to the project's "
            f"recording {Path(rec.media.path).name}"
        )
        return rec
    return None


def _annotation(
    s: SourceSpan,
    mapping: Mapping,
    codebook: Codebook,
    actors: list[str],
    plan: ImportPlan,
    refs: dict[str, Rupture],
    file_format: str = "",
) -> Annotation | None:
    rule = mapping.rule_for(s.code, s.hint)
    if rule is None:
        plan.unmapped_codes[s.code] += 1
        plan.skipped.append(f"{s.where}: the code {s.code!r} is not mapped")
        return None
    if rule.span == "ignore":
        plan.ignored_codes[s.code] += 1
        return None
    # a BORIS subject may name the coder; an ELAN participant is whom a tier is about
    coder = _coder(s, rule.coder, mapping, subject_codes=file_format == "boris")
    if not coder:
        plan.skipped.append(
            f"{s.where}: no coder: the file names none (give one under Coders and Actors, or as "
            'the map\'s "coder")'
        )
        return None
    if s.end_ms <= s.start_ms:
        plan.skipped.append(f"{s.where}: ends at or before its start ({s.start_ms} ms)")
        return None
    if s.start_ms < 0:
        plan.skipped.append(f"{s.where}: starts before the recording ({s.start_ms} ms)")
        return None
    codes = _codes(s, rule.span, mapping, codebook, plan)
    plan.taken_codes[(s.code, rule.span)] += 1
    common = {"id": new_id(), "start_ms": s.start_ms, "end_ms": s.end_ms, "coder": coder}
    common["note"] = s.note
    rating = _rating(s, codebook, "resolution" if rule.span == "strategy" else "significance")
    try:
        if rule.span == "strategy":
            linked = refs.get(s.link) if s.link else None
            if s.link and (linked is None or linked.coder != coder):
                plan.notes.append(f"{s.where}: its link to {s.link!r} was left out (no rupture)")
                linked = None
            return ResolutionStrategy(
                **common,
                strategy_ids=codes,
                rupture_id=linked.id if linked else None,
                resolution=rating,
            )
        actor = _actor(s, rule.actor, mapping, actors, codebook)
        return Rupture(
            **common,
            kind=RuptureKind(rule.span),
            marker_ids=codes,
            significance=rating,
            actor=actor,
        )
    except ValueError as exc:  # a coder name too long, a note too long: said, not raised
        plan.skipped.append(f"{s.where}: {str(exc).splitlines()[0]}")
        return None


def _coder(s: SourceSpan, fixed: str | None, mapping: Mapping, subject_codes: bool) -> str:
    if fixed:
        return fixed
    if not s.coder and s.group in mapping.coders:  # a BORIS observation coded by one coder
        return mapping.coders[s.group].strip()
    name = s.coder or (s.subject if subject_codes and mapping.subjects == "coders" else "")
    if name:
        return mapping.coders.get(name, name).strip()
    return mapping.coder or ""


def _actor(
    s: SourceSpan, fixed: str | None, mapping: Mapping, actors: list[str], codebook: Codebook
) -> str | None:
    if not actors:
        return None
    if fixed:
        return fixed
    if s.subject:
        found = mapping.actors.get(s.subject, s.subject)
        if found in actors:
            return found
        lowered = found.casefold()
        for a in codebook.actors:
            if lowered in (a.id.casefold(), a.label.casefold()):
                return a.id
    return codebook.default_actor


def _codes(
    s: SourceSpan, span: SpanAs, mapping: Mapping, codebook: Codebook, plan: ImportPlan
) -> tuple[str, ...]:
    out: list[str] = []
    for value in s.values:
        target = mapping.value_for(value, span, codebook)
        if target is UNMAPPED:
            plan.unmapped_values[value] += 1
            continue
        if target is None or target in out:
            continue
        assert isinstance(target, str)
        if not _fits(target, span, codebook):
            plan.unmapped_values[value] += 1
            plan.notes.append(f"{s.where}: {value!r} maps to {target!r}, which is not {span}")
            continue
        out.append(target)
        plan.taken_values[(value, target)] += 1
    return tuple(out)


def _fits(code: str, span: SpanAs, codebook: Codebook) -> bool:
    if span == "strategy":
        return code in codebook.strategies_by_id
    marker = codebook.markers_by_id.get(code)
    return marker is not None and marker.kind == span


def _rating(s: SourceSpan, codebook: Codebook, scale_id: str) -> int | None:
    scale = codebook.scale(scale_id)
    if s.significance is None or scale is None or not scale.contains(s.significance):
        return None
    return s.significance


def apply_plan(project: Project, plan: ImportPlan) -> list[tuple[str, str]]:
    """Add the plan to the project through its edit operations: coders, recordings (new ones),
    ruptures, then strategies. All or nothing: on a refused edit everything added is taken back
    and the EditError raised. Returns (recording id, annotation id) of what was added."""
    added_coders: list[str] = []
    added: list[tuple[str, str]] = []
    try:
        for coder in plan.new_coders:
            if coder not in project.coders:
                project.add_coder(coder)
                added_coders.append(coder)
        for rec in plan.recordings:
            if rec.recording_id is None:
                rec.recording_id = project.add_recording(rec.media).id
            for a in sorted(rec.annotations, key=lambda a: isinstance(a, ResolutionStrategy)):
                project.add_annotation(rec.recording_id, a)
                added.append((rec.recording_id, a.id))
    except EditError:
        undo_plan(project, added, added_coders)
        raise
    return added


def undo_plan(project: Project, added: list[tuple[str, str]], coders: list[str]) -> None:
    """Take back what apply_plan added to an existing project (newest first)."""
    for recording_id, annotation_id in reversed(added):
        project.remove_annotation(recording_id, annotation_id)
    for coder in reversed(coders):
        project.remove_coder(coder)


def new_project_from_plan(codebook: Codebook, plan: ImportPlan) -> Project:
    """A new project holding the plan's recordings and coding."""
    project = Project(codebook=codebook)
    apply_plan(project, plan)
    return project
