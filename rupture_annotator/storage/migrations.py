"""Ordered migrations of project files from older schema versions to the current one.

A migration takes the parsed JSON of version N and returns version N+1. They run in order, so a
file from any older version reaches the current one. Versions are integers, compared as numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 7
NOTES_KEY = "__migration_notes__"  # what a step had to change, said to the user

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
    notes: list[str] | None = None,
) -> dict[str, Any]:
    """Bring parsed project data up to the current schema, or refuse a newer one.

    A step that must change what was coded (not only its shape) says so in notes, one sentence
    each with the path it changed: nothing is changed silently.
    """
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
        said = data.pop(NOTES_KEY, [])
        if notes is not None:
            notes.extend(said)
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


# The kind (and actor) of the shipped codebooks' segment ratings, for codebooks embedded in older
# files: the segment panel's suggestion and Check Coding need to know which kind each one rates.
_SEGMENT_SCALE_KINDS = {
    "wd_significance": ("withdrawal", None),
    "cf_significance": ("confrontation", None),
    "WD_P": ("withdrawal", "patient"),
    "WD_T": ("withdrawal", "therapist"),
    "CF_P": ("confrontation", "patient"),
    "CF_T": ("confrontation", "therapist"),
}


@migration(3)
def _same_coder_links(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 4: a strategy answers a rupture of the same coder (coders are compared, never
    mixed), recordings may start their segment grid later (segment_origin_ms, 0 here), the
    codebook says which kind each segment rating rates, and a 3RS v2022 codebook declares its
    actors (patient, therapist; the ruptures coded before are the patient's). A strategy linked
    to another coder's rupture is unlinked. Each change to the coding is named in a note."""
    notes: list[str] = []
    codebook = data.get("codebook")
    if isinstance(codebook, dict):
        for scale in codebook.get("scales") or []:
            if isinstance(scale, dict) and scale.get("target") == "segment":
                kind, actor = _SEGMENT_SCALE_KINDS.get(str(scale.get("id")), (None, None))
                if kind is not None and "kind" not in scale:
                    scale["kind"] = kind
                    if actor is not None:
                        scale.setdefault("actor", actor)
    declares_actors = False
    if (
        isinstance(codebook, dict)
        and codebook.get("id") == "3rs-2022"
        and not codebook.get("actors")
    ):
        # 3RS v2022 rates the patient's and the therapist's moving away/against apart; ruptures
        # coded before actors existed were the patient's
        codebook["actors"] = [dict(a) for a in _V2022_ACTORS]
        declares_actors = True
    moved = 0
    for m, rec in enumerate(data.get("media") or []):
        if not isinstance(rec, dict):
            continue
        if declares_actors:
            for rupture in rec.get("ruptures") or []:
                if isinstance(rupture, dict) and rupture.get("actor") is None:
                    rupture["actor"] = "patient"
                    moved += 1
        coder_of = {
            r.get("id"): r.get("coder") for r in rec.get("ruptures") or [] if isinstance(r, dict)
        }
        for i, strategy in enumerate(rec.get("resolutions") or []):
            if not isinstance(strategy, dict):
                continue
            target = strategy.get("rupture_id")
            other = coder_of.get(target)
            if target is not None and other is not None and other != strategy.get("coder"):
                strategy["rupture_id"] = None
                notes.append(
                    f"media[{m}].resolutions[{i}].rupture_id: {strategy.get('coder')!r}'s "
                    f"strategy was linked to {other!r}'s rupture {target!r} and is now unlinked "
                    "(a strategy answers a rupture of the same coder)."
                )
    if moved:
        notes.append(
            f"codebook.actors: 3RS v2022 codes the patient's and the therapist's ruptures apart; "
            f"the {moved} ruptures coded before that are now the patient's (press A on a rupture "
            "to make it the therapist's)."
        )
    if notes:
        data[NOTES_KEY] = notes
    return data


@migration(4)
def _study_settings(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 5 adds the study settings (blind coding, the gold standard, pass thresholds; off
    and empty here) and, on spans, the coders' spans a consensus span was agreed from (none
    here). Nothing coded changes."""
    data.setdefault("study", {})
    return data


@migration(5)
def _transcripts(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 6 lets a recording reference its transcript (path, fingerprint, format, ELAN
    tier, which speaker is the patient or the therapist); older recordings have none. Nothing
    coded changes."""
    for rec in data.get("media") or []:
        if isinstance(rec, dict):
            rec.setdefault("transcript", None)
    return data


@migration(6)
def _codebook_languages(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 7: a codebook's labels may be given in other languages too (`labels`,
    `definitions`, a scale's `anchor_labels`, the codebook's own `language`), and a marker or
    strategy taken out of the codebook while spans still carry it stays in it, `retired`. An
    older codebook has neither: English labels, nothing retired. Nothing coded changes."""
    return data


_V2022_ACTORS = ({"id": "patient", "label": "Patient"}, {"id": "therapist", "label": "Therapist"})
