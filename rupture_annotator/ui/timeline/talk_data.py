"""What the transcript and sound lanes show, prepared once when the window hands it over:
per speaker the utterance times as arrays, the loudness envelope and the silences."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from rupture_annotator.domain.sound import Envelope
from rupture_annotator.domain.transcript import Role, Transcript, speaker_label
from rupture_annotator.ui.timeline.span_index import IntArray

ROLE_COLOURS = {"patient": "#3a6ea5", "therapist": "#4f8a4b"}
OTHER_COLOURS = ("#8a6d3b", "#7b5ea7", "#a05a5a", "#4f7f8f", "#6b6b6b")
MAX_SPEAKER_ROWS = 4
TRANSCRIPT_ROW_PX = 15.0
SOUND_HEIGHT = 34.0


def speaker_title(speaker: str, roles: dict[str, Role]) -> str:
    """'Ana (therapist)', the role in the user's language ('Ana (Therapeut)')."""
    label = speaker_label(speaker, roles)
    role = roles.get(speaker)
    names = {
        "patient": QCoreApplication.translate("Timeline", "patient"),
        "therapist": QCoreApplication.translate("Timeline", "therapist"),
    }
    if role in names and label.endswith(f" ({role})"):
        label = f"{label[: -len(role) - 3]} ({names[role]})"
    return label


@dataclass
class SpeakerTrack:
    speaker: str
    label: str  # 'Ana (therapist)'
    colour: str
    row: int  # which sub-row of the transcript lane
    positions: IntArray  # positions in the transcript, by start
    starts: IntArray
    ends: IntArray
    reach: IntArray  # the latest end so far: finds utterances still running at a time


@dataclass
class TalkData:
    transcript: Transcript | None = None
    roles: dict[str, Role] = field(default_factory=dict)
    tracks: list[SpeakerTrack] = field(default_factory=list)
    envelope: Envelope | None = None
    silences: list[tuple[int, int]] = field(default_factory=list)
    silence_starts: IntArray = field(default_factory=lambda: np.zeros(0, np.int64))
    sound_note: str = ""  # what the sound lane says while it has no envelope
    silence_ms: int = 0  # how long a quiet stretch must last to be a silence (0: not said)
    selection: tuple[int, int] | None = None  # utterances chosen in the transcript panel
    show_transcript: bool = False
    show_sound: bool = False
    wave_cache: tuple[object, QImage] | None = None  # the last envelope image drawn

    def bands(self) -> dict[str, float]:
        """The lanes to show under the span lanes and their heights."""
        out: dict[str, float] = {}
        if self.show_transcript:
            rows = max(2, min(MAX_SPEAKER_ROWS, len(self.tracks)))
            out["transcript"] = rows * TRANSCRIPT_ROW_PX + 4
        if self.show_sound:
            out["sound"] = SOUND_HEIGHT
        return out

    def set_transcript(self, transcript: Transcript | None, roles: dict[str, Role]) -> None:
        self.transcript, self.roles = transcript, dict(roles)
        self.tracks = []
        self.show_transcript = transcript is not None
        if transcript is None:
            return
        others = iter(OTHER_COLOURS * 4)
        for i, speaker in enumerate(transcript.speakers()):
            role = roles.get(speaker)
            colour = ROLE_COLOURS[role] if role else next(others, OTHER_COLOURS[-1])
            positions = np.array(
                [n for n, u in enumerate(transcript.utterances) if u.speaker == speaker],
                np.int64,
            )
            starts = np.array([transcript.utterances[n].start_ms for n in positions], np.int64)
            ends = np.array([transcript.utterances[n].end_ms for n in positions], np.int64)
            self.tracks.append(
                SpeakerTrack(
                    speaker,
                    speaker_title(speaker, roles),
                    colour,
                    min(i, MAX_SPEAKER_ROWS - 1),
                    positions,
                    starts,
                    ends,
                    np.maximum.accumulate(ends) if len(ends) else ends,
                )
            )

    def set_sound(self, envelope: Envelope | None, silences: list[tuple[int, int]]) -> None:
        self.envelope, self.silences = envelope, list(silences)
        self.silence_starts = np.array([s for s, _ in silences], np.int64)
        if envelope is not None:
            self.show_sound, self.sound_note = True, ""

    def visible(self, track: SpeakerTrack, start_ms: float, end_ms: float) -> slice:
        hi = int(np.searchsorted(track.starts, end_ms, "left"))
        lo = int(np.searchsorted(track.reach[:hi], start_ms, "right"))
        return slice(lo, hi)

    def silence_at(self, ms: float) -> tuple[int, int] | None:
        i = int(np.searchsorted(self.silence_starts, ms, "right")) - 1
        if i >= 0 and self.silences[i][1] > ms:
            return self.silences[i]
        return None
