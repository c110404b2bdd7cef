"""PS3.16 Annex B: one context group per ``sect_CID_N`` section.

A section gives the group's name (its title), a variable list ("Keyword:",
"FHIR Keyword:", "Type:", "Version:", "UID:", "Resources:") and ``table_CID_N``.
Three other shapes occur and are read, each with a line in the report:

- a retired group whose section keeps only a note ("This Context Group is retired");
- a group that comprises a whole external coding scheme instead of listing codes
  (CID 82 UCUM, CIDs 102-107, 5000-5002, 7007, 7020; CIDs 3672 and 3692 with
  informative tables describing the NBG/NBD code structure);
- a section with a second, headerless table of codes "formerly included" in the
  group, which become retired members (CID 26).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from generator.errors import ParseError
from generator.ir.base import Origin
from generator.ir.codes import ContextGroupMember, ContextGroupType
from generator.parse.columns import clean
from generator.parse.part16_members import Include, read_member_table, read_retired_table
from generator.readers.model import (
    Document,
    ItemizedList,
    Paragraph,
    Section,
    TableRef,
    VariableList,
)

CID_SECTION = re.compile(r"^sect_CID_(\d+)$")
RETIRED_MARK = "(Retired)"
NOT_VERSIONED = "Not versioned"
CONTEXT_GROUP_UID_ROOT = "1.2.840.10008.6.1."

TERMS = {
    "keyword": "keyword",
    "fhir keyword": "fhir_keyword",
    "type": "type",
    "version": "version",
    "uid": "uid",
    "resources": "resources",
}
TYPES = {
    "extensible": ContextGroupType.EXTENSIBLE,
    "non-extensible": ContextGroupType.NON_EXTENSIBLE,
}

_UID = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_VERSION = re.compile(r"^\d{8}$")
_SCHEME_SENTENCE = re.compile(
    r"Coding Scheme Designator(?: \(0008,0102\))? (?:shall be|is specified as) "
    r"[\"\u201c]?([A-Za-z0-9_\-]+)[\"\u201d]?"
)
#: "... formerly included in CID 26 “Nuclear Medicine Projection” and are retired:" (the
#: page shows the group's name after its number)
_FORMERLY = re.compile(
    r"formerly included in CID \d+(?:\s+“[^”]*”)? and are retired", re.IGNORECASE
)


@dataclass(slots=True)
class GroupDraft:
    """A context group as read from its section, before includes are resolved."""

    cid: int
    name: str
    keyword: str | None
    fhir_keyword: str | None
    type: ContextGroupType | None
    version: str | None
    uid: str | None
    retired: bool
    external_scheme: str | None
    members: list[ContextGroupMember]
    includes: list[Include]
    origin: Origin
    layout: tuple[str, ...] = ()
    informative_tables: list[str] = field(default_factory=list)


def cid_sections(document: Document) -> dict[int, Section]:
    """The ``sect_CID_N`` sections by CID number."""
    found = {}
    for section in document.sections.values():
        match = CID_SECTION.match(section.id)
        if match:
            found[int(match.group(1))] = section
    return found


def _terms(section: Section, where: str, report: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for block in section.blocks:
        if not isinstance(block, VariableList) or block.note:
            continue
        for entry in block.entries:
            term = clean(entry.term).rstrip(":").strip().lower()
            if term not in TERMS:
                report.append(
                    f"{where}: unknown entry {entry.term!r} in the variable list; ignored"
                )
                continue
            name = TERMS[term]
            if name in values:
                raise ParseError(f"{where}: {entry.term!r} given twice")
            values[name] = clean(" ".join(entry.definition))
    return values


def _type(text: str | None, where: str) -> ContextGroupType | None:
    if text is None:
        return None
    try:
        return TYPES[text.lower()]
    except KeyError:
        raise ParseError(
            f"{where}: Type {text!r} is not one of {sorted(t.value for t in ContextGroupType)}"
        ) from None


def _version(text: str | None, where: str, report: list[str]) -> str | None:
    if text is None or text == NOT_VERSIONED:
        return None
    if not _VERSION.match(text):
        report.append(f"{where}: Version {text!r} is not YYYYMMDD; kept as published")
    return text


def _uid(text: str | None, where: str, report: list[str]) -> str | None:
    if text is None:
        return None
    if not _UID.match(text):
        raise ParseError(f"{where}: UID {text!r} is not a UID")
    if not text.startswith(CONTEXT_GROUP_UID_ROOT):
        report.append(
            f"{where}: UID {text} is outside the context group root "
            f"{CONTEXT_GROUP_UID_ROOT[:-1]}; kept as published"
        )
    return text


def _keywords(
    cid: int, values: dict[str, str], where: str, report: list[str]
) -> tuple[str | None, str | None]:
    keyword = values.get("keyword") or None
    fhir_keyword = values.get("fhir_keyword") or None
    if keyword is not None and not keyword.isidentifier():
        report.append(f"{where}: Keyword {keyword!r} is not a Python identifier")
    if fhir_keyword is not None and keyword is not None:
        expected = f"dicom-cid-{cid}-{keyword}"
        if fhir_keyword != expected:
            report.append(f"{where}: FHIR Keyword {fhir_keyword!r} is not {expected!r}")
    return keyword, fhir_keyword


def _text_of(block: Paragraph | ItemizedList) -> str:
    return block.text if isinstance(block, Paragraph) else "\n".join(block.items)


def _external_scheme(section: Section, designators: Collection[str]) -> str | None:
    """The scheme a group comprises as a whole ("... shall be NBG", "codes of UCUM")."""
    texts = [
        block.text for block in section.blocks if isinstance(block, Paragraph) and not block.note
    ]
    for text in texts:
        match = _SCHEME_SENTENCE.search(text)
        if match:
            return match.group(1)
    for text in texts:
        if "comprises" in text:
            named = [d for d in designators if re.search(rf"\b{re.escape(d)}\b", text)]
            if len(named) == 1:
                return named[0]
    return None


def read_group(
    document: Document,
    cid: int,
    section: Section,
    designators: Collection[str],
    report: list[str],
) -> GroupDraft:
    """One context group from its section and tables."""
    where = f"PS3.16 {document.edition} {section.id}"
    if section.label and section.label != f"CID {cid}":
        report.append(f"{where}: label {section.label!r} is not 'CID {cid}'")
    name = clean(section.title)
    retired = RETIRED_MARK in name
    values = _terms(section, where, report)
    keyword, fhir_keyword = _keywords(cid, values, where, report)
    main_id = f"table_CID_{cid}"
    members: list[ContextGroupMember] = []
    includes: list[Include] = []
    layout: tuple[str, ...] = ()
    informative: list[str] = []
    retired_members: list[ContextGroupMember] = []
    last_text = ""
    has_main = False
    for block in section.blocks:
        if isinstance(block, (Paragraph, ItemizedList)):
            last_text = _text_of(block)
            continue
        if not isinstance(block, TableRef):
            continue
        table = document.table(block.table_id)
        if block.table_id == main_id:
            has_main = True
            read = read_member_table(table, cid, where=where, report=report)
            members, includes, layout = read.members, read.includes, read.layout
        elif _FORMERLY.search(last_text):
            retired_members.extend(read_retired_table(table, cid, where=where, report=report))
        else:
            informative.append(table.id)
    if not has_main and main_id in document.tables:
        raise ParseError(f"{where}: {main_id} exists but the section does not hold it")
    external = None if has_main or retired else _external_scheme(section, designators)
    if not has_main and not retired and external is None:
        report.append(f"{where}: no {main_id} and no coding scheme named; no members")
    origin = Origin(
        part=16,
        edition=document.edition,
        table=main_id if has_main else None,
        section=section.id,
    )
    return GroupDraft(
        cid=cid,
        name=name,
        keyword=keyword,
        fhir_keyword=fhir_keyword,
        type=_type(values.get("type"), where),
        version=_version(values.get("version"), where, report),
        uid=_uid(values.get("uid"), where, report),
        retired=retired,
        external_scheme=external,
        members=members + retired_members,
        includes=includes,
        origin=origin,
        layout=layout,
        informative_tables=informative,
    )
