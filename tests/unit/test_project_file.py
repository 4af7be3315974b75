"""Project files: a versioned JSON document, validated on load, saved atomically with a backup."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.domain.recording import MediaRef
from rupture_annotator.media.reference import media_ref
from rupture_annotator.storage import migrations
from rupture_annotator.storage.atomic import (
    DAILY_BACKUPS,
    SaveError,
    backup_path,
    daily_backup_path,
    daily_backups,
    write_atomic,
)
from rupture_annotator.storage.media_files import (
    find_moved,
    fingerprint,
    matches,
    rebase,
    relative_path,
    resolve_media,
)
from rupture_annotator.storage.migrations import Migration, NewerSchemaError, migrate
from rupture_annotator.storage.new_project import new_project
from rupture_annotator.storage.project_file import (
    ProjectFileError,
    as_dict,
    load_project,
    parse_project,
    project_bytes,
    save_project,
)
from tests.unit.conftest import REC, coded_project


def _edit_file(path: Path, change: Any) -> None:
    data = json.loads(path.read_bytes())
    change(data)
    path.write_text(json.dumps(data, indent=1))


def _folder(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())}


# -- round trip --------------------------------------------------------------------------------


def test_a_saved_project_loads_unchanged(tmp_path: Path) -> None:
    project = coded_project()
    path = tmp_path / "s.rupture.json"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded.model_dump() == project.model_dump()
    assert project_bytes(loaded) == path.read_bytes()  # saving again writes the same bytes
    rec = loaded.recording(REC)
    assert rec.find("s1") == project.recording(REC).find("s1")
    assert isinstance(rec.find("r1"), Rupture)


def test_the_file_is_json_with_a_schema_version_first(project_file: Path) -> None:
    raw = project_file.read_bytes()
    version = migrations.SCHEMA_VERSION
    assert raw.lstrip().startswith(b'{\n "schema_version": %d,' % version)
    data = json.loads(raw)
    assert data["saved_by"].startswith("rupture-annotator ")
    assert data["media"][0]["ruptures"][0]["start_ms"] == 10_000
    assert data["media"][0]["ruptures"][0]["created"].endswith("Z")
    assert as_dict(load_project(project_file)) == data


def test_a_loaded_project_keeps_its_embedded_codebook(project_file: Path) -> None:
    """A later edit of the shipped codebook never changes the meaning of an old project."""
    _edit_file(project_file, lambda d: d["codebook"]["markers"][1].update(label="Quiet spell"))
    loaded = load_project(project_file)
    assert loaded.codebook.markers_by_id["wd_minimal_response"].label == "Quiet spell"


def test_a_loaded_project_announces_its_edits(project_file: Path) -> None:
    loaded = load_project(project_file)
    heard: list[str] = []
    loaded.subscribe(lambda c: heard.append(c.kind))
    loaded.remove_annotation(REC, "r1")
    assert heard == ["annotation_changed", "annotation_removed"]


# -- errors name a path and a reason -----------------------------------------------------------


def test_the_first_problem_is_a_path_and_a_reason(tmp_path: Path) -> None:
    project = coded_project()
    project.add_annotation(
        REC, Rupture(id="r4", kind=RuptureKind.WITHDRAWAL, start_ms=1, end_ms=2, coder="ben")
    )
    path = tmp_path / "s.rupture.json"
    save_project(project, path)
    _edit_file(path, lambda d: d["media"][0]["ruptures"][3].update(start_ms=15000, end_ms=12000))
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    expected = "media[0].ruptures[3].end_ms: must be greater than start_ms (12000 <= 15000)"
    assert str(info.value) == f"{path}: {expected}"
    assert info.value.path == path and info.value.problem == expected


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda d: d["media"][0]["ruptures"][0].update(marker_ids=["wd_denial", "wd_x"]),
            "media[0].ruptures[0].marker_ids[1]: unknown marker 'wd_x'",
        ),
        (
            lambda d: d["media"][0]["resolutions"][1].update(rupture_id="gone"),
            "media[0].resolutions[1].rupture_id: no rupture 'gone' in this recording",
        ),
        (
            lambda d: d["media"][0]["ruptures"][2].update(id="r1"),
            "media[0].ruptures[2].id: duplicate id 'r1'",
        ),
        (
            lambda d: d["media"][0]["ruptures"][1].update(significance=7),
            "media[0].ruptures[1].significance: must be from 1 to 5 (got 7)",
        ),
        (
            lambda d: d["media"][0]["media"].update(duration_ms=20_000),
            "media[0].ruptures[0].end_ms: is past the end of the recording (25000 > 20000)",
        ),
        (
            lambda d: d.update(coders=["ana"]),
            "media[0].ruptures[2].coder: 'ben' is not one of the project's coders",
        ),
        (
            lambda d: d["media"][0]["ruptures"][0].update(start_ms="10 s"),
            "media[0].ruptures[0].start_ms: input should be a valid integer (got '10 s')",
        ),
        (
            lambda d: d["media"][0]["ruptures"][0].pop("kind"),
            "media[0].ruptures[0].kind: is missing",
        ),
        (
            lambda d: d["media"][0]["ruptures"][0].update(colour="red"),
            "media[0].ruptures[0].colour: is not a field this version knows",
        ),
        (
            lambda d: d["media"][0]["segment_ratings"][0]["values"].update({"wd_significance": 0}),
            "media[0].segment_ratings[0].values.wd_significance: must be from 1 to 5 (got 0)",
        ),
    ],
)
def test_problems_are_named_exactly(project_file: Path, change: Any, problem: str) -> None:
    _edit_file(project_file, change)
    with pytest.raises(ProjectFileError) as info:
        load_project(project_file)
    assert info.value.problem == problem


def test_a_key_from_the_file_cannot_break_the_message_over_lines(project_file: Path) -> None:
    _edit_file(
        project_file,
        lambda d: d["media"][0]["segment_ratings"][0]["values"].update({"evil\nkey": 3}),
    )
    with pytest.raises(ProjectFileError) as info:
        load_project(project_file)
    assert "\n" not in str(info.value)
    assert info.value.problem.startswith("media[0].segment_ratings[0].values['evil\\nkey']: ")


def test_ids_of_recordings_and_annotations_may_coincide(tmp_path: Path) -> None:
    """The edit operations allow it, so the file must load again."""
    project = coded_project()
    project.add_recording(MediaRef(path="second.mp4", duration_ms=1_000), "r1")
    path = tmp_path / "p.rupture.json"
    save_project(project, path)
    assert load_project(path).recording("r1").media.path == "second.mp4"


def test_parse_project_reads_bytes_without_a_file() -> None:
    raw = project_bytes(coded_project())
    assert parse_project(raw).model_dump() == coded_project().model_dump() | {
        "media": parse_project(raw).model_dump()["media"]
    }
    with pytest.raises(ProjectFileError, match=r"^<project>: is empty$"):
        parse_project(b"")


# -- schema versions and migrations ------------------------------------------------------------


def test_a_file_from_a_newer_version_is_refused_and_never_rewritten(project_file: Path) -> None:
    newer = migrations.SCHEMA_VERSION + 1
    _edit_file(project_file, lambda d: d.update(schema_version=newer))
    before = _folder(project_file.parent)
    mtime = project_file.stat().st_mtime_ns
    with pytest.raises(ProjectFileError) as info:
        load_project(project_file)
    assert info.value.problem == (
        f"was saved by a newer version of Rupture Annotator (schema {newer}; this version reads "
        f"up to {newer - 1}). Update the app to open it; the file was not changed."
    )
    assert _folder(project_file.parent) == before
    assert project_file.stat().st_mtime_ns == mtime


def test_versions_are_compared_as_numbers() -> None:
    ran: list[int] = []

    def step(d: dict[str, Any]) -> dict[str, Any]:
        ran.append(d["schema_version"])
        return d

    steps: dict[int, Migration] = dict.fromkeys(range(1, 10), step)
    assert migrate({"schema_version": 9}, current=10, migrations=steps)["schema_version"] == 10
    assert ran == [9]
    with pytest.raises(NewerSchemaError, match=r"schema 10; this version reads up to 9"):
        migrate({"schema_version": 10}, current=9, migrations=steps)


def test_migrations_run_in_order_from_any_older_version() -> None:
    ran: list[tuple[int, int]] = []

    def v1_to_v2(d: dict[str, Any]) -> dict[str, Any]:
        ran.append((1, d["schema_version"]))
        d["coders"] = d.pop("annotators")
        return d

    def v2_to_v3(d: dict[str, Any]) -> dict[str, Any]:
        ran.append((2, d["schema_version"]))
        d["coders"] = [c.title() for c in d["coders"]]
        return d

    def v3_to_v4(d: dict[str, Any]) -> dict[str, Any]:
        ran.append((3, d["schema_version"]))
        d["segment_minutes"] = 5
        return d

    # registered out of order on purpose: the version, not the dict order, decides
    steps: dict[int, Migration] = {3: v3_to_v4, 1: v1_to_v2, 2: v2_to_v3}
    out = migrate({"schema_version": 1, "annotators": ["ana"]}, current=4, migrations=steps)
    assert out == {"schema_version": 4, "coders": ["Ana"], "segment_minutes": 5}
    assert ran == [(1, 1), (2, 2), (3, 3)]
    ran.clear()
    out = migrate({"schema_version": 3, "coders": ["x"]}, current=4, migrations=steps)
    assert ran == [(3, 3)] and out["schema_version"] == 4
    ran.clear()
    same = {"schema_version": 4, "coders": []}
    assert migrate(same, current=4, migrations=steps) == same and ran == []


def test_a_version_with_no_migration_is_refused() -> None:
    with pytest.raises(ValueError, match="schema_version 1 is too old"):
        migrate({"schema_version": 1}, current=3, migrations={2: lambda d: d})


def test_loading_an_older_file_runs_the_registered_migrations(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def from_v0(d: dict[str, Any]) -> dict[str, Any]:
        d["coders"] = d.pop("raters")
        return d

    monkeypatch.setitem(migrations.MIGRATIONS, 0, from_v0)
    _edit_file(project_file, lambda d: d.update(schema_version=0, raters=d.pop("coders")))
    before = project_file.read_bytes()
    assert load_project(project_file).coders == ["ana", "ben"]
    assert project_file.read_bytes() == before  # loading never writes, not even to upgrade


def test_an_older_file_without_a_migration_is_a_clear_error(project_file: Path) -> None:
    _edit_file(project_file, lambda d: d.update(schema_version=0))
    with pytest.raises(ProjectFileError, match="could not be upgraded from schema 0"):
        load_project(project_file)


# -- atomic saves ------------------------------------------------------------------------------


def test_saving_keeps_the_previous_version_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "s.rupture.json"
    project = coded_project()
    save_project(project, path)
    first = path.read_bytes()
    assert not backup_path(path).exists()
    project.remove_annotation(REC, "r3")
    save_project(project, path)
    second = path.read_bytes()
    assert backup_path(path).name == "s.rupture.json.bak"
    assert backup_path(path).read_bytes() == first
    project.add_coder("carla")
    save_project(project, path)
    assert backup_path(path).read_bytes() == second
    assert load_project(path).coders == ["ana", "ben", "carla"]
    today = f"s.rupture.json.{date.today().isoformat()}.bak"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "s.rupture.json",
        today,
        "s.rupture.json.bak",
    ]
    assert (tmp_path / today).read_bytes() == first  # the version before the day's first save


def test_one_backup_a_day_is_kept_for_a_week(tmp_path: Path) -> None:
    path = tmp_path / "s.rupture.json"
    path.write_bytes(b"0")
    start = date(2026, 11, 1)
    for n in range(1, 11):
        day = start + timedelta(days=n)
        with mock.patch("rupture_annotator.storage.atomic.date") as fake_date:
            fake_date.today.return_value = day
            fake_date.fromisoformat = date.fromisoformat
            write_atomic(path, str(n).encode())
            write_atomic(path, f"{n}b".encode())  # a second save that day keeps the first
        assert daily_backup_path(path, day).read_bytes() == (
            b"0" if n == 1 else f"{n - 1}b".encode()
        )
    kept = daily_backups(path)
    assert len(kept) == DAILY_BACKUPS
    assert kept[0] == daily_backup_path(path, start + timedelta(days=4))
    assert kept[-1] == daily_backup_path(path, start + timedelta(days=10))
    assert backup_path(path).read_bytes() == b"10"
    assert path.read_bytes() == b"10b"


def test_a_killed_saves_temp_file_is_removed_by_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "s.rupture.json"
    write_atomic(path, b"1")
    stale = tmp_path / ".s.rupture.json.abc123.tmp"
    fresh = tmp_path / ".s.rupture.json.def456.tmp"  # maybe another save, still running
    other = tmp_path / ".other.rupture.json.abc123.tmp"
    for f in (stale, fresh, other):
        f.write_bytes(b"half a file")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    os.utime(other, (an_hour_ago, an_hour_ago))
    write_atomic(path, b"2")
    assert not stale.exists()
    assert fresh.exists() and other.exists()
    assert path.read_bytes() == b"2"


def test_write_atomic_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    write_atomic(path, b"1", backup=False)
    write_atomic(path, b"2", backup=False)
    assert _folder(tmp_path) == {"a.json": b"2"}


def test_saving_keeps_the_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / "s.rupture.json"
    save_project(coded_project(), path)
    os.chmod(path, 0o640)
    save_project(coded_project(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        save_project(coded_project(), tmp_path / "s.rupture.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "s.rupture.json").stat().st_mode) == 0o644


class _FullDisk:
    """os functions that fail with ENOSPC at one step of a save."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, step: str, target: Path) -> None:
        self.target = target
        real_fdopen, real_fsync, real_replace = os.fdopen, os.fsync, os.replace

        class FullFile:
            def __init__(self, f: Any) -> None:
                self.f = f

            def __enter__(self) -> FullFile:
                return self

            def __exit__(self, *exc: object) -> None:
                self.f.close()

            def write(self, data: bytes) -> int:
                self.f.write(data[: len(data) // 2])
                raise OSError(errno.ENOSPC, "No space left on device")

            def __getattr__(self, name: str) -> Any:
                return getattr(self.f, name)

        def fdopen(fd: int, *args: Any, **kw: Any) -> Any:
            return FullFile(real_fdopen(fd, *args, **kw))

        def fsync(fd: int) -> None:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.ENOSPC, "No space left on device")
            real_fsync(fd)

        def replace(src: Any, dst: Any) -> None:
            if Path(dst) == target:
                raise OSError(errno.ENOSPC, "No space left on device")
            real_replace(src, dst)

        fakes = {
            "write": ("fdopen", fdopen),
            "fsync": ("fsync", fsync),
            "rename": ("replace", replace),
        }
        name, fake = fakes[step]
        monkeypatch.setattr(os, name, fake)


@pytest.mark.parametrize("step", ["write", "fsync", "rename"])
def test_a_full_disk_leaves_the_old_file_byte_for_byte(
    project_file: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    save_project(coded_project(), project_file)  # so a .bak exists too
    before = project_file.read_bytes()
    bak = backup_path(project_file).read_bytes()
    project = load_project(project_file)
    project.add_coder("carla")
    _FullDisk(monkeypatch, step, project_file)
    with pytest.raises(SaveError) as info:
        save_project(project, project_file)
    monkeypatch.undo()
    assert str(info.value) == (
        "Could not save session.rupture.json: the disk is full. The file on disk is unchanged."
    )
    assert project_file.read_bytes() == before
    assert backup_path(project_file).read_bytes() in (bak, before)
    leftovers = {p.name for p in project_file.parent.iterdir()}
    today = daily_backup_path(project_file, date.today()).name
    assert leftovers - {today} == {"session.rupture.json", "session.rupture.json.bak"}


def test_saving_into_a_missing_folder_is_a_save_error(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match=r"^Could not save p.json: the folder does not exist\."):
        save_project(coded_project(), tmp_path / "gone" / "p.json")


def test_a_folder_that_refuses_fsync_still_saves(
    project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network shares refuse fsync on a folder; the new file is in place all the same."""
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    project = load_project(project_file)
    project.add_coder("carla")
    save_project(project, project_file)
    assert load_project(project_file).coders[-1] == "carla"


# -- media references --------------------------------------------------------------------------


@pytest.fixture
def study(tmp_path: Path, video: Path) -> Path:
    """A study folder: the recording in videos/, the project beside that folder."""
    folder = tmp_path / "study"
    (folder / "videos").mkdir(parents=True)
    shutil.copyfile(video, folder / "videos" / "session 01.mp4")
    project = new_project(media_ref(folder / "videos" / "session 01.mp4", folder))
    save_project(project, folder / "s.rupture.json")
    return folder


def test_media_are_referenced_relative_to_the_project(study: Path) -> None:
    ref = load_project(study / "s.rupture.json").media[0].media
    assert ref.path == "videos/session 01.mp4"
    assert ref.size == (study / "videos" / "session 01.mp4").stat().st_size
    assert ref.fingerprint == fingerprint(study / "videos" / "session 01.mp4")
    assert ref.duration_ms == 20_000 and ref.fps == 25.0


def test_a_moved_study_folder_still_finds_its_recording(study: Path, tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere" / "study"
    moved.parent.mkdir()
    study.rename(moved)
    ref = load_project(moved / "s.rupture.json").media[0].media
    found = resolve_media(ref, moved)
    assert found == moved / "videos" / "session 01.mp4" and matches(ref, found)


def test_a_different_recording_under_the_same_name_is_detected(study: Path) -> None:
    ref = load_project(study / "s.rupture.json").media[0].media
    path = study / "videos" / "session 01.mp4"
    original = path.read_bytes()
    assert matches(ref, path)
    # same name, same size, other content
    path.write_bytes(original[:-10] + bytes(10))
    assert not matches(ref, path)
    # same name, other size
    path.write_bytes(original + b"\0")
    assert not matches(ref, path)
    path.unlink()
    assert not matches(ref, path)


def test_the_fingerprint_reads_both_ends_of_a_large_file(tmp_path: Path) -> None:
    path = tmp_path / "big.mp4"
    data = bytearray(os.urandom(3 * 2**20 + 5))
    path.write_bytes(data)
    first = fingerprint(path)
    assert first.startswith("sha256-ends:") and fingerprint(path) == first
    data[-1] ^= 0xFF
    path.write_bytes(data)
    assert fingerprint(path) != first
    data[-1] ^= 0xFF
    data[0] ^= 0xFF
    path.write_bytes(data)
    assert fingerprint(path) != first


def test_find_moved_looks_beside_the_project(study: Path) -> None:
    ref = load_project(study / "s.rupture.json").media[0].media
    inside = study / "videos" / "session 01.mp4"
    assert find_moved(ref, study) is None  # not beside the project yet
    # moved next to the project, same name
    inside.rename(study / "session 01.mp4")
    assert find_moved(ref, study) == study / "session 01.mp4"
    # renamed too: found by size and fingerprint
    (study / "session 01.mp4").rename(study / "renamed.mp4")
    assert find_moved(ref, study) == study / "renamed.mp4"
    # a different recording under the old name is not taken for it
    (study / "renamed.mp4").rename(study / "kept.bin")
    (study / "session 01.mp4").write_bytes(b"another session")
    assert find_moved(ref, study) == study / "kept.bin"
    (study / "kept.bin").unlink()
    assert find_moved(ref, study) is None
    assert find_moved(ref.model_copy(update={"size": None, "fingerprint": None}), study) == (
        study / "session 01.mp4"
    )


def test_rebase_keeps_pointing_at_the_same_recording(study: Path, tmp_path: Path) -> None:
    ref = load_project(study / "s.rupture.json").media[0].media
    other = tmp_path / "exports" / "copies"
    other.mkdir(parents=True)
    rebased = rebase(ref, study, other)
    assert rebased.path == "../../study/videos/session 01.mp4"
    assert resolve_media(rebased, other) == resolve_media(ref, study)
    assert rebased.fingerprint == ref.fingerprint


def test_paths_use_forward_slashes_and_absolute_paths_stay(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert relative_path(tmp_path / "a" / "b" / "v.mp4", tmp_path) == "a/b/v.mp4"
    assert relative_path(tmp_path / "v.mp4", tmp_path / "a" / "b") == "../../v.mp4"
    absolute = MediaRef(path=str(tmp_path / "v.mp4"))
    assert resolve_media(absolute, tmp_path / "a") == tmp_path / "v.mp4"


def test_a_project_file_holds_references_only(study: Path) -> None:
    size = (study / "videos" / "session 01.mp4").stat().st_size
    assert (study / "s.rupture.json").stat().st_size < size / 10
    data = json.loads((study / "s.rupture.json").read_bytes())
    assert set(data["media"][0]["media"]) == {
        "path",
        "size",
        "fingerprint",
        "duration_ms",
        "fps",
        "width",
        "height",
        "has_video",
    }


def test_parse_and_load_agree(project_file: Path) -> None:
    assert isinstance(load_project(project_file), Project)
    assert (
        parse_project(project_file.read_bytes()).model_dump()
        == load_project(project_file).model_dump()
    )
