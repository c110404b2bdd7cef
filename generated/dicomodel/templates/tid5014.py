"""TID 5014 Follicle Measurement Group.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "FollicleMeasurementGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5014",
    name="Follicle Measurement Group",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125007", "Measurement Group"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "125010", "Identifier"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "118565006", "SCT", "Volume"),)),
                ("$Units", (("code", "EV", "ml", "UCUM", "ml"),)),
                ("$Method", (("cid", "D", "7230"),)),
                ("$Method", (("cid", "D", "12025"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "11793-7", "LN", "Follicle Diameter"),)),
                ("$Units", (("code", "EV", "cm", "UCUM", "cm"),)),
                ("$Method", (("cid", "D", "7230"),)),
                ("$Method", (("cid", "D", "12025"),)),
                ("$Derivation", (("cid", "D", "3627"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class FollicleMeasurementGroup(TemplatePart):
    """TID 5014 Follicle Measurement Group."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    identifier: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (125010, DCM, \"Identifier\"), VM 1, U"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, U"""

    measurement_row_4: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 300, VM 1-n, U"""
