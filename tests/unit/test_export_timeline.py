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
    assert background.xlim == (0.0, 120_000 / MS_PER_MIN)


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
    assert last.xlim[1] == (60_000 + (MAX_BACKGROUNDS + 2) * 1000) / MS_PER_MIN


def _pixels(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def test_the_picture_has_the_chart_size_and_a_span_shorter_than_a_pixel_shows() -> None:
    project = empty_project(duration_ms=3_600_000)  # an hour: a pixel is about 4.6 s
    short = Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=1_800_000, end_ms=1_801_000, coder="ana")
    project.add_annotation("rec1", short)
    recording = project.recording("rec1")
    image = _pixels(TimelineDrawer().png(recording, ["ana"], project.codebook, "session"))
    assert image.size == (960, int((0.9 + 0.28 * 3) * 80))
    color = project.codebook.color_of("withdrawal")
    rgb = tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))
    painted = [x for x in range(image.width) if image.getpixel((x, 40)) == rgb]
    assert len(painted) == 1
    middle = 0.16 * 960 + 0.82 * 960 / 2
    assert abs(painted[0] - middle) <= 1


def test_overlapping_spans_are_drawn_as_one_bar() -> None:
    project = empty_project(duration_ms=600_000)
    for start in (60_000, 90_000):  # 1:00-2:00 and 1:30-2:30: a bar from 1:00 to 2:30
        r = Rupture(kind=RuptureKind.WITHDRAWAL, start_ms=start, end_ms=start + 60_000, coder="ana")
        project.add_annotation("rec1", r)
    recording = project.recording("rec1")
    image = _pixels(TimelineDrawer().png(recording, ["ana"], project.codebook, "session"))
    color = project.codebook.color_of("withdrawal")
    rgb = tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))
    painted = [x for x in range(image.width) if image.getpixel((x, 40)) == rgb]
    px_per_min = 0.82 * 960 / 10
    assert painted == list(range(painted[0], painted[0] + len(painted)))
    assert abs(len(painted) - 1.5 * px_per_min) <= 1
