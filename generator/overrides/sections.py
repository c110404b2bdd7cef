"""Conditions of PS3.3 2024c stated by reference to a section, as the predicate the section
states ("Required if ... the conditions in Section C.36.2.2.5.1.1 are satisfied").

Each entry names the section, the predicate its text gives, and the citation; the
grammar reads "the conditions in Section X are satisfied" as that predicate.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.conditions import Compare, Or, Predicate, Unknown

RT_CONTROL_POINT_INDEX = 0x300A0600


@dataclass(frozen=True, slots=True)
class SectionCondition:
    """``predicate`` is what "the conditions in Section ``label`` are satisfied" means."""

    label: str
    predicate: Predicate
    citation: str


SECTION_CONDITIONS: tuple[SectionCondition, ...] = (
    SectionCondition(
        label="C.36.2.2.5.1.1",
        # "At the first Sequence Item in RT Control Point Sequences (i.e., with an RT
        # Control Point Index (300A,0600) equal to 1) all Attributes affected by this
        # Section shall be present if applicable conditions are met. For Sequence Items
        # other than the first Sequence Item, Attributes shall be present if applicable
        # conditions are met and the value is different from the previously populated
        # value for the same Attribute." The index is looked up from the row's item
        # outward, so rows of sequences nested in a control point item find it too.
        predicate=Or(
            operands=(
                Compare(tag=(RT_CONTROL_POINT_INDEX,), index=1, comparison="==", number=1),
                Unknown(
                    reason="depends on whether the value differs from the one of the "
                    "previous RT Control Point (PS3.3 C.36.2.2.5.1.1)"
                ),
            )
        ),
        citation="PS3.3 2024c Section C.36.2.2.5.1.1 Requirements for Changing Values "
        "within RT Control Point Sequence Attributes",
    ),
)

_BY_LABEL = {entry.label: entry for entry in SECTION_CONDITIONS}


def section_condition(label: str) -> SectionCondition | None:
    """The predicate a section's conditions state, or ``None`` when none is recorded."""
    return _BY_LABEL.get(label.rstrip("."))
