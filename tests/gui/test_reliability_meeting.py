"""A lab's reliability routine end to end, from the keyboard: two coders code a generated recording
blind, each in their own folder; the compare view lists their disagreements; a consensus built
from them is exported as the coder "consensus"; a trainee checked against the gold standard
fails, corrects their file, and passes.

Projects are made with the command line (`rupture-annotator new`), as a lab sets up a study; the
coding, the comparison, the consensus and the check are keys in the app (a fake player: time
moves only when the keys move it)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from rupture_annotator.cli import main
from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.blind import CONSENSUS, StudySettings
from rupture_annotator.media.fake_player import FakePlayer, fake_media_info
from rupture_annotator.storage.project_file import load_project, save_project
from rupture_annotator.ui.main_window import MainWindow
from rupture_annotator.ui.settings import Settings
from tests.gui.conftest import Answers

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SEGMENT_MS = 5_000  # a lab codebook with 5-second segments: four in the 20 s recording


@pytest.fixture
def study(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """study/<coder>/session.mp4 (the same generated recording) and session.rupture.json, made by
    `rupture-annotator new`, blind coding on."""
    from tests.videos import make_video

    video = make_video("mp4")
    book = json.loads(Path("resources/codebooks/3rs-2015.json").read_text(encoding="utf-8"))
    book["segment_length_ms"] = SEGMENT_MS
    book["id"] = "lab-5s"
    codebook = tmp_path / "lab-5s.json"
    codebook.write_text(json.dumps(book), encoding="utf-8")
    paths = {}
    for coder in ("ana", "ben"):
        folder = tmp_path / "study" / coder
        folder.mkdir(parents=True)
        (folder / "session.mp4").symlink_to(video)
        project = folder / "session.rupture.json"
        new = ["new", str(folder / "session.mp4"), "-o", str(project), "--coder", coder]
        assert main([*new, "--codebook", str(codebook), "--field", "dyad=D01"]) == 0
        coded = load_project(project)
        coded.set_study(StudySettings(blind=True))
        save_project(coded, project)
        paths[coder] = project
    yield paths


def open_app(qtbot: QtBot, tmp_path: Path, project: Path, coder: str) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / f"{coder}.ini"), QSettings.Format.IniFormat))
    settings.set("coder/name", coder)
    video = project.with_name("session.mp4")
    player = FakePlayer(media=fake_media_info(video, duration_ms=20_000), auto_advance=False)
    window = MainWindow(player, settings)
    window.show()
    assert window.open_path(project)
    activate(qtbot, window)
    return window


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def keys(window: QWidget, *presses: object) -> None:
    """Press keys in order: a Qt.Key, a str of one key, or (key, modifiers)."""
    for press in presses:
        key, mod = press if isinstance(press, tuple) else (press, Qt.KeyboardModifier.NoModifier)
        if isinstance(key, str):
            QTest.keyClicks(window, key, mod)
        else:
            QTest.keyClick(window, key, mod)


def to(window: MainWindow, second: int) -> None:
    """Move the video with the arrow keys (1 s each) to this second."""
    now = window.player.position_ms() // 1000
    for _ in range(abs(second - now)):
        keys(window, K.Key_Right if second > now else K.Key_Left)
    assert window.player.position_ms() == second * 1000


def rupture(window: MainWindow, start: int, end: int, kind: str, marker: str, rating: int) -> None:
    to(window, start)
    keys(window, K.Key_I)
    to(window, end)
    keys(window, K.Key_O, K.Key_W if kind == "W" else K.Key_C, marker, (K.Key_1 + rating - 1, ALT))


def rate_segments(window: MainWindow) -> None:
    """Alt+S in each segment: its ratings taken from its ruptures' ratings."""
    for second in (1, 6, 11, 16):
        to(window, second)
        keys(window, (K.Key_S, ALT))


def test_blind_coding_compare_consensus_and_the_trainees_check(
    qtbot: QtBot, tmp_path: Path, study: dict[str, Path], message_boxes: Answers
) -> None:
    # -- two coders code blind ---------------------------------------------------------------
    ana = open_app(qtbot, tmp_path, study["ana"], "ana")
    assert "Blind" in ana.windowTitle()
    rupture(ana, 2, 4, "W", "2", 4)  # minimal response, significance 4
    rupture(ana, 11, 13, "W", "1", 3)  # denial
    rate_segments(ana)
    keys(ana, (K.Key_S, CTRL))
    ben = open_app(qtbot, tmp_path, study["ben"], "ben")
    rupture(ben, 2, 4, "W", "2", 2)  # the same moment, rated 2
    rupture(ben, 11, 13, "C", "1", 3)  # seen as a confrontation
    rate_segments(ben)
    keys(ben, (K.Key_S, CTRL))
    ben_before = study["ben"].read_bytes()

    # -- the reliability meeting: compare (after ana leaves blind coding) ------------------------
    activate(qtbot, ana)
    message_boxes.reply = message_boxes.reply.Yes
    keys(ana, (K.Key_D, CTRL_SHIFT))
    compare = ana.compare_window
    assert compare is not None
    whats = [(d.what, d.start_ms // 1000) for d in compare.disagreements()]
    assert ("rating", 0) in whats and ("kind", 11) in whats
    assert {w for w, _ in whats} <= {"rating", "kind", "unrated"}
    activate(qtbot, compare)
    for _ in compare.disagreements():
        keys(compare, K.Key_PageDown)
        d = compare.current()
        assert d is not None
        if d.what == "rating":
            keys(compare, K.Key_A)  # ana's rating
        elif d.what == "kind":
            keys(compare, K.Key_B)  # ben's confrontation
        else:
            keys(compare, K.Key_A)
    crec = compare.consensus_recording()
    assert [r.kind.value for r in crec.ruptures] == ["confrontation"]
    assert crec.ruptures[0].sources[0].coder == "ben"
    keys(compare, (K.Key_Z, CTRL))  # undo, redo: every step is undoable
    assert crec.ruptures == []
    keys(compare, (K.Key_Z, CTRL_SHIFT))
    keys(compare, (K.Key_S, CTRL))
    consensus_file = study["ana"].with_name(f"session-{CONSENSUS}.rupture.json")
    assert consensus_file.exists()
    compare.close()
    assert study["ben"].read_bytes() == ben_before

    # -- the consensus exports as a coder of its own ---------------------------------------------
    out = tmp_path / "study.xlsx"
    assert main(["export", str(tmp_path / "study"), "-o", str(out), "--no-plots"]) == 0
    sheet = openpyxl.load_workbook(out, read_only=True)["Ruptures"]
    rows = list(sheet.iter_rows(values_only=True))
    coder_col = rows[0].index("coder")
    assert {r[coder_col] for r in rows[1:]} == {"ana", "ben", CONSENSUS}

    # -- ana is the gold standard; ben, the trainee, is checked ----------------------------------
    activate(qtbot, ana)
    ana.actions_by_id["mark_gold"].trigger()
    keys(ana, (K.Key_S, CTRL))
    activate(qtbot, ben)
    keys(ben, (K.Key_G, CTRL_SHIFT))  # ben is blind: asked, and agrees to see the gold
    first = ben.gold_dialog
    assert first is not None and not first.passed()
    verdicts = {(r.variable, r.statistic): r.verdict for r in first.check.rows}
    assert verdicts[("withdrawal_present", "cohen_kappa")] == "FAIL"
    first.close()

    # ben corrects his file: the confrontation was a withdrawal, and the first segment's
    # withdrawal significance is 4, as ana rated it
    activate(qtbot, ben)
    to(ben, 12)
    keys(ben, K.Key_BracketLeft, K.Key_BracketRight)  # the span before the playhead: the last
    assert ben.coding is not None
    wrong = ben.coding.selected()
    assert isinstance(wrong, Rupture) and wrong.kind.value == "confrontation"
    keys(ben, K.Key_Delete)
    rupture(ben, 11, 13, "W", "1", 3)
    to(ben, 1)
    box = ben.segment_panel.boxes["wd_significance"]
    box.setFocus()
    assert box.currentData() == 2
    keys(box, K.Key_Down, K.Key_Down)  # 2 → 4
    assert box.currentData() == 4
    keys(ben, (K.Key_S, CTRL))
    keys(ben, (K.Key_G, CTRL_SHIFT))
    second = ben.gold_dialog
    assert second is not None and second.passed(), [
        (r.variable, r.statistic, r.value, r.verdict) for r in second.check.rows
    ]
    kappa = next(r for r in second.check.rows if r.variable == "withdrawal_present")
    assert kappa.value == pytest.approx(1.0) and kappa.verdict == "pass"
    for window in (ana, ben):
        window.close()
