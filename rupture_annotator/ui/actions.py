"""Every command a user can give, declared once: this table builds the menus, the shortcuts and
the shortcut sheet (press ?)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    menu: str
    keys: tuple[str, ...] = ()
    help: str = ""


MENUS = ("File", "Edit", "Playback", "Code", "Review", "Study", "View", "Help")
# Alt+S accepts the suggested segment ratings, so the Study menu opens with Alt+U
MENU_TITLES = {"Study": "St&udy"}

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", "&New Project from Video…", "File", ("Ctrl+N",), "Start coding a recording"),
    ActionSpec("open", "&Open Project…", "File", ("Ctrl+O",)),
    ActionSpec("save", "&Save", "File", ("Ctrl+S",)),
    ActionSpec("save_as", "Save &As…", "File", ("Ctrl+Shift+S",)),
    ActionSpec("export", "&Export…", "File", ("Ctrl+E",), "Workbook and CSV for analysis"),
    ActionSpec(
        "import", "&Import…", "File", (), "Coding from ELAN, BORIS or a spreadsheet, mapped first"
    ),
    ActionSpec(
        "attach_transcript",
        "Attach &Transcript…",
        "File",
        (),
        "SRT, WebVTT, ELAN, or a CSV/DOCX table: read beside the video, exported with the spans",
    ),
    ActionSpec("quit", "&Quit", "File", ("Ctrl+Q",)),
    ActionSpec("undo", "&Undo", "Edit", ("Ctrl+Z",)),
    ActionSpec("redo", "&Redo", "Edit", ("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("delete", "&Delete Span", "Edit", ("Delete", "Backspace")),
    ActionSpec("note", "Edit &Note", "Edit", ("N",), "Write a note on the selected span"),
    ActionSpec(
        "switch_actor",
        "Switch &Actor",
        "Edit",
        ("A",),
        "The selected rupture becomes the therapist's or the patient's (codebooks with actors)",
    ),
    ActionSpec("coder", "Set &Coder…", "Edit", (), "Whose coding new spans are"),
    ActionSpec(
        "session_details",
        "&Session Details…",
        "Edit",
        ("Ctrl+I",),
        "Dyad, session number, condition and the session ratings",
    ),
    ActionSpec(
        "session_fields",
        "Session &Fields…",
        "Edit",
        (),
        "The study's own session fields (text, number, date, choice) and which are required",
    ),
    ActionSpec(
        "codebook",
        "Code&book…",
        "Edit",
        (),
        "Markers, strategies, scales, keys, colours, segments, actors and translations",
    ),
    ActionSpec("play", "&Play / Pause", "Playback", ("Space",)),
    ActionSpec(
        "shuttle_back",
        "Slower / Back (J)",
        "Playback",
        ("J",),
        "Slower while playing, back 1 s when paused",
    ),
    ActionSpec("shuttle_stop", "Pause (K)", "Playback", ("K",), "Pause and reset the rate"),
    ActionSpec("shuttle_fwd", "Play / Faster (L)", "Playback", ("L",), "Play; each press faster"),
    ActionSpec("back_1s", "Back 1 s", "Playback", ("Left",)),
    ActionSpec("fwd_1s", "Forward 1 s", "Playback", ("Right",)),
    ActionSpec("back_5s", "Back 5 s", "Playback", ("Shift+Left",)),
    ActionSpec("fwd_5s", "Forward 5 s", "Playback", ("Shift+Right",)),
    ActionSpec("frame_back", "Previous Frame", "Playback", (",",)),
    ActionSpec("frame_fwd", "Next Frame", "Playback", (".",)),
    ActionSpec(
        "next_silence", "Next &Silence", "Playback", ("S",), "To the start of the next silence"
    ),
    ActionSpec("prev_silence", "Previous Silence", "Playback", ("Shift+S",)),
    ActionSpec("mark_in", "Mark &In", "Code", ("I",), "Start of the next span"),
    ActionSpec("mark_out", "Mark &Out", "Code", ("O",), "End of the next span"),
    ActionSpec("clear_marks", "Clear Marks", "Code", ("Esc",)),
    ActionSpec(
        "new_withdrawal",
        "New &Withdrawal Rupture",
        "Code",
        ("W",),
        "From the marks, or press at start and end",
    ),
    ActionSpec(
        "new_confrontation",
        "New &Confrontation Rupture",
        "Code",
        ("C",),
        "From the marks, or press at start and end",
    ),
    ActionSpec(
        "new_resolution",
        "New &Resolution Strategy",
        "Code",
        ("R",),
        "Linked to the selected or latest rupture",
    ),
    *(
        ActionSpec(f"rate_{n}", f"Significance / Resolution {n}", "Code", (f"Alt+{n}",))
        for n in range(1, 6)
    ),
    ActionSpec("next_span", "Select Next Span", "Code", ("]",)),
    ActionSpec("prev_span", "Select Previous Span", "Code", ("[",)),
    ActionSpec(
        "goto_span", "Go to Selected Span", "Code", ("Return",), "Move the video to its start"
    ),
    ActionSpec(
        "accept_suggestions",
        "Accept Suggested Segment Ratings",
        "Code",
        ("Alt+S",),
        "Rate the segment's unrated scales with the highest span rating of their kind",
    ),
    ActionSpec(
        "segment_origin",
        "Set First Segment Start at Playhead",
        "Code",
        ("Alt+0",),
        "Where the session starts: the 5-minute segments are counted from here",
    ),
    ActionSpec(
        "check_coding",
        "Check Co&ding…",
        "Code",
        ("Ctrl+Shift+K",),
        "What is still to code in this recording, each with its time",
    ),
    ActionSpec(
        "review", "&Review Mode", "Review", ("Ctrl+R",), "The list of marked moments to replay"
    ),
    ActionSpec("review_next", "&Next Moment", "Review", ("PgDown",), "Play it from its lead-in"),
    ActionSpec("review_prev", "&Previous Moment", "Review", ("PgUp",)),
    ActionSpec("review_replay", "Rep&lay Moment", "Review", ("Home",)),
    ActionSpec("review_slower", "Slower Review", "Review", ("Shift+Down",), "Down to 0.5×"),
    ActionSpec("review_faster", "Faster Review", "Review", ("Shift+Up",), "Up to 1.5×"),
    ActionSpec("review_note", "Show / Hide Note in Captions", "Review", ("Shift+N",)),
    ActionSpec(
        "review_comment",
        "Co&mment on Moment…",
        "Review",
        ("Ctrl+M",),
        "Feedback on the moment playing or selected, under your name",
    ),
    ActionSpec(
        "presentation", "Pre&sentation Mode", "Review", ("F5",), "Full screen for a shared screen"
    ),
    ActionSpec("review_clips", "Export &Clips…", "Review", (), "The listed moments as videos"),
    ActionSpec(
        "agreement",
        "Coder &Agreement…",
        "Study",
        (),
        "ICCs, kappa and alpha of the coders of a study folder, as a 3RS paper reports them",
    ),
    ActionSpec(
        "blind",
        "&Blind Coding",
        "Study",
        (),
        "Show each coder only their own spans and ratings (turning it off asks first)",
    ),
    ActionSpec(
        "compare",
        "Compare &Coders…",
        "Study",
        ("Ctrl+Shift+D",),
        "The coders' files for this recording side by side: disagreements, consensus",
    ),
    ActionSpec(
        "mark_gold",
        "Mark as &Gold Standard",
        "Study",
        (),
        "Your coding in this file is the gold standard trainees are checked against",
    ),
    ActionSpec(
        "gold_check",
        "C&heck Against Gold…",
        "Study",
        ("Ctrl+Shift+G",),
        "This file's trainee against the gold standard: pass or fail per statistic",
    ),
    ActionSpec("zoom_in", "Zoom In", "View", ("Ctrl+=", "Ctrl++")),
    ActionSpec("zoom_out", "Zoom Out", "View", ("Ctrl+-",)),
    ActionSpec("zoom_all", "Whole Session", "View", ("Ctrl+0",)),
    ActionSpec(
        "find_transcript", "&Find in Transcript", "View", ("Ctrl+F",), "Words said, hit by hit"
    ),
    ActionSpec(
        "silence_length",
        "Silence &Length…",
        "View",
        (),
        "How long a quiet stretch must last to be shaded and stepped through (3 s)",
    ),
    ActionSpec("shortcuts", "Keyboard &Shortcuts", "Help", ("?",)),
    ActionSpec("about", "&About Rupture Annotator", "Help"),
)

# Codebook keys (1..9, 0) toggle the marker or strategy with that key on the selected span.
MARKER_KEYS = tuple("1234567890")


def build_actions(
    window: QMainWindow, handlers: dict[str, Callable[[], object]]
) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Create every action of the table on the window, wired to its handler, in its menu."""
    # the texts in the user's language (resources/translations; contexts "menus", "actions")
    menus = {
        name: window.menuBar().addMenu(
            QCoreApplication.translate("menus", MENU_TITLES.get(name, f"&{name}"))
        )
        for name in MENUS
    }
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(QCoreApplication.translate("actions", spec.text), window)
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if spec.help:
            action.setStatusTip(QCoreApplication.translate("actions", spec.help))
        handler = handlers.get(spec.id)
        if handler is not None:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        window.addAction(action)
        menus[spec.menu].addAction(action)
        actions[spec.id] = action
    return actions, menus


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(menu, what, keys) for the shortcut sheet."""
    rows = [
        (
            s.menu,
            s.text.replace("&", ""),
            ", ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in s.keys
            ),
        )
        for s in ACTIONS
        if s.keys
    ]
    rows.append(("Code", "Toggle marker / strategy with that key on the selected span", "1 … 9, 0"))
    return rows
