"""The command line: validate project files, create a project for a recording, probe media."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rupture_annotator.cli import main
from rupture_annotator.storage.codebooks import CODEBOOK_DIR
from rupture_annotator.storage.media_files import fingerprint, matches, resolve_media
from rupture_annotator.storage.project_file import load_project

EXE = Path(sys.executable).with_name("rupture-annotator")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def session(tmp_path: Path, video: Path) -> Path:
    """A recording in a fresh folder, so a project can be made beside it."""
    path = tmp_path / "session 07.mp4"
    shutil.copyfile(video, path)
    return path


@pytest.fixture
def not_a_video(tmp_path: Path) -> Path:
    path = tmp_path / "notes.mp4"
    path.write_text("Session 7 notes: patient arrived late, talked about work.\n" * 20)
    return path


# -- validate ----------------------------------------------------------------------------------


def test_validate_says_ok_for_a_good_file(
    project_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(project_file)]) == 0
    assert capsys.readouterr().out == f"OK  {project_file}\n"


def test_validate_names_each_bad_file_and_fails(
    project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.rupture.json"
    broken.write_text(project_file.read_text().replace('"end_ms": 25000', '"end_ms": 5000'))
    missing = tmp_path / "missing.rupture.json"
    assert main(["validate", str(project_file), str(broken), str(missing), str(tmp_path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"OK  {project_file}",
        f"{broken}: media[0].ruptures[0].end_ms: must be greater than start_ms (5000 <= 10000)",
        f"{missing}: no such file",
        f"{tmp_path}: is a folder, not a project file",
    ]


def test_validate_reads_what_it_cannot_reach_without_a_traceback(
    project_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inside_a_file = project_file / "x.rupture.json"
    too_long = project_file.parent / ("x" * 300 + ".rupture.json")
    assert main(["validate", str(inside_a_file), str(too_long)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{inside_a_file}: cannot be read")
    assert lines[1].startswith(f"{too_long}: cannot be read")


def test_the_installed_command_exits_with_the_status(project_file: Path, tmp_path: Path) -> None:
    ok = _run("validate", str(project_file))
    assert (ok.returncode, ok.stdout, ok.stderr) == (0, f"OK  {project_file}\n", "")
    empty = tmp_path / "empty.rupture.json"
    empty.write_bytes(b"")
    bad = subprocess.run(
        [sys.executable, "-m", "rupture_annotator", "validate", str(project_file), str(empty)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1 and bad.stderr == ""
    assert bad.stdout == f"OK  {project_file}\n{empty}: is empty\n"


# -- new ---------------------------------------------------------------------------------------


def test_new_creates_a_project_beside_the_recording(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(session), "--codebook", "3rs-2022", "--coder", "ana"]) == 0
    created = session.with_name("session 07.rupture.json")
    out = capsys.readouterr().out
    assert out == f"Created {created} for session 07.mp4 (20.0 s, 25.000 fps).\n"
    project = load_project(created)
    assert project.codebook.id == "3rs-2022"
    assert project.coders == ["ana"]
    media = project.media[0].media
    assert media.path == "session 07.mp4"
    assert media.duration_ms == 20_000 and media.fps == 25.0
    assert (media.width, media.height, media.has_video) == (320, 180, True)
    assert media.size == session.stat().st_size and media.fingerprint == fingerprint(session)
    assert matches(media, resolve_media(media, created.parent))
    assert main(["validate", str(created)]) == 0


def test_new_with_an_output_path_and_the_default_codebook(session: Path, tmp_path: Path) -> None:
    out = tmp_path / "projects" / "p.rupture.json"
    out.parent.mkdir()
    assert main(["new", str(session), "-o", str(out)]) == 0
    project = load_project(out)
    assert project.codebook.id == "3rs-2015" and project.coders == []
    assert project.media[0].media.path == "../session 07.mp4"


def test_new_with_relative_paths(
    session: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "projects").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["new", session.name, "-o", "projects/p.rupture.json"]) == 0
    ref = load_project(tmp_path / "projects" / "p.rupture.json").media[0].media
    assert ref.path == "../session 07.mp4"
    assert main(["new", session.name]) == 0
    assert load_project(tmp_path / "session 07.rupture.json").media[0].media.path == session.name


def test_new_into_a_missing_folder_is_a_clear_error(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(session), "-o", str(tmp_path / "nope" / "p.rupture.json")]) == 1
    assert capsys.readouterr().err == (
        "Could not save p.rupture.json: the folder does not exist. The file on disk is unchanged.\n"
    )


def test_new_with_a_codebook_file(session: Path, tmp_path: Path) -> None:
    data = json.loads((CODEBOOK_DIR / "3rs-2015.json").read_text())
    data["id"] = "lab-1min"
    data["segment_length_ms"] = 60_000
    book = tmp_path / "lab.json"
    book.write_text(json.dumps(data))
    out = tmp_path / "p.rupture.json"
    assert main(["new", str(session), "-o", str(out), "--codebook", str(book)]) == 0
    assert load_project(out).codebook.segment_length_ms == 60_000


def test_new_never_overwrites_without_force(
    session: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(session)]) == 0
    created = session.with_name("session 07.rupture.json")
    before = created.read_bytes()
    capsys.readouterr()
    assert main(["new", str(session), "--coder", "ben"]) == 1
    assert capsys.readouterr().err == f"{created}: already exists (use --force to replace it).\n"
    assert created.read_bytes() == before
    assert main(["new", str(session), "--coder", "ben", "--force"]) == 0
    assert load_project(created).coders == ["ben"]


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--codebook", "3rs-1999"], "No codebook named '3rs-1999' (shipped: 3rs-2015, 3rs-2022"),
        (["--coder", "   "], "A coder needs a name."),
    ],
)
def test_new_refuses_bad_options_clearly(
    session: Path, capsys: pytest.CaptureFixture[str], args: list[str], error: str
) -> None:
    assert main(["new", str(session), *args]) == 1
    err = capsys.readouterr().err
    assert error in err and len(err.splitlines()) == 1
    assert not session.with_name("session 07.rupture.json").exists()


def test_new_refuses_a_file_that_is_not_a_video(
    not_a_video: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(not_a_video)]) == 1
    assert capsys.readouterr().err == (
        f"{not_a_video}: not a video or audio file that can be played.\n"
    )
    assert sorted(p.name for p in not_a_video.parent.iterdir()) == ["notes.mp4"]


def test_new_refuses_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "gone.mp4"
    assert main(["new", str(missing)]) == 1
    assert capsys.readouterr().err == f"{missing}: no such file.\n"
    assert list(tmp_path.iterdir()) == []


def test_the_installed_command_creates_and_refuses(session: Path, not_a_video: Path) -> None:
    made = _run("new", str(session), "--coder", "ana")
    assert made.returncode == 0 and made.stderr == ""
    assert made.stdout.startswith("Created ")
    refused = _run("new", str(not_a_video))
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == f"{not_a_video}: not a video or audio file that can be played.\n"


# -- probe -------------------------------------------------------------------------------------


def test_probe_prints_duration_and_frame_rate(
    video: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["probe", str(video)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == str(video)
    assert "  duration     20.000 s" in lines
    assert "  video        320x180 h264, 25.000 fps" in lines
    assert "  audio        yes" in lines


def test_probe_reports_what_is_not_a_recording(
    video: Path, not_a_video: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["probe", str(video), str(not_a_video)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(str(video))
    assert captured.err == f"{not_a_video}: not a video or audio file that can be played.\n"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("rupture-annotator ")
