"""The timeline: lanes of rupture and resolution spans under a ruler, moving with the video."""

from rupture_annotator.ui.timeline.view_window import ViewWindow
from rupture_annotator.ui.timeline.widget import TimelineWidget

__all__ = ["TimelineWidget", "ViewWindow"]
