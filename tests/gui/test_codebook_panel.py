"""The codebook panel: group headings say what each group is, in words a user can read."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from rupture_annotator.ui.codebook_panel import CodebookPanel
from tests.factories import codebook


def ink_in_row(panel: CodebookPanel, image: QImage, row: int) -> int:
    """Dark pixels (text) right of the heading's icon in a grabbed picture of the panel."""
    item = panel.topLevelItem(row)
    assert item is not None
    rect = panel.visualItemRect(item).translated(panel.viewport().pos())
    dpr = image.devicePixelRatio()
    dark = 0
    for y in range(int(rect.top() * dpr), int(rect.bottom() * dpr)):
        for x in range(int((rect.left() + 40) * dpr), int(rect.right() * dpr)):
            if QColor(image.pixel(x, y)).lightness() < 110:
                dark += 1
    return dark


def test_group_headings_show_their_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = CodebookPanel(codebook())
    qtbot.addWidget(panel)
    panel.resize(360, 600)
    panel.show()
    qtbot.waitExposed(panel)
    headings = [panel.topLevelItem(i) for i in range(panel.topLevelItemCount())]
    texts = [h.text(0) for h in headings if h is not None]
    assert len(texts) == 3
    assert texts[0].startswith("Withdrawal (W)")
    assert texts[1] == "Confrontation (C)"
    assert texts[2] == "Resolution strategies (R)"
    assert all(h is not None and h.isFirstColumnSpanned() for h in headings)
    image = panel.grab().toImage()
    for row in range(3):
        assert ink_in_row(panel, image, row) > 40, f"heading {texts[row]!r} is painted blank"


def test_entries_keep_their_key_and_label_columns(qtbot) -> None:  # type: ignore[no-untyped-def]
    cb = codebook()
    panel = CodebookPanel(cb)
    qtbot.addWidget(panel)
    heading = panel.topLevelItem(2)
    assert heading is not None
    first = heading.child(0)
    assert first is not None
    strategy = cb.strategies[0]
    assert (first.text(0), first.text(1)) == (strategy.key, strategy.label)
    assert first.toolTip(1) == strategy.definition
