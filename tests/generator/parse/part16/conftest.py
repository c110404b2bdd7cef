"""PS3.16 2024c (chunked HTML), read and parsed once per test session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.parse.part16 import Part16, parse_part16
from generator.readers.model import Document

PartDocument = Callable[[str, int, str], Document]


@pytest.fixture(scope="session")
def part16_document(part_document: PartDocument) -> Document:
    """PS3.16 2024c as the chunked-HTML reader gives it (1728 pages, three missing)."""
    return part_document("2024c", 16, "chtml")


@pytest.fixture(scope="session")
def part16(part16_document: Document) -> Part16:
    """PS3.16 2024c parsed, with the pydicom comparison."""
    return parse_part16(part16_document)
