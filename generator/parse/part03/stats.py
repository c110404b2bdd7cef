"""Whole-part figures of a PS3.3 parse, for the build report and the tests.

Figures about descriptions count each attribute row of a module or macro table
once (rows reached through includes are counted in the macro that holds them).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from generator.ir.modules import AttributeUse
from generator.parse.part03.parser import Part03

_MENTIONS_VALUES = re.compile(r"\bEnumerated Values?\b|\bDefined Terms?\b")


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts of a PS3.3 parse."""

    iods: int
    modules: int
    macros: int
    attributes_per_iod: tuple[int, float, int]
    nodes_per_iod: tuple[int, float, int]
    rows: int
    rows_mentioning_values: int
    rows_mentioning_values_with_values: int
    rows_with_values: int
    conditional_rows: int
    conditional_rows_with_condition: int
    rows_with_cid: int
    unknown_tags: int
    unresolved: int

    @property
    def values_share(self) -> float:
        """Share of rows that mention Enumerated Values/Defined Terms and got some."""
        return self.rows_mentioning_values_with_values / max(self.rows_mentioning_values, 1)

    @property
    def condition_share(self) -> float:
        """Share of 1C/2C rows whose condition text was captured."""
        return self.conditional_rows_with_condition / max(self.conditional_rows, 1)

    def lines(self) -> list[str]:
        """The figures as report lines."""
        low, median, high = self.attributes_per_iod
        n_low, n_median, n_high = self.nodes_per_iod
        return [
            f"{self.iods} IODs, {self.modules} modules, {self.macros} macros",
            f"attributes per IOD (top level, merged): min {low}, median {median:g}, max {high}",
            f"attributes per IOD (all depths): min {n_low}, median {n_median:g}, max {n_high}",
            f"{self.rows} attribute rows; {self.rows_with_values} with Enumerated Values or "
            f"Defined Terms; {self.rows_mentioning_values_with_values}/"
            f"{self.rows_mentioning_values} ({self.values_share:.1%}) of those that mention "
            "them",
            f"1C/2C rows with their condition: {self.conditional_rows_with_condition}/"
            f"{self.conditional_rows} ({self.condition_share:.1%})",
            f"rows with a context group constraint: {self.rows_with_cid}",
            f"tags unknown to the dictionary: {self.unknown_tags}; unresolved references: "
            f"{self.unresolved}",
        ]


def _own_rows(attributes: tuple[AttributeUse, ...]) -> list[AttributeUse]:
    rows = []
    for attribute in attributes:
        if attribute.via:
            continue
        rows.append(attribute)
        rows.extend(_own_rows(attribute.children))
    return rows


def _spread(values: list[int]) -> tuple[int, float, int]:
    if not values:
        return (0, 0.0, 0)
    return (min(values), float(statistics.median(values)), max(values))


def summarize(part: Part03) -> Summary:
    """The whole-part figures of a parse."""
    rows: list[AttributeUse] = []
    for table in (*part.modules.values(), *part.macros.values()):
        rows.extend(_own_rows(table.attributes))
    top: list[int] = []
    nodes: list[int] = []
    for iod in part.iods:
        flat = part.iod_attributes(iod)
        top.append(len(flat))
        nodes.append(sum(len(attribute.walk()) for attribute in flat))
    mentioning = [row for row in rows if _MENTIONS_VALUES.search(row.description)]
    conditional = [row for row in rows if row.type is not None and row.type.conditional]
    return Summary(
        iods=len(part.iods),
        modules=len(part.modules),
        macros=len(part.macros),
        attributes_per_iod=_spread(top),
        nodes_per_iod=_spread(nodes),
        rows=len(rows),
        rows_mentioning_values=len(mentioning),
        rows_mentioning_values_with_values=sum(
            bool(row.enumerated_values or row.defined_terms) for row in mentioning
        ),
        rows_with_values=sum(bool(row.enumerated_values or row.defined_terms) for row in rows),
        conditional_rows=len(conditional),
        conditional_rows_with_condition=sum(row.condition is not None for row in conditional),
        rows_with_cid=sum(bool(row.cid_constraints) for row in rows),
        unknown_tags=len(part.unknown_tags),
        unresolved=len(part.unresolved),
    )
