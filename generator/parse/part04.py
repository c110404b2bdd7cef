"""PS3.4: SOP classes and the PS3.3 IOD that defines each of them.

Every table whose header names a "SOP Class Name" and a "SOP Class UID" is read;
Table B.5-1 (Standard SOP Classes) and the other storage tables carry an "IOD
Specification" column whose link points into PS3.3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.errors import ParseError
from generator.ir.base import Origin
from generator.ir.registry import SOPClass
from generator.parse.columns import cell_text, clean, column_map, optional_column
from generator.readers.model import Cell, Document, Table

SOP_CLASS_COLUMNS = {"name": ("SOP Class Name",), "uid": ("SOP Class UID",)}
IOD_SPELLINGS = ("IOD Specification (defined in PS3.3)", "IOD Specification")
STANDARD_SOP_CLASSES = "table_B.5-1"

_UID = re.compile(r"^[0-9]+(\.[0-9]+)+$")


@dataclass(slots=True)
class Part04:
    """SOP classes by UID, and what the build should report."""

    sop_classes: tuple[SOPClass, ...]
    report: list[str] = field(default_factory=list)


def _headers(table: Table) -> set[str]:
    return {clean(cell.text).lower() for row in table.header for cell in row}


def _is_sop_class_table(table: Table) -> bool:
    headers = _headers(table)
    return "sop class name" in headers and "sop class uid" in headers


def _iod_link(cell: Cell) -> tuple[str | None, str | None]:
    """The IOD's PS3.3 section id (without a fragment) and its shown name."""
    for xref in cell.xrefs:
        if xref.document in (None, "PS3.3") and xref.target.startswith("sect_"):
            return xref.target, clean(xref.shown or "") or None
    return None, clean(cell.text) or None


def parse_sop_classes(document: Document) -> Part04:
    """Every SOP class named in a SOP class table of PS3.4, sorted by UID."""
    found: dict[str, SOPClass] = {}
    report: list[str] = []
    standard = document.tables.get(STANDARD_SOP_CLASSES)
    if standard is not None and not _is_sop_class_table(standard):
        column_map(standard, SOP_CLASS_COLUMNS, where=f"PS3.4 {document.edition}")
    for table in document.tables.values():
        if not _is_sop_class_table(table):
            continue
        where = f"PS3.4 {document.edition}"
        columns = column_map(table, SOP_CLASS_COLUMNS, where=where)
        iod_column = optional_column(table, "iod", IOD_SPELLINGS, where=where)
        specialization_column = optional_column(
            table, "specialization", ("Specialization",), where=where
        )
        origin = Origin(part=4, edition=document.edition, table=table.id, section=table.section_id)
        for number, row in enumerate(table.rows, start=1):
            uid = cell_text(row, columns["uid"])
            if not _UID.match(uid):
                raise ParseError(
                    f"{where} {table.id} row {number}: SOP Class UID {uid!r} is not a UID"
                )
            iod_section, iod_name = (None, None)
            if iod_column is not None and iod_column < len(row):
                iod_section, iod_name = _iod_link(row[iod_column])
            specialization = None
            if specialization_column is not None:
                specialization = cell_text(row, specialization_column) or None
            sop_class = SOPClass(
                name=cell_text(row, columns["name"]),
                uid=uid,
                iod=iod_name or "",
                iod_table=None,
                iod_section=iod_section,
                specialization=specialization,
                service=table.caption,
                origin=origin,
            )
            previous = found.get(uid)
            if previous is None or (not previous.iod and sop_class.iod):
                found[uid] = sop_class
    if STANDARD_SOP_CLASSES not in document.tables:
        report.append(f"PS3.4 {document.edition}: no Table B.5-1 (Standard SOP Classes)")
    return Part04(sop_classes=tuple(found[uid] for uid in sorted(found)), report=report)
