"""Ordered migrations of project files from older schema versions to the current one.

A migration takes the parsed JSON of version N and returns version N+1. They run in order, so a
file from any older version reaches the current one. Versions are integers, compared as numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 3

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# from-version -> migration to from-version + 1
MIGRATIONS: dict[int, Migration] = {}


def migration(from_version: int) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        MIGRATIONS[from_version] = fn
        return fn

    return register


class NewerSchemaError(ValueError):
    pass


def migrate(
    data: dict[str, Any],
    current: int = SCHEMA_VERSION,
    migrations: dict[int, Migration] | None = None,
) -> dict[str, Any]:
    """Bring parsed project data up to the current schema, or refuse a newer one."""
    steps = MIGRATIONS if migrations is None else migrations
    version = data["schema_version"]
    if version > current:
        raise NewerSchemaError(
            f"was saved by a newer version of Rupture Annotator (schema {version}; this version "
            f"reads up to {current}). Update the app to open it; the file was not changed."
        )
    while version < current:
        step = steps.get(version)
        if step is None:
            raise ValueError(f"schema_version {version} is too old to read (no migration from it)")
        data = step(data)
        version += 1
        data["schema_version"] = version
    return data


@migration(1)
def _session_details(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 adds session details: custom field definitions at the top, and per recording
    the dyad, therapist, session number, date, condition and phase (all empty at first)."""
    upgraded: dict[str, Any] = {}
    for key, value in data.items():
        upgraded[key] = value
        if key == "coders":
            upgraded["session_fields"] = []
            upgraded["required_session_fields"] = ["dyad", "session_number"]
    upgraded.setdefault("session_fields", [])
    upgraded.setdefault("required_session_fields", ["dyad", "session_number"])
    media = upgraded.get("media")
    if isinstance(media, list):
        for rec in media:
            if isinstance(rec, dict):
                rec.setdefault("session", {})
    return upgraded


@migration(2)
def _comments_and_reels(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 adds comments on annotations and saved reels; both are empty when absent, so a
    schema 2 file needs no change beyond its version."""
    return data
