"""PS3.16 2024c (chunked HTML), read and parsed once for the naming tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.parse.part16 import Part16, parse_part16
from generator.readers import read_document

CHTML_PART16 = "2024c/output/chtml/part16"


@pytest.fixture(scope="session")
def part16(mirror_root: Path) -> Part16:
    """PS3.16 2024c parsed, without the pydicom comparison."""
    document = read_document(mirror_root / CHTML_PART16)
    return parse_part16(document, compare_pydicom=False)
