"""Real Parts of the standard, each read once per test session."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from generator.readers import read_document
from generator.readers.model import Document

DOCBOOK = "{edition}/source/docbook/part{part:02d}/part{part:02d}.xml"
CHTML = "{edition}/output/chtml/part{part:02d}"


@pytest.fixture(scope="session")
def part_document(mirror_root: Path) -> Callable[[str, int, str], Document]:
    """``part_document("2015b", 6, "docbook")``: that Part, read once."""

    @cache
    def read(edition: str, part: int, fmt: str) -> Document:
        layout = DOCBOOK if fmt == "docbook" else CHTML
        return read_document(mirror_root / layout.format(edition=edition, part=part))

    return read
