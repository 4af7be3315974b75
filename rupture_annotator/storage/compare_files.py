"""The files a reliability meeting opens: each coder's coding of one recording (matched by
fingerprint, as the agreement engine matches them) and the consensus coding, kept in a file of
its own next to theirs. Reading never writes; the consensus file is written only when saved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rupture_annotator.domain.agreement.events import MIN_OVERLAP
from rupture_annotator.domain.blind import CONSENSUS
from rupture_annotator.domain.codebook import Codebook
from rupture_annotator.domain.compare import Comparison, compare
from rupture_annotator.domain.consensus import consensus_project
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import Recording
from rupture_annotator.domain.segments import SegmentGrid
from rupture_annotator.storage.agreement.matching import recording_key
from rupture_annotator.storage.export.layout import media_name
from rupture_annotator.storage.export.study import Study, StudyProject, project_labels
from rupture_annotator.storage.media_files import rebase
from rupture_annotator.storage.project_file import PROJECT_SUFFIX, ProjectFileError, load_project


class CompareError(ValueError):
    """Files that cannot be compared; the message is one sentence."""


@dataclass(frozen=True)
class CoderFile:
    """One coder's coding of the recording, as one project file holds it (read-only)."""

    coder: str
    path: Path
    project: Project
    recording: Recording


@dataclass
class Meeting:
    """The coders compared on one recording, and where their consensus goes."""

    key: str  # the recording's fingerprint (or name and size)
    codings: list[CoderFile]
    consensus_path: Path
    consensus: Project  # loaded from consensus_path, or new (other recordings in it are kept)
    consensus_recording_id: str
    notes: list[str]

    @property
    def coders(self) -> list[str]:
        return [c.coder for c in self.codings]

    @property
    def codebook(self) -> Codebook:
        return self.codings[0].project.codebook

    def recording_of(self, coder: str) -> Recording:
        for c in self.codings:
            if c.coder == coder:
                return c.recording
        if coder == self.consensus_coder:
            return self.consensus.recording(self.consensus_recording_id)
        raise KeyError(coder)

    @property
    def consensus_coder(self) -> str:
        return self.consensus.coders[0] if self.consensus.coders else CONSENSUS

    def grid(self) -> SegmentGrid:
        return SegmentGrid.of(self.codings[0].recording, self.codebook)

    def comparison(self, min_overlap: float = MIN_OVERLAP) -> Comparison:
        codings = {c.coder: c.recording for c in self.codings}
        return compare(codings, self.codebook, self.grid(), min_overlap)

    def study(self, with_consensus: bool = False) -> Study:
        """The files as a study of this recording alone (for the agreement figures)."""
        files = [(c.path, c.project, c.recording) for c in self.codings]
        if with_consensus:
            rec = self.consensus.recording(self.consensus_recording_id)
            files.append((self.consensus_path, self.consensus, rec))
        labels = project_labels([f[0] for f in files])
        projects = []
        for label, (path, project, rec) in zip(labels, files, strict=True):
            only = project.model_copy(update={"media": [rec]})
            projects.append(StudyProject(label, path, only))
        return Study(tuple(projects))


def consensus_path_for(folder: Path, recording: Recording) -> Path:
    stem = media_name(recording).rsplit(".", 1)[0] or "recording"
    return folder / f"{stem}-{CONSENSUS}{PROJECT_SUFFIX}"


def candidate_files(folders: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        found += sorted(folder.glob(f"*{PROJECT_SUFFIX}"))
    return list(dict.fromkeys(p.resolve() for p in found))


def open_meeting(
    reference: Recording,
    paths: Sequence[Path],
    consensus_folder: Path,
    consensus_coder: str = CONSENSUS,
) -> Meeting:
    """Every coder's coding of `reference`'s recording in these files (other recordings and
    unreadable files are passed over and noted), and the consensus file next to them."""
    key = recording_key(reference)
    notes: list[str] = []
    codings: list[CoderFile] = []
    consensus: tuple[Path, Project] | None = None
    for path in paths:
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            notes.append(exc.sentence())
            continue
        rec = next((r for r in project.media if recording_key(r) == key), None)
        if rec is None:
            continue
        if consensus_coder in project.coders:
            if consensus is None:
                consensus = (path, project)
            continue
        for coder in project.coders:
            if not any(a.coder == coder for a in rec.annotations()) and not any(
                r.coder == coder for r in rec.segment_ratings
            ):
                continue  # a coder of the file who coded nothing here
            if any(c.coder == coder for c in codings):
                notes.append(
                    f"{coder} coded this recording in two files: {path.name} is not shown."
                )
                continue
            codings.append(CoderFile(coder, path, project, rec))
    if len(codings) < 2:
        who = ", ".join(c.coder for c in codings) or "nobody"
        raise CompareError(
            f"Comparing needs two coders' files for {media_name(reference)}; found {who}. "
            "Pick the coders' project files (they match by the video's fingerprint, not by name)."
        )
    if consensus is not None:
        path, project = consensus
        rec = next(r for r in project.media if recording_key(r) == key)
    else:
        path = consensus_path_for(consensus_folder, reference)
        first = codings[0]
        media = rebase(first.recording.media, first.path.parent, path.parent)
        project = consensus_project(
            first.project.codebook,
            media,
            first.recording.session,
            first.recording.segment_origin_ms,
            consensus_coder,
        )
        rec = project.media[0]
    return Meeting(key, codings, path, project, rec.id, notes)
