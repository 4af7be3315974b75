"""In English too, no two items of a menu (nor two menus) share the letter Alt picks them by:
with two, Alt+letter only moves between them ('&Delete Span' / 'Session &Details…' did)."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from tests.factories import empty_project
from tests.gui.conftest import OpenWindow


def clashes(title: str, actions: list[QAction]) -> list[str]:
    keys = [
        (m.group(1).lower(), a.text())
        for a in actions
        if (m := re.search(r"&([^&\s])", a.text())) is not None
    ]
    letters = [k for k, _ in keys]
    return sorted(
        f"{title}: {[t for k, t in keys if k == key]}"
        for key in set(letters)
        if letters.count(key) > 1
    )


def test_the_menus_keep_their_mnemonics_apart(open_window: OpenWindow) -> None:
    window = open_window(empty_project())
    bar = window.menuBar()
    found = clashes("menu bar", bar.actions())
    menus = [menu for a in bar.actions() if isinstance(menu := a.menu(), QMenu)]
    assert len(menus) >= 8
    for menu in menus:
        found += clashes(menu.title(), menu.actions())
    assert found == []
