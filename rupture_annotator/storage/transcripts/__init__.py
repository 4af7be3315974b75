"""Transcripts read from the files labs have (SRT, WebVTT, an ELAN tier, a CSV or DOCX table of
start, end, speaker and text), each utterance with the line it was read from.

A row that cannot be read is reported with its line and kept out; every utterance that can be
read is kept, even when its times are out of order, overlap or run past the recording (those are
reported by domain.transcript.check_utterances, not dropped).
"""

from rupture_annotator.storage.transcripts.files import (
    SUFFIXES,
    TranscriptError,
    TranscriptFile,
    format_of,
    read_transcript,
)

__all__ = ["SUFFIXES", "TranscriptError", "TranscriptFile", "format_of", "read_transcript"]
