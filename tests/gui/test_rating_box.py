"""A rating's box in the segment panel: a long anchor ends in '…' where the box is narrow, not
cut off mid-word, and the list it opens shows every anchor whole."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from rupture_annotator.ui.segment_panel import RatingBox

ANCHOR = "1  None: no impact on the confrontation rupture"


def _box(qtbot: QtBot, width: int) -> RatingBox:
    box = RatingBox()
    qtbot.addWidget(box)
    box.addItem("— not rated", None)
    box.addItem(ANCHOR, 1)
    box.setCurrentIndex(1)
    box.setMinimumContentsLength(14)
    box.setFixedWidth(width)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_a_long_anchor_ends_in_an_ellipsis_where_the_box_is_narrow(qtbot: QtBot) -> None:
    narrow = _box(qtbot, 150).shown_text()
    assert narrow.endswith("…") and ANCHOR.startswith(narrow[:-1]) and len(narrow) > 5


def test_a_box_wide_enough_shows_the_anchor_whole(qtbot: QtBot) -> None:
    assert _box(qtbot, 600).shown_text() == ANCHOR


def test_the_list_is_as_wide_as_its_longest_anchor(qtbot: QtBot) -> None:
    box = _box(qtbot, 150)
    box.showPopup()
    try:
        whole = box.view().fontMetrics().horizontalAdvance(ANCHOR)
        assert box.list_width() > whole > 150
        assert box.view().width() >= box.list_width()
    finally:
        box.hidePopup()
