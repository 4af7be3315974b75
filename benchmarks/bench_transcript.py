"""Timeline repaint with the transcript and sound lanes on a 3-hour session: 10,000 spans, a
2,000-utterance transcript of two speakers and the loudness envelope with its silences, at zooms
from the whole session to a few seconds; every repaint redraws the cached picture."""

from __future__ import annotations

import os

from benchmarks.bench_timeline import SIZE, long_session, zoom_sweep
from benchmarks.harness import Figure, p95
from benchmarks.talk_session import long_envelope, long_transcript


def run() -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from rupture_annotator.ui.timeline import TimelineWidget

    app = QApplication.instance() or QApplication([])
    project = long_session()
    transcript, envelope = long_transcript(), long_envelope()
    silences = envelope.silences(3000)
    widget = TimelineWidget(project)
    widget.resize(SIZE[0], SIZE[1] + 70)  # the same span lanes, and room for the two more
    widget.set_recording("long")
    widget.set_transcript(transcript, {"Therapist": "therapist", "Patient": "patient"})
    widget.set_sound(envelope, silences)
    widget.show()
    app.processEvents()
    samples, by_zoom = zoom_sweep(widget)
    widget.close()
    note = (
        f"{len(transcript)} utterances, {len(silences)} silences >= 3 s, 10k spans, "
        f"{SIZE[0]}x{SIZE[1] + 70}; median ms by zoom: {', '.join(by_zoom)}"
    )
    return [Figure("timeline_repaint_talk_p95_ms", p95(samples), "ms", 16, note=note)]
