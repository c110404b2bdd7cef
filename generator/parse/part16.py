"""PS3.16 (Content Mapping Resource): context groups, coded concepts, coding schemes.

``parse_part16(document)`` reads every ``sect_CID_N`` section (modules
``part16_groups`` and ``part16_members``), resolves "Include CID N" rows
(``part16_resolve``), gathers one ``Concept`` per (scheme, value) with every CID
listing it, reads Tables 8-1/8-2 and, when present, Annex D (``part16_schemes``),
and names each concept with a Python keyword (``part16_keywords``). What the
source lacks or gets wrong is listed in ``Part16.report``, never invented.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from generator.errors import ParseError
from generator.ir.base import Origin
from generator.ir.codes import (
    CodingScheme,
    Concept,
    ContextGroup,
    ContextGroupMember,
    MemberRef,
)
from generator.ir.registry import ContextGroupUID
from generator.parse.part16_groups import GroupDraft, cid_sections, read_group
from generator.parse.part16_keywords import keyword_collisions, keyword_or_report
from generator.parse.part16_pydicom import PydicomComparison, compare_with_pydicom
from generator.parse.part16_resolve import check_includes, resolve_includes
from generator.parse.part16_schemes import (
    DcmDefinition,
    parse_coding_schemes,
    parse_dcm_definitions,
)
from generator.readers.model import Document, XRef

DCM = "DCM"
PAGE_ABSENT = "is absent"
EXAMPLES = 10

_MISSING_PAGE = re.compile(r"^sect_CID_(\d+)\.html$")
_CID_TARGET = re.compile(r"^(?:sect|table)_CID_(\d+)$")


@dataclass(frozen=True, slots=True)
class Part16Figures:
    """Whole-part counts, asserted by the tests and printed in the report."""

    context_groups: int
    retired_groups: int
    member_rows: int
    includes: int
    resolved_members: int
    concepts: int
    coding_schemes: int
    meaning_conflicts: int
    keyword_collisions: int
    missing_cids: tuple[int, ...]


@dataclass(slots=True)
class Part16:
    """What PS3.16 gives the IR, and what the build should report about it.

    ``resolved`` is each group's flattened membership as member records (the IR
    holds it as ``ContextGroup.resolved`` references), by CID.
    """

    edition: str
    context_groups: tuple[ContextGroup, ...]
    concepts: tuple[Concept, ...]
    coding_schemes: tuple[CodingScheme, ...]
    figures: Part16Figures
    resolved: dict[int, tuple[ContextGroupMember, ...]] = field(default_factory=dict)
    pydicom: PydicomComparison | None = None
    report: list[str] = field(default_factory=list)

    def group(self, cid: int) -> ContextGroup:
        """The context group CID ``cid``, or a ``KeyError`` naming it."""
        for group in self.context_groups:
            if group.cid == cid:
                return group
        raise KeyError(f"PS3.16 {self.edition}: no CID {cid}")

    def concept(self, scheme: str, value: str) -> Concept:
        """The concept (scheme, value), or a ``KeyError`` naming it."""
        for concept in self.concepts:
            if (concept.scheme, concept.value) == (scheme, value):
                return concept
        raise KeyError(f"PS3.16 {self.edition}: no concept ({scheme}, {value})")


def _all_xrefs(document: Document) -> Iterator[tuple[str, XRef]]:
    """Every cross reference of the document with where it stands."""
    for table in document.tables.values():
        for number, row in enumerate(table.rows, start=1):
            for cell in row:
                for xref in cell.xrefs:
                    yield f"{table.id} row {number}", xref
    for section in document.sections.values():
        for block in section.blocks:
            for xref in getattr(block, "xrefs", ()):
                yield section.id, xref
            for entry in getattr(block, "entries", ()):
                for xref in entry.xrefs:
                    yield section.id, xref


def missing_cids(
    document: Document, present: set[int], listed: Iterable[ContextGroupUID] = ()
) -> dict[int, list[str]]:
    """CIDs the document names but does not hold, each with why it is known."""
    reasons: dict[int, list[str]] = {}
    for page in document.missing:
        match = _MISSING_PAGE.match(page)
        if match:
            reasons.setdefault(int(match.group(1)), []).append(f"page {page} {PAGE_ABSENT}")
    for where, xref in _all_xrefs(document):
        match = _CID_TARGET.match(xref.target)
        if match and xref.document is None and int(match.group(1)) not in present:
            reasons.setdefault(int(match.group(1)), []).append(f"linked from {where}")
    for entry in listed:
        if entry.cid not in present:
            reasons.setdefault(entry.cid, []).append(
                f"listed in PS3.6 {entry.origin.edition} Table A-3 ({entry.name!r}, {entry.uid})"
            )
    return {cid: sorted(set(found)) for cid, found in sorted(reasons.items())}


#: Why PS3.6 Table A-3 gives a context group's UID where a PS3.16 page disagrees.
UID_PRECEDENCE = (
    "PS3.6 Annex A is the registry of DICOM UIDs: each UID of Table A-3 names one context "
    "group; the 2024c PS3.16 pages of CIDs 7230, 12024 and 12025 give UIDs Table A-3 "
    "assigns to CIDs 9562, 9561 and 9563, CID 212's lacks the '.1' of the root "
    "1.2.840.10008.6.1 and CID 4409's swaps two digits of Table A-3's"
)


def _check_uids(
    groups: Iterable[GroupDraft], listed: Iterable[ContextGroupUID], report: list[str]
) -> dict[int, str | None]:
    """Each group's UID: PS3.6 Table A-3's when it lists the CID (see :data:`UID_PRECEDENCE`).

    Where the page gives another UID, or none, the report keeps what the page says.
    """
    by_cid = {entry.cid: entry for entry in listed}
    uids: dict[int, str | None] = {}
    for group in groups:
        uids[group.cid] = group.uid
        if not by_cid:
            continue
        if group.cid not in by_cid:
            report.append(f"{group.origin.section}: CID {group.cid} is not in PS3.6 Table A-3")
        entry = by_cid.get(group.cid)
        if entry is None:
            continue
        uids[group.cid] = entry.uid
        if group.uid is None:
            report.append(
                f"{group.origin.section}: no UID on the page; took PS3.6 Table A-3's ({entry.uid})"
            )
        elif group.uid != entry.uid:
            report.append(
                f"{group.origin.section}: UID {group.uid} differs from PS3.6 Table A-3 "
                f"({entry.uid}); took Table A-3's: {UID_PRECEDENCE}"
            )
    return uids


def build_concepts(
    edition: str,
    groups: Iterable[ContextGroup],
    dcm: dict[str, DcmDefinition],
    dcm_origin: Origin | None,
    report: list[str],
) -> tuple[Concept, ...]:
    """One concept per (scheme, value) of any CID row or Annex D row, sorted."""
    rows: dict[tuple[str, str], list[ContextGroupMember]] = {}
    reached: dict[tuple[str, str], set[int]] = {}
    for group in groups:
        for member in group.members:
            rows.setdefault(member.code, []).append(member)
        for ref in group.resolved:
            reached.setdefault(ref.code, set()).add(group.cid)
    for value in dcm:
        rows.setdefault((DCM, value), [])
    concepts = []
    for code in sorted(rows):
        members = sorted(rows[code], key=lambda member: (member.cid, member.row))
        counts = Counter(member.meaning for member in members)
        definition = dcm.get(code[1]) if code[0] == DCM else None
        if definition is not None:
            meaning = definition.meaning
        else:
            meaning = max(counts, key=lambda text: counts[text])
        cids = tuple(sorted({member.cid for member in members}))
        if members:
            first = members[0]
            origin = Origin(
                part=16,
                edition=edition,
                table=first.table,
                section=f"sect_CID_{first.cid}",
            )
        else:
            assert dcm_origin is not None
            origin = dcm_origin
        concepts.append(
            Concept(
                scheme=code[0],
                value=code[1],
                meaning=meaning,
                keyword=keyword_or_report(meaning, f"concept ({code[0]}, {code[1]})", report),
                retired=(definition.retired if definition is not None else False)
                or (bool(members) and all(member.retired for member in members)),
                cids=cids,
                included_in=tuple(sorted(reached.get(code, set()) - set(cids))),
                other_meanings=tuple(sorted(set(counts) - {meaning})),
                definition=None if definition is None else definition.definition,
                origin=origin,
            )
        )
    return tuple(concepts)


def _meaning_conflicts(concepts: Iterable[Concept], groups: Iterable[ContextGroup]) -> list[str]:
    by_code: dict[tuple[str, str], dict[str, list[int]]] = {}
    for group in groups:
        for member in group.members:
            by_code.setdefault(member.code, {}).setdefault(member.meaning, []).append(group.cid)
    conflicts = [concept for concept in concepts if concept.other_meanings]

    def case_only(concept: Concept) -> bool:
        return len({text.lower() for text in (concept.meaning, *concept.other_meanings)}) == 1

    # examples: real differences of wording first, then those of letter case
    conflicts.sort(key=case_only)
    case_only_count = sum(case_only(concept) for concept in conflicts)
    lines = [
        f"{len(conflicts)} codes have different meanings in different CID rows "
        f"({case_only_count} differ only in letter case); each row keeps its own meaning"
    ]
    for concept in conflicts[:EXAMPLES]:
        meanings = by_code[(concept.scheme, concept.value)]
        shown = "; ".join(
            f"{text!r} in " + ", ".join(f"CID {cid}" for cid in sorted(set(cids)))
            for text, cids in sorted(meanings.items())
        )
        lines.append(f"meaning differs: ({concept.scheme}, {concept.value}): {shown}")
    return lines


def parse_part16(
    document: Document,
    *,
    context_group_uids: Iterable[ContextGroupUID] = (),
    compare_pydicom: bool = True,
) -> Part16:
    """All of PS3.16's context groups, concepts and coding schemes.

    ``context_group_uids`` (PS3.6 Table A-3, optional) names the CIDs that should
    exist: those the document lacks are reported missing, with the UIDs that
    disagree. ``compare_pydicom`` adds pydicom's keyword agreement to the report.
    """
    if document.part != 16:
        raise ParseError(f"{document.name} {document.edition}: not PS3.16")
    listed = tuple(context_group_uids)
    report: list[str] = []
    schemes = parse_coding_schemes(document, report)
    dcm, dcm_origin = parse_dcm_definitions(document, report)
    designators = [scheme.designator for scheme in schemes]
    sections = cid_sections(document)
    drafts = {
        cid: read_group(document, cid, sections[cid], designators, report)
        for cid in sorted(sections)
    }
    absent = missing_cids(document, set(drafts), listed)
    for cid, reasons in absent.items():
        report.append(
            f"CID {cid} is missing from PS3.16 {document.edition} ({document.format}): "
            + "; ".join(reasons)
            + "; not invented"
        )
    # An include may name a CID only where the source is known to lack it (a page
    # missing from the copy, a row of Table A-3); a bare link does not excuse it.
    excused = {cid for cid, reasons in absent.items() if any(PAGE_ABSENT in r for r in reasons)}
    excused |= {entry.cid for entry in listed if entry.cid in absent}
    check_includes(drafts, excused, edition=document.edition, report=report)
    uids = _check_uids(drafts.values(), listed, report)
    resolved = resolve_includes(drafts, edition=document.edition)
    groups = tuple(
        ContextGroup(
            cid=draft.cid,
            name=draft.name,
            keyword=draft.keyword,
            fhir_keyword=draft.fhir_keyword,
            type=draft.type,
            version=draft.version,
            uid=uids[cid],
            retired=draft.retired,
            external_scheme=draft.external_scheme,
            members=tuple(draft.members),
            includes=tuple(include.cid for include in draft.includes),
            resolved=tuple(
                MemberRef(scheme=m.scheme, value=m.value, cid=m.cid, row=m.row)
                for m in resolved[cid]
            ),
            origin=draft.origin,
        )
        for cid, draft in sorted(drafts.items())
    )
    concepts = build_concepts(document.edition, groups, dcm, dcm_origin, report)
    report += _layout_lines(drafts.values())
    collisions = _collision_lines(resolved, report)
    report += _meaning_conflicts(concepts, groups)
    report += _scheme_lines(schemes, concepts, dcm)
    figures = Part16Figures(
        context_groups=len(groups),
        retired_groups=sum(group.retired for group in groups),
        member_rows=sum(len(group.members) for group in groups),
        includes=sum(len(group.includes) for group in groups),
        resolved_members=sum(len(group.resolved) for group in groups),
        concepts=len(concepts),
        coding_schemes=len(schemes),
        meaning_conflicts=sum(bool(concept.other_meanings) for concept in concepts),
        keyword_collisions=collisions,
        missing_cids=tuple(absent),
    )
    comparison = compare_with_pydicom(resolved) if compare_pydicom else None
    if comparison is not None:
        report += comparison.lines(EXAMPLES)
    report.insert(0, _summary(document, figures))
    return Part16(
        edition=document.edition,
        context_groups=groups,
        concepts=concepts,
        coding_schemes=schemes,
        figures=figures,
        resolved=resolved,
        pydicom=comparison,
        report=report,
    )


def _summary(document: Document, figures: Part16Figures) -> str:
    return (
        f"PS3.16 {document.edition} ({document.format}): {figures.context_groups} context "
        f"groups ({figures.retired_groups} retired), {figures.member_rows} member rows, "
        f"{figures.includes} includes ({figures.resolved_members} resolved memberships), "
        f"{figures.concepts} concepts, {figures.coding_schemes} coding schemes, "
        f"{figures.meaning_conflicts} meaning conflicts, {figures.keyword_collisions} "
        f"keyword collisions, missing CIDs {list(figures.missing_cids)}"
    )


def _layout_lines(drafts: Iterable[GroupDraft]) -> list[str]:
    drafts = list(drafts)
    layouts = Counter(draft.layout for draft in drafts if draft.layout)
    lines = [f"{len(layouts)} CID table layouts (columns by header text):"]
    lines += [f"  {count} tables: {' | '.join(layout)}" for layout, count in layouts.most_common()]
    for draft in drafts:
        if draft.external_scheme is not None:
            lines.append(
                f"{draft.origin.section}: comprises coding scheme {draft.external_scheme} "
                "as a whole; no member rows"
            )
        if draft.informative_tables:
            lines.append(
                f"{draft.origin.section}: informative tables {draft.informative_tables} "
                "not read as members"
            )
        if not draft.members and not draft.includes and draft.origin.table is not None:
            lines.append(f"{draft.origin.table}: no member rows")
        retired_rows = sum(member.retired for member in draft.members)
        if retired_rows:
            lines.append(f"{draft.origin.section}: {retired_rows} retired codes")
    return lines


def _collision_lines(
    resolved: Mapping[int, tuple[ContextGroupMember, ...]], report: list[str]
) -> int:
    total = 0
    for cid, members in sorted(resolved.items()):
        for keyword, codes in keyword_collisions(members).items():
            total += 1
            shown = ", ".join(f"({scheme}, {value})" for scheme, value in codes)
            report.append(f"CID {cid}: keyword {keyword!r} names {shown}")
    report.append(f"{total} keywords name two different codes within one CID (listed above)")
    return total


def _scheme_lines(
    schemes: Iterable[CodingScheme], concepts: Iterable[Concept], dcm: dict[str, DcmDefinition]
) -> list[str]:
    known = {scheme.designator for scheme in schemes}
    used = Counter(concept.scheme for concept in concepts if concept.cids)
    lines = [
        f"codes by scheme: {', '.join(f'{s} {n}' for s, n in sorted(used.items()))}",
    ]
    unknown = sorted(set(used) - known)
    if unknown:
        lines.append(f"schemes used in CIDs but not in Tables 8-1/8-2: {unknown}")
    if dcm:
        undefined = sorted(
            concept.value
            for concept in concepts
            if concept.scheme == DCM and concept.value not in dcm
        )
        if undefined:
            lines.append(
                f"{len(undefined)} DCM codes of CIDs are not in Annex D: {undefined[:EXAMPLES]}"
            )
    else:
        lines.append(f"{used.get(DCM, 0)} DCM codes taken from CID tables (no Annex D)")
    return lines
