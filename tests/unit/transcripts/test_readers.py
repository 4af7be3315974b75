"""Transcripts from SRT, WebVTT, ELAN, CSV and DOCX: every utterance with its line, speakers
found, unreadable rows reported by line and nothing else dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from rupture_annotator.domain.transcript import Utterance
from rupture_annotator.storage.transcripts import TranscriptError, read_transcript

SRT = """1
00:00:01,000 --> 00:00:03,500
THERAPIST: How was your week?

2
00:00:04,000 --> 00:00:05,000
PATIENT: Fine.

3
00:00:05,500 --> 00:00:09,000
PATIENT: I don't know,
it was fine I guess.

4
00:00:09,500 --> 00:00:10,000
Well: that is all.
"""

VTT = """WEBVTT

NOTE a session transcript

00:01.000 --> 00:03.000
<v Therapist>You seem quiet today.</v>

00:03.500 --> 00:06.000 align:start
<v.soft Patient>Mm. It&apos;s nothing &amp; I&#39;m tired.

01:00:00.000 --> 01:00:02.000
<v Patient>The end.
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_srt_cues_keep_their_lines_and_speakers(tmp_path: Path) -> None:
    read = read_transcript(_write(tmp_path, "s.srt", SRT))
    assert read.format == "srt"
    assert read.utterances == [
        Utterance(1000, 3500, "THERAPIST", "How was your week?", 2),
        Utterance(4000, 5000, "PATIENT", "Fine.", 6),
        Utterance(5500, 9000, "PATIENT", "I don't know, it was fine I guess.", 10),
        # a label before a colon that starts one cue only is text, not a speaker
        Utterance(9500, 10000, "", "Well: that is all.", 15),
    ]
    assert read.problems == []


def test_webvtt_voices_entities_and_hours(tmp_path: Path) -> None:
    read = read_transcript(_write(tmp_path, "s.vtt", VTT))
    assert read.format == "vtt"
    assert [(u.speaker, u.text, u.line) for u in read.utterances] == [
        ("Therapist", "You seem quiet today.", 5),
        ("Patient", "Mm. It's nothing & I'm tired.", 8),
        ("Patient", "The end.", 11),
    ]
    assert read.utterances[2].start_ms == 3_600_000


def test_a_bracketed_speaker_in_srt(tmp_path: Path) -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\n[Ana] Hello there.\n"
    read = read_transcript(_write(tmp_path, "b.srt", text))
    assert [(u.speaker, u.text) for u in read.utterances] == [("Ana", "Hello there.")]


def test_windows_1252_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "w.srt"
    path.write_bytes("1\n00:00:01,000 --> 00:00:02,000\nT: Caf\u00e9?\n".encode("cp1252"))
    first = read_transcript(path).utterances[0]
    assert (first.speaker, first.text) == ("T", "Caf\u00e9?")  # a label in capitals


CSV = """start,end,speaker,text
1.5,3,Therapist,"Hello, how are you?"
0:00:04.000,0:00:06.250,Patient,Fine
oops,7,Patient,lost time
8,9,,no speaker
"""


def test_csv_rows_with_seconds_or_clock_times(tmp_path: Path) -> None:
    read = read_transcript(_write(tmp_path, "t.csv", CSV))
    assert read.utterances == [
        Utterance(1500, 3000, "Therapist", "Hello, how are you?", 2),
        Utterance(4000, 6250, "Patient", "Fine", 3),
        Utterance(8000, 9000, "", "no speaker", 5),
    ]
    assert [str(p) for p in read.problems] == ["line 4: left out: the start 'oops' is not a time"]


def test_semicolon_csv_with_other_column_names(tmp_path: Path) -> None:
    text = "Text;Who;Begin;Stop\nHi;T;1,5;2,5\n"
    read = read_transcript(_write(tmp_path, "t.csv", text))
    assert read.utterances == [Utterance(1500, 2500, "T", "Hi", 2)]


def test_a_table_without_the_columns_is_refused_in_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(TranscriptError, match=r"t\.csv: the first row must name.*missing: end"):
        read_transcript(_write(tmp_path, "t.csv", "start,speaker,text\n1,a,b\n"))


def test_docx_table(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Session 3, dyad D01")
    table = document.add_table(rows=3, cols=4)
    for r, row in enumerate(
        (
            ("Start", "End", "Speaker", "Text"),
            ("00:01", "00:04", "T", "Hello."),
            ("x", "5", "P", "?"),
        )
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "t.docx"
    document.save(str(path))
    read = read_transcript(path)
    assert read.format == "docx"
    assert read.utterances == [Utterance(1000, 4000, "T", "Hello.", 2)]
    assert [str(p) for p in read.problems] == ["line 3: left out: the start 'x' is not a time"]


def test_a_broken_docx_is_refused_in_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(TranscriptError, match=r"t\.docx is not a readable Word"):
        read_transcript(_write(tmp_path, "t.docx", "not a zip"))


EAF = """<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT AUTHOR="" DATE="2024-01-01T00:00:00+00:00" FORMAT="3.0" VERSION="3.0">
  <HEADER MEDIA_FILE="" TIME_UNITS="milliseconds">
    <MEDIA_DESCRIPTOR MEDIA_URL="file:///s.mp4" MIME_TYPE="video/mp4" TIME_ORIGIN="500"/>
  </HEADER>
  <TIME_ORDER>
    <TIME_SLOT TIME_SLOT_ID="ts1" TIME_VALUE="1000"/>
    <TIME_SLOT TIME_SLOT_ID="ts2" TIME_VALUE="2500"/>
    <TIME_SLOT TIME_SLOT_ID="ts3" TIME_VALUE="3000"/>
    <TIME_SLOT TIME_SLOT_ID="ts4"/>
  </TIME_ORDER>
  <TIER LINGUISTIC_TYPE_REF="utterance" PARTICIPANT="Ana" TIER_ID="T-words">
    <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2">
      <ANNOTATION_VALUE>So, how; was it?</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
  </TIER>
  <TIER LINGUISTIC_TYPE_REF="utterance" TIER_ID="Patient">
    <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts2" TIME_SLOT_REF2="ts3">
      <ANNOTATION_VALUE>Fine, fine.</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
    <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a3" TIME_SLOT_REF1="ts3" TIME_SLOT_REF2="ts4">
      <ANNOTATION_VALUE>unaligned</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
  </TIER>
  <TIER LINGUISTIC_TYPE_REF="ra-withdrawal" TIER_ID="withdrawal@ana">
    <ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a4" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts3">
      <ANNOTATION_VALUE>wd_denial</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>
  </TIER>
  <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="utterance" TIME_ALIGNABLE="true"/>
</ANNOTATION_DOCUMENT>
"""


def test_elan_talk_tiers_whole_values_and_unaligned_reported(tmp_path: Path) -> None:
    read = read_transcript(_write(tmp_path, "s.eaf", EAF))
    assert read.tiers == ["T-words", "Patient"]  # the coding tier is not talk
    assert read.utterances == [
        Utterance(1500, 3000, "Ana", "So, how; was it?", 13),
        Utterance(3000, 3500, "Patient", "Fine, fine.", 17),
    ]
    assert len(read.problems) == 1
    assert read.problems[0].line == 19 and "unaligned" in read.problems[0].message


def test_elan_one_tier_and_an_unknown_tier(tmp_path: Path) -> None:
    path = _write(tmp_path, "s.eaf", EAF)
    assert [u.speaker for u in read_transcript(path, tier="Patient").utterances] == ["Patient"]
    with pytest.raises(TranscriptError, match="no time-aligned tier 'Nope'"):
        read_transcript(path, tier="Nope")


def test_an_unknown_suffix_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TranscriptError, match="not a transcript this app reads"):
        read_transcript(_write(tmp_path, "t.txt", "hello"))
