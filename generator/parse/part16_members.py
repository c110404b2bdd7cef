"""PS3.16 CID tables: member rows, "Include CID N" rows and the columns found by header."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.errors import ParseError
from generator.ir.codes import ContextGroupMember, ExtraColumn
from generator.overrides.codes import code_value_fix
from generator.parse.columns import clean, column_map
from generator.parse.part16_keywords import keyword_or_report
from generator.readers.model import Row, Table

CORE_COLUMNS = {
    "scheme": ("Coding Scheme Designator",),
    "value": ("Code Value",),
    "meaning": ("Code Meaning",),
}
NAMED_COLUMNS = {
    "scheme_version": ("Coding Scheme Version",),
    "snomed_rt_id": ("SNOMED-RT ID", "SNOMED-RT Concept ID"),
    "umls_cui": ("UMLS Concept Unique ID",),
    "notes": ("Notes",),
}
RETIRED_MARK = "(Retired)"

#: "Include CID 4030 “CT, MR and PET Anatomy Imaged”": the page shows the title too
#: (xrefstyle ``select: labelnumber quotedtitle``).
_INCLUDE = re.compile(r"^Include\s+CID\s+(\d+)(?:\s+“[^”]*”)?$")
_INCLUDE_START = re.compile(r"^Include\b")
_CID_TARGET = re.compile(r"^(?:sect|table)_CID_(\d+)$")


# The Verhoeff check digit of SNOMED CT identifiers (SNOMED CT Technical Implementation
# Guide, "Check-digit computation"): multiplication and permutation tables.
_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)
SNOMED_CT = "SCT"
UCUM = "UCUM"  # UCUM codes are their own meaning ("mm")
_SCTID = re.compile(r"^[1-9][0-9]{5,17}$")


def verhoeff_valid(digits: str) -> bool:
    """True when the last digit of ``digits`` is its Verhoeff check digit."""
    check = 0
    for position, digit in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[position % 8][int(digit)]]
    return check == 0


def code_value_problem(scheme: str, value: str, meaning: str) -> str | None:
    """Why a published code value looks wrong, or ``None``; the value is kept as published.

    Caught: a value with white space (``2: 33792``), a value that repeats its
    meaning outside UCUM (DCM "Focal abnormality"), a SNOMED CT identifier whose check digit
    fails (``7539900`` in CID 4412).
    """
    if any(character.isspace() for character in value):
        return "has white space"
    if scheme != UCUM and value == meaning and value != value.upper():
        return "repeats the code meaning"
    if scheme == SNOMED_CT and (not _SCTID.match(value) or not verhoeff_valid(value)):
        return "is not a SNOMED CT identifier (length or Verhoeff check digit)"
    return None


def _normal(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", clean(header).lower()).strip()


@dataclass(frozen=True, slots=True)
class Include:
    """An "Include CID N" row: the included CID and where the row stands."""

    cid: int
    table: str
    row: int


@dataclass(slots=True)
class MemberTable:
    """What one CID table gives: its code rows and its include rows, in table order."""

    members: list[ContextGroupMember] = field(default_factory=list)
    includes: list[Include] = field(default_factory=list)
    layout: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Layout:
    """The column index of each field of a CID table, and the headers of the others."""

    core: dict[str, int]
    named: dict[str, int]
    extras: tuple[tuple[int, str], ...]
    width: int


def table_layout(table: Table, *, where: str) -> Layout:
    """Find a CID table's columns by header text.

    The three code columns are required; a column without header text, or two
    columns with one header, is an error naming the table.
    """
    core = column_map(table, CORE_COLUMNS, where=where)
    headers = [clean(cell.text) for cell in table.header[-1]]
    for index, header in enumerate(headers, start=1):
        if not header:
            raise ParseError(f"{where} {table.id}: column {index} has no header ({headers})")
    seen = [_normal(header) for header in headers]
    for header in seen:
        if seen.count(header) > 1:
            raise ParseError(f"{where} {table.id}: two columns are headed {header!r} ({headers})")
    named: dict[str, int] = {}
    for name, spellings in NAMED_COLUMNS.items():
        accepted = {_normal(spelling) for spelling in spellings}
        for index, header in enumerate(seen):
            if header in accepted:
                named[name] = index
    used = set(core.values()) | set(named.values())
    extras = tuple((index, header) for index, header in enumerate(headers) if index not in used)
    return Layout(core=core, named=named, extras=extras, width=len(headers))


def _include(row: Row, texts: list[str], where: str) -> int | None:
    """The CID of an "Include CID N" row, ``None`` for any other row."""
    first = next(text for text in texts if text)
    if not _INCLUDE_START.match(first):
        return None
    match = _INCLUDE.match(first)
    if not match or any(text not in ("", first) for text in texts):
        raise ParseError(f"{where}: cannot read the include row {texts}")
    cid = int(match.group(1))
    for cell in row:
        for xref in cell.xrefs:
            linked = _CID_TARGET.match(xref.target)
            if linked and int(linked.group(1)) != cid:
                raise ParseError(f"{where}: {first!r} links to {xref.target}")
    return cid


def read_member_table(table: Table, cid: int, *, where: str, report: list[str]) -> MemberTable:
    """The code rows and include rows of ``table_CID_N``, as published.

    Skipped with a line in ``report``: an empty row, a row without a code value,
    scheme or meaning, an exact repeat of an earlier row. Cells beyond the header's
    columns are reported and ignored. A code listed twice with two meanings (a
    synonym, as CID 4 "Buttock" / "Gluteal region") keeps both rows, reported.
    """
    layout = table_layout(table, where=where)
    result = MemberTable(layout=tuple(clean(cell.text) for cell in table.header[-1]))
    seen: dict[tuple[str, str], dict[str, int]] = {}
    for number, row in enumerate(table.rows, start=1):
        row_where = f"{where} {table.id} row {number}"
        texts = [clean(cell.text) for cell in row]
        if not any(texts):
            report.append(f"{row_where}: empty row skipped")
            continue
        included = _include(row, texts, row_where)
        if included is not None:
            result.includes.append(Include(cid=included, table=table.id, row=number))
            continue
        beyond = [text for text in texts[layout.width :] if text]
        if beyond:
            report.append(
                f"{row_where}: {len(beyond)} cells beyond the {layout.width} headed columns "
                f"ignored ({beyond})"
            )
        cells = texts + [""] * (layout.width - len(texts))
        scheme, value, meaning = (
            cells[layout.core[name]] for name in ("scheme", "value", "meaning")
        )
        absent = [
            name
            for name, found in (("scheme", scheme), ("value", value), ("meaning", meaning))
            if not found
        ]
        if absent:
            report.append(f"{row_where}: no code {' or '.join(absent)} in {texts}; row skipped")
            continue
        fix = code_value_fix(cid, scheme, value)
        if fix is not None:
            report.append(fix.describe())
            value = fix.replacement
        meanings = seen.setdefault((scheme, value), {})
        if meaning in meanings:
            report.append(
                f"{row_where}: repeats row {meanings[meaning]} ({scheme}, {value}, "
                f"{meaning!r}); skipped"
            )
            continue
        if meanings:
            report.append(
                f"{row_where}: ({scheme}, {value}) listed again with another meaning "
                f"{meaning!r} (row {next(iter(meanings.values()))}: "
                f"{next(iter(meanings))!r}); both kept"
            )
        meanings[meaning] = number
        problem = code_value_problem(scheme, value, meaning)
        if problem is not None:
            report.append(
                f"{row_where}: code value {value!r} ({scheme}, {meaning!r}) {problem}; "
                "kept as published"
            )
        named = {name: cells[index] or None for name, index in layout.named.items()}
        result.members.append(
            ContextGroupMember(
                cid=cid,
                table=table.id,
                row=number,
                scheme=scheme,
                value=value,
                meaning=meaning,
                keyword=keyword_or_report(meaning, row_where, report),
                scheme_version=named.get("scheme_version"),
                snomed_rt_id=named.get("snomed_rt_id"),
                umls_cui=named.get("umls_cui"),
                notes=named.get("notes"),
                extras=tuple(
                    ExtraColumn(column=header, text=cells[index])
                    for index, header in layout.extras
                    if cells[index]
                ),
                retired=meaning.endswith(RETIRED_MARK),
            )
        )
    return result


def read_retired_table(
    table: Table, cid: int, *, where: str, report: list[str]
) -> list[ContextGroupMember]:
    """A headerless table of codes "formerly included" in a CID (CID 26): retired members.

    Its columns are not headed; each row must be three cells (scheme, value,
    meaning), else the table is an error naming it.
    """
    members = []
    for number, row in enumerate(table.rows, start=1):
        row_where = f"{where} {table.id} row {number}"
        texts = [clean(cell.text) for cell in row]
        if len(texts) != 3 or not all(texts):
            raise ParseError(
                f"{row_where}: a table of retired codes must have three cells "
                f"(scheme, value, meaning); found {texts}"
            )
        scheme, value, meaning = texts
        members.append(
            ContextGroupMember(
                cid=cid,
                table=table.id,
                row=number,
                scheme=scheme,
                value=value,
                meaning=meaning,
                keyword=keyword_or_report(meaning, row_where, report),
                retired=True,
            )
        )
    return members
