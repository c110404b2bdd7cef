"""TID 15400 Real-World Quantity Definition.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RealWorldQuantityDefinition",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15400",
    name="Real-World Quantity Definition",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("SCT", "246205007", "Quantity"),
            values=(("cid", "B", "7180"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept_ref=("cid", "B", "9000"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class RealWorldQuantityDefinition(TemplatePart):
    """TID 15400 Real-World Quantity Definition."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    quantity: groups.Cid7180Code | Code = field(metadata={"row": "1"})
    """Row 1: CODE DT (246205007, SCT, \"Quantity\"), VM 1, M; values BCID 7180"""

    cid_9000: list[Named[Code]] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: CODE BCID 9000, VM 1-n, U"""
