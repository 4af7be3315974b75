"""Without an X server the window backgrounds are left alone, quietly."""

from __future__ import annotations

import pytest

from rupture_annotator.media.x11_background import WindowBackgrounds


def test_without_a_display_nothing_is_changed_and_nothing_raises(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    backgrounds = WindowBackgrounds()
    assert backgrounds.keep_pixels(0x600000) == 0
    assert backgrounds.fill_black(0x600000) == 0
    backgrounds.close()
