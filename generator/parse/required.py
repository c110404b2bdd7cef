"""Tables every edition has: a build that lacks one stops, naming the file to look at.

A damaged source (a page replaced by an error page, a Part cut short) otherwise
builds quietly into less: 55 SOP classes instead of 222 when ``sect_B.5.html`` was
"Service temporarily unavailable". These tables are in every edition since the
Parts took their present shape (2004):

- PS3.4 Table B.5-1, Standard SOP Classes (Annex B.5);
- PS3.6 Table A-1, UID Values (Annex A); Table 6-1, Registry of DICOM Data Elements
  (Section 6), in DocBook: the chunked HTML does not publish it, and the build
  takes it from pydicom's dictionary of the same edition instead;
- in PS3.3, the module table of every module an IOD's table names (Section A.1.3:
  the Reference column points to the module's definition).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from generator.errors import ParseError
from generator.ir.modules import IOD
from generator.readers.model import Document

REQUIRED_TABLES: dict[int, tuple[tuple[str, str], ...]] = {
    4: (("table_B.5-1", "Standard SOP Classes"),),
    6: (("table_A-1", "UID Values"),),
}
DOCBOOK_ONLY: dict[int, tuple[tuple[str, str], ...]] = {
    6: (("table_6-1", "Registry of DICOM Data Elements"),),
}


def page_of(document: Document, target: str) -> str:
    """The file that holds ``target`` (a table or section id): the Part's file, or the
    chunked HTML page named after its section (``table_B.5-1`` -> ``sect_B.5.html``).
    """
    if document.format == "docbook":
        return document.source
    label = target.split("_", 1)[-1].rsplit("-", 1)[0]
    page = f"sect_{label}.html" if "." in label else f"chapter_{label}.html"
    return str(Path(document.source) / page)


def check_required_tables(documents: Mapping[int, Document]) -> None:
    """``ParseError`` naming the file when a Part lacks a table every edition has."""
    for part, document in sorted(documents.items()):
        wanted = REQUIRED_TABLES.get(part, ())
        if document.format == "docbook":
            wanted += DOCBOOK_ONLY.get(part, ())
        for table_id, caption in wanted:
            if table_id not in document.tables:
                label = table_id.removeprefix("table_")
                raise ParseError(
                    f"{page_of(document, table_id)}: PS3.{part} {document.edition} has no "
                    f"Table {label} ({caption}), which every edition has; the file is damaged "
                    "or not the one it claims to be"
                )


def check_module_tables(document: Document, iods: Iterable[IOD]) -> None:
    """``ParseError`` when an IOD names a module whose table is not in PS3.3."""
    for iod in iods:
        for use in iod.modules:
            if use.module_table is not None and use.module_table in document.tables:
                continue
            where = use.reference or iod.table
            raise ParseError(
                f"{page_of(document, where)}: PS3.3 {document.edition} {iod.table} "
                f"({iod.name} IOD) names the {use.name} Module, whose table is not there "
                f"(linked as {use.reference or 'nothing'}); the file is damaged or missing"
            )
