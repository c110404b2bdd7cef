"""The normalized document model that both readers (DocBook, chunked HTML) produce.

Every parser of a Part is written once against this model. Values are frozen
dataclasses so that two readers' outputs compare with ``==``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SourceFormat = Literal["docbook", "chtml"]


@dataclass(frozen=True, slots=True)
class XRef:
    """A cross reference: the id it targets and the label it shows.

    ``document`` is ``None`` for a target in the same Part, else the other
    document's name as published (``"PS3.6"`` for an olink into Part 6).
    """

    target: str
    label: str
    document: str | None = None


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell after rowspan/colspan expansion.

    ``text`` is the whole cell with whitespace normalized and paragraphs joined
    by a newline; ``paragraphs`` and ``items`` keep them apart.
    """

    text: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    xrefs: tuple[XRef, ...] = ()
    italics: tuple[str, ...] = ()


Row = tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table found by its id (``table_C.7-1``)."""

    id: str
    label: str
    caption: str
    section_id: str | None
    header: tuple[Row, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of running text in a section."""

    text: str
    xrefs: tuple[XRef, ...] = ()


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One entry of a variable list: its term and the paragraphs defining it."""

    term: str
    definition: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VariableList:
    """A ``variablelist``: titled ("Defined Terms:") term/definition pairs."""

    title: str | None
    entries: tuple[ListEntry, ...]


@dataclass(frozen=True, slots=True)
class ItemizedList:
    """An ``itemizedlist`` or ``orderedlist``: its items as text."""

    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TableRef:
    """Marks where a table stands among a section's blocks."""

    table_id: str


Block = Paragraph | VariableList | ItemizedList | TableRef


@dataclass(frozen=True, slots=True)
class Section:
    """A section (chapter, appendix, sect1..sect5) with its own blocks.

    ``blocks`` holds the section's direct content in document order, not
    that of its subsections.
    """

    id: str
    label: str
    title: str
    parent_id: str | None
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """One Part of one edition, as read from one format."""

    part: int
    edition: str
    format: SourceFormat
    source: str
    sections: dict[str, Section] = field(default_factory=dict)
    tables: dict[str, Table] = field(default_factory=dict)

    def table(self, table_id: str) -> Table:
        """The table with this id, or a ``KeyError`` naming the Part and edition."""
        try:
            return self.tables[table_id]
        except KeyError:
            msg = f"PS3.{self.part} {self.edition} ({self.format}): no table {table_id!r}"
            raise KeyError(msg) from None
