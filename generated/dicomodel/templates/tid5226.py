"""TID 5226 Cardiac Ultrasound Summary Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "CardiacUltrasoundSummarySection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5226",
    name="Cardiac Ultrasound Summary Section",
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
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            condition="IF Row 3 does not exist",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            values=(("cid", "B", "12248"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            condition="IF Row 2 does not exist",
            condition_status="parsed",
            required_if=("not", ("row_present", "2")),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "387713003", "Surgical Procedure"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "12247"),),
        ),
    ),
)


@dataclass(kw_only=True)
class CardiacUltrasoundSummarySection(TemplatePart):
    """TID 5226 Cardiac Ultrasound Summary Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding: list[groups.Cid12248Code | Code] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: CODE EV (121071, DCM, \"Finding\"), VM 1-n, MC: IF Row 3 does not exist; values BCID 12248"""

    finding_row_3: list[str] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: TEXT EV (121071, DCM, \"Finding\"), VM 1-n, MC: IF Row 2 does not exist"""

    surgical_procedure: list[groups.Cid12247Code | Code] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: CODE EV (387713003, SCT, \"Surgical Procedure\"), VM 1-n, U; values BCID 12247"""
