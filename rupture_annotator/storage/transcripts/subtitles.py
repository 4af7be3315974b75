"""SRT and WebVTT transcripts, read with pysubs2; each cue is an utterance.

Speakers: a WebVTT voice tag (<v Ana>), a label in brackets ([Ana] or [Ana]:), or a label before
a colon ("ANA: ...") when it is in capitals, names a role or starts at least two cues (so "Well: ..." said
once stays text).
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

import pysubs2
from pysubs2.formats.subrip import SubripFormat
from pysubs2.formats.webvtt import WebVTTFormat

from rupture_annotator.domain.transcript import TranscriptProblem, Utterance, role_word
from rupture_annotator.storage.transcripts.files import (
    TranscriptError,
    TranscriptFile,
    decode,
    read_bytes,
)

_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|\{\\[^}]*\}")
_BRACKET = re.compile(r"^\[([^\]\n]{1,40})\]\s*:?\s*(.*)$", re.S)
_COLON = re.compile(r"^([^\s:\[][^:\n]{0,39}?)\s*:\s+(.*)$", re.S)
MAX_LABEL_WORDS = 3


def read_subtitles(path: Path, fmt: str) -> TranscriptFile:
    text = decode(read_bytes(path), path)
    try:
        subs = pysubs2.SSAFile.from_string(text, format_=fmt, keep_html_tags=True)
    except (pysubs2.Pysubs2Error, ValueError) as exc:
        raise TranscriptError(f"{path.name} is not a readable {fmt.upper()} file: {exc}.") from exc
    stamp = (WebVTTFormat if fmt == "vtt" else SubripFormat).TIMESTAMP
    lines = [n for n, line in enumerate(text.splitlines(), 1) if len(stamp.findall(line)) == 2]
    out = TranscriptFile(format="vtt" if fmt == "vtt" else "srt")
    if len(lines) != len(subs.events):  # never expected: pysubs2 reads the same lines
        lines = [0] * len(subs.events)
    cues: list[tuple[int, int, int, str, str]] = []  # start, end, line, voice, text
    for line, event in zip(lines, subs.events, strict=True):
        raw = event.text.replace("\\N", "\n").replace("\\n", "\n")
        tag = _VOICE.search(raw)
        body = _TAG.sub("", raw)
        if fmt == "vtt":
            body = html.unescape(body)
        cues.append((event.start, event.end, line, tag.group(1).strip() if tag else "", body))
    labels = Counter(
        m.group(1).strip() for *_, v, body in cues if not v and (m := _COLON.match(body.strip()))
    )
    for start, end, line, voice, body in cues:
        speaker, words = voice, " ".join(body.split())
        if not speaker:
            speaker, words = _labelled(words, labels)
        out.utterances.append(Utterance(start, end, speaker, words, line))
    if not out.utterances and text.strip():
        out.problems.append(TranscriptProblem(0, "no cue with a time ('00:00:01,000 --> ...')"))
    return out


def _labelled(words: str, labels: Counter[str]) -> tuple[str, str]:
    bracket = _BRACKET.match(words)
    if bracket:
        return bracket.group(1).strip(), bracket.group(2).strip()
    colon = _COLON.match(words)
    if colon:
        label = colon.group(1).strip()
        if (labels[label] >= 2 or label.isupper() or role_word(label)) and len(
            label.split()
        ) <= MAX_LABEL_WORDS:
            return label, colon.group(2).strip()
    return "", words
