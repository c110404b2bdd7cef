"""PS3.3 read and parsed once per session: 2024c chunked HTML and the 2016c DocBook excerpt."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.ir.registry import DataElement
from generator.parse.part03 import Part03, parse_part03
from generator.parse.pydicom_dictionary import read_pydicom_dictionary
from generator.readers import read_document
from generator.readers.model import Document


@dataclass(frozen=True)
class Parsed:
    """A parse and how long it took (the read is timed apart)."""

    document: Document
    part: Part03
    read_seconds: float
    parse_seconds: float


@pytest.fixture(scope="session")
def dictionary() -> Mapping[str, DataElement]:
    """pydicom's 2024c copy of PS3.6 Table 6-1, by tag."""
    elements, _ = read_pydicom_dictionary("2024c")
    return {element.tag: element for element in elements}


def _parse(path: Path, dictionary: Mapping[str, DataElement]) -> Parsed:
    start = time.process_time()
    document = read_document(path)
    read = time.process_time() - start
    start = time.process_time()
    part = parse_part03(document, dictionary)
    return Parsed(document, part, read, time.process_time() - start)


@pytest.fixture(scope="session")
def ps33_2024c(mirror_root: Path, dictionary: Mapping[str, DataElement]) -> Parsed:
    """PS3.3 2024c, chunked HTML (1674 pages)."""
    return _parse(mirror_root / "2024c" / "output" / "chtml" / "part03", dictionary)


@pytest.fixture(scope="session")
def ps33_2016c(standard_root: Path, dictionary: Mapping[str, DataElement]) -> Parsed:
    """The real PS3.3 2016c DocBook, trimmed to 183 tables (CT, RT Dose, Enhanced CT/XA)."""
    return _parse(standard_root / "excerpts" / "2016c" / "part03.xml", dictionary)


@pytest.fixture(scope="session")
def part03(ps33_2024c: Parsed) -> Part03:
    """The 2024c parse."""
    return ps33_2024c.part
