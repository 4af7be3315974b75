"""What coders mark: rupture and resolution-strategy spans, and their ratings. Times in int ms."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from rupture_annotator.domain.codebook import RuptureKind

Ms = Annotated[int, Field(ge=0, le=100 * 3600 * 1000)]  # 100 hours is beyond any session
Rating = Annotated[int, Field(ge=1, le=9)]  # the codebook's scale narrows this (checks.py)
Ident = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$")]
CoderName = Annotated[str, Field(min_length=1, max_length=100)]


def new_id() -> str:
    return uuid.uuid4().hex[:12]


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class _Value(BaseModel):
    """An immutable value: edits make a new one (see Project), so undo can keep the old."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def with_changes(self, **changes: Any) -> Self:
        """A validated copy with some fields changed."""
        return self.model_validate({**self.model_dump(), **changes})


class Comment(_Value):
    """Feedback on a marked moment, written while reviewing it (e.g. a supervisor's)."""

    id: Ident = Field(default_factory=new_id)
    author: CoderName
    created: datetime = Field(default_factory=now)
    text: str = Field(min_length=1, max_length=20_000)


class Source(_Value):
    """Where a consensus span came from: one coder's span, named by coder and span id."""

    coder: CoderName
    span_id: Ident


class Span(_Value):
    id: Ident = Field(default_factory=new_id)
    start_ms: Ms
    end_ms: Ms
    coder: CoderName
    note: str = Field(default="", max_length=20_000)
    created: datetime = Field(default_factory=now)
    modified: datetime = Field(default_factory=now)
    comments: tuple[Comment, ...] = ()
    # a consensus span: the coders' spans it was agreed from (empty for a coder's own span)
    sources: tuple[Source, ...] = ()

    @field_validator("end_ms")
    @classmethod
    def _after_start(cls, end: int, info: ValidationInfo) -> int:
        start = info.data.get("start_ms")
        if start is not None and end <= start:
            raise PydanticCustomError(
                "span_order",
                "must be greater than start_ms ({end} <= {start})",
                {"end": end, "start": start},
            )
        return end

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms

    def overlaps(self, start_ms: int, end_ms: int) -> bool:
        return self.start_ms < end_ms and start_ms < self.end_ms


class Rupture(Span):
    """A span in which the collaboration breaks down: the patient moves away or against."""

    kind: RuptureKind
    marker_ids: tuple[str, ...] = ()
    significance: Rating | None = None
    # whose moving away/against it is, when the codebook declares actors (e.g. "therapist")
    actor: str | None = Field(default=None, pattern=r"^[A-Za-z][A-Za-z0-9_]*$", max_length=30)


class ResolutionStrategy(Span):
    """A span in which the therapist works to repair a rupture (linked by rupture_id)."""

    strategy_ids: tuple[str, ...] = ()
    rupture_id: str | None = None
    resolution: Rating | None = None


class SegmentRating(_Value):
    """One coder's ratings of one segment of the session (e.g. 3RS significance per 5 minutes)."""

    segment_index: int = Field(ge=0)
    coder: CoderName
    values: dict[str, int] = Field(default_factory=dict)


class SessionRating(_Value):
    """One coder's global ratings of the whole session."""

    coder: CoderName
    values: dict[str, int] = Field(default_factory=dict)


Annotation = Rupture | ResolutionStrategy
