"""The timeline draws a span still being marked (begun with its key) from its start to the
playhead, in its lane's colour, and redraws it as the playhead moves."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from rupture_annotator.ui.timeline import TimelineWidget
from tests.factories import empty_project


def tinted(image: QImage, rect: QRect, colour: QColor) -> float:
    """The share of pixels inside rect (its edges left out) tinted with the lane colour: moved
    off the white row background, along the way from white to that colour."""
    dpr = image.devicePixelRatio()
    target = (colour.red(), colour.green(), colour.blue())
    span = 765 - sum(target)
    count = total = 0
    for y in range(int(rect.top() * dpr) + 1, int(rect.bottom() * dpr) - 1):
        for x in range(int(rect.left() * dpr) + 2, int(rect.right() * dpr) - 2):
            total += 1
            c = QColor(image.pixel(x, y))
            rgb = (c.red(), c.green(), c.blue())
            t = (765 - sum(rgb)) / span  # how far from white towards the colour
            off_line = sum(abs(v - (255 + t * (w - 255))) for v, w in zip(rgb, target, strict=True))
            if t > 0.15 and off_line < 40:
                count += 1
    return count / max(1, total)


def widget(qtbot: QtBot) -> TimelineWidget:
    w = TimelineWidget(empty_project(duration_ms=60_000))
    qtbot.addWidget(w)
    w.set_recording("rec1")
    w.set_current_coder("ana")
    w.resize(1000, 260)
    w.show()
    qtbot.waitExposed(w)
    w.view_window().show_all()
    return w


def test_an_open_span_grows_with_the_playhead(qtbot: QtBot) -> None:
    w = widget(qtbot)
    w.set_playhead(10_000)
    w.set_pending({"resolution": 10_000})
    w.set_playhead(30_000)
    rect = w.pending_rect("resolution")
    lay = w.current_layout()
    assert rect is not None and lay.lane_rect("resolution").contains(rect.center())
    assert abs(rect.left() - lay.x_of(10_000)) <= 1 and abs(rect.right() - lay.x_of(30_000)) <= 2
    colour = QColor(w.scene.lane_color("resolution"))
    assert tinted(w.grab().toImage(), rect, colour) > 0.6
    w.set_playhead(5_000)  # stepped back before the start: drawn the other way round
    back = w.pending_rect("resolution")
    assert back is not None and abs(back.right() - lay.x_of(10_000)) <= 2
    w.set_pending({})
    assert w.pending_rect("resolution") is None
    assert tinted(w.grab().toImage(), rect, colour) == 0


def test_a_new_recording_has_no_open_span(qtbot: QtBot) -> None:
    w = widget(qtbot)
    w.set_pending({"withdrawal": 1_000})
    w.set_recording("rec1")
    assert w.pending_rect("withdrawal") is None


def test_an_in_mark_without_an_out_mark_shades_the_ruler_up_to_the_playhead(
    qtbot: QtBot,
) -> None:
    w = widget(qtbot)
    w.set_playhead(20_000)
    w.set_marks(10_000, None)
    lay = w.current_layout()
    y = int(lay.ruler.top() + 17)

    def shaded(t0: int, t1: int) -> int:
        image = w.grab().toImage()
        dpr = image.devicePixelRatio()
        xs = range(int(lay.x_of(t0) + 3), int(lay.x_of(t1) - 3))
        blue = [QColor(image.pixel(int(x * dpr), int(y * dpr))) for x in xs]
        return sum(1 for c in blue if c.blue() - c.red() > 20)

    assert shaded(10_000, 20_000) > (lay.x_of(20_000) - lay.x_of(10_000)) * 0.8
    assert shaded(25_000, 35_000) == 0
    w.set_playhead(35_000)  # the shade follows the playhead
    assert shaded(25_000, 35_000) > (lay.x_of(35_000) - lay.x_of(25_000)) * 0.8
    w.set_marks(10_000, 15_000)  # both marks: the ruler shows just the marked span
    assert shaded(25_000, 35_000) == 0
