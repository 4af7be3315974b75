"""The exported timeline picture: its time axis is the recording's, not a rounded-up one."""

from __future__ import annotations

import io

from PIL import Image

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.storage.export.timeline import (
    MAX_BACKGROUNDS,
    MS_PER_MIN,
    TimelineDrawer,
    axis_end_ms,
)
from tests.factories import codebook, empty_project


def two_minute_project() -> Project:
    project = empty_project(duration_ms=120_000)
    rupture = Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=10_000, end_ms=20_000, coder="ana")
    project.add_annotation("rec1", rupture)
    return project


def test_the_axis_of_a_two_minute_recording_ends_at_two_minutes() -> None:
    project = two_minute_project()
    recording = project.recording("rec1")
    drawer = TimelineDrawer()
    png = drawer.png(recording, ["ana"], project.codebook, "session")
    assert Image.open(io.BytesIO(png)).format == "PNG"
    assert axis_end_ms(recording) == 120_000
    (background,) = drawer._backgrounds.values()
    assert background.ax.get_xlim() == (0.0, 120_000 / MS_PER_MIN)


def test_without_a_known_duration_the_axis_ends_at_the_last_span() -> None:
    project = Project(codebook=codebook())
    project.add_coder("ana")
    project.add_recording(MediaRef(path="session.mp4"), "rec1")
    late = Rupture(kind=RuptureKind.CONFRONTATION, start_ms=110_000, end_ms=130_000, coder="ana")
    project.add_annotation("rec1", late)
    assert axis_end_ms(project.recording("rec1")) == 130_000


def test_sessions_of_many_lengths_keep_a_bounded_number_of_backgrounds() -> None:
    project = Project(codebook=codebook())
    drawer = TimelineDrawer()
    for n in range(MAX_BACKGROUNDS + 3):
        rec = project.add_recording(MediaRef(path=f"s{n}.mp4", duration_ms=60_000 + n * 1000))
        drawer.png(rec, ["ana"], project.codebook, rec.id)
    assert len(drawer._backgrounds) == MAX_BACKGROUNDS
    last = next(reversed(drawer._backgrounds.values()))
    assert last.ax.get_xlim()[1] == (60_000 + (MAX_BACKGROUNDS + 2) * 1000) / MS_PER_MIN
