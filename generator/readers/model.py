"""The normalized document model that both readers (DocBook, chunked HTML) produce.

Every parser of a Part is written once against this model. Values are frozen
dataclasses so that two readers' outputs compare with ``==``: on PS3.15 2024c the
DocBook and the chunked-HTML readers produce equal ``Table`` and ``Section``
objects for every table and section of the Part (``tests/generator/readers``).

Text normalization (identical in both readers, see ``generator.readers.text``):

- whitespace runs (including no-break spaces) collapse to one space and are
  stripped at both ends; zero-width spaces (U+200B, used by the publisher as
  line-break hints inside keywords and UIDs) are removed;
- a *paragraph* is a ``para`` (HTML ``p``), or inline text standing directly in a
  cell, list item or definition, or the title of a list, or a term of a variable
  list; empty paragraphs are dropped;
- the generated "Note" heading of a note is not text, nor are figures, media,
  program listings, equations, footnotes and bibliography entries;
- a cross reference contributes text as follows (``XRef`` says which target):

  * a same-Part generated reference (DocBook ``xref``; HTML ``a.xref``) reads as
    the publisher renders it: the HTML page's own link text, and in DocBook its
    ``xrefstyle`` rendered from the target's label and title the way the DICOM
    stylesheets do (``text.styled_text``): ``Section C.8.8.13`` (no style or
    ``select: label``), ``RT Fraction Scheme Module`` (``select: title``),
    ``C.8.8.13`` (``select: labelnumber``), ``Table 10-11 “SOP Instance
    Reference Macro Attributes”`` (``select: label quotedtitle``), ``6`` for an
    item of a numbered list (a note); ``Annex A``, ``Figure A-1``, ``[RFC
    5424]`` as before. On PS3.15 2024c both readers agree on every such link;
  * a reference into another Part (``olink`` to a document, chapter, section,
    table, figure, glossary or bibliography entry) is rendered canonically from
    its target's id, never from the publisher's rendering, which needs the
    other Part's titles that the DocBook does not hold: ``Table 6-1 in PS3.6``,
    ``CID 4410 in PS3.16``, ``PS3.6`` (the HTML shows ``CID 4410 “...”``; it is
    kept, outside equality, in ``XRef.shown``);
  * any other link (DocBook ``link``, ``olink`` to a code such as ``DCM_110180``;
    HTML ``a.link``) renders as its own content, e.g.
    ``(110180, DCM, "Study Instance UID")``, or as its URL when empty;
- a DocBook ``quote`` renders in curly quotes, as the HTML shows it; a glossary
  term with an acronym renders ``Term (ACR)``, as the HTML shows it;
- the HTML gives labels only inside rendered text: a heading
  "C.7.1.1 Patient Module" is split into label and title (a leading token with a
  digit, or the label implied by the id such as ``CID 4410`` or ``A``), a table
  title "Table C.7-1. Caption" into label and caption.

Where a DocBook file and its chunked HTML could not agree, the model holds only
what both give; what only one gives is outside ``==`` (``XRef.shown``) or
absent (figures, equations, program listings, bibliography entries).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SourceFormat = Literal["docbook", "chtml"]


@dataclass(frozen=True, slots=True)
class XRef:
    """A cross reference: the id it targets and the label of that target.

    ``target`` is the id as published (``table_C.7-1``, ``sect_C.7.1.1``,
    ``sect_CID_4410``, ``biblio_RFC5424``, ``DCM_110180``), or the document name
    (``PS3.6``) for a link to a whole Part.

    ``label`` is the bare label of the target as the reader can determine it:
    for a target in the same Part that is a section, table or figure, its label
    (``C.7-1``, ``C.7.1.1``, ``CID 4410``; ``""`` for an unlabelled section such
    as the Foreword); for a bibliography entry, its abbreviation (``RFC 5424``).
    For any other target, and for every target in another Part, the label is
    derived from the id alone: the kind prefix (``table_``, ``sect_``,
    ``chapter_``, ``figure_``, ``biblio_``, ``glossentry_``...) is removed and
    ``_`` becomes a space (``sect_CID_400`` -> ``CID 400``, ``table_6-1`` ->
    ``6-1``); an id without a known kind prefix is its own label
    (``DCM_110180``, ``PS3.6``).

    ``document`` is ``None`` for a target in the same Part, else the other
    document's name as published (``"PS3.6"`` for an olink into Part 6).
    External hyperlinks (URLs) are not cross references and are not recorded.

    ``shown`` is the link's text as the source shows it, whitespace normalized,
    or ``None`` when the source has none: the chunked HTML shows the publisher's
    rendering (``Table 10-18 “Issuer of Patient ID Macro Attributes”``, the name
    of a context group in PS3.6 Table A-3); the DocBook holds what the author
    wrote inside the element (``(110180, DCM, "Study Instance UID")``), the
    rendering of a same-Part ``xref`` (as above), and nothing for an empty
    ``olink``. Because the formats
    differ here by nature, ``shown`` is excluded from ``==`` and hashing.
    """

    target: str
    label: str
    document: str | None = None
    shown: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One entry of a variable list: its term and the paragraphs defining it.

    Several terms of one entry are joined with ``", "``. ``definition`` holds the
    non-empty paragraphs of the definition (``()`` for an empty ``<para/>``).
    ``xrefs`` are those of the term and the definition, in document order.
    """

    term: str
    definition: tuple[str, ...]
    xrefs: tuple[XRef, ...] = ()


@dataclass(frozen=True, slots=True)
class VariableList:
    """A ``variablelist``: titled ("Defined Terms:") term/definition pairs.

    A run of glossary entries (DocBook ``glossentry``, HTML ``dl`` of a glossary)
    is also a ``VariableList``, with ``title`` ``None``. ``note`` is true when the
    list stands inside a note (informative text).
    """

    title: str | None
    entries: tuple[ListEntry, ...]
    note: bool = False


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell after rowspan/colspan expansion.

    A cell spanning several rows or columns is repeated, equal, in every
    position it covers, so that a row is a plain tuple of cells.

    ``paragraphs`` are the cell's non-empty paragraphs in document order,
    including those inside notes, list items and variable lists (list titles
    and terms count as paragraphs); ``text`` is them joined by a newline.
    ``items`` are the items of the cell's itemized and ordered lists, each its
    paragraphs joined by a newline. ``variablelists`` are the variable lists of
    the cell ("Enumerated Values:", "Defined Terms:"). ``xrefs`` are all cross
    references in document order; ``italics`` the text of each italic run
    (DocBook ``emphasis role="italic"``, HTML ``span.italic``), as in an
    ``Include Table 10-18`` row. A table nested in a cell is a table of its own
    and contributes nothing to the cell.
    """

    text: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    xrefs: tuple[XRef, ...] = ()
    italics: tuple[str, ...] = ()
    variablelists: tuple[VariableList, ...] = ()


Row = tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table found by its id (``table_C.7-1``).

    ``label`` is the bare label, as DocBook's ``label`` attribute (``"C.7-1"``,
    ``"CID 4410"``); the HTML shows it as "Table C.7-1. Caption". ``caption`` is
    the caption without label. ``section_id`` is the innermost section holding
    the table. ``header`` holds the ``thead`` rows, ``rows`` the body rows.

    An ``informaltable`` without an id gets the synthetic id
    ``informaltable:<section id>:<n>`` (``n`` counts such tables in the section
    from 1, in document order) and empty label and caption.
    """

    id: str
    label: str
    caption: str
    section_id: str | None
    header: tuple[Row, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of running text in a section; ``note`` if inside a note."""

    text: str
    xrefs: tuple[XRef, ...] = ()
    note: bool = False


@dataclass(frozen=True, slots=True)
class ItemizedList:
    """An ``itemizedlist`` or ``orderedlist``: its items as text.

    Each item is its paragraphs joined by a newline (a nested list's items are
    part of the item's text). ``xrefs`` are those of all items in order.
    """

    items: tuple[str, ...]
    title: str | None = None
    ordered: bool = False
    xrefs: tuple[XRef, ...] = ()
    note: bool = False


@dataclass(frozen=True, slots=True)
class TableRef:
    """Marks where a table stands among a section's blocks.

    A table nested in a list or a variable list is marked right after that list.
    """

    table_id: str


Block = Paragraph | VariableList | ItemizedList | TableRef


@dataclass(frozen=True, slots=True)
class Section:
    """A section (chapter, appendix, section, glossary division) with its own blocks.

    ``label`` is the bare label (``"C.7.1.1"``, ``"A"``, ``"CID 4410"``; ``""``
    for the Foreword or an unlabelled section), ``title`` the title without it.
    ``parent_id`` is the enclosing section (``None`` for a chapter or annex); in
    a chunked-HTML folder with missing pages it may name a section that is not in
    ``Document.sections`` (see ``Document.missing``).

    ``blocks`` holds the section's direct content in document order, not
    that of its subsections. Figures, program listings, equations and
    bibliographies are not represented.
    """

    id: str
    label: str
    title: str
    parent_id: str | None
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """One Part of one edition, as read from one format.

    ``sections`` and ``tables`` are in document order. ``missing`` names what the
    source refers to but does not hold: for a chunked-HTML folder, the pages
    (``chapter_D.html``) that navigation links or parent links point to and that
    are absent from the folder; always ``()`` for DocBook.
    """

    part: int
    edition: str
    format: SourceFormat
    source: str
    sections: dict[str, Section] = field(default_factory=dict)
    tables: dict[str, Table] = field(default_factory=dict)
    missing: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """The Part's name as published: ``"PS3.15"``."""
        return f"PS3.{self.part}"

    def table(self, table_id: str) -> Table:
        """The table with this id, or a ``KeyError`` naming the Part and edition."""
        try:
            return self.tables[table_id]
        except KeyError:
            msg = f"PS3.{self.part} {self.edition} ({self.format}): no table {table_id!r}"
            raise KeyError(msg) from None

    def section(self, section_id: str) -> Section:
        """The section with this id, or a ``KeyError`` naming the Part and edition."""
        try:
            return self.sections[section_id]
        except KeyError:
            msg = f"PS3.{self.part} {self.edition} ({self.format}): no section {section_id!r}"
            raise KeyError(msg) from None

    def children(self, section_id: str | None) -> list[Section]:
        """The sections whose parent is ``section_id`` (``None``: the top level)."""
        return [s for s in self.sections.values() if s.parent_id == section_id]
