"""TID 5102 Vascular Procedure Summary Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "VascularProcedureSummarySection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5102",
    name="Vascular Procedure Summary Section",
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
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "12101"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class VascularProcedureSummarySection(TemplatePart):
    """TID 5102 Vascular Procedure Summary Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    cid_12101: list[Named[str]] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: TEXT DCID 12101, VM 1-n, M"""
