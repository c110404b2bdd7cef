"""Every condition of a build as a flat list: what ``dicomodel-gen conditions`` reports.

Attribute conditions are listed once, in the table that holds the row (copies
brought into other tables by includes carry the same rule); conditions of include
rows ("Include Table 10-3 if ...") once per row; module and functional group
conditions once per IOD row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

from generator.ir.conditions import ConditionRule, describe
from generator.ir.modules import AttributeUse
from generator.ir.standard import Standard

KINDS = ("attribute", "module", "functional-group", "include")
RATE_KINDS = ("attribute", "module", "functional-group")
"""The kinds issue 13's rates are stated over (include rows are reported besides)."""
STATUSES = ("parsed", "undecidable", "unparsed")


@dataclass(frozen=True, slots=True)
class ConditionEntry:
    """One condition: where it stands, its text, and how it was read."""

    kind: str
    table: str
    path: str
    tag: str | None
    text: str
    status: str
    required: str
    otherwise: str | None
    forbidden: str | None
    also_may: str | None
    reasons: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        """A JSON object (lists for tuples)."""
        data = asdict(self)
        data["reasons"] = list(self.reasons)
        return data


def _entry(
    kind: str, table: str, path: str, tag: str | None, rule: ConditionRule
) -> ConditionEntry:
    return ConditionEntry(
        kind=kind,
        table=table,
        path=path,
        tag=tag,
        text=rule.text,
        status=rule.status,
        required=describe(rule.required),
        otherwise=rule.otherwise,
        forbidden=None if rule.forbidden is None else describe(rule.forbidden),
        also_may=None if rule.also_may is None else describe(rule.also_may),
        reasons=rule.reasons,
    )


def _own(
    attributes: Iterable[AttributeUse], parents: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], AttributeUse]]:
    for attribute in attributes:
        path = (*parents, attribute.tag)
        if not attribute.via:
            yield path, attribute
            yield from _own(attribute.children, path)


def condition_entries(standard: Standard) -> list[ConditionEntry]:
    """Every rule of the build: attributes (by table), include rows, modules, groups."""
    entries: list[ConditionEntry] = []
    for table in (*standard.modules, *standard.macros):
        for path, attribute in _own(table.attributes, ()):
            if attribute.rule is not None:
                entries.append(
                    _entry("attribute", table.table, ">".join(path), attribute.tag, attribute.rule)
                )
    for table in (*standard.modules, *standard.macros):
        for ref in table.includes:
            if ref.rule is not None:
                row = f"Include {ref.label} {ref.name}"
                entries.append(_entry("include", table.table, row, None, ref.rule))
    for iod in standard.iods:
        for use in iod.modules:
            if use.rule is not None:
                entries.append(_entry("module", iod.table, use.name, None, use.rule))
        for group in iod.functional_groups:
            if group.rule is not None:
                where = iod.functional_groups_table or iod.table
                entries.append(_entry("functional-group", where, group.name, None, group.rule))
    return entries


def status_counts(entries: Iterable[ConditionEntry]) -> dict[str, Counter[str]]:
    """``{kind: Counter(status)}`` for every kind."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for entry in entries:
        counts[entry.kind][entry.status] += 1
    return counts


def summary_lines(entries: Iterable[ConditionEntry]) -> list[str]:
    """``attribute conditions: 1994 (1245 parsed, 499 undecidable, 250 unparsed)`` per kind."""
    lines = []
    by_kind = status_counts(entries)
    for kind, counts in by_kind.items():
        total = sum(counts.values())
        parts = ", ".join(f"{counts[status]} {status}" for status in STATUSES)
        lines.append(f"{kind} conditions: {total} ({parts})")
    unparsed = sum(by_kind[kind]["unparsed"] for kind in RATE_KINDS)
    total = sum(sum(by_kind[kind].values()) for kind in RATE_KINDS)
    if total:
        lines.append(
            f"unparsed over attribute, module and functional-group conditions: "
            f"{unparsed}/{total} ({100 * unparsed / total:.1f}%)"
        )
    return lines
