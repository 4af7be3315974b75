"""Code → Check Coding… (Ctrl+Shift+K): what is still to code in the recording, each item with
its time; Return or a double click goes there and selects its span, keyboard only; it follows
every edit, and says "Nothing left to code" when there is nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from rupture_annotator.domain.annotations import ResolutionStrategy, Rupture, SegmentRating
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.completeness import OpenItem
from rupture_annotator.domain.project import Project
from rupture_annotator.ui.check_coding import NOTHING_LEFT, CheckCodingPanel
from rupture_annotator.ui.main_window import MainWindow
from tests.factories import empty_project
from tests.gui.conftest import OpenWindow

MIN = 60_000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def ready(window: MainWindow) -> MainWindow:
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    assert QApplication.activeWindow() is window
    return window


def open_check(window: MainWindow) -> CheckCodingPanel:
    QTest.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)
    panel = window.check_dock.widget()
    assert isinstance(panel, CheckCodingPanel)
    assert window.check_dock.isVisible()
    return panel


def leaf_items(panel: CheckCodingPanel) -> list[OpenItem]:
    found = []
    stack: list[QTreeWidgetItem] = [
        panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())
    ]
    while stack:
        item = stack.pop(0)
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(data, OpenItem):
            found.append(data)
        stack[:0] = [item.child(i) for i in range(item.childCount())]
    return found


def project_with_gaps() -> tuple[Project, Rupture, ResolutionStrategy]:
    """A 10-minute session: a withdrawal rupture at 2:00 with no marker, a strategy at 7:00
    linked to nothing; no segment rated."""
    project = empty_project(coders=("ana",), duration_ms=10 * MIN)
    rupture = Rupture(
        kind=RuptureKind.WITHDRAWAL, start_ms=2 * MIN, end_ms=2 * MIN + 4_000, coder="ana"
    )
    strategy = ResolutionStrategy(
        start_ms=7 * MIN, end_ms=7 * MIN + 3_000, coder="ana", strategy_ids=("rs_clarify",)
    )
    project.add_annotation("rec1", rupture)
    project.add_annotation("rec1", strategy)
    return project, rupture, strategy


def test_ctrl_shift_k_lists_what_is_open_and_return_goes_there(
    open_window: OpenWindow, qtbot: QtBot
) -> None:
    project, rupture, strategy = project_with_gaps()
    window = ready(open_window(project))
    coding = window.coding
    assert coding is not None
    coding.select(strategy.id)  # Return must not mean "go to the selected span" here
    panel = open_check(window)
    assert QApplication.focusWidget() is panel.tree, "the list takes the keyboard"
    categories = {i.category for i in leaf_items(panel)}
    assert categories == {
        "segment_ruptures_unrated",
        "segment_not_rated",
        "rupture_without_marker",
        "strategy_without_link",
    }
    assert panel.summary.text() == "4 open items for ana"
    # down the list to the rupture without a marker, then Return
    for _ in range(12):
        current = panel.current_item()
        if current is not None and current.category == "rupture_without_marker":
            break
        QTest.keyClick(panel.tree, Qt.Key.Key_Down)
    assert panel.current_item() is not None
    assert panel.current_item().annotation_id == rupture.id  # type: ignore[union-attr]
    QTest.keyClick(panel.tree, Qt.Key.Key_Return)
    assert window.player.position_ms() == 2 * MIN
    assert coding.selected_id == rupture.id
    assert window.timeline.selected_id() == rupture.id
    # the coder gives it a marker: the item leaves the list by itself
    coding.toggle_key("1")
    qtbot.waitUntil(lambda: "rupture_without_marker" not in {i.category for i in leaf_items(panel)})
    assert panel.summary.text() == "3 open items for ana"


def test_double_click_goes_there_too_and_time_order_is_one_list(
    open_window: OpenWindow,
) -> None:
    project, _rupture, strategy = project_with_gaps()
    window = ready(open_window(project))
    panel = open_check(window)
    panel.order.setCurrentIndex(panel.order.findData("time"))
    assert panel.tree.topLevelItemCount() == 4, "in time order the items are not grouped"
    times = [panel.tree.topLevelItem(i).text(0) for i in range(4)]
    assert times == sorted(times)
    target = next(
        panel.tree.topLevelItem(i)
        for i in range(4)
        if panel.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).annotation_id == strategy.id
    )
    rect = panel.tree.visualItemRect(target)
    # a real double click: press, release, then the second press (a double-click event)
    QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.player.position_ms() == 7 * MIN
    assert window.coding is not None and window.coding.selected_id == strategy.id


def test_nothing_left_to_code(open_window: OpenWindow, qtbot: QtBot) -> None:
    project = empty_project(coders=("ana",), duration_ms=4 * MIN)
    window = ready(open_window(project))
    panel = open_check(window)
    assert [i.category for i in leaf_items(panel)] == ["segment_not_rated"]
    assert panel.empty.isHidden()
    QTest.keyClick(panel.tree, Qt.Key.Key_Return)  # a segment's item: the video goes there
    assert window.player.position_ms() == 0
    assert window.document is not None
    window.document.project.set_segment_rating(
        "rec1", SegmentRating(segment_index=0, coder="ana", values={"resolution_rating": 3})
    )
    qtbot.waitUntil(lambda: panel.empty.isVisible())
    assert panel.empty.text() == NOTHING_LEFT
    assert panel.tree.isHidden()
