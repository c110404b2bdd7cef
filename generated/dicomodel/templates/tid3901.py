"""TID 3901 Procedure Summary.

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
    "ProcedureSummary",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3901",
    name="Procedure Summary",
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
            concept=Code("LN", "55111-9", "Current Procedure Descriptions"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121065", "Procedure Description"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("RADLEX", "RID11248", "Cardiac Gating"),
            values=(("cid", "D", "3104"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ProcedureSummary(TemplatePart):
    """TID 3901 Procedure Summary."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_description: list[str] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: TEXT EV (121065, DCM, \"Procedure Description\"), VM 1-n, M"""

    cardiac_gating: groups.Cid3104Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE DT (RID11248, RADLEX, \"Cardiac Gating\"), VM 1, U; values DCID 3104"""
