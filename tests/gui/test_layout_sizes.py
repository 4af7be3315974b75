"""Sizes that keep the window's parts apart: the transport wraps rather than overlapping, lane
titles get the room their font needs, captions go under the picture, and review mode fits a
1280×720 screen."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.domain.review import Moment
from rupture_annotator.media.fake_player import FakePlayer, fake_media_info
from rupture_annotator.storage.demo import demo_project_path
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.review.captions import CaptionOverlay, band_height, picture_rect
from rupture_annotator.ui.settings import Settings
from rupture_annotator.ui.timeline import TimelineWidget
from rupture_annotator.ui.timeline.scene import LANE_TITLES
from rupture_annotator.ui.timeline.style import font
from rupture_annotator.ui.transport import TransportBar
from tests.factories import codebook


def on(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("width", [220, 300, 420, 520, 640, 800, 1280])
def test_the_transport_wraps_instead_of_overlapping(qtbot, width: int) -> None:  # type: ignore[no-untyped-def]
    bar = TransportBar(FakePlayer(media=fake_media_info(duration_ms=3 * 3_600_000)))
    qtbot.addWidget(bar)
    bar.show()
    bar.resize(width, bar.heightForWidth(width))
    layout = bar.layout()
    assert layout is not None
    layout.activate()
    assert bar.width() >= bar.minimumSizeHint().width() or width < 230
    pieces = [on(w, bar) for w in bar.pieces()]
    for r in pieces:
        assert bar.rect().contains(r), f"{r} outside {bar.rect()} at {width} px"
    for a, b in itertools.combinations(pieces, 2):
        assert not a.intersects(b), f"{a} overlaps {b} at {width} px"
    for label in (bar.time, bar.frame):
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()


def test_a_wide_bar_is_one_row_and_a_narrow_one_two(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = TransportBar(FakePlayer())
    qtbot.addWidget(bar)
    one_row = bar.heightForWidth(1200)
    assert bar.heightForWidth(450) > one_row >= bar.play.sizeHint().height()
    assert bar.heightForWidth(450) < 3 * one_row


@pytest.mark.parametrize("points", [9, 12, 16, 20])
def test_lane_titles_fit_their_column_in_any_font_size(qtbot, points: int) -> None:  # type: ignore[no-untyped-def]
    project = Project(codebook=codebook())
    rec = project.add_recording(MediaRef(path="s.mp4", duration_ms=60_000, fps=25.0))
    timeline = TimelineWidget(project)
    timeline.set_recording(rec.id)
    qtbot.addWidget(timeline)
    base = QFont(timeline.font())
    base.setPointSize(points)
    timeline.setFont(base)
    timeline.resize(900, 240)
    timeline.show()
    room = timeline.current_layout().plot_left - 16  # the colour strip and the gaps
    bold = QFontMetrics(font(timeline.font(), 0, bold=True))
    for title in LANE_TITLES.values():
        assert bold.horizontalAdvance(title) <= room, f"{title!r} is cut at {points} pt"


def test_picture_rect_fits_and_centres() -> None:
    assert picture_rect(QSize(1600, 900), 16 / 9) == QRect(0, 0, 1600, 900)
    assert picture_rect(QSize(1600, 1000), 16 / 9) == QRect(0, 50, 1600, 900)
    assert picture_rect(QSize(1600, 600), 16 / 9) == QRect(266, 0, 1067, 600)
    assert picture_rect(QSize(300, 200), None) == QRect(0, 0, 300, 200)


def test_the_band_takes_only_what_the_letterbox_lacks() -> None:
    # 900 px of picture in 1200 px: 150 px of letterbox under it already hold 120 px of captions
    assert band_height(1600, 1200, 16 / 9, 120) == 0
    # 100 px under it: the band makes up the rest, and the picture keeps its size
    assert band_height(1600, 1100, 16 / 9, 120) == 40
    assert picture_rect(QSize(1600, 1100 - 40), 16 / 9) == QRect(0, 80, 1600, 900)
    # 50 px under it: not enough in all, the picture gives up 20 px
    assert band_height(1600, 1000, 16 / 9, 120) == 120
    # no letterbox at all: the picture gives up the captions' height
    assert band_height(1600, 900, 16 / 9, 120) == 120


MOMENT = Moment(
    "r1", "withdrawal", 4_000, 5_000, "ana", note="Looks away, short answers",
    marker_ids=("wd_minimal_response",), rating=4,
)  # fmt: skip


@pytest.mark.parametrize(("width", "height"), [(640, 360), (640, 600), (1280, 693), (424, 488)])
def test_captions_sit_under_the_picture(qtbot, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    video = QWidget()
    column = QVBoxLayout(host)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(video)
    captions = CaptionOverlay(video, lambda: 16 / 9)
    column.addWidget(captions.band)
    host.resize(width, height)
    host.show()
    captions.show_moment(MOMENT, codebook(), show_note=True)
    qtbot.waitUntil(lambda: captions.isVisible())
    qtbot.wait(50)
    picture = picture_rect(video.size(), 16 / 9).translated(video.mapToGlobal(QPoint(0, 0)))
    lower_third = picture.adjusted(0, picture.height() * 2 // 3, 0, 0)
    shown = captions.geometry()
    assert not shown.intersects(lower_third)
    assert shown.top() >= picture.bottom()
    # within the host: the letterbox and the band, nothing further down
    assert shown.bottom() <= host.mapToGlobal(QPoint(0, host.height())).y()
    assert captions.text().startswith("Withdrawal rupture · significance 4")
    captions.keep_room(False)
    captions.clear()
    qtbot.waitUntil(lambda: video.height() == height)  # the picture gets its room back
    assert captions.band.isHidden()


def test_review_mode_fits_a_1280_by_720_screen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("coder/name", "demo")
    window = MainWindow(FakePlayer(), settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    assert window.open_path(demo_project_path())
    doc = window.document
    assert doc is not None and doc.recording is not None and window.coding is not None
    window.coding.select(doc.recording.ruptures[0].id)  # the inspector's longest form
    window.review.toggle()
    qtbot.waitUntil(lambda: window.review_dock.isVisible())
    needed = window.minimumSizeHint()
    assert needed.width() <= 1280 and needed.height() <= 720 - 40  # a panel's worth spare
    video = on(window.player.video_widget(), window)
    assert not on(window.review_dock, window).intersects(video)
    for part in (window.review.panel, window.transport, window.timeline):
        assert part.width() >= part.minimumSizeHint().width()
