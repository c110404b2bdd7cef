"""TID 5013 Follicles Section.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid5014, tid5016

__all__ = [
    "TEMPLATE",
    "FolliclesSection",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5013",
    name="Follicles Section",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "363698007", "Finding Site"),
            values=(("code", "DT", "24162005", "SCT", "Ovarian Follicle"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("parameter", "$Laterality"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("parameter", "$Number"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5014",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="5016",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$GroupName", (("code", "EV", "24162005", "SCT", "Ovarian Follicle"),)),
                ("$Width", (("code", "EV", "103355008", "SCT", "Width"),)),
                ("$Length", (("code", "EV", "410668003", "SCT", "Length"),)),
                ("$Height", (("code", "EV", "121207", "DCM", "Height"),)),
                ("$Volume", (("code", "EV", "121221", "DCM", "Volume of ellipsoid"),)),
                ("$Method", (("cid", "D", "7230"),)),
                ("$Method", (("cid", "D", "12025"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class FolliclesSection(TemplatePart):
    """TID 5013 Follicles Section."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    finding_site: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (363698007, SCT, \"Finding Site\"), VM 1, M; values DT (24162005, SCT, \"Ovarian Follicle\")"""

    laterality: Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (272741003, SCT, \"Laterality\"), VM 1, M; values $Laterality"""

    number: Named[Num] | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM $Number, VM 1, U"""

    follicle_measurement_group: list[tid5014.FollicleMeasurementGroup] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 5014, VM 1-n, U"""

    lwh_volume_group: list[tid5016.LWHVolumeGroup] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 5016, VM 1-n, U"""
