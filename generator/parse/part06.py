"""PS3.6: the data dictionary (Tables 6-1, 7-1, 8-1, 9-1) and the UID registry (Annex A)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.errors import ParseError
from generator.ir.base import Origin
from generator.ir.registry import ContextGroupUID, DataElement, DictionaryProvenance, UIDEntry
from generator.ir.vocabulary import check_vm, parse_vrs
from generator.parse.columns import cell_text, clean, column_map, optional_column
from generator.parse.pydicom_dictionary import read_pydicom_dictionary
from generator.readers.model import Cell, Document, Table

DATA_ELEMENTS = "table_6-1"
FILE_META_ELEMENTS = "table_7-1"
DIRECTORY_ELEMENTS = "table_8-1"
#: Registry of DICOM Dynamic RTP Payload Elements (PS3.6 Chapter 9): (0006,0001) Current
#: Frame Functional Groups Sequence, used by PS3.3 Table C.7.6.27-1.
PAYLOAD_ELEMENTS = "table_9-1"
UID_VALUES = "table_A-1"
FRAMES_OF_REFERENCE = "table_A-2"
CONTEXT_GROUP_UIDS = "table_A-3"

ELEMENT_COLUMNS = {
    "tag": ("Tag",),
    "name": ("Name", "Attribute Name"),
    "keyword": ("Keyword",),
    "vr": ("VR",),
    "vm": ("VM",),
}
UID_COLUMNS = {
    "value": ("UID Value",),
    "name": ("UID Name",),
    "type": ("UID Type",),
    "part": ("Part",),
}
KEYWORD_SPELLINGS = ("UID Keyword", "Keyword")
FRAME_COLUMNS = {
    "value": ("UID Value",),
    "name": ("UID Name",),
}
CONTEXT_GROUP_COLUMNS = {
    "uid": ("Context Group UID", "Context UID"),
    "cid": ("Context Group Identifier", "Context Identifier"),
    "name": ("Context Group Name",),
}

_TAG = re.compile(r"^\(([0-9A-Fa-fx]{4}),\s*([0-9A-Fa-fx]{4})\)$")
_CID = re.compile(r"^(?:CID\s*)?(\d+)(?: in PS3\.16)?$")
_CID_TARGET = re.compile(r"^(?:sect|table)_CID_(\d+)$")
_UID = re.compile(r"^[0-9]+(\.[0-9]+)*$")
FRAME_OF_REFERENCE_TYPE = "Well-known Frame of Reference"


@dataclass(slots=True)
class Part06:
    """What PS3.6 gives the IR, and what the build should report about it."""

    dictionary: DictionaryProvenance
    data_elements: tuple[DataElement, ...]
    file_meta_elements: tuple[DataElement, ...]
    directory_elements: tuple[DataElement, ...]
    payload_elements: tuple[DataElement, ...]
    uids: tuple[UIDEntry, ...]
    frames_of_reference: tuple[UIDEntry, ...]
    context_group_uids: tuple[ContextGroupUID, ...]
    report: list[str] = field(default_factory=list)

    def elements_by_tag(self) -> dict[str, DataElement]:
        """The elements of Tables 9-1, 8-1, 7-1 and 6-1 by tag (PS3.3 uses all four)."""
        return {
            element.tag: element
            for element in (
                *self.payload_elements,
                *self.directory_elements,
                *self.file_meta_elements,
                *self.data_elements,
            )
        }


def _origin(document: Document, table: Table) -> Origin:
    return Origin(part=6, edition=document.edition, table=table.id, section=table.section_id)


def _tag(text: str, where: str) -> str:
    match = _TAG.match(text.replace(" ", ""))
    if not match:
        raise ParseError(f"{where}: tag {text!r} is not (gggg,eeee)")
    group, element = (part.upper().replace("X", "x") for part in match.groups())
    return f"({group},{element})"


#: What the last, unnamed column of Tables 6-1, 7-1 and 8-1 may hold (PS3.6 Section 6:
#: "RET" for a retired element, "DICOS" / "DICONDE" for elements of those standards;
#: 2015a-2024c also write "RET (2004)", "RET - See Note 3" and "See Note 1").
_STATUS = re.compile(
    r"(?:RET(?:\s*\(\d{4}\))?(?:\s*-\s*See Note\s*\d*)?|DICOS|DICONDE|See Note\s*\d+)?"
)


def _is_retired(row_texts: list[str]) -> bool:
    return any(text.startswith("RET") for text in row_texts)


def _check_row_shape(table: Table, row: tuple[Cell, ...], texts: list[str], where: str) -> None:
    """A row has no more cells than the header has columns, and a known status."""
    width = len(table.header[-1])
    if len(row) > width:
        raise ParseError(f"{where}: {len(row)} cells in a table of {width} columns")
    for text in texts[5:]:
        if not _STATUS.fullmatch(text):
            raise ParseError(
                f"{where}: {text!r} in the status column is not RET, DICOS, DICONDE or a note"
            )


def parse_elements(document: Document, table_id: str) -> tuple[DataElement, ...]:
    """Rows of a registry of data elements (Table 6-1, 7-1, 8-1 or 9-1), sorted by tag."""
    table = document.table(table_id)
    where = f"PS3.6 {document.edition}"
    columns = column_map(table, ELEMENT_COLUMNS, where=where)
    origin = _origin(document, table)
    elements: dict[str, DataElement] = {}
    keywords: dict[str, str] = {}
    for number, row in enumerate(table.rows, start=1):
        texts = [cell_text(row, index) for index in range(len(row))]
        if not any(texts):
            continue
        row_where = f"{where} {table.id} row {number}"
        tag = _tag(cell_text(row, columns["tag"]), row_where)
        _check_row_shape(table, row, texts, f"{document.source}: {row_where} {tag}")
        name = cell_text(row, columns["name"])
        vr_text = cell_text(row, columns["vr"])
        known = set(columns.values())
        element = DataElement(
            tag=tag,
            name=name,
            keyword=cell_text(row, columns["keyword"]),
            vrs=parse_vrs(vr_text, f"{row_where} {tag}"),
            vr_text=vr_text,
            vm=check_vm(cell_text(row, columns["vm"]), f"{row_where} {tag}"),
            retired=_is_retired([t for i, t in enumerate(texts) if i not in known]),
            trial=name.endswith("(Trial)"),
            origin=origin,
        )
        if tag in elements:
            raise ParseError(f"{row_where}: tag {tag} appears twice")
        if element.keyword and element.keyword in keywords:
            raise ParseError(
                f"{row_where}: keyword {element.keyword} of {tag} is already used by "
                f"{keywords[element.keyword]}"
            )
        keywords[element.keyword] = tag
        elements[tag] = element
    return tuple(sorted(elements.values(), key=lambda element: element.tag))


def _uid(text: str, where: str) -> str:
    if not _UID.match(text):
        raise ParseError(f"{where}: {text!r} is not a UID")
    return text


def parse_uids(document: Document) -> tuple[UIDEntry, ...]:
    """Table A-1, UID values, in table order."""
    table = document.table(UID_VALUES)
    where = f"PS3.6 {document.edition} {table.id}"
    columns = column_map(table, UID_COLUMNS, where=f"PS3.6 {document.edition}")
    keyword_column = optional_column(table, "keyword", KEYWORD_SPELLINGS, where=where)
    origin = _origin(document, table)
    entries = []
    for number, row in enumerate(table.rows, start=1):
        name = cell_text(row, columns["name"])
        entries.append(
            UIDEntry(
                value=_uid(cell_text(row, columns["value"]), f"{where} row {number}"),
                name=name,
                keyword="" if keyword_column is None else cell_text(row, keyword_column),
                type=cell_text(row, columns["type"]),
                part=cell_text(row, columns["part"]),
                retired="(Retired)" in name,
                origin=origin,
            )
        )
    return tuple(entries)


def parse_frames_of_reference(document: Document) -> tuple[UIDEntry, ...]:
    """Table A-2, well-known frames of reference (absent from older editions)."""
    if FRAMES_OF_REFERENCE not in document.tables:
        return ()
    table = document.table(FRAMES_OF_REFERENCE)
    where = f"PS3.6 {document.edition} {table.id}"
    columns = column_map(table, FRAME_COLUMNS, where=f"PS3.6 {document.edition}")
    keyword_column = optional_column(table, "keyword", KEYWORD_SPELLINGS, where=where)
    origin = _origin(document, table)
    return tuple(
        UIDEntry(
            value=_uid(cell_text(row, columns["value"]), f"{where} row {number}"),
            name=cell_text(row, columns["name"]),
            keyword="" if keyword_column is None else cell_text(row, keyword_column),
            type=FRAME_OF_REFERENCE_TYPE,
            part="PS3.6",
            retired="(Retired)" in cell_text(row, columns["name"]),
            origin=origin,
        )
        for number, row in enumerate(table.rows, start=1)
    )


def _cid_of(cell: Cell, where: str) -> int:
    """The CID number, from the link into PS3.16 (``sect_CID_2``, ``table_CID_85``) or text."""
    for xref in cell.xrefs:
        match = _CID_TARGET.match(xref.target)
        if match:
            return int(match.group(1))
    match = _CID.match(clean(cell.text))
    if not match:
        raise ParseError(f"{where}: context group identifier {cell.text!r} is not CID N")
    return int(match.group(1))


def _context_group_name(cell: Cell) -> str:
    """The name as shown; empty where the source is a bare olink into PS3.16 (DocBook)."""
    for xref in cell.xrefs:
        if xref.document == "PS3.16":
            return clean(xref.shown or "")
    return clean(cell.text)


def parse_context_group_uids(document: Document, report: list[str]) -> tuple[ContextGroupUID, ...]:
    """Table A-3, context group UIDs, sorted by CID number.

    A row whose UID names no context group (2024c has one, 1.2.840.10008.6.1.837)
    is left out and listed in ``report``.
    """
    table = document.table(CONTEXT_GROUP_UIDS)
    where = f"PS3.6 {document.edition} {table.id}"
    columns = column_map(table, CONTEXT_GROUP_COLUMNS, where=f"PS3.6 {document.edition}")
    origin = _origin(document, table)
    groups: dict[int, ContextGroupUID] = {}
    for number, row in enumerate(table.rows, start=1):
        row_where = f"{where} row {number}"
        uid = _uid(cell_text(row, columns["uid"]), row_where)
        cid_text = cell_text(row, columns["cid"])
        if not cid_text and not cell_text(row, columns["name"]):
            report.append(f"{row_where}: UID {uid} names no context group; left out")
            continue
        cid = _cid_of(row[columns["cid"]], row_where)
        name = _context_group_name(row[columns["name"]])
        if cid in groups:
            raise ParseError(f"{row_where}: CID {cid} appears twice")
        groups[cid] = ContextGroupUID(
            cid=cid,
            name=name,
            uid=uid,
            retired="(Retired)" in name,
            origin=origin,
        )
    return tuple(groups[cid] for cid in sorted(groups))


def parse_part06(document: Document, *, accept_dictionary_mismatch: bool = False) -> Part06:
    """All of PS3.6; Table 6-1 from pydicom when the document lacks it."""
    report: list[str] = []
    if DATA_ELEMENTS in document.tables:
        data_elements = parse_elements(document, DATA_ELEMENTS)
        dictionary = DictionaryProvenance(
            source="part06",
            edition=document.edition,
            detail=f"PS3.6 {document.edition} {document.format} Table 6-1",
        )
    else:
        data_elements, dictionary = read_pydicom_dictionary(
            document.edition, accept_mismatch=accept_dictionary_mismatch
        )
        report.append(
            f"PS3.6 {document.edition} ({document.format}) has no Table 6-1; "
            f"took it from the {dictionary.detail}"
        )
    no_keyword = [element.tag for element in data_elements if not element.keyword]
    if no_keyword:
        report.append(f"PS3.6 Table 6-1: {len(no_keyword)} elements have no keyword")
    return Part06(
        dictionary=dictionary,
        data_elements=data_elements,
        file_meta_elements=parse_elements(document, FILE_META_ELEMENTS),
        directory_elements=parse_elements(document, DIRECTORY_ELEMENTS),
        payload_elements=(
            parse_elements(document, PAYLOAD_ELEMENTS)
            if PAYLOAD_ELEMENTS in document.tables
            else ()
        ),
        uids=parse_uids(document),
        frames_of_reference=parse_frames_of_reference(document),
        context_group_uids=parse_context_group_uids(document, report),
        report=report,
    )
