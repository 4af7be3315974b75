"""Blind coding: while it is on, a coder sees only their own spans and ratings.

Reliability needs coders who code the same session without seeing each other's coding. The
setting lives in the project file (`study.blind`), so every copy of a study's files carries it;
a coder who turns it off (after a confirmation) is remembered by name (`study.unblinded`), and
the others stay blind. Blinding only hides: the other coders' spans stay in the project and are
saved with it.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from rupture_annotator.domain.annotations import CoderName, _Value
from rupture_annotator.domain.recording import Recording

CONSENSUS = "consensus"  # the default name of the coder a reliability meeting's coding is saved as


class StudySettings(_Value):
    """A study's settings kept in each of its project files."""

    blind: bool = False
    unblinded: tuple[CoderName, ...] = ()  # coders who turned blind coding off for themselves
    # the coder whose coding in this file is the gold standard trainees are checked against
    gold_coder: CoderName | None = None
    # a lab's pass thresholds per statistic (e.g. {"ICC(2,1)": 0.75}); empty: the defaults
    thresholds: dict[str, float] = Field(default_factory=dict)

    @field_validator("thresholds")
    @classmethod
    def _shares(cls, thresholds: dict[str, float]) -> dict[str, float]:
        for name, value in thresholds.items():
            if not -1.0 <= value <= 1.0:
                raise ValueError(f"{name}: a threshold is from -1 to 1 (got {value})")
        return thresholds

    def is_blind_for(self, coder: str | None) -> bool:
        return self.blind and (coder or "") not in self.unblinded


def visible_coders(settings: StudySettings, coder: str | None) -> set[str] | None:
    """Whose coding a coder may see: only their own while blind (nobody's without a name),
    everybody's (None) otherwise."""
    if not settings.is_blind_for(coder):
        return None
    return {coder} if coder else set()


def blinded(recording: Recording, coders: set[str] | None) -> Recording:
    """A copy of the recording with only these coders' spans and ratings (all when None): what
    lists and exports show a blind coder. The project itself keeps everything."""
    if coders is None:
        return recording
    return recording.model_copy(
        update={
            "ruptures": [r for r in recording.ruptures if r.coder in coders],
            "resolutions": [s for s in recording.resolutions if s.coder in coders],
            "segment_ratings": [r for r in recording.segment_ratings if r.coder in coders],
            "session_ratings": [r for r in recording.session_ratings if r.coder in coders],
        }
    )
