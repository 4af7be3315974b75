"""A save killed at any moment leaves a project that loads: the old version or the new one.

A process saving a growing project in a loop is killed (SIGKILL: no cleanup, no flush) at
random moments, many times. After each kill the project file must load and be one of the
versions the process wrote, never older than the one before the kill.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import random
import time
from datetime import UTC, datetime
from functools import cache
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

from rupture_annotator.domain.annotations import Rupture
from rupture_annotator.domain.codebook import RuptureKind
from rupture_annotator.domain.project import Project
from rupture_annotator.storage.atomic import backup_path, daily_backups
from rupture_annotator.storage.project_file import PROJECT_SUFFIX, load_project, save_project
from tests.factories import empty_project

KILLS = 30
BATCH = 20  # ruptures added before each save
REC = "rec1"
CODED_AT = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)


def _rupture(i: int) -> Rupture:
    """The i-th rupture: the same every time, so a version is known by its count."""
    return Rupture(
        id=f"r{i:06d}",
        kind=RuptureKind.WITHDRAWAL if i % 2 else RuptureKind.CONFRONTATION,
        start_ms=(i * 997) % 3_000_000,
        end_ms=(i * 997) % 3_000_000 + 1_000 + i % 5_000,
        coder="ana",
        marker_ids=("wd_minimal_response",) if i % 2 else ("cf_control",),
        significance=1 + i % 5,
        note=f"moment {i} " + "·" * (i % 80),
        created=CODED_AT,
        modified=CODED_AT,
    )


@cache
def _expected(n: int) -> list[Rupture]:
    return _expected(n - BATCH) + [_rupture(i) for i in range(n - BATCH, n)] if n else []


def _grow(project: Project, batches: int = 1) -> None:
    n = len(project.recording(REC).ruptures)
    for i in range(n, n + batches * BATCH):
        project.add_annotation(REC, _rupture(i))


def save_growing(path: str, saves: Synchronized[int]) -> None:
    """Run in the child: add a batch, save, again, until killed."""
    project = load_project(path)
    while True:
        _grow(project)
        save_project(project, path)
        saves.value += 1


def _version_of(path: Path) -> int:
    """How many ruptures the file holds; fails unless it is exactly a version the saver wrote."""
    ruptures = load_project(path).recording(REC).ruptures
    n = len(ruptures)
    assert n % BATCH == 0, f"{path.name}: {n} ruptures is not a whole version"
    assert ruptures == _expected(n), f"{path.name}: not a saved version"
    return n


def test_a_save_killed_at_any_moment_leaves_a_loadable_project(tmp_path: Path) -> None:
    path = tmp_path / f"session{PROJECT_SUFFIX}"
    project = empty_project()
    _grow(project, batches=30)  # 600 ruptures: each save writes a few hundred KB
    save_project(project, path)

    ctx = mp.get_context("forkserver")  # a fresh process per kill, without re-importing
    ctx.set_forkserver_preload(["rupture_annotator.storage.project_file", __name__])
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    before = _version_of(path)
    first = before
    for kill in range(KILLS):
        saves = ctx.Value("i", 0, lock=False)
        child = ctx.Process(target=save_growing, args=(str(path), saves), daemon=True)
        child.start()
        time.sleep(rng.uniform(0.0, 0.12))
        child.kill()
        child.join(timeout=30)
        assert child.exitcode == -9, f"kill {kill}: the saver ended by itself ({child.exitcode})"
        where = f"kill {kill} after {saves.value} saves (seed {seed})"
        now = _version_of(path)
        assert now >= before, f"{where}: went back from {before} to {now} ruptures"
        assert now <= before + (saves.value + 1) * BATCH, f"{where}: {now} ruptures from nowhere"
        if backup_path(path).exists():
            assert _version_of(backup_path(path)) <= now, where
        before = now

    assert before > first, "the saver never finished a save: the kills proved nothing"
    projects = sorted(p.name for p in tmp_path.glob(f"*{PROJECT_SUFFIX}"))
    assert projects == [path.name], "a leftover temp file looks like a project"
    for leftover in tmp_path.iterdir():
        if leftover not in (path, backup_path(path), *daily_backups(path)):
            assert leftover.name.startswith(".") or leftover.name.endswith(".bak.tmp")
            assert leftover.name.endswith(".tmp"), leftover.name
