"""PS3.16 Chapter 8 (Tables 8-1 and 8-2, coding schemes) and Annex D (DCM codes)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.errors import ParseError
from generator.ir.base import Origin
from generator.ir.codes import CodingScheme, SchemeResource
from generator.parse.columns import cell_text, clean, column_map, optional_column
from generator.readers.model import Document, Table

CODING_SCHEMES = "table_8-1"
HL7V3_CODING_SCHEMES = "table_8-2"
DCM_DEFINITIONS = "table_D-1"
ANNEX_D_PAGE = "chapter_D.html"
RETIRED_MARK = "(Retired)"

SCHEME_COLUMNS = {
    "designator": ("Coding Scheme Designator (0008,0102)", "Coding Scheme Designator"),
}
SCHEME_OPTIONAL = {
    "uid": ("Coding Scheme UID (0008,010C)", "Coding Scheme UID"),
    "name": ("Coding Scheme Name (0008,0115)", "Coding Scheme Name"),
    "organization": (
        "Coding Scheme Responsible Organization (0008,0116)",
        "Coding Scheme Responsible Organization",
    ),
    "resources": (
        "Coding Scheme Resources Sequence (0008,0109) Type: URL",
        "Coding Scheme Resources Sequence (0008,0109)",
        "Coding Scheme Resources Sequence",
    ),
    "description": ("Description",),
}
DCM_COLUMNS = {
    "value": ("Code Value",),
    "meaning": ("Code Meaning",),
}
DCM_OPTIONAL = {
    "definition": ("Definition",),
    "notes": ("Notes",),
}

_UID = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_RESOURCE = re.compile(r"^([A-Z]+):\s*(\S+)$")
_FHIR = "FHIR"


@dataclass(frozen=True, slots=True)
class DcmDefinition:
    """One row of Annex D Table D-1: a DCM code, its meaning and definition."""

    value: str
    meaning: str
    definition: str | None
    retired: bool
    row: int


def _resources(paragraphs: tuple[str, ...], where: str, report: list[str]) -> list[SchemeResource]:
    resources = []
    for paragraph in paragraphs:
        match = _RESOURCE.match(clean(paragraph))
        if not match:
            report.append(f"{where}: resource {paragraph!r} is not 'KIND: url'; ignored")
            continue
        resources.append(SchemeResource(kind=match.group(1), url=match.group(2)))
    return resources


def _read_schemes(
    document: Document, table: Table, *, hl7v3: bool, report: list[str]
) -> list[CodingScheme]:
    where = f"PS3.16 {document.edition}"
    columns = column_map(table, SCHEME_COLUMNS, where=where)
    optional = {
        name: optional_column(table, name, spellings, where=where)
        for name, spellings in SCHEME_OPTIONAL.items()
    }
    origin = Origin(part=16, edition=document.edition, table=table.id, section=table.section_id)
    schemes = []
    for number, row in enumerate(table.rows, start=1):
        row_where = f"{where} {table.id} row {number}"
        texts = {
            name: "" if index is None else cell_text(row, index) for name, index in optional.items()
        }
        designator = cell_text(row, columns["designator"])
        if not designator:
            report.append(f"{row_where}: no designator; row skipped")
            continue
        uid = texts["uid"] or None
        if uid is not None and not _UID.match(uid):
            report.append(f"{row_where}: {designator} UID {uid!r} is not a UID; left out")
            uid = None
        index = optional["resources"]
        resources = (
            _resources(row[index].paragraphs, row_where, report)
            if index is not None and index < len(row)
            else []
        )
        fhir = [resource.url for resource in resources if resource.kind == _FHIR]
        description = texts["description"]
        name = texts["name"]
        schemes.append(
            CodingScheme(
                designator=designator,
                name=name,
                uid=uid,
                uri=fhir[0] if fhir else None,
                responsible_organization=texts["organization"],
                resources=tuple(resources),
                description=description,
                hl7v3=hl7v3,
                retired=RETIRED_MARK in name or RETIRED_MARK in description,
                origin=origin,
            )
        )
    return schemes


def parse_coding_schemes(document: Document, report: list[str]) -> tuple[CodingScheme, ...]:
    """Tables 8-1 and 8-2, sorted by designator.

    A document without Table 8-1 yields no schemes and a line in ``report``; a
    designator given twice is an error naming both rows' tables.
    """
    if CODING_SCHEMES not in document.tables:
        report.append(
            f"PS3.16 {document.edition} ({document.format}): no Table 8-1 "
            f"({CODING_SCHEMES}); no coding schemes"
        )
        return ()
    schemes = _read_schemes(document, document.table(CODING_SCHEMES), hl7v3=False, report=report)
    if HL7V3_CODING_SCHEMES in document.tables:
        schemes += _read_schemes(
            document, document.table(HL7V3_CODING_SCHEMES), hl7v3=True, report=report
        )
    by_designator: dict[str, CodingScheme] = {}
    for scheme in schemes:
        if scheme.designator in by_designator:
            raise ParseError(
                f"PS3.16 {document.edition}: coding scheme {scheme.designator} is listed in "
                f"{by_designator[scheme.designator].origin.table} and {scheme.origin.table}"
            )
        by_designator[scheme.designator] = scheme
    return tuple(by_designator[designator] for designator in sorted(by_designator))


def parse_dcm_definitions(
    document: Document, report: list[str]
) -> tuple[dict[str, DcmDefinition], Origin | None]:
    """Annex D Table D-1 by code value; empty (and reported) when the document lacks it."""
    if DCM_DEFINITIONS not in document.tables:
        page = (
            " (chapter_D.html is missing from this copy)"
            if ANNEX_D_PAGE in document.missing
            else ""
        )
        report.append(
            f"PS3.16 {document.edition} ({document.format}): no Annex D Table D-1{page}; "
            "DCM concepts come from the CID tables only, without definitions"
        )
        return {}, None
    table = document.table(DCM_DEFINITIONS)
    where = f"PS3.16 {document.edition}"
    columns = column_map(table, DCM_COLUMNS, where=where)
    optional = {
        name: optional_column(table, name, spellings, where=where)
        for name, spellings in DCM_OPTIONAL.items()
    }
    definitions: dict[str, DcmDefinition] = {}
    for number, row in enumerate(table.rows, start=1):
        value = cell_text(row, columns["value"])
        meaning = cell_text(row, columns["meaning"])
        if not value or not meaning or value == "..." or meaning == "...":
            report.append(f"{where} {table.id} row {number}: no code value or meaning; skipped")
            continue
        extra = {
            name: "" if index is None else cell_text(row, index) for name, index in optional.items()
        }
        if value in definitions:
            raise ParseError(
                f"{where} {table.id} row {number}: DCM {value} already defined in row "
                f"{definitions[value].row}"
            )
        definitions[value] = DcmDefinition(
            value=value,
            meaning=meaning,
            definition=extra["definition"] or None,
            retired=RETIRED_MARK in meaning
            or any(text.startswith("Retired") for text in extra.values()),
            row=number,
        )
    origin = Origin(part=16, edition=document.edition, table=table.id, section=table.section_id)
    return definitions, origin
