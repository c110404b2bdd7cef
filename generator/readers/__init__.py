"""Readers of the standard: DocBook XML and chunked HTML -> one normalized model.

``read_document(path)`` reads a DocBook file (``partNN.xml``) or a folder of
chunked HTML pages (``.../chtml/partNN``); both give a ``model.Document`` whose
tables and sections compare equal across the two formats.
"""

from __future__ import annotations

from pathlib import Path

from generator.errors import ReaderError
from generator.readers.chtml import ChtmlReader
from generator.readers.docbook import DocBookReader
from generator.readers.model import (
    Block,
    Cell,
    Document,
    ItemizedList,
    ListEntry,
    Paragraph,
    Row,
    Section,
    Table,
    TableRef,
    VariableList,
    XRef,
)

__all__ = [
    "Block",
    "Cell",
    "ChtmlReader",
    "DocBookReader",
    "Document",
    "ItemizedList",
    "ListEntry",
    "Paragraph",
    "Row",
    "Section",
    "Table",
    "TableRef",
    "VariableList",
    "XRef",
    "read_document",
]


def read_document(path: Path, part: int | None = None, edition: str | None = None) -> Document:
    """Read a Part from a DocBook file or a folder of chunked HTML pages.

    ``part`` and ``edition``, when given, must match what the source holds.
    """
    path = Path(path)
    if path.is_file():
        return DocBookReader(part, edition).read(path)
    if path.is_dir():
        return ChtmlReader(part, edition).read(path)
    msg = f"{path}: neither a DocBook file nor a folder of chunked HTML pages"
    raise ReaderError(msg)
