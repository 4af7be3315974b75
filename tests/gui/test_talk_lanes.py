"""The transcript and sound lanes under the span lanes: who speaks when, the loudness and the
silences; clicking either seeks, hovering tells what is there."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.sound import Envelope
from rupture_annotator.domain.transcript import Transcript, Utterance
from rupture_annotator.ui.timeline.layout import Region
from rupture_annotator.ui.timeline.talk import SILENCE_BAND
from rupture_annotator.ui.timeline.talk_data import ROLE_COLOURS
from tests.gui.test_timeline_gestures import Bench, make_bench

TRANSCRIPT = Transcript(
    [
        Utterance(2_000, 9_000, "Ana", "How was your week?", 2),
        Utterance(10_000, 30_000, "Bo", "Fine. Nothing really happened, I guess.", 6),
        Utterance(41_000, 50_000, "Ana", "Mm.", 10),
    ]
)


def _envelope() -> Envelope:
    rms = np.full(60_000, 0.1, np.float32)  # 10 minutes of talk ...
    rms[3_000:4_000] = 0.0005  # ... silent from 30 s to 40 s
    return Envelope(rms)


@pytest.fixture
def bench(qtbot: QtBot) -> Bench:
    b = make_bench(qtbot)
    b.widget.resize(1000, 330)
    b.widget.set_transcript(TRANSCRIPT, {"Ana": "therapist", "Bo": "patient"})
    envelope = _envelope()
    b.widget.set_sound(envelope, envelope.silences(3000))
    return b


def _picture(bench: Bench) -> QImage:
    return bench.widget.grab().toImage()


def test_the_lanes_sit_under_the_span_lanes_and_above_the_overview(bench: Bench) -> None:
    lay = bench.widget.current_layout()
    transcript, sound = lay.talk["transcript"], lay.talk["sound"]
    assert lay.lanes.bottom() <= transcript.top() < sound.top() < lay.overview.top()
    y = round(transcript.center().y())
    assert lay.region_at(QPointF(bench.x(20_000), y))[0] is Region.TRANSCRIPT
    assert lay.region_at(QPointF(bench.x(20_000), sound.center().y()))[0] is Region.SOUND


def test_each_speaker_has_a_row_in_its_roles_colour(bench: Bench) -> None:
    lay = bench.widget.current_layout()
    rect = lay.talk["transcript"]
    image = _picture(bench)
    rows = (rect.height() - 4) / 2
    # just inside each row's top edge: above the words written on the blocks
    ana_y, bo_y = round(rect.top() + 2 + 3), round(rect.top() + 2 + rows + 3)
    therapist = image.pixelColor(bench.x(5_000), ana_y)
    patient = image.pixelColor(bench.x(20_000), bo_y)
    assert therapist.name() != patient.name()
    assert abs(therapist.green() - int(ROLE_COLOURS["therapist"][3:5], 16)) < 40
    assert abs(patient.blue() - int(ROLE_COLOURS["patient"][5:7], 16)) < 40
    # nobody speaks from 30 s to 41 s: the lane's background shows there
    assert image.pixelColor(bench.x(35_000), ana_y) == image.pixelColor(bench.x(35_000), bo_y)


def test_a_silence_is_shaded_in_the_sound_lane_and_the_wave_elsewhere(bench: Bench) -> None:
    rect = bench.widget.current_layout().talk["sound"]
    image = _picture(bench)
    middle = round(rect.center().y())
    silent, loud = (
        image.pixelColor(bench.x(35_000), middle),
        image.pixelColor(bench.x(20_000), middle),
    )
    assert silent != loud
    assert silent.blue() > silent.green()  # the violet of SILENCE_BAND over the background
    assert SILENCE_BAND.alpha() > 0


def test_clicking_a_lane_seeks_and_hovering_tells(bench: Bench) -> None:
    lay = bench.widget.current_layout()
    y = round(lay.talk["transcript"].center().y())
    QTest.mouseClick(bench.widget, Qt.MouseButton.LeftButton, pos=QPoint(bench.x(12_000), y))
    assert bench.asked.seeks and abs(bench.asked.seeks[-1] - 12_000) <= 80
    text = bench.widget.tooltip_at(QPointF(bench.x(20_000), lay.talk["transcript"].bottom() - 4))
    assert text == "0:00:10.0 Bo (patient): Fine. Nothing really happened, I guess."
    sound_y = lay.talk["sound"].center().y()
    assert bench.widget.tooltip_at(QPointF(bench.x(35_000), sound_y)) == (
        "Silence of 10.0 s, 0:00:30.0 to 0:00:40.0 (S steps to the next)"
    )
    assert bench.widget.tooltip_at(QPointF(bench.x(20_000), sound_y)) is None


def test_the_sound_lane_says_why_it_is_empty_and_goes_without_a_reason(bench: Bench) -> None:
    w = bench.widget
    w.set_sound(None, [], "Reading the sound… 40%")
    assert "sound" in w.current_layout().talk
    w.set_sound(None, [])
    w.set_transcript(None, {})
    assert w.current_layout().talk == {}
    assert w.current_layout().content_bottom == w.current_layout().lanes.bottom()


def test_a_short_timeline_squeezes_the_lanes_rather_than_covering_the_overview(
    bench: Bench,
) -> None:
    w = bench.widget
    bare = w.minimumSizeHint().height()
    w.set_sound(None, [])
    w.set_transcript(None, {})
    assert w.minimumSizeHint().height() < bare  # the lanes ask the window for room
    w.set_transcript(TRANSCRIPT, {})
    w.set_sound(_envelope(), [])
    w.resize(1000, 170)
    lay = w.current_layout()
    assert lay.talk["sound"].bottom() <= lay.overview.top()
    assert lay.lanes.height() >= 3 * 14
