"""TID 5002 OB-GYN Procedure Summary Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid320, tid5003

__all__ = [
    "TEMPLATE",
    "OBGYNProcedureSummarySection",
    "OBGYNProcedureSummarySectionComment",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5002",
    name="OB-GYN Procedure Summary Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "55112-7", "Summary"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "12003"),
            vm_min=1,
            vm_max=None,
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
            bindings=(("$Measurement", (("cid", "B", "12018"),)),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            include="320",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="UC",
            relationship="CONTAINS",
            include="5003",
            vm_min=1,
            vm_max=None,
            condition="No more than 1 inclusion per fetus",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: No more than 1 inclusion per fetus"),
        ),
    ),
)


@dataclass(kw_only=True)
class OBGYNProcedureSummarySection(TemplatePart):
    """TID 5002 OB-GYN Procedure Summary Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    cid_12003: list[Named[str]] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: DATE DCID 12003, VM 1-n, U"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1-n, U"""

    comment: list[OBGYNProcedureSummarySectionComment] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: TEXT EV (121106, DCM, \"Comment\"), VM 1-n, U"""

    ob_gyn_fetus_summary: list[tid5003.OBGYNFetusSummary] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE BTID 5003, VM 1-n, UC: No more than 1 inclusion per fetus"""


@dataclass(kw_only=True)
class OBGYNProcedureSummarySectionComment(TemplatePart):
    """Row 4 of TID 5002."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "4"

    value: str
    """The value of row 4 (TEXT)."""

    image_or_spatial_coordinates: list[tid320.ImageOrSpatialCoordinates] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 320, VM 1-n, U"""
