"""The transcript model: what is said when, by whom, and what a coder is told about its times."""

from __future__ import annotations

from rupture_annotator.domain.transcript import (
    Transcript,
    Utterance,
    check_utterances,
    cut,
    speaker_label,
)

U = [
    Utterance(0, 4000, "T", "How was your week?", 1),
    Utterance(3000, 5000, "P", "Fine.", 5),  # overlaps the therapist
    Utterance(6000, 20000, "P", "I don't know what to say about it.", 9),
    Utterance(7000, 8000, "T", "Mm.", 13),
    Utterance(25000, 26000, "T", "Shall we go on?", 17),
]


def test_utterances_overlapping_a_span_are_found_in_time_order() -> None:
    t = Transcript(list(reversed(U)))
    assert [u.line for u in t.utterances] == [1, 5, 9, 13, 17]
    assert t.overlapping(4500, 7500) == [1, 2, 3]
    assert t.overlapping(20000, 25000) == []  # ends are exclusive
    # a long utterance that started well before the span is found too
    assert t.overlapping(15000, 16000) == [2]


def test_the_utterance_at_a_time() -> None:
    t = Transcript(U)
    assert t.at(3500) == 1  # the later of two running
    assert t.at(7500) == 3
    assert t.at(15000) == 2
    assert t.at(22000) is None
    assert t.nearest(22000) == 3  # the last to start before it


def test_search_needs_every_word_ignoring_case() -> None:
    t = Transcript(U)
    assert t.search("fine") == [1]
    assert t.search("I KNOW") == [2]
    assert t.search("t shall") == [4]  # the speaker counts as a word too
    assert t.search("  ") == []


def test_a_span_from_the_first_chosen_start_to_the_last_end() -> None:
    t = Transcript(U)
    assert t.bounds([3, 1]) == (3000, 8000)
    assert t.bounds([2, 3]) == (6000, 20000)
    assert t.bounds([]) is None


def test_text_between_is_speaker_labelled_and_cut_at_the_limit() -> None:
    t = Transcript(U)
    roles = {"T": "therapist"}
    assert t.text_between(4500, 6500, roles) == ("P: Fine. | P: I don't know what to say about it.")
    # a label that names its role already is left as it is; a name gets its role
    assert t.text_between(0, 1000, roles) == "T: How was your week?"
    assert speaker_label("Ana", {"Ana": "therapist"}) == "Ana (therapist)"
    long = t.text_between(0, 30000, roles, limit=40)
    assert len(long) <= 40 and long.endswith(" […]")
    assert cut("short", 40) == "short"
    assert speaker_label("", None) == "?"


def test_talk_time_per_speaker_counts_one_speakers_overlap_once() -> None:
    t = Transcript([*U, Utterance(6500, 7000, "P", "(overlapping P)", 21)])
    assert t.talk_ms(0, 10000) == {"T": 4000 + 1000, "P": 2000 + 4000}
    assert t.talk_ms(19000, 30000) == {"P": 1000, "T": 1000}


def test_problems_name_their_lines_and_nothing_is_dropped() -> None:
    utterances = [
        Utterance(1000, 2000, "T", "a", 2),
        Utterance(1500, 2500, "T", "b", 6),
        Utterance(500, 900, "P", "c", 10),
        Utterance(3000, 3000, "P", "d", 14),
        Utterance(9000, 12000, "P", "e", 18),
    ]
    problems = [str(p) for p in check_utterances(utterances, duration_ms=10000)]
    assert problems == [
        "line 6: starts at 0:00:01.500, while line 2 runs to 0:00:02.000: overlap (both T)",
        "line 10: starts at 0:00:00.500, before line 6 (0:00:01.500): out of order",
        "line 14: ends (0:00:03.000) before it starts (0:00:03.000)",
        "line 18: runs to 0:00:12.000, past the end of the recording (0:00:10.000)",
    ]
    assert len(Transcript(utterances)) == 5
