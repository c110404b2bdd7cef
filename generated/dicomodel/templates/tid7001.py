"""TID 7001 Related Implantation Reports.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Reference
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RelatedImplantationReports",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="7001",
    name="Related Implantation Reports",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "112365", "Related Implantation Reports"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="COMPOSITE",
            requirement="M",
            relationship="CONTAINS",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class RelatedImplantationReports(TemplatePart):
    """TID 7001 Related Implantation Reports."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    composite_2: list[Reference] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: COMPOSITE -, VM 1-n, M"""
