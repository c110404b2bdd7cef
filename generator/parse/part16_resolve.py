"""Resolve "Include CID N" rows into flattened memberships, refusing cycles."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from generator.errors import ParseError
from generator.ir.codes import ContextGroupMember
from generator.parse.part16_groups import GroupDraft
from generator.parse.part16_members import Include


def _row(include: Include) -> str:
    return f"{include.table} row {include.row}"


def check_includes(
    drafts: Mapping[int, GroupDraft],
    missing: Collection[int],
    *,
    edition: str,
    report: list[str],
) -> None:
    """Every include names a known CID, or one the source is known to lack (reported).

    An include of a CID that is neither a section of the document nor known to be
    missing is an error naming the including table and row.
    """
    for cid in sorted(drafts):
        seen: dict[int, Include] = {}
        for include in drafts[cid].includes:
            where = f"PS3.16 {edition} {_row(include)}"
            if include.cid in seen:
                report.append(
                    f"{where}: CID {cid} includes CID {include.cid} again "
                    f"(first in row {seen[include.cid].row})"
                )
            seen.setdefault(include.cid, include)
            if include.cid in drafts:
                continue
            if include.cid in missing:
                report.append(
                    f"{where}: CID {cid} includes CID {include.cid}, which is missing from "
                    "this copy of the standard; its codes are absent from the resolved "
                    f"membership of CID {cid}"
                )
                continue
            raise ParseError(
                f"{where}: CID {cid} includes CID {include.cid}, which is not a context "
                "group of this document"
            )


def resolve_includes(
    drafts: Mapping[int, GroupDraft], *, edition: str
) -> dict[int, tuple[ContextGroupMember, ...]]:
    """The flattened membership of every group, by CID.

    Own members that are not retired come first, in table order, then each
    included group's flattened membership in include order; one entry per code
    (scheme, value), the row where it is first reached (a synonym row of the same
    code, as CID 4 "Gluteal region" after "Buttock", stays in ``members`` only).
    Includes of CIDs absent from ``drafts`` contribute nothing (``check_includes``
    reports them). A cycle is an error naming it, ``CID 1 -> CID 2 -> CID 1``, with
    the rows that make it.
    """
    resolved: dict[int, tuple[ContextGroupMember, ...]] = {}
    stack: list[tuple[int, Include | None]] = []

    def visit(cid: int, via: Include | None) -> tuple[ContextGroupMember, ...]:
        if cid in resolved:
            return resolved[cid]
        on_stack = [entry for entry, _ in stack]
        if cid in on_stack:
            start = on_stack.index(cid)
            path = [*on_stack[start:], cid]
            rows = [include for _, include in stack[start + 1 :] if include is not None]
            if via is not None:
                rows.append(via)
            cycle = " -> ".join(f"CID {number}" for number in path)
            made_of = "; ".join(f"{_row(include)} includes CID {include.cid}" for include in rows)
            raise ParseError(f"PS3.16 {edition}: include cycle {cycle} ({made_of})")
        stack.append((cid, via))
        draft = drafts[cid]
        members: dict[tuple[str, str], ContextGroupMember] = {}
        for member in draft.members:
            if not member.retired:
                members.setdefault(member.code, member)
        for include in draft.includes:
            if include.cid not in drafts:
                continue
            for member in visit(include.cid, include):
                members.setdefault(member.code, member)
        stack.pop()
        resolved[cid] = tuple(members.values())
        return resolved[cid]

    for cid in sorted(drafts):
        visit(cid, None)
    return resolved
