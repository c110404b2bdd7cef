"""TID 5015 Pelvis and Uterus Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid5016

__all__ = [
    "TEMPLATE",
    "PelvisAndUterusSection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5015",
    name="Pelvis and Uterus Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "125011", "Pelvis and Uterus"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5016",
            bindings=(
                ("$GroupName", (("code", "EV", "35039007", "SCT", "Uterus"),)),
                ("$Width", (("code", "EV", "11865-3", "LN", "Uterus Width"),)),
                ("$Length", (("code", "EV", "11842-2", "LN", "Uterus Length"),)),
                ("$Height", (("code", "EV", "11859-6", "LN", "Uterus Height"),)),
                ("$Volume", (("code", "EV", "33192-6", "LN", "Uterus Volume"),)),
            ),
        ),
        RowDef(
            key="2b",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5016",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$GroupName", (("code", "EV", "95315005", "SCT", "Uterine fibroid"),)),
                ("$Width", (("code", "EV", "103355008", "SCT", "Width"),)),
                ("$Length", (("code", "EV", "410668003", "SCT", "Length"),)),
                ("$Height", (("code", "EV", "121207", "DCM", "Height"),)),
                ("$Volume", (("code", "EV", "121221", "DCM", "Volume of ellipsoid"),)),
            ),
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
            bindings=(
                ("$Measurement", (("cid", "D", "12011"),)),
                ("$TargetSite", (("cid", "D", "12023"),)),
                ("$Derivation", (("cid", "D", "3627"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class PelvisAndUterusSection(TemplatePart):
    """TID 5015 Pelvis and Uterus Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    lwh_volume_group: tid5016.LWHVolumeGroup | None = field(default=None, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 5016, VM 1, U"""

    lwh_volume_group_row_2b: list[tid5016.LWHVolumeGroup] = field(
        default_factory=no_items, metadata={"row": "2b"}
    )
    """Row 2b: INCLUDE DTID 5016, VM 1-n, U"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1-n, U"""
