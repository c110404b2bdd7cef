"""TID 5104 Vascular Ultrasound Measurement Group.

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
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "VascularUltrasoundMeasurementGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5104",
    name="Vascular Ultrasound Measurement Group",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept_ref=("parameter", "$AnatomyGroup"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "106233006", "Topographical Modifier"),
            values=(("cid", "D", "12116"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125101", "Vessel Branch"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "12117"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "12119"),)),
                ("$Derivation", (("cid", "D", "3627"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272518008", "Cardiac Cycle Point"),
            values=(("cid", "D", "12233"),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "309602000", "Temporal period related to eating"),
            values=(("code", "DT", "24863003", "SCT", "Post-prandial"),),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "125105", "Measurement Orientation"),
            values=(("cid", "D", "12118"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "125106", "Doppler Angle"),
            units=(("code", "EV", "deg", "UCUM", "degrees"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "125107", "Sample Volume Depth"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
    ),
)


@dataclass(kw_only=True)
class VascularUltrasoundMeasurementGroup(TemplatePart):
    """TID 5104 Vascular Ultrasound Measurement Group."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    topographical_modifier: groups.Cid12116Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (106233006, SCT, \"Topographical Modifier\"), VM 1, U; values DCID 12116"""

    vessel_branch: list[groups.Cid12117Code] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: CODE EV (125101, DCM, \"Vessel Branch\"), VM 1-n, U; values DCID 12117"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1-n, M"""
