"""A long session with a transcript and sound, for the transcript/sound benchmarks and tests:
2,000 utterances of two speakers over 3 hours, and an envelope with a silence now and then."""

from __future__ import annotations

import random

import numpy as np

from rupture_annotator.domain.sound import STEP_MS, Envelope
from rupture_annotator.domain.transcript import Transcript, Utterance

WORDS = [
    "I",
    "don't",
    "know",
    "what",
    "to",
    "say",
    "about",
    "it",
    "really",
    "it",
    "was",
    "fine",
    "I",
    "guess",
    "we",
    "talked",
    "about",
    "work",
    "and",
    "then",
    "the",
    "week",
    "went",
    "by",
    "and",
    "nothing",
    "much",
    "happened",
    "honestly",
    "these",
    "exercises",
    "feel",
    "pointless",
    "you",
    "always",
    "bring",
    "it",
    "back",
    "to",
    "that",
]


def long_transcript(n: int = 2000, duration_ms: int = 3 * 3_600_000, seed: int = 11) -> Transcript:
    rng = random.Random(seed)
    step = duration_ms / n
    utterances = []
    for i in range(n):
        start = int(i * step + rng.uniform(0, step * 0.3))
        end = int(min(duration_ms, start + rng.uniform(step * 0.2, step * 0.95)))
        speaker = "Therapist" if i % 2 == 0 else "Patient"
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 30)))
        utterances.append(Utterance(start, end, speaker, text, 4 * i + 2))
    return Transcript(utterances)


def long_envelope(duration_ms: int = 3 * 3_600_000, seed: int = 5) -> Envelope:
    """Talk at about -20 dBFS with pauses, and a silence of 4-8 s every few minutes."""
    rng = np.random.default_rng(seed)
    n = duration_ms // STEP_MS
    rms = (0.1 * (0.5 + rng.random(n))).astype(np.float32)
    pauses = rng.integers(0, n - 1000, n // 18_000)
    for p in pauses.tolist():
        rms[p : p + int(rng.integers(400, 800))] = 0.0005
    return Envelope(rms)
