"""TID 3570 Summary, Hemodynamics.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid1350

__all__ = [
    "TEMPLATE",
    "SummaryHemodynamics",
    "SummaryHemodynamicsFinding",
    "SummaryHemodynamicsCid3641",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3570",
    name="Summary, Hemodynamics",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "55112-7", "Summary"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55112-7", "Summary"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3640"),),
        ),
        RowDef(key="5", nesting=2, value_type="INCLUDE", requirement="U", include="1350"),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "246112005", "Severity"),
            values=(("cid", "D", "3716"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3641"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3642"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "260905004", "Condition"),
            values=(("code", "EV", "414576002", "SCT", "Large v-wave"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            values=(("code", "EV", "413985002", "SCT", "Diastolic pressure equalization"),),
        ),
    ),
)


@dataclass(kw_only=True)
class SummaryHemodynamics(TemplatePart):
    """TID 3570 Summary, Hemodynamics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    summary: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (55112-7, LN, \"Summary\"), VM 1, U"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1-n, U"""

    finding: list[SummaryHemodynamicsFinding] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3640"""

    cid_3641: list[SummaryHemodynamicsCid3641] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: CODE DCID 3641, VM 1-n, U; values DCID 3642"""

    finding_row_9: Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values EV (413985002, SCT, \"Diastolic pressure equalization\")"""


@dataclass(kw_only=True)
class SummaryHemodynamicsFinding(TemplatePart):
    """Row 4 of TID 3570."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: groups.Cid3640Code
    """The value of row 4 (CODE)."""

    negation_modifier_presence_of_finding: tid1350.NegationModifierPresenceOfFinding | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 1350, VM 1, U"""

    severity: groups.Cid3716Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (246112005, SCT, \"Severity\"), VM 1, U; values DCID 3716"""


@dataclass(kw_only=True)
class SummaryHemodynamicsCid3641(TemplatePart):
    """Row 7 of TID 3570."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    concept: groups.Cid3641Code
    """The concept name of row 7."""

    value: groups.Cid3642Code
    """The value of row 7 (CODE)."""

    condition: Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (260905004, SCT, \"Condition\"), VM 1, U; values EV (414576002, SCT, \"Large v-wave\")"""
