"""The video surface's native window (libvlc draws into it) keeps the surface's size."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from rupture_annotator.media.video_widget import VideoSurface


def test_a_hidden_native_window_is_resized_with_the_surface(qtbot: QtBot) -> None:
    """libvlc sizes its own window from this one while it is hidden (paused): Qt alone gives
    a hidden child's window its new size only when shown, and libvlc's first pictures after
    play were placed for the old size."""
    surface = VideoSurface()
    qtbot.addWidget(surface)
    surface.resize(640, 480)
    native = surface.native_window()
    native.winId()
    surface.show()
    qtbot.waitExposed(surface)
    assert native.isHidden()
    surface.resize(640, 360)
    handle = native.windowHandle()
    assert handle is not None
    assert (handle.geometry().width(), handle.geometry().height()) == (640, 360)
    surface.show_native(True)
    assert native.geometry().size() == surface.size()
