"""2024c builds shared by the overlay and diff tests: the Parts are read once per session."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from generator.diff.index import Index, build_index
from generator.ir.standard import Standard
from generator.pipeline import BuildConfig, build_standard, read_parts
from generator.readers.model import Document

EDITION = "2024c"


@cache
def documents(mirror: Path) -> dict[int, Document]:
    """PS3.3, 3.4, 3.6 and 3.16 of 2024c (chunked HTML), as read."""
    return read_parts(BuildConfig(edition=EDITION, format="chtml", mirror=str(mirror)))


@cache
def standard(mirror: Path, overlays: tuple[str, ...]) -> Standard:
    """2024c with ``overlays`` applied (``()``: as published)."""
    config = BuildConfig(edition=EDITION, format="chtml", mirror=str(mirror), overlays=overlays)
    return build_standard(config, documents(mirror))


@cache
def index(mirror: Path, overlays: tuple[str, ...]) -> Index:
    """The build index of :func:`standard`."""
    return build_index(standard(mirror, overlays))
