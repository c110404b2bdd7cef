"""Shared base of IR records and the provenance every node carries."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """A frozen IR record that refuses unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Origin(Record):
    """Where a node came from: Part, edition, and the table or section that holds it."""

    part: int
    edition: str
    table: str | None = None
    section: str | None = None
