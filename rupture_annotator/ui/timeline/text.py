"""Text on the timeline, fitted and drawn cheaply: a view repeats the same few labels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText, QTransform

CACHE_LIMIT = 4096


class TextFitter:
    """Elided texts and prepared glyph runs, remembered: laying text out into a rectangle
    costs ten times more than drawing a prepared text at a point."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self.metrics = QFontMetricsF(font)
        self._centre = (self.metrics.ascent() - self.metrics.descent()) / 2
        self._advance: dict[str, float] = {}
        self._elided: dict[tuple[str, int], str] = {}
        self._static: dict[str, QStaticText] = {}

    def advance(self, text: str) -> float:
        found = self._advance.get(text)
        if found is None:
            if len(self._advance) > CACHE_LIMIT:
                self._advance.clear()
            found = self._advance[text] = self.metrics.horizontalAdvance(text)
        return found

    def fit(self, text: str, width: float) -> str:
        """text, or text elided with "…" to fit width."""
        if self.advance(text) <= width:
            return text
        key = (text, int(width))
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > CACHE_LIMIT:
                self._elided.clear()
            found = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided[key] = found
        return found

    def draw(self, p: QPainter, left: float, middle: float, text: str) -> None:
        """Draw text from left, centred vertically on middle."""
        static = self._static.get(text)
        if static is None:
            if len(self._static) > CACHE_LIMIT:
                self._static.clear()
            static = self._static[text] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), self.font)
        p.drawStaticText(QPointF(left, middle + self._centre - self.metrics.ascent()), static)
