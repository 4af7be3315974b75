"""The timeline's look: dark on light, span colours from the codebook, one accent for time."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QFont

BACKGROUND = QColor("#fbfbfc")
LABEL_BACKGROUND = QColor("#eef0f4")
LABEL_TEXT = QColor("#1d2430")
MUTED_TEXT = QColor("#5b6472")
RULER_BACKGROUND = QColor("#e6e9ee")
RULER_TEXT = QColor("#27303d")
TICK = QColor("#6b7482")
ROW_BACKGROUNDS = (QColor("#ffffff"), QColor("#f5f6f8"))
LANE_SEPARATOR = QColor("#c9ced6")
ROW_SEPARATOR = QColor("#e3e6eb")
SEGMENT_LINE = QColor("#8d96a3")
FRAME_LINE = QColor("#eceef1")
SEGMENT_BAND = QColor("#f1f3f6")
RATED = QColor("#2b9549")
UNRATED = QColor("#9aa2ad")
RATING_TEXT = QColor("#1d2430")
MISSING = QColor("#b35400")  # a kind with ruptures in the segment but no rating for it
ON_MISSING = QColor("#ffffff")
BEFORE_SEGMENTS = QColor("#dde1e7")
PLAYHEAD = QColor("#d7263d")
SELECTION = QColor("#111418")
HOVER = QColor("#2d3748")
MARK = QColor("#1f6fd1")
MARK_FILL = QColor(31, 111, 209, 40)
HIGHLIGHT_FILL = QColor(255, 196, 0, 48)
HIGHLIGHT_EDGE = QColor("#d49a00")
OVERVIEW_BACKGROUND = QColor("#e9ecf0")
OVERVIEW_WINDOW = QColor("#1d2430")
OVERVIEW_WINDOW_FILL = QColor(255, 255, 255, 110)
EMPTY_TEXT = QColor("#7a8391")

SPAN_ALPHA = 225
LINK_ALPHA = 190


@lru_cache(maxsize=256)
def color(hex_color: str) -> QColor:
    return QColor(hex_color)


@lru_cache(maxsize=256)
def span_fill(hex_color: str) -> QColor:
    c = QColor(hex_color)
    c.setAlpha(SPAN_ALPHA)
    return c


@lru_cache(maxsize=256)
def span_edge(hex_color: str) -> QColor:
    return QColor(hex_color).darker(150)


@lru_cache(maxsize=256)
def text_on(hex_color: str) -> QColor:
    """Black or white, whichever reads better on the colour (WCAG relative luminance)."""
    c = QColor(hex_color)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    return QColor("#10141a") if lum > 0.28 else QColor("#ffffff")


def font(base: QFont, point_delta: float = 0.0, bold: bool = False) -> QFont:
    f = QFont(base)
    if point_delta:
        f.setPointSizeF(max(6.0, f.pointSizeF() + point_delta))
    f.setBold(bold)
    return f
